"""What every reporter needs: findings rendered as text in the chosen language."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TextIO

from ntmcli.findings import Finding
from ntmcli.i18n import finding_hint, finding_message, t


@dataclass(frozen=True)
class RenderedFinding:
    finding: Finding
    message: str
    hint: str

    @property
    def location(self) -> str:
        f = self.finding
        return f"{f.file}:{f.line}:{f.column}"


def render(finding: Finding, lang: str) -> RenderedFinding:
    args = finding.arguments
    return RenderedFinding(finding, finding_message(finding.rule, args, lang),
                           finding_hint(finding.rule, args, lang))


# Control characters, the bidi controls that make text display in another order than it reads,
# and invisible characters: from a dossier they could move the cursor, clear the screen, hide
# words or make two different ids look the same on a terminal.
_HIDDEN = [*range(0x09), *range(0x0A, 0x20), 0x7F, *range(0x80, 0xA0),
           *range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, *range(0x2066, 0x206A), 0xFEFF]
_VISIBLE = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _HIDDEN}


_ANY_HIDDEN = re.compile("[" + "".join(re.escape(chr(code)) for code in _HIDDEN) + "]")


def visible(text: str) -> str:
    """Text as a terminal may show it: control characters written as escapes (`\\x1b`)."""
    return text.translate(_VISIBLE) if has_hidden(text) else text  # search: ~10x faster


def has_hidden(text: str) -> bool:
    return _ANY_HIDDEN.search(text) is not None


def severity_word(finding: Finding, lang: str) -> str:
    return t(f"severity.{finding.severity.value}", lang)


def write_json(document: Any, out: TextIO) -> None:
    """`document` as indented JSON and a final newline, written in pieces of about 64 KiB:
    json.dump writes every token on its own, one system call each where standard output is
    unbuffered (PYTHONUNBUFFERED, usual in CI containers) — seconds for a repository's report."""
    pieces: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(document):
        pieces.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            out.write("".join(pieces))
            pieces, size = [], 0
    out.write("".join(pieces) + "\n")
