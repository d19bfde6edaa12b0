"""What evaluation produces: attainment of each indicator, criterion, condition and the unit.

Reporters and templates read these and nothing else; they never recompute a status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ntmcli.criteria.effective import Layer, Threshold

Status = Literal["dat", "chua_dat", "khong_xac_dinh", "khong_xet"]
DAT, CHUA_DAT, KHONG_XAC_DINH, KHONG_XET = "dat", "chua_dat", "khong_xac_dinh", "khong_xet"


@dataclass(frozen=True)
class Reason:
    """Why a status is undetermined: a catalog key (`reason.*`) and its arguments."""

    key: str
    args: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Verdicts:
    """What people wrote: the commune's self-assessment and the appraisers' verdicts by stage."""

    self_assessment: str | None = None
    tham_tra: str | None = None
    tham_dinh: str | None = None


@dataclass(frozen=True)
class IndicatorResult:
    id: str
    name: str
    unit: str | None
    kind: str
    status: Status
    reason: Reason | None
    value: bool | float | str | None
    numerator: float | None
    denominator: float | None
    comparator: str
    threshold: Threshold | None
    verdicts: Verdicts
    agency: str | None
    optional: bool
    note: str | None
    file: str | None
    line: int
    column: int

    @property
    def applicable(self) -> bool:
        return self.status != KHONG_XET


@dataclass(frozen=True)
class CriterionResult:
    id: str
    name: str | None
    status: Status
    reason: Reason | None
    indicators: tuple[IndicatorResult, ...]
    verdicts: Verdicts
    agency: str | None
    file: str | None

    @property
    def indicators_met(self) -> int:
        return sum(1 for i in self.indicators if i.status == DAT)

    @property
    def indicators_applicable(self) -> int:
        return sum(1 for i in self.indicators if i.applicable)


@dataclass(frozen=True)
class UnitResult:
    name: str
    code: str
    kind: str
    province: str
    district: str | None
    classification: str | None
    target_level: str
    year: int
    stage: str
    set_ref: str
    set_title: str | None
    layers: tuple[Layer, ...]
    status: Status
    criteria: tuple[CriterionResult, ...]
    conditions: tuple[IndicatorResult, ...]

    @property
    def illustrative(self) -> bool:
        return any(layer.illustrative for layer in self.layers)

    @property
    def criteria_met(self) -> int:
        return sum(1 for c in self.criteria if c.status == DAT)

    @property
    def criteria_applicable(self) -> int:
        return sum(1 for c in self.criteria if c.status != KHONG_XET)

    @property
    def indicators_met(self) -> int:
        return sum(c.indicators_met for c in self.criteria)

    @property
    def indicators_applicable(self) -> int:
        return sum(c.indicators_applicable for c in self.criteria)

    @property
    def conditions_met(self) -> int:
        return sum(1 for c in self.conditions if c.status == DAT)

    @property
    def conditions_applicable(self) -> int:
        return sum(1 for c in self.conditions if c.applicable)


def combine(statuses: list[Status]) -> Status:
    """A whole is met when every applicable part is; one unmet part makes it unmet."""
    applicable = [s for s in statuses if s != KHONG_XET]
    if not applicable:
        return KHONG_XET if statuses else KHONG_XAC_DINH
    if CHUA_DAT in applicable:
        return CHUA_DAT
    if KHONG_XAC_DINH in applicable:
        return KHONG_XAC_DINH
    return DAT
