"""`ntm criteria lint`: keep the catalogue honest.

Every set on the search path must load and resolve (no cycles, no dangling `extends`, no id
collisions), every established figure must name its source and confidence, every threshold's
class must be one the set defines. `--strict` also refuses illustrative figures outside sets that
declare themselves illustrative, and sources that are neither a declared source id nor a document
or URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ntmcli.criteria.catalog import Catalog, LoadedLayer, load_layer
from ntmcli.criteria.effective import EffectiveSet, Indicator, Threshold
from ntmcli.criteria.resolve import load_chain, merge
from ntmcli.findings import Finding, finding, sort_findings

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
    for ref in catalog.available():
        summary, more = lint_set(catalog, ref, strict=strict)
        summaries.append(summary)
        findings += more
    return summaries, sort_findings(findings)


def lint_set(catalog: Catalog, ref: str, *, strict: bool) -> tuple[SetSummary, list[Finding]]:
    path = catalog.find(ref)
    assert path is not None
    chain, findings = load_chain(catalog, path, ref)
    layer, _ = load_layer(path, ref)
    effective = None
    if chain is not None:
        effective, more = merge(chain)
        findings += more
    if effective is not None and layer is not None:
        findings += _check_figures(effective, layer, strict=strict)
    return _summary(ref, layer, effective, path.as_posix()), findings


def _summary(ref: str, layer: LoadedLayer | None, effective: EffectiveSet | None,
             file: str) -> SetSummary:
    if layer is None or effective is None:
        return SetSummary(ref, None, layer.file if layer else file, None, (), 0, 0, False, False)
    thresholds = [t for i in _indicators(effective) for t in i.thresholds]
    documents = tuple(s.document for s in layer.model.sources if s.document)
    return SetSummary(ref, effective.title, layer.file, layer.model.extends, documents,
                      sum(1 for t in thresholds if t.established), len(thresholds),
                      effective.illustrative, True)


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
    if not threshold.established:
        return out
    if not threshold.source or not threshold.confidence:
        add("criteria-no-provenance")
    elif strict and threshold.source not in source_ids and not _DOCUMENT_OR_URL.search(threshold.source):
        add("criteria-unknown-source", source=threshold.source)
    if strict and threshold.confidence == "illustrative" and not illustrative_set:
        add("criteria-illustrative-figure")
    return out
