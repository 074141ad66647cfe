"""The date of an act: its clause's own date, or the narrative's.

GUIDELINES: an act with no date in its own clause takes the story's date,
but carries the month over from an earlier paragraph only when a temporal
connective ("في هذه الأثناء", "meanwhile") or an immediate reaction links it;
otherwise it keeps the year. Inside one paragraph the scene is the same, so
the latest date of the paragraph carries whole. One more link: acts told
after a dated meeting or session share its date until the story names
another (a paragraph opening with "in the same vein" breaks that link).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Timex
from .clauses import Span
from .lexicon import Lexicon, fold_phrase

_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}|H[12]|Q[1-4]|SP|SU|FA|WI)(?:-\d{2})?)?$")
_SKIP_KINDS = {"citation", "duration", "future", "name"}  # "name": the year of a treaty's name


def usable(t: Timex) -> bool:
    return (not t.in_footnote and t.kind not in _SKIP_KINDS and t.passage is not None
            and t.start is not None and bool(_DATE_VALUE.match(t.value or "")))


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
    _by_passage: dict[int, list[Timex]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for t in self.doc.timexes:
            if usable(t):
                self._by_passage.setdefault(t.passage, []).append(t)
        for lst in self._by_passage.values():
            lst.sort(key=lambda t: t.start)

    def in_span(self, p: int, span: Span) -> list[Timex]:
        return [t for t in self._by_passage.get(p, []) if span.start <= t.start < span.end]

    def date(self, p: int, clause: Span, hit: Span, sentence: Span) -> dict[str, Any] | None:
        own = self.in_span(p, clause)
        if own:
            best = min(own, key=lambda t: abs(t.start - hit.start))
            return {"value": best.value, "mod": best.mod, "timex": best.id}
        # PDF damage often puts a date just past a clause break: a date later
        # in the same sentence, close to the act, is still the act's own.
        near = [t for t in self.in_span(p, sentence) if 0 <= t.start - hit.end <= 50]
        if near:
            return {"value": near[0].value, "mod": near[0].mod, "timex": near[0].id}
        ref, same_passage = self._reference(p, hit.start)
        if ref is None:
            return None
        if same_passage:
            return {"value": ref.value, "mod": ref.mod, "timex": ref.id}
        precision = self._precision(p, sentence, ref)
        value = truncate(ref.value, precision)
        mod = ref.mod if value == ref.value else None
        return {"value": value, "mod": mod, "timex": ref.id}

    def _reference(self, p: int, offset: int) -> tuple[Timex | None, bool]:
        here = [t for t in self._by_passage.get(p, []) if t.start < offset]
        if here:
            return here[-1], True
        external = _timex_reference(self.doc, p, offset)
        if external is not None:
            return external, external.passage == p
        section = self.doc.passages[p].section
        for q in range(p - 1, -1, -1):
            prev = self.doc.passages[q]
            if prev.kind == "footnote" or prev.kind not in ("body", "abstract"):
                continue
            if prev.section != section and prev.kind == "body":
                break
            if self._by_passage.get(q):
                return self._by_passage[q][-1], False
        return None, False

    def _precision(self, p: int, sentence: Span, ref: Timex) -> str:
        text = self.doc.passages[p].text
        opening = fold_phrase(text[:80], self.lex.lang)
        here = fold_phrase(text[sentence.start:sentence.end], self.lex.lang)
        if any(c in opening for c in self.lex.no_carry):
            return "year"
        if ref.id in self.scene:
            return "full"
        if any(_has(c, opening) or _has(c, here) for c in self.lex.carry_month):
            return "month"
        return "year"


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
