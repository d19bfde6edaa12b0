"""`ntm init`: a complete, commented dossier for a chosen criteria set.

The files are rendered from the templates in `templates/init/`, written into a temporary folder
beside the target and moved into place in one rename: the target either appears whole or not at
all, and nothing that exists is ever overwritten.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ntmcli.check import UsageError
from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import EffectiveSet, Indicator
from ntmcli.criteria.resolve import resolve_ref
from ntmcli.evaluate.measure import fmt
from ntmcli.present import SYMBOL
from ntmcli.templates import template_environment


@dataclass(frozen=True)
class ScaffoldRequest:
    folder: Path
    criteria: str
    profile: str | None
    name: str
    code: str
    province: str
    classification: str | None
    year: int
    criteria_dirs: tuple[Path, ...]


def scaffold(request: ScaffoldRequest) -> int:
    """Create the dossier; returns the number of files written."""
    target = request.folder
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError("error.exists", path=target)
    criteria_set = _effective_set(request)
    files = render_files(request, criteria_set)
    _write_atomically(target, files)
    return len(files)


def _effective_set(request: ScaffoldRequest) -> EffectiveSet:
    catalog = Catalog.with_dirs(list(request.criteria_dirs))
    ref = request.profile or request.criteria
    if catalog.find(ref) is None:
        raise UsageError("rule.criteria-unknown-set.message", ref=ref, suggestion="")
    criteria_set, _ = resolve_ref(catalog, ref)
    if criteria_set is None:
        raise UsageError("error.criteria_invalid", ref=ref)
    return criteria_set


def render_files(request: ScaffoldRequest, criteria_set: EffectiveSet) -> dict[str, str]:
    env = template_environment()
    env.filters["y"] = _yaml_scalar
    classification = criteria_set.classification
    dirs = [os.path.relpath(d.resolve(), request.folder.resolve()) for d in request.criteria_dirs]
    files = {"dossier.yaml": env.get_template("init/dossier.yaml.j2").render(
        name=request.name, code=request.code, unit_kind=criteria_set.unit_kind or "xa",
        province=request.province, classification=request.classification,
        classification_values=classification.codes() if classification else [],
        axis_name=(classification.name or classification.axis) if classification else "",
        level=criteria_set.level or "ntm", level_name=criteria_set.title or criteria_set.ref,
        criteria=request.criteria, profile=request.profile, criteria_dirs=dirs,
        year=request.year, folder=request.folder.as_posix())}
    template = env.get_template("init/criterion.yaml.j2")
    for criterion in criteria_set.criteria:
        requirements = {i.id: describe_requirement(i) for i in criterion.indicators}
        files[f"tieu-chi/{_file_stem(criterion.id, criterion.name)}.yaml"] = template.render(
            criterion=criterion, requirements=requirements)
    if criteria_set.conditions:
        requirements = {c.id: describe_requirement(c) for c in criteria_set.conditions}
        files["dieu-kien.yaml"] = env.get_template("init/conditions.yaml.j2").render(
            conditions=criteria_set.conditions, requirements=requirements)
    files["minh-chung/.gitkeep"] = ""
    return {name: text if text.endswith("\n") or not text else text + "\n"
            for name, text in files.items()}


def describe_requirement(indicator: Indicator) -> str:
    """Every threshold of an indicator on one line, for the scaffold's comments."""
    parts = []
    for threshold in indicator.thresholds:
        scope = " ".join(str(s) for s in (threshold.class_, threshold.year) if s is not None)
        if threshold.value is None:
            value = "chưa xác lập / not established"
        elif indicator.kind == "boolean":
            value = "Đạt"
        else:
            value = f"{SYMBOL[indicator.comparator]} {fmt(threshold.value)}{indicator.unit or ''}"
        parts.append(f"{scope}: {value}" if scope else value)
    return "; ".join(parts) or "chưa xác lập / not established"


def _yaml_scalar(value: object) -> str:
    """A value as YAML: text always double-quoted (JSON strings are valid YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(str(value), ensure_ascii=False)


def _file_stem(criterion_id: str, name: str | None) -> str:
    number = criterion_id.zfill(2) if criterion_id.isdigit() else _slug(criterion_id)
    return f"{number}-{_slug(name)}" if name else number


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:48] or "x"


def _write_atomically(target: Path, files: dict[str, str]) -> None:
    parent = target.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(staging, 0o777 & ~umask)  # mkdtemp makes 0700; a dossier folder is shared
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        os.rename(staging, target)  # replaces only an empty folder; refuses anything else
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        if err.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
            raise UsageError("error.exists", path=target) from None
        raise UsageError("error.write", path=target, reason=err.strerror) from None
