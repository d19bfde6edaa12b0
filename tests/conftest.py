"""Shared helpers: the test criteria catalogue, a dossier builder and findings as plain tuples.

The test catalogue (`fixtures/criteria/`) holds its own sets (`test-xa@2021-2025`, the provincial
layer `test-tinh@2024`, `test-huyen@2021-2025`), all illustrative, so that the tests never depend on
the criteria shipped in `criteria/`, which change as facts are established.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ntmcli.check import CheckResult, run_check
from ntmcli.findings import Finding

FIXTURES = Path(__file__).parent / "fixtures"
CRITERIA_DIR = FIXTURES / "criteria"
BROKEN_CRITERIA_DIR = FIXTURES / "criteria-broken"
DOSSIERS = FIXTURES / "dossiers"
MET_DOSSIER = DOSSIERS / "valid" / "met"

Located = tuple[str, str, int, int]

# The one clock of ntm (ntmcli.clock) reads today from here in every test and every process the
# tests start: dates in dossiers are judged the same way on any day.
TODAY = "2026-06-30"
os.environ["NTM_TODAY"] = TODAY


def golden_cases() -> list[Path]:
    """Every golden dossier folder, valid and invalid, in a stable order."""
    return sorted(p for p in DOSSIERS.glob("*/*") if p.is_dir())


def met_files() -> dict[str, bytes]:
    """The files of the golden `valid/met` dossier, pinned to the test catalogue by absolute path
    so that a copy anywhere (tmp_path) still finds it."""
    files = {p.relative_to(MET_DOSSIER).as_posix(): p.read_bytes()
             for p in MET_DOSSIER.rglob("*") if p.is_file()}
    pinned = json.dumps([CRITERIA_DIR.resolve().as_posix()])
    files["dossier.yaml"] = files["dossier.yaml"].replace(
        b'criteria_dirs: ["../../../criteria"]', f"criteria_dirs: {pinned}".encode())
    return files


def make_dossier(tmp_path: Path, files: dict[str, str | bytes | None] | None = None, *,
                 base: bool = True, name: str = "ho-so") -> Path:
    """Write a dossier folder `tmp_path/name`: the met dossier (unless base=False) with `files`
    laid over it; text is written as UTF-8, bytes as they are, None deletes a base file."""
    contents: dict[str, str | bytes | None] = dict(met_files()) if base else {}
    contents.update(files or {})
    root = tmp_path / name
    for relative, data in contents.items():
        if data is None:
            continue
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    root.mkdir(parents=True, exist_ok=True)
    return root


def edit(text: str | bytes, old: str, new: str) -> str:
    """`text` with the one occurrence of `old` replaced: fails loudly if the base moved on."""
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    assert text.count(old) == 1, f"expected exactly one {old!r} in the base file"
    return text.replace(old, new)


def check(*folders: Path) -> CheckResult:
    return run_check(list(folders), [])


def _relative(finding: Finding, result: CheckResult) -> str:
    for report in result.dossiers:
        prefix = f"{report.path}/"
        if report.path not in ("", ".") and finding.file.startswith(prefix):
            return finding.file[len(prefix):]
    return finding.file


def findings_of(result: CheckResult, *severities: str) -> set[Located]:
    """(rule, file, line, column) of every finding, files relative to their dossier folder;
    only the given severities if any are named."""
    return {(f.rule, _relative(f, result), f.line, f.column) for f in result.findings
            if not severities or f.severity.value in severities}


def rules_of(result: CheckResult, *severities: str) -> set[str]:
    return {rule for rule, *_ in findings_of(result, *severities)}


def only(result: CheckResult, rule: str) -> Finding:
    """The single finding of `rule`."""
    matching = [f for f in result.findings if f.rule == rule]
    assert len(matching) == 1, f"expected one {rule}, got {matching}"
    return matching[0]


@pytest.fixture
def met_dossier(tmp_path: Path) -> Path:
    return make_dossier(tmp_path)
