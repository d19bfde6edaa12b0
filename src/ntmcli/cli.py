"""The `ntm` command line: each command parses its options and calls one function.

Heavy modules (pydantic models, rich, jinja2) are imported inside the commands that need them, so
`ntm check` starts fast on every commit.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import NoReturn, Optional

import typer

from ntmcli import __version__
from ntmcli.i18n import UnknownLanguage, resolve_lang, t

ISSUES_URL = "README.md#bao-loi--reporting-bugs"

app = typer.Typer(
    name="ntm",
    help="Kiểm tra hồ sơ nông thôn mới và tính mức độ đạt chuẩn. "
         "Validate New Rural Development (NTM) dossiers and compute attainment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(str, enum.Enum):
    text = "text"
    json = "json"
    github = "github"


class FailOn(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class SchemaKind(str, enum.Enum):
    criteria = "criteria"
    dossier = "dossier"
    criterion = "criterion"
    conditions = "conditions"
    any = "any"


LangOption = typer.Option(None, "--lang", help="Ngôn ngữ / language: vi, en (mặc định $NTM_LANG, vi)")
CriteriaDirOption = typer.Option(
    [], "--criteria-dir", help="Thư mục bộ tiêu chí bổ sung (lặp lại được) / extra criteria folder")


def _fail(message: str, lang: str) -> NoReturn:
    typer.echo(f"ntm: {t('error.prefix', lang)}: {message}", err=True)
    raise typer.Exit(2)


def _lang(option: str | None) -> str:
    try:
        return resolve_lang(option)
    except UnknownLanguage as err:
        _fail(t("error.bad_lang", "vi", lang=err.args[0]), "vi")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ntm {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="In phiên bản / show the version")) -> None:
    """ntm — hồ sơ nông thôn mới / New Rural Development dossiers."""


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="Thư mục hồ sơ (có dossier.yaml) hoặc thư mục chứa nhiều hồ sơ"),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               help="text | json | github"),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on",
                                   help="Mã thoát 1 khi có phát hiện từ mức này / exit 1 from this severity"),
    criteria_dir: list[Path] = CriteriaDirOption,
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Tô màu / colour output"),
    lang: Optional[str] = LangOption,
) -> None:
    """Kiểm tra hồ sơ và tính mức độ đạt chuẩn / check dossiers and compute attainment."""
    language = _lang(lang)
    from ntmcli.check import UsageError, run_check

    try:
        result = run_check(list(paths), list(criteria_dir))
    except UsageError as err:
        _fail(t(err.key, language, **err.args_), language)
    _write_report(result, output_format.value, language, color)
    raise typer.Exit(result.exit_code(fail_on.value))


def _write_report(result: object, output_format: str, lang: str, color: bool | None) -> None:
    if output_format == "json":
        from ntmcli.output import json_ as reporter
    elif output_format == "github":
        from ntmcli.output import github as reporter  # type: ignore[no-redef]
    else:
        from ntmcli.output import text

        text.report(result, lang, sys.stdout, color=color)  # type: ignore[arg-type]
        return
    reporter.report(result, lang, sys.stdout)  # type: ignore[arg-type]


@app.command()
def init(
    folder: Path = typer.Argument(..., help="Thư mục hồ sơ mới / new dossier folder"),
    criteria: str = typer.Option(..., "--criteria", help="Bộ tiêu chí set@version, ví dụ xa-ntm-nang-cao@2021-2025"),
    profile: Optional[str] = typer.Option(None, "--profile", help="Bộ tiêu chí của tỉnh (set@version)"),
    name: str = typer.Option("Xã ...", "--name", help="Tên đơn vị / unit name"),
    code: str = typer.Option("00000", "--code", help="Mã đơn vị hành chính / administrative code"),
    province: str = typer.Option("Tỉnh ...", "--province", help="Tỉnh / province"),
    classification: Optional[str] = typer.Option(None, "--classification", help="Vùng hoặc nhóm / region or group"),
    year: int = typer.Option(2025, "--year", help="Năm đánh giá / assessment year"),
    criteria_dir: list[Path] = CriteriaDirOption,
    lang: Optional[str] = LangOption,
) -> None:
    """Tạo khung hồ sơ đầy đủ cho một bộ tiêu chí / scaffold a complete dossier."""
    language = _lang(lang)
    from ntmcli.check import UsageError
    from ntmcli.scaffold import ScaffoldRequest, scaffold

    request = ScaffoldRequest(folder, criteria, profile, name, code, province, classification,
                              year, tuple(criteria_dir))
    try:
        written = scaffold(request)
    except UsageError as err:
        _fail(t(err.key, language, **err.args_), language)
    ref = profile or criteria
    typer.echo(t("init.done", language, path=folder.as_posix(), files=written, ref=ref))
    typer.echo(t("init.next", language, path=folder.as_posix()))


criteria_app = typer.Typer(help="Bộ tiêu chí / criteria sets", no_args_is_help=True)
app.add_typer(criteria_app, name="criteria")


@criteria_app.command("list")
def criteria_list(criteria_dir: list[Path] = CriteriaDirOption,
                  lang: Optional[str] = LangOption) -> None:
    """Liệt kê bộ tiêu chí và mức độ đầy đủ / list sets and how complete they are."""
    language = _lang(lang)
    from ntmcli.criteria.catalog import Catalog
    from ntmcli.criteria.lint import lint

    summaries, _ = lint(Catalog.with_dirs(_existing_dirs(criteria_dir, language)), strict=False)
    for s in summaries:
        documents = ", ".join(s.documents) or "—"
        typer.echo(t("criteria.list.row", language, ref=s.ref, title=s.title or "—",
                     documents=documents, established=s.established, figures=s.figures,
                     extends=s.extends or "—"))
        if not s.valid:
            typer.echo("    " + t("criteria.list.invalid", language))


@criteria_app.command("lint")
def criteria_lint(strict: bool = typer.Option(False, "--strict", help="Nghiêm ngặt / strict"),
                  criteria_dir: list[Path] = CriteriaDirOption,
                  lang: Optional[str] = LangOption) -> None:
    """Kiểm tra bộ tiêu chí: nguồn, mã, extends / check sets: provenance, ids, extends."""
    language = _lang(lang)
    from ntmcli.criteria.catalog import Catalog
    from ntmcli.criteria.lint import lint
    from ntmcli.output.common import render, severity_word

    summaries, findings = lint(Catalog.with_dirs(_existing_dirs(criteria_dir, language)),
                               strict=strict)
    for f in findings:
        rendered = render(f, language)
        typer.echo(f"{rendered.location}: {severity_word(f, language)} [{f.rule}] {rendered.message}")
    errors = sum(1 for f in findings if f.severity.value == "error")
    typer.echo(t("criteria.lint.summary", language, sets=len(summaries), errors=errors,
                 findings=len(findings)))
    raise typer.Exit(1 if errors else 0)


def _existing_dirs(folders: list[Path], lang: str) -> list[Path]:
    for folder in folders:
        if not folder.is_dir():
            _fail(t("error.criteria_dir", lang, path=folder), lang)
    return folders


@app.command()
def schema(
    kind: SchemaKind = typer.Argument(..., help="criteria | dossier | criterion | conditions | any"),
) -> None:
    """In JSON Schema cho trình soạn thảo / print a JSON Schema for editors."""
    from ntmcli.schema import schema_json

    typer.echo(schema_json(kind.value))


def main() -> None:
    """Entry point: no traceback ever reaches the user; an internal error exits 2."""
    # Pydantic looks up plugins through package metadata on first use (~15 ms); ntm's
    # validation has no use for them.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as err:  # noqa: BLE001 - the last line of defence
        lang = _safe_lang()
        detail = str(err).splitlines()[0][:200] if str(err) else ""
        typer.echo("ntm: " + t("error.internal", lang, kind=type(err).__name__, detail=detail,
                               url=ISSUES_URL), err=True)
        sys.exit(2)


def _safe_lang() -> str:
    """The language for a last-resort message: --lang if given and valid, else the default."""
    argv = sys.argv[1:]
    explicit = next((a.split("=", 1)[1] for a in argv if a.startswith("--lang=")), None)
    if explicit is None and "--lang" in argv[:-1]:
        explicit = argv[argv.index("--lang") + 1]
    try:
        return resolve_lang(explicit)
    except UnknownLanguage:
        return "vi"
