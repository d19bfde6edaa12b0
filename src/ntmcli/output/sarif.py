"""SARIF 2.1.0 (OASIS), the format code-scanning services read: one run of the tool `ntm`, the
rules it reported, one result per finding with its file, line and column.

A result's `partialFingerprints` hash the rule, file and message arguments but not the line, so a
finding keeps its identity when lines above it move.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from ntmcli import __version__
from ntmcli.check import CheckResult
from ntmcli.findings import RULES, Finding
from ntmcli.output.common import render, write_json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def report(result: CheckResult, lang: str, out: TextIO) -> None:
    write_json(document(result, lang), out)


def document(result: CheckResult, lang: str) -> dict[str, Any]:
    rule_ids = sorted({f.rule for f in result.findings})
    index = {rule: n for n, rule in enumerate(rule_ids)}
    first = {rule: next(f for f in result.findings if f.rule == rule) for rule in rule_ids}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "ntm", "version": __version__,
                                "rules": [_rule(first[rule], lang) for rule in rule_ids]}},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index[f.rule], lang) for f in result.findings],
        }],
    }


def _rule(example: Finding, lang: str) -> dict[str, Any]:
    rendered = render(example, lang)
    return {
        "id": example.rule,
        "shortDescription": {"text": example.rule},
        "help": {"text": rendered.hint or rendered.message},
        "defaultConfiguration": {"level": _LEVEL[example.severity.value]},
        "properties": {"category": _category(example)},
    }


def _category(finding: Finding) -> str:
    return RULES[finding.rule].category


def _result(finding: Finding, rule_index: int, lang: str) -> dict[str, Any]:
    rendered = render(finding, lang)
    text = rendered.message + (f" — {rendered.hint}" if rendered.hint else "")
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity.value],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(finding.file)},
            "region": {"startLine": finding.line, "startColumn": finding.column},
        }}],
        "partialFingerprints": {"ntmFinding/v1": _fingerprint(finding)},
    }


def artifact_uri(file: str) -> str:
    """A relative path stays relative (to the folder ntm ran in); an absolute one is a file: URI."""
    path = PurePosixPath(file)
    if path.is_absolute():
        return "file://" + quote(path.as_posix())
    return quote(path.as_posix())


def _fingerprint(finding: Finding) -> str:
    key = json.dumps([finding.rule, finding.file, finding.criterion, finding.indicator,
                      list(finding.args)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
