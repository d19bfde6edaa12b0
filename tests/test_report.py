"""`ntm report`: where it writes (never inside the dossier, never over a file without --force,
atomically), its exit codes, the same bytes for the same input, van-ban.yaml read like every other
dossier file, and the figures a document prints (rounding, dates, vote, signer, provenance)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from conftest import MET_DOSSIER, check, edit, findings_of, make_dossier, met_files
from test_report_support import DAT, LOI, QUOC_HIEU, read_html, report

from ntmcli.i18n.dates import clock_time, full_date
from ntmcli.i18n.numbers import format_number, percent
from ntmcli.report.provenance import dossier_digest

VAN_BAN = """\
schema_version: 1
place: Minh Hòa
rounding: {decimals: 2, mode: half_up}
documents:
  bao-cao-tham-tra:
    issuer: {parent: Ủy ban nhân dân tỉnh Thử Nghiệm, name: Ủy ban nhân dân huyện Thử Nghiệm, symbol: UBND}
    number: "215"
    date: 2025-02-05
    signer:
      authority: [{prefix: TM, of: Ủy ban nhân dân}, {prefix: KT, of: Chủ tịch}]
      title: Phó Chủ tịch
      name: Phạm Văn Dũng
    recipients: [Như trên;, "Lưu: VT."]
meeting:
  date: 2025-03-01
  start: "08:00"
  end: "10:30"
  vote: {agree: 34, total: 35}
