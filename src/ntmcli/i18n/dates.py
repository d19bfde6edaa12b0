"""Dates and times as state documents write them.

NĐ 30/2020/NĐ-CP writes the date in full, with a leading zero for days 1-9 and for months 1 and 2
only: "ngày 05 tháng 02 năm 2024", "ngày 20 tháng 8 năm 2024" (shared/reference/dossier-practice.md
§2.4). An unknown date is left as dotted blanks for the clerk to fill, never invented.
"""

from __future__ import annotations

import datetime as dt

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
BLANK = "…"


def _day(date: dt.date) -> str:
    return f"{date.day:02d}"


def _month(date: dt.date) -> str:
    return f"{date.month:02d}" if date.month <= 2 else str(date.month)


def full_date(date: dt.date | None, lang: str) -> str:
    """'ngày 05 tháng 02 năm 2024' / '05 February 2024'; blanks when the date is not known."""
    if lang == "en":
        return f"{_day(date)} {_EN_MONTHS[date.month - 1]} {date.year}" if date else f"{BLANK} {BLANK} {BLANK}"
    if date is None:
        return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    return f"ngày {_day(date)} tháng {_month(date)} năm {date.year}"


def clock_time(text: str | None, lang: str) -> str:
    """'08:30' → '08 giờ 30 phút' / '08:30'; blanks when not known."""
    if not text:
        return f"{BLANK} giờ {BLANK} phút" if lang == "vi" else BLANK
    hours, _, minutes = text.partition(":")
    if lang == "en":
        return f"{int(hours):02d}:{minutes}"
    return f"{int(hours):02d} giờ {minutes} phút"
