"""The guarantees of issue 7 across commands, on hostile input:

- `check`, `report`, `summary` and `diff` never write inside a dossier or a criteria folder: the
  whole tree (and the criteria catalogue) hashes the same before and after (`check` is proven on
  every case by tests/test_hostile.py; the others here on a sample of every category);
- their exit code is 0, 1 or 2 and no traceback reaches the user;
- every writer (`report --output`, `summary --output`, `init`) refuses to replace a file without
  `--force` (init never replaces), and writes atomically: when the final rename fails, the old
  file is intact and no temporary file is left behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CRITERIA_DIR, make_dossier
from hostile_corpus import DOSSIER, Case, build, cases, tree_fingerprint
from ntmcli.cli import app

runner = CliRunner()
PER_CATEGORY = 4


def _sample() -> list[Case]:
    """The first few dossier cases of every category of the corpus."""
    by_category: dict[str, list[Case]] = defaultdict(list)
    for case in cases():
        if case.is_check and not case.spec.get("env") and len(by_category[case.category]) < PER_CATEGORY:
            by_category[case.category].append(case)
    return [case for group in by_category.values() for case in group]


SAMPLE = _sample()
posix_only = pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs in the corpus")


def ntm(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _commands(workdir: Path) -> dict[str, list[str | Path]]:
    """Each read-only command on the case's dossier (diff: against a clean copy beside it)."""
    before = make_dossier(workdir, name="lan-truoc")
    return {
        "report": ["report", DOSSIER, "--format", "md"],
        "report-html": ["report", DOSSIER, "--format", "html"],
        "summary": ["summary", DOSSIER, "--format", "json"],
        "summary-html": ["summary", DOSSIER, "--format", "html"],
        "diff": ["diff", before, DOSSIER, "--format", "json"],
    }


@posix_only
@pytest.mark.parametrize("case", SAMPLE, ids=lambda c: c.name)
def test_read_only_commands_never_write_and_never_crash(case: Case, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    build(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    commands = _commands(tmp_path)
    before, catalogue = tree_fingerprint(tmp_path), tree_fingerprint(CRITERIA_DIR)
    for name, argv in commands.items():
        result = ntm(*argv)
        assert result.exit_code in (0, 1, 2), (name, result.output[-1000:])
        assert "Traceback" not in result.output, name
    assert tree_fingerprint(tmp_path) == before
    assert tree_fingerprint(CRITERIA_DIR) == catalogue


def test_the_sample_covers_every_category() -> None:
    assert {c.category for c in SAMPLE} == {c.category for c in cases() if c.is_check}


# --- writers ------------------------------------------------------------------------------------

def _report(dossier: Path, target: Path, *more: str) -> list[str | Path]:
    return ["report", dossier, "--format", "md", "--output", target, *more]


def _summary(dossier: Path, target: Path, *more: str) -> list[str | Path]:
    return ["summary", dossier, "--format", "csv", "--output", target, *more]


WRITERS = {"report": _report, "summary": _summary}


def _leftovers(folder: Path, target: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != target)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_writer_refuses_to_replace_a_file_without_force(writer: str, tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    out = tmp_path / "ket-qua"
    out.mkdir()
    target = out / "tep.txt"
    target.write_bytes(b"ban cu\n")
    stamp = target.stat().st_mtime_ns
    refused = ntm(*WRITERS[writer](dossier, target))
    assert refused.exit_code == 2 and "--force" in refused.output
    assert target.read_bytes() == b"ban cu\n" and target.stat().st_mtime_ns == stamp
    forced = ntm(*WRITERS[writer](dossier, target, "--force"))
    assert forced.exit_code in (0, 1)
    assert target.read_bytes() != b"ban cu\n"
    assert _leftovers(out, target) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_writer_interrupted_at_the_rename_leaves_the_old_file_whole(
        writer: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dossier = make_dossier(tmp_path)
    out = tmp_path / "ket-qua"
    out.mkdir()
    target = out / "tep.txt"
    target.write_bytes(b"ban cu\n")

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    result = ntm(*WRITERS[writer](dossier, target, "--force"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert target.read_bytes() == b"ban cu\n"
    assert _leftovers(out, target) == []


def test_init_never_replaces_and_an_interrupted_init_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["--criteria", "test-xa@2021-2025", "--criteria-dir", CRITERIA_DIR, "--classification", "DBSH"]
    existing = tmp_path / "co-roi"
    existing.mkdir()
    (existing / "ghi-chu.txt").write_text("giữ nguyên\n", encoding="utf-8")
    assert ntm("init", existing, *args).exit_code == 2
    assert [p.name for p in existing.iterdir()] == ["ghi-chu.txt"]

    def interrupted(*_: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "rename", interrupted)
    result = ntm("init", tmp_path / "moi", *args)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["co-roi"]


@pytest.mark.parametrize("command", ["check", "summary", "diff", "report"])
def test_a_bad_clock_is_a_usage_error_of_every_command(command: str, tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path)
    argv = {"check": [dossier], "summary": [dossier], "diff": [dossier, dossier],
            "report": [dossier, "--format", "md"]}[command]
    result = runner.invoke(app, [command, *map(str, argv)], env={"NTM_TODAY": "30/06/2026"},
                           catch_exceptions=False)
    assert result.exit_code == 2
    assert "NTM_TODAY=`30/06/2026`" in result.output and "Traceback" not in result.output


@posix_only
@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_names_that_are_not_utf8_never_stop_the_output(output_format: str, tmp_path: Path) -> None:
    """Folder and file names unzipped from Windows in CP1258 are not UTF-8; on a terminal whose
    encoding is strict UTF-8 the installed command still reports, never an internal error."""
    repo = tmp_path / "kho"
    dossier = make_dossier(repo, name=os.fsdecode(b"x\xe3-t\xe2n-an"))  # "xă-tân-an" in CP1258
    (dossier / os.fsdecode(b"tieu-chi/05-h\xf5ng.yaml")).write_bytes(b"a: [\n")
    ntm_command = Path(sys.executable).with_name("ntm")
    command = [str(ntm_command)] if ntm_command.exists() else [sys.executable, "-m", "ntmcli"]
    done = subprocess.run([*command, "check", str(repo), "--format", output_format],
                          capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"},
                          timeout=60, check=False)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr and "Lỗi nội bộ" not in stderr
    report = done.stdout.decode("utf-8")
    assert "yaml-syntax" in report
    if output_format == "json":
        assert json.loads(report)["summary"]["errors"] == 1
