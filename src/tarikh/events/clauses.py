"""Sentences and clauses of a passage, as offset spans of its text.

Clause windows bound where the coder looks for an act's actors. The text of
PDF-extracted papers is often out of order inside a line, so the windows are
deliberately simple (punctuation), and roles fall back to the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A full stop not inside a number; Arabic and Latin question marks.
# After a number a full stop ends the sentence only before a footnote marker
# or a capital ("by 357 votes to 111.[13] On 27 May"): not in "1.5" or "No. 3".
# Not after an initial ("George C. Marshall", "J.D. Gregory"; but "World War
# I." ends one) or a title's abbreviation ("Mr.", "Gen.").
_SENTENCE_END = re.compile(r"(?<!\d)(?<![\s.(][A-HJ-Z])(?<!^[A-HJ-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGen)"
                           r"(?<!\bCol)(?<!\bLt)(?<!\bNo)(?<!\bSgt)(?<!\bGov)(?<!\bSen)(?<!\bRep)[.](?!\d)"
                           r"|[!?؟]|(?<=\d)\.(?=\[\d|\s+[A-Z])")
_CLAUSE_END = re.compile(r"[،,؛;:]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    cur = start
    for m in pattern.finditer(text, start, end):
        if m.end() - cur > 1:
            spans.append(Span(cur, m.end()))
        cur = m.end()
    if end - cur > 1 or not spans:
        spans.append(Span(cur, end))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans covering ``text``.

    >>> [text[s.start:s.end].strip() for text in ["أ ب. ج د."] for s in sentences(text)]
    ['أ ب.', 'ج د.']
    """
    return _split(text, _SENTENCE_END, 0, len(text))


# "Soviet, Polish, Hungarian and Bulgarian troops": a comma inside a list of
# nationality words or states joins the parties of one clause
_LISTED = re.compile(r"([^\W\d_][\w'’-]*)\s*$")
_LIST_NEXT = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def _in_list(text: str, at: int) -> bool:
    from ..actors.lookup import country_code

    if text[at] != ",":
        return False
    before, after = _LISTED.search(text[max(0, at - 30):at]), _LIST_NEXT.match(text, at + 1)
    if not (before and after and before.group(1)[:1].isupper() and after.group(1)[:1].isupper()):
        return False
    if country_code(before.group(1)) and country_code(after.group(1)):
        return True
    # "Dubček, Oldřich Černík and Josef Smrkovský travelled": a list of names
    words = text[at + 1:at + 80].split()
    k = next((i for i, w in enumerate(words[:5]) if w == "and"), None)
    return k is not None and 1 <= k <= 3 and k + 1 < len(words) \
        and all(w[:1].isupper() for w in words[:k]) and words[k + 1][:1].isupper()


def clauses(text: str, sentence: Span) -> list[Span]:
    spans = _split(text, _CLAUSE_END, sentence.start, sentence.end)
    out: list[Span] = []
    for sp in spans:  # join back the clauses a list's commas cut apart
        if out and _in_list(text, out[-1].end - 1):
            out[-1] = Span(out[-1].start, sp.end)
        else:
            out.append(sp)
    return out


def enclosing(spans: list[Span], offset: int) -> Span:
    for span in spans:
        if offset in span:
            return span
    return spans[-1]


def act_window(text: str, clause: Span, sentence: Span) -> Span:
    """Where an act's actors are looked for: its clause. A clause cut by PDF
    damage can lose its actors: a short clause (few words) borrows the words
    up to its neighbours' ends within the sentence."""
    if len(text[clause.start:clause.end].split()) >= 3:
        return clause
    start, end = max(sentence.start, clause.start - 60), min(sentence.end, clause.end + 60)
    while start > sentence.start and not text[start - 1].isspace():  # whole words only
        start -= 1
    while end < sentence.end and not text[end].isspace():
        end += 1
    return Span(start, end)


def verb_phrase(act: Span, others: list[Span], clause: Span, text: str) -> Span:
    """English: the part of a clause that belongs to one of several joined
    verbs ("recognised X on 1 February 1924 and signed two treaties with it
    in August 1924"): from the "and" before it to the "and" before the next
    act, so that each takes the date of its own verb phrase. ``others`` are
    the spans of the sentence's other acts."""
    start, end = clause.start, clause.end
    for g in others:
        if not (clause.start <= g.start < clause.end):
            continue
        if g.end <= act.start:
            ands = list(re.finditer(r"\band\b", text[g.end:act.start]))
            if ands:
                start = max(start, g.end + ands[-1].start())
        elif g.start >= act.end:
            ands = list(re.finditer(r"\band\b", text[act.end:g.start]))
            if ands:
                end = min(end, act.end + ands[-1].start())
    return Span(start, end)
