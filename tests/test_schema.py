"""`ntm schema KIND`: a JSON Schema for editors. `jsonschema` is not a dependency, so the structure
is asserted directly: draft, properties, required fields, and every `$ref` resolving."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
from typer.testing import CliRunner

from ntmcli.cli import app

runner = CliRunner()
DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema(kind: str) -> dict[str, Any]:
    result = runner.invoke(app, ["schema", kind], catch_exceptions=False)
    assert result.exit_code == 0
    return json.loads(result.output)


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.mark.parametrize("kind", ["dossier", "criteria", "criterion", "conditions", "any"])
def test_every_kind_prints_a_draft_2020_12_schema_whose_refs_resolve(kind: str) -> None:
    document = schema(kind)
    assert document["$schema"] == DRAFT
    assert document["title"].startswith("ntm")
    for ref in refs(document):
        assert ref.startswith("#/$defs/")
        assert ref.removeprefix("#/$defs/") in document["$defs"], ref


def test_dossier_schema_requires_what_a_dossier_must_say() -> None:
    document = schema("dossier")
    assert document["type"] == "object"
    assert document["additionalProperties"] is False
    assert set(document["required"]) == {"unit", "target_level", "criteria", "year"}
    assert {"classification", "profile", "criteria_dirs", "stage"} <= set(document["properties"])
    unit = document["$defs"]["Unit"]
    assert set(unit["required"]) == {"name", "code", "kind", "province"}
    assert unit["properties"]["code"]["type"] == "string"  # codes are text: leading zeros matter


def test_criterion_schema_describes_entries_and_appraisals() -> None:
    document = schema("criterion")
    assert document["required"] == ["criterion"]
    entry = document["$defs"]["Entry"]
    assert {"id", "value", "numerator", "denominator", "applicable", "self_assessment",
            "evidence"} <= set(entry["properties"])
    verdicts = json.dumps(document["$defs"]["Appraisal"])
    assert all(word in verdicts for word in ("dat", "chua_dat", "co_ban_dat"))


def test_conditions_schema_lists_conditions() -> None:
    document = schema("conditions")
    assert set(document["properties"]) >= {"conditions", "appraisals"}


def test_criteria_schema_uses_the_written_names() -> None:
    document = schema("criteria")
    assert set(document["required"]) == {"id", "version"}
    figure = document["$defs"]["Figure"]
    assert "class" in figure["properties"] and "class_" not in figure["properties"]
    assert "value" in figure["required"]


def test_any_schema_offers_each_dossier_file() -> None:
    document = schema("any")
    assert len(document["anyOf"]) == 3
    assert all("$schema" not in part for part in document["anyOf"])
    required = [set(part.get("required", [])) for part in document["anyOf"]]
    assert {"unit", "criteria"} <= required[0] and required[1] == {"criterion"}


def test_an_unknown_kind_is_a_usage_error() -> None:
    result = runner.invoke(app, ["schema", "hoso"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_the_schema_is_the_same_bytes_every_time() -> None:
    first = runner.invoke(app, ["schema", "any"], catch_exceptions=False).output
    assert runner.invoke(app, ["schema", "any"], catch_exceptions=False).output == first
