"""Blocks → DOCX with real Word structure, so officials can edit and sign the document: A4 sections
with the decree's margins (landscape for a wide table), page numbers centred at the top from page
2, Word heading styles, Word tables (ruled data tables with a repeated header row, borderless
frames for the header and signature blocks), Times New Roman throughout (`layout`).

The bytes are deterministic: fixed document properties and zip entry times, so the same input
gives the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from ntmcli.report.blocks import Block, Cell, ListBlock, Paragraph, Rule, Run, SectionBreak, Table
from ntmcli.report.layout import FONT, HEADING_STYLES, PAGE, SHORT_RULE, TextStyle, style

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
LINE_SPACING = 1.1  # ours


@dataclass(frozen=True)
class DocxProperties:
    title: str
    description: str
    date: dt.date


def to_docx(blocks: list[Block], properties: DocxProperties) -> bytes:
    document = Document()
    _set_fonts(document)
    _set_page(document.sections[0], landscape=False)
    _number_pages(document.sections[0])
    writer = _Writer(document)
    for block in blocks:
        writer.block(block, document, PAGE.text_width)
    _set_properties(document, properties)
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic_zip(buffer.getvalue())


# --- document set-up ------------------------------------------------------------------------------

def _set_fonts(document: Any) -> None:
    """Times New Roman, black, for the body and the heading styles; theme fonts and colours off."""
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        s = document.styles[name]
        s.font.name = FONT
        s.font.color.rgb = RGBColor(0, 0, 0)
        fonts = s.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), FONT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = LINE_SPACING


def _set_page(section: Any, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    width, height = (PAGE.height, PAGE.width) if landscape else (PAGE.width, PAGE.height)
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(PAGE.top), Mm(PAGE.bottom)
    section.left_margin, section.right_margin = Mm(PAGE.left), Mm(PAGE.right)


def _number_pages(section: Any) -> None:
    """A PAGE field centred in the header; the first page has its own, empty header."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(PAGE.number_size)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _set_properties(document: Any, properties: DocxProperties) -> None:
    core = document.core_properties
    moment = dt.datetime.combine(properties.date, dt.time(0, 0), tzinfo=dt.UTC)
    core.title, core.subject, core.comments = properties.title, "", properties.description
    core.author, core.last_modified_by, core.revision = "ntm", "ntm", 1
    core.created = core.modified = moment


def _deterministic_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times and attributes, entries in their original order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 3
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# --- blocks ---------------------------------------------------------------------------------------

class _Writer:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.pending_section: bool | None = None  # orientation of a section to open before more text

    def block(self, block: Block, container: Any, width: float) -> None:
        if isinstance(block, SectionBreak):
            self.pending_section = block.landscape
            return
        if container is self.document:
            self._open_pending_section()
            width = _text_width(self.document)
        if isinstance(block, Paragraph):
            self.paragraph(block, _new_paragraph(container))
        elif isinstance(block, Table):
            self.table(block, container, width)
        elif isinstance(block, ListBlock):
            self.list(block, container, width)
        elif isinstance(block, Rule):
            _rule(_new_paragraph(container), width)

    def _open_pending_section(self) -> None:
        """A section break takes effect only when more text follows it: no empty last page."""
        if self.pending_section is not None:
            _set_page(self.document.add_section(WD_SECTION.NEW_PAGE), self.pending_section)
            self.pending_section = None

    def paragraph(self, block: Paragraph, target: Any) -> None:
        s = style(block.style) if block.style or not block.heading else style(HEADING_STYLES[block.heading])
        if block.heading:
            target.style = self.document.styles[f"Heading {min(block.heading, 4)}"]
        _format(target, s)
        for run in block.runs:
            if run.text == "\n":
                target.add_run().add_break()
                continue
            added = target.add_run(run.text)
            added.font.size = Pt(s.size)
            added.bold = run.bold or s.bold
            added.italic = run.italic or s.italic
            added.underline = run.underline or None

    def list(self, block: ListBlock, container: Any, width: float) -> None:
        for n, item in enumerate(block.items, 1):
            marker = f"{n}. " if block.ordered else "- "
            for index, inner in enumerate(item):
                if index == 0 and isinstance(inner, Paragraph):
                    inner = Paragraph([Run(marker), *inner.runs], inner.style or "dong")
                self.block(inner, container, width)

    def table(self, block: Table, container: Any, width: float) -> None:
        columns = max(sum(c.colspan for c in row) for row in block.rows)
        table = container.add_table(rows=len(block.rows), cols=columns)
        if not block.frame:
            table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        widths = _column_widths(block, columns, width)
        for column, mm in enumerate(widths):  # the grid, which LibreOffice reads
            table.columns[column].width = Mm(mm)
        # python-docx's table.cell() walks the whole grid on every call: take each row's cells once
        grid = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]
        for r, row in enumerate(block.rows):
            start = 0
            for cell in row:
                end = min(start + cell.colspan, columns) - 1
                target = grid[r][start] if end == start else grid[r][start].merge(grid[r][end])
                target.width = Mm(sum(widths[start:end + 1]))  # each cell's own width, which Word reads
                self.cell(cell, target, sum(widths[start:end + 1]))
                start = end + 1
            _row_flag(table.rows[r], "w:cantSplit")  # a row stays on one page: a signature block whole
            if r < block.header_rows:
                _row_flag(table.rows[r], "w:tblHeader")

    def cell(self, cell: Cell, target: Any, width: float) -> None:
        first = target.paragraphs[0]
        for index, block in enumerate(cell.blocks):
            if index == 0 and isinstance(block, Paragraph):
                self.paragraph(block, first)
            else:
                self.block(block, target, width)


def _new_paragraph(container: Any) -> Any:
    return container.add_paragraph()


def _text_width(document: Any) -> float:
    section = document.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / Mm(1)


def _format(paragraph: Any, s: TextStyle) -> None:
    pf = paragraph.paragraph_format
    pf.alignment = _ALIGN[s.align]
    pf.first_line_indent = Mm(s.indent) if s.indent else None
    pf.space_before, pf.space_after = Pt(s.before), Pt(s.after)
    pf.line_spacing = LINE_SPACING


def _rule(paragraph: Any, width: float) -> None:
    """A short centred line: an empty paragraph with a bottom border, narrowed by its indents."""
    margin = width * (1 - SHORT_RULE) / 2
    pf = paragraph.paragraph_format
    pf.left_indent = pf.right_indent = Mm(margin)
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(4)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _row_flag(row: Any, tag: str) -> None:
    """A row property such as `w:tblHeader` (repeat on each page) or `w:cantSplit`."""
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _column_widths(block: Table, columns: int, width: float) -> list[float]:
    """Widths in mm: from the `width:NN%` of single-column cells (first row that gives one per
    column), the rest shared equally."""
    shares: list[float | None] = [None] * columns
    for row in block.rows:
        position = 0
        for cell in row:
            if cell.colspan == 1 and cell.width is not None and position < columns and shares[position] is None:
                shares[position] = cell.width
            position += cell.colspan
    given = sum(s for s in shares if s is not None)
    missing = shares.count(None)
    rest = max(100 - given, 0) / missing if missing else 0
    percent = [s if s is not None else rest for s in shares]
    total = sum(percent) or 1
    return [width * p / total for p in percent]
