"""`ntm criteria diff A B`: added, removed, renamed indicators and changed thresholds between two
versions, or between a base and a provincial profile, in a fixed order.

The test pair test-vung@2022 → test-vung@2024 (fixtures/criteria-catalogue, illustrative) holds one
change of every kind; its expected outputs are in fixtures/criteria-expected/.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ntmcli.criteria.diff import natural
from criteria_cli import CATALOGUE, EXPECTED, FIXTURES, _from_the_fixtures_folder, ntm  # noqa: F401


def changes(old: str, new: str, *extra: str) -> list[dict[str, Any]]:
    result = ntm("criteria", "diff", old, new, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["changes"]


def brief(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(c["section"], c["kind"], c["id"], c["field"], c["class"], c["year"]) for c in items]


CASES = [
    ("diff-test-vung-2022-2024.txt", []),
    ("diff-test-vung-2022-2024.json", ["--format", "json"]),
    ("diff-test-vung-2022-2024.en.md", ["--format", "md", "--lang", "en"]),
]


@pytest.mark.parametrize(("expected", "args"), CASES, ids=[c[0] for c in CASES])
def test_output_matches_the_expected_file(expected: str, args: list[str]) -> None:
    result = ntm("criteria", "diff", "test-vung@2022", "test-vung@2024", *CATALOGUE, *args)
    assert result.exit_code == 0, result.output
    assert result.output == (EXPECTED / expected).read_text("utf-8")


def test_every_kind_of_change_in_a_fixed_order() -> None:
    assert brief(changes("test-vung@2022", "test-vung@2024", *CATALOGUE)) == [
        ("set", "changed", "period", "period", None, None),
        ("set", "changed", "title", "title", None, None),
        ("special_areas", "removed", "dac-biet-kho-khan", "name", None, None),
        ("special_areas", "added", "khu-vuc-iii", "name", None, None),
        ("criteria", "added", "3", "name", None, None),
        ("indicators", "renamed", "1.2", "name", None, None),
        ("indicators", "removed", "2.2", "name", None, None),
        ("indicators", "added", "3.1", "name", None, None),
        ("conditions", "renamed", "an-ninh-trat-tu", "name", None, None),
        ("conditions", "added", "no-dong-xdcb", "name", None, None),
        ("thresholds", "changed", "1.1", "value", "BTB", None),     # null → 95
        ("thresholds", "changed", "1.1", "value", "DBSH", None),    # 99 → 100
        ("thresholds", "changed", "2.1", "source", None, 2024),     # same 50, new source
    ]


def test_a_changed_threshold_keeps_both_figures_with_their_provenance() -> None:
    dbsh = next(c for c in changes("test-vung@2022", "test-vung@2024", *CATALOGUE)
                if c["id"] == "1.1" and c["class"] == "DBSH")
    assert (dbsh["old"]["value"], dbsh["old"]["source"], dbsh["old"]["layer"]) == (99, "qd-thu", "test-vung@2022")
    assert (dbsh["new"]["value"], dbsh["new"]["source"], dbsh["new"]["layer"]) == (100, "qd-thu-2024", "test-vung@2024")


def test_reversed_pairs_swap_added_and_removed() -> None:
    forward = changes("test-vung@2022", "test-vung@2024", *CATALOGUE)
    backward = changes("test-vung@2024", "test-vung@2022", *CATALOGUE)
    swap = {"added": "removed", "removed": "added"}
    assert sorted((c["section"], swap.get(c["kind"], c["kind"]), c["id"]) for c in forward) == \
        sorted((c["section"], c["kind"], c["id"]) for c in backward)


def test_a_set_against_itself_has_no_changes() -> None:
    result = ntm("criteria", "diff", "xa-ntm@2024", "xa-ntm@2024")
    assert result.exit_code == 0
    assert "Không có khác biệt." in result.output
    assert "0 thêm, 0 bỏ, 0 đổi tên, 0 thay đổi" in result.output


def test_the_2024_amendment_of_the_national_commune_set() -> None:
    found = brief(changes("xa-ntm@2021-2025", "xa-ntm@2024"))
    # QĐ 211: 15.4 becomes a pass/fail indicator with another name; the special-area rule is rewritten
    assert ("indicators", "renamed", "15.4", "name", None, None) in found
    assert ("indicators", "changed", "15.4", "kind", None, None) in found
    assert ("special_areas", "added", "khu-vuc-iii", "name", None, None) in found
    assert ("special_areas", "removed", "dac-biet-kho-khan", "name", None, None) in found
    assert ("thresholds", "removed", "15.4", "value", "TDMNPB", None) in found


def test_a_base_against_a_provincial_profile_given_by_path() -> None:
    found = changes("xa-ntm-nang-cao@2024", "criteria-catalogue/tinh-thu-xa-ntm-nang-cao/2024.yaml")
    added = [(c["id"], c["class"], c["year"], c["new"]["value"]) for c in found
             if c["section"] == "thresholds" and c["kind"] == "added"]
    assert added == [("10.1", "DBSH", 2024, 70), ("10.1", "DBSH", 2025, 75.5)]


def test_derived_thresholds_are_compared_by_their_rule() -> None:
    found = changes("xa-ntm-kieu-mau@2021-2025", "tinh-thu-xa-ntm-kieu-mau@2024", *CATALOGUE)
    income = [c for c in found if c["id"] == "thu-nhap-vuot-nang-cao"]
    assert [(c["kind"], c["year"]) for c in income] == [("changed", 2024), ("changed", 2025)]
    assert income[0]["old"]["derived"]["ref"] == "xa-ntm-nang-cao@2024"
    assert income[0]["new"]["derived"]["ref"] == "tinh-thu-xa-ntm-nang-cao@2024"


def test_ids_sort_as_numbers() -> None:
    ids = ["10", "2", "hai-long", "10.1", "1.10", "1.2"]
    assert sorted(ids, key=natural) == ["1.2", "1.10", "2", "10", "10.1", "hai-long"]


@pytest.mark.parametrize(("args", "message"), [
    (["xa-ntm@2024", "xa-ntm@1999"], "Không tìm thấy bộ tiêu chí `xa-ntm@1999`"),
    (["khong-co.yaml", "xa-ntm@2024"], "Không tìm thấy đường dẫn `khong-co.yaml`"),
])
def test_unknown_sets_exit_2(args: list[str], message: str) -> None:
    result = ntm("criteria", "diff", *args)
    assert result.exit_code == 2
    assert message in result.output
