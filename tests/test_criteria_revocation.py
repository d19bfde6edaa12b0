"""The revocation rule of QĐ 18/2022/QĐ-TTg as data (criteria/_rules/qd-18-2022.yaml), applied by
`revocation_check` to a re-assessed unit.

A recognised commune loses its recognition when 30% to 50% of its criteria are no longer met and
one of them is critical (Thu nhập; Môi trường và an toàn thực phẩm; Môi trường; Chất lượng môi
trường sống; Quốc phòng và An ninh), or when 50% or more are no longer met; a district also when
30% or more of its communes lost theirs. Exactly 50% without a critical criterion is not settled by
the sources: the verdict there is "undetermined", never a guess.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import Layer
from ntmcli.criteria.recognition import load_rules
from ntmcli.evaluate.results import CriterionResult, UnitResult, Verdicts
from ntmcli.evaluate.revocation import revocation_check
from ntmcli.i18n import finding_args, t

XA_NTM = {"1": "Quy hoạch", "2": "Giao thông", "3": "Thủy lợi và phòng, chống thiên tai", "4": "Điện",
          "5": "Trường học", "6": "Cơ sở vật chất văn hóa", "7": "Cơ sở hạ tầng thương mại nông thôn",
          "8": "Thông tin và Truyền thông", "9": "Nhà ở dân cư", "10": "Thu nhập", "11": "Nghèo đa chiều",
          "12": "Lao động", "13": "Tổ chức sản xuất và phát triển kinh tế nông thôn",
          "14": "Giáo dục và Đào tạo", "15": "Y tế", "16": "Văn hóa",
          "17": "Môi trường và an toàn thực phẩm", "18": "Hệ thống chính trị và tiếp cận pháp luật",
          "19": "Quốc phòng và An ninh"}
HUYEN = {"1": "Quy hoạch", "2": "Giao thông", "3": "Thủy lợi và phòng, chống thiên tai", "4": "Điện",
         "5": "Y tế - Văn hóa - Giáo dục", "6": "Kinh tế", "7": "Môi trường", "8": "Chất lượng môi trường sống",
         "9": "Hệ thống chính trị - An ninh trật tự - Hành chính công"}


def unit(statuses: dict[str, str], *, names: dict[str, str | None] = XA_NTM, kind: str = "xa",
         level: str = "ntm", layers: tuple[str, ...] = ("xa-ntm@2021-2025", "xa-ntm@2024")) -> UnitResult:
    """A re-assessment: every criterion of `names` met unless `statuses` says otherwise."""
    criteria = tuple(CriterionResult(id=i, name=n, status=statuses.get(i, "dat"), reason=None, indicators=(),
                                     verdicts=Verdicts(), agency=None, file=None) for i, n in names.items())
    return UnitResult(name="Xã Thử", code="99903", kind=kind, province="Tỉnh Thử", district=None,
                      classification="DBSH", target_level=level, year=2025, stage="tham_dinh",
                      set_ref=layers[-1], set_title=None,
                      layers=tuple(Layer(ref, f"criteria/{ref}.yaml", None, False, "0" * 64) for ref in layers),
                      status="chua_dat", criteria=criteria, conditions=())


def failing(*ids: str, status: str = "chua_dat") -> dict[str, str]:
    return {i: status for i in ids}


ORDINARY = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "11"]  # none of them critical

# (what failed, verdict, case, reason keys that must be given)
XA_CASES = [
    ({}, "khong_thu_hoi", None, ["revocation.reason.share"]),
    (failing(*ORDINARY[:5]), "khong_thu_hoi", None, []),                           # 5/19 = 26.3%
    (failing(*ORDINARY[:6]), "khong_thu_hoi", None, []),                           # 6/19 = 31.6%, none critical
    (failing(*ORDINARY[:5], "10"), "thu_hoi", "tu-30-den-50-co-tieu-chi-then-chot",  # with Thu nhập
     ["revocation.reason.critical", "revocation.reason.case"]),
    (failing(*ORDINARY[:5], "17"), "thu_hoi", "tu-30-den-50-co-tieu-chi-then-chot", []),
    (failing(*ORDINARY[:5], "19"), "thu_hoi", "tu-30-den-50-co-tieu-chi-then-chot", []),
    (failing(*ORDINARY[:4], "10"), "khong_thu_hoi", None, []),                     # 5/19 < 30% even with 10
    (failing(*ORDINARY[:9]), "khong_thu_hoi", None, []),                           # 9/19 = 47.4%, none critical
    (failing(*ORDINARY), "thu_hoi", "tu-50-tro-len", ["revocation.reason.case"]),  # 10/19 = 52.6%
    # undetermined criteria could go either way
    ({**failing(*ORDINARY[:5]), **failing("17", status="khong_xac_dinh")}, "khong_xac_dinh", None,
     ["revocation.reason.undetermined"]),
    ({**failing(*ORDINARY[:5], "10"), **failing("17", status="khong_xac_dinh")}, "thu_hoi",
     "tu-30-den-50-co-tieu-chi-then-chot", []),
    ({**failing(*ORDINARY[:2]), **failing("4", status="khong_xac_dinh")}, "khong_thu_hoi", None, []),
    # a criterion not assessed (khong_xet) leaves 18: 9 failed is exactly 50%
    ({**failing(*ORDINARY[:9]), **failing("12", status="khong_xet")}, "khong_xac_dinh", None,
     ["revocation.reason.boundary"]),
    ({**failing(*ORDINARY[:8], "10"), **failing("12", status="khong_xet")}, "thu_hoi", None, []),
]


@pytest.mark.parametrize(("statuses", "verdict", "case", "reasons"), XA_CASES)
def test_commune(statuses: dict[str, str], verdict: str, case: str | None, reasons: list[str]) -> None:
    result = revocation_check(unit(statuses))
    assert result.status == verdict
    if case is not None:
        assert result.case == case
    assert set(reasons) <= {r.key for r in result.reasons}
    assert (result.rules, result.rule, result.confidence) == ("qd-18-2022", "xa-ntm", "confirmed")


def test_the_tally_behind_the_verdict() -> None:
    result = revocation_check(unit({**failing("1", "10", "17"), **failing("4", status="khong_xac_dinh")}))
    assert (result.total, result.failed, result.undetermined, result.critical_failed) == (
        19, ("1", "10", "17"), ("4",), ("10", "17"))


def test_reasons_read_in_both_languages() -> None:
    result = revocation_check(unit(failing(*ORDINARY[:5], "10")))
    texts = [t(r.key, "vi", **finding_args(dict(r.args), "vi")) for r in result.reasons]
    assert texts[0] == "6/19 tiêu chí không còn đạt (31.6%)"
    assert texts[1] == "trong đó có tiêu chí then chốt: 10 Thu nhập"
    assert texts[2].startswith("trường hợp: Có từ 30% đến 50% số tiêu chí xã không đạt chuẩn")
    english = [t(r.key, "en", **finding_args(dict(r.args), "en")) for r in result.reasons]
    assert english[0] == "6/19 criteria no longer met (31.6%)"


def test_the_exact_50_percent_boundary_says_why() -> None:
    result = revocation_check(unit({**failing(*ORDINARY[:9]), **failing("12", status="khong_xet")}))
    (boundary,) = [r for r in result.reasons if r.key == "revocation.reason.boundary"]
    assert dict(boundary.args)["share"] == "50"
    assert "30% đến 50%" in dict(boundary.args)["note"]


# --- nâng cao: the rule applies by inference, and the set does not name every criterion ----------

NANG_CAO = {str(n): None for n in range(1, 20)} | {"2": "Giao thông", "3": "Thủy lợi và phòng, chống thiên tai",
                                                  "4": "Điện", "5": "Giáo dục", "8": "Thông tin và Truyền thông",
                                                  "12": "Lao động", "14": "Y tế", "15": "Hành chính công",
                                                  "16": "Tiếp cận pháp luật"}


@pytest.mark.parametrize(("statuses", "verdict"), [
    (failing("2", "3", "4", "5", "8", "12"), "khong_thu_hoi"),   # 6/19, all named, none critical
    (failing("2", "3", "4", "5", "8", "10"), "khong_xac_dinh"),  # 10 has no established name
    (failing("2", "3", "4", "5", "8", "12", "14", "15", "16", "1"), "thu_hoi"),  # 10/19
])
def test_nang_cao(statuses: dict[str, str], verdict: str) -> None:
    result = revocation_check(unit(statuses, names=NANG_CAO, level="ntm_nang_cao",
                                   layers=("xa-ntm-nang-cao@2021-2025", "xa-ntm-nang-cao@2024")))
    assert result.status == verdict
    assert result.confidence == "unverified"
    keys = {r.key for r in result.reasons}
    assert "revocation.reason.inferred" in keys
    if verdict == "khong_xac_dinh":
        assert "revocation.reason.critical_unknown" in keys


# --- districts: the share of communes whose recognition was revoked ------------------------------

@pytest.mark.parametrize(("statuses", "members", "verdict"), [
    ({}, (3, 10), "thu_hoi"),                       # 30% of communes revoked
    ({}, (2, 10), "khong_thu_hoi"),
    ({}, None, "khong_xac_dinh"),                   # not given: cannot be decided
    (failing("1", "2", "6"), (0, 10), "thu_hoi"),   # 3/9 = 33.3% with Kinh tế
    (failing("1", "2", "3"), (0, 10), "khong_thu_hoi"),
    (failing("1", "2", "3", "9"), None, "thu_hoi"),  # "An ninh, trật tự" reads as the set's name
    (failing("1", "2", "3", "4", "5"), None, "thu_hoi"),  # 5/9 = 55.6%
])
def test_district(statuses: dict[str, str], members: tuple[int, int] | None, verdict: str) -> None:
    result = revocation_check(unit(statuses, names=HUYEN, kind="huyen", layers=("huyen-ntm@2021-2025",)),
                              members_revoked=members)
    assert result.status == verdict
    if members is None and verdict == "khong_xac_dinh":
        assert "revocation.reason.members_unknown" in {r.key for r in result.reasons}


# --- what the rule does not cover ---------------------------------------------------------------

def test_kieu_mau_has_no_established_rule() -> None:
    result = revocation_check(unit({}, level="ntm_kieu_mau", layers=("xa-ntm-kieu-mau@2021-2025",)))
    assert result.status == "khong_xac_dinh"
    assert [r.key for r in result.reasons] == ["revocation.reason.no_entry"]
    assert t("revocation.reason.no_entry", "vi", **finding_args(dict(result.reasons[0].args), "vi")) == (
        "18/2022/QĐ-TTg không có quy định thu hồi đã xác lập cho đơn vị xa, mức nông thôn mới kiểu mẫu")


def test_a_set_no_rule_governs() -> None:
    result = revocation_check(unit({}, layers=("xa-ntm@2026-2030",)))
    assert (result.status, [r.key for r in result.reasons]) == ("khong_xac_dinh", ["revocation.reason.no_rules"])


def test_a_provincial_profile_is_governed_through_its_national_base() -> None:
    result = revocation_check(unit(failing(*ORDINARY), layers=("xa-ntm@2021-2025", "tinh-x@2024")))
    assert (result.status, result.rules) == ("thu_hoi", "qd-18-2022")


def test_rules_from_another_folder(tmp_path: Path) -> None:
    catalogue = Path(__file__).parent / "fixtures" / "criteria-catalogue"
    names = {"1": "Điện", "2": "Thu nhập", "3": "Môi trường"}
    result = revocation_check(unit(failing("2"), names=names, layers=("test-vung@2024",)),
                              criteria_dirs=[catalogue])
    assert (result.status, result.rules, result.case) == ("thu_hoi", "test-quy-dinh", "tu-30-den-50-co-then-chot")


def test_the_shipped_rule_file_loads_and_is_not_a_set() -> None:
    catalog = Catalog.with_dirs([])
    rules, findings = load_rules(catalog)
    assert findings == []
    assert [r.model.id for r in rules] == ["qd-18-2022"]
    assert not any(ref.startswith("_") for ref in catalog.available())
