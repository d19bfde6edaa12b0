"""ntmcli.evaluate: indicator → criterion → unit attainment, and the verdicts people wrote.

Statuses: dat (met), chua_dat (not met), khong_xac_dinh (undetermined), khong_xet (not
applicable). "Cơ bản đạt" (largely met) is kept as written and never counted as met.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import CRITERIA_DIR, check, edit, findings_of, make_dossier, met_files, rules_of
from ntmcli.evaluate.engine import disagrees
from ntmcli.evaluate.results import CHUA_DAT, DAT, KHONG_XAC_DINH, KHONG_XET, combine

MET = met_files()


# --- combine() -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("parts", "whole"), [
    ([DAT, DAT, DAT], DAT),
    ([DAT, CHUA_DAT, DAT], CHUA_DAT),
    ([KHONG_XAC_DINH, CHUA_DAT, DAT], CHUA_DAT),      # one unmet part decides, whatever is unknown
    ([DAT, KHONG_XAC_DINH], KHONG_XAC_DINH),          # unknown is never met
    ([DAT, KHONG_XET], DAT),                          # not applicable parts do not count
    ([KHONG_XET, KHONG_XET], KHONG_XET),
    ([KHONG_XET, CHUA_DAT], CHUA_DAT),
    ([], KHONG_XAC_DINH),                             # nothing to judge is not "met"
])
def test_combine(parts: list[str], whole: str) -> None:
    assert combine(parts) == whole


# --- verdicts ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("verdict", "status", "disagreement"), [
    ("dat", DAT, False),
    ("dat", CHUA_DAT, True),
    ("chua_dat", DAT, True),
    ("chua_dat", CHUA_DAT, False),
    ("co_ban_dat", DAT, True),          # "cơ bản đạt" is not met
    ("co_ban_dat", CHUA_DAT, False),
    ("dat", KHONG_XAC_DINH, False),     # nothing to contradict while undetermined
    ("chua_dat", KHONG_XET, False),
    (None, CHUA_DAT, False),
])
def test_disagrees(verdict: str | None, status: str, disagreement: bool) -> None:
    assert disagrees(verdict, status) is disagreement


def test_co_ban_dat_everywhere_never_makes_a_criterion_met(tmp_path: Path) -> None:
    # 3.2 not met; the commune and both appraisals write "cơ bản đạt": the criterion stays unmet
    text = edit(MET["tieu-chi/03-thu-nhap.yaml"], "value: 1.8", "value: 4.5\n    self_assessment: co_ban_dat")
    text += ("appraisals:\n  - stage: tham_tra\n    result: co_ban_dat\n"
             "  - stage: tham_dinh\n    result: co_ban_dat\n    indicators: {\"3.2\": co_ban_dat}\n")
    result = check(make_dossier(tmp_path, {"tieu-chi/03-thu-nhap.yaml": text}))
    unit = result.dossiers[0].unit
    income = next(c for c in unit.criteria if c.id == "3")
    assert income.status == CHUA_DAT
    assert (income.verdicts.tham_tra, income.verdicts.tham_dinh) == ("co_ban_dat", "co_ban_dat")
    assert unit.status == CHUA_DAT
    assert not rules_of(result) & {"self-assessment-mismatch", "appraisal-mismatch"}


def test_the_last_appraisal_of_a_stage_is_the_verdict(tmp_path: Path) -> None:
    text = MET["tieu-chi/02-giao-duc.yaml"].decode() + (
        "appraisals:\n  - stage: tham_tra\n    result: chua_dat\n"
        "  - stage: tham_tra\n    result: dat\n")
    result = check(make_dossier(tmp_path, {"tieu-chi/02-giao-duc.yaml": text}))
    education = next(c for c in result.dossiers[0].unit.criteria if c.id == "2")
    assert education.verdicts.tham_tra == "dat"
    assert "appraisal-mismatch" not in rules_of(result)


def test_an_appraisal_naming_an_unknown_indicator(tmp_path: Path) -> None:
    text = MET["tieu-chi/02-giao-duc.yaml"].decode() + (
        "appraisals:\n  - stage: tham_tra\n    indicators: {\"2.9\": dat}\n")
    result = check(make_dossier(tmp_path, {"tieu-chi/02-giao-duc.yaml": text}))
    assert ("dossier-unknown-indicator", "tieu-chi/02-giao-duc.yaml", 12, 18) in findings_of(result)



def test_an_appraisal_of_conditions_is_compared_condition_by_condition(tmp_path: Path) -> None:
    conditions = MET["dieu-kien.yaml"].decode() + (
        "appraisals:\n  - stage: tham_dinh\n    indicators: {hai-long: dat, no-dong-xdcb: co_ban_dat}\n")
    result = check(make_dossier(tmp_path, {"dieu-kien.yaml": conditions}))
    assert findings_of(result, "warning") - {("criteria-illustrative", "dossier.yaml", 10, 11)} == {
        ("appraisal-mismatch", "dieu-kien.yaml", 11, 47)}


def test_an_appraisal_naming_an_unknown_condition(tmp_path: Path) -> None:
    conditions = MET["dieu-kien.yaml"].decode() + (
        "appraisals:\n  - stage: tham_tra\n    indicators: {hai-long-x: dat}\n")
    result = check(make_dossier(tmp_path, {"dieu-kien.yaml": conditions}))
    assert ("dossier-unknown-condition", "dieu-kien.yaml", 11, 18) in findings_of(result)

# --- indicators and criteria ---------------------------------------------------------------------------

def test_a_broken_criterion_file_is_undetermined_not_also_missing(tmp_path: Path) -> None:
    text = edit(MET["tieu-chi/02-giao-duc.yaml"], "self_assessment: dat", "self_assessment: gioi")
    result = check(make_dossier(tmp_path, {"tieu-chi/02-giao-duc.yaml": text}))
    assert rules_of(result, "error") == {"schema"}
    education = next(c for c in result.dossiers[0].unit.criteria if c.id == "2")
    assert education.status == KHONG_XAC_DINH
    assert education.reason.key == "reason.file_invalid"


def test_a_met_dossier_counts_everything(met_dossier: Path) -> None:
    unit = check(met_dossier).dossiers[0].unit
    assert unit.status == DAT
    assert [c.status for c in unit.criteria] == [DAT] * 4
    assert (unit.criteria_met, unit.criteria_applicable) == (4, 4)
    assert (unit.indicators_met, unit.indicators_applicable) == (8, 8)
    assert (unit.conditions_met, unit.conditions_applicable) == (3, 3)


def test_each_indicator_result_says_which_threshold_applied(met_dossier: Path) -> None:
    unit = check(met_dossier).dossiers[0].unit
    income = next(i for c in unit.criteria for i in c.indicators if i.id == "3.1")
    assert income.threshold.class_ == "DBSH" and income.threshold.value == 60
    assert income.value == 62.5
    assert (income.file.endswith("tieu-chi/03-thu-nhap.yaml"), income.line, income.column) == (True, 4, 5)


def test_a_high_value_against_an_unestablished_threshold_is_undetermined(tmp_path: Path) -> None:
    files = {"dossier.yaml": edit(MET["dossier.yaml"], "classification: DBSH", "classification: TN"),
             "tieu-chi/03-thu-nhap.yaml": edit(MET["tieu-chi/03-thu-nhap.yaml"], "value: 85", "value: 100")}
    unit = check(make_dossier(tmp_path, files)).dossiers[0].unit
    score = next(i for c in unit.criteria for i in c.indicators if i.id == "3.3")
    assert score.status == KHONG_XAC_DINH
    assert score.reason.key == "reason.no_threshold"
    assert unit.status == KHONG_XAC_DINH


def test_no_threshold_for_the_year_is_undetermined(tmp_path: Path) -> None:
    # 3.1 has thresholds for 2024, 2025 and for DBSH; region TN in 2023 has none
    meta = edit(edit(MET["dossier.yaml"], "classification: DBSH", "classification: TN"),
                "year: 2025", "year: 2023")
    result = check(make_dossier(tmp_path, {"dossier.yaml": meta}))
    income = next(i for c in result.dossiers[0].unit.criteria for i in c.indicators if i.id == "3.1")
    assert income.status == KHONG_XAC_DINH
    assert income.reason.key == "reason.no_threshold_for_class"


def test_an_optional_indicator_not_applicable_is_not_considered_even_with_a_value(tmp_path: Path) -> None:
    text = edit(MET["tieu-chi/04-van-hoa.yaml"], "value: true", "value: false\n    applicable: false")
    result = check(make_dossier(tmp_path, {"tieu-chi/04-van-hoa.yaml": text}))
    unit = result.dossiers[0].unit
    culture = next(c for c in unit.criteria if c.id == "4")
    assert culture.status == KHONG_XET
    assert (culture.indicators_met, culture.indicators_applicable) == (0, 0)
    assert unit.status == DAT and (unit.criteria_met, unit.criteria_applicable) == (3, 3)
    assert rules_of(result, "error") == set()


def test_an_unmet_indicator_decides_even_when_another_is_unknown(tmp_path: Path) -> None:
    text = edit(edit(MET["tieu-chi/03-thu-nhap.yaml"], "value: 1.8", "value: 4.5"),
                '  - id: "3.3"\n    value: 85\n', '  - id: "3.3"\n')
    unit = check(make_dossier(tmp_path, {"tieu-chi/03-thu-nhap.yaml": text})).dossiers[0].unit
    income = next(c for c in unit.criteria if c.id == "3")
    assert [i.status for i in income.indicators] == [DAT, CHUA_DAT, KHONG_XAC_DINH]
    assert income.status == CHUA_DAT and unit.status == CHUA_DAT


@pytest.mark.parametrize(("value", "rule"), [("1.0e-27", "indicator-not-met"),
                                             ("-1.0e+27", "value-negative")])
def test_an_absurd_value_is_reported_not_crashed_on(tmp_path: Path, value: str, rule: str) -> None:
    text = edit(MET["tieu-chi/03-thu-nhap.yaml"], "value: 62.5", f"value: {value}")
    result = check(make_dossier(tmp_path, {"tieu-chi/03-thu-nhap.yaml": text}))
    assert (rule, "tieu-chi/03-thu-nhap.yaml", 5, 12) in findings_of(result)


def test_a_stricter_provincial_threshold_applies(tmp_path: Path) -> None:
    # 99.6% meets the national 99% for DBSH but not the province's 100%
    meta = edit(MET["dossier.yaml"], "year: 2025", "profile: test-tinh@2024\nyear: 2025")
    culture = MET["tieu-chi/04-van-hoa.yaml"].decode() + '  - id: "4.2"\n    value: true\n'
    income = edit(MET["tieu-chi/03-thu-nhap.yaml"], '  - id: "3.3"\n    value: 85\n', "")
    result = check(make_dossier(tmp_path, {"dossier.yaml": meta, "tieu-chi/04-van-hoa.yaml": culture,
                                           "tieu-chi/03-thu-nhap.yaml": income}))
    unit = result.dossiers[0].unit
    electricity = next(i for c in unit.criteria for i in c.indicators if i.id == "1.2")
    assert electricity.threshold.value == 100 and electricity.threshold.origin.layer == "test-tinh@2024"
    assert electricity.status == CHUA_DAT
    assert unit.set_ref == "test-tinh@2024"
    assert [layer.ref for layer in unit.layers] == ["test-xa@2021-2025", "test-tinh@2024"]


def test_an_indicator_dropped_by_the_profile_is_unknown_to_the_dossier(tmp_path: Path) -> None:
    meta = edit(MET["dossier.yaml"], "year: 2025", "profile: test-tinh@2024\nyear: 2025")
    culture = MET["tieu-chi/04-van-hoa.yaml"].decode() + '  - id: "4.2"\n    value: true\n'
    result = check(make_dossier(tmp_path, {"dossier.yaml": meta, "tieu-chi/04-van-hoa.yaml": culture}))
    assert rules_of(result, "error") == {"dossier-unknown-indicator"}


def test_a_set_without_conditions_needs_no_conditions_file(tmp_path: Path) -> None:
    meta = (MET["dossier.yaml"].decode().replace("kind: xa", "kind: huyen")
            .replace("test-xa@2021-2025", "test-huyen@2021-2025").replace("classification: DBSH\n", ""))
    files = {"dossier.yaml": meta, "dieu-kien.yaml": None,
             "tieu-chi/01-dien.yaml": None, "tieu-chi/02-giao-duc.yaml": None,
             "tieu-chi/03-thu-nhap.yaml": None, "tieu-chi/04-van-hoa.yaml": None,
             "tieu-chi/01-quy-hoach.yaml": 'criterion: "1"\nindicators:\n  - id: "1.1"\n    value: true\n'}
    result = check(make_dossier(tmp_path, files))
    unit = result.dossiers[0].unit
    assert unit.status == DAT and unit.conditions == ()
    assert rules_of(result) == {"criteria-illustrative"}


# --- checking never writes ---------------------------------------------------------------------------------

def _tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_checking_never_writes_inside_the_dossier(met_dossier: Path) -> None:
    before = _tree_digest(met_dossier)
    check(met_dossier)
    assert _tree_digest(met_dossier) == before


# --- evidence ---------------------------------------------------------------------------------------------

EVIDENCE = "file: minh-chung/bien-ban-dien.txt"


def _evidence_findings(tmp_path: Path, written: str) -> set[str]:
    text = edit(MET["tieu-chi/01-dien.yaml"], EVIDENCE, f"file: {written}")
    return rules_of(check(make_dossier(tmp_path, {"tieu-chi/01-dien.yaml": text})), "error", "info")


@pytest.mark.parametrize("written", ["minh-chung/../minh-chung/bien-ban-dien.txt",
                                     "'minh-chung\\bien-ban-dien.txt'"])  # Windows separators
def test_evidence_paths_that_stay_inside_are_followed(tmp_path: Path, written: str) -> None:
    assert _evidence_findings(tmp_path, written) == set()


def test_climbing_out_and_back_in_stays_inside(tmp_path: Path) -> None:
    # the dossier folder is tmp_path/ho-so
    assert _evidence_findings(tmp_path, "../ho-so/minh-chung/bien-ban-dien.txt") == set()


@pytest.mark.parametrize("written", ["/etc/hostname", "../../bien-ban-dien.txt",
                                     "'C:\\Windows\\win.ini'", "C:minh-chung/bien-ban-dien.txt",
                                     "//server/share/x.pdf"])
def test_evidence_paths_that_leave_the_dossier(tmp_path: Path, written: str) -> None:
    assert _evidence_findings(tmp_path, written) == {"evidence-outside-dossier"}


def test_a_symlink_leading_out_of_the_dossier_is_outside(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("không thuộc hồ sơ\n", encoding="utf-8")
    folder = make_dossier(tmp_path)
    (folder / "minh-chung" / "lien-ket.txt").symlink_to(secret)
    text = edit(MET["tieu-chi/01-dien.yaml"], EVIDENCE, "file: minh-chung/lien-ket.txt")
    (folder / "tieu-chi" / "01-dien.yaml").write_text(text, encoding="utf-8")
    assert rules_of(check(folder), "error") == {"evidence-outside-dossier"}


def test_an_upper_case_sha256_matches(tmp_path: Path) -> None:
    text = MET["tieu-chi/01-dien.yaml"].decode()
    digest = text.split('sha256: "')[1].split('"')[0]
    text = text.replace(digest, digest.upper())
    assert rules_of(check(make_dossier(tmp_path, {"tieu-chi/01-dien.yaml": text})), "error") == set()


def test_evidence_of_a_criterion_and_of_a_condition_are_checked(tmp_path: Path) -> None:
    criterion = MET["tieu-chi/02-giao-duc.yaml"].decode() + (
        "evidence:\n  - {type: Báo cáo, file: minh-chung/khong-co.pdf}\n")
    conditions = edit(MET["dieu-kien.yaml"], "  - id: no-dong-xdcb\n    value: true\n",
                      "  - id: no-dong-xdcb\n    value: true\n    evidence:\n"
                      "      - {type: Báo cáo, file: ../ngoai.pdf}\n")
    result = check(make_dossier(tmp_path, {"tieu-chi/02-giao-duc.yaml": criterion,
                                           "dieu-kien.yaml": conditions}))
    assert findings_of(result, "error") == {
        ("evidence-missing-file", "tieu-chi/02-giao-duc.yaml", 11, 27),
        ("evidence-outside-dossier", "dieu-kien.yaml", 8, 31)}


# --- where the criteria come from ---------------------------------------------------------------------------

def test_a_profile_may_be_a_file_inside_the_dossier(tmp_path: Path) -> None:
    profile = (CRITERIA_DIR / "test-tinh" / "2024.yaml").read_text(encoding="utf-8")
    meta = edit(MET["dossier.yaml"], "year: 2025", "profile: bo-tieu-chi/tinh.yaml\nyear: 2025")
    culture = MET["tieu-chi/04-van-hoa.yaml"].decode() + '  - id: "4.2"\n    value: true\n'
    income = edit(MET["tieu-chi/03-thu-nhap.yaml"], '  - id: "3.3"\n    value: 85\n', "")
    electricity = edit(MET["tieu-chi/01-dien.yaml"], "numerator: 2490", "numerator: 2500")
    electricity = edit(electricity, "value: 99.6", "value: 100")
    result = check(make_dossier(tmp_path, {
        "dossier.yaml": meta, "bo-tieu-chi/tinh.yaml": profile, "tieu-chi/04-van-hoa.yaml": culture,
        "tieu-chi/03-thu-nhap.yaml": income, "tieu-chi/01-dien.yaml": electricity}))
    unit = result.dossiers[0].unit
    assert (unit.set_ref, unit.status) == ("test-tinh@2024", DAT)
    assert rules_of(result) == {"criteria-illustrative"}


def test_a_profile_file_that_does_not_exist(tmp_path: Path) -> None:
    meta = edit(MET["dossier.yaml"], "year: 2025", "profile: bo-tieu-chi/khong-co.yaml\nyear: 2025")
    result = check(make_dossier(tmp_path, {"dossier.yaml": meta}))
    assert findings_of(result) == {("criteria-unknown-set", "dossier.yaml", 12, 10)}
    assert result.dossiers[0].unit is None
