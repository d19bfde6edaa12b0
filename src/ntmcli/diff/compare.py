"""What changed between two evaluated assessments of one unit: the criteria, indicators and
conditions whose value or status differ, the criteria no longer met, and the revocation verdict
on the newer assessment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ntmcli.evaluate.results import CHUA_DAT, DAT, IndicatorResult, UnitResult
from ntmcli.evaluate.revocation import RevocationVerdict, revocation_check

Value = bool | float | str | None
Kind = Literal["criterion", "indicator", "condition"]


@dataclass(frozen=True)
class Change:
    kind: Kind
    id: str
    criterion: str | None
    name: str | None
    old_status: str | None  # None: not in that assessment
    new_status: str | None
    old_value: Value = None
    new_value: Value = None
    unit: str | None = None


@dataclass(frozen=True)
class AssessmentDiff:
    old_label: str
    new_label: str
    old: UnitResult
    new: UnitResult
    changes: tuple[Change, ...]
    no_longer_met: tuple[str, ...]
    revocation: RevocationVerdict


def compare(old_label: str, old: UnitResult, new_label: str, new: UnitResult,
            verdict: RevocationVerdict | None = None) -> AssessmentDiff:
    """The changes from `old` to `new`; the revocation verdict is `revocation_check(new)`
    (ntmcli.evaluate.revocation, the rule of QĐ 18/2022/QĐ-TTg as data) unless one is given."""
    changes = (*_criteria(old, new), *_indicators(old, new), *_conditions(old, new))
    old_status = {c.id: c.status for c in old.criteria}
    lost = tuple(c.id for c in new.criteria if c.status == CHUA_DAT and old_status.get(c.id) == DAT)
    return AssessmentDiff(old_label, new_label, old, new, changes, lost,
                          verdict if verdict is not None else revocation_check(new))


def _criteria(old: UnitResult, new: UnitResult) -> list[Change]:
    before = {c.id: c for c in old.criteria}
    after = {c.id: c for c in new.criteria}
    out = []
    for cid in _ordered(list(after), list(before)):
        a, b = before.get(cid), after.get(cid)
        if a is None or b is None or a.status != b.status:
            out.append(Change("criterion", cid, None, (b or a).name,  # type: ignore[union-attr]
                              a.status if a else None, b.status if b else None))
    return out


def _indicators(old: UnitResult, new: UnitResult) -> list[Change]:
    before = {(c.id, i.id): i for c in old.criteria for i in c.indicators}
    after = {(c.id, i.id): i for c in new.criteria for i in c.indicators}
    return [change for key in _ordered(list(after), list(before))
            if (change := _entry_change("indicator", key[0], before.get(key), after.get(key)))]


def _conditions(old: UnitResult, new: UnitResult) -> list[Change]:
    before = {c.id: c for c in old.conditions}
    after = {c.id: c for c in new.conditions}
    return [change for key in _ordered(list(after), list(before))
            if (change := _entry_change("condition", None, before.get(key), after.get(key)))]


def _entry_change(kind: Kind, criterion: str | None, a: IndicatorResult | None,
                  b: IndicatorResult | None) -> Change | None:
    if a is not None and b is not None and a.status == b.status and _same(a.value, b.value):
        return None
    either = b or a
    assert either is not None
    return Change(kind, either.id, criterion, either.name, a.status if a else None,
                  b.status if b else None, a.value if a else None, b.value if b else None, either.unit)


def _same(a: Value, b: Value) -> bool:
    return type(a) is type(b) and a == b


def _ordered(first: list, second: list) -> list:
    """The keys of the newer assessment in its order, then those only in the older one."""
    return first + [k for k in second if k not in set(first)]
