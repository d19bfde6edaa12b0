"""The roll-up conditions and how each is computed from the member units' evaluated results.

A condition of a district or province set is rolled up when its id is below; any other stays as
the dossier states it (for example the towns' "đô thị văn minh" share: a town is not a dossier
ntm evaluates). A unit counts as reaching a level only when its own dossier, evaluated by ntm,
reaches that level or a higher one of the same family; a member whose dossier is missing counts
as not reaching it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ntmcli.evaluate.measure import exact_ratio
from ntmcli.evaluate.results import DAT, UnitResult

# The NTM levels of 2021-2025 in order: a kiểu mẫu commune is also nâng cao and NTM.
_RANK = {"ntm": 1, "ntm_nang_cao": 2, "ntm_kieu_mau": 3}


@dataclass(frozen=True)
class MemberUnit:
    """A unit below the one rolled up: its kind and result (None: missing or not evaluable)."""

    kind: str | None
    unit: UnitResult | None


@dataclass(frozen=True)
class Computed:
    value: float | None
    numerator: int | None
    denominator: int | None
    count: int  # member units the value is taken over
    reason: str | None = None  # catalog key when the value cannot be fully computed


@dataclass(frozen=True)
class Share:
    """Percentage of the units of `kinds` that reach `level`."""

    kinds: frozenset[str]
    level: str
    counts_missing: bool = True

    def compute(self, units: list[MemberUnit]) -> Computed:
        pool = [u for u in units if u.kind in self.kinds or (u.kind is None and self.counts_missing)]
        if not pool:
            return Computed(None, 0, 0, 0, "reason.rollup_no_members")
        met = sum(1 for u in pool if reached(u.unit, self.level))
        return Computed(float(exact_ratio(met, len(pool), 100)), met, len(pool), len(pool))


@dataclass(frozen=True)
class Lowest:
    """The lowest value of a condition among the units of `kinds` (every one must have it)."""

    kinds: frozenset[str]
    condition: str

    def compute(self, units: list[MemberUnit]) -> Computed:
        pool = [u for u in units if u.kind in self.kinds or u.kind is None]
        if not pool:
            return Computed(None, None, None, 0, "reason.rollup_no_members")
        values = [_condition_value(u.unit, self.condition) for u in pool]
        known = [v for v in values if v is not None]
        if len(known) < len(values):
            return Computed(min(known, default=None), None, None, len(pool), "reason.rollup_member_values")
        return Computed(min(known), None, None, len(pool))


_COMMUNES = frozenset({"xa"})
_DISTRICTS = frozenset({"huyen"})
_TOWNS = frozenset({"thi_xa", "thanh_pho"})

ROLLUPS: dict[str, Share | Lowest] = {
    # huyện NTM (QĐ 320/QĐ-TTg): shares of the district's communes
    "xa-dat-chuan-ntm": Share(_COMMUNES, "ntm"),
    "xa-dat-chuan-nang-cao": Share(_COMMUNES, "ntm_nang_cao"),
    "xa-dat-chuan-kieu-mau": Share(_COMMUNES, "ntm_kieu_mau"),
    "hai-long-tung-xa": Lowest(_COMMUNES, "hai-long"),
    # tỉnh hoàn thành (QĐ 321/QĐ-TTg): shares of its districts, towns and (through them) communes
    "huyen-dat-chuan-ntm": Share(_DISTRICTS, "ntm"),
    "huyen-dat-chuan-nang-cao": Share(_DISTRICTS, "ntm_nang_cao"),
    "thi-xa-thanh-pho-hoan-thanh": Share(_TOWNS, "hoan_thanh", counts_missing=False),
}


def reached(unit: UnitResult | None, level: str) -> bool:
    """Whether an evaluated unit reaches `level` (its own target met, at that level or above)."""
    if unit is None or unit.status != DAT:
        return False
    if level in _RANK and unit.target_level in _RANK:
        return _RANK[unit.target_level] >= _RANK[level]
    return unit.target_level == level


def _condition_value(unit: UnitResult | None, condition: str) -> float | None:
    if unit is None:
        return None
    found = next((c for c in unit.conditions if c.id == condition), None)
    value = found.value if found else None
    return value if isinstance(value, float) and not isinstance(value, bool) else None
