"""From a regex match to a TIMEX3 value: one normalizer per rule family.

A normalizer reads the named groups of a match and returns a ``Parse``: the
value and mod it can give from the text alone, or what it still needs (a
year from a displaced digit group or from the narrative, a reference time).
Nothing here knows about documents or today's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from . import hijri
from .lexicon import Lexicon


@dataclass
class Parse:
    value: str | None
    mod: str | None = None
    kind: str = "date"  # date | range | vague | relative | anaphoric | future | duration | citation
    type: str = "DATE"
    calendar: str = "gregorian"
    hijri: str | None = None
    malformed: str | None = None
    needs: str | None = None  # "year" (a head waiting for its year) | "month" (a day of the month last told) | "ref" (relative) | "century"
    parts: dict[str, Any] = field(default_factory=dict)  # year, month, day, suffix, mod, op, offset...
    anchor: int | None = None  # offset of the word that gives the line (year digits, else main word)


class Reject(Exception):
    """The match is not a temporal expression after all (a count, a page)."""


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _start(m: re.Match[str], name: str) -> int | None:
    try:
        s = m.start(name)
    except IndexError:
        return None
    return s if s >= 0 else None


def _day(lex: Lexicon, text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group(0)) if digits else lex.days[lex.key(text)]


def _is_hijri_era(lex: Lexicon, era: str | None) -> bool:
    return bool(era) and era.lower() in lex.era_hijri


def value_of(year: int, month: int | None = None, day: int | None = None) -> str:
    out = f"{year:04d}"
    if month:
        out += f"-{month:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def _check(year: int, month: int | None, day: int | None, is_hijri: bool) -> str | None:
    """Why a date cannot exist, or None."""
    if year == 0:
        return "year 0 does not exist"
    if month is not None and not 1 <= month <= 12:
        return f"month {month} does not exist"
    if day is not None and month is not None:
        if is_hijri:
            if not hijri.month_length_ok(year, month, day):
                return f"day {day} does not exist in Hijri month {month} of {year}"
        elif not 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"day {day} does not exist in month {month} of {year}"
    return None


def _from_hijri(p: Parse, year: int, month: int | None, day: int | None) -> None:
    """Give a Hijri date its Gregorian value; coarser than a day is APPROX."""
    p.calendar = "hijri"
    if day and month:
        g, approx = hijri.to_gregorian(year, month, day)
        p.value = value_of(g.year, g.month, g.day)
        if approx:
            p.mod = p.mod or "APPROX"
    elif month:
        # a Hijri month straddles two Gregorian months: name the one holding its middle
        g, _ = hijri.to_gregorian(year, month, 15)
        p.value, p.mod = value_of(g.year, g.month), p.mod or "APPROX"
    else:
        # a Hijri year straddles two Gregorian years: name the one holding its middle
        g, _ = hijri.to_gregorian(year, 7, 1)
        p.value, p.mod = value_of(g.year), p.mod or "APPROX"


def _qualify(lex: Lexicon, m: re.Match[str], p: Parse) -> None:
    qual, part, season = _g(m, "qual"), _g(m, "part"), _g(m, "season")
    if qual:
        p.mod = lex.mods[lex.key(qual)]
        p.kind = "vague"
    if part:
        p.parts["suffix"] = lex.parts[lex.key(part)]
        p.kind = "vague"
    if season:
        p.parts["suffix"] = lex.seasons[lex.key(season)]
        p.kind = "vague"


def finish(p: Parse) -> None:
    """Compose the value once year, month, day and suffix are known."""
    y, mo, d = p.parts.get("year"), p.parts.get("month"), p.parts.get("day")
    end = p.parts.get("end")  # a span of days told without its year ("4–5 May", "29 July–1 August")
    if end is not None and y is not None:
        mo2, d2 = end
        y2 = y + 1 if mo2 < mo else y
        if _check(y, mo, d, False) or _check(y2, mo2, d2, False) or (y2, mo2, d2) <= (y, mo, d):
            p.malformed, p.value = "not two days in order", None
            return
        p.value = f"{value_of(y, mo, d)}/{value_of(y2, mo2, d2)}"
        return
    is_hijri = p.parts.get("hijri", False)
    bad = _check(y, mo, d, is_hijri)
    if bad:
        p.malformed, p.value = bad, None
        return
    if is_hijri:
        _from_hijri(p, y, mo, d)
    else:
        p.value = value_of(y, mo, d)
    if p.parts.get("suffix") and p.value and len(p.value) == 4:
        p.value += "-" + p.parts["suffix"]


def _date(lex: Lexicon, m: re.Match[str]) -> Parse:
    p = Parse(value=None)
    month_s, day_s, year_s, era = _g(m, "month"), _g(m, "day"), _g(m, "year"), _g(m, "era")
    system = None
    if month_s:
        if month_s.isdigit():
            p.parts["month"] = int(month_s)
        else:
            month, system, _ = lex.month(month_s)
            p.parts["month"] = month
    if day_s:
        p.parts["day"] = _day(lex, day_s)
    _qualify(lex, m, p)
    if system == "hijri" or _is_hijri_era(lex, era):
        p.parts["hijri"] = True
        if system != "hijri":  # a Hijri year with a solar month name: keep the year only
            p.parts.pop("month", None), p.parts.pop("day", None)
    if year_s is None:
        p.needs = "year"
        p.anchor = _start(m, "month") or _start(m, "qual") or _start(m, "part") or m.start()
        return p
    p.parts["year"] = int(year_s)
    p.anchor = _start(m, "year")
    finish(p)
    if p.parts.get("hijri"):
        p.hijri = m.group(0).strip()
    return p


def _numeric(lex: Lexicon, m: re.Match[str]) -> Parse:
    if len(m.group("year")) < 4 and not _g(m, "era"):
        raise Reject("a numeric date needs a four-digit year")
    return _date(lex, m)


def _dual_era(lex: Lexicon, m: re.Match[str]) -> Parse:
    # "1343هـ/1925م": the Gregorian year as written is the value.
    pairs = [(m.group("year"), m.group("era")), (m.group("year2"), m.group("era2"))]
    greg = [(y, i) for i, (y, e) in enumerate(pairs) if not _is_hijri_era(lex, e)]
    hij = [y for y, e in pairs if _is_hijri_era(lex, e)]
    if len(greg) != 1 or len(hij) != 1:
        raise Reject("not a Hijri/Gregorian pair")
    year, i = greg[0]
    p = Parse(value=year.zfill(4), calendar="hijri", hijri=m.group(0).strip())
    p.anchor = _start(m, "year2" if i else "year")
    return p


def _range(lex: Lexicon, m: re.Match[str]) -> Parse:
    ends = [(m.group("year"), _g(m, "era")), (m.group("year2"), _g(m, "era2"))]
    if any(len(y) < 4 for y, _ in ends) and not any(e for _, e in ends):
        raise Reject("short numbers joined by a dash are pages or counts, not years")
    ends = [(int(y), e) for y, e in ends]
    hijri_range = any(_is_hijri_era(lex, e) for _, e in ends)
    years = sorted(y for y, _ in ends)  # visual order can reverse a range: 1927 – 1925
    p = Parse(value=None, kind="range")
    p.anchor = min(m.start("year"), m.start("year2"))
    if any(y == 0 for y in years):
        p.malformed = "year 0 does not exist"
        return p
    if hijri_range:
        p.calendar, p.hijri, p.mod = "hijri", m.group(0).strip(), "APPROX"
        years = [hijri.to_gregorian(y, 7, 1)[0].year for y in years]
    p.value = f"{years[0]:04d}" if years[0] == years[1] else f"{years[0]:04d}/{years[1]:04d}"
    if years[0] == years[1]:
        p.kind = "date"
    return p


def _decade(lex: Lexicon, m: re.Match[str]) -> Parse:
    p = Parse(value=None, kind="vague")
    _qualify(lex, m, p)
    p.anchor = m.start()
    dy = _g(m, "decade_year")
    if dy:
        p.value = dy[:3] + "X"
        return p
    digit = lex.decades[lex.key(m.group("decade"))]
    century = _g(m, "century")
    if century:
        n = int(re.match(r"\d+", century).group(0)) if century[0].isdigit() else lex.centuries[lex.key(century)]
        p.value = f"{n - 1:02d}{digit}X"
    else:
        # "العشرينات" alone: the century comes from the narrative
        p.needs, p.parts["decade"] = "century", digit
    return p


def _century(lex: Lexicon, m: re.Match[str]) -> Parse:
    p = Parse(value=None, kind="vague")
    _qualify(lex, m, p)
    c = m.group("century")
    n = int(re.match(r"\d+", c).group(0)) if c[0].isdigit() else lex.centuries[lex.key(c)]
    if not 1 <= n <= 21:
        raise Reject(f"century {n}")
    p.value = f"{n - 1:02d}XX"
    p.anchor = _start(m, "century")
    return p


def _bare_year(lex: Lexicon, m: re.Match[str]) -> Parse:
    p = Parse(value=m.group("year"), anchor=m.start("year"))
    p.parts["year"] = int(m.group("year"))
    p.parts["bare"] = True
    return p


def _count(lex: Lexicon, m: re.Match[str]) -> tuple[str, int]:
    """(unit, amount) of a duration match."""
    if _g(m, "unitdual"):
        unit, times, _ = lex.units[lex.key(m.group("unitdual"))]
        return unit, 2 * times
    unit_s = _g(m, "unit") or _g(m, "unitsg")
    unit, times, _ = lex.units[lex.key(unit_s)]
    num = _g(m, "num")
    n = 1 if num is None else (int(num) if num.isdigit() else lex.cardinals[lex.key(num)])
    return unit, n * times


def _duration(lex: Lexicon, m: re.Match[str]) -> Parse:
    unit, n = _count(lex, m)
    p = Parse(value=f"P{n}{unit}", kind="duration", type="DURATION", anchor=m.start())
    return p


def _offset(lex: Lexicon, m: re.Match[str]) -> Parse:
    unit, n = _count(lex, m)
    sign = -1 if lex.key(m.group("dir")) in lex.before_words else 1
    p = Parse(value=None, kind="relative", needs="ref", anchor=m.start())
    p.parts["op"], p.parts["offset"] = "offset", (unit, sign * n)
    return p


def _short_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"1924-27", "1919–39": a range whose end gives only its last two digits
    (English usage in titles and headings); the century is the start's."""
    start, yy = int(m.group("year")), int(m.group("yy"))
    end = start // 100 * 100 + yy
    if not start % 100 < yy or end - start > 60:
        raise Reject("not the end of a range that starts with this year")
    p = Parse(value=f"{start:04d}/{end:04d}", kind="range")
    p.anchor = m.start("year")
    return p


