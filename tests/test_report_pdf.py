"""PDF through headless Chromium (Debian package `chromium`, installed by .ci/run): A4 pages whose
text holds the Quốc hiệu, the title and the criteria table. Skipped only where Chromium or poppler's
pdftotext/pdfinfo are truly absent; when Chromium is missing, ntm says which package to install."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_report_support import DAT, QUOC_HIEU, report

from ntmcli.report.pdf import find_chromium

needs_chromium = pytest.mark.skipif(find_chromium() is None,
                                    reason="Chromium is not installed (Debian package `chromium`)")
needs_poppler = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                   reason="poppler-utils (pdftotext, pdfinfo) is not installed")
A4 = {(595, 842), (842, 595)}  # points, portrait and landscape, rounded


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "bao-cao-tham-tra.pdf"
    result = report(DAT, "--document", "bao-cao-tham-tra", "--output", target)
    assert result.exit_code == 0, result.stderr
    return target


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w)), round(float(h)))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_chromium
@needs_poppler
def test_every_page_is_a4_and_the_appendix_is_landscape(pdf: Path) -> None:
    sizes = page_sizes(pdf)
    assert len(sizes) >= 3
    assert set(sizes) <= A4
    assert sizes[0] == (595, 842)
    assert (842, 595) in sizes


@needs_chromium
@needs_poppler
def test_the_text_holds_the_state_header_the_title_and_the_table(pdf: Path) -> None:
    text = text_of(pdf)
    flat = " ".join(text.split())
    assert QUOC_HIEU in flat
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    assert "BÁO CÁO" in flat
    assert "Kết quả thẩm tra hồ sơ và mức độ đạt chuẩn nông thôn mới nâng cao" in flat
    assert "BIỂU CHI TIẾT KẾT QUẢ THẨM TRA CÁC TIÊU CHÍ, CHỈ TIÊU" in flat
    assert re.search(r"17\.2\s.*57,28%", text)
    assert "Tổng hợp: đạt 19/19 tiêu chí, 24/24 chỉ tiêu" in flat


@needs_chromium
@needs_poppler
def test_chromium_adds_no_header_or_footer_of_its_own(pdf: Path) -> None:
    text = text_of(pdf)
    assert "file://" not in text and "van-ban.html" not in text


def test_without_chromium_ntm_names_the_package_to_install(tmp_path: Path) -> None:
    result = report(DAT, "--output", tmp_path / "x.pdf", "--lang", "en",
                    env={"NTM_CHROMIUM": str(tmp_path / "khong-co-chromium")})
    assert result.exit_code == 2
    assert "Install the `chromium` package" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
