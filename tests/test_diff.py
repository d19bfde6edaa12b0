"""`ntm diff OLD NEW`: two assessments of one unit, from folders or git revisions, what changed,
and the revocation check of QĐ 18/2022/QĐ-TTg on the newer one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app
from ntmcli.evaluate.results import Reason
from ntmcli.evaluate.revocation import RevocationVerdict
from repo_helpers import commune, district, init_git, repository

runner = CliRunner()


def ntm(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = repository(tmp_path / "kho")
    commune(root, "xa-1", name="Xã Một", code="00001")
    commune(root, "xa-2", name="Xã Hai", code="00002")
    district(root, "huyen", [("../xa-1", "ntm"), ("../xa-2", "ntm")])
    init_git(root)
    monkeypatch.chdir(root)
    monkeypatch.delenv("NTM_LANG", raising=False)
    return root


def fall_short(commune_folder: Path) -> None:
    file = commune_folder / "tieu-chi" / "17-moi-truong.yaml"
    text = file.read_text(encoding="utf-8").replace("numerator: 1790", "numerator: 1500").replace("value: 57.3", "value: 48")
    file.write_text(text, encoding="utf-8")


def test_a_revision_against_the_work_tree(repo: Path) -> None:
    fall_short(repo / "xa-1")
    document = json.loads(ntm("diff", "HEAD:xa-1", "xa-1", "--format", "json").output)
    assert (document["old"]["source"], document["new"]["source"]) == ("HEAD:xa-1", "xa-1")
    assert (document["old"]["status"], document["new"]["status"]) == ("dat", "chua_dat")
    changes = {(c["kind"], c["id"]): c for c in document["changes"]}
    assert set(changes) == {("criterion", "17"), ("indicator", "17.2")}
    assert (changes[("indicator", "17.2")]["old_value"], changes[("indicator", "17.2")]["new_value"]) == (57.28, 48.0)
    assert document["no_longer_met"] == ["17"]
    revocation = document["revocation"]
    assert revocation["status"] == "khong_thu_hoi"  # 1 of 19 criteria: below every case
    assert revocation["criteria_failed"] == ["17"] and revocation["criteria_total"] == 19


def test_two_folders_and_the_text_report(repo: Path) -> None:
    shutil.copytree(repo / "xa-2", repo / "luu-tru" / "xa-2-2023")  # an archived copy
    fall_short(repo / "xa-2")
    result = ntm("diff", "luu-tru/xa-2-2023", "xa-2")
    assert result.exit_code == 0
    assert "17.2 Tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn: 57,28% (Đạt) → 48% (Chưa đạt)" in result.output
    assert "Thu hồi công nhận (QĐ 18/2022/QĐ-TTg): Không thuộc trường hợp thu hồi" in result.output


def test_a_district_at_a_revision_is_judged_on_its_members_as_they_were(repo: Path) -> None:
    fall_short(repo / "xa-2")
    document = json.loads(ntm("diff", "HEAD:huyen", "huyen", "--format", "json").output)
    changes = {(c["kind"], c["id"]): c for c in document["changes"]}
    share = changes[("condition", "xa-dat-chuan-ntm")]
    assert (share["old_value"], share["new_value"]) == (100.0, 50.0)


def test_no_change_says_so(repo: Path) -> None:
    result = ntm("diff", "HEAD:xa-1", "xa-1", "--lang", "en")
    assert "No indicator, criterion or condition changed." in result.output


def test_the_verdict_is_the_one_revocation_check_gives(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """diff formats the verdict of ntmcli.evaluate.revocation.revocation_check; it decides nothing."""
    verdict = RevocationVerdict("thu_hoi", (Reason("revocation.reason.case", (("case", "thử nghiệm"),)),))
    monkeypatch.setattr("ntmcli.diff.command.revocation_check", lambda unit, **_: verdict)
    result = ntm("diff", "HEAD:xa-1", "xa-1")
    assert "Thuộc trường hợp thu hồi quyết định công nhận" in result.output
    assert "trường hợp: thử nghiệm" in result.output


@pytest.mark.parametrize("old, new, words", [
    ("xa-1", "xa-2", "Xã Một"),               # two different units
    ("HEAD:khong-co", "xa-1", "khong-co"),     # no such folder in the revision
    ("khong-co-rev:xa-1", "xa-1", "khong-co-rev"),
    ("khong-co", "xa-1", "khong-co"),
])
def test_what_cannot_be_compared_exits_2(repo: Path, old: str, new: str, words: str) -> None:
    result = ntm("diff", old, new)
    assert result.exit_code == 2
    assert words in result.output and "Traceback" not in result.output


def test_diff_never_writes_in_the_repository(repo: Path) -> None:
    before = sorted(p.as_posix() for p in repo.rglob("*") if ".git" not in p.parts)
    ntm("diff", "HEAD:huyen", "huyen")
    assert sorted(p.as_posix() for p in repo.rglob("*") if ".git" not in p.parts) == before