def _month_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"من نيسان إلى أيار 1941", "between April and May 1941": two months of
    one year; a range that turns the year ("from November to February 1941")
    starts in the year before."""
    (m1, sys1, _), (m2, sys2, _) = lex.month(m.group("month")), lex.month(m.group("month2"))
    if "hijri" in (sys1, sys2) or _is_hijri_era(lex, _g(m, "era")):
        raise Reject("a range of Hijri months is left to the month rules")
    year = int(m.group("year"))
    start_year = year - 1 if m1 > m2 else year
    if m1 == m2:
        raise Reject("one month named twice")
    p = Parse(value=f"{value_of(start_year, m1)}/{value_of(year, m2)}", kind="range")
    p.anchor = m.start("year")
    return p


def _head_day_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"4–5 May", "between 5 and 9 November", "29 July–1 August", "بين 25 و29
    جوان": a span of days waiting for the story's year."""
    month, system, _ = lex.month(m.group("month"))
    if system == "hijri":
        raise Reject("a span of Hijri days is left to the day rules")
    month2 = lex.month(m.group("month2"))[0] if _g(m, "month2") else month
    p = Parse(value=None, kind="range")
    p.parts["month"], p.parts["day"] = month, _day(lex, m.group("day"))
    p.parts["end"] = (month2, _day(lex, m.group("day2")))
    p.needs = "year"
    p.anchor = m.start()
    return p


