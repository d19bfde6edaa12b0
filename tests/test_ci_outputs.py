"""CI integration: JUnit XML, SARIF 2.1.0, `--format auto`, and the pre-commit hook run by
pre-commit itself in a temporary git repository."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import DOSSIERS
from ntmcli.cli import app
from ntmcli.output.common import write_json
from repo_helpers import ROOT, commune, git, init_git, repository

runner = CliRunner()
MET = DOSSIERS / "valid" / "met"
PERCENT_MISMATCH = DOSSIERS / "invalid" / "percent-mismatch"


def ntm(*args: str | Path, env: dict[str, str] | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


def test_junit_has_a_suite_per_dossier_and_fails_only_at_fail_on() -> None:
    result = ntm("check", MET, PERCENT_MISMATCH, "--format", "junit", "--lang", "en")
    suites = ET.fromstring(result.stdout_bytes)
    assert suites.tag == "testsuites"
    names = [s.get("name") for s in suites.findall("testsuite")]
    assert names == [MET.as_posix(), PERCENT_MISMATCH.as_posix()]  # in the order named
    mismatch = suites.findall("testsuite")[1]
    failures = mismatch.findall("testcase/failure")
    assert {f.get("type") for f in failures} == {"value-percent-mismatch"}
    assert int(suites.get("failures")) == len(failures) == int(mismatch.get("failures"))
    warnings_too = ET.fromstring(ntm("check", PERCENT_MISMATCH, "--format", "junit",
                                     "--fail-on", "warning").stdout_bytes)
    assert int(warnings_too.get("failures")) > len(failures)


def test_sarif_results_point_at_file_line_and_column() -> None:
    log = json.loads(ntm("check", PERCENT_MISMATCH, "--format", "sarif").output)
    assert log["version"] == "2.1.0" and "sarif-schema-2.1.0" in log["$schema"]
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(rules)
    mismatch = next(r for r in run["results"] if r["ruleId"] == "value-percent-mismatch")
    assert mismatch["level"] == "error"
    assert rules[mismatch["ruleIndex"]] == "value-percent-mismatch"
    region = mismatch["locations"][0]["physicalLocation"]["region"]
    json_report = json.loads(ntm("check", PERCENT_MISMATCH, "--format", "json").output)
    finding = next(f for f in json_report["dossiers"][0]["findings"] if f["rule"] == "value-percent-mismatch")
    assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
    uri = mismatch["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "file://" + finding["file"]  # an absolute path is a file: URI, a relative one stays


def test_auto_gives_github_annotations_under_github_actions_and_plain_text_elsewhere() -> None:
    under_actions = ntm("check", PERCENT_MISMATCH, "--format", "auto", env={"GITHUB_ACTIONS": "true"})
    assert under_actions.output.startswith("::")
    elsewhere = ntm("check", PERCENT_MISMATCH, "--format", "auto", env={"GITHUB_ACTIONS": ""})
    assert "::error" not in elsewhere.output and "\x1b[" not in elsewhere.output  # no colour in a pipe
    assert elsewhere.output == ntm("check", PERCENT_MISMATCH).output


def _hook() -> dict:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_pre_commit_hook_checks_the_dossiers_a_commit_touches(tmp_path: Path) -> None:
    """pre-commit runs the hook as .pre-commit-hooks.yaml defines it (entry, files, filenames),
    with the ntm of this environment (a `local` hook: no download)."""
    repo = repository(tmp_path / "kho")
    commune(repo, "xa-dung", name="Xã Đúng", code="00001")
    commune(repo, "xa-khac", name="Xã Khác", code="00002")
    hook = _hook()
    ntm_bin = Path(sys.executable).parent / "ntm"
    local = {**hook, "language": "system", "entry": f"{ntm_bin} {hook['entry'].removeprefix('ntm ')}"}
    (repo / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}, allow_unicode=True), encoding="utf-8")
    init_git(repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NTM_LANG": "en"}
    pre_commit = [sys.executable, "-m", "pre_commit", "run"]

    (repo / "README.md").write_text("không phải hồ sơ\n", encoding="utf-8")
    git(repo, "add", "README.md")
    skipped = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr  # no file the hook looks at

    bad = repo / "xa-khac" / "tieu-chi" / "14-y-te.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("value: 97.1", "value: '97,1'"), encoding="utf-8")
    git(repo, "add", "-A")
    failed = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert "xa-khac/tieu-chi/14-y-te.yaml" in failed.stdout and "dossier-value-kind" in failed.stdout
    assert "xa-dung" not in failed.stdout  # an untouched dossier is not checked


class _CountingOut(io.StringIO):
    writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_json_is_written_in_large_pieces_with_the_bytes_json_dump_gives() -> None:
    """One system call per JSON token where standard output is unbuffered (PYTHONUNBUFFERED, as
    in many CI containers) cost seconds on a repository's report."""
    document = {"dossiers": [{"path": f"huyện-{n}/xã", "unit": {"status": "dat", "counts": [n, None, 1.5]}}
                             for n in range(5000)]}
    out = _CountingOut()
    write_json(document, out)
    expected = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert out.getvalue() == expected
    assert out.writes <= len(expected) // (1 << 16) + 2
