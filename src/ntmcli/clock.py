"""Today's date, from one place: the only clock ntm reads.

A date in a dossier is "in the future" relative to today. `NTM_TODAY=YYYY-MM-DD` fixes today for
reproducible runs (CI, tests, re-examining an old dossier as of its appraisal day): the same input
then gives the same bytes on any day.
"""

from __future__ import annotations

import datetime as dt
import os

ENV_VAR = "NTM_TODAY"


class BadClock(ValueError):
    """$NTM_TODAY is set but is not a YYYY-MM-DD date."""


def today() -> dt.date:
    written = os.environ.get(ENV_VAR, "").strip()
    if not written:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(written)
    except ValueError:
        raise BadClock(written) from None
