"""The special-area rule: a commune in a category the set names (khu vực III, an toàn khu…) is judged
on another region's thresholds (TDMNPB) whatever its region, with a note saying so.

The rule is data in the set (`classification.special_areas`, with sources): the 2022 wording of
QĐ 318/QĐ-TTg in the 2021-2025 sets, the 2024 wording of QĐ 211/QĐ-TTg in their 2024 layers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check, edit, findings_of, make_dossier, met_files

from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.commands import run_show
from ntmcli.criteria.resolve import resolve_ref

CATALOGUE = (Path(__file__).parent / "fixtures" / "criteria-catalogue").resolve()


def dossier_with(tmp_path: Path, *, special_area: str | None, electricity: str = "96") -> Path:
    """The golden `met` dossier (DBSH) with the special-area layer as its profile; 1.2 at
    `electricity` % (DBSH requires 99, the general threshold TDMNPB falls back on is 95)."""
    files = met_files()
    meta = edit(files["dossier.yaml"], "criteria: test-xa@2021-2025\n",
                "criteria: test-xa@2021-2025\nprofile: test-xa-vung-dac-biet@2024\n")
    meta = meta.replace("criteria_dirs: [", f"criteria_dirs: [\"{CATALOGUE.as_posix()}\", ", 1)
    if special_area is not None:
        meta = edit(meta, "classification: DBSH\n", f"classification: DBSH\nspecial_area: {special_area}\n")
    numbers = {"96": (2400, 2500), "94": (2350, 2500)}[electricity]
    criterion = edit(files["tieu-chi/01-dien.yaml"],
                     "    value: 99.6\n    numerator: 2490\n    denominator: 2500\n",
                     f"    value: {electricity}\n    numerator: {numbers[0]}\n    denominator: {numbers[1]}\n")
    return make_dossier(tmp_path, {"dossier.yaml": meta, "tieu-chi/01-dien.yaml": criterion})


def electricity_status(root: Path) -> tuple[str, object]:
    (report,) = check(root).dossiers
    assert report.unit is not None
    result = next(i for c in report.unit.criteria for i in c.indicators if i.id == "1.2")
    return result.status, result.threshold.value if result.threshold else None


def test_without_a_special_area_the_region_threshold_applies(tmp_path: Path) -> None:
    assert electricity_status(dossier_with(tmp_path, special_area=None)) == ("chua_dat", 99)


@pytest.mark.parametrize("area", ["khu-vuc-iii", "bai-ngang-ven-bien"])
def test_a_special_area_commune_is_judged_on_the_moved_column(tmp_path: Path, area: str) -> None:
    root = dossier_with(tmp_path, special_area=area)
    assert electricity_status(root) == ("dat", 95)
    result = check(root)
    (note,) = [f for f in result.findings if f.rule == "dossier-special-area"]
    assert (note.severity.value, note.arguments["to"], note.arguments["declared"]) == ("info", "TDMNPB", "DBSH")
    assert note.arguments["source"] == "04/QĐ-THU"


def test_the_moved_column_still_judges(tmp_path: Path) -> None:
    assert electricity_status(dossier_with(tmp_path, special_area="khu-vuc-iii", electricity="94")) == ("chua_dat", 95)


def test_an_unknown_category_is_an_error_and_changes_nothing(tmp_path: Path) -> None:
    root = dossier_with(tmp_path, special_area="khu-vuc-iv")
    assert electricity_status(root) == ("chua_dat", 99)
    assert ("dossier-unknown-special-area", "dossier.yaml", 9, 15) in findings_of(check(root), "error")


def test_a_set_without_the_rule_knows_no_category(tmp_path: Path) -> None:
    meta = edit(met_files()["dossier.yaml"], "classification: DBSH\n",
                "classification: DBSH\nspecial_area: khu-vuc-iii\n")
    result = check(make_dossier(tmp_path, {"dossier.yaml": meta}))
    (error,) = [f for f in result.findings if f.rule == "dossier-unknown-special-area"]
    assert error.arguments["allowed"] == "—"


# --- the rule in the shipped sets ----------------------------------------------------------------

def areas(ref: str) -> dict[str, str]:
    effective, findings = resolve_ref(Catalog.with_dirs([]), ref)
    assert findings == [] and effective is not None and effective.classification is not None
    return {a.code: a.moves_to for a in effective.classification.special_areas}


@pytest.mark.parametrize("ref", ["xa-ntm@2021-2025", "xa-ntm-nang-cao@2021-2025"])
def test_2022_wording(ref: str) -> None:
    assert areas(ref) == {"dac-biet-kho-khan": "TDMNPB", "atk-huyen-ngheo": "TDMNPB",
                          "atk-huyen-thoat-ngheo-2018-2020": "TDMNPB"}


@pytest.mark.parametrize("ref", ["xa-ntm@2024", "xa-ntm-nang-cao@2024"])
def test_2024_wording(ref: str) -> None:
    assert areas(ref) == {"khu-vuc-ii": "TDMNPB", "khu-vuc-iii": "TDMNPB", "bai-ngang-ven-bien": "TDMNPB",
                          "atk-huyen-ngheo": "TDMNPB"}


def test_a_special_area_changes_the_real_electricity_threshold_of_nang_cao() -> None:
    # QĐ 1327/QĐ-BCT: nâng cao 4.2 is 100% in ĐBSH, 98% in TDMNPB
    def electricity(**selection: str) -> list[object]:
        doc = run_show("xa-ntm-nang-cao@2024", year=2024, **selection)
        indicator = next(i for c in doc["criteria"] for i in c["indicators"] if i["id"] == "4.2")
        return [t["value"] for t in indicator["thresholds"]]

    assert electricity(region="DBSH") == [100]
    assert electricity(region="DBSH", special_area="khu-vuc-iii") == [98]
