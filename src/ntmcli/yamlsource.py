"""Read one YAML file into plain data plus an index of exact positions.

Decode (BOM, UTF-16/32, strict UTF-8) → normalise to NFC → compose the node tree once with
libyaml → build the data ourselves from the nodes. Building it ourselves lets us keep mapping keys
as their written text (`17.10` stays "17.10"), catch duplicate keys, refuse alias bombs and deep
nesting, and remember where every value stands so that schema errors get a line and column.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ntmcli.fileread import NotRegular, chunks, opened_regular
from ntmcli.findings import Finding, finding
from ntmcli.yamldepth import indicator_run, too_deep

_STR_TAG = "tag:yaml.org,2002:str"

try:  # libyaml makes composing ~8x faster; the pure-Python parser gives the same nodes.
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader

# First characters of the plain scalars YAML may read as something other than text (every
# character, were a resolver registered for any first character).
_TYPED_FIRST: frozenset[str] | None = None if None in _Base.yaml_implicit_resolvers else \
    frozenset(key for key in _Base.yaml_implicit_resolvers if key)


_SHORT = 24
_SHORT_TAGS: dict[str, str] = {}  # a plain scalar's tag depends on its text alone


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader, minus Python work it repeats for every node of every file: a plain
    scalar that no implicit type can start with ("Xã", "Có") is text at once, and the path
    resolvers the safe loader never registers are not consulted. Same tags as the base."""

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0] or not value or _TYPED_FIRST is None:
            return super().resolve(kind, value, implicit)
        if value[0] not in _TYPED_FIRST:
            return _STR_TAG
        if len(value) > _SHORT:
            return super().resolve(kind, value, implicit)
        tag = _SHORT_TAGS.get(value)  # keys, dates, numbers, true: the same few words again
        if tag is None:
            if len(_SHORT_TAGS) >= 100_000:  # bounded: a national repository stays well below
                _SHORT_TAGS.clear()
            tag = _SHORT_TAGS[value] = super().resolve(kind, value, implicit)
        return tag

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 48
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]

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

    def __init__(self, root: yaml.Node, what: str, keys: _KeyCache) -> None:
        self._root = root
        self._what = what  # "value", "key" or "plain"
        self._keys = keys

    def get(self, path: Path_, default: Any = None) -> Any:
        found = _walk(self._root, path, self._keys)
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


_KeyCache = dict[int, dict[str, tuple[yaml.Node, yaml.Node]]]


