"""`ntm summary` as a terminal table, JSON (`ntm-summary/1`) or CSV: layouts of a Summary."""

from __future__ import annotations

import csv
import re
from typing import Any, TextIO

from ntmcli import __version__
from ntmcli.i18n import t
from ntmcli.output.common import write_json as _write_json
from ntmcli.summary.model import STATUSES, Failure, GroupRow, Summary, UnitRow

SCHEMA = "ntm-summary/1"
_NUMBER = re.compile(r"\d+(/\d+)?")


def level_text(level: str | None, lang: str) -> str:
    return t(f"level.{level}", lang) if level else "—"


def status_text(status: str, lang: str) -> str:
    return t(f"status.{status}", lang)


def totals_text(summary: Summary, lang: str) -> str:
    return t("summary.totals", lang, units=len(summary.units),
             **{s: summary.count(s) for s in STATUSES},
             errors=summary.findings("error"), warnings=summary.findings("warning"))


# --- terminal table -------------------------------------------------------------------------

def write_text(summary: Summary, lang: str, out: TextIO) -> None:
    out.write(t("summary.title", lang) + "\n\n")
    _section(out, t("summary.units", lang), _unit_header(lang), [_unit_cells(u, lang) for u in summary.units])
    for title, groups in (("summary.provinces", summary.provinces), ("summary.districts", summary.districts)):
        if groups:
            _section(out, t(title, lang), _group_header(lang), [_group_cells(g, lang) for g in groups])
    for title, failures in (("summary.failed_criteria", summary.failed_criteria),
                            ("summary.failed_indicators", summary.failed_indicators)):
        if failures:
            _section(out, t(title, lang), _failure_header(lang), [_failure_cells(f, lang) for f in failures])
    out.write(totals_text(summary, lang) + "\n")


def _section(out: TextIO, title: str, header: list[str], rows: list[list[str]]) -> None:
    out.write(title + "\n")
    table = [header] + rows
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        cells = [c.rjust(w) if _NUMBER.fullmatch(c) else c.ljust(w) for c, w in zip(row, widths)]
        out.write("  ".join(cells).rstrip() + "\n")
    out.write("\n")


def _unit_header(lang: str) -> list[str]:
    return [t(f"summary.col.{c}", lang) for c in
            ("path", "unit", "sought", "reached", "status", "criteria", "indicators", "errors", "warnings")]


def _unit_cells(u: UnitRow, lang: str) -> list[str]:
    return [u.path, u.name or "—", level_text(u.level_sought, lang), level_text(u.level_reached, lang),
            status_text(u.status, lang), f"{u.criteria_met}/{u.criteria_total}",
            f"{u.indicators_met}/{u.indicators_total}", str(u.errors), str(u.warnings)]


def _group_header(lang: str) -> list[str]:
    return [t("summary.col.province", lang), t("summary.col.district", lang), t("summary.col.units", lang),
            *(status_text(s, lang) for s in STATUSES), t("summary.col.errors", lang)]


def _group_cells(g: GroupRow, lang: str) -> list[str]:
    return [g.province, g.district or "—", str(g.units), *(str(g.count(s)) for s in STATUSES), str(g.errors)]


def _failure_header(lang: str) -> list[str]:
    return [t("summary.col.id", lang), t("summary.col.name", lang), t("summary.col.count", lang)]


def _failure_cells(f: Failure, lang: str) -> list[str]:
    return [f.id, _clip(f.name or t("name.unknown", lang), 70), str(f.count)]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- JSON -----------------------------------------------------------------------------------

def write_json(summary: Summary, lang: str, out: TextIO) -> None:
    _write_json(document(summary, lang), out)


def document(summary: Summary, lang: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "ntm", "version": __version__},
        "lang": lang,
        "totals": {"units": len(summary.units), **{s: summary.count(s) for s in STATUSES},
                   "errors": summary.findings("error"), "warnings": summary.findings("warning"),
                   "infos": summary.findings("info")},
        "units": [_unit_json(u) for u in summary.units],
        "provinces": [_group_json(g) for g in summary.provinces],
        "districts": [_group_json(g) for g in summary.districts],
        "failed_criteria": [_failure_json(f) for f in summary.failed_criteria],
        "failed_indicators": [_failure_json(f) for f in summary.failed_indicators],
    }


def _unit_json(u: UnitRow) -> dict[str, Any]:
    return {"path": u.path, "name": u.name, "code": u.code, "kind": u.kind, "province": u.province,
            "district": u.district, "criteria_set": u.criteria_set, "level_sought": u.level_sought,
            "level_reached": u.level_reached, "status": u.status,
            "criteria_met": u.criteria_met, "criteria_total": u.criteria_total,
            "indicators_met": u.indicators_met, "indicators_total": u.indicators_total,
            "errors": u.errors, "warnings": u.warnings, "infos": u.infos}


def _group_json(g: GroupRow) -> dict[str, Any]:
    return {"province": g.province, "district": g.district, "units": g.units,
            "by_status": dict(g.by_status), "reached_by_level": dict(g.reached_by_level),
            "errors": g.errors, "warnings": g.warnings}


def _failure_json(f: Failure) -> dict[str, Any]:
    return {"id": f.id, "criterion": f.criterion, "name": f.name, "count": f.count, "units": list(f.units)}


# --- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = ("path", "name", "code", "kind", "province", "district", "criteria_set", "level_sought",
               "level_reached", "status", "criteria_met", "criteria_total", "indicators_met",
               "indicators_total", "errors", "warnings", "infos")


def write_csv(summary: Summary, lang: str, out: TextIO) -> None:
    """One row per unit; codes and levels as ids (stable for spreadsheets and scripts)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for unit in summary.units:
        row = _unit_json(unit)
        writer.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
