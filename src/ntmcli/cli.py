"""The `ntm` command line: each command parses its options and calls one function.

Heavy modules (pydantic models, rich, jinja2) are imported inside the commands that need them, so
`ntm check` starts fast on every commit. No `from __future__ import annotations` here: typer reads
every command's annotations at each run, and text annotations would have to be compiled first.
"""

import enum
import gc
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import NoReturn, Optional

import typer

from ntmcli import __version__
from ntmcli.i18n import UnknownLanguage, resolve_lang, t
from ntmcli.startup import disable_pydantic_plugins

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
    junit = "junit"
    sarif = "sarif"
    auto = "auto"


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
    documents = "documents"
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
    _check_clock()


def _check_clock() -> None:
    """A bad $NTM_TODAY is a usage error of every command, said before any work."""
    from ntmcli.clock import BadClock, today

    try:
        today()
    except BadClock as err:
        lang = _safe_lang()
        _fail(t("error.bad_today", lang, value=err.args[0]), lang)


@app.command()
def check(
    paths: list[Path] = typer.Argument(..., help="Thư mục hồ sơ (có dossier.yaml) hoặc thư mục chứa nhiều hồ sơ"),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               help="text | json | github | junit | sarif | auto"),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on",
                                             help="Mã thoát 1 khi có phát hiện từ mức này (mặc định error) "
                                                  "/ exit 1 from this severity (default error)"),
    criteria_dir: list[Path] = CriteriaDirOption,
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Tô màu / colour output"),
    lang: Optional[str] = LangOption,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=0,
                                       help="Số tiến trình song song (0 = mọi lõi, mặc định) / parallel workers"),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", metavar="REF",
                                                help="Chỉ hồ sơ bị ảnh hưởng bởi thay đổi từ git REF "
                                                     "/ only dossiers affected by changes since REF"),
    changed_files: bool = typer.Option(False, "--changed-files",
                                       help="PATHS là các tệp đã đổi (pre-commit) / PATHS are changed files"),
) -> None:
    """Kiểm tra hồ sơ và tính mức độ đạt chuẩn / check dossiers and compute attainment."""
    from ntmcli.repo.changes import scan_early  # light: git scans while the checker imports

    with scan_early(changed_since, list(paths)):
        from ntmcli.repo.command import CheckRequest, check_command

        request = CheckRequest(list(paths), output_format.value, fail_on.value if fail_on else None,
                               list(criteria_dir), color, lang, jobs, changed_since, changed_files)
        raise typer.Exit(check_command(request))


class SummaryFormat(str, enum.Enum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


@app.command()
def summary(
    paths: list[Path] = typer.Argument(..., help="Kho hồ sơ (thư mục) / dossier repository folder"),
    output_format: SummaryFormat = typer.Option(SummaryFormat.text, "--format", "-f",
                                                help="text | json | csv | html"),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Ghi vào tệp (không ghi đè nếu thiếu --force) / write to a file"),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có / overwrite an existing file"),
    criteria_dir: list[Path] = CriteriaDirOption,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=0, help="Số tiến trình song song / workers"),
    lang: Optional[str] = LangOption,
) -> None:
    """Tổng hợp kho hồ sơ: bảng, JSON, CSV, HTML / overview of a dossier repository."""
    from ntmcli.summary.command import SummaryRequest, summary_command

    raise typer.Exit(summary_command(SummaryRequest(list(paths), output_format.value, output, force,
                                                    list(criteria_dir), lang, jobs)))


class DiffFormat(str, enum.Enum):
    text = "text"
    json = "json"


@app.command()
def diff(
    old: str = typer.Argument(..., help="Đánh giá cũ: thư mục hoặc REV:đường-dẫn / older assessment"),
    new: str = typer.Argument(..., help="Đánh giá mới: thư mục hoặc REV:đường-dẫn / newer assessment"),
    output_format: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f", help="text | json"),
    criteria_dir: list[Path] = CriteriaDirOption,
    lang: Optional[str] = LangOption,
) -> None:
    """So sánh hai lần đánh giá một đơn vị, kiểm tra thu hồi công nhận / compare two assessments."""
    from ntmcli.diff.command import DiffRequest, diff_command

    raise typer.Exit(diff_command(DiffRequest(old, new, output_format.value, list(criteria_dir), lang)))


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