def _pairs(node: yaml.MappingNode, cache: _KeyCache) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping node's (key node, value node) by key text, the first of duplicates; made once
    per node, since every indicator of a file asks for positions inside the same mappings."""
    pairs = cache.get(id(node))
    if pairs is None:
        pairs = {}
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                pairs.setdefault(k.value, (k, v))
        cache[id(node)] = pairs
    return pairs


def _walk(root: yaml.Node, path: Path_,
          cache: _KeyCache) -> tuple[yaml.Node | None, yaml.Node] | None:
    """(the key node naming the last step, the node) at `path`; the first of duplicate keys."""
    key_node, node = None, root
    for step in path:
        if isinstance(node, yaml.MappingNode) and isinstance(step, str):
            pair = _pairs(node, cache).get(step)
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


@dataclass(frozen=True)
class OddNumber:
    """An unquoted number YAML 1.1 reads otherwise than a person does: `010` is 8 (octal),
    `1:30` is 90 (base 60), `0x10` is 16."""

    position: Position
    raw: str
    value: int | float
    form: str  # octal | hex | binary | sexagesimal


class YamlDocument:
    """Data built from one YAML file, and where each part of it was written."""

    def __init__(self, file: str, data: Any, root: yaml.Node,
                 odd_numbers: tuple[OddNumber, ...] = ()) -> None:
        self.file = file
        self.data = data
        self.odd_numbers = odd_numbers
        keys: _KeyCache = {}  # the node tree lives as long as the document: ids stay valid
        self.values = _NodeIndex(root, "value", keys)
        self.keys = _NodeIndex(root, "key", keys)
        self.plain = _NodeIndex(root, "plain", keys)

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


def load_yaml(path: Path, display: str, *, listed: bool = False) -> tuple[YamlDocument | None, list[Finding]]:
    """Read `path`; findings name it as `display`. A None document means it could not be read.
    `listed`: a folder listing has just shown a regular file there (see read_bytes)."""
    raw, problem = read_bytes(path, display, listed=listed)
    if problem:
        return None, [problem]
    text, findings = decode(raw, display)
    if text is None:
        return None, findings
    document, more = parse_text(text, display)
    return document, findings + more


def read_bytes(path: Path, display: str, *, listed: bool = False) -> tuple[bytes, Finding | None]:
    """The bytes of a regular file within the size limit, or the finding why not. A path no
    listing has shown to be a regular file is looked at before it is opened: a device is never
    opened. Either way only a regular file is read (ntmcli.fileread)."""
    name = os.fspath(path)  # os calls, not pathlib's: this runs for every file of a repository
    try:
        if not listed:
            info = os.stat(name)
            if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
                raise NotRegular(name)
            if info.st_size > MAX_BYTES:
                return b"", _too_large(display, info.st_size)
        with opened_regular(name) as (fd, info):
            if info.st_size > MAX_BYTES:
                return b"", _too_large(display, info.st_size)
            raw = b"".join(chunks(fd, info.st_size, limit=MAX_BYTES + 1))
    except NotRegular:
        return b"", finding("file-unreadable", display, reason_msg="unreadable.not_regular")
    except OSError as err:
        return b"", finding("file-unreadable", display, **unreadable_reason(err))
    if len(raw) > MAX_BYTES:
        return b"", _too_large(display, max(info.st_size, len(raw)))
    return raw, None


def _too_large(display: str, size: int) -> Finding:
    return finding("file-too-large", display, size=size, limit=MAX_BYTES)


_REASONS = {errno.ELOOP: "unreadable.loop", errno.ENOENT: "unreadable.missing",
            errno.EACCES: "unreadable.permission", errno.ENAMETOOLONG: "unreadable.bad_name"}


def unreadable_reason(err: OSError) -> dict[str, str]:
    """Why a file cannot be read, as finding arguments: a catalog key when ntm knows the cause
    (so it is said in the user's language), else the system's words."""
    key = _REASONS.get(err.errno or 0)
    return {"reason_msg": key} if key else {"reason": err.strerror or type(err).__name__}


def decode(raw: bytes, display: str) -> tuple[str | None, list[Finding]]:
    """Bytes → NFC text. UTF-8 (with or without BOM) and UTF-16/32 with a BOM are accepted."""
    codec, bom = next(((c, b) for b, c in _BOMS if raw.startswith(b)), ("utf-8", b""))
    body = raw[len(bom):]
    if not bom and b"\x00" in body:  # no text holds NUL: binary, or UTF-16/32 without its mark
        before = body[: body.index(b"\x00")].decode("utf-8", errors="replace")
        return None, [_binary_finding(display, _offset_position(before, len(before)),
                                      _utf16_guess(body))]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        return None, [_encoding_finding(body, err, codec, display)]
    if "\x00" in text:
        position = _offset_position(text, text.index("\x00"))
        guess = _utf16_guess(body) if not bom else ""
        return None, [_binary_finding(display, position, guess)]
    return _to_nfc(text, display)


def _binary_finding(display: str, position: Position, guess: str) -> Finding:
    return finding("file-binary", display, position.line, position.column,
                   **({"guess_msg": guess} if guess else {"guess": ""}))


def _utf16_guess(body: bytes) -> str:
    """"encoding.guess_utf16" when NUL bytes are really UTF-16 text saved without a byte-order
    mark: it decodes cleanly, without NUL, and is mostly ASCII (YAML keys are)."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = body.decode(codec)
        except UnicodeDecodeError:
            continue
        if text and "\x00" not in text and sum(c.isascii() for c in text) * 2 >= len(text):
            return "encoding.guess_utf16"
    return ""


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
                   **({"guess_msg": guess} if guess else {"guess": ""}))


