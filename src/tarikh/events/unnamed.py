"""Arabic subjects the actors layer cannot name, and verbs that carry their own.

"وهاجم المتظاهرون القنصلية", "ووقعت لجنة الأمن الداخلي هدنة مع ...", "على
الرغم من معارضة نواب المعارضة": the doer is a crowd or an unnamed body. No
other actor of the sentence did the act, and neither did the subject told
before. A crowd acts where it is: with a place in its sentence ("في
الموصل") its country is that place's; an unnamed body stays unknown (the act
becomes a candidate).

"وقتلوا القنصل البريطاني": a verb with a plural ending has its subject in
it (the last one told); the actor after it is its object.
"""

from __future__ import annotations

from dataclasses import dataclass

from .clauses import Span
from .lexicon import Lexicon, fold_phrase
from .participants import Actor

_CLITICS = ("و", "ف", "ب", "ل")


@dataclass(frozen=True)
class Unnamed:
    word: str  # the noun as written
    crowd: bool  # a crowd (acts where it is) or an unnamed body


def unnamed_subject(text: str, hit: Span, lex: Lexicon, actors: list[Actor], nominal: bool) -> Unnamed | None:
    """The crowd or body named right after a verb (its subject) or a verbal
    noun (its doer), when no actor mention stands there."""
    if lex.lang != "ar" or not (lex.crowds or lex.bodies):
        return None
    # a verb's subject follows its first word, even inside a gapped phrase
    # ("ووقعت لجنة الأمن الداخلي هدنة"); a verbal noun's doer follows the noun
    first = text[hit.start:hit.end].split()
    after = hit.end if nominal or not first else hit.start + text[hit.start:hit.end].index(first[0]) + len(first[0])
    m = _next_word(text, after)
    if m is None:
        return None
    start, word = m
    end = start + len(word)
    if any(a.mention is not None and (a.mention.start <= start < a.mention.end or 0 <= a.mention.start - end <= 12)
           for a in actors):
        return None  # inside an actor's name, or the title of one ("الرئيس شكري القوتلي")
    folded = fold_phrase(word, "ar")
    for form in _forms(folded):
        if form in lex.crowds or (nominal and form.endswith("ين") and form[:-2] + "ون" in lex.crowds):
            return Unnamed(word, True)
        if form in lex.bodies:
            return Unnamed(word, False)
    return None


def crowd_country(unnamed: Unnamed, places: list[Actor] | None, sentence: Span | None) -> Actor | None:
    """A crowd acts where it is: the country of a place told in its sentence."""
    if not unnamed.crowd or not places or sentence is None:
        return None
    for p in places:
        if p.mention is not None and sentence.start <= p.mention.start < sentence.end and p.country:
            return Actor(None, None, p.country, unnamed.word)
    return None


def plural_verb(text: str, hit: Span) -> bool:
    """"وقتلوا", "فاحتجوا": an Arabic verb whose plural ending is its subject."""
    words = text[hit.start:hit.end].split()
    if not words:
        return False
    word = fold_phrase(words[0], "ar")
    return len(word) >= 5 and word.endswith("وا")


def _next_word(text: str, end: int) -> tuple[int, str] | None:
    i = end
    while i < len(text) and text[i].isspace():
        i += 1
    j = i
    while j < len(text) and not text[j].isspace() and text[j] not in "،,؛;.:()":
        j += 1
    return (i, text[i:j]) if j > i else None


def _forms(word: str) -> list[str]:
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) > 3:
            out.append(word[1:])
    return out


def group_name(text: str, hit: Span, lex: Lexicon) -> bool:
    """"نواب المعارضة", "زعيم المعارضة": a verbal noun after a group's head
    noun names the group, not an act."""
    if lex.lang != "ar":
        return False
    words = text[max(0, hit.start - 20):hit.start].split()
    if not words:
        return False
    prev = fold_phrase(words[-1], "ar")
    return any(f in lex.bodies or f in lex.crowds or f in lex.group_heads for f in _forms(prev))
