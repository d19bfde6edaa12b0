"""The `ntm` command line: exit codes, formats, language, determinism, and never a traceback.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or internal error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DOSSIERS, edit, golden_cases, make_dossier, met_files
from ntmcli import __version__
from ntmcli.cli import app

runner = CliRunner()
MET = DOSSIERS / "valid" / "met"
PERCENT_MISMATCH = DOSSIERS / "invalid" / "percent-mismatch"
YAML_SYNTAX = DOSSIERS / "invalid" / "yaml-syntax"


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


def ntm(*args: str | Path, env: dict[str, str] | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


# --- exit codes --------------------------------------------------------------------------------------

def test_a_clean_dossier_exits_0() -> None:
    result = ntm("check", MET)
    assert result.exit_code == 0
    assert "Xã Minh Hòa: Đạt" in result.output


def test_errors_exit_1() -> None:
    assert ntm("check", PERCENT_MISMATCH).exit_code == 1


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_threshold(fail_on: str, code: int) -> None:
    # the met dossier has one warning (the test set is illustrative) and nothing worse
    assert ntm("check", MET, "--fail-on", fail_on).exit_code == code


def test_fail_on_never_exits_0_even_with_errors() -> None:
    assert ntm("check", PERCENT_MISMATCH, "--fail-on", "never").exit_code == 0


def test_a_missing_path_exits_2(tmp_path: Path) -> None:
    result = ntm("check", tmp_path / "khong-co", "--lang", "en")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_a_folder_without_a_dossier_exits_2(tmp_path: Path) -> None:
    (tmp_path / "ghi-chu.txt").write_text("không phải hồ sơ\n", encoding="utf-8")
    result = ntm("check", tmp_path, "--lang", "en")
    assert result.exit_code == 2
    assert "No dossier" in result.output


def test_a_file_outside_any_dossier_exits_2(tmp_path: Path) -> None:
    stray = tmp_path / "a.yaml"
    stray.write_text("a: 1\n", encoding="utf-8")
    assert ntm("check", stray).exit_code == 2


def test_a_file_inside_a_dossier_checks_that_dossier() -> None:
    result = ntm("check", PERCENT_MISMATCH / "tieu-chi" / "01-dien.yaml", "--format", "json")
    assert result.exit_code == 1
    assert [d["unit"]["name"] for d in json.loads(result.output)["dossiers"]] == ["Xã Minh Hòa"]


def test_an_unknown_language_exits_2() -> None:
    result = ntm("check", MET, "--lang", "fr")
    assert result.exit_code == 2
    assert "`fr`" in result.output


def test_an_unknown_language_in_the_environment_exits_2() -> None:
    assert ntm("check", MET, env={"NTM_LANG": "fr"}).exit_code == 2


def test_an_unknown_format_exits_2() -> None:
    assert ntm("check", MET, "--format", "xml").exit_code == 2


def test_a_missing_criteria_folder_option_exits_2(tmp_path: Path) -> None:
    assert ntm("check", MET, "--criteria-dir", tmp_path / "khong-co").exit_code == 2


def test_no_arguments_shows_the_help() -> None:
    result = runner.invoke(app, [], catch_exceptions=False)
    assert "check" in result.output and "init" in result.output


def test_version() -> None:
    assert ntm("--version").output.strip() == f"ntm {__version__}"


# --- formats --------------------------------------------------------------------------------------------

def test_json_report() -> None:
    result = ntm("check", PERCENT_MISMATCH, "--format", "json")
    report = json.loads(result.output)
    assert report["schema"] == "ntm-check/1"
    assert report["summary"] == {"dossiers": 1, "errors": 1, "warnings": 1, "infos": 0}
    (dossier,) = report["dossiers"]
    assert dossier["unit"]["status"] == "dat"
    assert dossier["unit"]["counts"]["criteria_met"] == 4
    mismatch = next(f for f in dossier["findings"] if f["rule"] == "value-percent-mismatch")
    assert mismatch["file"].endswith("percent-mismatch/tieu-chi/01-dien.yaml")
    assert (mismatch["line"], mismatch["column"], mismatch["severity"]) == (16, 12, "error")
    assert (mismatch["criterion"], mismatch["indicator"]) == ("1", "1.2")


def test_json_report_of_an_unevaluable_dossier_has_no_unit() -> None:
    report = json.loads(ntm("check", DOSSIERS / "invalid" / "schema-wrong-type", "--format", "json").output)
    assert report["dossiers"][0]["unit"] is None
    assert report["summary"]["errors"] == 1


def test_github_annotations() -> None:
    result = ntm("check", PERCENT_MISMATCH, "--format", "github")
    lines = result.output.splitlines()
    errors = [line for line in lines if line.startswith("::error file=")]
    assert len(errors) == 1
    where = "percent-mismatch/tieu-chi/01-dien.yaml,line=16,col=12,title=ntm value-percent-mismatch::"
    assert where in errors[0]
    assert all(line.startswith(("::error file=", "::warning file=", "::notice file=")) for line in lines)


def test_github_escapes_percent_signs() -> None:
    # "98.6%" must be written %25 in a workflow command, or GitHub would decode it
    (error,) = [line for line in ntm("check", PERCENT_MISMATCH, "--format", "github").output.splitlines()
                if line.startswith("::error")]
    assert "98.6%25" in error and "98.6% " not in error



def test_plain_text_off_a_terminal_and_colour_on_request() -> None:
    assert "\x1b[" not in ntm("check", PERCENT_MISMATCH).output
    assert "\x1b[" in ntm("check", PERCENT_MISMATCH, "--color").output
    assert "\x1b[" not in ntm("check", PERCENT_MISMATCH, "--no-color").output


@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_text_from_the_dossier_is_printed_literally_never_as_markup(tmp_path: Path, color: str) -> None:
    files = met_files()
    meta = edit(files["dossier.yaml"], "name: Xã Minh Hòa", 'name: "Xã [bold]Minh[/bold] Hòa [link=x]"')
    result = ntm("check", make_dossier(tmp_path, {"dossier.yaml": meta}), color)
    assert "Xã [bold]Minh[/bold] Hòa [link=x]" in result.output

# --- language --------------------------------------------------------------------------------------------

def test_vietnamese_by_default() -> None:
    output = ntm("check", PERCENT_MISMATCH).output
    assert "Tỷ lệ ghi 98.6% khác tỷ lệ tính lại từ 2490/2500 = 99.6%" in output
    assert "1 lỗi, 1 cảnh báo" in output


def test_lang_en() -> None:
    output = ntm("check", PERCENT_MISMATCH, "--lang", "en").output
    assert "Stated 98.6% differs from 2490/2500 = 99.6% recomputed" in output
    assert "1 errors, 1 warnings" in output
    assert "lỗi" not in output


def test_environment_variable_ntm_lang() -> None:
    output = ntm("check", PERCENT_MISMATCH, env={"NTM_LANG": "en"}).output
    assert "Stated 98.6% differs" in output


def test_json_messages_follow_the_language() -> None:
    report = json.loads(ntm("check", PERCENT_MISMATCH, "--format", "json", "--lang", "en").output)
    assert report["lang"] == "en"
    messages = [f["message"] for f in report["dossiers"][0]["findings"]]
    assert any(m.startswith("Stated 98.6%") for m in messages)


# --- determinism -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_output_is_byte_identical_across_runs(output_format: str) -> None:
    folders = golden_cases()
    first = ntm("check", *folders, "--format", output_format).stdout_bytes
    second = ntm("check", *folders, "--format", output_format).stdout_bytes
    assert first == second
    assert len(first) > 1000


def test_many_dossiers_are_reported_in_path_order() -> None:
    report = json.loads(ntm("check", DOSSIERS / "valid", "--format", "json").output)
    paths = [d["path"] for d in report["dossiers"]]
    assert paths == sorted(paths)
    assert len(paths) == len([p for p in (DOSSIERS / "valid").iterdir() if p.is_dir()])


# --- no traceback for bad input --------------------------------------------------------------------

def _bad_inputs(tmp_path: Path) -> list[Path]:
    files = met_files()
    return [
        make_dossier(tmp_path, {"dossier.yaml": b"\xff\xfe\x00garbage"}, name="binary"),
        make_dossier(tmp_path, {"dossier.yaml": "- a\n- b\n"}, name="list-root"),
        make_dossier(tmp_path, {"dossier.yaml": ""}, name="empty"),
        make_dossier(tmp_path, {"tieu-chi/01-dien.yaml": "criterion: [\n"}, name="unclosed"),
        make_dossier(tmp_path, {"tieu-chi/01-dien.yaml": "indicators: 5\n"}, name="no-criterion"),
        make_dossier(tmp_path, {"dieu-kien.yaml": "conditions:\n  - {id: hai-long, value: .nan}\n"},
                     name="nan"),
        make_dossier(tmp_path, {"dossier.yaml": edit(files["dossier.yaml"], "test-xa@2021-2025",
                                                     "not a ref")}, name="bad-ref"),
        make_dossier(tmp_path, {"tieu-chi/x.yml": "a: &a [*a]\n"}, name="recursive"),
    ]


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_bad_input_never_shows_a_traceback(tmp_path: Path, output_format: str) -> None:
    for folder in _bad_inputs(tmp_path):
        result = ntm("check", folder, "--format", output_format)
        assert result.exit_code == 1, folder.name
        assert "Traceback" not in result.output


def test_an_overflowing_ratio_is_reported_not_crashed_on(tmp_path: Path) -> None:
    text = edit(met_files()["tieu-chi/02-giao-duc.yaml"], "numerator: 30\n    denominator: 20",
                "numerator: 1.0e+308\n    denominator: 1.0e-10")
    result = ntm("check", make_dossier(tmp_path, {"tieu-chi/02-giao-duc.yaml": text}))
    assert result.exit_code in (0, 1)


def _console_script() -> list[str]:
    script = Path(sys.executable).with_name("ntm")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "ntmcli"]


def test_the_installed_command_on_a_broken_dossier(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NTM_LANG"} | {"NTM_LANG": "en"}
    completed = subprocess.run([*_console_script(), "check", str(YAML_SYNTAX)], capture_output=True,
                               text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)
    assert completed.returncode == 1
    assert "yaml-syntax" in completed.stdout
    assert "Traceback" not in completed.stdout + completed.stderr


_CRASHING_CHECK = ("import sys, ntmcli.check as c\n"
                   "def boom(*a, **k): raise ZeroDivisionError('simulated bug')\n"
                   "c.run_check = boom\n"
                   "from ntmcli.cli import main\n"
                   "sys.argv = ['ntm', 'check', *sys.argv[1:]]\n"
                   "main()\n")


def _crash(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point with a bug simulated deep in the checker."""
    full_env = {k: v for k, v in os.environ.items() if k != "NTM_LANG"} | (env or {})
    return subprocess.run([sys.executable, "-c", _CRASHING_CHECK, str(MET), *args],
                          capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=120)


def test_an_internal_error_reaches_the_user_as_one_line_and_exit_2() -> None:
    completed = _crash()
    assert completed.returncode == 2
    assert "Traceback" not in completed.stdout + completed.stderr
    assert completed.stderr.count("\n") == 1
    assert "(ZeroDivisionError: simulated bug)" in completed.stderr


def test_an_internal_error_speaks_the_language_of_ntm_lang() -> None:
    assert "ntm internal error" in _crash(env={"NTM_LANG": "en"}).stderr


def test_an_internal_error_speaks_the_language_of_the_lang_option() -> None:
    assert "ntm internal error" in _crash("--lang", "en").stderr


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    completed = subprocess.run([sys.executable, "-m", "ntmcli", "--version"], capture_output=True,
                               text=True, encoding="utf-8", cwd=tmp_path, timeout=120)
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"ntm {__version__}"
