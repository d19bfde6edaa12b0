"""`ntm criteria lint`: keep the catalogue honest.

Every set on the search path must load and resolve (no cycles, no dangling `extends` or derived
references, no id collisions), every established or derived figure must name its source and
confidence, every threshold's class must be one the set defines, every special-area category must
move to a defined class with its source, a set may not declare more criteria or indicators than
its official `totals`, and the rule files (`_rules/*.yaml`) must load, name existing sets and find
their recognition conditions in the sets they govern. `--strict` also refuses illustrative figures
outside sets that declare themselves illustrative, and sources that are neither a declared source
id nor a document or URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ntmcli.criteria.catalog import Catalog, LoadedLayer, load_layer
from ntmcli.criteria.effective import EffectiveSet, Indicator, SpecialArea, Threshold
from ntmcli.criteria.recognition import LoadedRules, load_rules
from ntmcli.criteria.resolve import resolve_path
from ntmcli.findings import Finding, finding, sort_findings
from ntmcli.validation import suggest

_DOCUMENT_OR_URL = re.compile(r"(https?://|/)")


@dataclass(frozen=True)
class SetSummary:
    """One set as `ntm criteria list` shows it: how much of it is established."""

    ref: str
    title: str | None
    file: str
    extends: str | None
    documents: tuple[str, ...]
    established: int
    figures: int
    illustrative: bool
    valid: bool


def lint(catalog: Catalog, *, strict: bool) -> tuple[list[SetSummary], list[Finding]]:
    summaries: list[SetSummary] = []
    findings: list[Finding] = []
    resolved: dict[str, EffectiveSet] = {}
    for ref in catalog.available():
        summary, more, effective = _lint_set(catalog, ref, strict=strict)
        summaries.append(summary)
        findings += more
        if effective is not None:
            resolved[ref] = effective
    rules, more = load_rules(catalog)
    findings += more
    for loaded in rules:
        findings += _check_rules(catalog, loaded, resolved)
    return summaries, sort_findings(findings)


def lint_set(catalog: Catalog, ref: str, *, strict: bool) -> tuple[SetSummary, list[Finding]]:
    summary, findings, _ = _lint_set(catalog, ref, strict=strict)
    return summary, findings


def _lint_set(catalog: Catalog, ref: str, *,
              strict: bool) -> tuple[SetSummary, list[Finding], EffectiveSet | None]:
    path = catalog.find(ref)
    assert path is not None
    effective, findings = resolve_path(catalog, path, ref)
    layer, _ = load_layer(path, ref)
    if effective is not None and layer is not None:
        findings += _check_figures(effective, layer, strict=strict)
        findings += _check_special_areas(effective, layer, strict=strict)
        findings += _check_totals(effective, layer)
    return _summary(ref, layer, effective, path.as_posix()), findings, effective


def _summary(ref: str, layer: LoadedLayer | None, effective: EffectiveSet | None,
             file: str) -> SetSummary:
    if layer is None or effective is None:
        return SetSummary(ref, None, layer.file if layer else file, None, (), 0, 0, False, False)
    thresholds = [t for i in _indicators(effective) for t in i.thresholds]
    documents = tuple(s.document for s in layer.model.sources if s.document)
    return SetSummary(ref, effective.title, layer.file, layer.model.extends, documents,
                      sum(1 for t in thresholds if figure_established(t)), len(thresholds),
                      effective.illustrative, True)


def figure_established(threshold: Threshold) -> bool:
    """A number, or a derivation whose base set establishes at least one figure."""
    derived = threshold.derived
    if derived is not None and derived.base is not None:
        return any(t.established for t in derived.base.thresholds)
    return threshold.established


def _indicators(effective: EffectiveSet) -> list[Indicator]:
    return [i for c in effective.criteria for i in c.indicators] + list(effective.conditions)


def _check_figures(effective: EffectiveSet, layer: LoadedLayer, *, strict: bool) -> list[Finding]:
    """Check the figures this layer itself writes (inherited ones are checked in their own file)."""
    codes = set(effective.classification.codes()) if effective.classification else set()
    source_ids = {s.id for s in effective.sources}
    findings: list[Finding] = []
    for indicator in _indicators(effective):
        for threshold in indicator.thresholds:
            if threshold.origin.layer != layer.ref:
                continue
            findings += _check_threshold(indicator, threshold, codes, source_ids,
                                         illustrative_set=layer.model.illustrative, strict=strict)
    return findings


def _check_threshold(indicator: Indicator, threshold: Threshold, codes: set[str],
                     source_ids: set[str], *, illustrative_set: bool, strict: bool) -> list[Finding]:
    origin = threshold.origin
    out: list[Finding] = []

    def add(rule: str, **args: object) -> None:
        out.append(finding(rule, origin.file, origin.line, origin.column, indicator=indicator.id,
                           id=indicator.id, **args))

    if threshold.class_ is not None and codes and threshold.class_ not in codes:
        add("criteria-unknown-class", value=threshold.class_, allowed=", ".join(sorted(codes)))
    if not threshold.established and threshold.derived is None:
        return out
    if not threshold.source or not threshold.confidence:
        add("criteria-no-provenance")
    elif strict and threshold.source not in source_ids and not _DOCUMENT_OR_URL.search(threshold.source):
        add("criteria-unknown-source", source=threshold.source)
    if strict and threshold.confidence == "illustrative" and not illustrative_set:
        add("criteria-illustrative-figure")
    return out


def _check_special_areas(effective: EffectiveSet, layer: LoadedLayer, *, strict: bool) -> list[Finding]:
    """The categories this layer writes move to a class the set defines, with provenance."""
    classification = effective.classification
    if classification is None:
        return []
    codes = set(classification.codes())
    source_ids = {s.id for s in effective.sources}
    out: list[Finding] = []
    for area in classification.special_areas:
        if area.origin.layer != layer.ref:
            continue
        if area.moves_to not in codes:
            out.append(_area_finding(area, "special_area.unknown_class", allowed=", ".join(sorted(codes))))
        if not area.source or not area.confidence:
            out.append(_area_finding(area, "special_area.no_provenance"))
        elif strict and area.source not in source_ids and not _DOCUMENT_OR_URL.search(area.source):
            out.append(_area_finding(area, "special_area.unknown_source", source=area.source))
    return out


def _area_finding(area: SpecialArea, problem: str, **args: object) -> Finding:
    origin = area.origin
    return finding("criteria-special-area", origin.file, origin.line, origin.column, id=area.code,
                   problem_msg=problem, to=area.moves_to, **args)


def _check_totals(effective: EffectiveSet, layer: LoadedLayer) -> list[Finding]:
    """More criteria or indicators than the decision has means an invented id."""
    totals = effective.totals
    if totals is None:
        return []
    where = ("totals",) if "totals" in layer.model.model_fields_set else ("id",)
    position = layer.document.locate(where)
    declared = {"criteria": len(effective.criteria),
                "indicators": sum(len(c.indicators) for c in effective.criteria)}
    out = []
    for what, count in declared.items():
        total = getattr(totals, what)
        if total is not None and count > total:
            out.append(finding("criteria-count-exceeds", layer.file, position.line, position.column,
                               declared=count, total=total, what_msg=f"count.{what}"))
    return out


def _check_rules(catalog: Catalog, rules: LoadedRules, resolved: dict[str, EffectiveSet]) -> list[Finding]:
    """A rule file names sets that exist, and each set it governs carries its conditions."""
    out: list[Finding] = []
    for n, ref in enumerate(rules.model.applies_to):
        if catalog.find(ref) is None:
            position = rules.document.locate(("applies_to", n))
            out.append(finding("criteria-unknown-set", rules.file, position.line, position.column,
                               ref=ref, candidate=suggest(ref, catalog.available())))
            continue
        effective = resolved.get(ref)
        if effective is not None:
            out += _missing_conditions(catalog, rules, effective)
    return out


def _missing_conditions(catalog: Catalog, rules: LoadedRules, effective: EffectiveSet) -> list[Finding]:
    recognition = rules.recognition_for(effective.unit_kind, effective.level)
    if recognition is None:
        return []
    declared = {c.id for c in effective.conditions}
    top = effective.layers[-1]
    path = catalog.find(top.ref)
    layer, _ = load_layer(path, top.ref) if path else (None, [])
    position = layer.document.locate(("conditions",), key=True) if layer else None
    return [finding("criteria-rules-condition", top.file, position.line if position else 1,
                    position.column if position else 1, ref=effective.ref, rules=rules.model.id,
                    id=required.id)
            for required in recognition.conditions if required.id not in declared]
