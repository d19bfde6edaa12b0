"""Golden dossiers: each folder under fixtures/dossiers/{valid,invalid}/ is checked by `run_check`
and compared with `<case>.expected.yaml` beside it (outside the folder: a YAML file at a dossier's
root would itself be a `dossier-stray-file`).

An expectation file holds:

- `findings`: `{rule, file, line, column}` with `file` relative to the dossier folder and an
  optional `args` mapping that the finding's arguments must include.
  * errors and warnings are compared EXACTLY: the set of (rule, file, line, column) of the
    error- and warning-severity findings equals the set listed;
  * infos are optional: an info listed must be found, infos not listed are ignored (they are
    progress notes such as "indicator undetermined" and would only add noise to most cases).
- `unit`: the expected attainment (status, code and the x/y counts), or null when the dossier
  cannot be evaluated at all (dossier.yaml or its criteria set unusable).
- `xfail` (optional): the reason a known bug keeps the case from passing (strict).

Valid cases must have no error-severity finding; invalid cases have at least one finding that is
not the criteria-illustrative warning every case carries (the test catalogue is illustrative).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import DOSSIERS, check, findings_of, golden_cases
from ntmcli.check import CheckResult
from ntmcli.findings import RULES

CASES = golden_cases()
UNIT_FIELDS = {
    "status": "status", "code": "code", "criteria_met": "criteria_met",
    "criteria_total": "criteria_applicable", "indicators_met": "indicators_met",
    "indicators_total": "indicators_applicable", "conditions_met": "conditions_met",
    "conditions_total": "conditions_applicable",
}


def expectation(case: Path) -> dict[str, Any]:
    return yaml.safe_load((case.parent / f"{case.name}.expected.yaml").read_text(encoding="utf-8"))


def _key(item: dict[str, Any]) -> tuple[str, str, int, int]:
    return (item["rule"], item["file"], item["line"], item["column"])


def _finding_at(result: CheckResult, case: Path, item: dict[str, Any]):
    return next(f for f in result.findings
                if (f.rule, f.file.removeprefix(f"{case.as_posix()}/"), f.line, f.column) == _key(item))


def test_every_case_has_an_expectation_and_vice_versa() -> None:
    folders = {f"{p.parent.name}/{p.name}" for p in CASES}
    files = {f"{p.parent.name}/{p.name.removesuffix('.expected.yaml')}"
             for p in DOSSIERS.glob("*/*.expected.yaml")}
    assert folders == files
    assert sum(1 for p in CASES if p.parent.name == "valid") >= 4
    assert sum(1 for p in CASES if p.parent.name == "invalid") >= 15


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_expectation_file_is_consistent(case: Path) -> None:
    """The expectation itself names registered rules, and a valid case expects no error."""
    expected = expectation(case)
    rules = [item["rule"] for item in expected["findings"]]
    assert all(rule in RULES for rule in rules)
    severities = {RULES[rule].severity.value for rule in rules}
    if case.parent.name == "valid":
        assert "error" not in severities
        assert expected["unit"] is not None
    else:
        assert set(rules) - {"criteria-illustrative"}


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_case(case: Path, request: pytest.FixtureRequest) -> None:
    expected = expectation(case)
    if expected.get("xfail"):
        request.applymarker(pytest.mark.xfail(strict=True, reason=expected["xfail"]))

    result = check(case)

    listed = {_key(item): item for item in expected["findings"]}
    loud = {k for k, item in listed.items() if RULES[item["rule"]].severity.value != "info"}
    quiet = set(listed) - loud
    assert findings_of(result, "error", "warning") == loud
    assert quiet <= findings_of(result, "info")
    for key, item in listed.items():
        if item.get("args"):
            found = _finding_at(result, case, item)
            assert item["args"].items() <= found.arguments.items(), key
    _assert_unit(result, expected["unit"])


def _assert_unit(result: CheckResult, expected: dict[str, Any] | None) -> None:
    (report,) = result.dossiers
    if expected is None:
        assert report.unit is None
        return
    assert report.unit is not None
    actual = {name: getattr(report.unit, UNIT_FIELDS[name]) for name in expected}
    assert actual == expected
