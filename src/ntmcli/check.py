"""`ntm check`: find dossiers, read them, resolve their criteria, evaluate, collect findings."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from ntmcli.criteria.catalog import Catalog
from ntmcli.criteria.effective import EffectiveSet
from ntmcli.criteria.resolve import resolve_path
from ntmcli.dossier.reader import DossierInput, SourceFile, is_dossier, read_dossier
from ntmcli.evaluate.engine import evaluate_dossier
from ntmcli.evaluate.results import UnitResult
from ntmcli.findings import Finding, Severity, finding, sort_findings
from ntmcli.validation import suggest

if TYPE_CHECKING:
    from ntmcli.repo.config import RepoConfig
    from ntmcli.rollup.links import RollupLinks

T = TypeVar("T")
FAIL_ON = ("error", "warning", "info", "never")


class UsageError(Exception):
    """A problem with what was asked, not with a dossier: exit code 2."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


@dataclass(frozen=True)
class DossierReport:
    path: str
    unit: UnitResult | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class CheckResult:
    dossiers: tuple[DossierReport, ...]
    findings: tuple[Finding, ...] = field(default=())

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def exit_code(self, fail_on: str) -> int:
        if fail_on == "never":
            return 0
        limit = Severity(fail_on).rank
        return 1 if any(f.severity.rank >= limit for f in self.findings) else 0


@dataclass(frozen=True)
class Inspected:
    """One dossier evaluated on its own, and what a roll-up needs from it (if it lists members)."""

    report: DossierReport
    links: RollupLinks | None


@dataclass(frozen=True)
class CheckOptions:
    """How to run a check over a repository (defaults: every core, every dossier named)."""

    jobs: int | None = None                      # None: ntm.toml, else every core
    changed_since: str | None = None             # a git revision: only what changed since
    changed_files: bool = False                  # the paths are changed files (pre-commit)
    progress: Callable[[int, int], None] | None = None
    config: RepoConfig | None = None             # None: the ntm.toml found above the paths
    on_report: Callable[[DossierReport], None] | None = None  # hears each report once final


def run_check(paths: list[Path], criteria_dirs: list[Path],
              options: CheckOptions | None = None) -> CheckResult:
    from ntmcli.repo.assess import assess
    from ntmcli.repo.config import find_config
    from ntmcli.repo.runner import default_jobs
    from ntmcli.repo.targets import targets_for

    options = options or CheckOptions()
    config = options.config or find_config(paths)
    dirs = list(criteria_dirs) + (list(config.criteria_dirs) if config else [])
    for folder in dirs:
        if not folder.is_dir():
            raise UsageError("error.criteria_dir", path=folder)
    targets = targets_for(paths, dirs, config, options.changed_since, options.changed_files)
    jobs = options.jobs if options.jobs is not None else (config.jobs if config else None)
    jobs = jobs or default_jobs()  # 0 or unset: every core
    reports = assess(targets, dirs, jobs, options.progress, options.on_report)
    everything = sort_findings([f for report in reports for f in report.findings])
    return CheckResult(tuple(reports), tuple(everything))


def discover(path: Path, config: RepoConfig | None = None) -> list[tuple[Path, str]]:
    """Dossier folders at or below `path` (or the one a file inside a dossier belongs to)."""
    from ntmcli.repo.discovery import selected, walk_dossiers

    if not path.exists():
        raise UsageError("error.no_path", path=path)
    display = path.as_posix().rstrip("/") or "."
    if path.is_file():
        owner = next((p for p in path.resolve().parents if is_dossier(p)), None)
        if owner is None:
            raise UsageError("error.no_dossier", path=path)
        return [(owner, Path(os.path.relpath(owner)).as_posix())]
    if is_dossier(path):
        return [(path, display)]
    found = [root for root in walk_dossiers(path) if selected(root, config)]
    if not found:
        raise UsageError("error.no_dossier", path=path)
    return [(root, f"{display}/{root.relative_to(path).as_posix()}".removeprefix("./"))
            for root in found]


def check_dossier(root: Path, display: str, criteria_dirs: list[Path]) -> DossierReport:
    """One dossier's report; a district or province is rolled up from the members it lists."""
    from ntmcli.repo.assess import assess

    return assess([(root, display)], criteria_dirs, jobs=1)[0]


# What the dossiers of one assessment share: the ntm.toml above their folders and the sets they
# pin. A repository of thousands of dossiers pins a handful of sets under one ntm.toml, so each
# is looked up once per assessment, not once per dossier; every dossier of an assessment is
# judged against the same files. Forgotten when the next assessment begins (begin_assessment).
_SHARED: dict[tuple[object, ...], Any] = {}


def begin_assessment() -> None:
    _SHARED.clear()


def _shared(key: tuple[object, ...], compute: Callable[[], T]) -> T:
    if key not in _SHARED:
        _SHARED[key] = compute()
    return _SHARED[key]


