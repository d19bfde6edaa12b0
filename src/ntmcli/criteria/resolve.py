"""Resolve a chain of `extends` into one effective set.

Layers are merged base first. A later layer overrides the fields it writes, replaces thresholds of
the same (class, year), adds new ids and drops the ids it lists. Cycles and references to sets that
do not exist are findings at the `extends` line that causes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ntmcli.criteria import effective as eff
from ntmcli.criteria.catalog import Catalog, LoadedLayer, load_layer
from ntmcli.criteria.derived import link_derivations
from ntmcli.criteria.models import CriteriaSetFile, Figure
from ntmcli.criteria.models import Indicator as IndicatorModel
from ntmcli.findings import Finding, finding
from ntmcli.validation import suggest

_META = ("title", "unit_kind", "level", "period", "classification", "totals", "in_force")
_INDICATOR_FIELDS = ("name", "unit", "kind", "comparator", "levels", "optional", "agency",
                     "evidence", "source", "confidence", "note")
_CRITERION_FIELDS = ("name", "agency", "source", "confidence", "note")
_DEFAULT_COMPARATOR = {"boolean": "=", "level": ">="}


def resolve_ref(catalog: Catalog, ref: str, *,
                _seen: frozenset[str] = frozenset()) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    path = catalog.find(ref)
    if path is None:
        return None, []
    return resolve_path(catalog, path, ref, _seen=_seen)


def resolve_path(catalog: Catalog, path: Path, ref: str | None = None, *,
                 _seen: frozenset[str] = frozenset()) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    """The effective set of the file at `path`: its `extends` chain merged, and derived
    thresholds linked to the sets they are computed from (`_seen` guards against loops)."""
    chain, findings = load_chain(catalog, path, ref)
    if chain is None:
        return None, findings
    merged, more = _merged(chain)
    findings += more
    if merged is None:
        return None, findings

    def resolve_base(base_ref: str, seen: frozenset[str]) -> tuple[eff.EffectiveSet | None, list[Finding]]:
        return resolve_ref(catalog, base_ref, _seen=seen)

    return link_derivations(merged, resolve_base, _seen | {merged.ref}, findings)


_MERGED: dict[tuple[tuple[Path, str, str], ...], tuple[eff.EffectiveSet | None, list[Finding]]] = {}


def _merged(chain: list[LoadedLayer]) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    """merge(chain), once per process for the same files: a repository of thousands of
    dossiers pins a handful of sets. Keyed by each layer's path, content hash and the name it
    is shown by (relative to the working folder), which the merged set's origins carry."""
    key = tuple((layer.path, layer.sha256, layer.file) for layer in chain)
    if key not in _MERGED:
        _MERGED[key] = merge(chain)
    merged, findings = _MERGED[key]
    return merged, list(findings)


def load_chain(catalog: Catalog, path: Path,
               ref: str | None) -> tuple[list[LoadedLayer] | None, list[Finding]]:
    """The layers from `path` down to its base, base first."""
    chain: list[LoadedLayer] = []
    findings: list[Finding] = []
    while True:
        layer, more = load_layer(path, ref)
        findings += more
        if layer is None:
            return None, findings
        if any(seen.ref == layer.ref for seen in chain):
            names = " → ".join([seen.ref for seen in chain] + [layer.ref])
            findings.append(_at_extends(chain[-1], "criteria-cycle", chain=names))
            return None, findings
        chain.append(layer)
        parent = layer.model.extends
        if parent is None:
            return chain[::-1], findings
        path_or_none = catalog.find(parent)
        if path_or_none is None:
            candidate = suggest(parent, catalog.available())
            findings.append(_at_extends(layer, "criteria-unknown-set", ref=parent, candidate=candidate))
            return None, findings
        path, ref = path_or_none, parent


def _at_extends(layer: LoadedLayer, rule: str, **args: object) -> Finding:
    position = layer.document.locate(("extends",))
    return finding(rule, layer.file, position.line, position.column, **args)


@dataclass
class _IndicatorDraft:
    origin: eff.Origin
    criterion: str | None
    fields: dict[str, Any] = field(default_factory=dict)
    thresholds: dict[tuple[str | None, int | None], eff.Threshold] = field(default_factory=dict)


@dataclass
class _CriterionDraft:
    origin: eff.Origin
    fields: dict[str, Any] = field(default_factory=dict)
    indicators: dict[str, _IndicatorDraft] = field(default_factory=dict)


