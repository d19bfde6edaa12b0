"""The HTML dashboard of `ntm summary`: one self-contained file (inline CSS, charts drawn as
inline SVG, no script, no font or image from the network), so it opens from disk or an e-mail
attachment. A Content-Security-Policy forbids any load, which keeps it that way."""

from __future__ import annotations

from html import escape
from typing import TextIO

from ntmcli import __version__
from ntmcli.i18n import t
from ntmcli.summary.formats import level_text, status_text, totals_text
from ntmcli.summary.model import STATUSES, Failure, GroupRow, Summary, UnitRow

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_STYLE = """
body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
header{background:#14532d;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem;font-size:1.5rem}
main{padding:1rem 2rem;max-width:1200px}section{background:#fff;border-radius:6px;padding:1rem 1.2rem;
margin:1rem 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}h2{font-size:1.1rem;margin:0 0 .8rem}
.cards{display:flex;gap:1rem;flex-wrap:wrap;background:none;box-shadow:none;padding:0}
.card{flex:1;min-width:9rem;background:#fff;border-radius:6px;padding:.8rem 1rem;border-top:4px solid #9aa5b1;
box-shadow:0 1px 2px rgba(0,0,0,.08)}.card b{display:block;font-size:1.8rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e4e7eb;
padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f0f4f8}td.n{text-align:right}
.dat{fill:#2f9e44;border-color:#2f9e44}.chua_dat{fill:#d9480f;border-color:#d9480f}
.khong_xac_dinh{fill:#f0b400;border-color:#f0b400}.khong_danh_gia{fill:#868e96;border-color:#868e96}
.bar{fill:#1c7ed6}svg text{font-size:12px;fill:#1f2933}svg text.in{fill:#fff}
.legend span{display:inline-block;margin-right:1rem}.legend svg{margin-right:.3rem;vertical-align:-1px}
th.n{text-align:right}footer{color:#52606d;font-size:.8rem;padding:0 2rem 2rem}
"""
_LABEL_WIDTH = 260
_BAR_WIDTH = 520
_ROW = 24


def write_html(summary: Summary, lang: str, out: TextIO) -> None:
    out.write(page(summary, lang))


