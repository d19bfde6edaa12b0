"""A one-line progress bar on standard error, drawn only when that is a terminal."""

from __future__ import annotations

from typing import TextIO

from ntmcli.i18n import t

WIDTH = 30


class ProgressBar:
    def __init__(self, out: TextIO, lang: str) -> None:
        self.out = out
        self.lang = lang
        self.shown = -1
        self.total = 0
        self.drawn = False

    def update(self, done: int, total: int) -> None:
        if total != self.total:  # a new round (the members of districts come after them)
            self.total, self.shown = total, -1
        step = done * WIDTH // max(total, 1)
        if step == self.shown and done != total:
            return  # redraw only when the bar moves
        self.shown = step
        bar = "█" * step + "░" * (WIDTH - step)
        self.out.write(f"\r{bar} {t('check.progress', self.lang, done=done, total=total)}")
        self.out.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.out.write("\r\033[K")
            self.out.flush()
