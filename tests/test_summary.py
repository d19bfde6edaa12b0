"""`ntm summary`: counts checked against a repository built with known outcomes, CSV and text, a
file written only where allowed, and the HTML dashboard opened from disk in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app
from repo_helpers import commune, district, repository

runner = CliRunner()


def ntm(*args: str | Path):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NTM_LANG", raising=False)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """District A: 3 communes, one short on 17.2; district B: 2 communes, one with a broken
    dossier.yaml (not evaluable) and one short on 17.2."""
    root = repository(tmp_path_factory.mktemp("tong-hop") / "kho")
    commune(root, "a/xa-1", name="Xã A1", code="00011")
    commune(root, "a/xa-2", name="Xã A2", code="00012")
    commune(root, "a/xa-3", name="Xã A3", code="00013", failing=True)
    district(root, "a/huyen", [("../xa-1", "ntm"), ("../xa-2", "ntm"), ("../xa-3", "ntm")],
             name="Huyện Minh Họa", code="001")
    broken = commune(root, "b/xa-1", name="Xã B1", code="00021")
    (broken / "dossier.yaml").write_text("unit: [\n", encoding="utf-8")
    b2 = commune(root, "b/xa-2", name="Xã B2", code="00022", failing=True)
    text = (b2 / "dossier.yaml").read_text(encoding="utf-8").replace("Huyện Minh Họa", "Huyện Thử")
    (b2 / "dossier.yaml").write_text(text, encoding="utf-8")
    return root


def test_summary_json_counts(repo: Path) -> None:
    document = json.loads(ntm("summary", repo, "--format", "json").output)
    assert document["schema"] == "ntm-summary/1"
    totals = document["totals"]
    assert (totals["units"], totals["dat"], totals["chua_dat"], totals["khong_danh_gia"]) == (6, 2, 3, 1)
    by_path = {Path(u["path"]).relative_to(repo).as_posix(): u for u in document["units"]}
    assert by_path["a/xa-1"]["level_reached"] == "ntm_nang_cao"
    assert by_path["a/xa-3"]["level_reached"] is None
    assert (by_path["a/xa-3"]["criteria_met"], by_path["a/xa-3"]["criteria_total"]) == (18, 19)
    assert by_path["b/xa-1"]["status"] == "khong_danh_gia" and by_path["b/xa-1"]["errors"] >= 1
    districts = {(d["province"], d["district"]): d for d in document["districts"]}
    assert districts[("Tỉnh Minh Họa", "Huyện Minh Họa")]["units"] == 3
    assert districts[("Tỉnh Minh Họa", "Huyện Minh Họa")]["by_status"]["dat"] == 2
    assert districts[("Tỉnh Minh Họa", "Huyện Thử")]["by_status"]["chua_dat"] == 1
    # the unit whose dossier.yaml is broken has no province: it is counted under "—"
    assert [(p["province"], p["units"]) for p in document["provinces"]] == [("Tỉnh Minh Họa", 5), ("—", 1)]
    top = document["failed_indicators"][0]
    assert (top["id"], top["count"]) == ("17.2", 2)
    assert document["failed_criteria"][0]["count"] == 2


def test_summary_csv_has_a_row_per_unit(repo: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(ntm("summary", repo, "--format", "csv").output)))
    assert len(rows) == 6
    assert {r["status"] for r in rows} == {"dat", "chua_dat", "khong_danh_gia"}
    assert next(r for r in rows if r["name"] == "Xã A1")["code"] == "00011"  # codes keep their zeros


def test_summary_table_on_the_terminal(repo: Path) -> None:
    result = ntm("summary", repo)
    assert result.exit_code == 0
    assert "Tiêu chí chưa đạt nhiều nhất" in result.output
    assert "6 đơn vị: 2 đạt, 3 chưa đạt, 0 không xác định, 1 không đánh giá được" in result.output


def test_output_file_is_written_once_and_never_inside_a_dossier(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "tong-hop.csv"
    assert ntm("summary", repo, "--format", "csv", "--output", target).exit_code == 0
    assert target.read_bytes().startswith(b"\xef\xbb\xbfpath,")  # BOM: Excel reads it as UTF-8
    again = ntm("summary", repo, "--format", "csv", "--output", target)
    assert again.exit_code == 2 and "--force" in again.output
    assert ntm("summary", repo, "--format", "csv", "--output", target, "--force").exit_code == 0
    inside = ntm("summary", repo, "--format", "html", "--output", repo / "a" / "xa-1" / "tong-hop.html")
    assert inside.exit_code == 2
    assert not (repo / "a" / "xa-1" / "tong-hop.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tong-hop.csv"]  # no temporary file left


def test_the_dashboard_is_self_contained_and_deterministic(repo: Path) -> None:
    first = ntm("summary", repo, "--format", "html").output
    assert first == ntm("summary", repo, "--format", "html").output
    assert "<svg" in first and "Content-Security-Policy" in first
    for outside in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert outside not in first.replace('xmlns="http://www.w3.org/2000/svg"', "")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def open_in_chromium(page: Path) -> tuple[str, list[str]]:
    """The DOM Chromium built from `page` (opened from disk) and the console messages it logged.

    With `--enable-logging=stderr` headless Chromium writes every console message, uncaught
    error and Content-Security-Policy violation (a blocked network load) to stderr as an
    `INFO:CONSOLE` line; `--dump-dom` prints the DOM once the page has loaded."""
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                           "--v=0", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120, check=False)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    return done.stdout, console


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is installed by .ci/run")
def test_the_dashboard_opens_from_disk_in_chromium_without_console_errors(repo: Path, tmp_path: Path) -> None:
    page = tmp_path / "tong-hop.html"
    assert ntm("summary", repo, "--format", "html", "--output", page).exit_code == 0
    dom, console = open_in_chromium(page)
    assert console == []
    assert "Tổng hợp kho hồ sơ nông thôn mới" in dom and dom.count("<svg") >= 3
    assert "Huyện Thử" in dom


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is installed by .ci/run")
def test_the_console_check_catches_errors_and_network_loads(tmp_path: Path) -> None:
    """The check above can fail: a page with a script error and a remote image is caught."""
    page = tmp_path / "hong.html"
    page.write_text('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" '
                    "content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
                    '<img src="https://example.invalid/a.png"><script>khong_co()</script></body></html>',
                    encoding="utf-8")
    _, console = open_in_chromium(page)
    assert any("khong_co" in line for line in console)
    assert any("example.invalid" in line for line in console)
