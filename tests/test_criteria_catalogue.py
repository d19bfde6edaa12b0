"""The shipped catalogue: every set loads and resolves, every figure that has a value names its
source and confidence, `ntm criteria lint --strict` passes; and lint catches what the new parts of
the format can get wrong (special areas, official totals, rule files)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.lint import lint
from ntmcli.criteria.resolve import resolve_ref

FIXTURES = Path(__file__).parent / "fixtures"
SHIPPED = Catalog.with_dirs([])
runner = CliRunner()


def ntm(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.mark.parametrize("ref", SHIPPED.available())
def test_every_shipped_set_loads_and_resolves_cleanly(ref: str) -> None:
    effective, findings = resolve_ref(SHIPPED, ref)
    assert findings == []
    assert effective is not None and effective.ref == ref
    assert not effective.illustrative


def test_the_shipped_catalogue_holds_every_set_of_the_issue() -> None:
    assert set(SHIPPED.available()) >= {
        "xa-ntm@2016-2020", "xa-ntm@2021-2025", "xa-ntm@2024", "xa-ntm@2026-2030",
        "xa-ntm-nang-cao@2021-2025", "xa-ntm-nang-cao@2024", "xa-ntm-kieu-mau@2021-2025",
        "huyen-ntm@2021-2025", "tinh-hoan-thanh@2021-2025"}


@pytest.mark.parametrize("ref", SHIPPED.available())
def test_every_figure_with_a_value_has_provenance(ref: str) -> None:
    effective, _ = resolve_ref(SHIPPED, ref)
    assert effective is not None
    for indicator in effective.indicators():
        for threshold in indicator.thresholds:
            if threshold.value is not None or threshold.derived is not None:
                assert threshold.source and threshold.confidence, (indicator.id, threshold.origin)
                assert threshold.confidence != "illustrative"
    for area in effective.classification.special_areas if effective.classification else ():
        assert area.source and area.confidence


@pytest.mark.parametrize("dirs", [[], ["tests/fixtures/criteria-catalogue", "tests/fixtures/criteria"]])
def test_lint_strict_passes(dirs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES.parent.parent)
    args = [a for d in dirs for a in ("--criteria-dir", d)]
    result = ntm("criteria", "lint", "--strict", *args)
    assert result.exit_code == 0, result.output
    assert "0 lỗi, 0 phát hiện" in result.output


def test_rule_files_are_not_listed_as_sets() -> None:
    output = ntm("criteria", "list").output
    assert "xa-ntm@2024" in output
    assert "_rules" not in output and "qd-18-2022" not in output


# --- what lint catches ---------------------------------------------------------------------------

def write(folder: Path, relative: str, text: str) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if line.startswith(start))


SET = """id: bo
version: "1"
unit_kind: xa
level: ntm
sources: [{id: qd, document: "01/QĐ-X"}]
classification:
  axis: vung
  values: [{code: TDMNPB}, {code: DBSH}]
  special_areas:
    - {code: khu-vuc-iii, name: Xã khu vực III, moves_to: TDMNPB, source: qd, confidence: single}
criteria:
  - id: "1"
    name: Điện
    indicators:
      - {id: "1.1", name: Điện, kind: boolean, thresholds: [{value: true, source: qd, confidence: single}]}
conditions:
  - {id: hai-long, name: Hài lòng, kind: percent, comparator: ">=", thresholds: [{value: null}]}
"""


def findings_in(folder: Path) -> list[tuple[str, str, int]]:
    _, found = lint(Catalog.with_dirs([folder]), strict=True)
    return [(f.rule, f.arguments.get("problem_msg", ""), f.line) for f in found
            if not f.file.startswith("criteria/")]


def test_a_clean_set_has_no_finding(tmp_path: Path) -> None:
    write(tmp_path, "bo/1.yaml", SET)
    assert findings_in(tmp_path) == []


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("moves_to: TDMNPB,", "moves_to: TN,", "special_area.unknown_class"),
    (", source: qd, confidence: single}\ncriteria", "}\ncriteria", "special_area.no_provenance"),
    ("moves_to: TDMNPB, source: qd,", "moves_to: TDMNPB, source: khong-co,", "special_area.unknown_source"),
])
def test_special_area_problems(tmp_path: Path, old: str, new: str, problem: str) -> None:
    path = write(tmp_path, "bo/1.yaml", SET.replace(old, new))
    assert findings_in(tmp_path) == [("criteria-special-area", problem, line_of(path, "    - {code: khu-vuc-iii"))]


def test_more_indicators_than_the_decision_has(tmp_path: Path) -> None:
    path = write(tmp_path, "bo/1.yaml", SET.replace('level: ntm\n', 'level: ntm\ntotals: {criteria: 1, indicators: 0}\n'))
    assert findings_in(tmp_path) == [("criteria-count-exceeds", "", line_of(path, "totals:"))]


RULES = """id: quy-dinh
applies_to: [bo@1, bo@2]
recognition:
  - unit_kind: xa
    conditions:
      - {id: hai-long, wording: Hài lòng}
      - {id: no-dong-xdcb, wording: Không nợ đọng}
"""


def test_rule_files_name_existing_sets_whose_conditions_they_find(tmp_path: Path) -> None:
    set_path = write(tmp_path, "bo/1.yaml", SET)
    rules = write(tmp_path, "_rules/quy-dinh.yaml", RULES)
    found = findings_in(tmp_path)
    assert ("criteria-unknown-set", "", line_of(rules, "applies_to")) in found
    assert ("criteria-rules-condition", "", line_of(set_path, "conditions:")) in found
    assert len(found) == 2


def test_a_broken_rule_file_is_a_schema_finding(tmp_path: Path) -> None:
    rules = write(tmp_path, "_rules/quy-dinh.yaml", "id: quy-dinh\nrevocation:\n  - {id: x, unit_kind: lang}\n")
    assert findings_in(tmp_path) == [("schema", "schema.choice", line_of(rules, "  - {id: x"))]
