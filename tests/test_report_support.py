"""Helpers shared by the `ntm report` tests (no tests here): the example dossiers, the CLI runner,
a structural reading of the HTML a document is."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner, Result

from ntmcli.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DAT = EXAMPLES / "xa-nang-cao-dat"
LOI = EXAMPLES / "xa-nang-cao-loi"
GOLDEN = Path(__file__).parent / "fixtures" / "report"
DOCUMENTS = ("bao-cao-tu-danh-gia", "bao-cao-tham-tra", "bao-cao-tham-dinh", "bien-ban-hop",
             "to-trinh-tham-tra", "to-trinh-tham-dinh")
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

runner = CliRunner()


def ntm(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


def report(dossier: Path, *args: str | Path, env: dict[str, str] | None = None) -> Result:
    return ntm("report", dossier, *args, env=env)


class DocumentReader(HTMLParser):
    """What a reader sees in the HTML: the text of each element by tag and class, the rows of each
    table (cell texts), the headings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, list[str], list[str]]] = []  # tag, classes, text parts
        self.texts: list[tuple[str, tuple[str, ...], str]] = []
        self.tables: list[tuple[tuple[str, ...], list[list[str]]]] = []
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("br", "hr", "meta", "col"):
            return
        if tag == "table":
            self.tables.append((tuple(classes), []))
        if tag == "tr":
            self._row = []
        self.open.append((tag, classes, []))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, classes, parts = self.open.pop()
            text = " ".join("".join(parts).split())
            if self.open:
                self.open[-1][2].append("".join(parts))
            self.texts.append((name, tuple(classes), text))
            if name in ("td", "th") and self._row is not None:
                self._row.append(text)
            if name == "tr" and self._row is not None and self.tables:
                self.tables[-1][1].append(self._row)
                self._row = None
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1][2].append(data)

    def text_of(self, tag: str, css_class: str | None = None) -> list[str]:
        return [text for name, classes, text in self.texts
                if name == tag and (css_class is None or css_class in classes)]

    def table(self, css_class: str) -> list[list[str]]:
        return next(rows for classes, rows in self.tables if css_class in classes)


def read_html(html: str) -> DocumentReader:
    reader = DocumentReader()
    reader.feed(html)
    reader.close()
    return reader
