"""The one currency between checks and reporters: a Finding at an exact place in a file.

A finding stores its rule id and message arguments, never rendered text: reporters render it in
the language the user asked for, from the message catalog (`ntmcli.i18n`).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    category: str


def _rules(category: str, severity: Severity, *ids: str) -> dict[str, Rule]:
    return {rule_id: Rule(rule_id, severity, category) for rule_id in ids}


E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO  # N: note (info)

# Stable rule ids: messages live in the catalog under the same key; `ntm explain` reads them.
RULES: dict[str, Rule] = {
    **_rules("file", E, "file-unreadable", "file-too-large", "file-binary", "file-encoding",
             "file-empty"),
    **_rules("file", W, "text-not-nfc"),
    **_rules("yaml", E, "yaml-syntax", "yaml-duplicate-key", "yaml-complex-key",
             "yaml-too-complex", "yaml-unknown-tag"),
    **_rules("yaml", W, "yaml-unquoted-text"),
    **_rules("schema", E, "schema"),
    **_rules("criteria", E, "criteria-unknown-set", "criteria-cycle",
             "criteria-misplaced", "criteria-incomplete", "criteria-duplicate-id",
             "criteria-unknown-id", "criteria-profile-base", "criteria-no-provenance",
             "criteria-unknown-class", "criteria-unknown-source", "criteria-illustrative-figure",
             "criteria-derived", "criteria-special-area", "criteria-count-exceeds",
             "criteria-rules-condition"),
    **_rules("criteria", W, "criteria-illustrative"),
    **_rules("dossier", E, "dossier-unknown-criterion", "dossier-unknown-indicator",
             "dossier-duplicate-criterion", "dossier-duplicate-indicator",
             "dossier-missing-criterion", "dossier-missing-indicator",
             "dossier-not-applicable", "dossier-unknown-class", "dossier-value-kind",
             "dossier-unknown-condition", "dossier-missing-condition",
             "value-ratio-parts", "value-percent-range", "value-percent-mismatch",
             "dossier-criteria-dir", "dossier-unknown-special-area"),
    **_rules("dossier", N, "dossier-special-area"),
    **_rules("dossier", W, "dossier-target-level", "dossier-year-outside", "dossier-stray-file",
             "dossier-name-mismatch", "dossier-no-conditions"),
    **_rules("evidence", E, "evidence-missing-file", "evidence-sha256-mismatch",
             "evidence-outside-dossier"),
    **_rules("evidence", N, "evidence-no-sha256"),
    **_rules("attainment", W, "self-assessment-mismatch", "appraisal-mismatch",
             "indicator-not-met", "condition-not-met", "unit-not-attained",
             "unit-undetermined"),
    **_rules("attainment", N, "indicator-undetermined", "condition-undetermined"),
    **_rules("document", E, "meeting-vote"),
    **_rules("template", E, "template-error", "template-unsafe"),
    **_rules("rollup", E, "rollup-member-missing", "rollup-member-cycle"),
    **_rules("rollup", W, "rollup-member-not-attained", "rollup-stated-mismatch"),
    # hostile input: links out of the dossier, odd numbers and dates
    **_rules("file", E, "file-outside-dossier"),
    **_rules("yaml", W, "yaml-number-form"),
    **_rules("dossier", E, "value-negative"),
    **_rules("dossier", W, "date-in-future", "date-outside-period"),
    **_rules("evidence", E, "evidence-unreadable"),
}


@dataclass(frozen=True)
class Finding:
    """A problem at `file:line:column` (1-based), in the words of rule `rule`."""

    rule: str
    file: str
    line: int
    column: int
    args: tuple[tuple[str, str], ...] = ()
    criterion: str | None = None
    indicator: str | None = None

    @property
    def severity(self) -> Severity:
        return RULES[self.rule].severity

    @property
    def arguments(self) -> dict[str, str]:
        """Message arguments; the criterion and indicator ids are available to every message."""
        ids = {"criterion": self.criterion or "", "indicator": self.indicator or ""}
        return {**ids, **dict(self.args)}

    def sort_key(self) -> tuple[str, int, int, str, tuple[tuple[str, str], ...]]:
        return (self.file, self.line, self.column, self.rule, self.args)


def finding(rule: str, file: str, line: int = 1, column: int = 1, *,
            criterion: str | None = None, indicator: str | None = None,
            **args: object) -> Finding:
    """Build a Finding; arguments become sorted strings so findings stay hashable and stable."""
    if rule not in RULES:
        raise KeyError(f"unregistered rule {rule!r}")
    frozen = tuple(sorted((key, printable(str(value))) for key, value in args.items()))
    return Finding(rule, printable(file), max(line, 1), max(column, 1), frozen, criterion, indicator)


_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text any output can encode. A file name whose bytes are not UTF-8 (a zip made on Windows
    in CP1258) reaches Python with lone surrogates, which no encoder accepts: each such byte is
    written `\\xNN`."""
    return _SURROGATE.sub(_escaped, text) if not text.isascii() else text


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(set(findings), key=Finding.sort_key)


def worst_severity(findings: list[Finding]) -> Severity | None:
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)
