"""Golden Markdown: each document of the example dossiers, byte for byte.

The expected files are in tests/fixtures/report/<dossier>/<document>.md. Content hashes and the
ntm version are written as placeholders there (hashes are checked by test_report.py, and would
otherwise change with every edit of a criteria file). When a document changes on purpose,
regenerate with `NTM_UPDATE_GOLDEN=1 pytest tests/test_report_golden.py` and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import MET_DOSSIER
from test_report_support import DAT, DOCUMENTS, GOLDEN, LOI, report

from ntmcli import __version__

SHA256 = re.compile(r"\b[0-9a-f]{64}\b")
CASES = [(DAT, name) for name in DOCUMENTS] + [(LOI, "bao-cao-tham-tra"), (LOI, "bao-cao-tu-danh-gia"),
                                              (MET_DOSSIER, "bao-cao-tu-danh-gia"), (MET_DOSSIER, "bien-ban-hop")]


def normalised(markdown: str) -> str:
    return SHA256.sub("<sha256>", markdown.replace(f"ntm {__version__}", "ntm <version>"))


@pytest.mark.parametrize(("dossier", "document"), CASES, ids=[f"{d.name}-{n}" for d, n in CASES])
def test_markdown_matches_the_golden_file(dossier: Path, document: str) -> None:
    result = report(dossier, "--document", document)
    assert result.exit_code in (0, 1), result.stderr
    produced = normalised(result.stdout)
    golden = GOLDEN / dossier.name / f"{document}.md"
    if os.environ.get("NTM_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8", newline="\n")
    assert produced == golden.read_text(encoding="utf-8"), (
        f"{document} of {dossier.name} differs from {golden}; if the change is intended, run "
        "NTM_UPDATE_GOLDEN=1 pytest tests/test_report_golden.py and review the diff")


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {GOLDEN / d.name / f"{n}.md" for d, n in CASES}
    assert set(GOLDEN.glob("*/*.md")) == expected
