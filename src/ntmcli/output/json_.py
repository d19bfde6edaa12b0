"""The JSON report, schema `ntm-check/1` (documented in docs/json-output.md).

Keys are stable; new keys may be added within version 1, none removed or renamed.
"""

from __future__ import annotations

from typing import Any, TextIO

from ntmcli import __version__
from ntmcli.check import CheckResult, DossierReport
from ntmcli.criteria.effective import Threshold
from ntmcli.evaluate.results import CriterionResult, IndicatorResult, Reason, UnitResult
from ntmcli.findings import Finding, Severity
from ntmcli.i18n import t
from ntmcli.output.common import render, write_json

SCHEMA = "ntm-check/1"


def report(result: CheckResult, lang: str, out: TextIO) -> None:
    write_json(document(result, lang), out)


def document(result: CheckResult, lang: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "ntm", "version": __version__},
        "lang": lang,
        "summary": {
            "dossiers": len(result.dossiers),
            "errors": result.count(Severity.ERROR),
            "warnings": result.count(Severity.WARNING),
            "infos": result.count(Severity.INFO),
        },
        "dossiers": [_dossier(d, lang) for d in result.dossiers],
    }


def _dossier(report_: DossierReport, lang: str) -> dict[str, Any]:
    return {
        "path": report_.path,
        "unit": _unit(report_.unit, lang) if report_.unit else None,
        "findings": [_finding(f, lang) for f in report_.findings],
    }


def _finding(finding: Finding, lang: str) -> dict[str, Any]:
    rendered = render(finding, lang)
    return {
        "file": finding.file, "line": finding.line, "column": finding.column,
        "rule": finding.rule, "severity": finding.severity.value,
        "message": rendered.message, "hint": rendered.hint or None,
        "criterion": finding.criterion, "indicator": finding.indicator,
    }


def _unit(unit: UnitResult, lang: str) -> dict[str, Any]:
    return {
        "name": unit.name, "code": unit.code, "kind": unit.kind, "province": unit.province,
        "district": unit.district, "classification": unit.classification,
        "target_level": unit.target_level, "year": unit.year, "stage": unit.stage,
        "criteria_set": {
            "ref": unit.set_ref, "title": unit.set_title, "illustrative": unit.illustrative,
            "layers": [{"ref": l.ref, "file": l.file, "sha256": l.sha256,
                        "illustrative": l.illustrative} for l in unit.layers],
        },
        "status": unit.status,
        "counts": {
            "criteria_met": unit.criteria_met, "criteria_total": unit.criteria_applicable,
            "indicators_met": unit.indicators_met, "indicators_total": unit.indicators_applicable,
            "conditions_met": unit.conditions_met, "conditions_total": unit.conditions_applicable,
        },
        "criteria": [_criterion(c, lang) for c in unit.criteria],
        "conditions": [_indicator(c, lang) for c in unit.conditions],
    }


def _criterion(criterion: CriterionResult, lang: str) -> dict[str, Any]:
    return {
        "id": criterion.id, "name": criterion.name, "status": criterion.status,
        "reason": _reason(criterion.reason, lang), "file": criterion.file,
        "self_assessment": criterion.verdicts.self_assessment,
        "tham_tra": criterion.verdicts.tham_tra, "tham_dinh": criterion.verdicts.tham_dinh,
        "indicators": [_indicator(i, lang) for i in criterion.indicators],
    }


def _indicator(result: IndicatorResult, lang: str) -> dict[str, Any]:
    return {
        "id": result.id, "name": result.name, "unit": result.unit, "kind": result.kind,
        "status": result.status, "reason": _reason(result.reason, lang),
        "value": result.value, "numerator": result.numerator, "denominator": result.denominator,
        "comparator": result.comparator, "threshold": _threshold(result.threshold),
        "self_assessment": result.verdicts.self_assessment,
        "tham_tra": result.verdicts.tham_tra, "tham_dinh": result.verdicts.tham_dinh,
        "file": result.file, "line": result.line if result.file else None,
        "column": result.column if result.file else None,
    }


def _threshold(threshold: Threshold | None) -> dict[str, Any] | None:
    if threshold is None:
        return None
    return {
        "value": threshold.value, "class": threshold.class_, "year": threshold.year,
        "source": threshold.source, "confidence": threshold.confidence,
        "layer": threshold.origin.layer,
    }


def _reason(reason: Reason | None, lang: str) -> str | None:
    return t(reason.key, lang, **dict(reason.args)) if reason else None
