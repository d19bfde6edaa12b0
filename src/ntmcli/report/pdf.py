"""HTML → PDF by headless Chromium, when one is installed (Debian package `chromium`).

Chromium prints the same HTML the `html` format writes, with its A4 print stylesheet; its own
header and footer (date, address) are turned off. It runs with a throw-away profile, no network
services and no sandbox (it often runs as root in CI containers). A PDF embeds its creation time,
so unlike the other formats its bytes differ from run to run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ntmcli.check import UsageError

ENV_VAR = "NTM_CHROMIUM"
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
TIMEOUT_SECONDS = 180


def find_chromium() -> str | None:
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return explicit if Path(explicit).is_file() else shutil.which(explicit)
    return next((found for name in _CANDIDATES if (found := shutil.which(name))), None)


def html_to_pdf(html: str) -> bytes:
    browser = find_chromium()
    if browser is None:
        raise UsageError("error.chromium_missing")
    with tempfile.TemporaryDirectory(prefix="ntm-pdf-") as work:
        source, target = Path(work) / "van-ban.html", Path(work) / "van-ban.pdf"
        source.write_text(html, encoding="utf-8")
        _run(browser, source, target, Path(work) / "profile")
        if not target.is_file() or target.stat().st_size == 0:
            raise UsageError("error.chromium_failed", detail="no PDF written")
        return target.read_bytes()


def _run(browser: str, source: Path, target: Path, profile: Path) -> None:
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage", "--no-pdf-header-footer", f"--user-data-dir={profile}",
               f"--print-to-pdf={target}", source.as_uri()]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                              stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        raise UsageError("error.chromium_failed", detail=f"timeout {TIMEOUT_SECONDS} s") from None
    except OSError as err:
        raise UsageError("error.chromium_failed", detail=err.strerror or str(err)) from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:200]
        raise UsageError("error.chromium_failed", detail=last)
