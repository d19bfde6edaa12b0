"""Change-aware checks in real git repositories: `--changed-since REF` and changed file names
(as pre-commit passes them) check exactly the dossiers a change affects."""

from __future__ import annotations

from pathlib import Path

import pytest
from repo_helpers import (
    checked,
    commit_all,
    commune,
    district,
    git,
    init_git,
    repository,
)
from typer.testing import CliRunner

from ntmcli.cli import app

runner = CliRunner()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two districts of two communes each and a loose commune, committed on `main`."""
    root = repository(tmp_path / "kho")
    for d in ("a", "b"):
        for n in (1, 2):
            commune(root, f"huyen-{d}/xa-{n}", name=f"Xã {d.upper()}{n}", code=f"0{ord(d)}{n}")
        district(root, f"huyen-{d}/huyen", [("../xa-1", "ntm"), ("../xa-2", "ntm")],
                 name=f"Huyện {d.upper()}", code=f"0{ord(d)}")
    commune(root, "xa-le", name="Xã Lẻ", code="09999")
    init_git(root)
    monkeypatch.chdir(root)
    monkeypatch.delenv("NTM_LANG", raising=False)
    return root


def touch(file: Path, line: str = "# sửa\n") -> None:
    file.write_text(file.read_text(encoding="utf-8") + line, encoding="utf-8")


def test_nothing_changed_checks_nothing(repo: Path) -> None:
    assert checked("--changed-since", "main", ".") == []


def test_a_changed_commune_file_checks_the_commune_and_its_district(repo: Path) -> None:
    touch(repo / "huyen-a" / "xa-2" / "tieu-chi" / "04-dien.yaml")
    assert checked("--changed-since", "main", ".") == ["huyen-a/huyen", "huyen-a/xa-2"]


def test_a_commit_on_a_branch_counts_from_where_it_left_main(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "sua-xa-le")
    touch(repo / "xa-le" / "dieu-kien.yaml")
    commit_all(repo, "sửa xã lẻ")
    assert checked("--changed-since", "main", ".") == ["xa-le"]


def test_a_new_untracked_evidence_file_counts(repo: Path) -> None:
    (repo / "huyen-b" / "xa-1" / "minh-chung" / "moi.txt").write_text("mới\n", encoding="utf-8")
    assert checked("--changed-since", "main", ".") == ["huyen-b/huyen", "huyen-b/xa-1"]


def test_a_deleted_member_dossier_checks_the_district_that_listed_it(repo: Path) -> None:
    git(repo, "rm", "-q", "-r", "huyen-b/xa-1")
    assert checked("--changed-since", "main", ".") == ["huyen-b/huyen"]


def test_a_changed_profile_checks_every_dossier_pinning_it_through_extends(repo: Path) -> None:
    # the communes pin xa-ntm-nang-cao@2021-2025 with the provincial profile that extends it;
    # the districts pin huyen-ntm only
    touch(repo / "criteria" / "tinh-minh-hoa-xa-ntm-nang-cao" / "2024.yaml")
    assert checked("--changed-since", "main", ".") == [
        "huyen-a/huyen", "huyen-a/xa-1", "huyen-a/xa-2", "huyen-b/huyen", "huyen-b/xa-1", "huyen-b/xa-2", "xa-le"]


def test_a_new_set_shadowing_a_base_layer_counts_as_a_change_of_that_layer(repo: Path) -> None:
    shadow = repo / "criteria" / "huyen-ntm" / "2021-2025.yaml"
    shadow.parent.mkdir()
    shadow.write_text((Path(__file__).parent.parent / "criteria" / "huyen-ntm" / "2021-2025.yaml")
                      .read_text(encoding="utf-8"), encoding="utf-8")
    assert checked("--changed-since", "main", ".") == ["huyen-a/huyen", "huyen-b/huyen"]


def test_a_changed_ntm_toml_checks_everything(repo: Path) -> None:
    touch(repo / "ntm.toml")
    assert len(checked("--changed-since", "main", ".")) == 7


def test_changed_files_as_pre_commit_passes_them(repo: Path) -> None:
    assert checked("--changed-files", "huyen-b/xa-2/dossier.yaml", "README.md") == \
        ["huyen-b/huyen", "huyen-b/xa-2"]
    assert checked("--changed-files", "README.md") == []


def test_an_unknown_revision_exits_2(repo: Path) -> None:
    result = runner.invoke(app, ["check", "--changed-since", "khong-co-nhanh", ".", "--lang", "en"])
    assert result.exit_code == 2
    assert "khong-co-nhanh" in result.output


def test_outside_a_git_repository_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = repository(tmp_path / "khong-git")
    commune(root, "xa", name="Xã", code="1")
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["check", "--changed-since", "main", "."])
    assert result.exit_code == 2
    assert "git" in result.output