class TableFormat(str, enum.Enum):
    text = "text"
    json = "json"
    md = "md"


@criteria_app.command("show")
def criteria_show(
    ref: str = typer.Argument(..., help="Bộ tiêu chí set@version, ví dụ xa-ntm@2024"),
    region: Optional[str] = typer.Option(None, "--region", help="Vùng (bộ 2021-2025), ví dụ TDMNPB"),
    group: Optional[str] = typer.Option(None, "--group", help="Nhóm xã (bộ 2026-2030), ví dụ nhom-3"),
    year: Optional[int] = typer.Option(None, "--year", help="Năm đánh giá / assessment year"),
    profile: Optional[str] = typer.Option(None, "--profile",
                                          help="Bộ tiêu chí của tỉnh (set@version hoặc tệp .yaml)"),
    special_area: Optional[str] = typer.Option(None, "--special-area",
                                               help="Loại xã vùng đặc biệt, ví dụ khu-vuc-iii"),
    output_format: TableFormat = typer.Option(TableFormat.text, "--format", "-f", help="text | json | md"),
    criteria_dir: list[Path] = CriteriaDirOption,
    lang: Optional[str] = LangOption,
) -> None:
    """Bảng tiêu chí áp dụng, mỗi ngưỡng kèm lớp và nguồn / the effective table, with sources."""
    language = _lang(lang)
    if region is not None and group is not None:
        _fail(t("error.region_and_group", language), language)
    from ntmcli.criteria.commands import OptionError, run_show
    from ntmcli.criteria.render import as_json, show_markdown, show_text

    try:
        document = run_show(ref, region=region, group=group, year=year, profile=profile,
                            special_area=special_area,
                            criteria_dirs=_existing_dirs(criteria_dir, language))
    except OptionError as err:
        _fail_option(err.key, err.args_, language)
    render = {"json": lambda d, _: as_json(d), "md": show_markdown, "text": show_text}
    sys.stdout.write(render[output_format.value](document, language))


@criteria_app.command("diff")
def criteria_diff(
    old: str = typer.Argument(..., help="Bộ cũ: set@version hoặc tệp .yaml"),
    new: str = typer.Argument(..., help="Bộ mới: set@version hoặc tệp .yaml (ví dụ bộ của tỉnh)"),
    output_format: TableFormat = typer.Option(TableFormat.text, "--format", "-f", help="text | json | md"),
    criteria_dir: list[Path] = CriteriaDirOption,
    lang: Optional[str] = LangOption,
) -> None:
    """So sánh hai bộ tiêu chí / compare two criteria sets (versions, or a base and a profile)."""
    language = _lang(lang)
    from ntmcli.criteria.commands import OptionError, run_diff
    from ntmcli.criteria.render import as_json, diff_markdown, diff_text

    try:
        document = run_diff(old, new, criteria_dirs=_existing_dirs(criteria_dir, language))
    except OptionError as err:
        _fail_option(err.key, err.args_, language)
    render = {"json": lambda d, _: as_json(d), "md": diff_markdown, "text": diff_text}
    sys.stdout.write(render[output_format.value](document, language))


def _fail_option(key: str, args: dict[str, object], lang: str) -> NoReturn:
    """Exit 2 with a catalog message whose `candidate` reads as "did you mean …"."""
    from ntmcli.i18n import finding_args

    _fail(t(key, lang, **finding_args({k: str(v) for k, v in args.items()}, lang)), lang)


def _existing_dirs(folders: list[Path], lang: str) -> list[Path]:
    for folder in folders:
        if not folder.is_dir():
            _fail(t("error.criteria_dir", lang, path=folder), lang)
    return folders


