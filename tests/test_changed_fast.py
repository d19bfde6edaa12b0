"""`--changed-since` takes shortcuts on a large repository (git scans while the dossiers are found,
member lists are read from the text, real paths are derived); in real git repositories these
check exactly the dossiers a full reading would, including where a shortcut must give way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from repo_helpers import checked, commune, district, init_git, repository
from typer.testing import CliRunner

import ntmcli.cli
import ntmcli.repo.changes
from ntmcli.check import CheckOptions, run_check
from ntmcli.cli import app

runner = CliRunner()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A district of two communes and a province listing it, committed on `main`."""
    root = repository(tmp_path / "kho")
    for n in (1, 2):
        commune(root, f"huyen-a/xa-{n}", name=f"Xã A{n}", code=f"0971{n}")
    district(root, "huyen-a/huyen", [("../xa-1", "ntm"), ("../xa-2", "ntm")], name="Huyện A", code="097")
    district(root, "tinh", [("../huyen-a/huyen", "ntm")], name="Tỉnh", code="01")
    monkeypatch.chdir(root)
    monkeypatch.delenv("NTM_LANG", raising=False)
    return root


def touch(file: Path) -> None:
    file.write_text(file.read_text(encoding="utf-8") + "# sửa\n", encoding="utf-8")


def _rewrite(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new), encoding="utf-8")


def test_a_district_written_in_flow_style_is_parsed_and_still_checked(repo: Path) -> None:
    _rewrite(repo / "huyen-a/huyen/dossier.yaml", "  - path: ../xa-2\n    level: ntm\n",
             "  - {path: ../xa-2, level: ntm}\n")
    init_git(repo)
    touch(repo / "huyen-a/xa-2/dieu-kien.yaml")
    assert checked("--changed-since", "main", ".") == ["huyen-a/huyen", "huyen-a/xa-2", "tinh"]


def test_a_member_named_through_a_link_is_the_dossier_it_points_to(repo: Path) -> None:
    district(repo, "huyen-b/huyen", [("../lien-ket", "ntm")], name="Huyện B", code="098")
    os.symlink("../huyen-a/xa-1", repo / "huyen-b/lien-ket")
    init_git(repo)
    touch(repo / "huyen-a/xa-1/tieu-chi/04-dien.yaml")
    assert checked("--changed-since", "main", ".") == ["huyen-a/huyen", "huyen-a/xa-1", "huyen-b/huyen", "tinh"]


def test_a_repository_named_through_a_link_gives_the_same_dossiers(repo: Path, tmp_path: Path) -> None:
    init_git(repo)
    touch(repo / "huyen-a/xa-2/dieu-kien.yaml")
    link = tmp_path / "lien-ket-kho"
    os.symlink(repo, link)
    through = checked("--changed-since", "main", str(link))
    assert through == [f"{link.as_posix()}/{p}" for p in ("huyen-a/huyen", "huyen-a/xa-2", "tinh")]


