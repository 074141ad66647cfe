"""The date of an act: its clause's own date, or the narrative's.

GUIDELINES: an act with no date in its own clause takes the story's date,
but carries the month over from an earlier paragraph only when a temporal
connective ("في هذه الأثناء", "meanwhile") or an immediate reaction links it;
otherwise it keeps the year. Inside one paragraph the scene is the same, so
the latest date of the paragraph carries whole. One more link: acts told
after a dated meeting or session share its date until the story names
another (a paragraph opening with "in the same vein" breaks that link).

What is not the act's date: a year attached to a noun ("اتفاقية التجارة لعام
1921") for an act told by a verb; a date inside a statement's reported
content ("أكد أن ... في عام 1924"); a bare year earlier than the story's time,
told in passing, for the acts after it (unless "في ذلك الوقت" goes back to it).
What is: the date of the meeting an act was done at ("أعلن ... في اجتماع
اللجنة، الذي افتتح في ..."); the month of the act a reaction names ("احتجت
... على الإجراء البريطاني").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..document import Document, Timex
from .clauses import Span
from .lexicon import Lexicon, fold_phrase

_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}|H[12]|Q[1-4]|SP|SU|FA|WI)(?:-\d{2})?)?$")
OPENING_REACH = 80  # characters from a sentence's opening date to the act it dates
VENUE_REACH = 80  # characters from an act to the meeting it was done at
VENUE_DATE_REACH = 200  # characters from a meeting noun to its date
# what may stand before a date that opens a sentence: a conjunction and a preposition
_OPENING = re.compile(r"\s*(?:(?:and|but|then|meanwhile|however|later|finally|ثم)\s*,?\s+)?"
                      r"(?:(?:on|in|by|و|ف)?\s*|(?:وفي|ففي|في)\s+)")
_SKIP_KINDS = {"citation", "duration", "future", "name"}  # "name": the year of a treaty's name


def usable(t: Timex) -> bool:
    return (not t.in_footnote and t.kind not in _SKIP_KINDS and t.passage is not None
            and t.start is not None and bool(_DATE_VALUE.match(act_value(t.value))))


def act_value(value: str | None) -> str:
    """The date an act told within a range takes: what both ends share
    ("Between 22 and 24 October 1956" -> 1956-10), else the range's start
    ("1955/1956" -> 1955)."""
    value = value or ""
    if "/" not in value:
        return value
    a, b = value.split("/", 1)
    for n in (10, 7, 4):
        if a[:n] == b[:n] and len(a) >= n and len(b) >= n:
            return a[:n]
    return a


def truncate(value: str, precision: str) -> str:
    if precision == "year":
        return value[:4]
    if precision == "month":
        return value[:7] if re.match(r"^\d{4}-\d{2}", value) else value
    return value


@dataclass
class Dater:
    doc: Document
    lex: Lexicon
    scene: set[str] = field(default_factory=set)  # ids of timexes that date a meeting
    venues: list[tuple[int, int, Timex]] = field(default_factory=list)  # (passage, offset of a venue, its date)
    own: set[int] = field(default_factory=set)  # ids of the date dicts given by the act's own clause
    _by_passage: dict[int, list[Timex]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.doc.timexes:
            if usable(t):
                self._by_passage.setdefault(t.passage, []).append(t)
        for lst in self._by_passage.values():
            lst.sort(key=lambda t: t.start)

    def in_span(self, p: int, span: Span) -> list[Timex]:
        return [t for t in self._by_passage.get(p, []) if span.start <= t.start < span.end]

    def note_venue(self, p: int, venue: Span, sentence: Span) -> None:
        """A meeting named as the place of an act ("في اجتماع ..."): its date is
        the first date told within a short reach after it, in the sentence."""
        dated = [t for t in self.in_span(p, Span(venue.end, min(sentence.end, venue.end + VENUE_DATE_REACH)))]
        if dated:
            self.venues.append((p, venue.start, dated[0]))
            self.scene.add(dated[0].id)

    def date(self, p: int, clause: Span, hit: Span, sentence: Span, nominal: bool = True,
             reactive: bool = False, content: int | None = None) -> dict[str, Any] | None:
        """``nominal``: the act is named by a noun; a year attached to a noun
        ("لعام 1921", "of 1921") dates only such an act: the conference of 1924
        is an act of 1924, but a protest against the treaty of 1921 is not."""
        # ``content``: where a statement's reported content starts ("أكد أن ...
        # في عام 1924"): a date inside it dates what is said, not the saying
        own = [t for t in self.in_span(p, clause) if (nominal or not self._attributive(t))
               and (content is None or t.start < content)]
        text = self.doc.passages[p].text
        # "سراح بن بلة ورفاقه، المعتقلين منذ أكتوبر 1956": a "since" set off after the
        # act tells how long a state had lasted, not when the act was done (but
        # "أوقفت ... إعانتها منذ مطلع نيسان" is when the act took effect)
        own = [t for t in own if not (t.start > hit.end and _since(text, t, self.lex) and re.search(r"[,،]", text[hit.end:t.start]))]
        if own:
            # "وبعد استفتاء الفاتح من جويلية 1962 اعترف ... في الثالث من الشهر نفسه":
            # a date of what the act came after is a landmark, not the act's date
            own = [t for t in own if not _landmark(text, t, self.lex)] or own
            # a date told outright over "آنذاك", "then" ("السفير البريطاني آنذاك": the then ambassador)
            best = min(own, key=lambda t: (t.kind == "anaphoric", abs(t.start - hit.start)))
            # ... but a day that refines it ("في مارس 1956 اعترفت ... في الثاني منه") is the act's
            finer = [t for t in own if act_value(t.value).startswith(act_value(best.value))
                     and len(act_value(t.value)) > len(act_value(best.value))]
            if finer:
                best = max(finer, key=lambda t: len(act_value(t.value)))
            return self._own(self._dated(best))
        # A date opening the sentence ("On 3 December the Foreign Secretary
        # announced ...", "وفي 3 كانون الأول أعلن ...") sets the time of the
        # act the sentence is about, before any date of a later clause.
        text = self.doc.passages[p].text
        opening = [t for t in self.in_span(p, sentence) if t.start < hit.start and _reach(text[t.end:hit.start]) <= OPENING_REACH
                   and (content is None or t.start < content)
                   and _OPENING.fullmatch(fold_phrase(text[sentence.start:t.start], self.lex.lang).lower())]
        if opening:  # "Meanwhile, on 4 April 1949, ...": the date told outright over "meanwhile"
            return self._own(self._dated(min(opening, key=lambda t: t.kind == "anaphoric")))
        dated_subject = self._document_date(p, sentence, hit, nominal)
        if dated_subject is not None:
            return self._own(self._dated(dated_subject))
        # PDF damage often puts a date just past a clause break: a date later
        # in the same sentence, close to the act, is still the act's own.
        near = [t for t in self.in_span(p, sentence) if 0 <= t.start - hit.end <= 50 and (nominal or not self._attributive(t))
                and not (_since(text, t, self.lex) and re.search(r"[,،]", text[hit.end:t.start]))
                and ";" not in text[hit.end:t.start]  # "...; a month later Malik replied": another clause's date
                and (content is None or t.start < content)]
        # An act said or done at a meeting named right after it takes the
        # meeting's date ("أعلن زينوفييف في اجتماع اللجنة، الذي افتتح في 21 آذار").
        near += [t for (q, at, t) in self.venues if q == p and at in sentence and 0 <= at - hit.end <= VENUE_REACH]
        if near:
            return self._own(self._dated(near[0]))
        ref, same_passage, earlier_section = self._reference(p, hit.start)
        if ref is None:
            return None
        if same_passage:
            return self._dated(ref)
        # a section that has told no date yet goes on in the year the story had reached
        precision = "year" if earlier_section else self._precision(p, sentence, ref, clause if reactive else None)
        whole = act_value(ref.value)
        value = truncate(whole, precision)
        mod = ref.mod if value == whole else None
        return {"value": value, "mod": mod, "timex": ref.id}

    def _dated(self, t: Timex) -> dict[str, Any]:
        return _date_of(t, self.doc.passages[t.passage].text if t.passage is not None else "")

    def _own(self, date: dict[str, Any]) -> dict[str, Any]:
        self.own.add(id(date))
        return date

    def is_own(self, date: dict[str, Any] | None) -> bool:
        """Whether a date an act was given is told in the act's own clause."""
        return date is not None and id(date) in self.own

    def _document_date(self, p: int, sentence: Span, hit: Span, nominal: bool) -> Timex | None:
        """"The second Soviet note, of 24 September 1946, restated ...": a text
        dated in the subject that does the act dates it."""
        if nominal:
            return None
        text = self.doc.passages[p].text
        for t in self.in_span(p, Span(sentence.start, hit.start)):
            before = fold_phrase(text[max(sentence.start, t.start - 30):t.start], self.lex.lang).replace(",", " ").replace("،", " ").split()
            while before and (before[-1] in self.lex.attributive or before[-1] in ("of", "dated", "on")):
                before.pop()
            if before and before[-1] in self.lex.documents and hit.start - t.end <= 30:
                return t
        return None

    def _attributive(self, t: Timex) -> bool:
        head = fold_phrase(t.text, self.lex.lang).split()[:1]
        return bool(head) and head[0] in self.lex.attributive

    def _reference(self, p: int, offset: int) -> tuple[Timex | None, bool, bool]:
        """The story's time at ``offset``; whether it was told in this
        passage; whether only an earlier section told it."""
        # a year attached to a noun ("اتفاقية التجارة لعام 1921") never sets the story's time
        here = [t for t in self._by_passage.get(p, []) if t.start < offset and not self._attributive(t)]
        here = _no_glances_back(here, self.doc.passages[p].text, offset, self.lex)
        if here:
            return here[-1], True, False
        external = _timex_reference(self.doc, p, offset)
        if external is not None:
            return external, external.passage == p, False
        section = self.doc.passages[p].section
        crossed = False
        for q in range(p - 1, -1, -1):
            prev = self.doc.passages[q]
            if prev.kind == "footnote" or prev.kind not in ("body", "abstract"):
                continue
            if prev.section != section and prev.kind == "body":
                crossed = True
            told = [t for t in self._by_passage.get(q, []) if not self._attributive(t)]
            told = _no_glances_back(told, prev.text, len(prev.text), self.lex)
            if told:
                return told[-1], False, crossed
        return None, False, False

    def _precision(self, p: int, sentence: Span, ref: Timex, reaction: Span | None = None) -> str:
        text = self.doc.passages[p].text
        opening = fold_phrase(text[:80], self.lex.lang)
        here = fold_phrase(text[sentence.start:sentence.end], self.lex.lang)
        if any(c in opening for c in self.lex.no_carry):
            return "year"
        if ref.id in self.scene:
            return "full"
        if any(_has(c, opening) or _has(c, here) for c in self.lex.carry_month):
            return "month"
        if reaction is not None:  # a reaction to the act just told ("احتجت ... على الإجراء البريطاني")
            from .coder import names_act  # here, not at the top: the coder imports this module

            said = fold_phrase(text[reaction.start:reaction.end], self.lex.lang)
            if any(_has(c, said) for c in self.lex.reaction_refs) or names_act(text[reaction.start:reaction.end], self.lex):
                return "month"
        return "year"


