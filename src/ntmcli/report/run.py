"""`ntm report`: evaluate a dossier, fill a document template, write it in the asked format.

Checks that cost nothing come first (options, output place), so a mistake is reported before the
dossier is read. Nothing is ever written inside the dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ntmcli import __version__
from ntmcli.check import DossierReport, UsageError, check_dossier
from ntmcli.dossier.models import DocumentsFile
from ntmcli.dossier.reader import DOCUMENTS_FILE, DossierInput, is_dossier, read_documents
from ntmcli.i18n.documents import document_text
from ntmcli.atomic import write_atomically
from ntmcli.report.blocks import Block, Paragraph, parse
from ntmcli.report.context import ReportSource, build_context
from ntmcli.report.documents import BY_STAGE, available
from ntmcli.report.environment import environment, render
from ntmcli.report.provenance import dossier_digest

FORMATS = ("md", "html", "docx", "pdf")
_BINARY = ("docx", "pdf")


@dataclass(frozen=True)
class ReportRequest:
    dossier: Path
    document: str | None
    output_format: str | None   # None: from the output's suffix, else Markdown
    output: Path | None         # None: Markdown or HTML to standard output
    force: bool
    template_dir: Path | None
    criteria_dirs: tuple[Path, ...]
    lang: str


@dataclass(frozen=True)
class ReportOutcome:
    report: DossierReport
    document: str
    output_format: str
    text: str | None = None          # what goes to standard output, when no --output
    written: Path | None = None
    has_metadata: bool = True

    @property
    def produced(self) -> bool:
        return self.text is not None or self.written is not None


def make_report(request: ReportRequest) -> ReportOutcome:
    output_format = _format(request)
    _check_options(request, output_format)
    kinds = available(request.template_dir)
    if request.document is not None and request.document not in kinds:
        raise UsageError("error.unknown_document", name=request.document, allowed=", ".join(kinds))
    report = check_dossier(request.dossier, ".", list(request.criteria_dirs))
    unit = report.unit
    name = request.document or BY_STAGE.get(unit.stage if unit else "", "bao-cao-tham-tra")
    if unit is None:
        return ReportOutcome(report, name, output_format)
    documents = _documents(request.dossier)
    source = ReportSource(report, documents, kinds[name], request.lang, dossier_digest(request.dossier),
                          __version__)
    html = render(environment(request.template_dir, _translator(request.lang)), kinds[name].template,
                  build_context(source))
    data = _convert(html, output_format, source)
    has_metadata = documents is not None and name in documents.documents
    if request.output is None:
        return ReportOutcome(report, name, output_format, text=data.decode("utf-8"), has_metadata=has_metadata)
    write_atomically(request.output, data, force=request.force)
    return ReportOutcome(report, name, output_format, written=request.output, has_metadata=has_metadata)


def _format(request: ReportRequest) -> str:
    if request.output_format is not None:
        return request.output_format
    suffix = request.output.suffix.lower().lstrip(".") if request.output else ""
    return suffix if suffix in FORMATS else "md"


def _check_options(request: ReportRequest, output_format: str) -> None:
    if not request.dossier.exists():
        raise UsageError("error.no_path", path=request.dossier)
    if not is_dossier(request.dossier):
        raise UsageError("error.no_dossier", path=request.dossier)
    if request.template_dir is not None and not request.template_dir.is_dir():
        raise UsageError("error.template_dir", path=request.template_dir)
    for folder in request.criteria_dirs:
        if not folder.is_dir():
            raise UsageError("error.criteria_dir", path=folder)
    if request.output is None:
        if output_format in _BINARY:
            raise UsageError("error.output_needed", format=output_format)
        return
    _check_output(request.output, request.dossier, request.force)


def _check_output(output: Path, dossier: Path, force: bool) -> None:
    target = output.resolve()
    if target.is_relative_to(dossier.resolve()):
        raise UsageError("error.output_inside", dossier=dossier)
    if not target.parent.is_dir():
        raise UsageError("error.output_folder", path=output.parent)
    if output.exists() and not force:
        raise UsageError("error.output_exists", path=output)


def _documents(root: Path) -> DocumentsFile | None:
    """van-ban.yaml as read for the check (its findings are already in the report)."""
    if not (root / DOCUMENTS_FILE).is_file():
        return None
    source = read_documents(DossierInput(root, "."))
    return source.model if source is not None else None


def _translator(lang: str) -> Callable[..., str]:
    """`t` in the templates: the document wording in the chosen language."""
    def translate(key: str, /, **args: object) -> str:
        return document_text(key, lang, **args)
    return translate


def _convert(html: str, output_format: str, source: ReportSource) -> bytes:
    if output_format == "html":
        return html.encode("utf-8")
    if output_format == "pdf":
        from ntmcli.report.pdf import html_to_pdf

        return html_to_pdf(html)
    blocks = parse(html)
    if output_format == "md":
        from ntmcli.report.markdown import to_markdown

        return to_markdown(blocks).encode("utf-8")
    return _docx(blocks, source)


def _docx(blocks: list[Block], source: ReportSource) -> bytes:
    from ntmcli.report.docx_writer import DocxProperties, to_docx

    meta = source.documents.documents.get(source.kind.name) if source.documents else None
    unit = source.report.unit
    year = unit.year if unit else 2000
    date = meta.date if meta and meta.date else dt.date(year, 1, 1)
    title = next((b.text for b in blocks if isinstance(b, Paragraph) and b.style == "trich-yeu"),
                 source.kind.name)
    return to_docx(blocks, DocxProperties(title, f"ntm {source.version}", date))

