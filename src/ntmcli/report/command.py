"""What `ntm report` says and its exit code: 0 written and nothing at error level in the dossier,
1 the dossier has errors (the document is still written when the dossier could be evaluated),
2 a usage, template or output problem (nothing written)."""

from __future__ import annotations

import typer

from ntmcli.check import UsageError
from ntmcli.findings import Finding, Severity
from ntmcli.i18n import t
from ntmcli.output.common import render, severity_word
from ntmcli.report.environment import TemplateProblem
from ntmcli.report.run import ReportOutcome, ReportRequest, make_report


def report_command(request: ReportRequest) -> int:
    lang = request.lang
    try:
        outcome = make_report(request)
    except UsageError as err:
        typer.echo(f"ntm: {t('error.prefix', lang)}: {t(err.key, lang, **err.args_)}", err=True)
        return 2
    except TemplateProblem as problem:
        typer.echo(_finding_line(problem.finding, lang), err=True)
        return 2
    _tell(outcome, request)
    errors = sum(1 for f in outcome.report.findings if f.severity == Severity.ERROR)
    return 1 if errors or not outcome.produced else 0


def _finding_line(found: Finding, lang: str) -> str:
    rendered = render(found, lang)
    return f"{rendered.location}: {severity_word(found, lang)} [{found.rule}] {rendered.message}"


def _tell(outcome: ReportOutcome, request: ReportRequest) -> None:
    lang, findings = request.lang, outcome.report.findings
    for found in findings:
        if found.severity == Severity.ERROR:
            typer.echo(f"{request.dossier.as_posix()}/{_finding_line(found, lang)}", err=True)
    if not outcome.produced:
        typer.echo(t("check.no_result", lang), err=True)
        return
    if outcome.text is not None:
        typer.echo(outcome.text, nl=False)
    else:
        typer.echo(t("report.written", lang, path=outcome.written, document=outcome.document,
                     format=outcome.output_format), err=True)
    if not outcome.has_metadata:
        typer.echo(t("report.no_metadata", lang, name=outcome.document), err=True)
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
    if errors or warnings:
        typer.echo(t("report.findings", lang, errors=errors, warnings=warnings,
                     path=request.dossier.as_posix()), err=True)