@dataclass
class _Draft:
    meta: dict[str, Any] = field(default_factory=dict)
    meta_layers: dict[str, LoadedLayer] = field(default_factory=dict)
    sources: dict[str, Any] = field(default_factory=dict)
    criteria: dict[str, _CriterionDraft] = field(default_factory=dict)
    conditions: dict[str, _IndicatorDraft] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def merge(chain: list[LoadedLayer]) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    draft = _Draft()
    for layer in chain:
        _apply_layer(draft, layer)
    if any(f.severity.rank >= 3 for f in draft.findings):
        return None, draft.findings
    return _freeze(draft, chain)


def _origin(layer: LoadedLayer, path: tuple[str | int, ...]) -> eff.Origin:
    position = layer.document.locate(path)
    return eff.Origin(layer.ref, layer.file, position.line, position.column)


def _apply_layer(draft: _Draft, layer: LoadedLayer) -> None:
    model: CriteriaSetFile = layer.model
    for name in _META:
        if name in model.model_fields_set and getattr(model, name) is not None:
            draft.meta[name] = getattr(model, name)
            draft.meta_layers[name] = layer
    for source in model.sources:
        draft.sources[source.id] = source
    _apply_drop(draft, layer)
    _check_unique_ids(draft, layer)
    for i, criterion in enumerate(model.criteria):
        path: tuple[str | int, ...] = ("criteria", i)
        target = draft.criteria.setdefault(criterion.id, _CriterionDraft(_origin(layer, path)))
        for name in _CRITERION_FIELDS:
            if name in criterion.model_fields_set:
                target.fields[name] = getattr(criterion, name)
        for j, indicator in enumerate(criterion.indicators):
            _merge_indicator(draft, target.indicators, indicator, layer,
                             path + ("indicators", j), criterion.id)
    for k, condition in enumerate(model.conditions):
        _merge_indicator(draft, draft.conditions, condition, layer, ("conditions", k), None)


def _check_unique_ids(draft: _Draft, layer: LoadedLayer) -> None:
    """An id may appear once per file; an indicator may not move to another criterion."""
    seen: set[str] = set()
    owners = {ind_id: c_id for c_id, c in draft.criteria.items() for ind_id in c.indicators}
    places: list[tuple[str, tuple[str | int, ...], str | None]] = []
    for i, criterion in enumerate(layer.model.criteria):
        places.append((f"criterion:{criterion.id}", ("criteria", i, "id"), None))
        for j, ind in enumerate(criterion.indicators):
            places.append((ind.id, ("criteria", i, "indicators", j, "id"), criterion.id))
    for k, condition in enumerate(layer.model.conditions):
        places.append((f"condition:{condition.id}", ("conditions", k, "id"), None))
    for key, path, owner in places:
        moved = owner is not None and owners.get(key, owner) != owner
        if key in seen or moved:
            position = layer.document.locate(path)
            draft.findings.append(finding("criteria-duplicate-id", layer.file, position.line,
                                          position.column, id=key.split(":")[-1]))
        seen.add(key)


def _merge_indicator(draft: _Draft, into: dict[str, _IndicatorDraft], model: IndicatorModel,
                     layer: LoadedLayer, path: tuple[str | int, ...], criterion: str | None) -> None:
    target = into.get(model.id)
    if target is None:
        target = into[model.id] = _IndicatorDraft(_origin(layer, path), criterion)
    for name in _INDICATOR_FIELDS:
        if name in model.model_fields_set:
            target.fields[name] = getattr(model, name)
    for n, figure in enumerate(model.thresholds or []):
        key = (figure.class_, figure.year)
        target.thresholds[key] = _threshold(figure, _origin(layer, path + ("thresholds", n)))


def _threshold(figure: Figure, origin: eff.Origin) -> eff.Threshold:
    derived = None
    if figure.derived is not None:
        derived = eff.Derivation(figure.derived.ref, figure.derived.indicator, figure.derived.factor)
    return eff.Threshold(figure.class_, figure.year, figure.value, figure.source,
                         figure.confidence, figure.note, origin, derived)


