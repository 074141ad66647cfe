"""Arabic role constructions that a noun act needs its verb for.

"وأبلغ السفير البريطاني الحكومة الأردنية احتجاج حكومته": the protest is named
by its noun, carried by a verb of conveying; the verb's subject (first after
it, VSO) made the act and its object received it. Read by position alone,
the actor nearest the noun (the object) would be taken for the doer.
"""

from __future__ import annotations

import re

from .clauses import Span
from .lexicon import Lexicon, fold_phrase
from .participants import Actor

CARRIER_REACH = 12  # words from the carrying verb to the act's noun


def _carrier_at(text: str, start: int, end: int, lex: Lexicon) -> re.Match | None:
    """The last carrying verb in text[start:end] (with its conjunction: "وأبلغ", "فسلمت")."""
    found = None
    for m in re.finditer(r"\S+", text[start:end]):
        word = fold_phrase(m.group(), "ar")
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
        if word in lex.carriers or bare in lex.carriers:
            found = m
    return found


def carried_roles(hit: Span, window: Span, actors: list[Actor], text: str, lex: Lexicon,
                  topic: Actor | None) -> tuple[Actor | None, Actor | None] | None:
    """Source and addressee of a noun act carried by a verb before it in its
    clause; None when no such verb stands there. A feminine verb agrees with
    a body or a state as its subject ("وأبلغت الحكومة البريطانية عمان
    استعدادها"); a masculine one leaves such an actor as the object, the
    subject dropped (the topic)."""
    if not lex.carriers:
        return None
    m = _carrier_at(text, window.start, hit.start, lex)
    if m is None:
        return None
    verb_end = window.start + m.end()
    between_text = text[verb_end:hit.start]
    if len(between_text.split()) > CARRIER_REACH or re.search(r"[.،؛:]", between_text):
        return None
    between = [a for a in actors if a.mention is not None and verb_end <= a.mention.start < hit.start
               and a.prep in (None, "target")]
    if len(between) >= 2:
        return between[0], between[1]
    if len(between) == 1:
        one = between[0]
        feminine = _feminine(m.group())
        person = one.entity is not None and one.entity.type == "person"
        if feminine and not person and one.prep is None:
            return one, None
        return topic, one
    return None


def _feminine(verb: str) -> bool:
    return fold_phrase(verb, "ar").endswith("ت")


def feminine_verb(text: str, hit: Span) -> bool:
    """Whether the hit's verb is a feminine past form ("أبلغت", "وقد أبلغت")."""
    words = text[hit.start:hit.end].split()
    return bool(words) and _feminine(words[0])


_AMMA = re.compile(r"(?:^|\s)[وف]?[أا]ما\s+(?P<topic>[^،,.؛]{2,80}?)\s*$")


def amma_subject(hit: Span, text: str, actors: list[Actor]) -> Actor | None:
    """"أما الملك حسين فصرح ...": the actor set off by أما is the subject of
    the verb its ف opens, not the topic the story carried."""
    words = text[hit.start:hit.end].split()
    if not words or not fold_phrase(words[0], "ar").startswith("ف"):
        return None
    m = _AMMA.search(text[max(0, hit.start - 90):hit.start])
    if m is None:
        return None
    start = hit.start - (len(text[max(0, hit.start - 90):hit.start]) - m.start("topic"))
    inside = [a for a in actors if a.mention is not None and start <= a.mention.start and a.mention.end <= hit.start]
    return inside[0] if inside else None


_SIGNED = re.compile(r"(?:^|(?<=\s))((?:ثم\s+)?[وف]?وقع(?:ت|ا)?)\s+")
SIGNING_REACH = 160  # characters from the verb to the agreement's noun


def long_subject_signings(text: str, lex: Lexicon, actors: list[Actor], hits: list) -> list:
    """"ثم وقع أبو الهدى والوزير المفوض أليك كركبرايد (3) في عمان في الخامس
    عشر من آذار 1948 معاهدة تحالف": a signing whose subject, place and date
    stand between the verb and the agreement, too far for a gapped form.
    "وقع" is also "happened, fell": it is the signing only when an actor's
    name follows it at once and an agreement's noun ends the clause."""
    from .hits import Hit
    from .lexicon import GAP

    sign = next((t for t in lex.triggers if t.cameo == "057" and any(GAP in f for f in t.forms)), None)
    if sign is None:
        return []
    nouns = {fold_phrase(f.split(GAP)[-1], "ar").split()[-1] for f in sign.forms if GAP in f}
    starts = {a.lead if a.lead is not None else a.mention.start for a in actors if a.mention is not None}
    out = []
    for m in _SIGNED.finditer(text):
        if m.end() not in starts or any(h.span.start <= m.start(1) < h.span.end for h in hits):
            continue
        rest = text[m.end():m.end() + SIGNING_REACH]
        stop = re.search(r"[.؟!؛]", rest)
        words = fold_phrase(rest[:stop.start()] if stop else rest, "ar").split()
        if any(w.lstrip("و") in nouns for w in words):
            out.append(Hit(sign, Span(m.start(1), m.end(1)), m.group(1)))
    return out
