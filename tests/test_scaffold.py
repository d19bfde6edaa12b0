"""`ntm init`: a complete dossier for a criteria set, written whole or not at all.

What a fresh scaffold yields under `ntm check` (decided here): no error; exactly two warnings,
`criteria-illustrative` (the test set is illustrative) and `unit-undetermined` (no figures yet);
and one info per indicator (`indicator-undetermined`) and per condition
(`condition-undetermined`), each saying the dossier gives no value yet. Without
`--classification` the one error is `dossier-unknown-class` on the empty classification.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CRITERIA_DIR, check, findings_of
from ntmcli.cli import app
from ntmcli.dossier.reader import read_dossier

runner = CliRunner()


def init(folder: Path, *options: str) -> tuple[int, str]:
    result = runner.invoke(app, ["init", str(folder), "--criteria", "test-xa@2021-2025",
                                 "--criteria-dir", str(CRITERIA_DIR), *options],
                           catch_exceptions=False)
    return result.exit_code, result.output


def tree_digest(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_writes_every_criterion_file_and_the_conditions(tmp_path: Path) -> None:
    folder = tmp_path / "xa-minh-hoa"
    code, output = init(folder, "--classification", "DBSH", "--lang", "en")
    assert code == 0
    assert "7 files" in output
    assert sorted(tree_digest(folder)) == [
        "dieu-kien.yaml", "dossier.yaml", "minh-chung/.gitkeep",
        "tieu-chi/01-dien.yaml", "tieu-chi/02-giao-duc.yaml",
        "tieu-chi/03-thu-nhap-va-ho-ngheo.yaml", "tieu-chi/04-van-hoa.yaml"]


def test_every_indicator_and_condition_has_an_entry(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    init(folder, "--classification", "DBSH")
    dossier = read_dossier(folder, "ho-so")
    assert dossier.findings == []
    entries = {c.model.criterion: [e.id for e in c.model.indicators] for c in dossier.criteria}
    assert entries == {"1": ["1.1", "1.2"], "2": ["2.1", "2.2"], "3": ["3.1", "3.2", "3.3"], "4": ["4.1"]}
    assert [e.id for e in dossier.conditions.model.conditions] == ["hai-long", "no-dong-xdcb",
                                                                   "an-ninh-trat-tu"]


def test_the_scaffold_keeps_what_was_asked(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    init(folder, "--classification", "TN", "--code", "00004", "--name", "Xã Minh Hòa", "--year", "2024")
    meta = read_dossier(folder, "ho-so").meta.model
    assert (meta.unit.name, meta.unit.code, meta.classification, meta.year) == (
        "Xã Minh Hòa", "00004", "TN", 2024)  # the code keeps its leading zeros
    assert meta.criteria == "test-xa@2021-2025" and meta.target_level == "ntm"
    # the criteria folder is written relative to the dossier, so the scaffold finds its set
    assert (folder / meta.criteria_dirs[0]).resolve() == CRITERIA_DIR.resolve()


def test_the_scaffold_checks_with_no_error_only_missing_figures(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    init(folder, "--classification", "DBSH")
    result = check(folder)
    assert findings_of(result, "error") == set()
    assert {rule for rule, *_ in findings_of(result, "warning")} == {"criteria-illustrative",
                                                                    "unit-undetermined"}
    infos = [f for f in result.findings if f.severity.value == "info"]
    assert Counter(f.rule for f in infos) == {"indicator-undetermined": 8, "condition-undetermined": 3}
    assert {f.arguments["reason_msg"] for f in infos} == {"reason.no_value"}
    unit = result.dossiers[0].unit
    assert unit.status == "khong_xac_dinh"
    assert (unit.criteria_met, unit.indicators_met, unit.conditions_met) == (0, 0, 0)


def test_without_a_classification_the_only_error_is_the_empty_classification(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    init(folder)
    errors = findings_of(check(folder), "error")
    assert [(rule, file) for rule, file, *_ in errors] == [("dossier-unknown-class", "dossier.yaml")]


def test_a_profile_scaffold_has_the_profile_indicators(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    code, _ = init(folder, "--profile", "test-tinh@2024", "--classification", "DBSH")
    assert code == 0
    dossier = read_dossier(folder, "ho-so")
    assert dossier.meta.model.profile == "test-tinh@2024"
    entries = {c.model.criterion: [e.id for e in c.model.indicators] for c in dossier.criteria}
    assert entries["3"] == ["3.1", "3.2"] and entries["4"] == ["4.1", "4.2"]
    assert findings_of(check(folder), "error") == set()


def test_init_into_an_empty_existing_folder_is_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "ho-so"
    folder.mkdir()
    code, _ = init(folder, "--classification", "DBSH")
    assert code == 0 and (folder / "dossier.yaml").is_file()


@pytest.mark.parametrize("existing", [{"ghi-chu.txt": b"do not touch"},
                                      {"dossier.yaml": b"# my dossier\n", "tieu-chi/01.yaml": b"x: 1\n"}])
def test_init_refuses_a_non_empty_folder_and_leaves_it_untouched(tmp_path: Path,
                                                                 existing: dict[str, bytes]) -> None:
    folder = tmp_path / "ho-so"
    for relative, data in existing.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)
    before = tree_digest(tmp_path)
    code, output = init(folder, "--lang", "en")
    assert code == 2
    assert "already exists and is not empty" in output
    assert tree_digest(tmp_path) == before  # nothing written, no staging folder left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ho-so"]


def test_init_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    target = tmp_path / "ho-so"
    target.write_text("a file\n", encoding="utf-8")
    code, _ = init(target)
    assert code == 2
    assert target.read_text(encoding="utf-8") == "a file\n"


def test_init_with_an_unknown_set_writes_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "ho-so"), "--criteria", "test-xa@1999",
                                 "--criteria-dir", str(CRITERIA_DIR), "--lang", "en"],
                           catch_exceptions=False)
    assert result.exit_code == 2
    assert "test-xa@1999" in result.output
    assert list(tmp_path.iterdir()) == []
