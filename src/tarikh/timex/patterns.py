"""Find temporal expressions in one text: match every rule, normalize, pick.

``match(text, lang)`` is pure: it folds the text (same length), runs the
compiled rules of the language, drops what a normalizer rejects or what is a
count or a page, keeps the longest non-overlapping matches, and finally
joins a yearless head ("في السادس من تموز") to a year that the PDF's visual
order pushed a few words away or to the other end of the line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from .lexicon import Lexicon, Rule, fold, lexicon
from .normalize import Parse, Reject, finish, normalize

# How far a displaced year may stand after its head on another line, in words:
# the repaired reading order keeps a clause together, so a few words suffice.
_LINK_MAX_WORDS = 6


@dataclass
class Candidate:
    rule: Rule
    start: int
    end: int
    parse: Parse
    match: re.Match[str]

    @property
    def bare(self) -> bool:
        return bool(self.parse.parts.get("bare"))


@lru_cache(maxsize=None)
def _count_filters(lang: str) -> tuple[re.Pattern[str], set[str], re.Pattern[str]]:
    lex = lexicon(lang)
    before = "|".join(re.escape(fold(w)) for w in sorted(lex.not_year_before, key=len, reverse=True))
    cite = "|".join(re.escape(fold(w)) for w in sorted(lex.citation_after, key=len, reverse=True))
    return (
        re.compile(rf"(?:^|[\s(\[])(?:{before})\s*$"),
        lex.not_year_after,
        re.compile(rf"^\s*[,،]?\s*(?:(?:{cite})(?![^\W\d_])|\.?\s*$)"),
    )


def _is_count(lang: str, folded: str, start: int, end: int) -> bool:
    """A number that is a page, a volume or a count of things is not a year."""
    before_re, after_words, _ = _count_filters(lang)
    if before_re.search(folded[max(0, start - 12) : start]):
        return True
    nxt = re.match(r"\s*([^\s\d.,،:;()]+)", folded[end:])
    return bool(nxt) and nxt.group(1).lower() in after_words


def looks_like_citation(lang: str, folded: str, start: int, end: int) -> bool:
    """A bare year closing a bibliographic reference: ", 1948 ." or ", 2018, P. 76"."""
    _, _, after_re = _count_filters(lang)
    before = folded[max(0, start - 3) : start]
    return bool(re.search(r"[,،:]\s*$", before)) or bool(after_re.match(folded[end:]))


_WORD = re.compile(r"[^\W\d_]+")


def names_instrument(lex: Lexicon, folded: str, start: int) -> bool:
    """A year written as the name of a treaty, agreement or law: a noun of a
    signed instrument at most five words before it ("اتفاقية التجارة لعام
    1921", "the Anglo-Soviet Trade Agreement of 1921")."""
    nouns = lex.instrument_nouns
    before = _WORD.findall(folded[max(0, start - 60): start])
    if before and before[-1].lower() in lex.date_prepositions:
        return False  # "the agreement on 27 July 1954", "المعاهدة في عام 1930": a date, not a name
    for word in before[-5:]:
        w = word.lower()
        stems = {w, w[1:] if w[:1] in "وبلف" else w}
        stems |= {x[2:] for x in stems if x.startswith(("ال", "لل"))}
        if stems & nouns:
            return True
    return False


def _ambiguous_month_ok(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """A month spelling that is also a word (آب/أب, May/may) must be written exactly."""
    try:
        s, e = m.span("month")
    except IndexError:
        return True
    if s < 0 or m.group("month").isdigit():
        return True
    entry = lex.month(m.group("month"))
    if not entry or not entry[2]:
        return True
    return text[s:e] in lex.exact_ambiguous


# A match that needs digits lies within this many characters of one: the
# longest words before a year in the rules ("الأشهر الأولى من عام", "the first
# half of the year") take about 30; rules with a month name use month windows.
_DIGIT_REACH = 45
_DIGITS = re.compile(r"\d+")


def _windows(folded: str, anchor: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Disjoint spans of text around the anchor's matches (digits, month
    names), cut at spaces so that no window starts inside a word (a rule's
    word-start test must see what it would see in the whole text)."""
    spans: list[tuple[int, int]] = []
    if anchor is None:
        return [(0, len(folded))]
    size = len(folded)
    for m in anchor.finditer(folded):
        if spans and m.end() + _DIGIT_REACH <= spans[-1][1]:
            continue  # already inside the last window
        start = max(0, m.start() - _DIGIT_REACH)
        end = min(size, m.end() + _DIGIT_REACH)
        if spans and start <= spans[-1][1]:
            start = spans[-1][0]
        elif start > 0:
            start = folded.rfind(" ", 0, start) + 1
        if end < size:
            space = folded.find(" ", end)
            end = len(folded) if space < 0 else space
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _rule_matches(rule: Rule, folded: str, digit_spans: list[tuple[int, int]],
                  probed: dict[int, list[int]], month_spans: Callable[[], list[tuple[int, int]]]
                  ) -> Iterator[re.Match[str]]:
    """The rule's matches, searching only where a match is possible."""
    if rule.probe is not None:
        key = id(rule.probe)
        if key not in probed:
            probed[key] = [m.start() for m in rule.probe.finditer(folded)]
        for pos in probed[key]:
            m = rule.regex.match(folded, pos)
            if m:
                yield m
        return
    if rule.needs_month:  # month names are rarer than digits: the smaller windows
        spans = month_spans()
    elif rule.needs_digit:
        spans = digit_spans
    else:
        spans = [(0, len(folded))]
    for start, end in spans:
        yield from rule.regex.finditer(folded, start, end)


def _all_candidates(text: str, folded: str, lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    blocked: list[tuple[int, int]] = []  # pages and counts: no part of them is a year
    digit_spans = _windows(folded, _DIGITS)
    probed: dict[int, list[int]] = {}
    cache: dict[str, list[tuple[int, int]]] = {}

    def month_spans() -> list[tuple[int, int]]:
        if "month" not in cache:
            cache["month"] = _windows(folded, lex.month_probe)
        return cache["month"]

    lowered = folded.lower() if lex.ignore_case else folded
    for rule in lex.rules:
        if rule.needs_digit and not digit_spans:
            continue
        if any(not any(w in lowered for w in words) for words in rule.needs_words):
            continue  # a word every match holds is nowhere in the text
        for m in _rule_matches(rule, folded, digit_spans, probed, month_spans):
            if m.end() <= m.start():
                continue
            if not _ambiguous_month_ok(lex, text, m):
                continue
            try:
                parse = normalize(lex, rule.norm, m) if rule.norm != "relative" else _relative(rule, m)
            except Reject:
                continue
            if folded[m.start()].isdigit() and _is_count(lex.lang, folded, m.start(), m.end()):
                blocked.append((m.start(), m.end()))
                continue
            found.append(Candidate(rule, m.start(), m.end(), parse, m))
    return [c for c in found if not any(c.start < e and s < c.end for s, e in blocked)]


def _relative(rule: Rule, m: re.Match[str]) -> Parse:
    p = Parse(value=None, kind=rule.kind or "relative", needs="ref", anchor=m.start("rel"))
    p.parts["op"] = rule.op
    if rule.op in ("future", "past", "present"):
        p.value, p.needs = {"future": "FUTURE_REF", "past": "PAST_REF", "present": "PRESENT_REF"}[rule.op], None
    return p


def _select(found: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """Longest match first, then the earlier rule; no two chosen overlap."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), order[c.rule.id], c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def newline_lines(text: str) -> Callable[[int], int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return lambda off: bisect.bisect_right(starts, off)


def _link_displaced(cands: list[Candidate], folded: str, line_at: Callable[[int], int]) -> list[Candidate]:
    """Join each yearless head to a bare year of its own line or just after it."""
    used: set[int] = set()
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        if c.parse.needs != "year":
            continue
        head_line = line_at(c.end - 1)
        best = None
        # after the head: the next candidate, if it is a bare year close by
        if i + 1 < len(cands):
            n = cands[i + 1]
            gap = folded[c.end : n.start]
            if n.bare and (i + 1) not in used and "." not in gap:
                if line_at(n.start) == head_line or len(gap.split()) <= _LINK_MAX_WORDS:
                    best = i + 1
        # before the head on the same line (the year was pushed to the line start)
        if best is None and i > 0:
            p = cands[i - 1]
            if p.bare and (i - 1) not in used and line_at(p.start) == head_line and line_at(c.start) == head_line \
                    and not re.search(r"[.؟!]\s", folded[p.end:c.start]):  # not across a sentence's end
                best = i - 1
        if best is not None:
            used.add(best)
            y = cands[best]
            c.parse.parts["year"] = y.parse.parts["year"]
            c.parse.needs = None
            c.parse.anchor = y.parse.anchor
            finish(c.parse)
            c.parse.parts["linked"] = (min(c.start, y.start), max(c.end, y.end))
    for j, c in enumerate(cands):
        if j not in used:
            out.append(c)
    return out


def match(text: str, lang: str, line_at: Callable[[int], int] | None = None,
          folded: str | None = None) -> list[Candidate]:
    """Every temporal expression of ``text`` as candidates in text order
    (``folded``: the text already folded, when the caller has it)."""
    lex = lexicon(lang)
    folded = fold(text) if folded is None else folded
    order = lex.rule_order
    cands = _select(_all_candidates(text, folded, lex), order)
    if lex.link_displaced:
        cands = _link_displaced(cands, folded, line_at or newline_lines(text))
    for c in cands:
        if "linked" in c.parse.parts:
            c.start, c.end = c.parse.parts.pop("linked")
    return cands
