"""The shipped criteria agree with the established facts of the reference notes.

`established-facts.yaml` lists what two or more public pages (or one, marked single) establish about
each national set: document, date, signer, criteria names and counts, the QĐ 320 and QĐ 321
conditions, the 2026-2030 groups, the special-area rule, the QĐ 18/2022 rules. Each fact is checked
against what `ntm criteria show SET --format json` prints, so the test fails when a shipped file
and the facts drift apart. The facts are read from ../shared/reference when present (the project's
shared notes), else from the verbatim copy in fixtures/reference.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from ntmcli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reference" / "established-facts.yaml"
COPY = Path(__file__).parent / "fixtures" / "reference" / "established-facts.yaml"


def facts_file() -> Path:
    return SHARED if SHARED.is_file() else COPY


@lru_cache(maxsize=1)
def facts() -> dict[str, Any]:
    return yaml.safe_load(facts_file().read_text("utf-8"))


def sets() -> dict[str, Any]:
    return facts()["sets"]


@cache
def show(ref: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["criteria", "show", ref, "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def words(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text).casefold()
    return set(re.findall(r"[\w%]+", text))


def source_with(doc: dict[str, Any], document: str) -> dict[str, Any]:
    found = [s for s in doc["sources"] if s["document"] == document]
    assert found, f"{doc['ref']} cites no source {document}"
    return found[0]


def criterion_names(doc: dict[str, Any]) -> dict[str, str | None]:
    return {c["id"]: c["name"] for c in doc["criteria"]}


def figure(doc: dict[str, Any], indicator_id: str) -> dict[str, Any]:
    every = [i for c in doc["criteria"] for i in c["indicators"]] + doc["conditions"]
    return next(i for i in every if i["id"] == indicator_id)


def test_the_facts_file_is_the_shared_one_or_its_verbatim_copy() -> None:
    if SHARED.is_file():
        assert COPY.read_bytes() == SHARED.read_bytes()
    assert facts()["sets"]


# --- every set: document, date, criteria names and counts ------------------------------------------

SET_REFS = ["xa-ntm@2016-2020", "xa-ntm@2021-2025", "xa-ntm-nang-cao@2021-2025",
            "xa-ntm-kieu-mau@2021-2025", "huyen-ntm@2021-2025", "tinh-hoan-thanh@2021-2025",
            "xa-ntm@2026-2030"]


def test_every_set_of_the_facts_is_checked_here() -> None:
    assert set(sets()) - {"amendment_2024"} == set(SET_REFS)


@pytest.mark.parametrize("ref", SET_REFS)
def test_document_and_date(ref: str) -> None:
    fact = sets()[ref]
    source = source_with(show(ref), fact["document"])
    assert source["date"] == fact["date"].isoformat()
    if "signer" in fact:
        assert fact["signer"].split()[-3:] == source["issuer"].removesuffix(" ký)").split()[-3:]


@pytest.mark.parametrize("ref", [r for r in SET_REFS if "criteria" in sets()[r]])
def test_criteria_names_and_count(ref: str) -> None:
    expected = {str(k): v for k, v in sets()[ref]["criteria"].items()}
    assert criterion_names(show(ref)) == expected


@pytest.mark.parametrize("ref", [r for r in SET_REFS if "regions" in sets()[r]])
def test_number_of_regions(ref: str) -> None:
    doc = show(ref)
    assert doc["classification"]["axis"] == "vung"
    assert len(doc["classification"]["values"]) == sets()[ref]["regions"]


@pytest.mark.parametrize("ref", [r for r in SET_REFS if "indicators" in sets()[r]])
def test_official_number_of_indicators(ref: str) -> None:
    doc = show(ref)
    assert doc["totals"]["indicators"] == sets()[ref]["indicators"]
    assert doc["counts"]["indicators"] <= doc["totals"]["indicators"]


def test_nang_cao_count_and_known_names() -> None:
    fact, doc = sets()["xa-ntm-nang-cao@2021-2025"], show("xa-ntm-nang-cao@2021-2025")
    assert len(doc["criteria"]) == doc["totals"]["criteria"] == fact["criteria_count"]
    names = criterion_names(doc)
    assert {str(k): names[str(k)] for k in fact["known_names"]} == {
        str(k): v for k, v in fact["known_names"].items()}


# --- thresholds -------------------------------------------------------------------------------------

XA_NTM_THRESHOLDS = ["3.1", "3.2", "7", "8.1"]
PASS_WORD = {"Đạt": True}


@pytest.mark.parametrize("indicator_id", XA_NTM_THRESHOLDS)
def test_xa_ntm_thresholds(indicator_id: str) -> None:
    fact = sets()["xa-ntm@2021-2025"]["thresholds"][indicator_id]
    indicator = figure(show("xa-ntm@2021-2025"), indicator_id)
    assert indicator["comparator"] == fact["comparator"]
    (threshold,) = indicator["thresholds"]
    assert threshold["class"] is None  # one figure for every region
    assert threshold["value"] == PASS_WORD.get(fact["value"], fact["value"])
    assert threshold["confidence"] == fact["confidence"]
    if "unit" in fact:
        assert indicator["unit"] == fact["unit"]


def test_nang_cao_electricity_by_region() -> None:
    fact = sets()["xa-ntm-nang-cao@2021-2025"]["thresholds"]["4 (hộ sử dụng điện)"]
    indicator = figure(show("xa-ntm-nang-cao@2021-2025"), "4.2")
    assert (indicator["comparator"], indicator["unit"]) == (fact["comparator"], fact["unit"])
    by_class = {t["class"]: t for t in indicator["thresholds"]}
    assert {k: t["value"] for k, t in by_class.items()} == fact["by_region"]
    assert {t["confidence"] for t in by_class.values()} == {fact["confidence"]}
    assert {t["document"] for t in by_class.values()} == {fact["source"].split()[1]}


# --- the special-area rule in both wordings --------------------------------------------------------

# (words of the fact, category the sets declare for it)
WORDING_2022 = [("xã đặc biệt khó khăn", "dac-biet-kho-khan"),
                ("xã an toàn khu thuộc huyện nghèo", "atk-huyen-ngheo"),
                ("vừa thoát nghèo giai đoạn 2018-2020", "atk-huyen-thoat-ngheo-2018-2020")]
WORDING_2024 = [("xã khu vực II, III", "khu-vuc-ii"), ("xã khu vực II, III", "khu-vuc-iii"),
                ("xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo", "bai-ngang-ven-bien"),
                ("xã an toàn khu thuộc huyện nghèo", "atk-huyen-ngheo")]


@pytest.mark.parametrize(("year", "wording", "refs"), [
    ("2022", WORDING_2022, ["xa-ntm@2021-2025", "xa-ntm-nang-cao@2021-2025"]),
    ("2024", WORDING_2024, ["xa-ntm@2024", "xa-ntm-nang-cao@2024"]),
])
def test_special_area_rule(year: str, wording: list[tuple[str, str]], refs: list[str]) -> None:
    text = sets()["xa-ntm@2021-2025"]["special_area_rule"][year]
    for ref in refs:
        doc = show(ref)
        areas = {a["code"]: a for a in doc["classification"]["special_areas"]}
        assert set(areas) == {code for _, code in wording}
        for phrase, code in wording:
            assert phrase in text
            target = areas[code]["moves_to"]
            target_name = next(v["name"] for v in doc["classification"]["values"] if v["code"] == target)
            assert text.endswith(f"→ ngưỡng vùng {target_name}") or f"→ ngưỡng vùng {target_name} (" in text
            assert areas[code]["confidence"] == "confirmed"


def test_the_2024_wording_comes_from_the_2024_amendment() -> None:
    amendment = sets()["amendment_2024"]
    assert amendment["document"] in sets()["xa-ntm@2021-2025"]["special_area_rule"]["2024"]
    for ref in ("xa-ntm@2024", "xa-ntm-nang-cao@2024"):
        source = source_with(show(ref), amendment["document"])
        assert source["date"] == amendment["date"].isoformat()
        assert amendment["signer"].split()[-3:] == source["issuer"].removesuffix(" ký)").split()[-3:]


# --- the 2024 amendment as layers ------------------------------------------------------------------

# QĐ 211 amends the huyện sets too, but what it changes there is not established: no layer yet.
AMENDED_WITHOUT_A_LAYER = {"huyen-ntm@2021-2025", "huyen-ntm-nang-cao@2021-2025"}


@pytest.mark.parametrize("base", sorted(set(sets()["amendment_2024"]["amends"]) - AMENDED_WITHOUT_A_LAYER))
def test_each_amended_set_has_a_2024_layer_over_it(base: str) -> None:
    layer = base.split("@")[0] + "@2024"
    doc = show(layer)
    assert [entry["ref"] for entry in doc["layers"]] == [base, layer]
    source_with(doc, sets()["amendment_2024"]["document"])


def test_the_xa_ntm_amendment_touches_the_amended_criteria() -> None:
    top = show("xa-ntm@2024")["layers"][-1]
    assert sorted(top["criteria"], key=int) == [str(n) for n in sets()["amendment_2024"]["xa_ntm_amended_criteria"]]


# --- kiểu mẫu (QĐ 319) -----------------------------------------------------------------------------

# (words of the fact, condition id)
KIEU_MAU = [("đạt chuẩn xã NTM nâng cao", "dat-chuan-nang-cao"),
            ("thu nhập bình quân đầu người cao hơn ít nhất 10%", "thu-nhap-vuot-nang-cao"),
            ("ít nhất 1 mô hình thôn thông minh", "thon-thong-minh"),
            ("ít nhất 1 lĩnh vực nổi trội", "linh-vuc-noi-troi")]


def test_kieu_mau_four_conditions() -> None:
    fact = sets()["xa-ntm-kieu-mau@2021-2025"]
    assert len(fact["conditions"]) == len(KIEU_MAU)
    doc = show("xa-ntm-kieu-mau@2021-2025")
    for text, (phrase, condition_id) in zip(fact["conditions"], KIEU_MAU, strict=True):
        assert phrase in text
        assert figure(doc, condition_id)["confidence"] == "confirmed"
    for count_id in ("thon-thong-minh", "linh-vuc-noi-troi"):
        (threshold,) = figure(doc, count_id)["thresholds"]
        assert (figure(doc, count_id)["comparator"], threshold["value"]) == (">=", 1)


def test_kieu_mau_income_is_the_nang_cao_income_plus_the_margin() -> None:
    margin = sets()["xa-ntm-kieu-mau@2021-2025"]["income_margin_percent"]
    income = figure(show("xa-ntm-kieu-mau@2021-2025"), "thu-nhap-vuot-nang-cao")
    assert income["comparator"] == ">="
    assert income["thresholds"]
    for threshold in income["thresholds"]:
        assert threshold["value"] is None and threshold["status"] == "tinh_tu"
        assert threshold["derived"]["factor"] == pytest.approx(1 + margin / 100)
        assert threshold["derived"]["ref"].startswith("xa-ntm-nang-cao@")


# --- huyện NTM (QĐ 320) and tỉnh hoàn thành (QĐ 321) -----------------------------------------------

HUYEN_CONDITIONS = {"communes_ntm_percent": "xa-dat-chuan-ntm",
                    "communes_nang_cao_percent": "xa-dat-chuan-nang-cao",
                    "towns_do_thi_van_minh_percent": "thi-tran-van-minh",
                    "satisfaction_district_percent": "hai-long",
                    "satisfaction_per_commune_per_item_percent": "hai-long-tung-xa"}
TINH_CONDITIONS = {"districts_ntm_percent": "huyen-dat-chuan-ntm",
                   "towns_cities_completed_percent": "thi-xa-thanh-pho-hoan-thanh",
                   "districts_nang_cao_percent": "huyen-dat-chuan-nang-cao",
                   "communes_nang_cao_percent": "xa-dat-chuan-nang-cao",
                   "provincial_scheme_adopted_by_council": "de-an-ntm-toan-tinh",
                   "road_km_with_trees_percent": "duong-co-cay-xanh",
                   "public_green_land_m2_per_person": "dat-cay-xanh-cong-cong",
                   "administrative_satisfaction_percent": "hai-long-hanh-chinh"}


@pytest.mark.parametrize(("ref", "key", "mapping"), [
    ("huyen-ntm@2021-2025", "preconditions", HUYEN_CONDITIONS),
    ("tinh-hoan-thanh@2021-2025", "conditions", TINH_CONDITIONS),
])
def test_conditions_of_qd_320_and_qd_321(ref: str, key: str, mapping: dict[str, str]) -> None:
    expected = sets()[ref][key]
    assert set(expected) == set(mapping)
    doc = show(ref)
    for name, fact in expected.items():
        condition = figure(doc, mapping[name])
        (threshold,) = condition["thresholds"]
        assert (condition["comparator"], threshold["value"]) == (fact["comparator"], fact["value"]), name
        assert threshold["confidence"] == fact.get("confidence", "confirmed"), name
    if ref == "tinh-hoan-thanh@2021-2025":
        assert len(doc["conditions"]) == len(expected)


# --- 2026-2030 (QĐ 51/2025) ------------------------------------------------------------------------

GROUPS = {"nhom_1": "nhom-1", "nhom_2": "nhom-2", "nhom_3": "nhom-3"}


def test_2026_2030_groups_are_defined_as_the_decision_words_them() -> None:
    fact, doc = sets()["xa-ntm@2026-2030"], show("xa-ntm@2026-2030")
    assert doc["classification"]["axis"] == "nhom"
    values = {v["code"]: v for v in doc["classification"]["values"]}
    assert set(values) == {GROUPS[g] for g in fact["groups"]}
    for group, definition in fact["groups"].items():
        assert words(definition) <= words(values[GROUPS[group]]["definition"]), group
        assert values[GROUPS[group]]["confidence"] == "confirmed"


def test_2026_2030_in_force() -> None:
    assert show("xa-ntm@2026-2030")["in_force"] == sets()["xa-ntm@2026-2030"]["in_force"].isoformat()


# --- QĐ 18/2022: recognition conditions and revocation ----------------------------------------------

COMMUNE_CONDITIONS = [("hài lòng", "hai-long"), ("nợ đọng xây dựng cơ bản", "no-dong-xdcb"),
                      ("An toàn về an ninh, trật tự", "an-ninh-trat-tu")]


def test_recognition_conditions_of_a_commune() -> None:
    fact = facts()["recognition"]
    recognition = show("xa-ntm@2021-2025")["recognition"]
    assert recognition["document"] == fact["document"]
    conditions = {c["id"]: c for c in recognition["conditions"]}
    # the first condition, "meets every criterion of the set", is the set itself
    assert len(fact["commune_conditions"]) == len(COMMUNE_CONDITIONS) + 1
    for text, (phrase, condition_id) in zip(fact["commune_conditions"][1:], COMMUNE_CONDITIONS, strict=True):
        assert phrase in text
        assert conditions[condition_id]["declared"]


def test_the_amendment_of_qd_18() -> None:
    number, day, month, year = re.fullmatch(r"(\S+) \((\d+)/(\d+)/(\d+)\)",
                                            facts()["recognition"]["amended_by"]).groups()
    source = source_with(show("xa-ntm@2024"), number)
    assert source["date"] == dt.date(int(year), int(month), int(day)).isoformat()


@pytest.mark.parametrize(("ref", "unit"), [("xa-ntm@2021-2025", "commune"), ("huyen-ntm@2021-2025", "district")])
def test_revocation_rule(ref: str, unit: str) -> None:
    texts = facts()["recognition"]["revocation"][unit]
    revocation = show(ref)["recognition"]["revocation"]
    critical_text = next(t for t in texts if "trong đó có" in t)
    for name in revocation["critical_criteria"]:
        assert name in critical_text or name.replace(", trật tự", " trật tự") in critical_text
    shares = {(c["criteria_share"] or {}).get("at_least") for c in revocation["cases"]}
    assert {30, 50} <= shares
    for text in texts:
        assert re.search(r"từ (30|50)%", text)
    if unit == "district":
        members = [c for c in revocation["cases"] if c["members_share"]]
        assert [c["members_share"]["at_least"] for c in members] == [30]
    # "boundary at exactly 50% not settled": the rule file says so, explicitly
    assert [b["share"] for b in revocation["unsettled"]] == [50]
