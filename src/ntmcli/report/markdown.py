"""Blocks → Markdown (CommonMark with GitHub tables): a plain-text copy of the document that reads
top to bottom in the document's order and diffs well in a repository.

Layout frames (the header and signature blocks) become their paragraphs in order; data tables
become pipe tables. All text is escaped, so dossier text that looks like Markdown or HTML shows
as written.
"""

from __future__ import annotations

import re

from ntmcli.report.blocks import Block, Cell, ListBlock, Paragraph, Rule, Run, SectionBreak, Table
from ntmcli.report.layout import style

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#&~])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(?=\s|$)")


def to_markdown(blocks: list[Block]) -> str:
    parts = [text for block in blocks if (text := _block(block))]
    return "\n\n".join(parts) + "\n"


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block)
    if isinstance(block, Table):
        return _frame(block) if block.frame else _table(block)
    if isinstance(block, ListBlock):
        return _list(block)
    if isinstance(block, (Rule, SectionBreak)):
        return ""
    raise TypeError(block)


def _paragraph(paragraph: Paragraph) -> str:
    if not paragraph.text.strip():  # a blank kept for layout (a signature's empty name line)
        return ""
    if paragraph.heading:
        return "#" * paragraph.heading + " " + _inline(paragraph.runs, cell=True)
    s = style(paragraph.style)
    return _inline([Run(r.text, r.bold or s.bold, r.italic or s.italic, r.underline)
                    for r in paragraph.runs])


def _frame(table: Table) -> str:
    parts = [_block(block) for row in table.rows for cell in row for block in cell.blocks]
    return "\n\n".join(p for p in parts if p)


def _table(table: Table) -> str:
    width = max(sum(c.colspan for c in row) for row in table.rows)
    rows = [_row(row, width) for row in table.rows]
    head = rows[: table.header_rows][-1:] or [[""] * width]
    body = rows[table.header_rows:] if table.header_rows else rows
    lines = ["| " + " | ".join(head[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def _row(cells: list[Cell], width: int) -> list[str]:
    out: list[str] = []
    for cell in cells:
        out.append(_cell_text(cell))
        out += [""] * (cell.colspan - 1)
    return out + [""] * (width - len(out))


def _cell_text(cell: Cell) -> str:
    lines = []
    for block in cell.blocks:
        if isinstance(block, Paragraph):
            s = style(block.style)
            lines.append(_inline([Run(r.text, r.bold or (s.bold and not cell.header), r.italic or s.italic,
                                      r.underline) for r in block.runs], cell=True))
        elif isinstance(block, ListBlock):
            lines += ["- " + _cell_text(Cell(item)) for item in block.items]
    return "<br>".join(line for line in lines if line)


def _list(block: ListBlock) -> str:
    lines = []
    for n, item in enumerate(block.items, 1):
        marker = f"{n}. " if block.ordered else "- "
        parts = [_block(b) for b in item]
        text = "\n\n".join(p for p in parts if p)
        lines.append(marker + text.replace("\n", "\n" + " " * len(marker)))
    return "\n".join(lines)


def _inline(runs: list[Run], cell: bool = False) -> str:
    """Runs as Markdown: text escaped, emphasis around runs of the same format, spaces kept
    outside the markers (CommonMark ignores `** x**`), line breaks as `\\` or `<br>` in a cell."""
    text = ""
    for run in _merge(runs):
        if run.text == "\n":
            text += "<br>" if cell else "\\\n"
            continue
        core = run.text.strip(" ")
        if not core:
            text += run.text
            continue
        lead = run.text[: len(run.text) - len(run.text.lstrip(" "))]
        trail = run.text[len(run.text.rstrip(" ")):]
        escaped = _escape(core)
        mark = ("**" if run.bold else "") + ("*" if run.italic else "")
        text += f"{lead}{mark}{escaped}{mark[::-1]}{trail}"
    return text if cell else _guard_line_starts(text)


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        same = last and (last.bold, last.italic) == (run.bold, run.italic) and "\n" not in (run.text, last.text)
        if same:
            last.text += run.text  # type: ignore[union-attr]
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.underline))
    return merged


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _guard_line_starts(text: str) -> str:
    """A line starting with `-`, `+`, `=` or `1.` would turn into a list or heading: escape it."""
    return "\n".join(_LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), line)
                     for line in text.split("\n"))


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1] if marker[-1] in ".)" else "\\" + marker
