"""How results read to people: values, requirements and statuses as text, in either language.

Shared by the findings (as message arguments) and by every reporter, so a figure reads the same
in a warning, a table and a document.
"""

from __future__ import annotations

from ntmcli.evaluate.measure import fmt
from ntmcli.evaluate.results import IndicatorResult
from ntmcli.i18n import t
from ntmcli.i18n.numbers import RoundingMode, format_number, rounded

SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}


def _unit_suffix(unit: str | None) -> str:
    if not unit or unit.casefold() in ("đạt/không", "dat/khong"):
        return ""
    return unit if unit == "%" else f" {unit}"


def _number(value: object, lang: str | None,
            rounding: tuple[int, RoundingMode] | None = None) -> str:
    """In findings (lang None) numbers read as in the YAML the user edits (96.5); in tables
    and documents, in the reader's language (96,5), rounded as the document says (decimals, mode)."""
    if not isinstance(value, float):
        return str(value)
    if lang is not None:
        return format_number(value, lang, *rounding) if rounding else format_number(value, lang)
    return fmt(float(rounded(value))) if abs(value) < 1e15 else fmt(value)


def value_args(result: IndicatorResult, lang: str | None = None,
               rounding: tuple[int, RoundingMode] | None = None) -> dict[str, str]:
    """The measured value as message arguments (`value`, or `value_msg` for yes/no)."""
    if isinstance(result.value, bool):
        return {"value_msg": "value.true" if result.value else "value.false"}
    if result.value is None:
        return {"value_msg": "value.none"}
    return {"value": f"{_number(result.value, lang, rounding)}{_unit_suffix(result.unit)}"}


def requirement_args(result: IndicatorResult, lang: str | None = None) -> dict[str, str]:
    """The threshold that applied, as message arguments."""
    threshold = result.threshold
    if threshold is None or threshold.value is None:
        return {"requirement_msg": "requirement.undetermined"}
    if result.kind == "boolean":
        return {"requirement_msg": "value.true"}
    symbol = SYMBOL[result.comparator]
    return {"requirement": f"{symbol} {_number(threshold.value, lang)}{_unit_suffix(result.unit)}"}


def _render(args: dict[str, str], name: str, lang: str) -> str:
    key = args.get(f"{name}_msg")
    return t(key, lang) if key else args[name]


def value_text(result: IndicatorResult, lang: str,
               rounding: tuple[int, RoundingMode] | None = None) -> str:
    return _render(value_args(result, lang, rounding), "value", lang)


def requirement_text(result: IndicatorResult, lang: str) -> str:
    return _render(requirement_args(result, lang), "requirement", lang)


def status_text(status: str, lang: str) -> str:
    return t(f"status.{status}", lang)


def verdict_text(verdict: str | None, lang: str) -> str:
    return t(f"verdict.{verdict}", lang) if verdict else "—"
