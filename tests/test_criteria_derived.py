"""Derived thresholds: the kiểu mẫu income condition is 1.1 × the nâng cao income threshold in force
for the same region and year (QĐ 319/QĐ-TTg: at least 10% above the nâng cao level).

Nationally that nâng cao threshold is not established, so a kiểu mẫu dossier's income condition is
"undetermined" and says why. An illustrative provincial profile (fixtures/criteria-catalogue,
"Tỉnh Thử") that fills the nâng cao income makes it determinable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ntmcli.check import run_check
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import Derivation, Origin, Threshold
from ntmcli.criteria.resolve import resolve_ref
from ntmcli.evaluate.results import IndicatorResult
from ntmcli.i18n import finding_args, t

CATALOGUE = (Path(__file__).parent / "fixtures" / "criteria-catalogue").resolve()
CONDITIONS = """conditions:
  - {{id: dat-chuan-nang-cao, value: true}}
  - {{id: thu-nhap-vuot-nang-cao, value: {income}}}
  - {{id: thon-thong-minh, value: 1}}
  - {{id: linh-vuc-noi-troi, value: 1}}
  - {{id: hai-long, numerator: 470, denominator: 500}}
  - {{id: no-dong-xdcb, value: true}}
  - {{id: an-ninh-trat-tu, value: true}}
"""


def kieu_mau_dossier(tmp_path: Path, income: float, *, region: str = "DBSH", year: int = 2024,
                     profile: str | None = None) -> Path:
    root = tmp_path / "ho-so-kieu-mau"
    root.mkdir()
    lines = ["schema_version: 1", "unit: {name: Xã Thử, code: \"99902\", kind: xa, province: Tỉnh Thử}",
             f"classification: {region}", "target_level: ntm_kieu_mau",
             "criteria: xa-ntm-kieu-mau@2021-2025", f"year: {year}"]
    if profile:
        lines += [f"profile: {profile}", f"criteria_dirs: [\"{CATALOGUE.as_posix()}\"]"]
    (root / "dossier.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "dieu-kien.yaml").write_text(CONDITIONS.format(income=income), encoding="utf-8")
    return root


def income_result(root: Path) -> IndicatorResult:
    (report,) = run_check([root], []).dossiers
    assert report.unit is not None, report.findings
    return next(c for c in report.unit.conditions if c.id == "thu-nhap-vuot-nang-cao")


# --- nationally: undetermined, with the reason --------------------------------------------------

@pytest.mark.parametrize(("year", "base"), [(2023, "xa-ntm-nang-cao@2021-2025"), (2024, "xa-ntm-nang-cao@2024"),
                                            (2025, "xa-ntm-nang-cao@2024")])
def test_national_kieu_mau_income_is_undetermined_and_says_why(tmp_path: Path, year: int, base: str) -> None:
    result = income_result(kieu_mau_dossier(tmp_path, 999, year=year))
    assert result.status == "khong_xac_dinh"
    assert result.reason is not None and result.reason.key == "reason.derived_undetermined"
    args = dict(result.reason.args)
    assert (args["ref"], args["target"], args["factor"], args["where"]) == (base, "10.1", "1.1", f"DBSH, {year}")
    text = t(result.reason.key, "vi", **finding_args(args, "vi"))
    assert text == (f"ngưỡng bằng 1.1 × ngưỡng chỉ tiêu 10.1 của bộ {base}, mà ngưỡng đó chưa xác lập "
                    f"(DBSH, {year})")


def test_the_finding_tells_the_user(tmp_path: Path) -> None:
    found = run_check([kieu_mau_dossier(tmp_path, 999)], []).findings
    (note,) = [f for f in found if f.rule == "condition-undetermined" and f.indicator == "thu-nhap-vuot-nang-cao"]
    assert note.arguments["reason_msg"] == "reason.derived_undetermined"
    assert (note.file.endswith("dieu-kien.yaml"), note.line) == (True, 3)


# --- a provincial profile fills the nâng cao income ----------------------------------------------

@pytest.mark.parametrize(("income", "year", "status"), [
    (77, 2024, "dat"),           # 1.1 × 70 = 77, met exactly
    (76.99, 2024, "chua_dat"),
    (83.05, 2025, "dat"),        # 1.1 × 75.5 = 83.05 (decimal, not 83.05000000000001)
    (83.04, 2025, "chua_dat"),
])
def test_a_profile_that_fills_the_nang_cao_income_makes_it_determinable(
        tmp_path: Path, income: float, year: int, status: str) -> None:
    result = income_result(kieu_mau_dossier(tmp_path, income, year=year,
                                            profile="tinh-thu-xa-ntm-kieu-mau@2024"))
    assert result.status == status
    assert result.threshold is not None and result.threshold.computed
    assert result.threshold.base is not None and result.threshold.base.origin.layer == "tinh-thu-xa-ntm-nang-cao@2024"


def test_a_region_the_profile_leaves_open_stays_undetermined(tmp_path: Path) -> None:
    result = income_result(kieu_mau_dossier(tmp_path, 999, region="TDMNPB",
                                            profile="tinh-thu-xa-ntm-kieu-mau@2024"))
    assert result.status == "khong_xac_dinh"
    assert dict(result.reason.args)["ref"] == "tinh-thu-xa-ntm-nang-cao@2024"


def test_the_computed_threshold_shows_its_base(tmp_path: Path) -> None:
    catalog = Catalog.with_dirs([CATALOGUE])
    kieu_mau, findings = resolve_ref(catalog, "tinh-thu-xa-ntm-kieu-mau@2024")
    assert findings == [] and kieu_mau is not None
    threshold = kieu_mau.condition("thu-nhap-vuot-nang-cao").threshold_for("DBSH", 2024)
    assert (threshold.value, threshold.base.value, threshold.derived.factor) == (77.0, 70.0, 1.1)


# --- the rule itself -----------------------------------------------------------------------------

def test_a_derivation_of_a_missing_base_figure_stays_undetermined() -> None:
    origin = Origin("x@1", "x.yaml", 1, 1)
    rule = Threshold(None, None, None, "s", "confirmed", None, origin, Derivation("b@1", "1", 1.1))
    applied = rule.derived.apply(rule, "DBSH", 2024)
    assert (applied.value, applied.computed, applied.base) == (None, True, None)


# --- broken derivations are findings at the figure ---------------------------------------------

def write(folder: Path, set_id: str, version: str, body: str) -> Path:
    path = folder / set_id / f"{version}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"id: {set_id}\nversion: \"{version}\"\n{body}", encoding="utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if line.startswith(start))


BASE = """unit_kind: xa
level: ntm
conditions:
  - id: thu-nhap
    name: Thu nhập
    kind: number
    comparator: ">="
    thresholds:
      - {value: 50, source: "01/QĐ-THU", confidence: single}
