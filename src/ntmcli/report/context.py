"""The template context: everything a document shows, as plain data in the chosen language.

Built only from what evaluation produced (`DossierReport`: the `UnitResult` and the findings) and
from van-ban.yaml (numbering, signer, meeting). It formats; it never judges: every status is the
engine's. "Cơ bản đạt" is shown where an appraiser wrote it and never counted as met. Every name
here is listed in docs/report.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ntmcli.check import DossierReport
from ntmcli.dossier.models import DocumentsFile, Rounding
from ntmcli.evaluate.results import (
    CHUA_DAT,
    KHONG_XAC_DINH,
    KHONG_XET,
    CriterionResult,
    IndicatorResult,
    Reason,
    UnitResult,
    Verdicts,
)
from ntmcli.findings import Finding, Severity
from ntmcli.i18n import t
from ntmcli.i18n.dates import BLANK
from ntmcli.i18n.documents import document_text
from ntmcli.i18n.numbers import format_number
from ntmcli.output.common import render
from ntmcli.present import requirement_text, status_text, value_text, verdict_text
from ntmcli.report.documents import DocumentKind
from ntmcli.report.layout import stylesheet
from ntmcli.report.parts import STAGES, NumberRule, document_parts, meeting_parts
from ntmcli.report.provenance import DossierDigest


@dataclass(frozen=True)
class ReportSource:
    report: DossierReport          # its `unit` is set: there is something to report
    documents: DocumentsFile | None
    kind: DocumentKind
    lang: str
    digest: DossierDigest
    version: str


def build_context(source: ReportSource) -> dict[str, Any]:
    unit = source.report.unit
    assert unit is not None
    lang, stage = source.lang, source.kind.stage
    documents = source.documents or DocumentsFile()
    rules = _NumberRules(documents.rounding)
    criteria = [_criterion(c, stage, rules, lang) for c in unit.criteria]
    conditions = [_indicator(c, stage, rules, lang) for c in unit.conditions]
    return {
        "lang": lang,
        "document": document_parts(source.kind, documents, unit, lang),
        "unit": _unit(unit, lang),
        "totals": _totals(unit, stage, lang),
        "criteria": criteria,
        "conditions": conditions,
        "findings": _findings(source.report.findings, source.version, lang),
        "meeting": meeting_parts(documents.meeting, rules.default, lang),
        "criteria_set": {"ref": unit.set_ref, "title": unit.set_title or unit.set_ref,
                         "illustrative": unit.illustrative},
        "legend": _legend(unit, criteria, conditions, documents.rounding, lang),
        "provenance": _provenance(unit, source.digest, source.version, lang),
        "css": Markup(stylesheet()),
    }


def _say(key: str, lang: str, **args: object) -> str:
    return document_text(key, lang, **args)


# --- the unit and its results -----------------------------------------------------------------

def _unit(unit: UnitResult, lang: str) -> dict[str, Any]:
    places = "".join(f", {p}" for p in (unit.district, unit.province) if p)
    return {
        "name": unit.name, "code": unit.code, "kind": unit.kind, "province": unit.province,
        "district": unit.district or "", "classification": unit.classification or "",
        "level": unit.target_level, "level_name": t(f"level.{unit.target_level}", lang),
        "year": unit.year, "stage": unit.stage, "status": unit.status,
        "status_text": status_text(unit.status, lang), "illustrative": unit.illustrative,
        "line": _say("doc.unit_line", lang, unit=unit.name, code=unit.code, place=places),
    }


def _verdicts(verdicts: Verdicts, lang: str) -> dict[str, str]:
    return {"self": verdict_text(verdicts.self_assessment, lang),
            "tham_tra": verdict_text(verdicts.tham_tra, lang),
            "tham_dinh": verdict_text(verdicts.tham_dinh, lang)}


def _assessment(status: str, verdicts: Verdicts, stage: str | None, lang: str) -> str:
    """The engine's status, except where the appraiser of this document's stage wrote "cơ bản
    đạt": that label is shown as written (it is never counted as met)."""
    if stage is not None and getattr(verdicts, stage) == "co_ban_dat":
        return verdict_text("co_ban_dat", lang)
    return status_text(status, lang)


