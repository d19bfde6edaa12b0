"""JUnit XML, the test report CI services show (GitLab merge requests, Jenkins, Azure): each
dossier is a test suite, each finding a test case that fails when it is at or above `--fail-on`;
a dossier without findings is one passing case."""

from __future__ import annotations

from typing import TextIO
from xml.sax.saxutils import quoteattr

from ntmcli.check import CheckResult, DossierReport
from ntmcli.findings import Finding, Severity
from ntmcli.i18n import t
from ntmcli.output.common import render

_NO_LIMIT = 99


def report(result: CheckResult, lang: str, out: TextIO, *, fail_on: str = "error") -> None:
    limit = _NO_LIMIT if fail_on == "never" else Severity(fail_on).rank
    suites = [_suite(d, lang, limit) for d in result.dossiers]
    tests = sum(s[1] for s in suites)
    failures = sum(s[2] for s in suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="ntm check" tests="{tests}" failures="{failures}" errors="0">\n')
    for text, _, _ in suites:
        out.write(text)
    out.write("</testsuites>\n")


def _suite(dossier: DossierReport, lang: str, limit: int) -> tuple[str, int, int]:
    cases = [_case(dossier, f, lang, limit) for f in dossier.findings]
    if not cases:
        name = t("junit.clean", lang)
        cases = [(f"    <testcase classname={quoteattr(dossier.path)} name={quoteattr(name)}/>\n", False)]
    failures = sum(1 for _, failed in cases if failed)
    head = (f"  <testsuite name={quoteattr(dossier.path)} tests=\"{len(cases)}\" "
            f"failures=\"{failures}\" errors=\"0\" skipped=\"0\">\n")
    return head + "".join(c for c, _ in cases) + "  </testsuite>\n", len(cases), failures


def _case(dossier: DossierReport, finding: Finding, lang: str, limit: int) -> tuple[str, bool]:
    rendered = render(finding, lang)
    name = f"{rendered.location} [{finding.rule}]"
    attrs = (f"classname={quoteattr(dossier.path)} name={quoteattr(name)} "
             f"file={quoteattr(finding.file)} line=\"{finding.line}\"")
    detail = rendered.message + (f"\n{rendered.hint}" if rendered.hint else "")
    if finding.severity.rank >= limit:
        body = (f"      <failure type={quoteattr(finding.rule)} message={quoteattr(rendered.message)}>"
                f"{_text(detail)}</failure>\n")
        return f"    <testcase {attrs}>\n{body}    </testcase>\n", True
    return f"    <testcase {attrs}>\n      <system-out>{_text(detail)}</system-out>\n    </testcase>\n", False


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
