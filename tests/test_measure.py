"""ntmcli.evaluate.measure: from what a dossier states to the value judged, and the comparison
with a threshold, for every kind of indicator of the test catalogue."""

from __future__ import annotations

import math

import pytest

from conftest import CRITERIA_DIR
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import Indicator
from ntmcli.criteria.resolve import resolve_ref
from ntmcli.dossier.models import Entry
from ntmcli.evaluate.measure import agrees, compare, fmt, measure, to_bool
from ntmcli.findings import Finding, finding

ELEVEN_OF_NINETEEN = 11 / 19 * 100  # 57.894736…


def _set():
    criteria_set, findings = resolve_ref(Catalog.with_dirs([CRITERIA_DIR]), "test-xa@2021-2025")
    assert criteria_set is not None and findings == []
    return criteria_set


TEST_SET = _set()


def ind(indicator_id: str) -> Indicator:
    return next(i for c in TEST_SET.criteria for i in c.indicators if i.id == indicator_id)


class Reports:
    """The report callback the engine passes: records (rule, where, args)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[str, ...], dict[str, object]]] = []

    def __call__(self, rule: str, where: tuple[str, ...], args: dict[str, object]) -> Finding:
        self.calls.append((rule, where, args))
        return finding(rule, "f.yaml")

    @property
    def rules(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(rule, where) for rule, where, _ in self.calls]


def run(indicator_id: str, stated_text: str | None = None, **entry: object):
    reports = Reports()
    measured, findings = measure(Entry(id=indicator_id, **entry), ind(indicator_id), stated_text, reports)
    assert len(findings) == len(reports.calls)
    return measured, reports


# --- agrees(): a stated rate against the recomputed one ----------------------------------------------

@pytest.mark.parametrize(("stated", "text"), [
    (57.9, "57.9"),    # rounded half-up
    (57.8, "57.8"),    # truncated
    (58.0, "58"),      # rounded to a whole percent
    (57.0, "57"),      # truncated to a whole percent
    (57.89, "57.89"),
    (57.894, "57.894"),
])
def test_rounded_or_truncated_rates_agree(stated: float, text: str) -> None:
    assert agrees(stated, ELEVEN_OF_NINETEEN, text)


@pytest.mark.parametrize(("stated", "text"), [
    (57.7, "57.7"),
    (58.0, "58.0"),    # one decimal written: 58.0 is neither 57.9 nor 57.8
    (57.9, "57.90"),   # two decimals written: 57.89 was due
    (56.0, "56"),
    (59.0, "59"),
])
def test_other_rates_disagree(stated: float, text: str) -> None:
    assert not agrees(stated, ELEVEN_OF_NINETEEN, text)


def test_without_the_written_text_the_decimals_of_the_number_count() -> None:
    assert agrees(57.9, ELEVEN_OF_NINETEEN, None)
    assert not agrees(57.7, ELEVEN_OF_NINETEEN, None)


def test_an_exact_rate_agrees_with_itself() -> None:
    assert agrees(99.6, 2490 / 2500 * 100, "99.6")
    assert agrees(100.0, 100.0, "100")


@pytest.mark.parametrize(("numerator", "denominator", "value", "text"), [
    (23, 40, 58.0, "58"),
    (41, 80, 51.3, "51.3"),
])
def test_an_exact_half_rounds_up(numerator: int, denominator: int, value: float, text: str) -> None:
    _, reports = run("1.2", text, value=value, numerator=numerator, denominator=denominator)
    assert reports.rules == []


# --- measure(): rates from their parts ------------------------------------------------------------------

def test_a_percent_from_its_parts() -> None:
    measured, reports = run("1.2", numerator=2490, denominator=2500)
    assert measured.valid and measured.value == pytest.approx(99.6)
    assert reports.calls == []


def test_stated_rate_that_disagrees_is_reported_and_the_recomputed_one_is_used() -> None:
    measured, reports = run("1.2", "98.6", value=98.6, numerator=2490, denominator=2500)
    assert measured.value == pytest.approx(99.6)
    assert reports.rules == [("value-percent-mismatch", ("value",))]
    args = reports.calls[0][2]
    assert (args["stated"], args["computed"]) == ("98.6", "99.6")


def test_a_ratio_may_exceed_one() -> None:
    measured, reports = run("2.1", numerator=30, denominator=20)
    assert measured.value == pytest.approx(1.5)
    assert reports.calls == []


@pytest.mark.parametrize(("parts", "problem"), [
    ({"numerator": 2600, "denominator": 2500}, "parts.above"),
    ({"numerator": 5, "denominator": 0}, "parts.zero"),
    ({"numerator": -1, "denominator": 10}, "parts.negative"),
    ({"numerator": 5}, "parts.both"),
    ({"denominator": 5}, "parts.both"),
])
def test_impossible_parts_of_a_percent(parts: dict[str, float], problem: str) -> None:
    measured, reports = run("1.2", **parts)
    assert not measured.valid and measured.value is None
    assert reports.rules == [("value-ratio-parts", ("numerator",))]
    assert reports.calls[0][2]["problem_msg"] == problem


def test_parts_for_a_plain_number_are_the_wrong_kind() -> None:
    measured, reports = run("3.1", numerator=1, denominator=2)
    assert not measured.valid
    assert reports.rules == [("dossier-value-kind", ("numerator",))]


# --- measure(): values --------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [130.0, -0.5])
def test_a_percent_outside_0_100(value: float) -> None:
    measured, reports = run("3.2", value=value)
    assert not measured.valid
    assert reports.rules == [("value-percent-range", ("value",))]


@pytest.mark.parametrize("value", [0.0, 100.0])
def test_percent_bounds_are_allowed(value: float) -> None:
    measured, reports = run("1.2", value=value)
    assert measured.valid and reports.calls == []


@pytest.mark.parametrize(("value", "expected"), [
    (True, True), (False, False), ("Đạt", True), ("đạt", True), ("có", True), ("yes", True),
    ("không đạt", False), ("Chưa đạt", False), ("không", False), ("no", False),
])
def test_yes_no_in_words(value: object, expected: bool) -> None:
    measured, reports = run("1.1", value=value)
    assert (measured.valid, measured.value) == (True, expected)
    assert reports.calls == []


def test_a_yes_no_indicator_given_something_else() -> None:
    measured, reports = run("1.1", value="có lẽ")
    assert not measured.valid
    assert reports.rules == [("dossier-value-kind", ("value",))]
    assert reports.calls[0][2]["expected_msg"] == "expected.boolean"


def test_a_level_is_matched_ignoring_case_and_spaces() -> None:
    measured, reports = run("2.2", value="  MUC-3 ")
    assert (measured.valid, measured.value) == (True, "muc-3")
    assert reports.calls == []


def test_an_unknown_level_lists_the_levels() -> None:
    measured, reports = run("2.2", value="muc-5")
    assert not measured.valid
    assert reports.calls[0][2]["expected_msg"] == "expected.level"
    assert reports.calls[0][2]["levels"] == "muc-1, muc-2, muc-3"


@pytest.mark.parametrize("value", ["sáu mươi", "96,5", True])
def test_a_number_given_as_words_a_decimal_comma_or_a_boolean(value: object) -> None:
    measured, reports = run("3.1", value=value)
    assert not measured.valid
    assert reports.rules == [("dossier-value-kind", ("value",))]
    assert reports.calls[0][2]["expected_msg"] == "expected.number"


def test_no_value_is_valid_and_empty() -> None:
    measured, reports = run("3.3")
    assert (measured.valid, measured.value) == (True, None)
    assert reports.calls == []


def test_a_huge_ratio_stated_with_its_parts_does_not_raise() -> None:
    measured, _ = run("2.1", "5.0e+30", value=5e30, numerator=5e30, denominator=1)
    assert measured.value == pytest.approx(5e30)


def test_a_ratio_overflowing_to_infinity_is_not_a_valid_value() -> None:
    measured, _ = run("2.1", numerator=1e308, denominator=1e-10)
    assert measured.value is None or math.isfinite(measured.value)


# --- compare(): a value against a threshold ------------------------------------------------------------

@pytest.mark.parametrize(("indicator_id", "value", "threshold", "met"), [
    ("1.1", True, True, True),
    ("1.1", False, True, False),
    ("1.1", True, "Đạt", True),         # a threshold in words
    ("1.2", 99.0, 99, True),            # >= is inclusive
    ("1.2", 98.99, 99, False),
    ("3.2", 3.0, 3, True),              # <= for a poverty rate
    ("3.2", 3.01, 3, False),
    ("2.1", 1.5, 1.2, True),
    ("2.1", 1.0, 1.2, False),
    ("3.1", 60.0, 60, True),
    ("3.1", 59.9, 60, False),
    ("3.3", 80.0, 80, True),
    ("3.3", 79.0, 80, False),
    ("2.2", "muc-2", "muc-2", True),    # levels are ordered low to high
    ("2.2", "muc-3", "muc-2", True),
    ("2.2", "muc-1", "muc-2", False),
    ("2.2", "muc-3", "MUC-2", True),
])
def test_compare_each_kind(indicator_id: str, value: object, threshold: object, met: bool) -> None:
    indicator = ind(indicator_id)
    assert compare(value, indicator.comparator, threshold, indicator) is met


@pytest.mark.parametrize(("comparator", "value", "met"), [
    (">", 60.0, False), (">", 60.5, True), ("<", 60.0, False), ("<", 59.0, True),
    ("=", 60.0, True), ("=", 61.0, False),
])
def test_compare_every_comparator(comparator: str, value: float, met: bool) -> None:
    assert compare(value, comparator, 60, ind("3.1")) is met


@pytest.mark.parametrize(("indicator_id", "value", "threshold"), [
    ("3.1", 60.0, "sáu mươi"),   # a number indicator with a text threshold
    ("3.1", 60.0, True),         # … or a boolean one
    ("2.2", "muc-3", "muc-9"),   # a level the indicator does not define
    ("2.2", "muc-3", 2),
    ("1.1", True, "có lẽ"),
])
def test_a_threshold_of_the_wrong_kind_cannot_decide(indicator_id: str, value: object,
                                                      threshold: object) -> None:
    indicator = ind(indicator_id)
    assert compare(value, indicator.comparator, threshold, indicator) is None


# --- helpers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "text"), [(80.0, "80"), (96.5, "96.5"), (0.1, "0.1"),
                                             (None, "—"), ("muc-2", "muc-2")])
def test_fmt_writes_numbers_as_a_dossier_would(value: object, text: str) -> None:
    assert fmt(value) == text


def test_to_bool_of_anything_else_is_none() -> None:
    assert to_bool(1.0) is None
    assert to_bool("có thể") is None
