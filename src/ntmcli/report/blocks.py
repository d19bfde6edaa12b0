"""The structure of a rendered document: the HTML a template wrote, read back as blocks.

Markdown and DOCX are both written from these blocks, so a template (shipped or a user's) shapes
every format at once. The HTML subset understood:

- blocks: `p`, `h1`-`h4`, `table` (`thead`, `tbody`, `tr`, `th`, `td` with `colspan` and
  `style="width:NN%"`), `ul`/`ol` with `li`, `hr`, and containers `div`, `section`, `header`,
  `footer`, `main`, `body`; `<section class="ngang">` is a landscape part (for wide tables),
  `<section class="trang-moi">` starts a new page;
- inline: `strong`/`b`, `em`/`i`, `u` and `span class="gach-chan"` (underline), `br`, `span`, `a`;
- paragraph styles: the class names of `layout.STYLES` (nearest enclosing one applies);
  tables with class `khung` are layout frames (no borders), others are ruled data tables.

Anything else contributes its text; `head`, `style`, `script` and `title` contribute nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ntmcli.report.layout import STYLES


@dataclass
class Run:
    text: str               # "\n" is a line break
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    style: str | None = None
    heading: int = 0        # 1-4 for h1-h4

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Cell:
    blocks: list[Block]
    header: bool = False
    colspan: int = 1
    width: float | None = None  # percent of the table


@dataclass
class Table:
    rows: list[list[Cell]]
    header_rows: int = 0
    frame: bool = False     # a layout frame (class "khung"), not a data table


@dataclass
class ListBlock:
    items: list[list[Block]]
    ordered: bool = False


@dataclass
class Rule:
    """A short centred rule (`<hr class="ngan">`) under the issuing body or the subject."""


@dataclass
class SectionBreak:
    landscape: bool


Block = Paragraph | Table | ListBlock | Rule | SectionBreak


# --- HTML → element tree ------------------------------------------------------------------------

@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    children: list[_Element | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


_VOID = {"br", "hr", "meta", "link", "img", "col", "input", "wbr", "source"}
_SKIP = {"head", "style", "script", "title", "template", "colgroup"}


class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: unclosed elements close with their parent; stray end tags are
    ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> list[Block]:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return _Converter().blocks(builder.root, None)


# --- element tree → blocks ----------------------------------------------------------------------

_INLINE = {"strong", "b", "em", "i", "u", "span", "a", "br", "sup", "sub", "small", "code", "abbr"}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_WIDTH = re.compile(r"width\s*:\s*([0-9.]+)\s*%")
_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    underline: bool = False


def _style_of(element: _Element, inherited: str | None) -> str | None:
    return next((c for c in element.classes if c in STYLES), inherited)


class _Converter:
    def blocks(self, element: _Element, style: str | None) -> list[Block]:
        out: list[Block] = []
        pending: list[Run] = []
        for child in element.children:
            if isinstance(child, str) or child.tag in _INLINE:
                pending += self.runs(child, _Format())
                continue
            _flush(out, pending, style)
            pending = []
            out += self.block(child, style)
        _flush(out, pending, style)
        return out

    def block(self, element: _Element, style: str | None) -> list[Block]:
        tag, own = element.tag, _style_of(element, style)
        if tag in _SKIP:
            return []
        if tag in _HEADING:
            return _paragraphs(self.runs_of(element), own if own != style else None, _HEADING[tag])
        if tag == "p":
            return _paragraphs(self.runs_of(element), own)
        if tag == "hr":
            return [Rule()]
        if tag == "table":
            return [self.table(element, own)]
        if tag in ("ul", "ol"):
            items = [self.blocks(li, own) for li in element.children
                     if isinstance(li, _Element) and li.tag == "li"]
            return [ListBlock(items, ordered=tag == "ol")]
        inner = self.blocks(element, own)
        if tag == "section" and "ngang" in element.classes:
            return [SectionBreak(True), *inner, SectionBreak(False)]
        if tag == "section" and "trang-moi" in element.classes:
            return [SectionBreak(False), *inner]
        return inner

    def runs_of(self, element: _Element) -> list[Run]:
        return [run for child in element.children for run in self.runs(child, _Format())]

    def runs(self, node: _Element | str, fmt: _Format) -> list[Run]:
        if isinstance(node, str):
            return [Run(node, fmt.bold, fmt.italic, fmt.underline)] if node else []
        if node.tag == "br":
            return [Run("\n", fmt.bold, fmt.italic, fmt.underline)]
        if node.tag in _SKIP:
            return []
        fmt = _Format(fmt.bold or node.tag in ("strong", "b"),
                      fmt.italic or node.tag in ("em", "i"),
                      fmt.underline or node.tag == "u" or "gach-chan" in node.classes)
        return [run for child in node.children for run in self.runs(child, fmt)]

    def table(self, element: _Element, style: str | None) -> Table:
        frame = "khung" in element.classes
        rows: list[list[Cell]] = []
        header_rows = 0
        for part, row in _rows(element):
            cells = [self.cell(c, style, frame) for c in row.children
                     if isinstance(c, _Element) and c.tag in ("td", "th")]
            if cells:
                rows.append(cells)
                header_rows += part == "thead"
        return Table(rows, header_rows, frame)

    def cell(self, element: _Element, style: str | None, frame: bool) -> Cell:
        header = element.tag == "th"
        default = style if frame else ("bang-dau" if header else "bang")
        width = _WIDTH.search(element.attrs.get("style", ""))
        span = element.attrs.get("colspan", "1")
        return Cell(self.blocks(element, _style_of(element, default)), header,
                    int(span) if span.isdigit() and 0 < int(span) < 100 else 1,
                    float(width.group(1)) if width else None)


def _rows(table: _Element) -> list[tuple[str, _Element]]:
    found = []
    for child in table.children:
        if isinstance(child, _Element) and child.tag == "tr":
            found.append(("tbody", child))
        elif isinstance(child, _Element) and child.tag in ("thead", "tbody", "tfoot"):
            found += [(child.tag, tr) for tr in child.children
                      if isinstance(tr, _Element) and tr.tag == "tr"]
    return found


def _flush(out: list[Block], runs: list[Run], style: str | None) -> None:
    out += _paragraphs(runs, style)


def _paragraphs(runs: list[Run], style: str | None, heading: int = 0) -> list[Paragraph]:
    """One paragraph of `runs` with HTML's white-space collapsing, or none if it is blank."""
    collapsed = _collapse(runs)
    return [Paragraph(collapsed, style, heading)] if collapsed else []


def _collapse(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    after_space = True  # at the start, and after a space or a line break, spaces vanish
    for run in runs:
        if run.text == "\n":
            if out and out[-1].text.endswith(" "):
                out[-1].text = out[-1].text[:-1]
                if not out[-1].text:
                    out.pop()
            out.append(run)
            after_space = True
            continue
        text = _SPACE.sub(" ", run.text)
        if after_space:
            text = text.lstrip(" ")
        if text:
            out.append(Run(text, run.bold, run.italic, run.underline))
            after_space = text.endswith(" ")
    while out:
        last = out[-1]
        stripped = "" if last.text == "\n" else last.text.rstrip(" ")
        if stripped:
            last.text = stripped
            break
        out.pop()
    return out
