"""The terminal drawing of the human report, with rich (imported only on a terminal)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ntmcli.output.common import visible
from ntmcli.output.text import Line, Row

PLAIN_WIDTH = 120
_STYLE = {"dat": "green", "chua_dat": "bold red", "khong_xac_dinh": "yellow", "khong_xet": "dim",
          "error": "bold red", "warning": "yellow", "info": "cyan", "bold": "bold", "dim": "dim",
          "": ""}


class RichWriter:
    def __init__(self, out: TextIO) -> None:
        width = None if out.isatty() else PLAIN_WIDTH  # --color into a pipe: no size to ask
        self.console = Console(file=out, highlight=False, force_terminal=True, width=width)

    def line(self, line: Line) -> None:
        style = _STYLE[line.style]
        text = escape(visible(line.text))
        self.console.print(f"[{style}]{text}[/{style}]" if style else text)

    def table(self, header: tuple[str, ...], rows: list[Row]) -> None:
        table = Table(header_style="bold")
        for n, title in enumerate(header):
            table.add_column(title, justify="right" if n == 0 else "left", no_wrap=n != 1,
                             ratio=1 if n == 1 else None)
        for row in rows:
            table.add_row(*(self._cell(cell, row, n) for n, cell in enumerate(row.cells)))
        self.console.print(table)

    @staticmethod
    def _cell(cell: str, row: Row, column: int) -> str:
        text = escape(visible(cell))
        if column == 5 and row.status:
            style = _STYLE[row.status]
            return f"[{style}]{text}[/{style}]"
        return f"[bold]{text}[/bold]" if row.heading and column in (0, 1) else text
