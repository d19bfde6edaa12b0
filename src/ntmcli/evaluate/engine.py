"""Attainment: indicator → criterion → unit, with the findings that compare stated and computed.

Evaluation never prints; it returns a UnitResult and findings placed in the dossier's files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from ntmcli.criteria.effective import Criterion, EffectiveSet, Indicator, Threshold
from ntmcli.dossier.models import Appraisal, CriterionFile, Entry
from ntmcli.dossier.reader import DossierInput, SourceFile
from ntmcli.evaluate import results as r
from ntmcli.clock import today
from ntmcli.evaluate.classify import judged_class
from ntmcli.evaluate.dates import check_dates
from ntmcli.evaluate.derived import derived_reason
from ntmcli.evaluate.evidence import EvidenceChecker
from ntmcli.evaluate.measure import compare, measure
from ntmcli.findings import Finding, finding
from ntmcli.present import requirement_args, value_args
from ntmcli.validation import suggest


@dataclass
class _Context:
    dossier: DossierInput
    criteria_set: EffectiveSet
    classification: str | None
    year: int
    evidence: EvidenceChecker
    findings: list[Finding] = field(default_factory=list)

    @property
    def meta(self) -> SourceFile:
        assert self.dossier.meta is not None
        return self.dossier.meta

    def at(self, source: SourceFile, path: tuple[str | int, ...], rule: str, *, key: bool = False,
           criterion: str | None = None, indicator: str | None = None, **args: object) -> Finding:
        position = source.document.locate(path, key=key)
        made = finding(rule, source.file, position.line, position.column,
                       criterion=criterion, indicator=indicator, **args)
        self.findings.append(made)
        return made


def evaluate_dossier(dossier: DossierInput, criteria_set: EffectiveSet) -> tuple[r.UnitResult, list[Finding]]:
    """Evaluate a dossier whose dossier.yaml was read, against its effective criteria set."""
    assert dossier.meta is not None
    meta = dossier.meta.model
    classification, class_findings = judged_class(dossier.meta, criteria_set)  # special areas
    ctx = _Context(dossier, criteria_set, classification, meta.year,
                   EvidenceChecker(dossier.root, dossier.listing), class_findings)
    _check_meta(ctx)
    period_start = criteria_set.period[0] if criteria_set.period else None
    ctx.findings += check_dates(dossier, meta.year, period_start, today())
    files = _criterion_files(ctx)
    criteria = tuple(_evaluate_criterion(ctx, c, files.get(c.id)) for c in criteria_set.criteria)
    conditions = _evaluate_conditions(ctx)
    status = r.combine([c.status for c in criteria] + [c.status for c in conditions])
    unit = r.UnitResult(
        name=meta.unit.name, code=meta.unit.code, kind=meta.unit.kind,
        province=meta.unit.province, district=meta.unit.district,
        classification=meta.classification, target_level=meta.target_level, year=meta.year,
        stage=meta.stage, set_ref=criteria_set.ref, set_title=criteria_set.title,
        layers=criteria_set.layers, status=status, criteria=criteria, conditions=conditions)
    if status != r.DAT:
        rule = "unit-not-attained" if status == r.CHUA_DAT else "unit-undetermined"
        ctx.at(ctx.meta, ("target_level",), rule, unit=meta.unit.name,
               level_msg=f"level.{meta.target_level}", met=unit.criteria_met,
               total=unit.criteria_applicable, conditions_met=unit.conditions_met,
               conditions_total=unit.conditions_applicable)
    return unit, ctx.findings


def _check_meta(ctx: _Context) -> None:
    meta, cs = ctx.meta.model, ctx.criteria_set
    if cs.illustrative:
        ctx.at(ctx.meta, ("profile",) if meta.profile else ("criteria",), "criteria-illustrative",
               ref=cs.ref)
    if cs.level and meta.target_level != cs.level:
        ctx.at(ctx.meta, ("target_level",), "dossier-target-level", target=meta.target_level,
               ref=cs.ref, level=cs.level)
    if cs.period and not cs.period[0] <= meta.year <= cs.period[1]:
        ctx.at(ctx.meta, ("year",), "dossier-year-outside", year=meta.year, start=cs.period[0],
               end=cs.period[1], ref=cs.ref)
    codes = cs.classification.codes() if cs.classification else []
    if codes and meta.classification not in codes:
        ctx.at(ctx.meta, ("classification",), "dossier-unknown-class",
               value=meta.classification or "", ref=cs.ref, axis=cs.classification.axis,
               candidate=suggest(meta.classification or "", codes), allowed=", ".join(codes))


def _criterion_files(ctx: _Context) -> dict[str, SourceFile[CriterionFile]]:
    by_id: dict[str, SourceFile[CriterionFile]] = {}
    known = [c.id for c in ctx.criteria_set.criteria]
    for source in ctx.dossier.criteria:
        criterion_id = source.model.criterion
        if criterion_id in by_id:
            ctx.at(source, ("criterion",), "dossier-duplicate-criterion", id=criterion_id,
                   other=by_id[criterion_id].file, criterion=criterion_id)
        elif criterion_id not in known:
            ctx.at(source, ("criterion",), "dossier-unknown-criterion", id=criterion_id,
                   ref=ctx.criteria_set.ref, candidate=suggest(criterion_id, known))
        else:
            by_id[criterion_id] = source
    return by_id


def _evaluate_criterion(ctx: _Context, definition: Criterion,
                        source: SourceFile[CriterionFile] | None) -> r.CriterionResult:
    if source is None:
        return _criterion_without_file(ctx, definition)
    model = source.model
    _check_criterion_name(ctx, definition, source)
    entries = _entries(ctx, source, definition)
    indicators = tuple(_evaluate_entry(ctx, i, entries.get(i.id), source, definition.id)
                       for i in definition.indicators)
    _check_appraisal_ids(ctx, source, definition)
    ctx.findings += ctx.evidence.check(source, ("evidence",), model.evidence, definition.id)
    verdicts = _verdicts(model.self_assessment, model.appraisals, None)
    result = _criterion_result(definition, indicators, verdicts, source.file)
    _compare_verdicts(ctx, source, (), verdicts, result.status, definition.id, None)
    return result


def _criterion_without_file(ctx: _Context, definition: Criterion) -> r.CriterionResult:
    """A criterion whose file is absent (a finding) or unreadable (its own findings say why)."""
    invalid = ctx.dossier.invalid_criteria.get(definition.id)
    if invalid is None:
        ctx.at(ctx.meta, ("criteria",), "dossier-missing-criterion", id=definition.id,
               name=definition.name or "?", ref=ctx.criteria_set.ref, criterion=definition.id)
    indicators = tuple(_unanswered(ctx, i, invalid) for i in definition.indicators)
    result = _criterion_result(definition, indicators, r.Verdicts(), invalid)
    if invalid is None:
        return result
    return replace(result, status=r.KHONG_XAC_DINH, reason=r.Reason("reason.file_invalid"))


def _criterion_result(definition: Criterion, indicators: tuple[r.IndicatorResult, ...],
                      verdicts: r.Verdicts, file: str | None) -> r.CriterionResult:
    if not definition.indicators:
        status, reason = r.KHONG_XAC_DINH, r.Reason("reason.no_indicators")
    else:
        status = r.combine([i.status for i in indicators])
        reason = r.Reason("reason.undetermined_parts") if status == r.KHONG_XAC_DINH else None
    return r.CriterionResult(definition.id, definition.name, status, reason, indicators,
                             verdicts, definition.agency, file)


def _check_criterion_name(ctx: _Context, definition: Criterion, source: SourceFile) -> None:
    given = source.model.name
    if given and definition.name and given.strip().casefold() != definition.name.casefold():
        ctx.at(source, ("name",), "dossier-name-mismatch", given=given, expected=definition.name,
               criterion=definition.id)


def _entries(ctx: _Context, source: SourceFile, definition: Criterion | None,
             conditions: tuple[Indicator, ...] = ()) -> dict[str, tuple[int, Entry]]:
    """Entries by id; duplicates and ids the set does not define are findings."""
    items = source.model.conditions if definition is None else source.model.indicators
    known = [i.id for i in (definition.indicators if definition else conditions)]
    seen: dict[str, tuple[int, Entry]] = {}
    for n, entry in enumerate(items):
        where = ("conditions" if definition is None else "indicators", n, "id")
        if entry.id in seen:
            first = source.document.locate(where[:1] + (seen[entry.id][0],))
            ctx.at(source, where, "dossier-duplicate-indicator", id=entry.id, first_line=first.line)
        elif entry.id not in known:
            rule = "dossier-unknown-condition" if definition is None else "dossier-unknown-indicator"
            ctx.at(source, where, rule, id=entry.id, ref=ctx.criteria_set.ref,
                   criterion=definition.id if definition else "", candidate=suggest(entry.id, known))
        else:
            seen[entry.id] = (n, entry)
    return seen


def _unanswered(ctx: _Context, indicator: Indicator, file: str | None) -> r.IndicatorResult:
    """An indicator the dossier gives no value for; its requirement still shows."""
    threshold = indicator.threshold_for(ctx.classification, ctx.year)
    return _result(indicator, r.KHONG_XAC_DINH, r.Reason("reason.no_value"), None, None, None,
                   threshold, r.Verdicts(), file, 1, 1)


def _result(indicator: Indicator, status: r.Status, reason: r.Reason | None,
            value: bool | float | str | None, numerator: float | None, denominator: float | None,
            threshold: Threshold | None, verdicts: r.Verdicts, file: str | None, line: int,
            column: int, note: str | None = None) -> r.IndicatorResult:
    return r.IndicatorResult(indicator.id, indicator.name, indicator.unit, indicator.kind, status,
                             reason, value, numerator, denominator, indicator.comparator,
                             threshold, verdicts, indicator.agency, indicator.optional, note,
                             file, line, column)


def _evaluate_entry(ctx: _Context, indicator: Indicator, numbered: tuple[int, Entry] | None,
                    source: SourceFile, criterion_id: str | None) -> r.IndicatorResult:
    """Judge one indicator (criterion_id given) or condition (criterion_id None)."""
    is_condition = criterion_id is None
    list_key = "conditions" if is_condition else "indicators"
    if numbered is None:
        rule = "dossier-missing-condition" if is_condition else "dossier-missing-indicator"
        ctx.at(source, (list_key,), rule, key=True, id=indicator.id, name=indicator.name,
               criterion=criterion_id, indicator=indicator.id)
        return _unanswered(ctx, indicator, source.file)
    n, entry = numbered
    base: tuple[str | int, ...] = (list_key, n)
    ids = {"criterion": criterion_id, "indicator": indicator.id}

    def report(rule: str, sub: tuple[str, ...], args: dict[str, object]) -> Finding:
        return ctx.at(source, base + sub, rule, **ids, **args)

    if not entry.applicable and not indicator.optional:
        report("dossier-not-applicable", ("applicable",), {"id": indicator.id})
    stated = source.document.plain.get(base + ("value",))
    measured, _ = measure(entry, indicator, stated.raw if stated else None, report)
    ctx.findings += ctx.evidence.check(source, base + ("evidence",), entry.evidence, **ids)
    threshold = indicator.threshold_for(ctx.classification, ctx.year)
    status, reason = _judge(entry, indicator, measured.value, measured.valid, threshold, ctx)
    appraisals = getattr(source.model, "appraisals", [])
    verdicts = _verdicts(entry.self_assessment, appraisals, indicator.id)
    position = source.document.locate(base)
    result = _result(indicator, status, reason, measured.value, entry.numerator,
                     entry.denominator, threshold, verdicts, source.file, position.line,
                     position.column, entry.note)
    _compare_verdicts(ctx, source, base, verdicts, status, criterion_id, indicator.id)
    _report_outcome(ctx, source, base, result, is_condition)
    return result


def _judge(entry: Entry, indicator: Indicator, value: bool | float | str | None, valid: bool,
           threshold: Threshold | None, ctx: _Context) -> tuple[r.Status, r.Reason | None]:
    if not entry.applicable and indicator.optional:
        return r.KHONG_XET, None
    if not valid:
        return r.KHONG_XAC_DINH, r.Reason("reason.bad_value")
    if value is None:
        return r.KHONG_XAC_DINH, r.Reason("reason.no_value")
    if threshold is None:
        return r.KHONG_XAC_DINH, _no_threshold_reason("reason.no_threshold_for_class", ctx)
    if threshold.value is None:
        derived = derived_reason(threshold, ctx.classification, ctx.year)
        return r.KHONG_XAC_DINH, derived or _no_threshold_reason("reason.no_threshold", ctx)
    met = compare(value, indicator.comparator, threshold.value, indicator)
    if met is None:
        return r.KHONG_XAC_DINH, r.Reason("reason.bad_threshold")
    return (r.DAT if met else r.CHUA_DAT), None


def _no_threshold_reason(key: str, ctx: _Context) -> r.Reason:
    where = f"{ctx.classification or '—'}, {ctx.year}"
    return r.Reason(key, (("where", where),))


def _verdicts(self_assessment: str | None, appraisals: list[Appraisal],
              indicator_id: str | None) -> r.Verdicts:
    by_stage: dict[str, str | None] = {}
    for appraisal in appraisals:
        verdict = appraisal.result if indicator_id is None else appraisal.indicators.get(indicator_id)
        if verdict is not None:
            by_stage[appraisal.stage] = verdict
    return r.Verdicts(self_assessment, by_stage.get("tham_tra"), by_stage.get("tham_dinh"))


def disagrees(verdict: str | None, status: r.Status) -> bool:
    """A written verdict contradicts a determined status; "cơ bản đạt" counts as not met."""
    if verdict is None or status not in (r.DAT, r.CHUA_DAT):
        return False
    return (verdict == "dat") != (status == r.DAT)


def _compare_verdicts(ctx: _Context, source: SourceFile, base: tuple[str | int, ...],
                      verdicts: r.Verdicts, status: r.Status, criterion_id: str | None,
                      indicator_id: str | None) -> None:
    ids = {"criterion": criterion_id, "indicator": indicator_id}
    computed = {"computed_msg": f"status.{status}"}
    if disagrees(verdicts.self_assessment, status):
        ctx.at(source, base + ("self_assessment",), "self-assessment-mismatch", **ids, **computed,
               stated_msg=f"verdict.{verdicts.self_assessment}")
    for stage in ("tham_tra", "tham_dinh"):
        verdict = getattr(verdicts, stage)
        if disagrees(verdict, status):
            ctx.at(source, _appraisal_path(source, stage, indicator_id),
                   "appraisal-mismatch", **ids, **computed, stage_msg=f"stage.{stage}",
                   stated_msg=f"verdict.{verdict}")


def _appraisal_path(source: SourceFile, stage: str, indicator_id: str | None) -> tuple[str | int, ...]:
    appraisals = getattr(source.model, "appraisals", [])
    last = max((n for n, a in enumerate(appraisals) if a.stage == stage), default=0)
    if indicator_id is None:
        return ("appraisals", last, "result")
    return ("appraisals", last, "indicators", indicator_id)


def _check_appraisal_ids(ctx: _Context, source: SourceFile, definition: Criterion | None,
                         conditions: tuple[Indicator, ...] = ()) -> None:
    """Per-indicator verdicts must name indicators (or conditions) the set defines."""
    known = [i.id for i in (definition.indicators if definition else conditions)]
    rule = "dossier-unknown-indicator" if definition else "dossier-unknown-condition"
    for n, appraisal in enumerate(source.model.appraisals):
        for item_id in appraisal.indicators:
            if item_id not in known:
                ctx.at(source, ("appraisals", n, "indicators", item_id), rule, key=True,
                       id=item_id, criterion=definition.id if definition else None,
                       ref=ctx.criteria_set.ref, candidate=suggest(item_id, known))


def _report_outcome(ctx: _Context, source: SourceFile, base: tuple[str | int, ...],
                    result: r.IndicatorResult, is_condition: bool) -> None:
    ids = {"criterion": None if is_condition else _criterion_of(source), "indicator": result.id}
    if result.status == r.CHUA_DAT:
        rule = "condition-not-met" if is_condition else "indicator-not-met"
        ctx.at(source, base + ("value",), rule, id=result.id, **ids,
               **value_args(result), **requirement_args(result))
    elif result.status == r.KHONG_XAC_DINH and result.reason and result.reason.key != "reason.bad_value":
        rule = "condition-undetermined" if is_condition else "indicator-undetermined"
        ctx.at(source, base, rule, id=result.id, **ids, reason_msg=result.reason.key,
               **dict(result.reason.args))


def _criterion_of(source: SourceFile) -> str | None:
    return getattr(source.model, "criterion", None)


def _evaluate_conditions(ctx: _Context) -> tuple[r.IndicatorResult, ...]:
    definitions = ctx.criteria_set.conditions
    source = ctx.dossier.conditions
    if not definitions:
        return ()
    if source is None:
        if not _conditions_file_broken(ctx):
            ctx.at(ctx.meta, (), "dossier-no-conditions")
        return tuple(_unanswered(ctx, c, None) for c in definitions)
    entries = _entries(ctx, source, None, definitions)
    _check_appraisal_ids(ctx, source, None, definitions)
    return tuple(_evaluate_entry(ctx, c, entries.get(c.id), source, None) for c in definitions)


def _conditions_file_broken(ctx: _Context) -> bool:
    return os.path.lexists(ctx.dossier.root / "dieu-kien.yaml")