def _reason(reason: Reason | None, lang: str) -> str:
    return t(reason.key, lang, **dict(reason.args)) if reason else ""


def _criterion(result: CriterionResult, stage: str | None, rules: _NumberRules, lang: str) -> dict[str, Any]:
    return {
        "id": result.id, "name": result.name or t("name.unknown", lang),
        "status": result.status, "status_text": status_text(result.status, lang),
        "assessment": _assessment(result.status, result.verdicts, stage, lang),
        "verdicts": _verdicts(result.verdicts, lang), "agency": result.agency or "",
        "indicators_met": result.indicators_met, "indicators_total": result.indicators_applicable,
        "met_text": _say("doc.row.indicators_met", lang, met=result.indicators_met,
                         total=result.indicators_applicable),
        "note": _reason(result.reason, lang) if result.status == KHONG_XAC_DINH else "",
        "has_file": result.file is not None,
        "indicators": [_indicator(i, stage, rules, lang) for i in result.indicators],
    }


def _indicator(result: IndicatorResult, stage: str | None, rules: _NumberRules, lang: str) -> dict[str, Any]:
    threshold = result.threshold
    established = threshold is not None and threshold.value is not None
    illustrative = established and threshold is not None and threshold.confidence == "illustrative"
    notes = [n for n in (result.note or "", _reason(result.reason, lang)) if n]
    return {
        "id": result.id, "name": result.name, "unit": result.unit or "", "kind": result.kind,
        "optional": result.optional, "status": result.status,
        "status_text": status_text(result.status, lang),
        "assessment": _assessment(result.status, result.verdicts, stage, lang),
        "verdicts": _verdicts(result.verdicts, lang),
        "requirement": requirement_text(result, lang),
        "requirement_established": established, "illustrative": illustrative,
        "marker": "(*)" if illustrative else ("" if established else "(**)"),
        "value": _value(result, rules.rule_for(result.id), lang),
        "agency": result.agency or "", "note": "; ".join(notes),
    }


def _value(result: IndicatorResult, rule: NumberRule, lang: str) -> str:
    """The result as measured, rounded by the document's rule, with the count it came from."""
    if result.status == KHONG_XET:
        return t("value.none", lang)
    text = value_text(result, lang, rule)
    if result.numerator is not None and result.denominator is not None and result.value is not None:
        text += f" ({format_number(result.numerator, lang)}/{format_number(result.denominator, lang)})"
    return text


def _item(criterion: CriterionResult, lang: str) -> str:
    if criterion.name is None:
        return _say("doc.list.item_id", lang, id=criterion.id)
    return _say("doc.list.item", lang, id=criterion.id, name=criterion.name)


def _totals(unit: UnitResult, stage: str | None, lang: str) -> dict[str, Any]:
    counts = {"criteria_met": unit.criteria_met, "criteria_total": unit.criteria_applicable,
              "indicators_met": unit.indicators_met, "indicators_total": unit.indicators_applicable}
    lists = []
    for status in (CHUA_DAT, KHONG_XAC_DINH, KHONG_XET):
        items = [_item(c, lang) for c in unit.criteria if c.status == status]
        if items:
            lists.append(_say(f"doc.list.{status}", lang, items="; ".join(items)))
    if stage is not None:
        items = [_item(c, lang) for c in unit.criteria if getattr(c.verdicts, stage) == "co_ban_dat"]
        if items:
            lists.append(_say("doc.list.co_ban_dat", lang, stage=t(f"stage.{stage}", lang),
                              items="; ".join(items)))
    return {
        **counts, "conditions_met": unit.conditions_met, "conditions_total": unit.conditions_applicable,
        "text": _say("doc.totals", lang, **counts), "short": _say("doc.totals_short", lang, **counts),
        "lists": lists, "all_met": unit.criteria_met == unit.criteria_applicable,
        "verdicts": {s: _verdict_counts(unit, s, lang) for s in STAGES},
        "has_file": sum(1 for c in unit.criteria if c.file is not None),
    }


