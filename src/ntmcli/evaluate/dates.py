"""Dates a dossier states (evidence documents, appraisals) against today and the assessment period.

A mistyped year is the usual cause: `2205-03-10` for `2025-03-10`. Both rules are warnings: a
date can be odd on purpose (an old certificate still in force), and ntm does not judge attainment
on it. The windows:

- appraisals (thẩm tra, thẩm định) happen from 1 January of the assessment year to the end of
  the next year (a year's dossiers are often appraised and recognised early the year after);
- evidence documents are dated within the criteria set's period (from its first year) and no
  later than the appraisals can be;
- nothing is dated after today (`ntmcli.clock`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from ntmcli.dossier.models import Appraisal, Entry, Evidence
from ntmcli.dossier.reader import DossierInput, SourceFile
from ntmcli.findings import Finding, finding

Where = tuple[str | int, ...]


@dataclass(frozen=True)
class Window:
    start: dt.date | None
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and day <= self.end


@dataclass(frozen=True)
class Stated:
    """A date as the dossier states it: where, what kind, and the ids it belongs to."""

    where: Where
    day: dt.date
    what: str  # "evidence" | "appraisal"
    indicator: str | None


def check_dates(dossier: DossierInput, year: int, period_start: int | None,
                today: dt.date) -> list[Finding]:
    end = dt.date(year + 1, 12, 31)
    windows = {"evidence": Window(dt.date(period_start, 1, 1) if period_start else None, end),
               "appraisal": Window(dt.date(year, 1, 1), end)}
    sources = [*dossier.criteria, *([dossier.conditions] if dossier.conditions else [])]
    return [found for source in sources for stated in _stated_dates(source)
            if (found := _judge(source, stated, windows[stated.what], today)) is not None]


def _judge(source: SourceFile, stated: Stated, window: Window, today: dt.date) -> Finding | None:
    if stated.day > today:
        return _at(source, stated, "date-in-future", today=today.isoformat())
    if not window.holds(stated.day):
        start = window.start.isoformat() if window.start else "…"
        return _at(source, stated, "date-outside-period", start=start, end=window.end.isoformat())
    return None


def _at(source: SourceFile, stated: Stated, rule: str, **args: str) -> Finding:
    """The finding, placed in the file (positions are looked up only for a problem)."""
    position = source.document.locate(stated.where)
    return finding(rule, source.file, position.line, position.column,
                   criterion=getattr(source.model, "criterion", None), indicator=stated.indicator,
                   date=stated.day.isoformat(), what_msg=f"date.{stated.what}", **args)


def _stated_dates(source: SourceFile) -> Iterator[Stated]:
    model = source.model
    yield from _evidence_dates(("evidence",), getattr(model, "evidence", []), None)
    list_key = "conditions" if hasattr(model, "conditions") else "indicators"
    entries: list[Entry] = getattr(model, list_key)
    for n, entry in enumerate(entries):
        yield from _evidence_dates((list_key, n, "evidence"), entry.evidence, entry.id)
    appraisals: list[Appraisal] = model.appraisals
    for n, appraisal in enumerate(appraisals):
        if appraisal.date is not None:
            yield Stated(("appraisals", n, "date"), appraisal.date, "appraisal", None)


def _evidence_dates(where: Where, items: list[Evidence], indicator: str | None) -> Iterator[Stated]:
    for i, item in enumerate(items):
        if item.date is not None:
            yield Stated(where + (i, "date"), item.date, "evidence", indicator)
