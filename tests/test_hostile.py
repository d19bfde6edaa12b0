"""The hostile-input corpus: every case of `tests/hostile/` through the real command line.

For every case, whatever its input, the guarantees hold:

- the exit code is the one expected, and always 0, 1 or 2;
- no traceback reaches the user;
- every finding names a file and a line >= 1, and the findings are the ones expected (errors and
  warnings exactly; infos listed must be present) with the expected attainment, if any;
- the dossier and everything beside it is byte-identical before and after (tree hash);
- it finishes under a hard cap of time and memory, in a process of its own.

The corpus format is described in tests/hostile/README.md.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import TODAY, make_dossier
from hostile_corpus import DOSSIER, Case, build, cases, tree_fingerprint
from ntmcli.cli import app
from ntmcli.findings import RULES

CASES = cases()
BOUNDED_RUN = Path(__file__).parent / "bounded_run.py"
IGNORED = {"criteria-illustrative"}  # the test catalogue is illustrative: every dossier says so
# What a terminal must never receive from a dossier: control characters (an escape sequence
# could clear the screen or retitle the window), bidi overrides and invisible characters.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                         "\u2060\u2066-\u2069\ufeff]")
posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs in the corpus")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="fork, RLIMIT_AS and ru_maxrss in KiB as Linux has them")


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


def _located(finding: dict[str, Any]) -> tuple[str, str, int, int]:
    return (finding["rule"], finding["file"].removeprefix(f"{DOSSIER}/"), finding["line"],
            finding["column"])


def _expected(case: Case) -> tuple[set[tuple[str, str, int, int]], set[tuple[str, str, int, int]]]:
    """(errors and warnings, infos) the case lists."""
    listed = {(f["rule"], f["file"], f["line"], f["column"]) for f in case.spec.get("findings", [])}
    loud = {item for item in listed if RULES[item[0]].severity.value != "info"}
    return loud, listed - loud


def _assert_outcome(case: Case, stdout: str, stderr: str, exit_code: int) -> None:
    """The exit code is the one expected, and so are the findings and attainment of a `check`
    (in JSON), or what the output of another command holds and lacks."""
    output = stdout + stderr
    assert exit_code == case.spec["exit"], output[-2000:]
    assert all(text in output for text in case.spec.get("output_has", []))
    assert not any(text in output for text in case.spec.get("output_lacks", []))
    if exit_code == 2:
        assert "ntm: " in output or "[" in output
        return
    if not case.is_check:
        return
    (dossier,) = json.loads(stdout)["dossiers"]
    findings = dossier["findings"]
    for finding in findings:
        assert finding["file"] and finding["line"] >= 1 and finding["column"] >= 1, finding
    loud, quiet = _expected(case)
    found = {_located(f) for f in findings if f["rule"] not in IGNORED}
    assert {f for f in found if RULES[f[0]].severity.value != "info"} == loud
    assert quiet <= found
    expected_unit = case.spec["unit"]
    if expected_unit is None:
        assert dossier["unit"] is None
    else:
        unit = {**dossier["unit"]["counts"], **dossier["unit"]}
        assert {name: unit[name] for name in expected_unit} == expected_unit


# --- the corpus itself --------------------------------------------------------------------------

def test_the_corpus_is_large_and_covers_every_category() -> None:
    by_category = Counter(case.category for case in CASES)
    assert len(CASES) >= 100, by_category
    assert set(by_category) >= {"yaml", "yaml11", "bombs", "files", "encoding", "paths", "evidence",
                                "dates", "values", "ids", "criteria", "markup", "report"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_expectation_is_well_formed(case: Case) -> None:
    spec = case.spec
    assert spec["about"].strip()
    assert spec["exit"] in (0, 1, 2)
    assert "unit" in spec or spec["exit"] == 2 or not case.is_check
    for item in spec.get("findings", []):
        assert item["rule"] in RULES, item
        assert item["line"] >= 1 and item["column"] >= 1
    errors = [f for f in spec.get("findings", []) if RULES[f["rule"]].severity.value == "error"]
    assert (spec["exit"] == 1) == bool(errors) or spec["exit"] == 2 or not case.is_check


# --- every case through the command line --------------------------------------------------------

@posix_only
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    before = tree_fingerprint(tmp_path)
    runner = CliRunner()
    env = case.spec.get("env")
    if not case.is_check:
        result = runner.invoke(app, case.run_argv, env=env, catch_exceptions=False)
        assert "Traceback" not in result.output
        _assert_outcome(case, result.stdout, result.stderr, result.exit_code)
        assert tree_fingerprint(tmp_path) == before
        return
    result = runner.invoke(app, [*case.argv, "--format", "json"], env=env, catch_exceptions=False)
    as_text = runner.invoke(app, [*case.argv, "--lang", "en"], env=env, catch_exceptions=False)
    as_github = runner.invoke(app, [*case.argv, "--format", "github"], env=env,
                              catch_exceptions=False)

    assert result.exit_code in (0, 1, 2)
    assert as_text.exit_code == as_github.exit_code == result.exit_code
    for output in (result.output, as_text.output, as_github.output):
        assert "Traceback" not in output
    _assert_outcome(case, result.stdout, result.stderr, result.exit_code)
    assert not UNPRINTABLE.search(as_text.output)
    if result.exit_code != 2:  # one workflow command a line: text from a dossier forges none
        assert all(line.startswith("::") for line in as_github.stdout.splitlines())
    assert tree_fingerprint(tmp_path) == before


@linux_only
def test_every_case_runs_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """Each case again, each in a forked process capped at 1 GiB of address space and 20 s:
    a case that needed more would die (MemoryError, SIGALRM) and fail here."""
    jobs = []
    for n, case in enumerate(CASES):
        workdir = tmp_path / f"{n:03d}"
        build(case, workdir)
        jobs.append({"name": case.name, "cwd": str(workdir), "env": case.spec.get("env", {}),
                     "argv": case.run_argv})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "NTM_TODAY": TODAY}
    env.pop("NTM_LANG", None)
    warm_up = make_dossier(tmp_path, name="khoi-dong")
    done = subprocess.run([sys.executable, str(BOUNDED_RUN), str(scratch), str(warm_up)],
                          input=json.dumps(jobs),
                          capture_output=True, text=True, env=env, timeout=25 * len(jobs),
                          check=True)
    results = json.loads(done.stdout)
    for case in CASES:
        run = results[case.name]
        assert run["signal"] is None, (case.name, run)
        assert run["max_rss_kib"] < 1024 * 1024, (case.name, run["max_rss_kib"])
        assert "Traceback" not in run["stderr"] + run["stdout"], case.name
        _assert_outcome(case, run["stdout"], run["stderr"], run["exit"])


# A few cases through the installed command, exactly as a user runs it.
THROUGH_THE_INSTALLED_COMMAND = ["bombs/billion-laughs", "encoding/utf16-le-bom",
                                 "paths/symlink-criterion-outside", "values/nan-value",
                                 "markup/html-in-unit-name", "files/fifo-criterion",
                                 "report/template-reaches-python-internals"]


@posix_only
@pytest.mark.parametrize("name", THROUGH_THE_INSTALLED_COMMAND)
def test_installed_command_gives_the_same_report(name: str, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    build(case, tmp_path)
    before = tree_fingerprint(tmp_path)
    ntm = Path(sys.executable).with_name("ntm")
    command = [str(ntm)] if ntm.exists() else [sys.executable, "-m", "ntmcli"]
    env = {**os.environ, "NTM_TODAY": TODAY, **case.spec.get("env", {})}
    env.pop("NTM_LANG", None)
    done = subprocess.run([*command, *case.run_argv], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=20, check=False)
    assert "Traceback" not in done.stderr
    _assert_outcome(case, done.stdout, done.stderr, done.returncode)
    assert tree_fingerprint(tmp_path) == before
