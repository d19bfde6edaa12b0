"""Why a derived threshold is undetermined, in the words of the set it is computed from."""

from __future__ import annotations

from ntmcli.criteria.effective import Threshold
from ntmcli.evaluate.results import Reason


def derived_reason(threshold: Threshold, classification: str | None, year: int) -> Reason | None:
    """For a derived threshold without a value: the base figure it needs is not established
    (e.g. the kiểu mẫu income condition while the nâng cao income threshold is null)."""
    derivation = threshold.derived
    if derivation is None:
        return None
    where = f"{classification or '—'}, {year}"
    return Reason("reason.derived_undetermined", (
        ("ref", derivation.ref), ("target", derivation.indicator),
        ("factor", _factor(derivation.factor)), ("where", where)))


def _factor(value: float) -> str:
    return f"{value:g}"
