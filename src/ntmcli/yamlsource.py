"""Read one YAML file into plain data plus an index of exact positions.

Decode (BOM, UTF-16/32, strict UTF-8) → normalise to NFC → compose the node tree once with
libyaml → build the data ourselves from the nodes. Building it ourselves lets us keep mapping keys
as their written text (`17.10` stays "17.10"), catch duplicate keys, refuse alias bombs and deep
nesting, and remember where every value stands so that schema errors get a line and column.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ntmcli.findings import Finding, finding

try:  # libyaml makes composing ~8x faster; the pure-Python parser gives the same nodes.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 48
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]

_STR_TAG = "tag:yaml.org,2002:str"
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_TAG_NAMES = {"int": "số nguyên/integer", "float": "số/number", "bool": "true/false",
              "timestamp": "ngày/date", "null": "null"}


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class PlainScalar:
    """An unquoted scalar YAML did not read as text: its written form and what it became."""

    raw: str
    tag: str


class _NodeIndex:
    """Positions (or unquoted scalars) by path, read from the node tree only when asked.

    Findings are few and nodes are many: walking to the one asked for is far cheaper than
    indexing every node of every file up front."""

    def __init__(self, root: yaml.Node, what: str) -> None:
        self._root = root
        self._what = what  # "value", "key" or "plain"

    def get(self, path: Path_, default: Any = None) -> Any:
        found = _walk(self._root, path)
        if found is None:
            return default
        key_node, node = found
        if self._what == "key":
            return default if key_node is None else _mark(key_node)
        if self._what == "value":
            return _mark(node)
        return _plain(node) or default

    def __getitem__(self, path: Path_) -> Any:
        value = self.get(path)
        if value is None:
            raise KeyError(path)
        return value

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None


def _walk(root: yaml.Node, path: Path_) -> tuple[yaml.Node | None, yaml.Node] | None:
    """(the key node naming the last step, the node) at `path`; the first of duplicate keys."""
    key_node, node = None, root
    for step in path:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            pair = next(((k, v) for k, v in node.value
                         if isinstance(k, yaml.ScalarNode) and k.value == step), None)
            if pair is None:
                return None
            key_node, node = pair
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) \
                and 0 <= step < len(node.value):
            key_node, node = None, node.value[step]
        else:
            return None
    return key_node, node


def _plain(node: yaml.Node) -> PlainScalar | None:
    """An unquoted scalar that YAML did not read as text (plain style: None from the Python
    parser, "" from libyaml)."""
    if isinstance(node, yaml.ScalarNode) and not node.style and node.tag != _STR_TAG:
        return PlainScalar(node.value, node.tag.rsplit(":", 1)[-1])
    return None


class YamlDocument:
    """Data built from one YAML file, and where each part of it was written."""

    def __init__(self, file: str, data: Any, root: yaml.Node) -> None:
        self.file = file
        self.data = data
        self.values = _NodeIndex(root, "value")
        self.keys = _NodeIndex(root, "key")
        self.plain = _NodeIndex(root, "plain")

    def locate(self, path: Path_, *, key: bool = False) -> Position:
        """Position of `path` (its key with `key=True`), or of its nearest existing ancestor."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            position = (self.keys.get(prefix) if key else None) or self.values.get(prefix)
            if position is not None:
                return position
        return Position(1, 1)


class _TooComplex(Exception):
    def __init__(self, what: str, position: Position) -> None:
        super().__init__(what)
        self.what = what
        self.position = position


def load_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[Finding]]:
    """Read `path`; findings name it as `display`. A None document means it could not be read."""
    raw, problem = _read_bytes(path, display)
    if problem:
        return None, [problem]
    text, findings = decode(raw, display)
    if text is None:
        return None, findings
    document, more = parse_text(text, display)
    return document, findings + more


def _read_bytes(path: Path, display: str) -> tuple[bytes, Finding | None]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return b"", finding("file-too-large", display, size=size, limit=MAX_BYTES)
        return path.read_bytes(), None
    except OSError as err:
        return b"", finding("file-unreadable", display, reason=err.strerror or type(err).__name__)


def decode(raw: bytes, display: str) -> tuple[str | None, list[Finding]]:
    """Bytes → NFC text. UTF-8 (with or without BOM) and UTF-16/32 with a BOM are accepted."""
    codec, bom = next(((c, b) for b, c in _BOMS if raw.startswith(b)), ("utf-8", b""))
    body = raw[len(bom):]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        return None, [_encoding_finding(body, err, codec, display)]
    if "\x00" in text:
        position = _offset_position(text, text.index("\x00"))
        return None, [finding("file-binary", display, position.line, position.column)]
    return _to_nfc(text, display)


def _to_nfc(text: str, display: str) -> tuple[str, list[Finding]]:
    normal = unicodedata.normalize("NFC", text)
    if normal == text:
        return text, []
    first = next((i for i, (a, b) in enumerate(zip(text, normal)) if a != b), len(normal))
    position = _offset_position(text, first)
    return normal, [finding("text-not-nfc", display, position.line, position.column)]


