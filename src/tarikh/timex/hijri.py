"""Hijri dates to Gregorian.

Inside the range of the Umm al-Qura calendar that ``hijridate`` covers
(1343-1500 AH) the conversion is exact. Outside it the tabular (arithmetic)
Islamic calendar is used, which can be a day or two off the observed
calendar, so the caller marks such values APPROX.
"""

from __future__ import annotations

import math
from datetime import date

from hijridate import Hijri

UMM_AL_QURA = (1343, 1500)


def _tabular_jdn(year: int, month: int, day: int) -> int:
    # Julian day number of a tabular Islamic date (civil epoch 16 July 622 J.,
    # leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of the 30-year cycle).
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439


def _jdn_to_gregorian(jdn: int) -> date:
    # Fliegel & Van Flandern (1968), proleptic Gregorian.
    a = jdn + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return date(year, month, day)


def month_length_ok(year: int, month: int, day: int) -> bool:
    """Whether a Hijri day exists (months have 29 or 30 days)."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return False
    if UMM_AL_QURA[0] <= year <= UMM_AL_QURA[1]:
        try:
            Hijri(year, month, day)
        except (ValueError, OverflowError):
            return False
    return True


def to_gregorian(year: int, month: int = 1, day: int = 1) -> tuple[date, bool]:
    """The Gregorian date of a Hijri date and whether it is approximate.

    >>> to_gregorian(1343, 7, 12)
    (datetime.date(1925, 2, 6), False)
    """
    if UMM_AL_QURA[0] <= year <= UMM_AL_QURA[1]:
        try:
            g = Hijri(year, month, day).to_gregorian()
            return date(g.year, g.month, g.day), False
        except (ValueError, OverflowError):
            pass
    return _jdn_to_gregorian(_tabular_jdn(year, month, day)), True
