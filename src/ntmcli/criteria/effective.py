"""The effective criteria set a unit is judged by: all layers merged, each part knowing its origin."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ntmcli.criteria.models import Source, Totals


@dataclass(frozen=True)
class Origin:
    """Where a definition was written: the layer (`set@version`) and its place in the file."""

    layer: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Derivation:
    """`factor` × the threshold of `indicator` in set `ref`, for the class and year judged.
    `base` is that indicator once the reference is resolved (`ntmcli.criteria.derived`)."""

    ref: str
    indicator: str
    factor: float
    base: Indicator | None = None

    def apply(self, rule: Threshold, class_: str | None, year: int | None) -> Threshold:
        """The concrete threshold for one class and year: `value` stays None (undetermined)
        unless the base threshold is an established number."""
        base = self.base.threshold_for(class_, year) if self.base is not None else None
        if base is not None and base.derived is not None:
            base = None  # a derivation of a derivation is refused when linking; never chained
        value = None
        if base is not None and isinstance(base.value, (int, float)) and not isinstance(base.value, bool):
            # Decimal keeps 1.1 × 70 at 77, not 77.00000000000001
            value = float(Decimal(str(base.value)) * Decimal(str(self.factor)))
        return replace(rule, value=value, base=base, computed=True)


@dataclass(frozen=True)
class Threshold:
    class_: str | None
    year: int | None
    value: bool | float | str | None
    source: str | None
    confidence: str | None
    note: str | None
    origin: Origin
    derived: Derivation | None = None
    base: Threshold | None = None  # for a derived threshold applied to a class and year
    computed: bool = False  # a derived threshold computed for one class and year

    @property
    def established(self) -> bool:
        return self.value is not None

    def specificity(self) -> int:
        return (2 if self.class_ is not None else 0) + (1 if self.year is not None else 0)

    def matches(self, class_: str | None, year: int | None) -> bool:
        return (self.class_ is None or self.class_ == class_) and (self.year is None or self.year == year)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str | None
    kind: str
    comparator: str
    levels: tuple[str, ...]
    thresholds: tuple[Threshold, ...]
    optional: bool
    agency: str | None
    evidence: tuple[str, ...]
    source: str | None
    confidence: str | None
    note: str | None
    origin: Origin

    def threshold_for(self, class_: str | None, year: int | None) -> Threshold | None:
        """The most specific threshold for this class and year (class beats year); a derived
        threshold comes back computed for that class and year."""
        candidates = [t for t in self.thresholds if t.matches(class_, year)]
        chosen = max(candidates, key=Threshold.specificity, default=None)
        if chosen is not None and chosen.derived is not None:
            return chosen.derived.apply(chosen, class_, year)
        return chosen


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str | None
    agency: str | None
    indicators: tuple[Indicator, ...]
    source: str | None
    confidence: str | None
    origin: Origin


@dataclass(frozen=True)
class ClassValue:
    code: str
    name: str | None
    definition: str | None
    source: str | None = None
    confidence: str | None = None


@dataclass(frozen=True)
class SpecialArea:
    """A category of commune judged on the thresholds of class `moves_to`."""

    code: str
    name: str
    moves_to: str
    source: str | None
    confidence: str | None
    note: str | None
    origin: Origin


@dataclass(frozen=True)
class Classification:
    axis: str
    name: str | None
    values: tuple[ClassValue, ...]
    rule: str | None
    special_areas: tuple[SpecialArea, ...] = ()

    def codes(self) -> list[str]:
        return [v.code for v in self.values]

    def value(self, code: str | None) -> ClassValue | None:
        return next((v for v in self.values if v.code == code), None)

    def special_area(self, code: str | None) -> SpecialArea | None:
        return next((a for a in self.special_areas if a.code == code), None)


@dataclass(frozen=True)
class Layer:
    ref: str
    file: str
    title: str | None
    illustrative: bool
    sha256: str


@dataclass(frozen=True)
class EffectiveSet:
    ref: str
    title: str | None
    unit_kind: str | None
    level: str | None
    period: tuple[int, int] | None
    classification: Classification | None
    criteria: tuple[Criterion, ...]
    conditions: tuple[Indicator, ...]
    layers: tuple[Layer, ...]
    sources: tuple[Source, ...]
    totals: Totals | None = None
    in_force: str | None = None

    @property
    def illustrative(self) -> bool:
        return any(layer.illustrative for layer in self.layers)

    @property
    def base_refs(self) -> tuple[str, ...]:
        return tuple(layer.ref for layer in self.layers)

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def condition(self, condition_id: str) -> Indicator | None:
        return next((c for c in self.conditions if c.id == condition_id), None)

    def source(self, source_id: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def indicators(self) -> tuple[Indicator, ...]:
        """Every indicator of every criterion, then the conditions."""
        return tuple(i for c in self.criteria for i in c.indicators) + self.conditions

    def indicator(self, indicator_id: str) -> Indicator | None:
        """An indicator or a condition by id."""
        return next((i for i in self.indicators() if i.id == indicator_id), None)
