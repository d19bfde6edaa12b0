"""The DOCX, re-opened with python-docx as Word would read it: A4 sections with the decree's
margins (landscape for the appendix table), page numbers from page 2, Word headings, the header
frame, the per-criterion table with a repeated header row, Times New Roman."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from test_report_support import DAT, QUOC_HIEU, TIEU_NGU, report


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    target = tmp_path_factory.mktemp("docx") / "bao-cao-tham-tra.docx"
    assert report(DAT, "--document", "bao-cao-tham-tra", "--output", target).exit_code == 0
    return docx.Document(str(target))


def headings(document: docx.document.Document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_headings_are_word_headings(document: docx.document.Document) -> None:
    assert headings(document) == [
        ("Heading 1", "BÁO CÁO"),
        ("Heading 2", "I. KHÁI QUÁT CHUNG"), ("Heading 2", "II. KẾT QUẢ THẨM TRA"),
        ("Heading 3", "1. Về hồ sơ"), ("Heading 3", "2. Về kết quả thực hiện các tiêu chí"),
        ("Heading 3", "3. Về các điều kiện công nhận"),
        ("Heading 2", "III. KẾT LUẬN, ĐỀ NGHỊ"), ("Heading 3", "1. Kết luận"), ("Heading 3", "2. Đề nghị"),
    ]


def test_the_header_frame_holds_the_state_header(document: docx.document.Document) -> None:
    frame = document.tables[0]
    left, right = frame.rows[0].cells
    assert [p.text for p in right.paragraphs] == [QUOC_HIEU, TIEU_NGU]
    assert left.paragraphs[1].text == "ỦY BAN NHÂN DÂN HUYỆN MINH HỌA"
    assert [c.text for c in frame.rows[1].cells] == ["Số: 215/BC-UBND", "Minh Họa, ngày 22 tháng 8 năm 2024"]
    assert right.paragraphs[0].runs[0].bold and right.paragraphs[0].runs[0].font.size.pt == 12
    assert right.paragraphs[1].runs[0].underline  # the rule under the Tiêu ngữ, as long as the line
    assert frame.style.name != "Table Grid"     # a frame has no borders


def test_the_criteria_table_has_every_row(document: docx.document.Document) -> None:
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "TT" and len(t.columns) == 10)
    texts = [[c.text for c in row.cells] for row in table.rows]
    assert texts[0][:3] == ["TT", "Tiêu chí", "Chỉ tiêu"]
    assert next(r for r in texts if r[0] == "17.2")[3:8] == ["≥ 50% (*)", "57,28% (1.790/3.125)", "Đạt", "—", "Đạt"]
    assert sum(1 for r in texts if r[0].isdigit() and "." not in r[0] and int(r[0]) <= 19) >= 19
    assert table.style.name == "Table Grid"
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None


def test_pages_are_a4_with_the_decrees_margins(document: docx.document.Document) -> None:
    first, appendix = document.sections[0], document.sections[1]
    assert (round(first.page_width.mm), round(first.page_height.mm)) == (210, 297)
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert [round(m.mm) for m in (first.top_margin, first.bottom_margin, first.left_margin,
                                  first.right_margin)] == [20, 20, 30, 15]
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (round(appendix.page_width.mm), round(appendix.page_height.mm)) == (297, 210)


def test_page_numbers_start_on_page_two(document: docx.document.Document) -> None:
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_times_new_roman_throughout(document: docx.document.Document) -> None:
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert document.styles["Heading 1"].font.name == "Times New Roman"


def test_the_signature_block(document: docx.document.Document) -> None:
    block = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Nơi nhận:"))
    assert [p.text for p in block.rows[0].cells[1].paragraphs] == [
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Dũng"]


def test_document_properties_are_the_documents(tmp_path: Path, document: docx.document.Document) -> None:
    core = document.core_properties
    assert core.title.startswith("Kết quả thẩm tra hồ sơ")
    assert core.created.date().isoformat() == "2024-08-22"
