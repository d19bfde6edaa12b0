"""Finding criteria-set files: `set@version` → `<dir>/<set>/<version>.yaml` on a search path.

The search path is: folders named by the user (`--criteria-dir`, a dossier's `criteria_dirs`),
then the sets shipped with ntm. The first folder that has the file wins, so a province can keep
a corrected copy of a national set next to its profiles.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ntmcli.criteria.models import SET_REF_PATTERN, CriteriaSetFile
from ntmcli.findings import Finding, finding
from ntmcli.validation import validate
from ntmcli.yamlsource import YamlDocument, load_yaml

_REF = re.compile(SET_REF_PATTERN)
SHIPPED_LABEL = "criteria"
RULES_FOLDER = "_rules"


@lru_cache(maxsize=1)
def shipped_criteria_dir() -> Path:
    """The criteria folder packaged in the wheel, or the repository's when run from a checkout."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_data" / "criteria"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "criteria"


def parse_ref(ref: str) -> tuple[str, str] | None:
    if not isinstance(ref, str) or not _REF.match(ref):
        return None
    set_id, version = ref.split("@", 1)
    return set_id, version


def display_path(path: Path) -> str:
    """A stable, readable name: shipped files as criteria/…, others relative to the cwd."""
    resolved = path.resolve()
    shipped = shipped_criteria_dir().resolve()
    if resolved.is_relative_to(shipped):
        return f"{SHIPPED_LABEL}/{resolved.relative_to(shipped).as_posix()}"
    try:
        return Path(os.path.relpath(resolved)).as_posix()
    except ValueError:  # another drive on Windows
        return resolved.as_posix()


@dataclass(frozen=True)
class LoadedLayer:
    ref: str
    path: Path
    file: str
    model: CriteriaSetFile
    document: YamlDocument
    sha256: str


@lru_cache(maxsize=256)
def _search_path(extra: tuple[Path, ...], _cwd: str) -> tuple[Path, ...]:
    """The folders resolved and without repeats; once per working directory, since every
    dossier of a repository asks for the same few."""
    ordered: list[Path] = []
    for folder in [*extra, shipped_criteria_dir()]:
        folder = folder.resolve()
        if folder not in ordered:
            ordered.append(folder)
    return tuple(ordered)


@dataclass(frozen=True)
class Catalog:
    dirs: tuple[Path, ...]

    @classmethod
    def with_dirs(cls, extra: list[Path] | tuple[Path, ...] = ()) -> Catalog:
        return cls(_search_path(tuple(extra), os.getcwd()))

    def find(self, ref: str) -> Path | None:
        parsed = parse_ref(ref)
        if parsed is None:
            return None
        for folder in self.dirs:
            candidate = folder / parsed[0] / f"{parsed[1]}.yaml"
            if candidate.is_file():
                return candidate
        return None

    def available(self) -> list[str]:
        """Every `set@version` on the search path, sorted. Folders whose name starts with `_`
        hold other data (`_rules/`: recognition and revocation rules), never sets."""
        refs: set[str] = set()
        for folder in self.dirs:
            if folder.is_dir():
                for file in folder.glob("*/*.yaml"):
                    if not file.parent.name.startswith("_"):
                        refs.add(f"{file.parent.name}@{file.stem}")
        return sorted(refs)

    def rule_files(self) -> list[Path]:
        """The rule files (`_rules/*.yaml`) on the search path; a name found in an earlier
        folder hides the same name in a later one, as for sets."""
        found: dict[str, Path] = {}
        for folder in self.dirs:
            for file in sorted((folder / RULES_FOLDER).glob("*.yaml")):
                found.setdefault(file.name, file)
        return [found[name] for name in sorted(found)]


def load_layer(path: Path, expected_ref: str | None) -> tuple[LoadedLayer | None, list[Finding]]:
    """Load one criteria file; `expected_ref` is the ref it was found under, if any.

    Many dossiers pin the same sets, so a file is read once per process — again only if it
    changed (the key holds its size and time) or the working folder changed (names shown
    relative to it)."""
    resolved = path.resolve()
    try:
        stat = resolved.stat()
        version = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        version = (0, -1)
    return _load_layer_cached(resolved, expected_ref, version, os.getcwd())


@lru_cache(maxsize=256)
def _load_layer_cached(path: Path, expected_ref: str | None, _version: tuple[int, int],
                       _cwd: str) -> tuple[LoadedLayer | None, list[Finding]]:
    file = display_path(path)
    document, findings = load_yaml(path, file)
    if document is None:
        return None, findings
    model, more = validate(CriteriaSetFile, document, "criteria")
    findings = findings + more
    if model is None:
        return None, findings
    ref = f"{model.id}@{model.version}"
    if expected_ref is not None and ref != expected_ref:
        position = document.locate(("id",))
        findings.append(finding("criteria-misplaced", file, position.line, position.column,
                                declared=ref, expected=expected_ref))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return LoadedLayer(ref, path, file, model, document, digest), findings
