"""Repository mode: ntm.toml (criteria folders, include/exclude, defaults), and a parallel run
that reports exactly what a serial one does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.check import CheckOptions, run_check
from ntmcli.cli import app
from ntmcli.repo.discovery import matches
from ntmcli.repo.runner import PARALLEL_FROM
from repo_helpers import commune, district, repository

runner = CliRunner()


def ntm(*args: str | Path, env: dict[str, str] | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


@pytest.fixture(scope="module")
def big_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few dozen communes in six districts, some falling short, some with broken files."""
    root = repository(tmp_path_factory.mktemp("kho") / "kho")
    for d in range(6):
        members = []
        for n in range(6):
            folder = commune(root, f"huyen-{d}/xa-{n}", name=f"Xã {d}-{n}", code=f"{d:02d}{n:03d}",
                             failing=(d + n) % 4 == 0, satisfied=400 + 10 * n)
            if (d * 6 + n) % 9 == 0:
                (folder / "tieu-chi" / "05-giao-duc.yaml").write_text("criterion: [\n", encoding="utf-8")
            members.append((f"../xa-{n}", "ntm"))
        district(root, f"huyen-{d}/huyen", members, name=f"Huyện {d}", code=f"{d:03d}")
    return root


def test_glob_patterns_match_folders_and_everything_below_them() -> None:
    assert matches("luu-tru", "luu-tru/xa-a")
    assert matches("luu-tru/**", "luu-tru/2020/xa-a")
    assert matches("**/xa-*", "huyen/xa-a")
    assert not matches("huyen-*/xa-a", "huyen-b/con/xa-a")
    assert matches("huyen-*/xa-a", "huyen-b/xa-a")


def test_parallel_equals_serial_on_a_generated_repository(big_repo: Path) -> None:
    serial = run_check([big_repo], [], CheckOptions(jobs=1))
    parallel = run_check([big_repo], [], CheckOptions(jobs=2))
    assert len(serial.dossiers) == 42 > PARALLEL_FROM  # really parallel
    assert parallel == serial
    assert parallel.exit_code("error") == serial.exit_code("error") == 1
    assert {"rollup-member-not-attained", "yaml-syntax", "indicator-not-met"} <= {f.rule for f in serial.findings}


@pytest.mark.parametrize("output_format", ["json", "text", "sarif", "junit"])
def test_the_cli_prints_the_same_bytes_with_one_or_many_workers(big_repo: Path, output_format: str) -> None:
    one = ntm("check", big_repo, "--jobs", "1", "--format", output_format)
    many = ntm("check", big_repo, "--jobs", "2", "--format", output_format)
    assert one.exit_code == many.exit_code == 1
    assert one.stdout_bytes == many.stdout_bytes
    assert one.stderr_bytes == many.stderr_bytes == b""  # workers print nothing, no bar off a terminal


def test_include_and_exclude_from_ntm_toml(tmp_path: Path) -> None:
    root = repository(tmp_path / "kho", toml='include = ["huyen-*/**"]\nexclude = ["huyen-a/luu-tru"]\n')
    for folder in ("huyen-a/xa-1", "huyen-a/luu-tru/xa-cu", "khac/xa-2"):
        commune(root, folder, name="Xã", code="1")
    paths = [d["path"] for d in json.loads(ntm("check", root, "--format", "json").output)["dossiers"]]
    assert paths == [f"{root.as_posix()}/huyen-a/xa-1"]


def test_ntm_toml_gives_language_and_fail_on_and_the_command_line_wins(tmp_path: Path) -> None:
    root = repository(tmp_path / "kho", toml='lang = "en"\nfail_on = "warning"\n')
    commune(root, "xa", name="Xã", code="1")
    by_config = ntm("check", root)
    assert by_config.exit_code == 1  # the illustrative-profile warning fails at "warning"
    assert "warnings" in by_config.output
    by_option = ntm("check", root, "--fail-on", "error", "--lang", "vi")
    assert by_option.exit_code == 0
    assert "cảnh báo" in by_option.output
    assert "cảnh báo" in ntm("check", root, env={"NTM_LANG": "vi"}).output  # the environment too


@pytest.mark.parametrize("toml, words", [
    ("lang = \n", "TOML"),
    ("mau = 1\n", "mau"),
    ('fail_on = "sometimes"\n', "fail_on"),
    ('criteria_dirs = ["khong-co"]\n', "khong-co"),
    ("jobs = -1\n", "jobs"),
])
def test_a_bad_ntm_toml_is_a_clear_error_exit_2(tmp_path: Path, toml: str, words: str) -> None:
    root = tmp_path / "kho"
    commune(root, "xa", name="Xã", code="1")
    (root / "ntm.toml").write_text(toml, encoding="utf-8")
    result = ntm("check", root, "--lang", "en")
    assert result.exit_code == 2
    assert "ntm.toml" in result.output and words in result.output
    assert "Traceback" not in result.output


def test_worker_processes_write_nothing_of_their_own(big_repo: Path) -> None:
    """As a real process (workers share its stdout and stderr): the same bytes with 1 or 2 workers."""
    import subprocess
    import sys

    def run(jobs: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "ntmcli", "check", str(big_repo), "--jobs", jobs,
                               "--format", "json"], capture_output=True, check=False)

    one, two = run("1"), run("2")
    assert (one.returncode, two.returncode) == (1, 1)
    assert one.stdout == two.stdout and two.stderr == b""