def test_the_text_reading_alone_never_selects_a_dossier_its_schema_rejects(repo: Path) -> None:
    # huyen-b names xa-1 in plain block form, but its dossier.yaml is invalid (year is no number):
    # it lists no member, exactly as when every dossier.yaml is parsed
    folder = district(repo, "huyen-b/huyen", [("../../huyen-a/xa-1", "ntm")], name="Huyện B", code="098")
    _rewrite(folder / "dossier.yaml", "year: 2025", "year: nam-nay")
    init_git(repo)
    touch(repo / "huyen-a/xa-1/dieu-kien.yaml")
    assert checked("--changed-since", "main", ".") == ["huyen-a/huyen", "huyen-a/xa-1", "tinh"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_dossier_yaml_does_not_stall_the_check(repo: Path) -> None:
    init_git(repo)
    (repo / "ong").mkdir()
    os.mkfifo(repo / "ong" / "dossier.yaml")
    touch(repo / "huyen-a/xa-2/dieu-kien.yaml")
    done = subprocess.run([sys.executable, "-m", "ntmcli", "check", "--changed-since", "main", ".",
                           "--format", "json", "--fail-on", "never"],
                          cwd=repo, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert [d["path"] for d in json.loads(done.stdout)["dossiers"]] == ["huyen-a/huyen", "huyen-a/xa-2", "tinh"]


def test_a_failed_command_leaves_no_git_scan_behind(repo: Path) -> None:
    """git starts before the command knows it will fail; what it found must not serve a later check."""
    init_git(repo)
    threads = threading.active_count()
    result = runner.invoke(app, ["check", "--changed-since", "main", ".", "--lang", "xx"])
    assert result.exit_code == 2
    assert threading.active_count() == threads
    touch(repo / "huyen-a/xa-1/dieu-kien.yaml")  # after that scan: only a new one sees it
    later = run_check([Path(".")], [], CheckOptions(changed_since="main", jobs=1))
    assert [d.path for d in later.dossiers] == ["huyen-a/huyen", "huyen-a/xa-1", "tinh"]


def test_a_profile_counts_however_a_dossier_names_it_and_other_yaml_counts_for_nothing(repo: Path) -> None:
    # dossiers searching the same folders for the same sets share one answer; a profile named by
    # its file path is taken from the dossier's own folder
    by_path = commune(repo, "xa-duong-dan", name="Xã Đường Dẫn", code="09801")
    _rewrite(by_path / "dossier.yaml", "profile: tinh-minh-hoa-xa-ntm-nang-cao@2024",
             "profile: ../criteria/tinh-minh-hoa-xa-ntm-nang-cao/2024.yaml")
    elsewhere = commune(repo, "huyen-a/xa-duong-dan", name="Xã Đường Dẫn Khác", code="09803")
    _rewrite(elsewhere / "dossier.yaml", "profile: tinh-minh-hoa-xa-ntm-nang-cao@2024",
             "profile: ../criteria/tinh-minh-hoa-xa-ntm-nang-cao/2024.yaml")  # huyen-a/criteria: none
    spelled = commune(repo, "xa-thu-muc", name="Xã Thư Mục", code="09802")
    _rewrite(spelled / "dossier.yaml", "year: 2024", 'criteria_dirs: ["../huyen-a/../criteria"]\nyear: 2024')
    init_git(repo)
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ntm.yml").write_text("on: [pull_request]\n", encoding="utf-8")
    assert checked("--changed-since", "main", ".") == []
    touch(repo / "criteria" / "tinh-minh-hoa-xa-ntm-nang-cao" / "2024.yaml")
    assert checked("--changed-since", "main", ".") == [
        "huyen-a/huyen", "huyen-a/xa-1", "huyen-a/xa-2", "tinh", "xa-duong-dan", "xa-thu-muc"]


@pytest.mark.parametrize("argv, scans", [
    (["check", "--changed-since", "main", ".", "--fail-on", "never"], True),
    (["check", ".", "--changed-since=main", "--format", "json", "--fail-on", "never"], True),
    (["check", "--changed-since", "main", "huyen-a", "--fail-on", "never"], True),  # same work tree
    (["summary", "."], False),
])
def test_git_scans_start_before_typer_reads_the_command_line_and_only_once(
        repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        argv: list[str], scans: bool) -> None:
    """typer's reading of the command line takes a tenth of a second; git works through it."""
    init_git(repo)
    touch(repo / "huyen-a/xa-2/dieu-kien.yaml")
    threads = threading.active_count()
    started: list[tuple[str, Path, bool]] = []
    typer_started = threading.Event()
    original = ntmcli.repo.changes.ChangesInBackground.__init__

    def counted(self, ref: str, where: Path) -> None:
        started.append((ref, where, typer_started.is_set()))
        original(self, ref, where)

    app_call = ntmcli.cli.app.__call__

    def typer_app(*args, **kwargs):
        typer_started.set()
        return app_call(*args, **kwargs)

    monkeypatch.setattr(ntmcli.repo.changes.ChangesInBackground, "__init__", counted)
    monkeypatch.setattr(ntmcli.cli, "app", typer_app)
    monkeypatch.setattr(sys, "argv", ["ntm", *argv])
    with pytest.raises(SystemExit) as exited:
        ntmcli.cli.main()
    assert exited.value.code == 0, capsys.readouterr()
    assert started == ([("main", repo, False)] if scans else [])
    assert threading.active_count() == threads  # no scan outlives the command
