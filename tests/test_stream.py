"""The plain report of a repository is written as each dossier is judged: the same bytes as the
report written at the end, each dossier's part as soon as it is final (a district once every
commune it rolls up from is judged)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ntmcli.repo.runner
from ntmcli.check import CheckOptions, DossierReport, run_check
from ntmcli.cli import app
from ntmcli.output import text
from repo_helpers import commune, district, repository


@pytest.fixture(autouse=True)
def _no_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Districts listed before their communes, one listing a commune outside the repository
    checked, two listing each other, and enough communes for worker processes."""
    root = repository(tmp_path_factory.mktemp("kho") / "kho")
    for d in range(3):
        members = [(f"../xa-{n}", "ntm") for n in range(6)]
        for n in range(6):
            commune(root, f"huyen-{d}/xa-{n}", name=f"Xã {d}-{n}", code=f"{d:02d}{n:03d}", failing=n == d)
        if d == 1:
            members.append(("../../../ngoai/xa-ngoai", "ntm"))
        district(root, f"huyen-{d}/huyen", members, name=f"Huyện {d}", code=f"{d:03d}")
    commune(root.parent, "ngoai/xa-ngoai", name="Xã Ngoài", code="09999")
    district(root, "vong-a", [("../vong-b", "ntm")], name="Huyện Vòng A", code="801")
    district(root, "vong-b", [("../vong-a", "ntm")], name="Huyện Vòng B", code="802")
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_streamed_report_is_the_report_written_at_the_end(repo: Path, jobs: str) -> None:
    streamed = CliRunner().invoke(app, ["check", str(repo), "--jobs", jobs], catch_exceptions=False)
    whole = io.StringIO()
    result = run_check([repo], [], CheckOptions(jobs=int(jobs)))
    text.report(result, "vi", whole, color=False)
    assert streamed.exit_code == result.exit_code("error") == 1
    assert streamed.stdout == whole.getvalue()
    assert len(result.dossiers) == 23


def test_each_report_is_heard_as_soon_as_it_is_final(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    inspect = ntmcli.repo.runner.inspect_dossier

    def logged(root: Path, display: str, criteria_dirs: list[Path]):
        events.append(f"đọc {_short(display)}")
        return inspect(root, display, criteria_dirs)

    def heard(report: DossierReport) -> None:
        events.append(f"báo {_short(report.path)}")

    monkeypatch.setattr(ntmcli.repo.runner, "inspect_dossier", logged)
    run_check([repo / "huyen-0", repo / "huyen-1"], [], CheckOptions(jobs=1, on_report=heard))
    communes = [f"huyen-0/xa-{n}" for n in range(6)]
    assert events[:15] == ["đọc huyen-0/huyen", *(f"đọc {c}" for c in communes),
                           "báo huyen-0/huyen", *(f"báo {c}" for c in communes),
                           "đọc huyen-1/huyen"]
    # huyen-1 lists a commune outside the paths checked: read after the others, then all is said
    assert events[-8:] == ["đọc ngoai/xa-ngoai", "báo huyen-1/huyen",
                           *(f"báo huyen-1/xa-{n}" for n in range(6))]


def _short(display: str) -> str:
    return "/".join(Path(display).parts[-2:])
