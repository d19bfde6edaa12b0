"""`ntm check` from its options to its exit code: settings from the command line, then
`NTM_LANG`, then `ntm.toml`; a progress bar on a terminal; the report in the chosen format."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ntmcli.check import CheckOptions, CheckResult, UsageError, run_check
from ntmcli.i18n import ENV_VAR, UnknownLanguage, resolve_lang, t
from ntmcli.repo.config import RepoConfig, find_config
from ntmcli.repo.progress import ProgressBar

if TYPE_CHECKING:
    from ntmcli.output.text import PlainStream


@dataclass(frozen=True)
class CheckRequest:
    paths: list[Path]
    output_format: str
    fail_on: str | None
    criteria_dirs: list[Path]
    color: bool | None
    lang: str | None
    jobs: int | None
    changed_since: str | None
    changed_files: bool


def check_command(request: CheckRequest) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        lang = resolve_lang(request.lang)
        config = find_config(request.paths)
        lang = language(request.lang, config)
        stream = plain_stream(request.output_format, lang, request.color, out)
        options = CheckOptions(request.jobs, request.changed_since, request.changed_files, None, config,
                               stream.dossier if stream else None)
        with terminal_progress(err, lang) as progress:
            result = run_check(request.paths, request.criteria_dirs, replace(options, progress=progress))
    except UsageError as problem:
        return report_failure(err, t(problem.key, lang, **problem.args_), lang)
    except UnknownLanguage as bad:
        return report_failure(err, t("error.bad_lang", "vi", lang=bad.args[0]), "vi")
    fail_on = request.fail_on or (config.fail_on if config else None) or "error"
    if stream:
        stream.finish(result)
    else:
        write_report(result, request.output_format, lang, request.color, fail_on, out)
    return result.exit_code(fail_on)


def plain_stream(output_format: str, lang: str, color: bool | None, out: TextIO) -> PlainStream | None:
    """The plain text report, written as each dossier is judged; None for other formats and on
    a terminal (written at the end, see write_report)."""
    if resolve_format(output_format) != "text":
        return None
    from ntmcli.output import text

    return text.plain_stream(lang, out, color=color)


def language(option: str | None, config: RepoConfig | None) -> str:
    """--lang, else $NTM_LANG, else ntm.toml, else Vietnamese."""
    if option or os.environ.get(ENV_VAR) or config is None:
        return resolve_lang(option)
    return resolve_lang(config.lang)


def report_failure(err: TextIO, message: str, lang: str) -> int:
    """A usage or configuration error: one line on standard error, exit code 2."""
    err.write(f"ntm: {t('error.prefix', lang)}: {message}\n")
    return 2


@contextmanager
def terminal_progress(err: TextIO, lang: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar when standard error is a terminal, nothing otherwise (CI logs, pipes)."""
    bar = ProgressBar(err, lang) if _is_terminal(err) else None
    try:
        yield bar.update if bar else None
    finally:
        if bar:
            bar.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def resolve_format(output_format: str) -> str:
    """`auto`: annotations under GitHub Actions, else the human report (coloured on a terminal)."""
    if output_format != "auto":
        return output_format
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def write_report(result: CheckResult, output_format: str, lang: str, color: bool | None,
                 fail_on: str, out: TextIO) -> None:
    chosen = resolve_format(output_format)
    if chosen == "json":
        from ntmcli.output import json_

        json_.report(result, lang, out)
    elif chosen == "github":
        from ntmcli.output import github

        github.report(result, lang, out)
    elif chosen == "junit":
        from ntmcli.output import junit

        junit.report(result, lang, out, fail_on=fail_on)
    elif chosen == "sarif":
        from ntmcli.output import sarif

        sarif.report(result, lang, out)
    else:
        from ntmcli.output import text

        text.report(result, lang, out, color=color)