def _encoding_finding(body: bytes, err: UnicodeDecodeError, codec: str, display: str) -> Finding:
    """Where the first undecodable byte stands, counted in the characters before it."""
    before = body[: err.start].decode(codec, errors="replace")
    position = _offset_position(before, len(before))
    guess = ""
    if codec == "utf-8":
        try:
            body.decode("cp1258")
            guess = "encoding.guess_legacy"
        except UnicodeDecodeError:
            pass
    return finding("file-encoding", display, position.line, position.column,
                   byte=f"{body[err.start]:02X}", codec=codec.upper(),
                   guess_msg=guess)


def parse_text(text: str, display: str) -> tuple[YamlDocument | None, list[Finding]]:
    """Compose and build one YAML document from text."""
    if not text.strip() or _only_comments(text):
        return None, [finding("file-empty", display)]
    too_deep = _nesting_guard(text)
    if too_deep is not None:
        return None, [finding("yaml-too-complex", display, too_deep.line, too_deep.column,
                              what="nesting", depth=MAX_DEPTH)]
    try:
        node = _Loader(text).get_single_node()
    except yaml.MarkedYAMLError as err:
        return None, [_syntax_finding(err, display)]
    except yaml.YAMLError as err:  # ReaderError: a non-printable character
        return None, [_reader_finding(text, err, display)]
    except RecursionError:
        return None, [finding("yaml-too-complex", display, what="nesting", depth=MAX_DEPTH)]
    if node is None:
        return None, [finding("file-empty", display)]
    builder = _Builder(display)
    try:
        data = builder.build(node)
    except _TooComplex as err:
        return None, [finding("yaml-too-complex", display, err.position.line,
                              err.position.column, what=err.what, depth=MAX_DEPTH)]
    return YamlDocument(display, data, node), builder.findings


_BRACKETS = re.compile(r"[\[\]{}]")
_DEEP_DASHES = re.compile(r"^[ \t]*(?:-[ \t]+){%d}" % (MAX_DEPTH + 1), re.MULTILINE)


def _nesting_guard(text: str) -> Position | None:
    """Where nesting first goes deeper than MAX_DEPTH, found without parsing.

    libyaml composes recursively in C: tens of thousands of nested `[` or `- ` crash the
    interpreter, and deep flow nesting takes minutes. Both are refused before parsing; the scans
    look only at bracket characters and at lines that start with many dashes.
    """
    dashes = _DEEP_DASHES.search(text)
    if dashes is not None:
        return _offset_position(text, dashes.end() - 1)
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return _offset_position(text, match.start())
    return None


def _offset_position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return Position(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def _syntax_finding(err: yaml.MarkedYAMLError, display: str) -> Finding:
    mark = err.problem_mark or err.context_mark
    problem = " ".join(part for part in (err.context, err.problem) if part) or str(err)
    if mark is None:
        return finding("yaml-syntax", display, problem=problem)
    return finding("yaml-syntax", display, mark.line + 1, mark.column + 1, problem=problem)


def _reader_finding(text: str, err: yaml.YAMLError, display: str) -> Finding:
    """A character YAML does not allow. libyaml reports a byte offset into the UTF-8 text."""
    byte_offset = getattr(err, "position", 0) or 0
    offset = len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))
    position = _offset_position(text, offset)
    character = getattr(err, "character", None)
    code = ord(character) if isinstance(character, str) and character else character
    if code == 0:
        return finding("file-binary", display, position.line, position.column)
    shown = f"U+{code:04X}" if isinstance(code, int) else "?"
    return finding("yaml-syntax", display, position.line, position.column,
                   problem_msg="yaml.nonprintable", code=shown)


def _mark(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Build plain Python data from nodes: mapping keys as written, the first of duplicate keys
    kept (the others reported), alias expansion and nesting bounded."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.findings: list[Finding] = []
        self._constructors = _Loader("").yaml_constructors
        self._active: set[int] = set()
        self._visits = 0  # nodes built, aliases counted each time: bounds alias bombs
        self._loader = _Loader("")

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        self._visits += 1
        if self._visits > MAX_NODES:
            raise _TooComplex("aliases", _mark(node))
        if depth > MAX_DEPTH:
            raise _TooComplex("nesting", _mark(node))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if id(node) in self._active:
            raise _TooComplex("recursive alias", _mark(node))
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, depth + 1) for item in node.value]
            return self._mapping(node, depth)
        finally:
            self._active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR_TAG:
            return node.value
        construct = self._constructors.get(node.tag)
        if construct is None:
            return node.value  # an explicit tag ntm does not know: keep the text
        try:
            return construct(self._loader, node)
        except (yaml.YAMLError, ValueError, OverflowError, TypeError):
            return node.value  # e.g. an impossible date 2024-02-30: keep the text, schema says why

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                position = _mark(key_node)
                self.findings.append(finding("yaml-complex-key", self.display, position.line,
                                             position.column))
                continue
            key = key_node.value
            if key in first_line:
                position = _mark(key_node)
                self.findings.append(finding("yaml-duplicate-key", self.display, position.line,
                                             position.column, key=key,
                                             first_line=first_line[key]))
                continue
            first_line[key] = key_node.start_mark.line + 1
            out[key] = self.build(value_node, depth + 1)
        return out