def parse_text(text: str, display: str) -> tuple[YamlDocument | None, list[Finding]]:
    """Compose and build one YAML document from text."""
    if not text.strip() or _only_comments(text):
        return None, [finding("file-empty", display)]
    too_deep = _nesting_guard(text)
    if too_deep is not None:
        return None, [finding("yaml-too-complex", display, too_deep.line, too_deep.column,
                              what_msg="complex.nesting", depth=MAX_DEPTH)]
    try:
        node = _Loader(text).get_single_node()
    except yaml.MarkedYAMLError as err:
        return None, [_syntax_finding(err, text, display)]
    except yaml.YAMLError as err:  # ReaderError: a non-printable character
        return None, [_reader_finding(text, err, display)]
    except RecursionError:
        return None, [finding("yaml-too-complex", display, what_msg="complex.nesting",
                              depth=MAX_DEPTH)]
    if node is None:
        return None, [finding("file-empty", display)]
    builder = _Builder(display)
    try:
        data = builder.build(node)
    except _TooComplex as err:
        return None, [finding("yaml-too-complex", display, err.position.line,
                              err.position.column, what_msg=f"complex.{err.what}",
                              depth=MAX_DEPTH, limit=MAX_NODES)]
    return YamlDocument(display, data, node, tuple(builder.odd_numbers)), builder.findings


_INDICATOR_RUN = indicator_run(MAX_DEPTH)


def _nesting_guard(text: str) -> Position | None:
    """Where nesting first goes deeper than MAX_DEPTH, found without parsing.

    libyaml composes recursively in C: tens of thousands of nested `[` or `- ` crash the
    interpreter. Both are refused before parsing. Most files hold too few brackets and no long
    run of `- `/`? ` to nest that deep; only the others are scanned (ntmcli.yamldepth), which tells
    brackets in quoted text, comments and block scalars from real nesting.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH and not _indicator_run(text):
        return None
    offset = too_deep(text, MAX_DEPTH)
    return None if offset is None else _offset_position(text, offset)


def _indicator_run(text: str) -> bool:
    """A run of more than MAX_DEPTH `- `/`? ` in a row; counting them first spares most files the
    search (a run needs that many dashes or question marks)."""
    return text.count("-") + text.count("?") > MAX_DEPTH and _INDICATOR_RUN.search(text) is not None


def _offset_position(text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return Position(line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


# A line (as str.splitlines cuts them) whose first non-blank character does not open a comment.
_BREAKS = "\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_CONTENT_LINE = re.compile(f"(?:^|[{_BREAKS}])[^\\S{_BREAKS}]*[^\\s#]")


def _only_comments(text: str) -> bool:
    return _CONTENT_LINE.search(text) is None


# libyaml notices these where the text runs out or a line later; where the unfinished key,
# bracket or quote began is where the user must look.
_CONTEXT_FIRST = ("while scanning a simple key", "while parsing a flow",
                  "while scanning a quoted scalar")


def _syntax_finding(err: yaml.MarkedYAMLError, text: str, display: str) -> Finding:
    mark = err.problem_mark or err.context_mark
    problem = " ".join(part for part in (err.context, err.problem) if part) or str(err)
    if err.context_mark is not None and (err.context or "").startswith(_CONTEXT_FIRST):
        mark = err.context_mark
    if mark is None:
        return finding("yaml-syntax", display, problem=problem)
    runaway = _runaway_quote(text, mark.line)
    if runaway is not None:
        return finding("yaml-syntax", display, runaway.start_mark.line + 1,
                       runaway.start_mark.column + 1, problem_msg="yaml.runaway_quote",
                       end_line=runaway.end_mark.line + 1)
    return finding("yaml-syntax", display, mark.line + 1, mark.column + 1, problem=problem)


def _runaway_quote(text: str, error_line: int) -> yaml.ScalarToken | None:
    """A quoted value that spans lines and ends on the line of the error: an unclosed quote
    that swallowed the lines after it until the next quote character."""
    found = None
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if token.start_mark.line > error_line:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ('"', "'") \
                    and token.start_mark.line < token.end_mark.line == error_line:
                found = token
    except yaml.YAMLError:
        pass
    return found


def _reader_finding(text: str, err: yaml.YAMLError, display: str) -> Finding:
    """A character YAML does not allow. libyaml reports a byte offset into the UTF-8 text."""
    byte_offset = getattr(err, "position", 0) or 0
    offset = len(text.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))
    position = _offset_position(text, offset)
    character = getattr(err, "character", None)
    code = ord(character) if isinstance(character, str) and character else character
    if code == 0:
        return finding("file-binary", display, position.line, position.column, guess="")
    shown = f"U+{code:04X}" if isinstance(code, int) else "?"
    return finding("yaml-syntax", display, position.line, position.column,
                   problem_msg="yaml.nonprintable", code=shown)


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def number_form(raw: str, value: object) -> str:
    """The YAML 1.1 form of a plain number when it reads otherwise than decimal, else ""."""
    digits = raw.lstrip("+-").replace("_", "").lower()
    if ":" in digits:
        return "sexagesimal"
    if digits.startswith(("0x", "0b")):
        return "hex" if digits[1] == "x" else "binary"
    octal = len(digits) > 1 and digits.startswith("0") and digits.isdigit()
    if octal and isinstance(value, int) and int(digits) != abs(value):  # 010 is 8, 00004 is 4
        return "octal"
    return ""


def _mark(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


_SCALARS = _Loader("")  # turns one scalar node into a value; keeps no state between calls

# The YAML 1.1 types (yaml.org/type): tags a file may name, read as YAML reads them. Any other tag
# (`!so`, `!!python/...`) is not part of the dossier format.
_YAML_ORG = "tag:yaml.org,2002:"
_STANDARD_TAGS = frozenset(_YAML_ORG + name for name in (
    "str", "int", "float", "bool", "null", "timestamp", "binary", "merge", "value", "yaml",
    "map", "omap", "pairs", "set", "seq"))


def _written_tag(tag: str) -> str:
    """A tag as it is written: `!!x` for yaml.org's, `!x` for a local one, else `!<uri>`."""
    if tag.startswith(_YAML_ORG):
        return "!!" + tag.removeprefix(_YAML_ORG)
    return tag if tag.startswith("!") else f"!<{tag}>"


