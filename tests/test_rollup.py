"""Roll-ups: a district's preconditions computed from its member communes (QĐ 320), a province's
from its districts (QĐ 321); a missing or failing member is a finding at the line naming it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from ntmcli.check import CheckOptions, check_dossier, run_check
from ntmcli.cli import app
from repo_helpers import ROOT, commune, district, repository

EXAMPLE_REPO = ROOT / "examples" / "kho-huyen-minh-hoa"


def _conditions(report) -> dict[str, tuple[str, float | None]]:  # noqa: ANN001
    return {c.id: (c.status, c.value) for c in report.unit.conditions}


def _line_of(file: Path, text: str) -> int:
    return next(n for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_the_example_district_is_judged_on_its_communes() -> None:
    report = run_check([EXAMPLE_REPO / "huyen-minh-hoa"], [], CheckOptions(jobs=1)).dossiers[0]
    conditions = _conditions(report)
    assert conditions["xa-dat-chuan-ntm"] == ("chua_dat", 200 / 3)  # Cát Tường falls short
    assert conditions["xa-dat-chuan-nang-cao"] == ("dat", 200 / 3)
    assert conditions["hai-long-tung-xa"] == ("dat", 93.0)         # the lowest commune, Bình Minh
    assert conditions["thi-tran-van-minh"][0] == "khong_xet"         # towns stay as stated
    assert report.unit.status == "chua_dat"
    dossier_yaml = EXAMPLE_REPO / "huyen-minh-hoa" / "dossier.yaml"
    member = next(f for f in report.findings if f.rule == "rollup-member-not-attained")
    assert (member.file.endswith("huyen-minh-hoa/dossier.yaml"), member.line) == \
        (True, _line_of(dossier_yaml, "path: ../xa-cat-tuong"))
    stated = next(f for f in report.findings if f.rule == "rollup-stated-mismatch")
    assert stated.file.endswith("dieu-kien.yaml") and dict(stated.args)["stated"] == "100%"


def test_a_district_whose_communes_all_reach_their_level_meets_the_preconditions(tmp_path: Path) -> None:
    repo = repository(tmp_path / "kho")
    for n in (1, 2):
        commune(repo, f"xa-{n}", name=f"Xã Số {n}", code=f"0000{n}")
    stated = "conditions:\n  - id: thi-tran-van-minh\n    applicable: false\n  - id: hai-long\n    value: 95\n"
    huyen = district(repo, "huyen", [("../xa-1", "ntm_nang_cao"), ("../xa-2", "ntm")], stated=stated)
    report = check_dossier(huyen, "huyen", [repo / "criteria"])
    conditions = _conditions(report)
    assert conditions["xa-dat-chuan-ntm"] == ("dat", 100.0)
    assert conditions["xa-dat-chuan-nang-cao"] == ("dat", 100.0)
    # conditions computed from members need no statement: no "missing condition" for them
    assert not {f.rule for f in report.findings} & {"dossier-missing-condition", "rollup-member-not-attained"}


def test_a_missing_member_is_an_error_at_its_reference_and_counts_as_not_reached(tmp_path: Path) -> None:
    repo = repository(tmp_path / "kho")
    commune(repo, "xa-1", name="Xã Một", code="00001")
    huyen = district(repo, "huyen", [("../xa-1", "ntm"), ("../xa-khong-co", "ntm")])
    report = check_dossier(huyen, "huyen", [repo / "criteria"])
    missing = [f for f in report.findings if f.rule == "rollup-member-missing"]
    assert [(f.line, dict(f.args)["path"]) for f in missing] == [
        (_line_of(huyen / "dossier.yaml", "xa-khong-co"), "../xa-khong-co")]
    assert missing[0].severity.value == "error"
    assert _conditions(report)["xa-dat-chuan-ntm"] == ("chua_dat", 50.0)


def test_a_member_leading_back_to_its_district_is_a_cycle(tmp_path: Path) -> None:
    repo = repository(tmp_path / "kho")
    district(repo, "huyen-a", [("../huyen-b", "ntm")], name="Huyện A", code="001")
    district(repo, "huyen-b", [("../huyen-a", "ntm")], name="Huyện B", code="002")
    result = run_check([repo], [], CheckOptions(jobs=1))
    assert "rollup-member-cycle" in {f.rule for f in result.findings}


def test_a_province_is_rolled_up_from_its_districts_and_their_communes(tmp_path: Path) -> None:
    repo = repository(tmp_path / "kho")
    commune(repo, "huyen-a/xa-1", name="Xã Một", code="00001")
    commune(repo, "huyen-a/xa-2", name="Xã Hai", code="00002", failing=True)
    district(repo, "huyen-a/huyen", [("../xa-1", "ntm_nang_cao"), ("../xa-2", "ntm_nang_cao")])
    tinh = repo / "tinh"
    tinh.mkdir()
    (tinh / "dossier.yaml").write_text(
        'schema_version: 1\nunit: {name: Tỉnh Minh Họa, code: "99", kind: tinh, province: Tỉnh Minh Họa}\n'
        "target_level: hoan_thanh\ncriteria: tinh-hoan-thanh@2021-2025\nyear: 2025\n"
        "members:\n  - path: ../huyen-a/huyen\n    level: ntm\n", encoding="utf-8")
    (tinh / "dieu-kien.yaml").write_text(
        "conditions:\n  - id: huyen-dat-chuan-ntm\n    value: 100\n", encoding="utf-8")
    report = check_dossier(tinh, "tinh", [repo / "criteria"])
    conditions = _conditions(report)
    assert conditions["huyen-dat-chuan-ntm"] == ("chua_dat", 0.0)      # its one district is not NTM
    assert conditions["xa-dat-chuan-nang-cao"] == ("dat", 50.0)         # 1 of 2 communes: ≥ 40% holds
    assert conditions["thi-xa-thanh-pho-hoan-thanh"][0] == "khong_xet"  # no town: not applicable
    assert {f.rule for f in report.findings} >= {"rollup-member-not-attained", "rollup-stated-mismatch"}


def test_the_district_report_in_json_shows_the_computed_values() -> None:
    result = CliRunner().invoke(app, ["check", str(EXAMPLE_REPO / "huyen-minh-hoa"), "--format", "json"],
                                catch_exceptions=False)
    unit = json.loads(result.output)["dossiers"][0]["unit"]
    shares = {c["id"]: (c["numerator"], c["denominator"]) for c in unit["conditions"]}
    assert shares["xa-dat-chuan-ntm"] == (2, 3)
    assert result.exit_code == 0  # warnings only: the example repository fails on errors


def test_the_rolled_up_conditions_are_those_of_the_shipped_district_and_province_sets() -> None:
    """A renamed condition id in criteria/ would silently stop the roll-up: caught here."""
    from ntmcli.criteria.catalog import Catalog
    from ntmcli.criteria.resolve import resolve_ref
    from ntmcli.rollup.shares import ROLLUPS

    def conditions(ref: str) -> set[str]:
        effective, _ = resolve_ref(Catalog.with_dirs(), ref)
        assert effective is not None
        return {c.id for c in effective.conditions}

    district_shares = {"xa-dat-chuan-ntm", "xa-dat-chuan-nang-cao", "hai-long-tung-xa"}
    province_shares = {"huyen-dat-chuan-ntm", "huyen-dat-chuan-nang-cao", "xa-dat-chuan-nang-cao",
                       "thi-xa-thanh-pho-hoan-thanh"}
    assert district_shares <= conditions("huyen-ntm@2021-2025") & set(ROLLUPS)
    assert province_shares <= conditions("tinh-hoan-thanh@2021-2025") & set(ROLLUPS)
