"""Temporal tagging (issue 4): dates, ranges, periods, durations and the
relative expressions of a narrative, normalized to TIMEX3.

Stage entry: ``tag_document(doc)`` fills ``doc.timexes`` from
``doc.passages``. Pure entry for one string: ``find_timexes(text, lang)``.
Reference time for later stages: ``reference_time(doc, passage, offset)``.

Malformed dates ("31 شباط 1925", a 13th month, year 0) never become a value:
``find_timexes`` returns them with ``malformed`` set and no value, and
``tag_document`` keeps them out of ``doc.timexes`` and reports each one in
``doc.notes`` (a value-less timex would be a wrong date to every consumer).
"""

from __future__ import annotations

from typing import Callable, Hashable

from ..document import Document, Passage, Timex
from ..errors import ResourceError
from .lexicon import fold
from .lexicon import lexicon as _lexicon
from .narrative import BACK_OPS, Ref, moves_story, ref_of, reference_time, resolve, thread_key
from .patterns import Candidate, looks_like_citation, match, names_instrument, newline_lines

__all__ = ["tag_document", "find_timexes", "reference_time"]


def _ends_with_instrument(lex, matched: str) -> bool:
    """"the August treaties": the date is an attribute of the instrument it names."""
    words = matched.split()
    if len(words) < 2:
        return False
    last = words[-1].lower().strip(".,;:")
    forms = {last, last[:-1] if last.endswith("s") else last, last[:-3] + "y" if last.endswith("ies") else last}
    return bool(forms & set(lex.instrument_nouns))


def _timex(c: Candidate, text: str, folded: str, line_at: Callable[[int], int], footnote: bool, lang: str) -> Timex:
    p = c.parse
    kind = p.kind
    if c.bare and footnote and looks_like_citation(lang, folded, c.start, c.end):
        kind = "citation"
    elif kind in ("date", "range") and (
            (len(p.value or "") <= 4 and names_instrument(_lexicon(lang), folded, c.start))
            or _ends_with_instrument(_lexicon(lang), text[c.start:c.end])):
        # only a bare year after an instrument names it ("اتفاقية التجارة لعام
        # 1921"); a month or a day ("وقع المعاهدة في 30 حزيران 1930") is when
        # something was done
        kind = "name"  # tagged, but the story's time stays where it was
    anchor = p.anchor if p.anchor is not None else c.start
    return Timex(
        id="",
        line=line_at(anchor),
        text=text[c.start : c.end],
        value=p.value or "",
        mod=p.mod,
        type=p.type,
        calendar=p.calendar,
        kind=kind,
        hijri=p.hijri,
        in_footnote=footnote,
        rule=c.rule.id,
        start=c.start,
        end=c.end,
        malformed=p.malformed,
    )


def _tag_text(
    text: str,
    lang: str,
    ref: Ref | None,
    line_at: Callable[[int], int],
    footnote: bool,
    fallback: Ref | None = None,
) -> tuple[list[Timex], Ref | None]:
    """Tag one passage along its thread; returns the timexes and the new reference."""
    out: list[Timex] = []
    folded = fold(text)
    last = ref  # the time last mentioned, look-backs included
    last_month = ref if ref is not None and ref.month else None  # ... the last one with a month
    for c in match(text, lang, line_at, folded):
        if c.parse.malformed is None:
            op = c.parse.parts.get("op")
            back = op in BACK_OPS
            # "ceded in 1921 ... later that month": a month is taken from a date that has one
            antecedent = (last_month or last) if op == "same_month" else last
            resolve(c.parse, (antecedent if back else ref) or fallback)
        t = _timex(c, text, folded, line_at, footnote, lang)
        out.append(t)
        if t.malformed is None and moves_story(c.parse):
            new = ref_of(t.value, t.kind)
            if new is not None:
                last = new
                if new.month:
                    last_month = new
                if not _looks_back(new, ref):
                    ref = new
    return out, ref


def _looks_back(new: Ref, ref: Ref | None) -> bool:
    """A bare year earlier than the story's time is a look back ("as in
    1914", "despite the better relations of 1924"), not the story moving
    on: it leaves the reference where it was. A dated day or month moves it."""
    return ref is not None and new.month is None and new.year < ref.year


def find_timexes(text: str, lang: str = "ar", anchor: str | None = None, footnote: bool = False) -> list[Timex]:
    """Temporal expressions of one text, resolved along one narrative thread.

    ``anchor`` is the story's time before the text (e.g. "1925-04"); lines
    are counted from 1 at each newline of ``text``.

    >>> [(t.value, t.mod) for t in find_timexes("في أواخر عام 1926 وفي شباط")]
    [('1926', 'END'), ('1926-02', None)]
    """
    line_at = newline_lines(text)
    ref = ref_of(anchor, "date") if anchor else None
    found, _ = _tag_text(text, lang, ref, line_at, footnote)
    for i, t in enumerate(found, 1):
        t.id = f"t{i}"
    return found


def _lang(passage: Passage) -> str:
    try:
        _lexicon(passage.lang)
        return passage.lang
    except ResourceError:  # no timex resources for this language: tag it as Arabic
        return "ar"


def tag_document(doc: Document) -> Document:
    """Stage entry: fill ``doc.timexes`` from ``doc.passages`` in reading order."""
    threads: dict[Hashable, Ref | None] = {}
    body_ref: Ref | None = None  # the body told so far, for a section that has not dated anything yet
    timexes: list[Timex] = []
    for index, passage in enumerate(doc.passages):
        if not passage.text.strip():
            continue
        key = thread_key(passage, index)
        is_body = key[0] == "body"
        found, ref = _tag_text(
            passage.text,
            _lang(passage),
            threads.get(key),
            passage.line_at,
            passage.kind == "footnote",
            fallback=body_ref if is_body else None,
        )
        threads[key] = ref
        if is_body and ref is not None:
            body_ref = ref
        for t in found:
            t.passage = index
            if t.malformed:
                doc.notes.append(f"timex: line {t.line}: {t.text!r} is not a valid date ({t.malformed})")
                continue
            timexes.append(t)
    for i, t in enumerate(timexes, 1):
        t.id = f"t{i}"
    doc.timexes = timexes
    return doc
