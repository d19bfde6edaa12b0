"""ntmcli.criteria.resolve: layers merged base first into one effective set; broken chains are
findings at the `extends` line that breaks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BROKEN_CRITERIA_DIR, CRITERIA_DIR, check, make_dossier, met_files, rules_of
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import EffectiveSet, Indicator
from ntmcli.criteria.resolve import resolve_ref


def catalog(*extra: Path) -> Catalog:
    return Catalog.with_dirs([*extra, CRITERIA_DIR, BROKEN_CRITERIA_DIR])


def resolved(ref: str, *extra: Path) -> EffectiveSet:
    criteria_set, findings = resolve_ref(catalog(*extra), ref)
    assert findings == []
    assert criteria_set is not None
    return criteria_set


def indicator(criteria_set: EffectiveSet, indicator_id: str) -> Indicator:
    return next(i for c in criteria_set.criteria for i in c.indicators if i.id == indicator_id)


def thresholds(ind: Indicator) -> dict[tuple[str | None, int | None], object]:
    return {(t.class_, t.year): t.value for t in ind.thresholds}


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if line.startswith(start))


def write_layer(folder: Path, set_id: str, version: str, body: str) -> Path:
    path = folder / set_id / f"{version}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"id: {set_id}\nversion: \"{version}\"\n{body}", encoding="utf-8")
    return path


# --- the base set --------------------------------------------------------------------------------

def test_base_set_has_its_criteria_indicators_and_conditions() -> None:
    base = resolved("test-xa@2021-2025")
    assert [c.id for c in base.criteria] == ["1", "2", "3", "4"]
    assert {i.id: i.kind for c in base.criteria for i in c.indicators} == {
        "1.1": "boolean", "1.2": "percent", "2.1": "ratio", "2.2": "level",
        "3.1": "number", "3.2": "percent", "3.3": "score", "4.1": "boolean"}
    assert [c.id for c in base.conditions] == ["hai-long", "no-dong-xdcb", "an-ninh-trat-tu"]
    assert base.classification.codes() == ["TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL"]
    assert base.period == (2021, 2025)
    assert base.illustrative


def test_boolean_and_level_indicators_default_their_comparator() -> None:
    base = resolved("test-xa@2021-2025")
    assert indicator(base, "1.1").comparator == "="
    assert indicator(base, "2.2").comparator == ">="


def test_every_figure_remembers_its_layer_and_place() -> None:
    base = resolved("test-xa@2021-2025")
    dbsh = next(t for t in indicator(base, "1.2").thresholds if t.class_ == "DBSH")
    assert dbsh.origin.layer == "test-xa@2021-2025"
    assert dbsh.origin.file.endswith("test-xa/2021-2025.yaml")
    assert dbsh.origin.line == line_of(CRITERIA_DIR / "test-xa" / "2021-2025.yaml",
                                       "          - {class: DBSH, value: 99")
    assert (dbsh.source, dbsh.confidence) == ("test-minh-hoa", "illustrative")


def test_a_threshold_nobody_established_is_kept_as_null() -> None:
    base = resolved("test-xa@2021-2025")
    tn = indicator(base, "3.3").threshold_for("TN", 2025)
    assert tn is not None and tn.class_ == "TN"
    assert not tn.established


# --- threshold choice -----------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "year", "expected"), [
    ("DBSH", 2025, 60),   # the class threshold beats the year threshold
    ("DBSH", 2024, 60),
    ("TN", 2025, 55),     # no class threshold: the year's
    ("TN", 2024, 50),
    ("TN", 2023, None),   # nothing applies
])
def test_class_beats_year(region: str, year: int, expected: float | None) -> None:
    chosen = indicator(resolved("test-xa@2021-2025"), "3.1").threshold_for(region, year)
    assert (chosen.value if chosen else None) == expected


def test_class_and_year_together_beat_class_alone(tmp_path: Path) -> None:
    write_layer(tmp_path, "tinh-nam", "1", "extends: test-xa@2021-2025\ncriteria:\n"
                "  - id: \"3\"\n    indicators:\n      - id: \"3.1\"\n        thresholds:\n"
                "          - {class: DBSH, year: 2025, value: 70}\n")
    income = indicator(resolved("tinh-nam@1", tmp_path), "3.1")
    assert income.threshold_for("DBSH", 2025).value == 70
    assert income.threshold_for("DBSH", 2024).value == 60


def test_a_class_free_threshold_applies_to_every_region() -> None:
    electricity = indicator(resolved("test-xa@2021-2025"), "1.2")
    assert electricity.threshold_for("TN", 2025).value == 95
    assert electricity.threshold_for("DNB", 2025).value == 99


# --- extends ----------------------------------------------------------------------------------------

def test_profile_overrides_one_threshold_and_inherits_the_others() -> None:
    electricity = indicator(resolved("test-tinh@2024"), "1.2")
    assert thresholds(electricity) == {(None, None): 95, ("DBSH", None): 100, ("DNB", None): 99}
    layers = {t.class_: t.origin.layer for t in electricity.thresholds}
    assert layers == {None: "test-xa@2021-2025", "DBSH": "test-tinh@2024", "DNB": "test-xa@2021-2025"}
    # fields the profile does not write are inherited
    assert (electricity.name, electricity.kind, electricity.unit) == (
        "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", "percent", "%")


def test_profile_adds_an_indicator_to_an_inherited_criterion() -> None:
    profile = resolved("test-tinh@2024")
    culture = profile.criterion("4")
    assert [i.id for i in culture.indicators] == ["4.1", "4.2"]
    assert culture.name == "Văn hóa"
    assert indicator(profile, "4.2").origin.layer == "test-tinh@2024"


def test_profile_drops_an_indicator() -> None:
    profile = resolved("test-tinh@2024")
    assert [i.id for i in profile.criterion("3").indicators] == ["3.1", "3.2"]


def test_profile_leaves_the_base_set_untouched() -> None:
    resolved("test-tinh@2024")
    base = resolved("test-xa@2021-2025")
    assert thresholds(indicator(base, "1.2"))[("DBSH", None)] == 99
    assert [i.id for i in base.criterion("3").indicators] == ["3.1", "3.2", "3.3"]


def test_profile_knows_its_layers_base_first_and_merges_metadata() -> None:
    profile = resolved("test-tinh@2024")
    assert profile.ref == "test-tinh@2024"
    assert profile.base_refs == ("test-xa@2021-2025", "test-tinh@2024")
    assert profile.title == "Bộ tiêu chí thử nghiệm của tỉnh, năm 2024 (minh họa)"
    assert profile.level == "ntm" and profile.period == (2021, 2025)  # inherited
    assert {s.id for s in profile.sources} == {"test-minh-hoa", "test-tinh-qd"}
    assert all(len(layer.sha256) == 64 for layer in profile.layers)


def test_a_layer_overrides_an_indicator_field(tmp_path: Path) -> None:
    write_layer(tmp_path, "doi-ten", "1", "extends: test-xa@2021-2025\ncriteria:\n"
                "  - id: \"2\"\n    indicators:\n      - id: \"2.2\"\n"
                "        levels: [muc-1, muc-2, muc-3, muc-4]\n        comparator: \">\"\n")
    level = indicator(resolved("doi-ten@1", tmp_path), "2.2")
    assert level.levels == ("muc-1", "muc-2", "muc-3", "muc-4")
    assert level.comparator == ">"
    assert thresholds(level) == {(None, None): "muc-2"}


def test_a_layer_drops_a_whole_criterion_and_a_condition(tmp_path: Path) -> None:
    write_layer(tmp_path, "bo-nhieu", "1", "extends: test-xa@2021-2025\n"
                "drop: {criteria: [\"4\"], conditions: [an-ninh-trat-tu]}\n")
    layer = resolved("bo-nhieu@1", tmp_path)
    assert [c.id for c in layer.criteria] == ["1", "2", "3"]
    assert [c.id for c in layer.conditions] == ["hai-long", "no-dong-xdcb"]


# --- broken chains -------------------------------------------------------------------------------------

def _broken(ref: str, *extra: Path):
    criteria_set, findings = resolve_ref(catalog(*extra), ref)
    assert criteria_set is None
    return findings


def test_cycle_is_reported_at_the_extends_that_closes_it() -> None:
    (found,) = _broken("cycle-a@1")
    assert found.rule == "criteria-cycle"
    assert found.file.endswith("cycle-b/1.yaml")
    assert (found.line, found.column) == (line_of(BROKEN_CRITERIA_DIR / "cycle-b" / "1.yaml", "extends:"), 10)
    assert found.arguments["chain"] == "cycle-a@1 → cycle-b@1 → cycle-a@1"


def test_a_set_extending_itself_is_a_cycle() -> None:
    (found,) = _broken("tu-ke-thua@1")
    assert (found.rule, found.line, found.column) == ("criteria-cycle", 5, 10)
    assert found.file.endswith("tu-ke-thua/1.yaml")


def test_dangling_extends_is_reported_at_the_extends_line_with_a_suggestion() -> None:
    (found,) = _broken("treo@1")
    assert (found.rule, found.line, found.column) == ("criteria-unknown-set", 4, 10)
    assert found.file.endswith("treo/1.yaml")
    assert found.arguments["ref"] == "test-xa@2021-2024"
    assert found.arguments["candidate"] == "test-xa@2021-2025"


def test_dropping_an_unknown_id_is_reported_at_that_id() -> None:
    (found,) = _broken("bo-sai@1")
    assert (found.rule, found.line, found.column) == ("criteria-unknown-id", 7, 16)
    assert found.arguments["id"] == "3.30"
    assert found.arguments["candidate"] == "3.3"


def test_an_indicator_missing_its_kind_after_merging_is_incomplete() -> None:
    findings = _broken("thieu-truong@1")
    assert {(f.rule, f.arguments["field"]) for f in findings} == {
        ("criteria-incomplete", "name"), ("criteria-incomplete", "kind"),
        ("criteria-incomplete", "comparator")}
    assert {(f.line, f.column) for f in findings} == {(9, 9)}


def test_an_indicator_cannot_move_to_another_criterion() -> None:
    (found,) = _broken("chuyen-chi-tieu@1")
    assert (found.rule, found.line, found.column) == ("criteria-duplicate-id", 9, 13)
    assert found.arguments["id"] == "1.2"


def test_an_id_twice_in_one_file(tmp_path: Path) -> None:
    write_layer(tmp_path, "hai-lan", "1", "criteria:\n"
                "  - {id: \"1\", name: A}\n  - {id: \"1\", name: B}\n")
    findings = _broken("hai-lan@1", tmp_path)
    assert [(f.rule, f.line, f.column) for f in findings] == [("criteria-duplicate-id", 5, 10)]


def test_a_file_whose_id_does_not_match_its_place() -> None:
    criteria_set, findings = resolve_ref(catalog(), "sai-cho@1")
    assert [(f.rule, f.line, f.column) for f in findings] == [("criteria-misplaced", 2, 5)]
    assert findings[0].arguments["declared"] == "sai-cho-khac@1"
    assert findings[0].arguments["expected"] == "sai-cho@1"


def test_a_dossier_on_a_cyclic_profile_gets_the_finding_and_no_result(tmp_path: Path) -> None:
    dirs = json.dumps([CRITERIA_DIR.resolve().as_posix(), BROKEN_CRITERIA_DIR.resolve().as_posix()])
    meta = met_files()["dossier.yaml"].decode()
    meta = "\n".join(line for line in meta.splitlines() if not line.startswith("criteria_dirs"))
    folder = make_dossier(tmp_path, {"dossier.yaml": f"{meta}\nprofile: cycle-a@1\ncriteria_dirs: {dirs}\n"})
    result = check(folder)
    assert rules_of(result) == {"criteria-cycle"}
    assert result.dossiers[0].unit is None


# --- the search path ------------------------------------------------------------------------------

def test_the_first_folder_on_the_search_path_wins(tmp_path: Path) -> None:
    source = (CRITERIA_DIR / "test-xa" / "2021-2025.yaml").read_text("utf-8")
    copy = tmp_path / "test-xa" / "2021-2025.yaml"
    copy.parent.mkdir()
    copy.write_text(source.replace("title: Bộ tiêu chí thử nghiệm", "title: Bản sửa của tỉnh"),
                    encoding="utf-8")
    assert resolved("test-xa@2021-2025", tmp_path).title.startswith("Bản sửa của tỉnh")


def test_available_lists_every_set_on_the_search_path() -> None:
    refs = catalog().available()
    assert {"test-xa@2021-2025", "test-tinh@2024", "test-huyen@2021-2025", "cycle-a@1"} <= set(refs)
    assert refs == sorted(refs)


def test_an_unknown_ref_resolves_to_nothing_without_findings() -> None:
    assert resolve_ref(catalog(), "khong-co@1") == (None, [])
    assert resolve_ref(catalog(), "not a ref") == (None, [])


def test_an_edited_criteria_file_is_read_again(tmp_path: Path) -> None:
    path = write_layer(tmp_path, "sua-doi", "1", "criteria:\n  - {id: \"1\", name: Cũ}\n")
    assert resolved("sua-doi@1", tmp_path).criterion("1").name == "Cũ"
    path.write_text(path.read_text("utf-8").replace("Cũ", "Mới"), encoding="utf-8")
    assert resolved("sua-doi@1", tmp_path).criterion("1").name == "Mới"
