"""`ntm diff OLD NEW`: evaluate both assessments (folders or `REV:path`) as `ntm check` would and
print what changed and the revocation verdict."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ntmcli.check import DossierReport, UsageError, check_dossier
from ntmcli.diff.compare import AssessmentDiff, compare
from ntmcli.diff.render import write_json, write_text
from ntmcli.diff.sources import Assessment, locate
from ntmcli.evaluate.revocation import revocation_check
from ntmcli.i18n import UnknownLanguage, resolve_lang, t
from ntmcli.repo.command import language, report_failure
from ntmcli.repo.config import find_config


@dataclass(frozen=True)
class DiffRequest:
    old: str
    new: str
    output_format: str
    criteria_dirs: list[Path]
    lang: str | None


def diff_command(request: DiffRequest) -> int:
    try:
        lang = resolve_lang(request.lang)
        lang = language(request.lang, find_config([Path(request.new)]))
        with tempfile.TemporaryDirectory(prefix="ntm-diff-") as work:
            old = _evaluate(locate(request.old, Path(work) / "old"), request.criteria_dirs)
            new = _evaluate(locate(request.new, Path(work) / "new"), request.criteria_dirs)
            diff = _diff(old, new, request.criteria_dirs)
            (write_json if request.output_format == "json" else write_text)(diff, lang, sys.stdout)
    except UsageError as problem:
        return report_failure(sys.stderr, t(problem.key, lang, **problem.args_), lang)
    except UnknownLanguage as bad:
        return report_failure(sys.stderr, t("error.bad_lang", "vi", lang=bad.args[0]), "vi")
    return 0


def _evaluate(assessment: Assessment, criteria_dirs: list[Path]) -> DossierReport:
    report = check_dossier(assessment.root, assessment.display, criteria_dirs)  # + its ntm.toml
    if report.unit is None:
        raise UsageError("error.diff_unevaluable", path=assessment.display,
                         errors=sum(1 for f in report.findings if f.severity.value == "error"))
    return report


def _diff(old: DossierReport, new: DossierReport, criteria_dirs: list[Path]) -> AssessmentDiff:
    assert old.unit is not None and new.unit is not None
    if old.unit.code != new.unit.code or old.unit.kind != new.unit.kind:
        raise UsageError("error.diff_units", old=f"{old.unit.name} ({old.unit.code})",
                         new=f"{new.unit.name} ({new.unit.code})")
    verdict = revocation_check(new.unit, criteria_dirs=criteria_dirs)
    return compare(old.path, old.unit, new.path, new.unit, verdict)
