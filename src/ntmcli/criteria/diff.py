"""`ntm criteria diff A B`: what changed between two effective sets, as plain data.

Two national versions, an amendment and its base, a base and a provincial profile: each is
resolved to its effective set, then compared by id. Criteria, indicators and conditions are
added, removed or renamed (same id, another name); an indicator's kind, unit, comparator,
levels, optional flag or criterion may change; thresholds are compared per (class, year) key;
the classification (its values and special-area categories) and the set's own fields too.
The order is fixed (section, then ids in natural order, then key and field), so the output is
the same bytes for the same sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ntmcli.criteria.effective import EffectiveSet, Indicator, Threshold

FORMAT = "ntm-criteria-diff/1"
SECTIONS = ("set", "classification", "special_areas", "criteria", "indicators", "conditions",
            "thresholds")
ADDED, REMOVED, RENAMED, CHANGED = "added", "removed", "renamed", "changed"
_SET_FIELDS = ("title", "unit_kind", "level", "period", "in_force", "totals")
_INDICATOR_FIELDS = ("kind", "unit", "comparator", "levels", "optional")


@dataclass(frozen=True)
class Change:
    section: str
    kind: str
    id: str
    field: str | None = None
    key: tuple[str | None, int | None] | None = None  # (class, year) of a threshold
    old: Any = None
    new: Any = None

    def sort_key(self) -> tuple[Any, ...]:
        key = (self.key[0] or "", self.key[1] or 0, self.key[0] is not None, self.key[1] is not None) \
            if self.key else ("", 0, False, False)
        return (SECTIONS.index(self.section), natural(self.id), key, self.field or "", self.kind)

    def to_dict(self) -> dict[str, Any]:
        return {"section": self.section, "kind": self.kind, "id": self.id, "field": self.field,
                "class": self.key[0] if self.key else None, "year": self.key[1] if self.key else None,
                "old": self.old, "new": self.new}


def natural(identifier: str) -> tuple[tuple[int, int | str], ...]:
    """"2" < "10" < "10.1" < "hai-long": numbers compare as numbers."""
    return tuple((0, int(part)) if part.isdigit() else (1, part)
                 for part in re.split(r"(\d+)", identifier) if part)


def diff_sets(old: EffectiveSet, new: EffectiveSet) -> list[Change]:
    changes = _set_fields(old, new) + _classification(old, new) + _special_areas(old, new)
    changes += _named("criteria", {c.id: c.name for c in old.criteria},
                      {c.id: c.name for c in new.criteria})
    old_ind = {i.id: i for c in old.criteria for i in c.indicators}
    new_ind = {i.id: i for c in new.criteria for i in c.indicators}
    changes += _indicators("indicators", old_ind, new_ind, _owners(old), _owners(new))
    changes += _indicators("conditions", {c.id: c for c in old.conditions},
                           {c.id: c for c in new.conditions}, {}, {})
    return sorted(changes, key=Change.sort_key)


def diff_document(old: EffectiveSet, new: EffectiveSet) -> dict[str, Any]:
    changes = diff_sets(old, new)
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in (ADDED, REMOVED, RENAMED, CHANGED)}
    return {"format": FORMAT, "old": _side(old), "new": _side(new), "counts": counts,
            "changes": [c.to_dict() for c in changes]}


def _side(effective: EffectiveSet) -> dict[str, Any]:
    return {"ref": effective.ref, "title": effective.title,
            "layers": [{"ref": layer.ref, "file": layer.file, "sha256": layer.sha256}
                       for layer in effective.layers]}


def _set_fields(old: EffectiveSet, new: EffectiveSet) -> list[Change]:
    out = []
    for name in _SET_FIELDS:
        before, after = _plain(getattr(old, name)), _plain(getattr(new, name))
        if before != after:
            out.append(Change("set", CHANGED, name, name, None, before, after))
    return out


def _plain(value: Any) -> Any:
    """A field as JSON-ready data (the totals model as a mapping, tuples as lists)."""
    if hasattr(value, "model_dump"):
        return value.model_dump()
    return list(value) if isinstance(value, tuple) else value


def _classification(old: EffectiveSet, new: EffectiveSet) -> list[Change]:
    before, after = old.classification, new.classification
    out = []
    if (before.axis if before else None) != (after.axis if after else None):
        out.append(Change("classification", CHANGED, "axis", "axis", None,
                          before.axis if before else None, after.axis if after else None))
    out += _named("classification", {v.code: v.name for v in before.values} if before else {},
                  {v.code: v.name for v in after.values} if after else {})
    return out


def _special_areas(old: EffectiveSet, new: EffectiveSet) -> list[Change]:
    before = {a.code: a for a in old.classification.special_areas} if old.classification else {}
    after = {a.code: a for a in new.classification.special_areas} if new.classification else {}
    out = _named("special_areas", {k: a.name for k, a in before.items()},
                 {k: a.name for k, a in after.items()})
    for code in before.keys() & after.keys():
        if before[code].moves_to != after[code].moves_to:
            out.append(Change("special_areas", CHANGED, code, "moves_to", None,
                              before[code].moves_to, after[code].moves_to))
    return out


def _named(section: str, before: dict[str, str | None], after: dict[str, str | None]) -> list[Change]:
    """Added, removed and renamed ids of one section."""
    out = [Change(section, ADDED, i, "name", None, None, after[i]) for i in after.keys() - before.keys()]
    out += [Change(section, REMOVED, i, "name", None, before[i], None) for i in before.keys() - after.keys()]
    out += [Change(section, RENAMED, i, "name", None, before[i], after[i])
            for i in before.keys() & after.keys() if before[i] != after[i]]
    return out


def _owners(effective: EffectiveSet) -> dict[str, str]:
    return {i.id: c.id for c in effective.criteria for i in c.indicators}


def _indicators(section: str, before: dict[str, Indicator], after: dict[str, Indicator],
                old_owner: dict[str, str], new_owner: dict[str, str]) -> list[Change]:
    out = _named(section, {k: i.name for k, i in before.items()}, {k: i.name for k, i in after.items()})
    for ident in before.keys() & after.keys():
        old, new = before[ident], after[ident]
        for name in _INDICATOR_FIELDS:
            a, b = _plain(getattr(old, name)), _plain(getattr(new, name))
            if a != b:
                out.append(Change(section, CHANGED, ident, name, None, a, b))
        if old_owner.get(ident) != new_owner.get(ident):
            out.append(Change(section, CHANGED, ident, "criterion", None,
                              old_owner.get(ident), new_owner.get(ident)))
        out += _thresholds(ident, old, new)
    return out


def _thresholds(ident: str, old: Indicator, new: Indicator) -> list[Change]:
    before = {(t.class_, t.year): t for t in old.thresholds}
    after = {(t.class_, t.year): t for t in new.thresholds}
    out = [Change("thresholds", ADDED, ident, "value", k, None, _figure(after[k]))
           for k in after.keys() - before.keys()]
    out += [Change("thresholds", REMOVED, ident, "value", k, _figure(before[k]), None)
            for k in before.keys() - after.keys()]
    for key in before.keys() & after.keys():
        a, b = _figure(before[key]), _figure(after[key])
        if a["value"] != b["value"] or a["derived"] != b["derived"]:
            out.append(Change("thresholds", CHANGED, ident, "value", key, a, b))
        elif (a["source"], a["confidence"]) != (b["source"], b["confidence"]):
            out.append(Change("thresholds", CHANGED, ident, "source", key, a, b))
    return out


def _figure(threshold: Threshold) -> dict[str, Any]:
    derived = threshold.derived
    return {"value": threshold.value, "source": threshold.source, "confidence": threshold.confidence,
            "layer": threshold.origin.layer,
            "derived": None if derived is None else
            {"ref": derived.ref, "indicator": derived.indicator, "factor": derived.factor}}
