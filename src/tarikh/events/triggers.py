"""Trigger finding: every non-overlapping trigger hit of a passage text.

``match`` is pure: it reads the text and the lexicon, keeps the stronger of
two overlapping hits, and marks what the words right before a hit say about
it (negated, hypothetical, subjunctive; see ``modality``).
"""

from __future__ import annotations

import re

from .clauses import Span
from .future import MODALS, is_future
from .hits import Hit
from .lexicon import GAP, Lexicon, fold_phrase, fold_with_map
from .modality import irrealis_before, mark_negation, subjunctive

# Roles of triggers that carry another act (a statement, a note, an order):
# an act matched inside a received note is the note's content.
_CARRIER_ROLES = ("speech", "receive", "carrier", "order", "tell")


def match(text: str, lex: Lexicon, line_starts: list[int] | None = None,
          names: list[tuple[int, int]] | None = None) -> list[Hit]:
    """All non-overlapping trigger hits of a passage text (pure). ``names``:
    the spans of actor mentions, each of which a gap counts as one word."""
    folded, index = fold_with_map(text, lex.lang)
    raw = _all_hits(text, folded, index, lex) + _wrapped(text, folded, index, lex, line_starts or [])
    if names:
        raw += _gaps_over_names(text, folded, index, lex, names)
    kept = _without_overlaps(raw)
    rev = {orig: f for f, orig in enumerate(index)}
    for h in kept:
        fstart = rev.get(h.span.start, 0)
        mark_negation(h, folded, fstart, index, lex)
        h.irrealis = irrealis_before(folded, fstart, lex)
        if lex.lang == "ar" and not h.nominal and is_future(fold_phrase(h.text, "ar"), h.trigger.folded_heads):
            h.irrealis = True  # "ستسحب": still to come (an intent when announced)
        first = h.text.split()[0].lower() if lex.lang == "en" and h.derived and h.text.split() else ""
        if first in MODALS:
            h.irrealis = True  # "would withdraw": still to come, or only possible
        elif first in ("not", "never"):
            h.negated = True  # "did not agree to"
            h.negator = Span(h.span.start, h.span.start + len(first))
        h.subjunctive = lex.lang == "ar" and subjunctive(folded, fstart, fold_phrase(h.text, "ar"), h.nominal)
    return kept


def _all_hits(text: str, folded: str, index: list[int], lex: Lexicon) -> list[Hit]:
    """Every match of every verb and verbal-noun pattern, overlapping or not."""
    raw: list[Hit] = []
    for trig in lex.triggers:
        for pat, nominal, keys, derived in ((trig.pattern, False, trig.keys, False),
                                            (trig.derived_pattern, False, trig.derived_keys, True),
                                            (trig.noun_pattern, True, trig.noun_keys, False)):
            if pat is None or (keys and not any(k in folded for k in keys)):
                continue
            for m in pat.finditer(folded):
                if _cancelled(trig, folded, m.end()):
                    continue
                span = Span(index[m.start()], index[m.end()])
                raw.append(Hit(trig, span, text[span.start:span.end], nominal=nominal, derived=derived))
    return raw


def _cancelled(trig, folded: str, end: int) -> bool:
    """A word right after the match makes it another act ("وصل حزب المحافظين
    إلى السلطة": came to power, no visit)."""
    nxt = folded[end:end + 24].split()[:1]
    return bool(trig.not_before and nxt and nxt[0] in trig.not_before)


def _gaps_over_names(text: str, folded: str, index: list[int], lex: Lexicon,
                     names: list[tuple[int, int]]) -> list[Hit]:
    """Gap forms whose gap holds a long name ("ووقع نوري السعيد والمندوب
    السامي البريطاني فرانسيس همفريز معاهدة"): each actor mention counts as one
    word, so the gap's four-word reach is not spent on a name's parts."""
    rev = {orig: f for f, orig in enumerate(index)}
    chars = list(folded)
    for start, end in names:
        fs, fe = rev.get(start), rev.get(end)
        if fs is None or fe is None:
            continue
        for k in range(fs, fe):
            if chars[k].isspace():
                chars[k] = "\u2060"  # a joiner of the same length: offsets stay put
    joined = "".join(chars)
    if joined == folded:
        return []
    out: list[Hit] = []
    for trig in lex.triggers:
        if trig.pattern is None or not any(GAP in f for f in trig.forms) \
                or (trig.keys and not any(k in folded for k in trig.keys)):
            continue
        for m in trig.pattern.finditer(joined):
            if "\u2060" not in joined[m.start():m.end()] or _cancelled(trig, folded, m.end()):
                continue  # found on the plain text already
            span = Span(index[m.start()], index[m.end()])
            out.append(Hit(trig, span, text[span.start:span.end], nominal=False))
    return out


def _without_overlaps(raw: list[Hit]) -> list[Hit]:
    """Overlaps: the higher priority wins, then the longer phrase; an act
    overlapping a received note becomes the note's content. In text order."""
    raw.sort(key=lambda h: (-h.trigger.priority, h.derived, -(h.span.end - h.span.start), h.span.start))
    kept: list[Hit] = []
    for h in raw:
        overlapping = [k for k in kept if not (h.span.end <= k.span.start or h.span.start >= k.span.end)]
        if not overlapping:
            kept.append(h)
        elif overlapping[0].trigger.role == "receive" and overlapping[0].content is None \
                and h.trigger.role not in _CARRIER_ROLES:
            overlapping[0].content = h.trigger
    kept.sort(key=lambda h: h.span.start)
    return kept


def _words(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]


def _wrapped(text: str, folded: str, index: list[int], lex: Lexicon, line_starts: list[int]) -> list[Hit]:
    """Gap forms ("إنهاء … المراسلات") whose halves a PDF line holds in swapped order.

    Damaged lines often read "[end of the sentence] ... [its start]": the first
    words of a phrase close the line and its last words open it. Only the
    last three words of a line joined to its first three are tried.
    """
    if not line_starts:
        return []
    rev = {orig: f for f, orig in enumerate(index)}
    bounds = [rev.get(s, 0) for s in line_starts] + [len(folded)]
    out: list[Hit] = []
    gap_triggers = [t for t in lex.triggers if any(GAP in f for f in t.forms)]
    for a, b in zip(bounds, bounds[1:]):
        words = _words(folded[a:b])
        if len(words) < 6:
            continue
        head, tail = words[:3], words[-3:]
        joined = folded[a + tail[0][0]:a + tail[-1][1]] + " " + folded[a + head[0][0]:a + head[-1][1]]
        cut = tail[-1][1] - tail[0][0]
        for trig in gap_triggers:
            m = trig.pattern.search(joined)
            if m and m.start() < cut < m.end():
                fs, fe = a + tail[0][0] + m.start(), a + tail[-1][1]
                span = Span(index[fs], index[fe])
                out.append(Hit(trig, span, text[span.start:span.end], wrapped=True))
    return out
