"""The narrative reference time: which date the story has reached.

An underspecified date ("في الثاني عشر من آيار", "في العام نفسه", "that
autumn") takes its year, and month, from the latest explicit date told
before it in the same thread. Body text is one thread per section (falling
back to the body told so far when a section has not dated anything yet);
each footnote is a thread of its own, so a biography's birth year never
dates the next paragraph; publication years and durations never move it.
Nothing is ever taken from today's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Hashable

from .normalize import Parse, finish, value_of

if TYPE_CHECKING:
    from ..document import Document, Passage, Timex

_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")

# Kinds of timex that can move the story's time.
ANCHORING_KINDS = {"date", "range", "vague", "relative"}


@dataclass(frozen=True)
class Ref:
    year: int
    month: int | None
    day: int | None
    value: str
    timex: str | None = None


def ref_of(value: str | None, kind: str, timex: str | None = None) -> Ref | None:
    """The reference a timex value sets, or None (citations, durations, REL...)."""
    if not value or kind not in ANCHORING_KINDS:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    month = int(m.group("m")) if m.group("m") else None
    day = int(m.group("d")) if m.group("d") else None
    return Ref(int(m.group("y")), month, day, value, timex)


def thread_key(passage: "Passage", index: int) -> Hashable:
    if passage.kind == "footnote":
        return ("footnote", index)
    if passage.kind in ("body", "heading"):
        return ("body", passage.section)
    return (passage.kind, passage.lang)


def _shift(ref: Ref, unit: str, n: int) -> str:
    """The reference moved by n units, at the reference's own precision."""
    if unit in ("D", "W") and ref.day:
        d = date(ref.year, ref.month or 1, ref.day) + timedelta(days=n * (7 if unit == "W" else 1))
        return value_of(d.year, d.month, d.day)
    if unit == "M" and ref.month:
        k = ref.year * 12 + (ref.month - 1) + n
        return value_of(k // 12, k % 12 + 1)
    if unit == "Y":
        return value_of(ref.year + n, ref.month, ref.day if ref.month else None)
    return value_of(ref.year, ref.month, ref.day)


def resolve(parse: Parse, ref: Ref | None) -> None:
    """Fill what a head or a relative expression takes from the reference."""
    if parse.needs == "year":
        if ref is None:
            # No story time: keep the date underspecified rather than invent a year.
            mo, d = parse.parts.get("month"), parse.parts.get("day")
            parse.value = "XXXX" + (f"-{mo:02d}" if mo else "") + (f"-{d:02d}" if mo and d else "")
        else:
            parse.parts["year"] = ref.year
            finish(parse)
        parse.needs = None
        return
    if parse.needs == "month":  # "الحادي والعشرين من الشهر نفسه": the month last told
        parse.needs = None
        if ref is None or not ref.month:
            parse.value = "XXXX-XX" + (f"-{parse.parts['day']:02d}" if parse.parts.get("day") else "")
            return
        parse.parts["year"], parse.parts["month"] = ref.year, ref.month
        finish(parse)
        return
    if parse.needs == "century":
        century = (ref.year // 100) if ref else 19  # a bare decade word in a modern-history text
        parse.value = f"{century:02d}{parse.parts['decade']}X"
        parse.needs = None
        return
    if parse.needs != "ref":
        return
    parse.needs = None
    if ref is None:
        parse.value = "REL"
        return
    op = parse.parts.get("op")
    if op in ("same", "that"):
        parse.value = ref.value
    elif op == "same_year":
        parse.value = f"{ref.year:04d}"
    elif op == "same_month":
        parse.value = value_of(ref.year, ref.month)
    elif op in ("next_day", "prev_day"):
        parse.value = _shift(ref, "D", 1 if op == "next_day" else -1)
    elif op in ("next_month", "prev_month"):
        parse.value = _shift(ref, "M", 1 if op == "next_month" else -1) if ref.month else f"{ref.year:04d}"
    elif op in ("next_year", "prev_year"):
        parse.value = f"{ref.year + (1 if op == 'next_year' else -1):04d}"
    elif op == "offset":
        unit, n = parse.parts["offset"]
        parse.value = _shift(ref, unit, n)
    else:
        parse.value = ref.value


def moves_story(parse: Parse) -> bool:
    """Whether a resolved expression becomes the new reference time.

    Explicit dates do; so do heads ("في آذار") and relative steps ("the next
    day"), which advance the story; "at that time" and "meanwhile" do not.
    """
    return parse.parts.get("op") not in ("same", "that", "same_year", "same_month", "future", "past", "present")


# Expressions that point back at the time last mentioned, not at the story's time.
BACK_OPS = ("that", "same_year", "same_month")


def reference_time(doc: "Document", passage_index: int, offset: int) -> tuple[str, str] | None:
    """The story's time at an offset of a passage: (value, timex id), or None.

    For the events stage: an event with no date in its own clause is dated by
    the latest date told before it in its thread (see the module docstring).
    """
    passages = doc.passages
    key = thread_key(passages[passage_index], passage_index)
    same: list["Timex"] = []
    earlier_body: list["Timex"] = []
    for t in doc.timexes:
        if t.passage is None or (t.passage, t.start or 0) >= (passage_index, offset):
            continue
        if ref_of(t.value, t.kind) is None:
            continue
        k = thread_key(passages[t.passage], t.passage)
        if k == key:
            same.append(t)
        elif key[0] == "body" and k[0] == "body":
            earlier_body.append(t)
    pool = same or earlier_body
    if not pool:
        return None
    last = max(pool, key=lambda t: (t.passage, t.start or 0))
    return last.value, last.id
