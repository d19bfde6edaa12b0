"""Read a dossier folder into validated models, each with its YAML position index.

Reading never evaluates: it only says what is in the files and where it is malformed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from ntmcli.dossier.models import ConditionsFile, CriterionFile, DossierFile
from ntmcli.findings import Finding, finding
from ntmcli.validation import validate
from ntmcli.yamlsource import YamlDocument, load_yaml

DOSSIER_FILE = "dossier.yaml"
CRITERIA_FOLDER = "tieu-chi"
CONDITIONS_FILE = "dieu-kien.yaml"
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

    def file_name(self, relative: str) -> str:
        return f"{self.display}/{relative}" if self.display not in ("", ".") else relative


def is_dossier(folder: Path) -> bool:
    return (folder / DOSSIER_FILE).is_file()


def read_dossier(root: Path, display: str) -> DossierInput:
    dossier = DossierInput(root, display.rstrip("/") or ".")
    dossier.meta = _read(dossier, DOSSIER_FILE, DossierFile, "dossier")
    for relative in _criterion_files(root):
        loaded = _read(dossier, relative, CriterionFile, "criterion")
        if loaded is not None:
            dossier.criteria.append(loaded)
        else:
            dossier.invalid_criteria.setdefault(_criterion_id_guess(root / relative),
                                                dossier.file_name(relative))
    if (root / CONDITIONS_FILE).is_file():
        dossier.conditions = _read(dossier, CONDITIONS_FILE, ConditionsFile, "conditions")
    for relative in _stray_files(root):
        dossier.findings.append(finding("dossier-stray-file", dossier.file_name(relative)))
    return dossier


def _read(dossier: DossierInput, relative: str, model: type[M], kind: str) -> SourceFile[M] | None:
    file = dossier.file_name(relative)
    document, findings = load_yaml(dossier.root / relative, file)
    dossier.findings += findings
    if document is None:
        return None
    validated, more = validate(model, document, kind)
    dossier.findings += more
    return None if validated is None else SourceFile(file, validated, document)


def _criterion_id_guess(path: Path) -> str:
    """Which criterion an unreadable file was meant for: its `criterion:` line, else the
    leading number of its name as `ntm init` writes it (`05-giao-duc.yaml` → "5")."""
    try:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            match = re.match(r"""^criterion:\s*["']?([^"'#\s]+)""", line)
            if match:
                return match.group(1)
    except OSError:
        pass
    number = re.match(r"^0*(\d+)", path.stem)
    return number.group(1) if number else path.stem


def _criterion_files(root: Path) -> list[str]:
    folder = root / CRITERIA_FOLDER
    if not folder.is_dir():
        return []
    return sorted(f"{CRITERIA_FOLDER}/{p.name}" for p in folder.iterdir()
                  if p.suffix in YAML_SUFFIXES and p.is_file())


def _stray_files(root: Path) -> list[str]:
    known = {DOSSIER_FILE, CONDITIONS_FILE}
    return sorted(p.name for p in root.iterdir()
                  if p.suffix in YAML_SUFFIXES and p.is_file() and p.name not in known)
