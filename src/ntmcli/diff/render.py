"""`ntm diff` as text (for people) or JSON (`ntm-diff/1`); both only lay out an AssessmentDiff."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ntmcli import __version__
from ntmcli.diff.compare import AssessmentDiff, Change
from ntmcli.evaluate.results import Reason, UnitResult
from ntmcli.i18n import finding_args, t
from ntmcli.i18n.numbers import format_number

SCHEMA = "ntm-diff/1"


def write_text(diff: AssessmentDiff, lang: str, out: TextIO) -> None:
    new, old = diff.new, diff.old
    out.write(t("diff.title", lang, unit=new.name, code=new.code, old=diff.old_label, new=diff.new_label) + "\n")
    out.write(t("diff.unit", lang, old=_status(old.status, lang), new=_status(new.status, lang),
                old_met=old.criteria_met, old_total=old.criteria_applicable,
                new_met=new.criteria_met, new_total=new.criteria_applicable) + "\n")
    if old.set_ref != new.set_ref:
        out.write(t("diff.set", lang, old=old.set_ref, new=new.set_ref) + "\n")
    for kind in ("criterion", "indicator", "condition"):
        changes = [c for c in diff.changes if c.kind == kind]
        if changes:
            out.write("\n" + t(f"diff.section.{kind}", lang) + "\n")
            out.writelines(f"  {_change_line(c, lang)}\n" for c in changes)
    if not diff.changes:
        out.write("\n" + t("diff.none", lang) + "\n")
    lost = ", ".join(diff.no_longer_met) or "—"
    out.write("\n" + t("diff.no_longer_met", lang, ids=lost) + "\n")
    verdict = diff.revocation
    out.write(t("diff.revocation", lang, verdict=t(f"revocation.status.{verdict.status}", lang)) + "\n")
    out.writelines(f"  - {reason_text(r, lang)}\n" for r in verdict.reasons)


def _change_line(change: Change, lang: str) -> str:
    name = change.name or t("name.unknown", lang)
    head = f"{change.id} {name}"
    if change.kind == "criterion":
        return f"{head}: {_status(change.old_status, lang)} → {_status(change.new_status, lang)}"
    before = f"{_value(change.old_value, change.unit, lang)} ({_status(change.old_status, lang)})"
    after = f"{_value(change.new_value, change.unit, lang)} ({_status(change.new_status, lang)})"
    return f"{head}: {before} → {after}"


def _status(status: str | None, lang: str) -> str:
    return t(f"status.{status}", lang) if status else t("diff.absent", lang)


def _value(value: object, unit: str | None, lang: str) -> str:
    if isinstance(value, bool):
        return t("value.true" if value else "value.false", lang)
    if isinstance(value, float):
        suffix = "%" if unit == "%" else (f" {unit}" if unit and unit.casefold() != "đạt/không" else "")
        return format_number(value, lang) + suffix
    return "—" if value is None else str(value)


def reason_text(reason: Reason, lang: str) -> str:
    return t(reason.key, lang, **finding_args(dict(reason.args), lang))


def write_json(diff: AssessmentDiff, lang: str, out: TextIO) -> None:
    json.dump(document(diff, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")


def document(diff: AssessmentDiff, lang: str) -> dict[str, Any]:
    verdict = diff.revocation
    return {
        "schema": SCHEMA,
        "tool": {"name": "ntm", "version": __version__},
        "lang": lang,
        "old": _unit(diff.old_label, diff.old),
        "new": _unit(diff.new_label, diff.new),
        "changes": [_change(c) for c in diff.changes],
        "no_longer_met": list(diff.no_longer_met),
        "revocation": {
            "status": verdict.status, "rules": verdict.rules, "rule": verdict.rule, "case": verdict.case,
            "criteria_total": verdict.total, "criteria_failed": list(verdict.failed),
            "criteria_undetermined": list(verdict.undetermined),
            "critical_failed": list(verdict.critical_failed), "confidence": verdict.confidence,
            "reasons": [reason_text(r, lang) for r in verdict.reasons],
        },
    }


def _unit(label: str, unit: UnitResult) -> dict[str, Any]:
    return {"source": label, "name": unit.name, "code": unit.code, "kind": unit.kind,
            "target_level": unit.target_level, "year": unit.year, "stage": unit.stage,
            "criteria_set": unit.set_ref, "status": unit.status,
            "criteria_met": unit.criteria_met, "criteria_total": unit.criteria_applicable}


def _change(c: Change) -> dict[str, Any]:
    return {"kind": c.kind, "id": c.id, "criterion": c.criterion, "name": c.name,
            "old_status": c.old_status, "new_status": c.new_status,
            "old_value": c.old_value, "new_value": c.new_value}