@app.command()
def schema(
    kind: SchemaKind = typer.Argument(..., help="criteria | dossier | criterion | conditions | documents | any"),
) -> None:
    """In JSON Schema cho trình soạn thảo / print a JSON Schema for editors."""
    from ntmcli.schema import schema_json

    typer.echo(schema_json(kind.value))


class ReportFormat(str, enum.Enum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


@app.command()
def report(
    dossier: Path = typer.Argument(..., help="Thư mục hồ sơ (có dossier.yaml) / dossier folder"),
    document: Optional[str] = typer.Option(
        None, "--document", "-d", help="bao-cao-tu-danh-gia | bao-cao-tham-tra | bao-cao-tham-dinh | "
                                       "bien-ban-hop | to-trinh-tham-tra | to-trinh-tham-dinh "
                                       "(mặc định theo `stage` / default by stage)"),
    output_format: Optional[ReportFormat] = typer.Option(
        None, "--format", "-f", help="md | html | docx | pdf (mặc định theo đuôi --output, hoặc md)"),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Tệp kết quả, ngoài thư mục hồ sơ / output file"),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có / overwrite an existing file"),
    template_dir: Optional[Path] = typer.Option(None, "--template-dir",
                                                help="Thư mục mẫu của người dùng / your templates"),
    criteria_dir: list[Path] = CriteriaDirOption,
    lang: Optional[str] = LangOption,
) -> None:
    """Lập văn bản thẩm tra, thẩm định, biên bản, tờ trình / write the official documents."""
    language = _lang(lang)
    from ntmcli.report.command import report_command
    from ntmcli.report.run import ReportRequest

    request = ReportRequest(dossier, document, output_format.value if output_format else None, output,
                            force, template_dir, tuple(criteria_dir), language)
    raise typer.Exit(report_command(request))


class ExplainFormat(str, enum.Enum):
    text = "text"
    md = "md"


@app.command()
def explain(
    rule: Optional[str] = typer.Argument(None, help="Mã quy tắc, ví dụ yaml-unquoted-text / rule id"),
    output_format: ExplainFormat = typer.Option(ExplainFormat.text, "--format", "-f",
                                                help="text | md (md: tài liệu docs/quy-tac.md)"),
    lang: Optional[str] = LangOption,
) -> None:
    """Giải thích quy tắc: kiểm tra gì, vì sao, ví dụ, cách sửa / explain a rule."""
    language = _lang(lang)
    from ntmcli.explain import UnknownRule, explain_text, rules_list, rules_markdown

    if output_format is ExplainFormat.md:
        typer.echo(rules_markdown(), nl=False)
        return
    try:
        typer.echo(explain_text(rule, language) if rule else rules_list(language), nl=False)
    except UnknownRule as err:
        _fail(err.message(language), language)


def main() -> None:
    """Entry point: no traceback ever reaches the user; an internal error exits 2."""
    disable_pydantic_plugins()
    # Reading builds many short-lived containers and few cycles; CPython's default thresholds
    # spend a third of a national check collecting garbage. mypy's setting (mypy/build.py).
    gc.set_threshold(200_000, 30, 30)
    for stream in (sys.stdout, sys.stderr):  # a name that is not UTF-8 never stops the output
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        with _git_scans_at_once():
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


def _git_scans_at_once() -> AbstractContextManager[None]:
    """`ntm check --changed-since REF` from the working folder (the usual `.`): git's scans of the
    work tree start before typer reads the command line, which takes a tenth of a second (its
    parameters go through pydantic). check() starts them for other folders; see repo.changes."""
    argv = sys.argv[1:]
    ref = None
    if argv[:1] == ["check"]:
        ref = next((a.split("=", 1)[1] for a in argv if a.startswith("--changed-since=")), None)
        if ref is None and "--changed-since" in argv[:-1]:
            ref = argv[argv.index("--changed-since") + 1]
    if not ref:
        return nullcontext()
    from ntmcli.repo.changes import scan_early

    return scan_early(ref, [Path.cwd()])


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