"""


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


def tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


# --- where it writes ---------------------------------------------------------------------------

def test_markdown_goes_to_standard_output_and_the_dossier_is_untouched(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN})
    before = tree_digest(dossier)
    result = report(dossier, "--document", "bao-cao-tham-tra")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("**MINH HỌA")
    assert QUOC_HIEU in result.stdout
    assert tree_digest(dossier) == before


@pytest.mark.parametrize("inside", ["bao-cao.md", "tieu-chi/bao-cao.html", "."])
def test_output_inside_the_dossier_is_refused(met_dossier: Path, inside: str) -> None:
    before = tree_digest(met_dossier)
    result = report(met_dossier, "--output", met_dossier / inside, "--force", "--lang", "en")
    assert result.exit_code == 2
    assert "Refusing to write into the dossier" in result.stderr
    assert tree_digest(met_dossier) == before


def test_output_through_a_symlink_into_the_dossier_is_refused(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    (tmp_path / "loi-tat").symlink_to(dossier, target_is_directory=True)
    result = report(dossier, "--output", tmp_path / "loi-tat" / "bao-cao.md")
    assert result.exit_code == 2
    assert not (dossier / "bao-cao.md").exists()


def test_an_existing_file_is_not_overwritten_without_force(met_dossier: Path, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.md"
    target.write_text("bản cũ", encoding="utf-8")
    refused = report(met_dossier, "--output", target, "--lang", "en")
    assert refused.exit_code == 2
    assert "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "bản cũ"
    forced = report(met_dossier, "--output", target, "--force")
    assert forced.exit_code == 0
    assert QUOC_HIEU in target.read_text(encoding="utf-8")


def test_the_write_leaves_no_temporary_file(met_dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "ra"
    out.mkdir()
    for _ in range(2):
        assert report(met_dossier, "--output", out / "van-ban.html", "--force").exit_code == 0
    assert [p.name for p in out.iterdir()] == ["van-ban.html"]


def test_a_missing_output_folder_is_an_error(met_dossier: Path, tmp_path: Path) -> None:
    result = report(met_dossier, "--output", tmp_path / "khong-co" / "x.md", "--lang", "en")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_binary_formats_need_an_output_file(met_dossier: Path) -> None:
    result = report(met_dossier, "--format", "docx", "--lang", "en")
    assert result.exit_code == 2
    assert "needs `--output FILE`" in result.stderr


def test_the_format_follows_the_output_suffix(met_dossier: Path, tmp_path: Path) -> None:
    assert report(met_dossier, "--output", tmp_path / "a.html").exit_code == 0
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert report(met_dossier, "--output", tmp_path / "a.docx").exit_code == 0
    assert zipfile.is_zipfile(tmp_path / "a.docx")


# --- exit codes and choices --------------------------------------------------------------------

def test_a_dossier_with_errors_still_gets_its_document_and_exits_1(tmp_path: Path) -> None:
    result = report(LOI, "--output", tmp_path / "tt.md", "--lang", "en")
    assert result.exit_code == 1
    assert "tieu-chi/14-y-te.yaml:7:12" in result.stderr
    assert "10 errors" in result.stderr
    assert "10 errors, 13 warnings, 0 notes (listed in Appendix 2)" in (tmp_path / "tt.md").read_text(encoding="utf-8")


def test_a_dossier_that_cannot_be_evaluated_gets_no_document(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, {"dossier.yaml": "unit: [\n"})
    result = report(dossier, "--output", tmp_path / "x.md")
    assert result.exit_code == 1
    assert "yaml-syntax" in result.stderr
    assert not (tmp_path / "x.md").exists()


def test_an_unknown_document_lists_the_choices(met_dossier: Path) -> None:
    result = report(met_dossier, "--document", "bao-cao-tham-traa", "--lang", "en")
    assert result.exit_code == 2
    assert "No document `bao-cao-tham-traa`" in result.stderr
    assert "bao-cao-tham-tra," in result.stderr


def test_the_default_document_follows_the_stage(met_dossier: Path) -> None:
    # the met dossier is at stage tu_danh_gia: its own self-assessment report
    assert "Kết quả thực hiện các tiêu chí nông thôn mới năm 2025" in report(met_dossier).stdout
    staged = edit(met_files()["dossier.yaml"], "stage: tu_danh_gia", "stage: tham_dinh")
    dossier = make_dossier(met_dossier.parent, {"dossier.yaml": staged}, name="tham-dinh")
    assert "Kết quả thẩm định hồ sơ" in report(dossier).stdout


def test_a_folder_that_is_not_a_dossier_is_an_error(tmp_path: Path) -> None:
    assert report(tmp_path).exit_code == 2


def test_english_documents_speak_english(met_dossier: Path) -> None:
    text = report(met_dossier, "--document", "bao-cao-tham-tra", "--lang", "en").stdout
    assert "SOCIALIST REPUBLIC OF VIET NAM" in text
    assert "Verification of the dossier" in text
    assert "assessment: Met." in text
    assert "KHÁI QUÁT" not in text and "Căn cứ" not in text


# --- the same input gives the same bytes ---------------------------------------------------------

@pytest.mark.parametrize("suffix", ["md", "html", "docx"])
def test_same_input_same_bytes(tmp_path: Path, suffix: str) -> None:
    first = make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN}, name="mot")
    second = make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN}, name="hai")
    outputs = []
    for n, dossier in enumerate((first, first, second)):
        target = tmp_path / f"{n}.{suffix}"
        assert report(dossier, "--document", "bao-cao-tham-tra", "--output", target).exit_code == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_docx_zip_entries_carry_a_fixed_time(met_dossier: Path, tmp_path: Path) -> None:
    assert report(met_dossier, "--output", tmp_path / "a.docx").exit_code == 0
    with zipfile.ZipFile(tmp_path / "a.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"2013-12-23" not in archive.read("docProps/core.xml")


# --- provenance ----------------------------------------------------------------------------------

def test_the_footer_names_the_dossier_hash_and_every_criteria_layer(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    digest = dossier_digest(dossier)
    text = report(dossier).stdout
    assert f"sha256 {digest.sha256} ({digest.files} tệp)" in text
    assert "test-xa@2021-2025: sha256 " in text


def test_the_dossier_hash_changes_with_any_file_and_only_then(tmp_path: Path) -> None:
    one = dossier_digest(make_dossier(tmp_path, name="a"))
    same = dossier_digest(make_dossier(tmp_path, name="b"))
    changed = dossier_digest(make_dossier(tmp_path, {"minh-chung/bien-ban-dien.txt": "khác"}, name="c"))
    renamed = dossier_digest(make_dossier(tmp_path, {"minh-chung/bien-ban-dien.txt": None,
                                                     "minh-chung/bien-ban.txt": met_files()[
                                                         "minh-chung/bien-ban-dien.txt"]}, name="d"))
    assert one == same
    assert len({one.sha256, changed.sha256, renamed.sha256}) == 3


# --- van-ban.yaml ----------------------------------------------------------------------------------

def test_van_ban_yaml_is_a_known_dossier_file(tmp_path: Path) -> None:
    result = check(make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN}))
    assert "dossier-stray-file" not in {rule for rule, *_ in findings_of(result)}
    assert findings_of(result, "error") == set()


def test_van_ban_yaml_schema_errors_are_findings_at_their_place(tmp_path: Path) -> None:
    broken = (VAN_BAN.replace('start: "08:00"', 'start: "8 giờ"')
                     .replace("prefix: KT", "prefix: KTT")
                     .replace('number: "215"', "number: 215\n    signed_by: x"))
    result = check(make_dossier(tmp_path, {"van-ban.yaml": broken}))
    assert findings_of(result, "error") == {
        ("schema", "van-ban.yaml", 8, 5),     # signed_by: unknown field
        ("schema", "van-ban.yaml", 11, 63),   # prefix: KTT
        ("schema", "van-ban.yaml", 17, 10),   # start: not HH:MM
    }
    assert ("yaml-unquoted-text", "van-ban.yaml", 7, 13) in findings_of(result, "warning")


def test_a_vote_counting_more_than_the_members_present_is_a_finding(tmp_path: Path) -> None:
    broken = VAN_BAN.replace("vote: {agree: 34, total: 35}", "vote: {agree: 34, total: 35, against: 2}")
    result = check(make_dossier(tmp_path, {"van-ban.yaml": broken}))
    assert findings_of(result, "error") == {("meeting-vote", "van-ban.yaml", 18, 17)}


def test_the_document_header_comes_from_van_ban_yaml(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN})
    page = read_html(report(dossier, "--document", "bao-cao-tham-tra", "--format", "html").stdout)
    assert page.text_of("p", "co-quan-chu-quan") == ["ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM"]
    assert page.text_of("p", "co-quan") == ["ỦY BAN NHÂN DÂN HUYỆN THỬ NGHIỆM"]
    assert page.text_of("p", "so-ky-hieu") == ["Số: 215/BC-UBND"]
    assert page.text_of("p", "dia-danh") == ["Minh Hòa, ngày 05 tháng 02 năm 2025"]
    assert page.text_of("p", "chu-ky") == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert page.text_of("p", "chu-ky-ten") == ["Phạm Văn Dũng"]
    assert page.text_of("p", "noi-nhan-muc") == ["- Như trên;", "- Lưu: VT."]


def test_without_van_ban_yaml_the_number_date_and_signer_are_left_blank(met_dossier: Path) -> None:
    result = report(met_dossier, "--document", "bao-cao-tham-tra", "--format", "html")
    page = read_html(result.stdout)
    assert page.text_of("p", "dia-danh") == ["…, ngày … tháng … năm …"]
    assert page.text_of("p", "so-ky-hieu") == ["Số: /BC"]
    assert "documents.bao-cao-tham-tra" in result.stderr


def test_the_vote_and_its_percentage(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, {"van-ban.yaml": VAN_BAN})
    text = report(dossier, "--document", "bien-ban-hop").stdout
    assert "là 34/35 thành viên tham dự, đạt 97,14%." in text
    assert "Vào hồi 08 giờ 00 phút, ngày 01 tháng 3 năm 2025" in text


def test_each_figure_is_rounded_by_the_documents_rule(tmp_path: Path) -> None:
    # 1.2 is 99.6%: no decimals, half-up gives 100%, truncated 99% — as the document says
    def value_of_1_2(rounding: str) -> str:
        van_ban = VAN_BAN.replace("rounding: {decimals: 2, mode: half_up}", rounding)
        dossier = make_dossier(tmp_path, {"van-ban.yaml": van_ban}, name=str(abs(hash(rounding))))
        page = read_html(report(dossier, "--document", "bao-cao-tham-tra", "--format", "html").stdout)
        row = next(r for r in page.table("tieu-chi") if r[0] == "1.2")
        return row[4]

    assert value_of_1_2("rounding: {decimals: 2}") == "99,6% (2.490/2.500)"
    assert value_of_1_2("rounding: {decimals: 0}") == "100% (2.490/2.500)"
    assert value_of_1_2('rounding: {decimals: 0, indicators: {"1.2": {mode: down}}}') == "99% (2.490/2.500)"


# --- formatting helpers ------------------------------------------------------------------------------

@pytest.mark.parametrize(("day", "text"), [
    ((2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
    ((2024, 8, 20), "ngày 20 tháng 8 năm 2024"),
    ((2024, 11, 3), "ngày 03 tháng 11 năm 2024"),
    ((2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
])
def test_dates_are_written_in_full_with_the_decrees_leading_zeros(day: tuple[int, int, int], text: str) -> None:
    import datetime as dt

    assert full_date(dt.date(*day), "vi") == text


def test_times_read_as_in_minutes() -> None:
    assert clock_time("8:05", "vi") == "08 giờ 05 phút"
    assert clock_time(None, "vi") == "… giờ … phút"


@pytest.mark.parametrize(("args", "text"), [
    ((1234567.891, "vi"), "1.234.567,89"),
    ((1234567.891, "en"), "1,234,567.89"),
    ((66.666, "vi", 2, "half_up"), "66,67"),
    ((66.666, "vi", 2, "down"), "66,66"),
    ((2.5, "vi", 0, "half_up"), "3"),
    ((100.0, "vi"), "100"),
])
def test_numbers_use_the_vietnamese_separators_and_an_explicit_rounding(args: tuple, text: str) -> None:  # type: ignore[type-arg]
    assert format_number(*args) == text


def test_percentages_are_computed_exactly_then_rounded_once() -> None:
    assert percent(11, 19, "vi", 1, "down") == "57,8"   # as published: truncated
    assert percent(11, 19, "vi", 1, "half_up") == "57,9"
    assert percent(35, 35, "vi") == "100"


def test_example_documents_render_for_every_format(tmp_path: Path) -> None:
    for suffix in ("md", "html", "docx"):
        target = tmp_path / f"bb.{suffix}"
        assert report(DAT, "--document", "bien-ban-hop", "--output", target).exit_code == 0
        assert target.stat().st_size > 1000
    with zipfile.ZipFile(io.BytesIO((tmp_path / "bb.docx").read_bytes())) as archive:
        assert "word/document.xml" in archive.namelist()


def test_met_fixture_is_unchanged_by_reporting() -> None:
    before = tree_digest(MET_DOSSIER)
    assert report(MET_DOSSIER).exit_code == 0
    assert tree_digest(MET_DOSSIER) == before


# --- the wording ---------------------------------------------------------------------------------

def test_every_document_text_is_in_both_languages() -> None:
    from ntmcli.i18n.documents import DOCUMENT_TEXT

    assert [key for key, entry in DOCUMENT_TEXT.items()
            if set(entry) != {"vi", "en"} or not all(entry.values())] == []


def test_every_wording_key_a_shipped_template_uses_exists() -> None:
    import re

    from ntmcli.i18n.catalog import MESSAGES
    from ntmcli.i18n.documents import DOCUMENT_TEXT
    from ntmcli.templates import shipped_templates_dir

    used = {key for path in (shipped_templates_dir() / "report").glob("*.j2")
            for key in re.findall(r'\bt\("([A-Za-z0-9_.\-]+)"', path.read_text(encoding="utf-8"))}
    known = set(DOCUMENT_TEXT) | set(MESSAGES)
    prefixes = {key for key in used if key.endswith(".")}  # completed in the template: "doc.col." ~ stage
    assert len(used) > 50
    assert used - prefixes - known == set()
    assert {p for p in prefixes if not any(k.startswith(p) for k in known)} == set()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_document_renders_in_both_languages(lang: str) -> None:
    from test_report_support import DOCUMENTS

    for document in DOCUMENTS:
        for dossier in (DAT, LOI, MET_DOSSIER):
            result = report(dossier, "--document", document, "--lang", lang)
            assert result.exit_code in (0, 1), (document, dossier, result.stderr)
            assert ("CỘNG HÒA" in result.stdout) == (lang == "vi")


def test_the_documentation_lists_every_template_variable() -> None:
    from ntmcli import __version__
    from ntmcli.check import check_dossier
    from ntmcli.report.context import ReportSource, build_context
    from ntmcli.report.documents import SHIPPED
    from ntmcli.report.run import _documents

    source = ReportSource(check_dossier(DAT, ".", []), _documents(DAT), SHIPPED["bao-cao-tham-tra"],
                          "vi", dossier_digest(DAT), __version__)
    documented = (Path(__file__).resolve().parent.parent / "docs" / "report.md").read_text(encoding="utf-8")
    missing = sorted(name for name in _names(build_context(source)) if f"`{name}`" not in documented)
    assert missing == []


PERSON = {"name", "position", "role", "note"}


def _names(value: object, path: str = "") -> set[str]:
    """Dotted names of a context's values: `a.b`, `a[].b` inside lists of mappings, `person.x` for a
    person, `conditions[].x` for an indicator inside a criterion (documented once)."""
    if isinstance(value, dict):
        if set(value) == PERSON:
            return {path.removesuffix("[]")} | {f"person.{key}" for key in value}
        path = "conditions[]" if path == "criteria[].indicators[]" else path
        found: set[str] = set()
        for key, inner in value.items():
            found |= _names(inner, f"{path}.{key}" if path else key)
        return found
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return {path} | _names(value[0], f"{path}[]")
    return {path}
