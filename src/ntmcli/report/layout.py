"""The state document layout, as one table read by the HTML print stylesheet and the DOCX writer.

Figures of NĐ 30/2020/NĐ-CP, Phụ lục I, as recorded in shared/reference/dossier-practice.md §2.4
[V]: A4 portrait (210 × 297 mm; landscape allowed for a table); margins top and bottom 20-25 mm,
left 30-35 mm, right 15-20 mm; Times New Roman; Quốc hiệu 12-13 pt upright bold capitals; Tiêu ngữ
13-14 pt upright bold, a rule below as long as the line; parent body 12-13 pt upright capitals;
issuing body 12-13 pt upright bold capitals, a rule below; số, ký hiệu 13 pt; địa danh and date
13-14 pt italic; tên loại 13-14 pt bold capitals; trích yếu 13-14 pt bold, a rule below; body
13-14 pt; page numbers 13-14 pt centred in the top margin, none on the first page.

Where the decree gives a range we take one value in it. The rest is ours, not the decree's (the
reference does not establish it): table text 11 pt, recipients 12/11 pt, first-line indent 10 mm,
6 pt after a paragraph, the space left for a signature, the provenance footer 9 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

FONT = "Times New Roman"
FONT_FALLBACKS = '"Times New Roman", "Liberation Serif", Tinos, serif'


@dataclass(frozen=True)
class Page:
    width: float = 210.0      # mm
    height: float = 297.0
    top: float = 20.0         # 20-25
    bottom: float = 20.0      # 20-25
    left: float = 30.0        # 30-35
    right: float = 15.0       # 15-20
    number_size: float = 13.0  # 13-14

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right


PAGE = Page()


@dataclass(frozen=True)
class TextStyle:
    size: float                # pt
    bold: bool = False
    italic: bool = False
    align: str = "left"        # left | center | right | justify
    indent: float = 0.0        # first-line indent, mm
    before: float = 0.0        # pt
    after: float = 0.0         # pt


BODY_INDENT = 10.0             # ours
_BODY = TextStyle(14, align="justify", indent=BODY_INDENT, after=6)

# Paragraph styles by the class a template gives (`<p class="quoc-hieu">`).
STYLES: dict[str, TextStyle] = {
    "co-quan-chu-quan": TextStyle(12, align="center"),
    "co-quan": TextStyle(12, bold=True, align="center"),
    "so-ky-hieu": TextStyle(13, align="center", before=6),
    "quoc-hieu": TextStyle(12, bold=True, align="center"),
    "tieu-ngu": TextStyle(13, bold=True, align="center"),
    "dia-danh": TextStyle(14, italic=True, align="center", before=6),
    "ten-loai": TextStyle(14, bold=True, align="center", before=18),
    "trich-yeu": TextStyle(14, bold=True, align="center"),
    "kinh-gui": TextStyle(14, align="center", before=6, after=6),
    "body": _BODY,
    "can-cu": TextStyle(14, italic=True, align="justify", indent=BODY_INDENT, after=3),
    "muc": TextStyle(14, bold=True, indent=BODY_INDENT, before=6, after=6),
    "muc-nho": TextStyle(14, bold=True, indent=BODY_INDENT, after=6),
    "dong": TextStyle(14, align="justify", after=3),
    "noi-nhan": TextStyle(12, bold=True, italic=True),
    "noi-nhan-muc": TextStyle(11),
    "chu-ky": TextStyle(14, bold=True, align="center"),
    "chu-ky-ghi-chu": TextStyle(13, italic=True, align="center"),
    "chu-ky-ten": TextStyle(14, bold=True, align="center", before=64),
    "phu-luc": TextStyle(14, bold=True, align="center"),
    "kem-theo": TextStyle(13, italic=True, align="center", after=6),
    "bang": TextStyle(11),
    "bang-giua": TextStyle(11, align="center"),
    "bang-dau": TextStyle(11, bold=True, align="center"),
    "bang-nhom": TextStyle(11, bold=True),
    "chu-thich": TextStyle(11, italic=True, after=2),
    "canh-bao": TextStyle(12, bold=True, align="center", after=6),
    "nguon-goc": TextStyle(9, italic=True, after=1),
}
HEADING_STYLES = {1: "ten-loai", 2: "muc", 3: "muc-nho", 4: "muc-nho"}
SHORT_RULE = 0.3               # a rule under the issuing body and the subject: share of its column


def style(name: str | None) -> TextStyle:
    return STYLES.get(name or "body", _BODY)


def _css_rule(name: str, s: TextStyle) -> str:
    parts = [f"font-size:{s.size:g}pt", f"text-align:{s.align}",
             f"font-weight:{'bold' if s.bold else 'normal'}",
             f"font-style:{'italic' if s.italic else 'normal'}",
             f"text-indent:{s.indent:g}mm", f"margin:{s.before:g}pt 0 {s.after:g}pt 0"]
    return f".{name}{{{';'.join(parts)}}}"


def stylesheet(page: Page = PAGE) -> str:
    """The print stylesheet: A4 pages with the decree's margins and page numbers, then one rule
    per paragraph style."""
    margins = f"{page.top:g}mm {page.right:g}mm {page.bottom:g}mm {page.left:g}mm"
    number = f'font-family:{FONT_FALLBACKS};font-size:{page.number_size:g}pt'
    head = [
        (f"@page{{size:A4 portrait;margin:{margins};"
         f"@top-center{{content:counter(page);{number}}}}}"),
        "@page:first{@top-center{content:none}}",
        f"@page ngang{{size:A4 landscape;margin:{margins}}}",
        f"html{{font-family:{FONT_FALLBACKS};font-size:14pt;color:#000;background:#fff}}",
        "body{margin:0 auto;line-height:1.25}",
        f"@media screen{{body{{max-width:{page.text_width:g}mm;padding:{margins}}}}}",
        "p,h1,h2,h3,h4{orphans:2;widows:2}",
        "h1,h2,h3,h4{page-break-after:avoid}",
        "section.ngang{page:ngang;break-before:page}",
        "section.trang-moi{break-before:page}",
        "table{border-collapse:collapse;width:100%}",
        "table.khung td{vertical-align:top;border:0;padding:0;font-size:14pt}",
        "table.bang td p,table.bang th p{font-size:inherit;text-indent:0;margin:0;text-align:inherit}",
        "table.bang{margin:6pt 0}",
        "table.bang th,table.bang td{border:0.5pt solid #000;padding:2pt 3pt;vertical-align:top}",
        "table.bang thead{display:table-header-group}",
        "table.bang tr{break-inside:avoid}",
        "table.chu-ky-khoi{break-inside:avoid;margin-top:6pt}",
        f"hr.ngan{{width:{SHORT_RULE * 100:g}%;border:0;border-top:0.75pt solid #000;margin:1pt auto 0 auto}}",
        "span.gach-chan{border-bottom:0.75pt solid #000;padding-bottom:1pt}",
        ".canh-bao{border:1pt solid #000;padding:3pt}",
        "footer.nguon-goc-khoi{margin-top:18pt;border-top:0.5pt solid #000;padding-top:3pt}",
        ".quoc-hieu{white-space:nowrap}",
        "ul.gach{list-style:none;padding:0;margin:0}",
        "ol,ul{margin:0 0 6pt 0;padding-left:8mm}",
    ]
    elements = [_css_rule(tag, STYLES[name]).lstrip(".") for tag, name in _ELEMENT_STYLES.items()]
    return "\n".join(head + elements + [_css_rule(name, s) for name, s in STYLES.items()]) + "\n"


# Elements without a class read as these styles (the DOCX writer does the same).
_ELEMENT_STYLES = {"p": "body", "h1": "ten-loai", "h2": "muc", "h3": "muc-nho", "h4": "muc-nho",
                   "li": "dong", "td": "bang", "th": "bang-dau"}
