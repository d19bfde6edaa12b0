"""GitHub Actions workflow commands: one annotation per finding, shown on the changed lines."""

from __future__ import annotations

from typing import TextIO

from ntmcli.check import CheckResult
from ntmcli.output.common import render

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def report(result: CheckResult, lang: str, out: TextIO) -> None:
    for finding in result.findings:
        rendered = render(finding, lang)
        message = rendered.message + (f" — {rendered.hint}" if rendered.hint else "")
        props = ",".join([f"file={_escape(finding.file, prop=True)}", f"line={finding.line}",
                          f"col={finding.column}", f"title={_escape('ntm ' + finding.rule, prop=True)}"])
        out.write(f"::{_LEVEL[finding.severity.value]} {props}::{_escape(message)}\n")
