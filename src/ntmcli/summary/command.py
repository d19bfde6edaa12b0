"""`ntm summary REPO`: check every dossier (as `ntm check` does, roll-ups included) and lay the
overview out in the chosen format, on standard output or into `--output`."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from ntmcli.check import CheckOptions, UsageError, run_check
from ntmcli.i18n import UnknownLanguage, resolve_lang, t
from ntmcli.repo.command import language, report_failure, terminal_progress
from ntmcli.repo.config import find_config
from ntmcli.repo.writer import write_output
from ntmcli.summary.model import Summary, summarise

FORMATS = ("text", "json", "csv", "html")


@dataclass(frozen=True)
class SummaryRequest:
    paths: list[Path]
    output_format: str
    output: Path | None
    force: bool
    criteria_dirs: list[Path]
    lang: str | None
    jobs: int | None


def summary_command(request: SummaryRequest) -> int:
    try:
        lang = resolve_lang(request.lang)
        config = find_config(request.paths)
        lang = language(request.lang, config)
        with terminal_progress(sys.stderr, lang) as progress:
            result = run_check(request.paths, request.criteria_dirs,
                               CheckOptions(request.jobs, progress=progress, config=config))
        text = render(summarise(result), request.output_format, lang)
        if request.output is None:
            sys.stdout.write(text)
        else:
            encoding = "utf-8-sig" if request.output_format == "csv" else "utf-8"  # Excel reads the BOM
            write_output(request.output, text.encode(encoding), force=request.force)
    except UsageError as problem:
        return report_failure(sys.stderr, t(problem.key, lang, **problem.args_), lang)
    except UnknownLanguage as bad:
        return report_failure(sys.stderr, t("error.bad_lang", "vi", lang=bad.args[0]), "vi")
    return 0


def render(summary: Summary, output_format: str, lang: str) -> str:
    from ntmcli.summary import formats

    out = io.StringIO()
    if output_format == "html":
        from ntmcli.summary.html import write_html

        write_html(summary, lang, out)
    else:
        writer = {"json": formats.write_json, "csv": formats.write_csv}.get(output_format, formats.write_text)
        writer(summary, lang, out)
    return out.getvalue()