def _apply_drop(draft: _Draft, layer: LoadedLayer) -> None:
    drop = layer.model.drop
    for n, criterion_id in enumerate(drop.criteria):
        if draft.criteria.pop(criterion_id, None) is None:
            _unknown_drop(draft, layer, ("drop", "criteria", n), criterion_id,
                          list(draft.criteria))
    all_indicators = {i: c for c in draft.criteria.values() for i in c.indicators}
    for n, indicator_id in enumerate(drop.indicators):
        owner = all_indicators.get(indicator_id)
        if owner is None:
            _unknown_drop(draft, layer, ("drop", "indicators", n), indicator_id, list(all_indicators))
        else:
            del owner.indicators[indicator_id]
    for n, condition_id in enumerate(drop.conditions):
        if draft.conditions.pop(condition_id, None) is None:
            _unknown_drop(draft, layer, ("drop", "conditions", n), condition_id,
                          list(draft.conditions))


def _unknown_drop(draft: _Draft, layer: LoadedLayer, path: tuple[str | int, ...],
                  item: str, known: list[str]) -> None:
    position = layer.document.locate(path)
    draft.findings.append(finding("criteria-unknown-id", layer.file, position.line,
                                  position.column, id=item, candidate=suggest(item, known)))


def _freeze(draft: _Draft, chain: list[LoadedLayer]) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    findings = list(draft.findings)
    criteria = []
    for criterion_id, c in draft.criteria.items():
        indicators = tuple(_freeze_indicator(i_id, i, findings, "indicator")
                           for i_id, i in c.indicators.items())
        criteria.append(eff.Criterion(criterion_id, c.fields.get("name"), c.fields.get("agency"),
                                      indicators, c.fields.get("source"),
                                      c.fields.get("confidence"), c.origin))
    conditions = tuple(_freeze_indicator(i_id, i, findings, "condition")
                       for i_id, i in draft.conditions.items())
    if any(f.rule == "criteria-incomplete" for f in findings):
        return None, findings
    top = chain[-1]
    period = draft.meta.get("period")
    in_force = draft.meta.get("in_force")
    return eff.EffectiveSet(
        ref=top.ref,
        title=draft.meta.get("title"),
        unit_kind=draft.meta.get("unit_kind"),
        level=draft.meta.get("level"),
        period=(period.start, period.end) if period else None,
        classification=_freeze_classification(draft.meta.get("classification"),
                                               draft.meta_layers.get("classification")),
        criteria=tuple(criteria),
        conditions=conditions,
        layers=tuple(eff.Layer(l.ref, l.file, l.model.title, l.model.illustrative, l.sha256)
                     for l in chain),
        sources=tuple(draft.sources.values()),
        totals=draft.meta.get("totals"),
        in_force=in_force.isoformat() if in_force else None,
    ), findings


def _freeze_indicator(indicator_id: str, draft: _IndicatorDraft, findings: list[Finding],
                      what: str) -> eff.Indicator:
    f = draft.fields
    kind = f.get("kind")
    comparator = f.get("comparator") or _DEFAULT_COMPARATOR.get(kind or "")
    for name, value in (("name", f.get("name")), ("kind", kind), ("comparator", comparator)):
        if value is None:
            findings.append(finding("criteria-incomplete", draft.origin.file, draft.origin.line,
                                    draft.origin.column, what_msg=f"what.{what}", id=indicator_id,
                                    field=name))
    return eff.Indicator(
        id=indicator_id, name=f.get("name") or "", unit=f.get("unit"), kind=kind or "number",
        comparator=comparator or ">=", levels=tuple(f.get("levels") or ()),
        thresholds=tuple(draft.thresholds.values()), optional=bool(f.get("optional")),
        agency=f.get("agency"), evidence=tuple(f.get("evidence") or ()), source=f.get("source"),
        confidence=f.get("confidence"), note=f.get("note"), origin=draft.origin)


def _freeze_classification(model: Any, layer: LoadedLayer | None) -> eff.Classification | None:
    if model is None:
        return None
    values = tuple(eff.ClassValue(v.code, v.name, v.definition, v.source, v.confidence)
                   for v in model.values)
    areas = tuple(eff.SpecialArea(a.code, a.name, a.moves_to, a.source, a.confidence, a.note,
                                  _area_origin(layer, n))
                  for n, a in enumerate(model.special_areas))
    return eff.Classification(model.axis, model.name, values, model.rule, areas)


def _area_origin(layer: LoadedLayer | None, n: int) -> eff.Origin:
    if layer is None:
        return eff.Origin("", "", 1, 1)
    return _origin(layer, ("classification", "special_areas", n))
