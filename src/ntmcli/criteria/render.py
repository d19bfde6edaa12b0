"""Text and Markdown for `ntm criteria show` and `ntm criteria diff`.

These functions only format the documents built by `ntmcli.criteria.table` and
`ntmcli.criteria.diff` (JSON prints those documents as they are): every word comes from the
message catalog, numbers are written the reader's way (96,5 in Vietnamese), and the output is the
same bytes for the same document.
"""

from __future__ import annotations

import json
from typing import Any

from ntmcli.i18n import t
from ntmcli.i18n.numbers import format_number

SYMBOL = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
_CONDITION_MARK = {True: "✓", False: "✗"}


def as_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# --- values -----------------------------------------------------------------------------------


def number(value: Any, lang: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return format_number(float(value), lang)


def _unit(unit: str | None) -> str:
    if not unit or unit.casefold() == "đạt/không":
        return ""
    return unit if unit == "%" else f" {unit}"


def requirement(indicator: dict[str, Any], figure: dict[str, Any], lang: str) -> str:
    """What the figure requires, e.g. "≥ 80%", "Đạt", "chưa xác lập", "≥ 1,1 × [ref 10.1]"."""
    symbol = SYMBOL.get(indicator["comparator"], indicator["comparator"])
    derived = figure["derived"]
    if figure["value"] is None:
        if derived is not None and figure["status"] == "tinh_tu":
            return f"{symbol} {_derived_text(derived, lang)}"
        text = t("criteria.show.undetermined", lang)
        return f"{text} ({_derived_text(derived, lang)})" if derived else text
    if indicator["kind"] == "boolean":
        return t("value.true" if figure["value"] is True else "value.false", lang)
    text = f"{symbol} {number(figure['value'], lang)}{_unit(indicator['unit'])}"
    if derived is not None and derived["base"] is not None:
        text += f" (= {_derived_text(derived, lang)} = {number(derived['base']['value'], lang)})"
    return text


def _derived_text(derived: dict[str, Any], lang: str) -> str:
    return t(
        "criteria.show.derived",
        lang,
        factor=number(derived["factor"], lang),
        ref=derived["ref"],
        target=derived["indicator"],
    )


def where(figure: dict[str, Any], lang: str) -> str:
    """ "vùng TDMNPB, năm 2024", "mọi vùng/nhóm, mọi năm"."""
    klass = figure["class"] if figure["class"] is not None else t("criteria.show.any_class", lang)
    year = (
        t("where.year", lang, value=figure["year"])
        if figure["year"] is not None
        else t("criteria.show.any_year", lang)
    )
    return f"{klass}, {year}"


def provenance(item: dict[str, Any], lang: str) -> str:
    """ "[confirmed; 318/QĐ-TTg]" — confidence and the document the source stands for."""
    parts = [item.get("confidence") or t("criteria.show.no_confidence", lang)]
    source = item.get("document") or item.get("source")
    if source:
        parts.append(source)
    return "[" + "; ".join(parts) + "]"


def place(item: dict[str, Any]) -> str:
    return f"{item['layer']}, {item['file']}:{item['line']}"


# --- show: text ---------------------------------------------------------------------------------


def show_text(doc: dict[str, Any], lang: str) -> str:
    lines = _header(doc, lang)
    lines += _classes_text(doc, lang)
    lines += _special_areas_text(doc, lang)
    for criterion in doc["criteria"]:
        lines.append("")
        lines.append(
            t(
                "criteria.show.criterion",
                lang,
                id=criterion["id"],
                name=criterion["name"] or t("name.unknown", lang),
            )
            + f"  {provenance(criterion, lang)}"
        )
        if not criterion["indicators"]:
            lines.append("  " + t("criteria.show.no_indicators", lang))
        for indicator in criterion["indicators"]:
            lines += _indicator_text(indicator, lang)
    if doc["conditions"]:
        lines += ["", t("check.conditions", lang)]
        for condition in doc["conditions"]:
            lines += _indicator_text(condition, lang)
    lines += _recognition_text(doc["recognition"], lang)
    return "\n".join(lines) + "\n"


def _header(doc: dict[str, Any], lang: str) -> list[str]:
    lines = [f"{doc['ref']} — {doc['title'] or t('name.unknown', lang)}"]
    if doc["illustrative"]:
        lines.append(t("check.illustrative", lang))
    chain = " → ".join(f"{layer['ref']} ({layer['file']})" for layer in doc["layers"])
    lines.append(t("criteria.show.layers", lang, layers=chain))
    lines.append(t("criteria.show.selection", lang, selection=_selection(doc, lang)))
    totals = doc["totals"]
    if totals:
        lines.append(
            t(
                "criteria.show.totals",
                lang,
                criteria=_or_dash(totals["criteria"]),
                indicators=_or_dash(totals["indicators"]),
                provenance=provenance(totals, lang),
            )
        )
    counts = doc["counts"]
    lines.append(t("criteria.show.counts", lang, **counts))
    return lines


def _or_dash(value: Any) -> str:
    return "—" if value is None else str(value)


def _selection(doc: dict[str, Any], lang: str) -> str:
    sel = doc["selection"]
    parts = []
    if sel["class"] is None and sel["special_area"] is None:
        parts.append(t("where.all", lang))
    else:
        parts.append(t("where.class", lang, value=sel["class"] or "—"))
        if sel["special_area"]:
            parts.append(
                t("criteria.show.moved", lang, area=sel["special_area"], to=sel["judged_class"] or "—")
            )
    parts.append(
        t("where.year", lang, value=sel["year"])
        if sel["year"] is not None
        else t("criteria.show.any_year", lang)
    )
    return "; ".join(parts)


def _classes_text(doc: dict[str, Any], lang: str) -> list[str]:
    """The regions on one line; groups, which have definitions, one per line."""
    classification = doc["classification"]
    if not classification:
        return []
    name = classification["name"] or classification["axis"]
    values = classification["values"]
    if not any(v["definition"] for v in values):
        return [
            f"{name}: " + ", ".join(f"{v['code']} ({v['name']})" if v["name"] else v["code"] for v in values)
        ]
    lines = [f"{name}:"]
    for value in values:
        lines.append(
            f"  {value['code']} — {value['name'] or ''}: {value['definition'] or '—'}  "
            f"{provenance(value, lang)}"
        )
    return lines


def _special_areas_text(doc: dict[str, Any], lang: str) -> list[str]:
    classification = doc["classification"]
    if not classification or not classification["special_areas"]:
        return []
    lines = ["", t("criteria.show.special_areas", lang)]
    for area in classification["special_areas"]:
        lines.append(f"  {area['code']} → {area['moves_to']}: {area['name']}  {provenance(area, lang)}")
    return lines


def _indicator_text(indicator: dict[str, Any], lang: str) -> list[str]:
    optional = f" ({t('criteria.show.optional', lang)})" if indicator["optional"] else ""
    unit = f" [{indicator['unit']}]" if indicator["unit"] else ""
    lines = [f"  {indicator['id']}  {indicator['name']}{unit}{optional}"]
    if not indicator["thresholds"]:
        lines.append("      " + t("criteria.show.no_threshold", lang))
    for figure in indicator["thresholds"]:
        text = f"      {where(figure, lang)}: {requirement(indicator, figure, lang)}"
        if figure["value"] is not None or figure["derived"] is not None:
            text += f"  {provenance(figure, lang)}"
        lines.append(f"{text}  ({place(figure)})")
    return lines


def _recognition_text(recognition: dict[str, Any] | None, lang: str) -> list[str]:
    if recognition is None:
        return []
    title = t(
        "criteria.show.recognition", lang, rules=recognition["rules"], document=recognition["document"] or "—"
    )
    return ["", title] + [f"  {line}" for line in _recognition_lines(recognition, lang)]


def _recognition_lines(recognition: dict[str, Any], lang: str) -> list[str]:
    lines = []
    if recognition["conditions"]:
        marks = ", ".join(f"{c['id']} {_CONDITION_MARK[c['declared']]}" for c in recognition["conditions"])
        lines.append(t("criteria.show.required_conditions", lang, conditions=marks))
    revocation = recognition["revocation"]
    if revocation is None:
        return lines
    found = "; ".join(f"{c['id']} {c['name']}" for c in revocation["critical_in_set"]) or "—"
    missing = "; ".join(revocation["critical_not_in_set"]) or "—"
    lines.append(
        t(
            "criteria.show.critical",
            lang,
            found=found,
            missing=missing,
            confidence=revocation["confidence"] or "—",
        )
    )
    lines += [t("criteria.show.case", lang, case=case["wording"]) for case in revocation["cases"]]
    lines += [
        t("criteria.show.unsettled", lang, share=number(b["share"], lang), note=b["note"])
        for b in revocation["unsettled"]
    ]
    return lines


# --- show: Markdown -----------------------------------------------------------------------------


def show_markdown(doc: dict[str, Any], lang: str) -> str:
    lines = [f"# {doc['ref']} — {_md(doc['title'] or t('name.unknown', lang))}", ""]
    lines += [f"- {_md(line)}" for line in _header(doc, lang)[1:]]
    classification = doc["classification"]
    if classification and classification["special_areas"]:
        lines += [
            "",
            f"## {t('criteria.show.special_areas', lang).rstrip(':')}",
            "",
            _row(
                t("criteria.show.col.code", lang),
                t("criteria.show.col.moves_to", lang),
                t("criteria.show.col.name", lang),
                t("criteria.show.col.provenance", lang),
            ),
            _rule(4),
        ]
        for area in classification["special_areas"]:
            lines.append(_row(area["code"], area["moves_to"], area["name"], provenance(area, lang)))
    for criterion in doc["criteria"]:
        title = t(
            "criteria.show.criterion",
            lang,
            id=criterion["id"],
            name=criterion["name"] or t("name.unknown", lang),
        )
        lines += ["", f"## {_md(title)}", ""]
        lines += _indicator_table(criterion["indicators"], lang)
    if doc["conditions"]:
        lines += ["", f"## {t('check.conditions', lang)}", ""]
        lines += _indicator_table(doc["conditions"], lang)
    recognition = doc["recognition"]
    if recognition is not None:
        title = t(
            "criteria.show.recognition",
            lang,
            rules=recognition["rules"],
            document=recognition["document"] or "—",
        )
        lines += ["", f"## {_md(title)}", ""]
        lines += [f"- {_md(line)}" for line in _recognition_lines(recognition, lang)]
    return "\n".join(lines) + "\n"


def _indicator_table(indicators: list[dict[str, Any]], lang: str) -> list[str]:
    if not indicators:
        return [t("criteria.show.no_indicators", lang)]
    out = [
        _row(
            t("check.col.indicator", lang),
            t("criteria.show.col.name", lang),
            t("criteria.show.col.where", lang),
            t("check.col.requirement", lang),
            t("criteria.show.col.provenance", lang),
            t("criteria.show.col.layer", lang),
        ),
        _rule(6),
    ]
    for indicator in indicators:
        figures = indicator["thresholds"] or [None]
        for n, figure in enumerate(figures):
            name = indicator["name"] if n == 0 else ""
            if figure is None:
                out.append(_row(indicator["id"], name, "—", t("criteria.show.no_threshold", lang), "", ""))
                continue
            proof = provenance(figure, lang) if figure["value"] is not None or figure["derived"] else ""
            out.append(
                _row(
                    indicator["id"] if n == 0 else "",
                    name,
                    where(figure, lang),
                    requirement(indicator, figure, lang),
                    proof,
                    place(figure),
                )
            )
    return out


def _row(*cells: Any) -> str:
    return "| " + " | ".join(_md(str(c)) for c in cells) + " |"


def _rule(count: int) -> str:
    return "|" + "---|" * count


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --- diff ----------------------------------------------------------------------------------------

_MARK = {"added": "+", "removed": "-", "renamed": "~", "changed": "~"}


def diff_text(doc: dict[str, Any], lang: str) -> str:
    lines = [t("criteria.diff.title", lang, old=doc["old"]["ref"], new=doc["new"]["ref"])]
    section = None
    for change in doc["changes"]:
        if change["section"] != section:
            section = change["section"]
            lines += ["", t(f"criteria.diff.section.{section}", lang)]
        lines.append(f"  {_MARK[change['kind']]} {_change_line(change, lang)}")
    if not doc["changes"]:
        lines.append(t("criteria.diff.none", lang))
    lines += ["", t("criteria.diff.summary", lang, **doc["counts"])]
    return "\n".join(lines) + "\n"


def diff_markdown(doc: dict[str, Any], lang: str) -> str:
    lines = [f"# {_md(t('criteria.diff.title', lang, old=doc['old']['ref'], new=doc['new']['ref']))}"]
    section = None
    for change in doc["changes"]:
        if change["section"] != section:
            section = change["section"]
            lines += ["", f"## {t(f'criteria.diff.section.{section}', lang)}", ""]
        lines.append(f"- `{_MARK[change['kind']]}` {_md(_change_line(change, lang))}")
    if not doc["changes"]:
        lines.append(t("criteria.diff.none", lang))
    lines += ["", t("criteria.diff.summary", lang, **doc["counts"])]
    return "\n".join(lines) + "\n"


def _change_line(change: dict[str, Any], lang: str) -> str:
    kind, ident = change["kind"], change["id"]
    if change["section"] == "thresholds":
        key = where({"class": change["class"], "year": change["year"]}, lang)
        return t(
            f"criteria.diff.threshold.{kind}",
            lang,
            id=ident,
            where=key,
            field=change["field"],
            old=_figure_text(change["old"], lang),
            new=_figure_text(change["new"], lang),
        )
    if kind in ("added", "removed", "renamed"):
        return t(
            f"criteria.diff.{kind}",
            lang,
            id=ident,
            old=_value(change["old"], lang),
            new=_value(change["new"], lang),
        )
    key = "criteria.diff.field" if change["field"] == ident else "criteria.diff.changed"
    return t(
        key,
        lang,
        id=ident,
        field=change["field"],
        old=_value(change["old"], lang),
        new=_value(change["new"], lang),
    )


def _figure_text(figure: dict[str, Any] | None, lang: str) -> str:
    if figure is None:
        return "—"
    derived = figure["derived"]
    if derived is not None:
        value = _derived_text({**derived, "base": None}, lang)
    elif figure["value"] is None:
        value = t("criteria.show.undetermined", lang)
    else:
        value = _value(figure["value"], lang)
    confidence = figure["confidence"] or t("criteria.show.no_confidence", lang)
    return f"{value} [{confidence}; {figure['source'] or '—'}]"


def _value(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return t("value.true" if value else "value.false", lang)
    if isinstance(value, (int, float)):
        return number(value, lang)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
