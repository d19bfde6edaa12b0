"""JSON Schemas of ntm's file formats, for editors (yaml-language-server) and other validators."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ntmcli.criteria.models import CriteriaSetFile
from ntmcli.dossier.models import ConditionsFile, CriterionFile, DocumentsFile, DossierFile

_MODELS: dict[str, type[BaseModel]] = {
    "criteria": CriteriaSetFile,
    "dossier": DossierFile,
    "criterion": CriterionFile,
    "conditions": ConditionsFile,
    "documents": DocumentsFile,
}
_TITLES = {
    "criteria": "ntm: bộ tiêu chí / criteria set",
    "dossier": "ntm: dossier.yaml",
    "criterion": "ntm: tệp tiêu chí / criterion file (tieu-chi/*.yaml)",
    "conditions": "ntm: dieu-kien.yaml",
    "documents": "ntm: van-ban.yaml (ntm report)",
    "any": "ntm: any dossier file (dossier.yaml, tieu-chi/*.yaml, dieu-kien.yaml)",
}
KINDS = (*_MODELS, "any")


def schema(kind: str) -> dict[str, Any]:
    if kind == "any":
        parts = [schema(name) for name in ("dossier", "criterion", "conditions")]
        defs: dict[str, Any] = {}
        for part in parts:
            defs.update(part.pop("$defs", {}))
            part.pop("$schema", None)
        out: dict[str, Any] = {"anyOf": parts, "$defs": defs}
    else:
        out = _MODELS[kind].model_json_schema(by_alias=True)
    out["title"] = _TITLES[kind]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **out}


def schema_json(kind: str) -> str:
    return json.dumps(schema(kind), ensure_ascii=False, indent=2, sort_keys=True)
