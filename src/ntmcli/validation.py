"""Validate YAML data against a pydantic model; every error becomes a Finding at its line:column.

Pydantic error locations are paths of keys and list indexes — exactly the paths the YAML position
index is keyed by. Where a text field received an unquoted scalar that YAML 1.1 turned into a
number, boolean or date (`code: 00004` → 4), the written text is put back and a warning says so:
the user's data is kept as written, never silently changed.
"""

from __future__ import annotations

import copy
import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ntmcli.findings import Finding, finding
from ntmcli.yamlsource import YamlDocument

M = TypeVar("M", bound=BaseModel)

_MAX_REPAIR_ROUNDS = 4


def validate(model: type[M], document: YamlDocument, schema_kind: str) -> tuple[M | None, list[Finding]]:
    """The validated model (or None) and the findings, errors placed in the YAML source."""
    validated, findings = _validate(model, document, schema_kind)
    return validated, findings + _odd_numbers(document, findings)


def _odd_numbers(document: YamlDocument, findings: list[Finding]) -> list[Finding]:
    """Numbers YAML 1.1 read otherwise than written (`010` → 8) where they stayed numbers; in a
    text field the written text came back, with its own warning."""
    restored = {(f.line, f.column) for f in findings if f.rule == "yaml-unquoted-text"}
    return [finding("yaml-number-form", document.file, odd.position.line, odd.position.column,
                    raw=odd.raw, value=odd.value, form_msg=f"numform.{odd.form}")
            for odd in document.odd_numbers
            if (odd.position.line, odd.position.column) not in restored]


def _validate(model: type[M], document: YamlDocument, schema_kind: str) -> tuple[M | None, list[Finding]]:
    data = document.data
    repaired: list[Finding] = []
    for _ in range(_MAX_REPAIR_ROUNDS):
        try:
            return model.model_validate(data), repaired
        except ValidationError as err:
            errors = err.errors(include_url=False)
        fixes = [e for e in errors if _is_unquoted_text(e, document)]
        if not fixes:
            return None, repaired + _findings(errors, document, model, schema_kind)
        data = copy.deepcopy(data) if data is document.data else data
        for error in fixes:
            repaired.append(_restore_text(data, tuple(error["loc"]), document))
    return None, repaired


def _is_unquoted_text(error: dict[str, Any], document: YamlDocument) -> bool:
    """A text field holding an unquoted number, boolean or date; an empty value (null) is not
    text that was written, so it stays a schema error."""
    scalar = document.plain.get(tuple(error["loc"]))
    return error["type"] == "string_type" and scalar is not None and scalar.tag != "null"


def _restore_text(data: Any, loc: tuple[Any, ...], document: YamlDocument) -> Finding:
    scalar = document.plain[loc]
    container = data
    for step in loc[:-1]:
        container = container[step]
    container[loc[-1]] = scalar.raw
    position = document.locate(loc)
    return finding("yaml-unquoted-text", document.file, position.line, position.column,
                   raw=scalar.raw, as_type_msg=f"yamltype.{scalar.tag}", as_type=scalar.tag)


def _findings(errors: list[dict[str, Any]], document: YamlDocument, model: type[BaseModel],
              schema_kind: str) -> list[Finding]:
    """One finding per place. Pydantic reports a value that fits no member of a union once per
    member, under the member's name (`value.bool`, `value.float`…): those become one finding."""
    by_place: dict[tuple[Any, ...], list[tuple[dict[str, Any], tuple[Any, ...]]]] = {}
    for error in errors:
        place, extra = _split_loc(tuple(error["loc"]), document, model)
        by_place.setdefault(place, []).append((error, extra))
    out = []
    for place, group in by_place.items():
        members = [str(extra[0]) for _, extra in group if extra]
        finite = [error for error, _ in group if error["type"] == "finite_number"]
        if finite:  # .nan or .inf: say that, not which kinds of value the field takes
            out.append(_to_finding({**finite[0], "loc": place}, document, model, schema_kind))
        elif len(group) > 1 and len(members) == len(group):
            position = document.locate(place)
            out.append(finding("schema", document.file, position.line, position.column,
                               field=_dotted(place), problem_msg="schema.union",
                               hint_msg="schema.hint.default", kind=schema_kind,
                               expected=", ".join(dict.fromkeys(members))))
        else:
            out += [_to_finding({**error, "loc": place + extra[1:] if extra else place}, document,
                                model, schema_kind) for error, extra in group]
    return out


