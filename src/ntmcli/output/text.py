"""The human report: the attainment table of each dossier, its findings, a summary.

On a terminal it is drawn with rich (colours, boxed table). Anywhere else (CI logs, pipes, files)
it is plain aligned text with no escape codes: easier to grep and diff, and it spares rich's
start-up on every commit check.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TextIO

from ntmcli.check import CheckResult, DossierReport
from ntmcli.evaluate.results import CriterionResult, IndicatorResult, UnitResult
from ntmcli.findings import Severity
from ntmcli.i18n import t
from ntmcli.output.common import has_hidden, render, severity_word, visible
from ntmcli.present import requirement_text, status_text, value_text, verdict_text

NAME_WIDTH = 64
_COLUMNS = ("check.col.no", None, "check.col.requirement", "check.col.result", "check.col.self",
            "check.col.status")


@dataclass(frozen=True)
class Row:
    cells: tuple[str, str, str, str, str, str]
    status: str | None
    heading: bool = False


@dataclass(frozen=True)
class Line:
    text: str
    style: str = ""


def report(result: CheckResult, lang: str, out: TextIO, *, color: bool | None = None) -> None:
    if _on_terminal(out, color):
        from ntmcli.output.rich_text import RichWriter

        writer: _Writer = RichWriter(out)
    else:
        writer = PlainWriter(out)
    for dossier in result.dossiers:
        _dossier(writer, dossier, lang)
    writer.line(_summary_line(result, lang))


class PlainStream:
    """The plain report written dossier by dossier as each is judged (`dossier`), then its last
    line (`finish`): the same bytes as report(), but a repository's report is written while the
    rest of it is still being read."""

    def __init__(self, lang: str, out: TextIO) -> None:
        self.lang, self.writer = lang, PlainWriter(out)

    def dossier(self, dossier: DossierReport) -> None:
        _dossier(self.writer, dossier, self.lang)

    def finish(self, result: CheckResult) -> None:
        self.writer.line(_summary_line(result, self.lang))


def plain_stream(lang: str, out: TextIO, *, color: bool | None = None) -> PlainStream | None:
    """A stream where report() would write plain text; None on a terminal (rich draws there,
    under a progress bar that interleaved lines would break)."""
    return None if _on_terminal(out, color) else PlainStream(lang, out)


def _on_terminal(out: TextIO, color: bool | None) -> bool:
    return out.isatty() if color is None else color


def _summary_line(result: CheckResult, lang: str) -> Line:
    return Line(t("check.summary.findings", lang, errors=result.count(Severity.ERROR),
                  warnings=result.count(Severity.WARNING), infos=result.count(Severity.INFO),
                  dossiers=len(result.dossiers)))


class _Writer(Protocol):
    """Where the report goes: plain text, or rich on a terminal."""

    def line(self, line: Line) -> None: ...

    def table(self, header: tuple[str, ...], rows: list[Row]) -> None: ...


class PlainWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def line(self, line: Line) -> None:
        self.out.write(visible(line.text) + "\n")

    def table(self, header: tuple[str, ...], rows: list[Row]) -> None:
        cells = [header] + [tuple(map(_clip, visible_cells(row.cells))) for row in rows]
        widths = [max(map(len, column)) for column in zip(*cells)]
        # the first column (numbers) aligned right, the others left, two spaces apart
        line = "  ".join(f"{{:{'>' if i == 0 else '<'}{w}}}" for i, w in enumerate(widths)).format
        self.out.write("".join(line(*row).rstrip() + "\n" for row in cells))


def visible_cells(cells: tuple[str, ...]) -> tuple[str, ...]:
    """visible() of each cell, asked once for the row: a hidden character is rare."""
    return tuple(visible(c) for c in cells) if has_hidden("".join(cells)) else cells


def _clip(text: str, width: int = NAME_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _dossier(writer: _Writer, dossier: DossierReport, lang: str) -> None:
    unit = dossier.unit
    if unit is not None:
        _attainment(writer, unit, lang)
    else:
        writer.line(Line(f"{dossier.path}: {t('check.no_result', lang)}", "bold"))
    for finding in dossier.findings:
        rendered = render(finding, lang)
        writer.line(Line(f"{rendered.location}: {severity_word(finding, lang)} [{finding.rule}] "
                         f"{rendered.message}", finding.severity.value))
        if rendered.hint:
            writer.line(Line(f"    → {rendered.hint}", "dim"))
    if unit is not None:
        writer.line(Line(_summary_text(unit, lang), unit.status))
    writer.line(Line(""))


def _attainment(writer: _Writer, unit: UnitResult, lang: str) -> None:
    writer.line(Line(t("check.title", lang, unit=unit.name, code=unit.code, ref=unit.set_ref), "bold"))
    writer.line(Line(t("check.target", lang, level=t(f"level.{unit.target_level}", lang),
                       year=unit.year, classification=unit.classification or "—")))
    if unit.illustrative:
        writer.line(Line(t("check.illustrative", lang), "warning"))
    writer.table(header(lang), attainment_rows(unit, lang))


def header(lang: str) -> tuple[str, ...]:
    names = f"{t('check.col.criterion', lang)} / {t('check.col.indicator', lang)}"
    return tuple(names if key is None else t(key, lang) for key in _COLUMNS)


def attainment_rows(unit: UnitResult, lang: str) -> list[Row]:
    rows: list[Row] = []
    for criterion in unit.criteria:
        rows.append(_criterion_row(criterion, lang))
        rows += [_indicator_row(i, lang) for i in criterion.indicators]
    if unit.conditions:
        rows.append(Row(("", t("check.conditions", lang), "", "", "", ""), None, heading=True))
        rows += [_indicator_row(c, lang) for c in unit.conditions]
    return rows


def _criterion_row(criterion: CriterionResult, lang: str) -> Row:
    name = criterion.name or t("name.unknown", lang)
    counts = f"{criterion.indicators_met}/{criterion.indicators_applicable}"
    return Row((criterion.id, name, "", counts, verdict_text(criterion.verdicts.self_assessment, lang),
                status_text(criterion.status, lang)), criterion.status, heading=True)


def _indicator_row(result: IndicatorResult, lang: str) -> Row:
    return Row(("", f"  {result.id} {result.name}", requirement_text(result, lang),
                value_text(result, lang), verdict_text(result.verdicts.self_assessment, lang),
                status_text(result.status, lang)), result.status)


def _summary_text(unit: UnitResult, lang: str) -> str:
    return t("check.summary.unit", lang, unit=unit.name, status=status_text(unit.status, lang),
             criteria_met=unit.criteria_met, criteria_total=unit.criteria_applicable,
             indicators_met=unit.indicators_met, indicators_total=unit.indicators_applicable,
             conditions_met=unit.conditions_met, conditions_total=unit.conditions_applicable)
