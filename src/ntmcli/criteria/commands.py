"""What `ntm criteria show` and `ntm criteria diff` do between parsing options and printing.

Each resolves the sets it is given (a `set@version` on the search path, or the path of a `.yaml`
file such as a provincial profile kept in a dossier repository), refuses what cannot be shown
(an unknown set, a set with errors, a region for a set classified by groups, a profile that does
not extend the set) with an `OptionError` the CLI prints and exits 2 on, and builds the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntmcli.criteria.catalog import Catalog, parse_ref
from ntmcli.criteria.diff import diff_document
from ntmcli.criteria.effective import EffectiveSet
from ntmcli.criteria.recognition import rules_for
from ntmcli.criteria.resolve import resolve_path
from ntmcli.criteria.table import Selection, show_document
from ntmcli.validation import suggest

_AXIS_OPTION = {"vung": "--region", "nhom": "--group"}


class OptionError(Exception):
    """A request that cannot be answered: exit 2 with the catalog message `key`."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


def run_show(ref: str, *, region: str | None = None, group: str | None = None,
             year: int | None = None, profile: str | None = None, special_area: str | None = None,
             criteria_dirs: list[Path] | None = None) -> dict[str, Any]:
    catalog = Catalog.with_dirs(criteria_dirs or [])
    effective = load_set(catalog, ref)
    if profile is not None:
        effective = _profile(catalog, profile, ref)
    selection = Selection(_class_option(effective, region, group), year,
                          _special_area(effective, special_area))
    layer_refs = tuple(layer.ref for layer in reversed(effective.layers))
    return show_document(effective, selection, catalog, rules_for(catalog, layer_refs))


def run_diff(old: str, new: str, *, criteria_dirs: list[Path] | None = None) -> dict[str, Any]:
    catalog = Catalog.with_dirs(criteria_dirs or [])
    return diff_document(load_set(catalog, old), load_set(catalog, new))


def load_set(catalog: Catalog, ref_or_path: str) -> EffectiveSet:
    """A set by `set@version`, or a criteria file by path (a name ending in .yaml/.yml)."""
    if ref_or_path.endswith((".yaml", ".yml")):
        path = Path(ref_or_path)
        if not path.is_file():
            raise OptionError("error.no_path", path=ref_or_path)
        effective, findings = resolve_path(catalog, path)
    else:
        found = catalog.find(ref_or_path) if parse_ref(ref_or_path) else None
        if found is None:
            raise OptionError("error.unknown_set", ref=ref_or_path,
                              candidate=suggest(ref_or_path, catalog.available()))
        effective, findings = resolve_path(catalog, found, ref_or_path)
    if effective is None or any(f.severity.value == "error" for f in findings):
        raise OptionError("error.criteria_invalid", ref=ref_or_path)
    return effective


def _profile(catalog: Catalog, profile: str, base: str) -> EffectiveSet:
    effective = load_set(catalog, profile)
    if base not in effective.base_refs:
        raise OptionError("error.profile_base", profile=effective.ref, base=base)
    return effective


def _class_option(effective: EffectiveSet, region: str | None, group: str | None) -> str | None:
    chosen, option = (region, "--region") if region is not None else (group, "--group")
    if chosen is None:
        return None
    classification = effective.classification
    if classification is None:
        raise OptionError("error.no_classification", ref=effective.ref, option=option)
    expected = _AXIS_OPTION[classification.axis]
    if option != expected:
        raise OptionError("error.wrong_axis", ref=effective.ref, option=option, expected=expected)
    if chosen not in classification.codes():
        raise OptionError("error.bad_option", value=chosen, option=option,
                          allowed=", ".join(classification.codes()))
    return chosen


def _special_area(effective: EffectiveSet, code: str | None) -> str | None:
    if code is None:
        return None
    classification = effective.classification
    areas = [a.code for a in classification.special_areas] if classification else []
    if code not in areas:
        raise OptionError("error.bad_option", value=code, option="--special-area",
                          allowed=", ".join(areas) or "—")
    return code
