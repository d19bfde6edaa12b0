"""Numbers as people read them: Vietnamese "1.234,5" (decimal comma, thousands dot), English
"1,234.5". Rounding is explicit: half-up to a fixed number of decimals, trailing zeros dropped."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

DISPLAY_DECIMALS = 2


def rounded(value: float, decimals: int = DISPLAY_DECIMALS) -> Decimal:
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def format_number(value: float, lang: str, decimals: int = DISPLAY_DECIMALS) -> str:
    if not math.isfinite(value) or abs(value) >= 1e15:
        text = f"{value:.6g}"
        return text.replace(".", ",") if lang == "vi" else text
    text = f"{rounded(value, decimals):,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "vi":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text
