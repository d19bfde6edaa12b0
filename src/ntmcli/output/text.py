"""The terminal report: the attainment table of each dossier, its findings, a summary."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ntmcli.check import CheckResult, DossierReport
from ntmcli.evaluate.results import CriterionResult, IndicatorResult, UnitResult
from ntmcli.findings import Severity
from ntmcli.i18n import t
from ntmcli.output.common import render, severity_word
from ntmcli.present import requirement_text, status_text, value_text, verdict_text

_STYLE = {"dat": "green", "chua_dat": "bold red", "khong_xac_dinh": "yellow", "khong_xet": "dim"}
_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
PLAIN_WIDTH = 120


def report(result: CheckResult, lang: str, out: TextIO, *, color: bool | None = None) -> None:
    terminal = out.isatty() if color is None else color
    console = Console(file=out, width=None if terminal else PLAIN_WIDTH, highlight=False,
                      color_system="auto" if terminal else None, force_terminal=terminal,
                      soft_wrap=not terminal)
    for dossier in result.dossiers:
        _dossier(console, dossier, lang)
    console.print(t("check.summary.findings", lang, errors=result.count(Severity.ERROR),
                    warnings=result.count(Severity.WARNING), infos=result.count(Severity.INFO),
                    dossiers=len(result.dossiers)))


def _dossier(console: Console, dossier: DossierReport, lang: str) -> None:
    unit = dossier.unit
    if unit is not None:
        _attainment(console, unit, lang)
    else:
        console.print(f"[bold]{escape(dossier.path)}[/bold]: {t('check.no_result', lang)}")
    for finding in dossier.findings:
        rendered = render(finding, lang)
        style = _SEVERITY_STYLE[finding.severity]
        console.print(f"{escape(rendered.location)}: [{style}]{severity_word(finding, lang)}[/{style}] "
                      f"[dim]\\[{finding.rule}][/dim] {escape(rendered.message)}")
        if rendered.hint:
            console.print(f"    [dim]→ {escape(rendered.hint)}[/dim]")
    if unit is not None:
        console.print(_summary_line(unit, lang))
    console.print()


def _attainment(console: Console, unit: UnitResult, lang: str) -> None:
    console.print("[bold]" + escape(t("check.title", lang, unit=unit.name, code=unit.code,
                                      ref=unit.set_ref)) + "[/bold]")
    console.print(escape(t("check.target", lang, level=t(f"level.{unit.target_level}", lang),
                           year=unit.year, classification=unit.classification or "—")))
    if unit.illustrative:
        console.print(f"[bold yellow]{escape(t('check.illustrative', lang))}[/bold yellow]")
    table = _table(lang)
    for criterion in unit.criteria:
        _criterion_rows(table, criterion, lang)
    if unit.conditions:
        table.add_section()
        table.add_row("", f"[bold]{escape(t('check.conditions', lang))}[/bold]", "", "", "", "")
        for condition in unit.conditions:
            _indicator_row(table, condition, lang)
    console.print(table)


def _table(lang: str) -> Table:
    table = Table(show_lines=False, header_style="bold")
    table.add_column(t("check.col.no", lang), justify="right", no_wrap=True)
    table.add_column(f"{t('check.col.criterion', lang)} / {t('check.col.indicator', lang)}",
                     ratio=1)
    table.add_column(t("check.col.requirement", lang), no_wrap=True)
    table.add_column(t("check.col.result", lang), no_wrap=True)
    table.add_column(t("check.col.self", lang), no_wrap=True)
    table.add_column(t("check.col.status", lang), no_wrap=True)
    return table


def _criterion_rows(table: Table, criterion: CriterionResult, lang: str) -> None:
    name = criterion.name or t("name.unknown", lang)
    table.add_row(f"[bold]{escape(criterion.id)}[/bold]", f"[bold]{escape(name)}[/bold]", "",
                  f"{criterion.indicators_met}/{criterion.indicators_applicable}",
                  verdict_text(criterion.verdicts.self_assessment, lang), _status(criterion.status, lang))
    for indicator in criterion.indicators:
        _indicator_row(table, indicator, lang)


def _indicator_row(table: Table, result: IndicatorResult, lang: str) -> None:
    table.add_row("", f"  {escape(result.id)} {escape(result.name)}",
                  escape(requirement_text(result, lang)), escape(value_text(result, lang)),
                  verdict_text(result.verdicts.self_assessment, lang), _status(result.status, lang))


def _status(status: str, lang: str) -> str:
    return f"[{_STYLE[status]}]{escape(status_text(status, lang))}[/{_STYLE[status]}]"


def _summary_line(unit: UnitResult, lang: str) -> str:
    text = t("check.summary.unit", lang, unit=unit.name, status=status_text(unit.status, lang),
             criteria_met=unit.criteria_met, criteria_total=unit.criteria_applicable,
             indicators_met=unit.indicators_met, indicators_total=unit.indicators_applicable,
             conditions_met=unit.conditions_met, conditions_total=unit.conditions_applicable)
    return f"[{_STYLE[unit.status]}]{escape(text)}[/{_STYLE[unit.status]}]"
