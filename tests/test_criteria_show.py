"""`ntm criteria show`: the effective table a unit is judged by, in text, JSON and Markdown.

The expected outputs in fixtures/criteria-expected/ were read line by line against the test sets
in fixtures/criteria-catalogue/ (illustrative figures); the tests run from fixtures/ so the file
names printed in them are stable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from criteria_cli import CATALOGUE, EXPECTED, FIXTURES, _from_the_fixtures_folder, ntm  # noqa: F401


def shown(*args: str) -> dict[str, Any]:
    result = ntm("criteria", "show", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def indicator(doc: dict[str, Any], indicator_id: str) -> dict[str, Any]:
    every = [i for c in doc["criteria"] for i in c["indicators"]] + doc["conditions"]
    return next(i for i in every if i["id"] == indicator_id)


def values(doc: dict[str, Any], indicator_id: str) -> dict[tuple[str | None, int | None], Any]:
    return {(t["class"], t["year"]): t["value"] for t in indicator(doc, indicator_id)["thresholds"]}


# --- expected outputs ----------------------------------------------------------------------------

CASES = [
    ("show-test-vung-2024.txt", ["test-vung@2024"]),
    ("show-test-vung-2024-DBSH-khu-vuc-iii-2025.json",
     ["test-vung@2024", "--region", "DBSH", "--special-area", "khu-vuc-iii", "--year", "2025", "-f", "json"]),
    ("show-test-vung-2024-BTB.md", ["test-vung@2024", "--region", "BTB", "-f", "md"]),
    ("show-test-vung-2022-2024.en.txt", ["test-vung@2022", "--year", "2024", "--lang", "en"]),
]


@pytest.mark.parametrize(("expected", "args"), CASES, ids=[c[0] for c in CASES])
def test_output_matches_the_expected_file(expected: str, args: list[str]) -> None:
    result = ntm("criteria", "show", *args, *CATALOGUE)
    assert result.exit_code == 0, result.output
    assert result.output == (EXPECTED / expected).read_text("utf-8")


def test_same_input_same_bytes() -> None:
    first = ntm("criteria", "show", "xa-ntm@2024", "--format", "json").output
    assert ntm("criteria", "show", "xa-ntm@2024", "--format", "json").output == first


# --- what is selected ----------------------------------------------------------------------------

def test_without_a_selection_every_threshold_is_listed_with_its_layer() -> None:
    doc = shown("test-vung@2024", *CATALOGUE)
    assert values(doc, "1.1") == {("TDMNPB", None): 90, ("DBSH", None): 100, ("BTB", None): 95}
    layers = {t["class"]: t["layer"] for t in indicator(doc, "1.1")["thresholds"]}
    assert layers == {"TDMNPB": "test-vung@2022", "DBSH": "test-vung@2024", "BTB": "test-vung@2024"}


def test_a_region_and_a_year_select_the_one_threshold_that_applies() -> None:
    doc = shown("test-vung@2024", *CATALOGUE, "--region", "BTB", "--year", "2025")
    assert values(doc, "1.1") == {("BTB", None): 95}
    assert values(doc, "2.1") == {(None, 2025): 55.5}  # no BTB figure: the year's


def test_the_region_beats_the_year() -> None:
    doc = shown("test-vung@2024", *CATALOGUE, "--region", "DBSH", "--year", "2024")
    assert values(doc, "2.1") == {("DBSH", None): 60}


def test_a_region_alone_lists_what_applies_in_each_year() -> None:
    assert values(shown("test-vung@2024", *CATALOGUE, "--region", "BTB"), "2.1") == {
        (None, 2024): 50, (None, 2025): 55.5}
    assert values(shown("test-vung@2024", *CATALOGUE, "--region", "DBSH"), "2.1") == {("DBSH", None): 60}


def test_a_year_alone_lists_what_applies_in_each_region() -> None:
    doc = shown("test-vung@2022", *CATALOGUE, "--year", "2024")
    assert values(doc, "1.1") == {("TDMNPB", None): 90, ("DBSH", None): 99, ("BTB", None): None}
    assert values(doc, "2.1") == {(None, 2024): 50, ("DBSH", None): 60}


def test_undetermined_thresholds_are_shown_as_such() -> None:
    doc = shown("test-vung@2022", *CATALOGUE, "--region", "BTB", "--year", "2024")
    (threshold,) = indicator(doc, "1.1")["thresholds"]
    assert (threshold["value"], threshold["status"]) == (None, "chua_xac_lap")
    assert indicator(doc, "1.1")["status"] == "chua_xac_lap"
    text = ntm("criteria", "show", "test-vung@2022", *CATALOGUE, "--region", "BTB", "--year", "2024").output
    assert "BTB, mọi năm: chưa xác lập" in text


def test_no_threshold_for_the_selection_is_shown_as_undetermined() -> None:
    doc = shown("test-vung@2022", *CATALOGUE, "--region", "BTB", "--year", "2023")
    assert indicator(doc, "2.1")["thresholds"] == []
    assert indicator(doc, "2.1")["status"] == "khong_co_nguong"


def test_the_special_area_moves_the_selection_to_its_column() -> None:
    doc = shown("test-vung@2024", *CATALOGUE, "--region", "DBSH", "--special-area", "khu-vuc-iii")
    assert doc["selection"]["judged_class"] == "TDMNPB"
    assert values(doc, "1.1") == {("TDMNPB", None): 90}


def test_every_figure_carries_its_place_source_and_confidence() -> None:
    doc = shown("xa-ntm-nang-cao@2024")
    figures = [t for c in doc["criteria"] for i in c["indicators"] for t in i["thresholds"]]
    figures += [t for i in doc["conditions"] for t in i["thresholds"]]
    assert figures
    for figure in figures:
        assert figure["file"].startswith("criteria/xa-ntm-nang-cao/") and figure["line"] > 1
        if figure["value"] is not None:
            assert figure["source"] and figure["confidence"], figure


def test_the_counts_say_how_much_is_established() -> None:
    doc = shown("test-vung@2022", *CATALOGUE)
    assert doc["counts"] == {"criteria": 2, "indicators": 4, "conditions": 2, "figures": 10, "established": 9}


def test_json_names_the_layers_and_what_each_writes() -> None:
    layers = shown("xa-ntm@2024")["layers"]
    assert [layer["ref"] for layer in layers] == ["xa-ntm@2021-2025", "xa-ntm@2024"]
    assert layers[1]["extends"] == "xa-ntm@2021-2025"
    assert len(layers[0]["sha256"]) == 64


# --- profiles ------------------------------------------------------------------------------------

def test_a_profile_by_path_shows_its_layer_over_the_set() -> None:
    profile = "criteria-catalogue/tinh-thu-xa-ntm-nang-cao/2024.yaml"
    doc = shown("xa-ntm-nang-cao@2024", "--profile", profile, "--region", "DBSH", "--year", "2024")
    assert doc["ref"] == "tinh-thu-xa-ntm-nang-cao@2024"
    assert doc["illustrative"]
    assert values(doc, "10.1") == {("DBSH", 2024): 70}


def test_a_profile_must_extend_the_set() -> None:
    result = ntm("criteria", "show", "xa-ntm@2024", "--profile",
                 "criteria-catalogue/tinh-thu-xa-ntm-nang-cao/2024.yaml")
    assert result.exit_code == 2
    assert "không kế thừa từ `xa-ntm@2024`" in result.output


# --- refused requests ----------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (["xa-ntm@2042"], "Không tìm thấy bộ tiêu chí `xa-ntm@2042`; có phải `xa-ntm@2024`?"),
    (["khong-phai-ma"], "Không tìm thấy bộ tiêu chí `khong-phai-ma`"),
    (["xa-ntm@2024", "--region", "TDMBPN"], "Giá trị `TDMBPN` không hợp lệ cho --region"),
    (["xa-ntm@2024", "--group", "nhom-1"], "dùng --region thay cho --group"),
    (["xa-ntm@2026-2030", "--region", "TDMNPB"], "dùng --group thay cho --region"),
    (["xa-ntm@2024", "--region", "DBSH", "--group", "nhom-1"], "Chỉ dùng một trong --region và --group"),
    (["xa-ntm@2024", "--special-area", "khu-vuc-iv"], "không hợp lệ cho --special-area; chọn: khu-vuc-ii"),
    (["tinh-hoan-thanh@2021-2025", "--region", "DBSH"], "không phân loại theo vùng hay nhóm"),
    (["khong-co.yaml"], "Không tìm thấy đường dẫn `khong-co.yaml`"),
])
def test_a_request_that_cannot_be_answered_exits_2(args: list[str], message: str) -> None:
    result = ntm("criteria", "show", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_a_set_with_errors_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "hong" / "1.yaml"
    broken.parent.mkdir()
    broken.write_text('id: hong\nversion: "1"\nextends: khong-co@1\n', encoding="utf-8")
    result = ntm("criteria", "show", str(broken))
    assert result.exit_code == 2
    assert "có lỗi; xem `ntm criteria lint`" in result.output


@pytest.mark.parametrize("ref", ["xa-ntm@2016-2020", "xa-ntm@2021-2025", "xa-ntm@2024", "xa-ntm@2026-2030",
                                 "xa-ntm-nang-cao@2021-2025", "xa-ntm-nang-cao@2024",
                                 "xa-ntm-kieu-mau@2021-2025", "huyen-ntm@2021-2025",
                                 "tinh-hoan-thanh@2021-2025"])
@pytest.mark.parametrize("output_format", ["text", "json", "md"])
def test_every_shipped_set_shows_in_every_format(ref: str, output_format: str) -> None:
    result = ntm("criteria", "show", ref, "--format", output_format)
    assert result.exit_code == 0
    assert ref in result.output