_LANDMARK = {"ar": ("بعد", "قبل", "عقب", "اثر", "وبعد", "وقبل", "وعقب", "واثر", "فبعد"),
             "en": ("after", "before", "following")}


def _landmark(text: str, t: Timex, lex: Lexicon) -> bool:
    """A date within a short phrase after "بعد", "after" ("بعد استفتاء الفاتح من
    جويلية"): the time of what the act followed."""
    words = fold_phrase(text[max(0, t.start - 40):t.start], lex.lang).split()[-3:]
    return any(w in _LANDMARK.get(lex.lang, ()) for w in words[:-1] or words) and bool(words)


def _since(text: str, t: Timex, lex: Lexicon) -> bool:
    """The date opens a "since" phrase ("منذ أكتوبر 1956", "since October 1956")."""
    words = fold_phrase(text[max(0, t.start - 12):t.start], lex.lang).split()
    return bool(words) and words[-1] in ("منذ", "since")


def _reach(between: str) -> int:
    """The distance from an opening date to its act, not counting an apposition
    between commas ("On 15 February Philip C. Jessup, the American deputy
    representative at the United Nations, asked ...")."""
    return len(re.sub(r"[,،][^,،;؛]*[,،]", ",", between))


_DAY_RANGE = re.compile(r"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$")