def _month_year_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"from November 1961 to April 1969", "من كانون الثاني 1968 إلى نيسان 1969":
    two months of two years, each told whole."""
    (m1, sys1, _), (m2, sys2, _) = lex.month(m.group("month")), lex.month(m.group("month2"))
    if "hijri" in (sys1, sys2):
        raise Reject("a range of Hijri months is left to the month rules")
    y1, y2 = int(m.group("year")), int(m.group("year2"))
    if (y1, m1) >= (y2, m2):
        raise Reject("not two months in order")
    p = Parse(value=f"{value_of(y1, m1)}/{value_of(y2, m2)}", kind="range")
    p.anchor = m.start("year2")
    return p


def _day_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"From 16 to 23 August 1956", "بين 19 و21 أيلول 1956": two days of one month."""
    month, system, _ = lex.month(m.group("month"))
    if system == "hijri" or _is_hijri_era(lex, _g(m, "era")):
        raise Reject("a range of Hijri days is left to the day rules")
    year, d1, d2 = int(m.group("year")), _day(lex, m.group("day")), _day(lex, m.group("day2"))
    if not 1 <= d1 < d2 <= 31 or _check(year, month, d2, False):
        raise Reject("not two days of one month in order")
    p = Parse(value=f"{value_of(year, month, d1)}/{value_of(year, month, d2)}", kind="range")
    p.anchor = m.start("year")
    return p