def page(summary: Summary, lang: str) -> str:
    title = escape(t("summary.title", lang))
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f"<title>{title}</title>", f"<style>{_STYLE}</style>", "</head>", "<body>",
        f"<header><h1>{title}</h1><p>{escape(totals_text(summary, lang))}</p></header>", "<main>",
        _cards(summary, lang),
        _section(t("summary.chart.status", lang), _status_chart(summary, lang)),
    ]
    groups = summary.districts or summary.provinces
    if groups:
        heading = t("summary.districts" if summary.districts else "summary.provinces", lang)
        parts.append(_section(heading, _legend(lang) + _group_chart(groups) + _group_table(groups, lang)))
    for key, failures in (("summary.failed_criteria", summary.failed_criteria),
                          ("summary.failed_indicators", summary.failed_indicators)):
        if failures:
            parts.append(_section(t(key, lang), _failure_chart(failures, lang)))
    parts += [_section(t("summary.units", lang), _unit_table(summary.units, lang)), "</main>",
              f"<footer>ntm {escape(__version__)} — {escape(t('summary.footer', lang))}</footer>",
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _section(heading: str, body: str) -> str:
    return f"<section><h2>{escape(heading)}</h2>\n{body}\n</section>"


def _cards(summary: Summary, lang: str) -> str:
    cards = "".join(f'<div class="card {s}"><b>{summary.count(s)}</b>{escape(status_text(s, lang))}</div>'
                    for s in STATUSES)
    return f'<section class="cards">{cards}</section>'


def _legend(lang: str) -> str:
    swatch = '<svg width="12" height="12" aria-hidden="true"><rect class="{}" width="12" height="12"/></svg>'
    items = "".join(f"<span>{swatch.format(s)}{escape(status_text(s, lang))}</span>" for s in STATUSES)
    return f'<p class="legend">{items}</p>'


def _svg(rows: int, body: list[str], label: str) -> str:
    height = rows * _ROW + 8
    width = _LABEL_WIDTH + _BAR_WIDTH + 60
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">' + "".join(body) + "</svg>")


def _label(y: int, text: str) -> str:
    short = text if len(text) <= 40 else text[:39] + "…"
    return f'<text x="{_LABEL_WIDTH - 8}" y="{y + 16}" text-anchor="end"><title>{escape(text)}</title>{escape(short)}</text>'


def _bars(rows: list[tuple[str, int, str]], label: str) -> str:
    """One horizontal bar per row: (label, value, CSS class)."""
    top = max((value for _, value, _ in rows), default=0) or 1
    body = []
    for n, (text, value, css) in enumerate(rows):
        y, width = n * _ROW + 4, round(_BAR_WIDTH * value / top)
        body += [_label(y, text),
                 f'<rect class="{css}" x="{_LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{_ROW - 8}"/>',
                 f'<text x="{_LABEL_WIDTH + width + 6}" y="{y + 16}">{value}</text>']
    return _svg(len(rows), body, label)


def _status_chart(summary: Summary, lang: str) -> str:
    rows = [(status_text(s, lang), summary.count(s), s) for s in STATUSES]
    return _bars(rows, t("summary.chart.status", lang))


def _failure_chart(failures: tuple[Failure, ...], lang: str) -> str:
    rows = [(f"{f.id} {f.name or t('name.unknown', lang)}", f.count, "bar") for f in failures]
    return _bars(rows, t("summary.col.count", lang))


def _group_chart(groups: tuple[GroupRow, ...]) -> str:
    """Stacked bars: each group's units split by status, all bars on one scale."""
    top = max(g.units for g in groups) or 1
    body = []
    for n, group in enumerate(groups):
        y, x = n * _ROW + 4, _LABEL_WIDTH
        body.append(_label(y, group.district or group.province))
        for status in STATUSES:
            width = round(_BAR_WIDTH * group.count(status) / top)
            if width:
                body.append(f'<rect class="{status}" x="{x}" y="{y + 3}" width="{width}" height="{_ROW - 8}">'
                            f"<title>{group.count(status)}</title></rect>")
                x += width
        body.append(f'<text x="{x + 6}" y="{y + 16}">{group.units}</text>')
    return _svg(len(groups), body, "groups")


def _table(header: list[str], rows: list[list[tuple[str, bool]]]) -> str:
    numeric = [number for _, number in rows[0]] if rows else [False] * len(header)
    head = "".join(f'<th class="n">{escape(h)}</th>' if n else f"<th>{escape(h)}</th>"
                   for h, n in zip(header, numeric))
    body = "".join("<tr>" + "".join(f'<td class="n">{escape(c)}</td>' if number else f"<td>{escape(c)}</td>"
                                    for c, number in row) + "</tr>\n" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>"


def _group_table(groups: tuple[GroupRow, ...], lang: str) -> str:
    header = [t("summary.col.province", lang), t("summary.col.district", lang), t("summary.col.units", lang),
              *(status_text(s, lang) for s in STATUSES), t("summary.col.errors", lang)]
    rows = [[(g.province, False), (g.district or "—", False), (str(g.units), True),
             *((str(g.count(s)), True) for s in STATUSES), (str(g.errors), True)] for g in groups]
    return _table(header, rows)


def _unit_table(units: tuple[UnitRow, ...], lang: str) -> str:
    header = [t(f"summary.col.{c}", lang) for c in
              ("path", "unit", "sought", "reached", "status", "criteria", "indicators", "errors", "warnings")]
    rows = [[(u.path, False), (u.name or "—", False), (level_text(u.level_sought, lang), False),
             (level_text(u.level_reached, lang), False), (status_text(u.status, lang), False),
             (f"{u.criteria_met}/{u.criteria_total}", True), (f"{u.indicators_met}/{u.indicators_total}", True),
             (str(u.errors), True), (str(u.warnings), True)] for u in units]
    return _table(header, rows)
