"""ntmcli.check: finding the dossiers under a path, and what a result's exit code says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import CRITERIA_DIR, check, edit, make_dossier, met_files
from ntmcli.check import UsageError, discover, run_check


def test_a_repository_of_dossiers_is_walked_in_order_skipping_hidden_and_tool_folders(
        tmp_path: Path) -> None:
    for name in ("tinh/huyen-b/xa-2", "tinh/huyen-a/xa-1", ".git/xa-an", "node_modules/xa-npm",
                 "tinh/.nhap/xa-nhap"):
        make_dossier(tmp_path, name=name)
    found = [display for _, display in discover(tmp_path)]
    assert found == [f"{tmp_path.as_posix()}/tinh/huyen-a/xa-1", f"{tmp_path.as_posix()}/tinh/huyen-b/xa-2"]


def test_a_dossier_does_not_contain_dossiers(tmp_path: Path) -> None:
    outer = make_dossier(tmp_path, name="xa")
    make_dossier(outer, name="ban-sao-cu")  # an old copy kept inside is not a second dossier
    assert [root for root, _ in discover(tmp_path)] == [outer]


def test_the_dossier_folder_itself(met_dossier: Path) -> None:
    assert discover(met_dossier) == [(met_dossier, met_dossier.as_posix())]


def test_a_file_inside_a_dossier_names_its_dossier(met_dossier: Path) -> None:
    ((root, _),) = discover(met_dossier / "tieu-chi" / "01-dien.yaml")
    assert root == met_dossier.resolve()


@pytest.mark.parametrize("what", ["missing", "empty"])
def test_nothing_to_check_is_a_usage_error(tmp_path: Path, what: str) -> None:
    path = tmp_path / "khong-co" if what == "missing" else tmp_path
    with pytest.raises(UsageError) as raised:
        discover(path)
    assert raised.value.key == ("error.no_path" if what == "missing" else "error.no_dossier")


def test_a_missing_criteria_folder_is_a_usage_error(met_dossier: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        run_check([met_dossier], [tmp_path / "khong-co"])


def test_several_dossiers_in_one_run_keep_their_own_findings(tmp_path: Path) -> None:
    good = make_dossier(tmp_path, name="a-dat")
    bad = make_dossier(tmp_path, {"tieu-chi/04-van-hoa.yaml": None}, name="b-thieu")
    result = check(tmp_path)
    assert [r.path for r in result.dossiers] == [good.as_posix(), bad.as_posix()]
    assert {f.rule for f in result.dossiers[0].findings} == {"criteria-illustrative"}
    assert "dossier-missing-criterion" in {f.rule for f in result.dossiers[1].findings}
    assert len(result.findings) == sum(len(r.findings) for r in result.dossiers)


def test_exit_code_follows_the_worst_severity(tmp_path: Path) -> None:
    result = check(make_dossier(tmp_path, {"tieu-chi/04-van-hoa.yaml": None}))
    assert [result.exit_code(level) for level in ("error", "warning", "info", "never")] == [1, 1, 1, 0]


# --- one assessment, one reading of the criteria ---------------------------------------------------

def test_dossiers_pinning_one_set_each_hear_of_their_own_reference(tmp_path: Path) -> None:
    """The sets a repository pins are resolved once per assessment; what is wrong with a reference
    is still said in the dossier that writes it, at its line."""
    dossier = met_files()["dossier.yaml"]
    make_dossier(tmp_path, name="xa-a")
    make_dossier(tmp_path, name="xa-b")
    make_dossier(tmp_path, {"dossier.yaml": edit(dossier, "criteria: test-xa@2021-2025",
                                                 "criteria: test-xa@2021-2025\nprofile: tinh/khong-co.yaml")},
                 name="xa-c")
    make_dossier(tmp_path, {"dossier.yaml": edit(dossier, "test-xa@2021-2025", "test-xa@2099")}, name="xa-d")
    result = check(tmp_path)
    units = {Path(r.path).name: (r.unit.status if r.unit else None) for r in result.dossiers}
    assert units == {"xa-a": "dat", "xa-b": "dat", "xa-c": None, "xa-d": None}
    unknown = sorted((Path(f.file).parent.name, f.line) for f in result.findings
                     if f.rule == "criteria-unknown-set")
    assert unknown == [("xa-c", 11), ("xa-d", 10)]


def test_a_later_assessment_reads_the_criteria_as_they_are_then(tmp_path: Path) -> None:
    criteria = tmp_path / "bo-tieu-chi"
    shutil.copytree(CRITERIA_DIR, criteria)
    root = make_dossier(tmp_path, {"dossier.yaml": edit(met_files()["dossier.yaml"],
                                                        json.dumps([CRITERIA_DIR.resolve().as_posix()]),
                                                        json.dumps([criteria.as_posix()]))})
    assert check(root).dossiers[0].unit.status == "dat"
    table = criteria / "test-xa" / "2021-2025.yaml"
    table.write_text(edit(table.read_text(encoding="utf-8"), "{class: DBSH, value: 60,",
                          "{class: DBSH, value: 70,"), encoding="utf-8")
    assert check(root).dossiers[0].unit.status == "chua_dat"  # 62.5 no longer meets it


def _pinned_to(folder: str, name: str, tmp_path: Path) -> Path:
    return make_dossier(tmp_path, {"dossier.yaml": edit(met_files()["dossier.yaml"],
                                                        json.dumps([CRITERIA_DIR.resolve().as_posix()]),
                                                        json.dumps([folder]))}, name=name)


def _criteria_copy(folder: Path, dbsh_income: int) -> None:
    shutil.copytree(CRITERIA_DIR, folder)
    table = folder / "test-xa" / "2021-2025.yaml"
    table.write_text(edit(table.read_text(encoding="utf-8"), "{class: DBSH, value: 60,",
                          f"{{class: DBSH, value: {dbsh_income},"), encoding="utf-8")


def test_a_criteria_folder_beside_the_dossiers_is_found_from_each(tmp_path: Path) -> None:
    _criteria_copy(tmp_path / "kho" / "bo-tieu-chi", 70)
    for name in ("huyen-a/xa-1", "huyen-a/xa-2", "huyen-b/xa-3"):
        _pinned_to("../../bo-tieu-chi", name, tmp_path / "kho")
    result = check(tmp_path / "kho")
    assert [r.unit.status for r in result.dossiers] == ["chua_dat"] * 3  # 62.5 < 70 there


def test_a_criteria_folder_named_through_a_link_is_the_one_the_link_leads_to(tmp_path: Path) -> None:
    """`lien-ket/../bo-tieu-chi` climbs from where the link leads, as the file system does."""
    _criteria_copy(tmp_path / "kho" / "bo-tieu-chi", 60)
    _criteria_copy(tmp_path / "noi-khac" / "bo-tieu-chi", 70)
    (tmp_path / "noi-khac" / "con").mkdir()
    root = _pinned_to("lien-ket/../bo-tieu-chi", "xa-1", tmp_path / "kho")
    (root / "lien-ket").symlink_to(tmp_path / "noi-khac" / "con")
    (root / "bo-tieu-chi").symlink_to(tmp_path / "kho" / "bo-tieu-chi")  # what the words alone name
    assert check(root).dossiers[0].unit.status == "chua_dat"