def _day_month_range(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"from 17 July to 2 August 1945", "February 21–June 5, 1947": two days of
    two months of one year (a range that turns the year starts the year before)."""
    (m1, sys1, _), (m2, sys2, _) = lex.month(m.group("month")), lex.month(m.group("month2"))
    if "hijri" in (sys1, sys2) or _is_hijri_era(lex, _g(m, "era")):
        raise Reject("a range of Hijri dates is left to the date rules")
    year, d1, d2 = int(m.group("year")), _day(lex, m.group("day")), _day(lex, m.group("day2"))
    y1 = year - 1 if m1 > m2 else year
    if m1 == m2 or _check(y1, m1, d1, False) or _check(year, m2, d2, False):
        raise Reject("not two days of two months")
    p = Parse(value=f"{value_of(y1, m1, d1)}/{value_of(year, m2, d2)}", kind="range")
    p.anchor = m.start("year")
    return p


def _head(lex: Lexicon, m: re.Match[str]) -> Parse:
    p = _date(lex, m)
    p.needs = "year"
    return p


def _same_month(lex: Lexicon, m: re.Match[str]) -> Parse:
    """"الحادي والعشرين من الشهر نفسه", "أواخر الشهر نفسه", "on the 21st of that
    month": a day or part of the month last told, which the narrative supplies."""
    p = Parse(value=None, kind="anaphoric", needs="month")
    p.parts["op"] = "same_month"
    day_s = _g(m, "day")
    if day_s:
        p.parts["day"] = _day(lex, day_s)
    _qualify(lex, m, p)
    p.anchor = m.start()
    return p


NORMALIZERS = {
    "date": _date,
    "numeric_dmy": _numeric,
    "numeric_ymd": _numeric,
    "dual_era": _dual_era,
    "range": _range,
    "short_range": _short_range,
    "month_range": _month_range,
    "month_year_range": _month_year_range,
    "head_day_range": _head_day_range,
    "day_range": _day_range,
    "day_month_range": _day_month_range,
    "decade": _decade,
    "century": _century,
    "bare_year": _bare_year,
    "duration": _duration,
    "offset": _offset,
    "head": _head,
    "same_month": _same_month,
}


def normalize(lex: Lexicon, norm: str, m: re.Match[str]) -> Parse:
    return NORMALIZERS[norm](lex, m)