def _split_loc(loc: tuple[Any, ...], document: YamlDocument,
               model: type[BaseModel]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """(the part of `loc` that names a place in the file or a field of the model there,
    the rest: names pydantic adds inside unions)."""
    for end in range(len(loc), -1, -1):
        prefix = loc[:end]
        if prefix in document.values:
            rest = loc[end:]
            if rest and rest[0] in _fields_at(model, prefix):
                return prefix + rest[:1], rest[1:]
            return prefix, rest
    return (), loc


def _to_finding(error: dict[str, Any], document: YamlDocument, model: type[BaseModel],
                schema_kind: str) -> Finding:
    loc = tuple(error["loc"])
    problem_key, problem_args = _problem(error, model)
    position = document.locate(loc, key=error["type"] == "extra_forbidden")
    return finding("schema", document.file, position.line, position.column,
                   field=_dotted(loc), problem_msg=problem_key, hint_msg="schema.hint.default",
                   kind=schema_kind, **problem_args)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


_SIMPLE = {
    "missing": "schema.missing", "string_type": "schema.string_type",
    "float_type": "schema.number", "float_parsing": "schema.number",
    "int_type": "schema.int", "int_parsing": "schema.int", "int_from_float": "schema.int",
    "bool_type": "schema.bool", "bool_parsing": "schema.bool",
    "list_type": "schema.list", "dict_type": "schema.mapping", "model_type": "schema.mapping",
    "model_attributes_type": "schema.mapping", "finite_number": "schema.finite",
    "date_type": "schema.date", "date_parsing": "schema.date",
    "date_from_datetime_parsing": "schema.date", "date_from_datetime_inexact": "schema.date",
    "datetime_type": "schema.date",
}


def _problem(error: dict[str, Any], model: type[BaseModel]) -> tuple[str, dict[str, str]]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in _SIMPLE:
        return _SIMPLE[kind], {}
    if kind in ("literal_error", "enum"):
        return "schema.choice", {"expected": str(ctx.get("expected", ""))}
    if kind in ("greater_than_equal", "greater_than"):
        return "schema.too_small", {"limit": str(ctx.get("ge", ctx.get("gt", "")))}
    if kind in ("less_than_equal", "less_than"):
        return "schema.too_big", {"limit": str(ctx.get("le", ctx.get("lt", "")))}
    if kind == "string_pattern_mismatch":
        return "schema.pattern", {"pattern": str(ctx.get("pattern", ""))}
    if kind == "extra_forbidden":
        return "schema.extra_forbidden", {"candidate": _suggest(error, model)}
    return "schema.other", {"detail": error.get("msg", kind)}


def _suggest(error: dict[str, Any], model: type[BaseModel]) -> str:
    """'; did you mean …' for a misspelt field, from the fields of the model at that place."""
    fields = _fields_at(model, tuple(error["loc"])[:-1])
    match = difflib.get_close_matches(str(error["loc"][-1]), fields, n=1, cutoff=0.6)
    return match[0] if match else ""


def _fields_at(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        info = current.model_fields.get(step) if _is_model(current) else None
        if info is None:
            return []
        current = _model_in(info.annotation)
    return [info.alias or name for name, info in current.model_fields.items()] if _is_model(current) else []


def _is_model(obj: Any) -> bool:
    return isinstance(obj, type) and issubclass(obj, BaseModel)


def _model_in(annotation: Any) -> Any:
    if _is_model(annotation):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def suggest(word: str, candidates: list[str]) -> str:
    """Closest candidate to a mistyped id, or ''; the same id in other letter case first."""
    same = next((c for c in candidates if c.casefold() == word.casefold()), None)
    if same is not None:
        return same
    match = difflib.get_close_matches(word, candidates, n=1, cutoff=0.5)
    return match[0] if match else ""