def _verdict_counts(unit: UnitResult, stage: str, lang: str) -> str:
    """What the appraisers of `stage` wrote, counted as written; '' when they wrote nothing."""
    written = [getattr(c.verdicts, stage) for c in unit.criteria]
    if not any(written):
        return ""
    counts = {v: written.count(v) for v in ("dat", "co_ban_dat", "chua_dat")}
    return _say("doc.verdicts", lang, stage=t(f"stage.{stage}", lang), none=written.count(None), **counts)


# --- the dossier check, the legend, provenance ---------------------------------------------------

def _findings(findings: tuple[Finding, ...], version: str, lang: str) -> dict[str, Any]:
    count = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    errors, warnings, infos = count[Severity.ERROR], count[Severity.WARNING], count[Severity.INFO]
    key = "doc.check_errors" if errors else "doc.check_clean"
    items = [_finding(f, lang) for f in findings if f.severity != Severity.INFO]
    return {"errors": errors, "warnings": warnings, "infos": infos, "entries": items,
            "summary": _say(key, lang, version=version, errors=errors, warnings=warnings, infos=infos)}


def _finding(found: Finding, lang: str) -> dict[str, str]:
    rendered = render(found, lang)
    return {"location": rendered.location, "severity": found.severity.value,
            "severity_text": t(f"severity.{found.severity.value}", lang), "rule": found.rule,
            "message": rendered.message}


def _legend(unit: UnitResult, criteria: list[dict[str, Any]], conditions: list[dict[str, Any]],
            rounding: Rounding, lang: str) -> dict[str, Any]:
    rows = [i for c in criteria for i in c["indicators"]] + conditions
    return {
        "where": _say("doc.legend.where", lang, classification=unit.classification or BLANK,
                      year=unit.year, ref=unit.set_ref),
        "illustrative": any(r["illustrative"] for r in rows),
        "undetermined": any(not r["requirement_established"] for r in rows),
        "rounding": _say("doc.legend.rounding", lang, rules=_rounding_rules(rounding, lang)),
    }


def _rounding_rules(rounding: Rounding, lang: str) -> str:
    rules = _NumberRules(rounding)
    parts = [_say("doc.rounding.rule", lang, decimals=rounding.decimals,
                  mode=_say(f"doc.rounding.{rounding.mode}", lang))]
    for item in sorted(rounding.indicators):
        decimals, mode = rules.rule_for(item)
        parts.append(_say("doc.rounding.rule_for", lang, id=item, decimals=decimals,
                          mode=_say(f"doc.rounding.{mode}", lang)))
    return "; ".join(parts)


def _provenance(unit: UnitResult, digest: DossierDigest, version: str, lang: str) -> dict[str, Any]:
    layers = [{"ref": layer.ref, "sha256": layer.sha256, "illustrative": layer.illustrative}
              for layer in unit.layers]
    lines = [_say("doc.provenance", lang, version=version, dossier=digest.sha256, files=digest.files)]
    lines += [_say("doc.provenance.layer", lang, ref=layer["ref"], sha256=layer["sha256"]) for layer in layers]
    return {"version": version, "dossier_sha256": digest.sha256, "files": digest.files,
            "layers": layers, "lines": lines}


class _NumberRules:
    """How each figure is rounded: the document's rule, or an indicator's own (its unset fields
    taken from the document's)."""

    def __init__(self, rounding: Rounding) -> None:
        self.rounding = rounding
        self.default: NumberRule = (rounding.decimals, rounding.mode)

    def rule_for(self, item: str) -> NumberRule:
        own = self.rounding.indicators.get(item)
        if own is None:
            return self.default
        given = own.model_fields_set
        return (own.decimals if "decimals" in given else self.default[0],
                own.mode if "mode" in given else self.default[1])
