"""What every reporter needs: findings rendered as text in the chosen language."""

from __future__ import annotations

from dataclasses import dataclass

from ntmcli.findings import Finding
from ntmcli.i18n import finding_hint, finding_message, t


@dataclass(frozen=True)
class RenderedFinding:
    finding: Finding
    message: str
    hint: str

    @property
    def location(self) -> str:
        f = self.finding
        return f"{f.file}:{f.line}:{f.column}"


def render(finding: Finding, lang: str) -> RenderedFinding:
    args = finding.arguments
    return RenderedFinding(finding, finding_message(finding.rule, args, lang),
                           finding_hint(finding.rule, args, lang))


def severity_word(finding: Finding, lang: str) -> str:
    return t(f"severity.{finding.severity.value}", lang)
