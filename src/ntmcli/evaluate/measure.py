"""From what a dossier states to the value an indicator is judged on, and the comparison.

A rate may be stated, given as numerator/denominator, or both; with both, the recomputed rate is
used and a stated figure that neither rounds nor truncates to it is a finding.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, localcontext

from ntmcli.criteria.effective import Indicator
from ntmcli.dossier.models import Entry
from ntmcli.findings import Finding

_TRUE_WORDS = {"dat", "đạt", "co", "có", "yes", "true"}
_FALSE_WORDS = {"khong dat", "không đạt", "chua dat", "chưa đạt", "khong", "không", "no", "false"}
_EXACT = Context(prec=60, Emax=999_999, Emin=-999_999)

# (rule, sub-path of the entry, message arguments) → Finding; supplied by the caller
Report = Callable[[str, tuple[str, ...], dict[str, object]], Finding]


@dataclass(frozen=True)
class Measured:
    value: bool | float | str | None
    valid: bool


def measure(entry: Entry, indicator: Indicator, stated_text: str | None,
            report: Report) -> tuple[Measured, list[Finding]]:
    if entry.numerator is not None or entry.denominator is not None:
        return _from_parts(entry, indicator, stated_text, report)
    if entry.value is None:
        return Measured(None, True), []
    return _from_value(entry.value, indicator, report)


def _from_value(value: bool | float | str, indicator: Indicator,
                report: Report) -> tuple[Measured, list[Finding]]:
    kind = indicator.kind
    if kind == "boolean":
        as_bool = to_bool(value)
        if as_bool is None:
            return _kind_error(value, indicator, report, "expected.boolean")
        return Measured(as_bool, True), []
    if kind == "level":
        level = _match_level(value, indicator.levels)
        if level is None:
            return _kind_error(value, indicator, report, "expected.level")
        return Measured(level, True), []
    if isinstance(value, bool) or not isinstance(value, float):
        return _kind_error(value, indicator, report, "expected.number")
    if kind == "percent" and not 0 <= value <= 100:
        return Measured(value, False), [report("value-percent-range", ("value",), {"value": fmt(value)})]
    if value < 0:  # counts, incomes, areas, ratios and scores: no indicator measures less than 0
        return Measured(value, False), [report("value-negative", ("value",), {
            "value": fmt(value), "id": indicator.id, "kind_msg": f"kind.{kind}"})]
    return Measured(value, True), []


def _kind_error(value: object, indicator: Indicator, report: Report, expected: str,
                where: tuple[str, ...] = ("value",)) -> tuple[Measured, list[Finding]]:
    args = {"value": value, "id": indicator.id, "kind_msg": f"kind.{indicator.kind}",
            "expected_msg": expected, "levels": ", ".join(indicator.levels)}
    return Measured(None, False), [report("dossier-value-kind", where, args)]


def _from_parts(entry: Entry, indicator: Indicator, stated_text: str | None,
                report: Report) -> tuple[Measured, list[Finding]]:
    num, den = entry.numerator, entry.denominator
    problem = _parts_problem(num, den, indicator)
    if indicator.kind not in ("percent", "ratio"):
        return _kind_error(f"{fmt(num)}/{fmt(den)}", indicator, report, "expected.number",
                           ("numerator",))
    if problem:
        return Measured(None, False), [report("value-ratio-parts", ("numerator",), {
            "numerator": fmt(num), "denominator": fmt(den), "problem_msg": problem})]
    assert num is not None and den is not None
    exact = exact_ratio(num, den, 100 if indicator.kind == "percent" else 1)
    computed = float(exact)
    if not math.isfinite(computed):
        return Measured(None, False), [report("value-ratio-parts", ("numerator",), {
            "numerator": fmt(num), "denominator": fmt(den), "problem_msg": "parts.too_large"})]
    findings = []
    if isinstance(entry.value, float) and not agrees(entry.value, exact, stated_text):
        findings.append(report("value-percent-mismatch", ("value",), {
            "stated": fmt(entry.value), "numerator": fmt(num), "denominator": fmt(den),
            "computed": fmt(round(computed, 2))}))
    elif entry.value is not None and not isinstance(entry.value, float):
        return _kind_error(entry.value, indicator, report, "expected.number")
    return Measured(computed, True), findings


def _parts_problem(num: float | None, den: float | None, indicator: Indicator) -> str | None:
    if num is None or den is None:
        return "parts.both"
    if num < 0 or den < 0:
        return "parts.negative"
    if den == 0:
        return "parts.zero"
    if indicator.kind == "percent" and num > den:
        return "parts.above"
    return None


def exact_ratio(numerator: float, denominator: float, scale: int) -> Decimal:
    """numerator / denominator × scale in decimal, so 23/40 × 100 is exactly 57.5 (binary
    floating point gives 57.49999…, which would round the wrong way)."""
    with localcontext(_EXACT):
        return Decimal(repr(numerator)) / Decimal(repr(denominator)) * scale


def agrees(stated: float, exact: Decimal | float, stated_text: str | None) -> bool:
    """A stated rate agrees if it is the computed one rounded half-up or truncated to the
    number of decimals the dossier wrote."""
    decimals = _decimals(stated_text) if stated_text else _decimals(repr(stated))
    with localcontext(_EXACT):
        exact = exact if isinstance(exact, Decimal) else Decimal(repr(exact))
        written = Decimal(repr(stated))
        if exact.adjusted() > 30 or written.adjusted() > 30:  # beyond any rate: compare as is
            return math.isclose(float(written), float(exact), rel_tol=1e-12)
        quantum = Decimal(1).scaleb(-decimals)
        allowed = {exact.quantize(quantum, ROUND_HALF_UP), exact.quantize(quantum, ROUND_DOWN)}
        return written.quantize(quantum, ROUND_HALF_UP) in allowed


def _decimals(text: str) -> int:
    text = text.strip()
    if "e" in text.lower() or "." not in text:
        return 0
    return min(len(text.split(".", 1)[1]), 10)


def to_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = unicodedata.normalize("NFC", value).strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
    return None


def _match_level(value: object, levels: tuple[str, ...]) -> str | None:
    if not isinstance(value, str):
        value = fmt(value) if isinstance(value, float) else str(value)
    wanted = unicodedata.normalize("NFC", value).strip().casefold()
    return next((level for level in levels if level.casefold() == wanted), None)


def compare(value: bool | float | str, comparator: str, threshold: object,
            indicator: Indicator) -> bool | None:
    """Whether `value` meets the threshold; None when the threshold is not of the right kind."""
    if indicator.kind == "boolean":
        expected = to_bool(threshold)
        return None if expected is None else (value == expected)
    if indicator.kind == "level":
        levels = [level.casefold() for level in indicator.levels]
        if not isinstance(threshold, str) or threshold.casefold() not in levels:
            return None
        return _ordered(levels.index(str(value).casefold()), comparator, levels.index(threshold.casefold()))
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        return None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return _ordered(float(value), comparator, float(threshold))


def _ordered(left: float, comparator: str, right: float) -> bool:
    return {
        ">=": left >= right, ">": left > right, "<=": left <= right, "<": left < right,
        "=": left == right,
    }[comparator]


def fmt(value: object) -> str:
    """A number as the dossier would write it: 80 not 80.0, 96.5 as is."""
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) >= 1e15 or value != int(value):
            return f"{value:.10g}"
        return str(int(value))
    return "—" if value is None else str(value)
