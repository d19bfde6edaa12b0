"""docs/ho-so-tinh.md, the guide for a provincial office: its examples run as written.

The kiểu mẫu profile the guide shows is written to a folder and resolved over the illustrative
nâng cao profile of examples/criteria; the commands and outputs it quotes are run and compared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.resolve import resolve_ref

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "ho-so-tinh.md"
EXAMPLES = ROOT / "examples" / "criteria"
runner = CliRunner()


@pytest.fixture(autouse=True)
def _from_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NTM_LANG", raising=False)


def yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", GUIDE.read_text("utf-8"), flags=re.DOTALL)


def kieu_mau_profile(folder: Path) -> Path:
    (block,) = [b for b in yaml_blocks() if "id: tinh-minh-hoa-xa-ntm-kieu-mau" in b]
    path = folder / "tinh-minh-hoa-xa-ntm-kieu-mau" / "2024.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(block, encoding="utf-8")
    return path


def ntm(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_the_kieu_mau_profile_of_the_guide_resolves_to_1_1_times_the_nang_cao_income(tmp_path: Path) -> None:
    kieu_mau_profile(tmp_path)
    effective, findings = resolve_ref(Catalog.with_dirs([tmp_path, EXAMPLES]), "tinh-minh-hoa-xa-ntm-kieu-mau@2024")
    assert findings == [] and effective is not None
    income = effective.condition("thu-nhap-vuot-nang-cao")
    assert income.threshold_for("DBSH", 2024).value == 77
    assert income.threshold_for("DBSH", 2025).value == 82.5


def test_the_output_the_guide_quotes_for_show(tmp_path: Path) -> None:
    path = kieu_mau_profile(tmp_path)
    result = ntm("criteria", "show", "xa-ntm-kieu-mau@2021-2025", "--profile", str(path),
                 "--criteria-dir", "examples/criteria", "--region", "DBSH", "--year", "2024")
    assert result.exit_code == 0, result.output
    quoted = re.search(r'in ra\n"(.*?)"', GUIDE.read_text("utf-8"), flags=re.DOTALL).group(1).replace("\n", " ")
    assert quoted in result.output


def test_the_lint_and_diff_the_guide_shows() -> None:
    assert ntm("criteria", "lint", "--strict", "--criteria-dir", "examples/criteria").exit_code == 0
    result = ntm("criteria", "diff", "xa-ntm-nang-cao@2021-2025", "tinh-minh-hoa-xa-ntm-nang-cao@2024",
                 "--criteria-dir", "examples/criteria")
    guide = GUIDE.read_text("utf-8")
    for line in re.search(r"```\nNgưỡng\n(.*?)```", guide, flags=re.DOTALL).group(1).splitlines():
        assert line in result.output
    changes = json.loads(ntm("criteria", "diff", "xa-ntm-nang-cao@2021-2025", "tinh-minh-hoa-xa-ntm-nang-cao@2024",
                             "--criteria-dir", "examples/criteria", "--format", "json").output)["changes"]
    tally = {(c["section"], c["kind"]) for c in changes}
    counts = {key: sum(1 for c in changes if (c["section"], c["kind"]) == key) for key in tally}
    assert (counts[("indicators", "added")], counts[("indicators", "renamed")]) == (18, 2)
    assert (counts[("thresholds", "added")], counts[("thresholds", "changed")]) == (2, 5)
    assert "18 chỉ tiêu thêm, 2 chỉ tiêu đổi tên, 2 ngưỡng thêm và 5 ngưỡng đổi" in guide


def test_the_head_of_the_example_the_guide_quotes_is_the_real_file() -> None:
    (head,) = [b for b in yaml_blocks() if "id: tinh-minh-hoa-xa-ntm-nang-cao " in b]
    text = (EXAMPLES / "tinh-minh-hoa-xa-ntm-nang-cao" / "2024.yaml").read_text("utf-8")
    for line in head.splitlines():
        assert line.split("#")[0].rstrip() in text