def _date_of(t: Timex, text: str = "") -> dict[str, Any]:
    # an act told over a span of days ("talks at Melun between 25 and 29 June
    # 1960") keeps the span: it is finer than the month both ends share; but
    # an act past midnight in a night of two days ("At one minute past midnight
    # on 11–12 May") is done on the second
    value = t.value if t.value and _DAY_RANGE.match(t.value) else act_value(t.value)
    if "/" in value and text and t.start is not None and _NIGHT.search(text[max(0, t.start - 40):t.start]):
        a, b = value.split("/")
        if date.fromisoformat(b) - date.fromisoformat(a) == timedelta(days=1):
            value = b
    return {"value": value, "mod": t.mod, "timex": t.id}


_NIGHT = re.compile(r"midnight|منتصف الليل", re.I)


def _no_glances_back(told: list[Timex], text: str, offset: int, lex: Lexicon) -> list[Timex]:
    """A bare year earlier than the story's time already told in the paragraph
    is a glance back ("مشابه تماما للمشهد في عام 1914", "تحسن العلاقات في عام
    1924"), not a move of the story: it dates what is said, not what follows,
    unless the text goes back to it ("ففي ذلك الوقت", "at that time")."""
    out: list[Timex] = []
    latest = ""
    for t in told:
        value = t.value or ""
        if len(value) == 4 and latest and value < latest[:4]:
            between = fold_phrase(text[t.end or t.start:offset], lex.lang)
            if not any(_has(c, between) for c in lex.then):
                continue
        out.append(t)
        latest = max(latest, value)
    return out


def _has(phrase: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _timex_reference(doc: Document, p: int, offset: int) -> Timex | None:
    """The timex layer's narrative reference time, when it offers one."""
    try:
        from .. import timex as timex_mod
    except ImportError:  # pragma: no cover - the layer is part of the package
        return None
    func = getattr(timex_mod, "reference_time", None)
    if func is None:
        return None
    ref = func(doc, p, offset)
    if isinstance(ref, Timex) and usable(ref):
        return ref
    return None
