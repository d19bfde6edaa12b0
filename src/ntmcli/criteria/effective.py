"""The effective criteria set a unit is judged by: all layers merged, each part knowing its origin."""

from __future__ import annotations

from dataclasses import dataclass

from ntmcli.criteria.models import Source


@dataclass(frozen=True)
class Origin:
    """Where a definition was written: the layer (`set@version`) and its place in the file."""

    layer: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Threshold:
    class_: str | None
    year: int | None
    value: bool | float | str | None
    source: str | None
    confidence: str | None
    note: str | None
    origin: Origin

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
        """The most specific threshold for this class and year (class beats year)."""
        candidates = [t for t in self.thresholds if t.matches(class_, year)]
        return max(candidates, key=Threshold.specificity, default=None)


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


@dataclass(frozen=True)
class Classification:
    axis: str
    name: str | None
    values: tuple[ClassValue, ...]
    rule: str | None

    def codes(self) -> list[str]:
        return [v.code for v in self.values]


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
