"""Recognition and revocation rules (`criteria/_rules/<id>.yaml`), e.g. QĐ 18/2022/QĐ-TTg.

A rule file is not a criteria set: it says which sets it governs (`applies_to`), which
recognition conditions those sets must carry, and when a recognised unit loses its recognition
(the share of criteria no longer met, the critical criteria, the share of member communes
revoked). `ntmcli.evaluate.revocation` applies it to a unit's result; `ntm criteria lint` checks
it; the catalogue never lists it as a set (folders starting with `_` hold no sets).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ntmcli.criteria.catalog import Catalog, display_path
from ntmcli.criteria.models import SET_REF_PATTERN, Confidence, Level, Source, UnitKind
from ntmcli.findings import Finding
from ntmcli.validation import validate
from ntmcli.yamlsource import YamlDocument, load_yaml

SetRef = Annotated[str, Field(pattern=SET_REF_PATTERN)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)


class RequiredCondition(_Strict):
    """A condition of recognition every governed set must declare (by condition id)."""

    id: str
    wording: str
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class Recognition(_Strict):
    unit_kind: UnitKind
    levels: list[Level] = Field(default_factory=list)
    conditions: list[RequiredCondition] = Field(default_factory=list)


class ShareBand(_Strict):
    """Percent bounds: `at_least` inclusive, `below` exclusive (as the law words them)."""

    at_least: float | None = Field(None, ge=0, le=100)
    below: float | None = Field(None, gt=0, le=100)


class RevocationCase(_Strict):
    id: str
    wording: str = Field(description="Lời văn của trường hợp thu hồi")
    criteria_share: ShareBand | None = Field(None, description="Tỷ lệ tiêu chí không còn đạt")
    members_share: ShareBand | None = Field(None, description="Tỷ lệ xã bị thu hồi công nhận")
    requires_critical: bool = Field(False, description="Trong đó có một tiêu chí then chốt")
    source: str | None = None
    confidence: Confidence | None = None


class Boundary(_Strict):
    """A share at which the sources do not settle which side a bound falls on."""

    share: float = Field(ge=0, le=100)
    note: str
    source: str | None = None


class Revocation(_Strict):
    id: str
    unit_kind: UnitKind
    levels: list[Level] = Field(default_factory=list)
    critical_criteria: list[str] = Field(default_factory=list,
                                         description="Tên các tiêu chí then chốt, theo lời văn")
    cases: list[RevocationCase] = Field(default_factory=list)
    unsettled: list[Boundary] = Field(default_factory=list)
    source: str | None = None
    confidence: Confidence | None = None
    note: str | None = None


class RulesFile(_Strict):
    schema_version: Literal[1] = 1
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str | None = None
    document: str | None = None
    date: dt.date | None = None
    applies_to: list[SetRef] = Field(default_factory=list, description="Các bộ tiêu chí chịu quy định này")
    sources: list[Source] = Field(default_factory=list)
    recognition: list[Recognition] = Field(default_factory=list)
    revocation: list[Revocation] = Field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class LoadedRules:
    file: str
    model: RulesFile
    document: YamlDocument

    def governs(self, refs: tuple[str, ...]) -> bool:
        return any(ref in self.model.applies_to for ref in refs)

    def revocation_for(self, unit_kind: str, level: str) -> Revocation | None:
        return next((r for r in self.model.revocation
                     if r.unit_kind == unit_kind and (not r.levels or level in r.levels)), None)

    def recognition_for(self, unit_kind: str | None, level: str | None) -> Recognition | None:
        return next((r for r in self.model.recognition
                     if r.unit_kind == unit_kind and (not r.levels or level in r.levels)), None)

    def source(self, source_id: str | None) -> Source | None:
        return next((s for s in self.model.sources if s.id == source_id), None)


def load_rules(catalog: Catalog) -> tuple[list[LoadedRules], list[Finding]]:
    """Every rule file on the search path, validated; broken ones are findings."""
    loaded: list[LoadedRules] = []
    findings: list[Finding] = []
    for path in catalog.rule_files():
        file = display_path(path)
        document, more = load_yaml(path, file)
        findings += more
        if document is None:
            continue
        model, more = validate(RulesFile, document, "criteria")
        findings += more
        if model is not None:
            loaded.append(LoadedRules(file, model, document))
    return loaded, findings


def rules_for(catalog: Catalog, layer_refs: tuple[str, ...]) -> LoadedRules | None:
    """The rules governing a set, from any of its layers (a provincial profile is governed by
    the rules of the national set it extends)."""
    rules, _ = load_rules(catalog)
    return next((r for r in rules if r.governs(layer_refs)), None)


def plain_name(name: str | None) -> str:
    """A criterion name compared as words: case, composition and punctuation aside, so the
    law's "Hệ thống chính trị - An ninh, trật tự - Hành chính công" names the set's "Hệ thống
    chính trị - An ninh trật tự - Hành chính công"."""
    text = unicodedata.normalize("NFC", name or "").casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
