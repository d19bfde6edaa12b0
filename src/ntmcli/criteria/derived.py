"""Derived thresholds: a figure computed from another set's figure for the same class and year.

The kiểu mẫu income condition is the one the law writes this way (QĐ 319/QĐ-TTg: income at least
10% above the NTM nâng cao income level in force), so the set says
`derived: {ref: xa-ntm-nang-cao@2024, indicator: "10.1", factor: 1.1}` instead of a number. Here
each such figure is linked to the indicator it is computed from; `Derivation.apply` computes the
value for one class and year, and leaves it undetermined when the base figure is.

A broken link (no such set, no such indicator, a loop, a base that is not a number, a figure that
gives both a value and a derivation) is a `criteria-derived` finding at the figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ntmcli.criteria import effective as eff
from ntmcli.findings import Finding, finding

ResolveBase = Callable[[str, frozenset[str]], tuple[eff.EffectiveSet | None, list[Finding]]]
_NUMERIC = ("number", "percent", "ratio", "score")


def link_derivations(effective: eff.EffectiveSet, resolve_base: ResolveBase, seen: frozenset[str],
                     findings: list[Finding]) -> tuple[eff.EffectiveSet | None, list[Finding]]:
    """`effective` with every derived threshold linked to its base indicator, or None (and the
    findings saying why) when a link is broken."""
    if not any(t.derived for i in effective.indicators() for t in i.thresholds):
        return effective, findings
    bases: dict[str, eff.EffectiveSet | None] = {}
    problems: list[Finding] = []

    def base_set(ref: str, origin: eff.Origin) -> eff.EffectiveSet | None:
        if ref in seen:
            problems.append(_problem(origin, "derived.cycle", ref))
            return None
        if ref not in bases:
            resolved, more = resolve_base(ref, seen)
            findings.extend(more)
            bases[ref] = resolved
            if resolved is None:
                key = "derived.base_invalid" if more else "derived.no_set"
                problems.append(_problem(origin, key, ref))
        return bases[ref]

    def link(indicator: eff.Indicator) -> eff.Indicator:
        thresholds = tuple(_link_one(indicator, t, base_set, problems) for t in indicator.thresholds)
        return replace(indicator, thresholds=thresholds)

    criteria = tuple(replace(c, indicators=tuple(link(i) for i in c.indicators))
                     for c in effective.criteria)
    conditions = tuple(link(c) for c in effective.conditions)
    if problems:
        return None, findings + problems
    return replace(effective, criteria=criteria, conditions=conditions), findings


def _link_one(indicator: eff.Indicator, threshold: eff.Threshold,
              base_set: Callable[[str, eff.Origin], eff.EffectiveSet | None],
              problems: list[Finding]) -> eff.Threshold:
    derivation = threshold.derived
    if derivation is None:
        return threshold
    origin = threshold.origin
    if threshold.value is not None:
        problems.append(_problem(origin, "derived.with_value", derivation.ref, derivation.indicator))
        return threshold
    if indicator.kind not in _NUMERIC:
        problems.append(_problem(origin, "derived.not_numeric", derivation.ref, indicator.id))
        return threshold
    target = base_set(derivation.ref, origin)
    if target is None:
        return threshold
    base = target.indicator(derivation.indicator)
    if base is None:
        problems.append(_problem(origin, "derived.no_indicator", derivation.ref, derivation.indicator))
        return threshold
    if base.kind not in _NUMERIC or any(t.derived for t in base.thresholds):
        problems.append(_problem(origin, "derived.not_numeric", derivation.ref, derivation.indicator))
        return threshold
    return replace(threshold, derived=replace(derivation, base=base))


def _problem(origin: eff.Origin, key: str, ref: str, target: str = "") -> Finding:
    return finding("criteria-derived", origin.file, origin.line, origin.column,
                   problem_msg=key, ref=ref, target=target)