def _with_own_config(dossier: DossierInput, criteria_dirs: list[Path]) -> list[Path]:
    """The criteria folders of the `ntm.toml` governing this dossier are searched too, so a
    dossier checked from above its repository (`ntm check examples/`) is judged as inside it."""
    config = _governing_config(dossier)
    own = [d for d in (config.criteria_dirs if config else ()) if d not in criteria_dirs]
    return list(criteria_dirs) + own


def _governing_config(dossier: DossierInput) -> RepoConfig | None:
    """`find_config([root])`; asked once per parent folder when the dossier folder itself holds
    neither an ntm.toml nor a .git (its listing says so without a system call)."""
    from ntmcli.repo.config import CONFIG_FILE, find_config

    top = dossier.listing.entries() if dossier.listing else None
    if top is None or CONFIG_FILE in top or ".git" in top:
        return find_config([dossier.root])
    parent = Path(dossier.listing.root).parent  # the listing's root is resolved
    return _shared(("config", parent), lambda: find_config([parent]))


def inspect_dossier(root: Path, display: str, criteria_dirs: list[Path]) -> Inspected:
    """Read and evaluate one dossier on its own (no roll-up): the unit of parallel work."""
    from ntmcli.rollup.links import links_of

    dossier = read_dossier(root, display)
    findings = list(dossier.findings)
    unit = None
    if dossier.meta is not None:
        dirs = _with_own_config(dossier, criteria_dirs)
        criteria_set, more = criteria_for(dossier, dossier.meta, dirs)
        findings += more
        if criteria_set is not None:
            unit, more = evaluate_dossier(dossier, criteria_set)
            findings += more
    report = DossierReport(display, unit, tuple(sort_findings(findings)))
    return Inspected(report, links_of(dossier))


def criteria_for(dossier: DossierInput, meta: SourceFile,
                 criteria_dirs: list[Path]) -> tuple[EffectiveSet | None, list[Finding]]:
    """The effective set a dossier pins: its profile if it names one, else the national set."""
    findings: list[Finding] = []
    extra = list(criteria_dirs)
    for n, folder in enumerate(meta.model.criteria_dirs):
        candidate = _criteria_folder(dossier, folder)
        if _shared(("folder", candidate), candidate.is_dir):
            extra.append(candidate)
        else:
            findings.append(_at(meta, ("criteria_dirs", n), "dossier-criteria-dir", path=folder))
    catalog = Catalog.with_dirs(extra)
    base_ref, profile = meta.model.criteria, meta.model.profile
    profile_path = dossier.root / profile if profile and profile.endswith((".yaml", ".yml")) else None
    pinned = _shared(("criteria", catalog.dirs, base_ref, profile, profile_path),
                     lambda: _pinned(catalog, base_ref, profile, profile_path))
    findings += pinned.findings
    if pinned.missing == "criteria":
        findings.append(_unknown_set(meta, ("criteria",), base_ref, catalog))
    elif pinned.missing == "profile":
        findings.append(_unknown_set(meta, ("profile",), profile, catalog))
    elif pinned.criteria_set is not None and base_ref not in pinned.criteria_set.base_refs:
        findings.append(_at(meta, ("profile",), "criteria-profile-base",
                            profile=pinned.criteria_set.ref, base=base_ref))
        return None, findings
    return pinned.criteria_set, findings


def _criteria_folder(dossier: DossierInput, folder: str) -> Path:
    """`root/folder`, spelled from the resolved root when `folder` only climbs, then descends
    (`../../bo-tieu-chi`): exact, since `..` of a real folder is its real parent, and every
    dossier of a repository then names the shared folder alike (looked up once)."""
    names = folder.replace(os.sep, "/").split("/")
    climbs = next((n for n, name in enumerate(names) if name != ".."), len(names))
    if dossier.listing is None or ".." in names[climbs:]:
        return dossier.root / folder
    return Path(os.path.normpath(os.path.join(dossier.listing.root, folder)))


class _Pinned(NamedTuple):
    """What a set reference resolves to, shared by the dossiers pinning it: the effective set,
    the findings in the criteria files, or which reference names no file."""

    criteria_set: EffectiveSet | None
    findings: tuple[Finding, ...] = ()
    missing: str | None = None  # "criteria" or "profile"


def _pinned(catalog: Catalog, base_ref: str, profile: str | None, profile_path: Path | None) -> _Pinned:
    base_path = catalog.find(base_ref)
    if base_path is None:
        return _Pinned(None, missing="criteria")
    if profile is None:
        path, ref = base_path, base_ref
    else:
        path = profile_path if profile_path is not None else catalog.find(profile)
        ref = None if profile_path is not None else profile
        if path is None or not path.is_file():
            return _Pinned(None, missing="profile")
    criteria_set, findings = resolve_path(catalog, path, ref)
    return _Pinned(criteria_set, tuple(findings))


def _unknown_set(meta: SourceFile, where: tuple[str | int, ...], ref: str, catalog: Catalog) -> Finding:
    return _at(meta, where, "criteria-unknown-set", ref=ref, candidate=suggest(ref, catalog.available()))


def _at(source: SourceFile, where: tuple[str | int, ...], rule: str, **args: object) -> Finding:
    position = source.document.locate(where)
    return finding(rule, source.file, position.line, position.column, **args)
