"""Numbers as people read them: Vietnamese "1.234,5" (decimal comma, thousands dot), English
"1,234.5". Rounding is explicit: to a fixed number of decimals, half-up by default or truncated
("down": some published percentages are cut, not rounded: 11/19 written as 57,8%), trailing zeros
dropped."""

from __future__ import annotations

import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Literal

DISPLAY_DECIMALS = 2
RoundingMode = Literal["half_up", "down"]
_DECIMAL_MODE = {"half_up": ROUND_HALF_UP, "down": ROUND_DOWN}
_VI = str.maketrans({",": ".", ".": ","})  # 1,234.5 → 1.234,5


def rounded(value: float, decimals: int = DISPLAY_DECIMALS, mode: RoundingMode = "half_up") -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), _DECIMAL_MODE[mode])


def format_number(value: float, lang: str, decimals: int = DISPLAY_DECIMALS,
                  mode: RoundingMode = "half_up") -> str:
    if not math.isfinite(value) or abs(value) >= 1e15:
        text = f"{value:.6g}"
        return text.replace(".", ",") if lang == "vi" else text
    written = repr(float(value))
    whole, _, fraction = written.partition(".")
    if "e" in written or len(fraction) > decimals:  # a figure to round: in decimal
        return format_decimal(Decimal(written), lang, decimals, mode)
    return _grouped(whole, fraction.rstrip("0"), lang)  # as written: most figures (62.5, 95.0)


def _grouped(whole: str, fraction: str, lang: str) -> str:
    """`whole` with thousands grouped, and `fraction` (no trailing zeros) after the mark."""
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    text = f"{sign}{int(digits):,}" + (f".{fraction}" if fraction else "")
    if text == "-0":
        text = "0"
    return text.translate(_VI) if lang == "vi" else text


def format_decimal(value: Decimal, lang: str, decimals: int = DISPLAY_DECIMALS,
                   mode: RoundingMode = "half_up") -> str:
    text = f"{value.quantize(Decimal(1).scaleb(-decimals), _DECIMAL_MODE[mode]):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.translate(_VI) if lang == "vi" else text


def percent(part: float, whole: float, lang: str, decimals: int = DISPLAY_DECIMALS,
            mode: RoundingMode = "half_up") -> str:
    """`part` of `whole` as a percentage without the sign ("97,14"); `whole` must be positive.
    Computed in decimal, rounded once, so it reads the same on every machine."""
    share = Decimal(repr(float(part))) * 100 / Decimal(repr(float(whole)))
    return format_decimal(share, lang, decimals, mode)