def _untagged(node: yaml.Node) -> str:
    """The tag YAML gives the node when none is written: text, number, date… from how a plain
    scalar is written, text for a quoted one, a plain mapping or list."""
    if isinstance(node, yaml.ScalarNode):
        return _SCALARS.resolve(yaml.ScalarNode, node.value, (not node.style, False))
    return _YAML_ORG + ("seq" if isinstance(node, yaml.SequenceNode) else "map")


class _Builder:
    """Build plain Python data from nodes: mapping keys as written, the first of duplicate keys
    kept (the others reported), alias expansion and nesting bounded."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.findings: list[Finding] = []
        self.odd_numbers: list[OddNumber] = []
        self._active: set[int] = set()
        self._visits = 0  # nodes built, aliases counted each time: bounds alias bombs

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        self._visits += 1
        if self._visits > MAX_NODES:
            raise _TooComplex("nodes", _mark(node))
        if depth > MAX_DEPTH:
            raise _TooComplex("nesting", _mark(node))
        if node.tag not in _STANDARD_TAGS:
            self._unknown_tag(node)
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag == _STR_TAG else self._scalar(node)
        if id(node) in self._active:
            raise _TooComplex("recursive", _mark(node))
        self._active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(item, depth + 1) for item in node.value]
            return self._mapping(node, depth)
        finally:
            self._active.discard(id(node))

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        construct = _Loader.yaml_constructors.get(node.tag)
        if construct is None:
            return node.value  # a standard tag with nothing to build (merge, value): keep the text
        try:
            value = construct(_SCALARS, node)
        except (yaml.YAMLError, ValueError, OverflowError, TypeError):
            return node.value  # e.g. an impossible date 2024-02-30: keep the text, schema says why
        if node.tag in _NUMBER_TAGS and not node.style:
            form = number_form(node.value, value)
            if form:
                self.odd_numbers.append(OddNumber(_mark(node), node.value, value, form))
        return value

    def _unknown_tag(self, node: yaml.Node) -> None:
        """Said at the tag; the node is then read as if it had none. Keeping the written text
        instead would make a number a string and bring a type error that never names the tag."""
        position = _mark(node)
        self.findings.append(finding("yaml-unknown-tag", self.display, position.line,
                                     position.column, tag=_written_tag(node.tag)))
        node.tag = _untagged(node)  # every later use (aliases, the position index) reads it so

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                position = _mark(key_node)
                self.findings.append(finding("yaml-complex-key", self.display, position.line,
                                             position.column))
                continue
            if key_node.tag not in _STANDARD_TAGS:
                self._unknown_tag(key_node)
            key = key_node.value
            if key in first:
                position = _mark(key_node)
                self.findings.append(finding("yaml-duplicate-key", self.display, position.line,
                                             position.column, key=key,
                                             first_line=_mark(first[key]).line))
                continue
            first[key] = key_node
            out[key] = self.build(value_node, depth + 1)
        return out
