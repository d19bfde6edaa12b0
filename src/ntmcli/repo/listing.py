"""Who lists whom: the districts and provinces whose `members` name a folder.

A national repository has a few hundred dossiers with members and a few thousand member paths.
Parsing each of those dossier.yaml files (YAML, then the schema) cost more than the rest of a
change-aware check, so member paths are first read from the text, in the one block form ntm's
examples write and people copy:

    members:
      - path: ../xa-an-binh
        level: ntm_nang_cao

A file with a line naming `path` in any other form, or with anything that could hide a path from
this reading (escapes, tabs, unusual line breaks, a flow collection over several lines), is parsed
instead. The text reading can only find more paths than parsing, never fewer; a dossier it finds
covering a changed folder is confirmed by its parsed model. So the answer is exactly what parsing
every file gives.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import islice
from pathlib import Path

from ntmcli.dossier.models import DossierFile
from ntmcli.dossier.reader import DOSSIER_FILE
from ntmcli.repo.realpaths import RealPaths, ancestors
from ntmcli.validation import validate
from ntmcli.yamlsource import load_yaml, read_bytes

# Characters that could make YAML read a line or a value otherwise than this reading: escapes,
# tabs, NUL, a byte-order mark, line breaks other than \n (NEL, LS, PS) and other line controls.
_ODD = re.compile("[\\\\\t\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ufeff]")
_PATH_LINE = re.compile(r"( *(?:- +)?)path: +(.*)")
_PLAIN_START = set("-?:,[]{}#&*!|>'\"%@`")
_QUOTED = {"'": re.compile(r"'((?:[^']|'')*)'( +#.*| *)"), '"': re.compile(r'"([^"]*)"( +#.*| *)')}


class Metas:
    """dossier.yaml of each dossier, parsed at most once and only when needed."""

    def __init__(self) -> None:
        self._cache: dict[str, DossierFile | None] = {}

    def meta(self, root: str) -> DossierFile | None:
        if root not in self._cache:
            document, _ = load_yaml(Path(root) / DOSSIER_FILE, DOSSIER_FILE)
            model = validate(DossierFile, document, "dossier")[0] if document is not None else None
            self._cache[root] = model
        return self._cache[root]

    def members(self, root: str, real: RealPaths) -> list[str]:
        meta = self.meta(root)
        return [real.below(root, m.path) for m in meta.members] if meta else []


class Listers:
    """For the dossiers of a universe (real folders): which of them name which folders as
    members. A member folder covers itself and everything below it."""

    def __init__(self, roots: Iterable[str], metas: Metas, real: RealPaths) -> None:
        self._metas = metas
        self._real = real
        self._parsed: set[str] = set()  # roots whose paths came from their model
        self._naming: dict[str, list[str]] = {}  # member folder → dossiers naming it
        for root in roots:
            for folder in self._member_folders(root):
                self._naming.setdefault(folder, []).append(root)

    def naming(self, target: str) -> set[str]:
        """The dossiers whose members cover `target` (a real path)."""
        covering = ancestors(target)
        found = {root for folder in covering for root in self._naming.get(folder, ())}
        return {root for root in found if root in self._parsed
                or any(m in covering for m in self._metas.members(root, self._real))}

    def _member_folders(self, root: str) -> list[str]:
        raw = _dossier_text(root)
        if raw is None or b"members" not in raw:  # only a dossier writing `members` lists any
            return []
        written = written_member_paths(raw)
        if written is None:
            self._parsed.add(root)
            return self._metas.members(root, self._real)
        return [self._real.below(root, path) for path in written]


def _dossier_text(root: str) -> bytes | None:
    """The bytes of a dossier.yaml, when it is a regular file ntm may read (a pipe of that name
    is never opened, so it cannot stall the check)."""
    raw, problem = read_bytes(Path(root) / DOSSIER_FILE, DOSSIER_FILE)
    return None if problem else raw


def written_member_paths(raw: bytes) -> list[str] | None:
    """Every value written as `path: …` in block form, or None when the text has any form this
    reading does not follow (then only parsing can tell)."""
    try:
        text = unicodedata.normalize("NFC", raw.decode("utf-8")).replace("\r\n", "\n")
    except UnicodeDecodeError:
        return None
    if "\r" in text or _ODD.search(text) or not _flow_on_one_line(text):
        return None
    lines = text.split("\n")
    paths = []
    for number, line in enumerate(lines):
        if "path" in line:
            value = _path_value(line, _next_indent(lines, number))
            if value is None:
                return None
            paths.append(value)
    return paths


def _path_value(line: str, next_indent: int) -> str | None:
    """The value of a one-line `path: …` entry, or None for any other line naming `path`."""
    match = _PATH_LINE.fullmatch(line)
    if match is None:
        return None
    rest = match.group(2)
    if rest[:1] in ("'", '"'):
        return _quoted(rest)
    if not rest or rest[0] in _PLAIN_START:
        return None
    value = rest.split(" #", 1)[0].rstrip(" ")
    if ": " in value or value.endswith(":") or any(c in value for c in ",[]{}"):
        return None
    # a plain value goes on over the next line when that line is indented past the key
    return value if next_indent <= len(match.group(1)) else None


def _next_indent(lines: list[str], number: int) -> int:
    """How far the first non-blank line after line `number` is indented (0 at the end)."""
    following = next((line for line in islice(lines, number + 1, None) if line.strip(" ")), "")
    return len(following) - len(following.lstrip(" "))


def _quoted(rest: str) -> str | None:
    """A quoted value closed on its line (it holds no backslash: such texts are parsed)."""
    match = _QUOTED[rest[0]].fullmatch(rest)
    if match is None:
        return None
    return match.group(1).replace("''", "'") if rest[0] == "'" else match.group(1)


def _flow_on_one_line(text: str) -> bool:
    """Whether every `[…]` or `{…}` opens and closes on one line: a `path:` line can then only be
    in block form, where a value ends as read here."""
    if "[" not in text and "{" not in text:
        return True
    return all(_balanced(line) for line in text.split("\n") if any(b in line for b in "[]{}"))


def _balanced(line: str) -> bool:
    """The brackets of one line, before its comment, close in order. A line with quotes is not
    followed: a quoted bracket does not count, and telling quotes from apostrophes is parsing."""
    if "'" in line or '"' in line:
        return False
    code = "" if line.lstrip(" ").startswith("#") else line.split(" #", 1)[0]
    depth = 0
    for char in code:
        depth += (char in "[{") - (char in "]}")
        if depth < 0:
            return False
    return depth == 0
