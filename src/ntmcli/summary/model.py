"""The overview of many checked dossiers, computed once from their results; every format of
`ntm summary` only lays it out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ntmcli.check import CheckResult, DossierReport
from ntmcli.evaluate.results import CHUA_DAT, DAT
from ntmcli.findings import Severity

NOT_EVALUATED = "khong_danh_gia"  # the dossier or its criteria have errors: no attainment
STATUSES = (DAT, CHUA_DAT, "khong_xac_dinh", NOT_EVALUATED)
TOP = 10


@dataclass(frozen=True)
class UnitRow:
    path: str
    name: str | None
    code: str | None
    kind: str | None
    province: str | None
    district: str | None
    criteria_set: str | None
    level_sought: str | None
    level_reached: str | None
    status: str
    criteria_met: int
    criteria_total: int
    indicators_met: int
    indicators_total: int
    errors: int
    warnings: int
    infos: int


@dataclass(frozen=True)
class GroupRow:
    """Counts over the units of one province or one district."""

    province: str
    district: str | None
    units: int
    by_status: tuple[tuple[str, int], ...]
    reached_by_level: tuple[tuple[str, int], ...]
    errors: int
    warnings: int

    def count(self, status: str) -> int:
        return dict(self.by_status).get(status, 0)


@dataclass(frozen=True)
class Failure:
    """A criterion or indicator and in how many units it is not met."""

    id: str
    criterion: str | None
    name: str | None
    count: int
    units: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    units: tuple[UnitRow, ...]
    provinces: tuple[GroupRow, ...]
    districts: tuple[GroupRow, ...]
    failed_criteria: tuple[Failure, ...]
    failed_indicators: tuple[Failure, ...]

    def count(self, status: str) -> int:
        return sum(1 for u in self.units if u.status == status)

    def findings(self, severity: str) -> int:
        return sum(getattr(u, f"{severity}s") for u in self.units)


def summarise(result: CheckResult) -> Summary:
    units = tuple(_unit_row(d) for d in result.dossiers)
    provinces = _groups(units, by_district=False)
    districts = _groups([u for u in units if u.district], by_district=True)
    return Summary(units, provinces, districts, _failed_criteria(result.dossiers),
                   _failed_indicators(result.dossiers))


def _unit_row(report: DossierReport) -> UnitRow:
    counts = Counter(f.severity for f in report.findings)
    unit = report.unit
    severities = (counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO])
    if unit is None:
        return UnitRow(report.path, None, None, None, None, None, None, None, None, NOT_EVALUATED,
                       0, 0, 0, 0, *severities)
    reached = unit.target_level if unit.status == DAT else None
    return UnitRow(report.path, unit.name, unit.code, unit.kind, unit.province, unit.district,
                   unit.set_ref, unit.target_level, reached, unit.status, unit.criteria_met,
                   unit.criteria_applicable, unit.indicators_met, unit.indicators_applicable,
                   *severities)


def _groups(units: list[UnitRow] | tuple[UnitRow, ...], *, by_district: bool) -> tuple[GroupRow, ...]:
    keys = sorted({(u.province or "—", u.district if by_district else None) for u in units},
                  key=lambda k: (k[0], k[1] or ""))
    rows = []
    for province, district in keys:
        members = [u for u in units if (u.province or "—") == province
                   and (not by_district or u.district == district)]
        statuses = Counter(u.status for u in members)
        levels = Counter(u.level_reached for u in members if u.level_reached)
        rows.append(GroupRow(province, district, len(members),
                             tuple((s, statuses[s]) for s in STATUSES),
                             tuple(sorted(levels.items())),
                             sum(u.errors for u in members), sum(u.warnings for u in members)))
    return tuple(rows)


def _failed_criteria(reports: tuple[DossierReport, ...]) -> tuple[Failure, ...]:
    seen: dict[tuple[str, str], list[str]] = {}
    names: dict[tuple[str, str], str | None] = {}
    for report in reports:
        for criterion in report.unit.criteria if report.unit else ():
            if criterion.status == CHUA_DAT:
                key = (criterion.id, criterion.name or "")
                seen.setdefault(key, []).append(report.path)
                names[key] = criterion.name
    return _top(seen, names, lambda key: None)


def _failed_indicators(reports: tuple[DossierReport, ...]) -> tuple[Failure, ...]:
    seen: dict[tuple[str, str], list[str]] = {}
    names: dict[tuple[str, str], str | None] = {}
    criterion_of: dict[tuple[str, str], str] = {}
    for report in reports:
        for criterion in report.unit.criteria if report.unit else ():
            for indicator in criterion.indicators:
                if indicator.status == CHUA_DAT:
                    key = (indicator.id, indicator.name)
                    seen.setdefault(key, []).append(report.path)
                    names[key], criterion_of[key] = indicator.name, criterion.id
    return _top(seen, names, criterion_of.get)


def _top(seen: dict[tuple[str, str], list[str]], names: dict[tuple[str, str], str | None],
         criterion: object) -> tuple[Failure, ...]:
    ordered = sorted(seen, key=lambda key: (-len(seen[key]), _natural(key[0]), key[1]))
    return tuple(Failure(key[0], criterion(key), names[key], len(seen[key]),  # type: ignore[operator]
                         tuple(sorted(seen[key]))) for key in ordered[:TOP])


def _natural(identifier: str) -> tuple[tuple[int, str], ...]:
    """"2.10" after "2.9": numbers compare as numbers."""
    return tuple((int(part), "") if part.isdigit() else (10**9, part) for part in identifier.split("."))
