"""Read a dossier folder into validated models, each with its YAML position index.

Reading never evaluates: it only says what is in the files and where it is malformed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from ntmcli.dossier.documents import check_documents
from ntmcli.dossier.models import (
    ConditionsFile,
    CriterionFile,
    DocumentsFile,
    DossierFile,
)
from ntmcli.findings import Finding, finding
from ntmcli.paths import FILE, FOLDER, FolderListing, inside
from ntmcli.validation import validate
from ntmcli.yamlsource import MAX_BYTES, YamlDocument, load_yaml

DOSSIER_FILE = "dossier.yaml"
CRITERIA_FOLDER = "tieu-chi"
CONDITIONS_FILE = "dieu-kien.yaml"
DOCUMENTS_FILE = "van-ban.yaml"
EVIDENCE_FOLDER = "minh-chung"
YAML_SUFFIXES = (".yaml", ".yml")

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class SourceFile(Generic[M]):
    """A validated file: its model, its positions and the name findings use for it."""

    file: str
    model: M
    document: YamlDocument


@dataclass
class DossierInput:
    root: Path
    display: str
    meta: SourceFile[DossierFile] | None = None
    criteria: list[SourceFile[CriterionFile]] = field(default_factory=list)
    conditions: SourceFile[ConditionsFile] | None = None
    invalid_criteria: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    documents: SourceFile[DocumentsFile] | None = None
    listing: FolderListing | None = None  # what the folder holds, shared by every check of it

    def file_name(self, relative: str) -> str:
        return f"{self.display}/{relative}" if self.display not in ("", ".") else relative


def is_dossier(folder: Path) -> bool:
    return (folder / DOSSIER_FILE).is_file()


def read_dossier(root: Path, display: str) -> DossierInput:
    dossier = DossierInput(root, display.rstrip("/") or ".")
    dossier.listing = listing = FolderListing(str(_resolved(root)))
    dossier.meta = _read(dossier, DOSSIER_FILE, DossierFile, "dossier")
    for relative in _criterion_files(root, listing):
        loaded = _read(dossier, relative, CriterionFile, "criterion")
        if loaded is not None:
            dossier.criteria.append(loaded)
        else:
            dossier.invalid_criteria.setdefault(_criterion_id_guess(root, relative),
                                                dossier.file_name(relative))
    top = listing.entries()
    listed = (CONDITIONS_FILE in top) if top is not None else os.path.lexists(root / CONDITIONS_FILE)
    if listed:  # a pipe or a broken link is reported, not skipped
        dossier.conditions = _read(dossier, CONDITIONS_FILE, ConditionsFile, "conditions")
    if _is_file(root, DOCUMENTS_FILE, top):
        dossier.documents = read_documents(dossier)
    for relative in _stray_files(root, top):
        dossier.findings.append(finding("dossier-stray-file", dossier.file_name(relative)))
    return dossier


def _read(dossier: DossierInput, relative: str, model: type[M], kind: str) -> SourceFile[M] | None:
    file = dossier.file_name(relative)
    link = link_out_of(dossier.root, relative, dossier.listing)
    if link is not None:
        dossier.findings.append(finding("file-outside-dossier", file, target=link))
        return None
    listed = dossier.listing is not None and dossier.listing.plain_file(relative)
    document, findings = load_yaml(dossier.root / relative, file, listed=listed)
    dossier.findings += findings
    if document is None:
        return None
    validated, more = validate(model, document, kind)
    dossier.findings += more
    return None if validated is None else SourceFile(file, validated, document)


def read_documents(dossier: DossierInput) -> SourceFile[DocumentsFile] | None:
    """van-ban.yaml: what the official documents need (numbering, signer, the meeting)."""
    source = _read(dossier, DOCUMENTS_FILE, DocumentsFile, "documents")
    if source is not None:
        dossier.findings += check_documents(source)
    return source


def _resolved(root: Path) -> Path:
    return _resolved_in(root, os.getcwd())


@lru_cache(maxsize=64)
def _resolved_in(root: Path, _cwd: str) -> Path:
    """A dossier folder, resolved once per folder and working directory (asked per file)."""
    return root.resolve()


def link_out_of(root: Path, relative: str, listing: FolderListing | None = None) -> str | None:
    """`link → target` when `root/relative` is, or lies under, a symbolic link leading out of
    the dossier; None when it stays inside. ntm never reads outside a dossier: a shared
    repository must not make it read (and show) another folder of the machine."""
    if listing is not None and listing.plain_file(relative):
        return None
    try:
        if inside(_resolved(root), relative) is not None:
            return None
    except (OSError, RuntimeError):  # a link loop: reading the file says so
        return None
    parts = Path(relative).parts
    for end in range(1, len(parts) + 1):
        step = root.joinpath(*parts[:end])
        if step.is_symlink():
            return f"{Path(*parts[:end]).as_posix()} → {os.readlink(step)}"
    return relative


def _criterion_id_guess(root: Path, relative: str) -> str:
    """Which criterion an unreadable file was meant for: its `criterion:` line, else the
    leading number of its name as `ntm init` writes it (`05-giao-duc.yaml` → "5")."""
    for line in _head_text(root, relative).splitlines():
        match = re.match(r"""^criterion:\s*["']?([\w.-]+)["']?\s*(?:#.*)?$""", line)
        if match:
            return match.group(1)
    stem = Path(relative).stem
    number = re.match(r"^0*(\d+)", stem)
    return number.group(1) if number else stem


def _head_text(root: Path, relative: str) -> str:
    """The start of a file, if ntm may read it at all (a regular file inside the dossier)."""
    path = root / relative
    if not path.is_file() or link_out_of(root, relative) is not None:
        return ""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def is_yaml_name(name: str) -> bool:
    """A YAML file of the dossier: `.yaml` or `.yml` in any letter case (Windows tools write
    `.YAML`); hidden files (`._x.yaml` left by macOS on USB drives) are not part of it."""
    return not name.startswith(".") and Path(name).suffix.lower() in YAML_SUFFIXES


def _criterion_files(root: Path, listing: FolderListing) -> list[str]:
    """Every YAML entry of tieu-chi/ but folders: a broken link or a pipe is reported when read,
    never skipped in silence."""
    folder = root / CRITERIA_FOLDER
    entries = listing.entries(CRITERIA_FOLDER)
    if entries is None:  # absent, a link, unreadable: ask the file system
        if not folder.is_dir():
            return []
        entries = {p.name: "" for p in folder.iterdir()}
    return sorted(f"{CRITERIA_FOLDER}/{name}" for name, kind in entries.items()
                  if is_yaml_name(name) and kind != FOLDER
                  and (kind == FILE or not (folder / name).is_dir()))


def _stray_files(root: Path, top: dict[str, str] | None) -> list[str]:
    known = {DOSSIER_FILE, CONDITIONS_FILE, DOCUMENTS_FILE}
    names = top if top is not None else {p.name: "" for p in root.iterdir()}
    return sorted(name for name in names
                  if is_yaml_name(name) and name not in known and _is_file(root, name, top))


def _is_file(root: Path, name: str, top: dict[str, str] | None) -> bool:
    """`Path.is_file()` (a link to a file counts), answered from the listing when it can."""
    kind = top.get(name) if top is not None else None
    return kind == FILE or (kind != FOLDER and (top is None or kind is not None)
                            and (root / name).is_file())