"""


def derived_set(derivation: str, *, value: str = "null", kind: str = "number") -> str:
    return f"""unit_kind: xa
level: ntm_kieu_mau
conditions:
  - id: thu-nhap-kieu-mau
    name: Thu nhập kiểu mẫu
    kind: {kind}
    comparator: ">="
    thresholds:
      - value: {value}
        derived: {derivation}
        source: "02/QĐ-THU"
        confidence: single
"""


@pytest.mark.parametrize(("derivation", "extra", "problem"), [
    ('{ref: khong-co@1, indicator: "x", factor: 1.1}', {}, "derived.no_set"),
    ('{ref: goc@1, indicator: "khong-co", factor: 1.1}', {}, "derived.no_indicator"),
    ('{ref: vong@1, indicator: "thu-nhap-kieu-mau", factor: 1.1}', {}, "derived.cycle"),
    ('{ref: goc@1, indicator: "thu-nhap", factor: 1.1}', {"value": "60"}, "derived.with_value"),
    ('{ref: goc@1, indicator: "thu-nhap", factor: 1.1}', {"kind": "boolean"}, "derived.not_numeric"),
])
def test_broken_derivations(tmp_path: Path, derivation: str, extra: dict[str, str], problem: str) -> None:
    write(tmp_path, "goc", "1", BASE)
    path = write(tmp_path, "vong", "1", derived_set(derivation, **extra))
    effective, findings = resolve_ref(Catalog.with_dirs([tmp_path]), "vong@1")
    assert effective is None
    (found,) = [f for f in findings if f.rule == "criteria-derived"]
    assert found.arguments["problem_msg"] == problem
    assert found.file.endswith("vong/1.yaml")
    assert (found.line, found.column) == (line_of(path, "      - value:"), 9)


def test_a_derived_figure_without_provenance_fails_lint(tmp_path: Path) -> None:
    from ntmcli.criteria.lint import lint

    write(tmp_path, "goc", "1", BASE)
    body = derived_set('{ref: goc@1, indicator: "thu-nhap", factor: 1.1}').replace(
        '        source: "02/QĐ-THU"\n        confidence: single\n', "")
    write(tmp_path, "kieu-mau", "1", body)
    _, findings = lint(Catalog.with_dirs([tmp_path]), strict=True)
    assert [(f.rule, f.line) for f in findings if f.file.endswith("kieu-mau/1.yaml")] == [
        ("criteria-no-provenance", line_of(tmp_path / "kieu-mau" / "1.yaml", "      - value:"))]
