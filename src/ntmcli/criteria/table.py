"""`ntm criteria show`: the effective table a unit is judged by, as plain data.

One document (dicts, lists, strings, numbers) holds everything the three formats print: the set
and its layers, the classification with its special areas, every criterion and indicator with the
thresholds that apply to the selected region/group and year (all of them when none is selected),
each figure with its layer, place, source and confidence, and the recognition rules that govern
the set. JSON prints it as it is; text and Markdown (`ntmcli.criteria.render`) only format it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ntmcli.criteria.catalog import Catalog, load_layer
from ntmcli.criteria.effective import EffectiveSet, Indicator, Threshold
from ntmcli.criteria.recognition import LoadedRules, plain_name

# Status of a figure: established; not established (null); computed from another set's figure
# (shown as a rule until a class and year are chosen); no figure applies to the selection.
XAC_LAP, CHUA_XAC_LAP, TINH_TU, KHONG_CO_NGUONG = "xac_lap", "chua_xac_lap", "tinh_tu", "khong_co_nguong"
FORMAT = "ntm-criteria-show/1"


@dataclass(frozen=True)
class Selection:
    """What the table is narrowed to: a class (region or group), a year, a special area."""

    class_: str | None = None
    year: int | None = None
    special_area: str | None = None

    def judged_class(self, effective: EffectiveSet) -> str | None:
        """The class whose thresholds apply once the special-area rule is taken into account."""
        classification = effective.classification
        area = classification.special_area(self.special_area) if classification else None
        return area.moves_to if area is not None else self.class_


def show_document(effective: EffectiveSet, selection: Selection, catalog: Catalog,
                  rules: LoadedRules | None) -> dict[str, Any]:
    judged = selection.judged_class(effective)
    criteria = [_criterion(effective, c, selection, judged) for c in effective.criteria]
    conditions = [_indicator(effective, i, selection, judged) for i in effective.conditions]
    every = [i for c in criteria for i in c["indicators"]] + conditions
    figures = [t for i in every for t in i["thresholds"]]
    return {
        "format": FORMAT,
        "ref": effective.ref,
        "title": effective.title,
        "unit_kind": effective.unit_kind,
        "level": effective.level,
        "period": list(effective.period) if effective.period else None,
        "in_force": effective.in_force,
        "illustrative": effective.illustrative,
        "totals": _totals(effective),
        "selection": {
            "axis": effective.classification.axis if effective.classification else None,
            "class": selection.class_, "year": selection.year,
            "special_area": selection.special_area, "judged_class": judged,
        },
        "layers": _layers(effective, catalog),
        "sources": [_source(s) for s in effective.sources],
        "classification": _classification(effective),
        "criteria": criteria,
        "conditions": conditions,
        "recognition": _recognition(effective, rules),
        "counts": {
            "criteria": len(criteria),
            "indicators": sum(len(c["indicators"]) for c in criteria),
            "conditions": len(conditions),
            "figures": len(figures),
            "established": sum(1 for t in figures if t["status"] == XAC_LAP),
        },
    }


def _totals(effective: EffectiveSet) -> dict[str, Any] | None:
    totals = effective.totals
    if totals is None:
        return None
    return {"criteria": totals.criteria, "indicators": totals.indicators,
            "source": totals.source, "confidence": totals.confidence}


def _layers(effective: EffectiveSet, catalog: Catalog) -> list[dict[str, Any]]:
    """Each layer with the criteria and conditions it writes (what an amendment touches)."""
    out = []
    for layer in effective.layers:
        path = catalog.find(layer.ref)
        if path is None and Path(layer.file).is_file():  # a profile given by its path
            path = Path(layer.file)
        loaded = load_layer(path, None)[0] if path is not None else None
        model = loaded.model if loaded is not None and loaded.sha256 == layer.sha256 else None
        out.append({
            "ref": layer.ref, "file": layer.file, "title": layer.title,
            "illustrative": layer.illustrative, "sha256": layer.sha256,
            "extends": model.extends if model else None,
            "criteria": [c.id for c in model.criteria] if model else None,
            "conditions": [c.id for c in model.conditions] if model else None,
        })
    return out


def _source(source: Any) -> dict[str, Any]:
    return {"id": source.id, "document": source.document, "title": source.title,
            "date": source.date.isoformat() if source.date else None,
            "issuer": source.issuer, "url": source.url}


def _classification(effective: EffectiveSet) -> dict[str, Any] | None:
    classification = effective.classification
    if classification is None:
        return None
    return {
        "axis": classification.axis, "name": classification.name, "rule": classification.rule,
        "values": [{"code": v.code, "name": v.name, "definition": v.definition,
                    "source": v.source, "confidence": v.confidence} for v in classification.values],
        "special_areas": [{
            "code": a.code, "name": a.name, "moves_to": a.moves_to, "source": a.source,
            "document": _document(effective, a.source), "confidence": a.confidence,
            "layer": a.origin.layer, "file": a.origin.file, "line": a.origin.line,
        } for a in classification.special_areas],
    }


def _criterion(effective: EffectiveSet, criterion: Any, selection: Selection,
               judged: str | None) -> dict[str, Any]:
    return {
        "id": criterion.id, "name": criterion.name, "agency": criterion.agency,
        "source": criterion.source, "confidence": criterion.confidence,
        "layer": criterion.origin.layer, "file": criterion.origin.file, "line": criterion.origin.line,
        "indicators": [_indicator(effective, i, selection, judged) for i in criterion.indicators],
    }


def _indicator(effective: EffectiveSet, indicator: Indicator, selection: Selection,
               judged: str | None) -> dict[str, Any]:
    thresholds = [_figure(effective, t) for t in selected(indicator, judged, selection.year)]
    return {
        "id": indicator.id, "name": indicator.name, "unit": indicator.unit, "kind": indicator.kind,
        "comparator": indicator.comparator, "levels": list(indicator.levels),
        "optional": indicator.optional, "agency": indicator.agency,
        "source": indicator.source, "confidence": indicator.confidence, "note": indicator.note,
        "layer": indicator.origin.layer, "file": indicator.origin.file, "line": indicator.origin.line,
        "status": _overall(thresholds),
        "thresholds": thresholds,
    }


def selected(indicator: Indicator, class_: str | None, year: int | None) -> tuple[Threshold, ...]:
    """The thresholds that apply: with a class and a year, the one a unit is judged by (a derived
    one computed for them); with only one of the two, the one a unit would be judged by for each
    value of the other that the set distinguishes; with neither, all of them."""
    if class_ is None and year is None:
        return indicator.thresholds
    if class_ is not None and year is not None:
        chosen = indicator.threshold_for(class_, year)
        return (chosen,) if chosen is not None else ()
    fitting = [t for t in indicator.thresholds
               if (class_ is None or t.class_ in (None, class_)) and (year is None or t.year in (None, year))]
    others = {t.year if class_ is not None else t.class_ for t in fitting}
    pairs = [(class_, other) if class_ is not None else (other, year) for other in others]
    winners = {id(w) for w in (_winner(indicator, c, y) for c, y in pairs) if w is not None}
    return tuple(t for t in indicator.thresholds if id(t) in winners)


def _winner(indicator: Indicator, class_: str | None, year: int | None) -> Threshold | None:
    """The most specific threshold for a class and year, left as written (not computed)."""
    candidates = [t for t in indicator.thresholds if t.matches(class_, year)]
    return max(candidates, key=Threshold.specificity, default=None)


def _overall(thresholds: list[dict[str, Any]]) -> str:
    if not thresholds:
        return KHONG_CO_NGUONG
    statuses = {t["status"] for t in thresholds}
    for status in (CHUA_XAC_LAP, TINH_TU):
        if status in statuses:
            return status
    return XAC_LAP


def _figure(effective: EffectiveSet, threshold: Threshold) -> dict[str, Any]:
    origin = threshold.origin
    return {
        "class": threshold.class_, "year": threshold.year, "value": threshold.value,
        "status": _status(threshold),
        "source": threshold.source, "document": _document(effective, threshold.source),
        "confidence": threshold.confidence, "note": threshold.note,
        "layer": origin.layer, "file": origin.file, "line": origin.line,
        "derived": _derivation(threshold),
    }


def _status(threshold: Threshold) -> str:
    if threshold.value is not None:
        return XAC_LAP
    if threshold.derived is not None and not threshold.computed:
        return TINH_TU
    return CHUA_XAC_LAP


def _derivation(threshold: Threshold) -> dict[str, Any] | None:
    derived = threshold.derived
    if derived is None:
        return None
    base = threshold.base
    return {
        "ref": derived.ref, "indicator": derived.indicator, "factor": derived.factor,
        "base": None if base is None else {
            "class": base.class_, "year": base.year, "value": base.value,
            "source": base.source, "confidence": base.confidence, "layer": base.origin.layer,
            "file": base.origin.file, "line": base.origin.line,
        },
    }


def _document(effective: EffectiveSet, source_id: str | None) -> str | None:
    """The legal document number a source id stands for (318/QĐ-TTg), if it is one."""
    source = effective.source(source_id)
    return source.document if source is not None else None


def _recognition(effective: EffectiveSet, rules: LoadedRules | None) -> dict[str, Any] | None:
    if rules is None:
        return None
    declared = {c.id for c in effective.conditions}
    recognition = rules.recognition_for(effective.unit_kind, effective.level)
    revocation = rules.revocation_for(effective.unit_kind or "", effective.level or "")
    return {
        "rules": rules.model.id, "document": rules.model.document, "file": rules.file,
        "conditions": [{"id": c.id, "wording": c.wording, "declared": c.id in declared,
                        "source": c.source, "confidence": c.confidence}
                       for c in (recognition.conditions if recognition else [])],
        "revocation": None if revocation is None else _revocation(effective, revocation),
    }


def _revocation(effective: EffectiveSet, revocation: Any) -> dict[str, Any]:
    wanted = {plain_name(n): n for n in revocation.critical_criteria}
    critical = [{"id": c.id, "name": c.name} for c in effective.criteria
                if c.name and plain_name(c.name) in wanted]
    found = {plain_name(c["name"]) for c in critical}
    return {
        "id": revocation.id, "confidence": revocation.confidence, "source": revocation.source,
        "critical_criteria": revocation.critical_criteria,
        "critical_in_set": critical,
        "critical_not_in_set": [n for key, n in wanted.items() if key not in found],
        "criteria_unnamed": [c.id for c in effective.criteria if not c.name],
        "cases": [{
            "id": case.id, "wording": case.wording, "requires_critical": case.requires_critical,
            "criteria_share": case.criteria_share.model_dump() if case.criteria_share else None,
            "members_share": case.members_share.model_dump() if case.members_share else None,
            "source": case.source, "confidence": case.confidence,
        } for case in revocation.cases],
        "unsettled": [{"share": b.share, "note": b.note, "source": b.source} for b in revocation.unsettled],
    }
