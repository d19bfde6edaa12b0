"""Apply a roll-up to a district or province that was evaluated on its own: judge the rolled-up
conditions on the values computed from its members, and put every member that is missing or
falls short as a finding at the line that names it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ntmcli.evaluate import results as r
from ntmcli.evaluate.measure import agrees, fmt
from ntmcli.findings import Finding, finding, sort_findings
from ntmcli.present import requirement_args, value_args
from ntmcli.rollup.links import MemberLink, Place, RollupLinks, StatedCondition
from ntmcli.rollup.shares import ROLLUPS, Computed, MemberUnit, reached

# What the engine said about a condition from the dossier's own statement; a rolled-up
# condition is judged again from the members, so these give way to the new judgement.
_REPLACED = {"condition-not-met", "condition-undetermined", "dossier-missing-condition"}
_UNIT_RULES = {"unit-not-attained", "unit-undetermined"}


@dataclass(frozen=True)
class MemberOutcome:
    """A member reference and what became of it: its unit (None if not evaluable), whether its
    dossier exists, and the chain if it leads back to the unit rolled up."""

    link: MemberLink
    exists: bool
    unit: r.UnitResult | None
    cycle: str | None = None


def apply_rollup(unit: r.UnitResult | None, findings: tuple[Finding, ...], links: RollupLinks,
                 outcomes: list[MemberOutcome],
                 units: list[MemberUnit]) -> tuple[r.UnitResult | None, tuple[Finding, ...]]:
    """The unit and findings after the roll-up (the unit is None if it could not be evaluated)."""
    made = [f for o in outcomes if (f := member_finding(o)) is not None]
    if unit is None:
        return None, tuple(sort_findings([*findings, *made]))
    stated = {s.id: s for s in links.stated}
    conditions, rolled = [], set()
    for result in unit.conditions:
        rule = ROLLUPS.get(result.id)
        if rule is None:
            conditions.append(result)
            continue
        computed = rule.compute(units)
        judged = _judge(result, computed, stated.get(result.id), links.members_place)
        conditions.append(judged)
        rolled.add(result.id)
        made += _condition_findings(judged, computed, stated.get(result.id))
    kept = [f for f in findings if not _superseded(f, rolled)]
    status = r.combine([c.status for c in unit.criteria] + [c.status for c in conditions])
    new_unit = replace(unit, conditions=tuple(conditions), status=status)
    made += _unit_finding(new_unit, links.target_place)
    return new_unit, tuple(sort_findings(kept + made))


def member_finding(outcome: MemberOutcome) -> Finding | None:
    link, place = outcome.link, outcome.link.place
    if outcome.cycle is not None:
        return _at(place, "rollup-member-cycle", path=link.path, chain=outcome.cycle)
    if not outcome.exists:
        return _at(place, "rollup-member-missing", path=link.path)
    unit = outcome.unit
    if reached(unit, link.level):
        return None
    return _at(place, "rollup-member-not-attained", unit=unit.name if unit else link.path,
               path=link.path, level_msg=f"level.{link.level}",
               status_msg=f"status.{unit.status if unit else r.KHONG_XAC_DINH}",
               target_msg=f"level.{unit.target_level}" if unit else "value.none")


def _judge(result: r.IndicatorResult, computed: Computed, stated: StatedCondition | None,
           members_place: Place) -> r.IndicatorResult:
    place = stated.place if stated else members_place
    status, reason = _status(result, computed)
    return replace(result, status=status, reason=reason, value=computed.value,
                   numerator=None if computed.numerator is None else float(computed.numerator),
                   denominator=None if computed.denominator is None else float(computed.denominator),
                   file=place.file, line=place.line, column=place.column)


def _status(result: r.IndicatorResult, computed: Computed) -> tuple[r.Status, r.Reason | None]:
    if computed.value is None:
        if result.optional and computed.reason == "reason.rollup_no_members":
            return r.KHONG_XET, None
        return r.KHONG_XAC_DINH, r.Reason(computed.reason or "reason.no_value")
    threshold = result.threshold
    if threshold is None or not isinstance(threshold.value, (int, float)) or isinstance(threshold.value, bool):
        return r.KHONG_XAC_DINH, r.Reason("reason.no_threshold", (("where", "—"),))
    met = _compare(computed.value, result.comparator, float(threshold.value))
    if not met:
        return r.CHUA_DAT, None  # a known value already short settles it
    if computed.reason is not None:
        return r.KHONG_XAC_DINH, r.Reason(computed.reason)
    return r.DAT, None


def _compare(value: float, comparator: str, threshold: float) -> bool:
    return {">=": value >= threshold, ">": value > threshold, "<=": value <= threshold,
            "<": value < threshold, "=": value == threshold}[comparator]


def _condition_findings(result: r.IndicatorResult, computed: Computed,
                        stated: StatedCondition | None) -> list[Finding]:
    place = Place(result.file or "", result.line, result.column)
    ids = {"indicator": result.id}
    made = []
    if stated is not None and stated.value is not None and computed.value is not None \
            and computed.reason is None and not agrees(stated.value, computed.value, stated.text):
        made.append(_at(stated.place, "rollup-stated-mismatch", **ids, id=result.id,
                        stated=_with_unit(stated.value, result.unit),
                        computed=_with_unit(round(computed.value, 2), result.unit),
                        total=computed.count))
    if result.status == r.CHUA_DAT:
        made.append(_at(place, "condition-not-met", **ids, id=result.id, **value_args(result),
                        **requirement_args(result)))
    elif result.status == r.KHONG_XAC_DINH and result.reason is not None:
        made.append(_at(place, "condition-undetermined", **ids, id=result.id,
                        reason_msg=result.reason.key, **dict(result.reason.args)))
    return made


def _with_unit(value: float, unit: str | None) -> str:
    return f"{fmt(value)}%" if unit == "%" else fmt(value)


def _superseded(f: Finding, rolled: set[str]) -> bool:
    if f.rule in _UNIT_RULES:
        return True
    return f.rule in _REPLACED and f.criterion is None and f.indicator in rolled


def _unit_finding(unit: r.UnitResult, place: Place) -> list[Finding]:
    if unit.status == r.DAT:
        return []
    rule = "unit-not-attained" if unit.status == r.CHUA_DAT else "unit-undetermined"
    return [_at(place, rule, unit=unit.name, level_msg=f"level.{unit.target_level}",
                met=unit.criteria_met, total=unit.criteria_applicable,
                conditions_met=unit.conditions_met, conditions_total=unit.conditions_applicable)]


def _at(place: Place, rule: str, *, indicator: str | None = None, **args: object) -> Finding:
    return finding(rule, place.file, place.line, place.column, indicator=indicator, **args)
