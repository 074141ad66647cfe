"""A trigger hit: one place in a passage where a trigger form matched.

The coder marks a hit as it learns about it (negated, hypothetical, framed
by another act, ...); the helpers here answer what every step asks of a
hit: is it a finite verb or a verbal noun, does a phrase stand in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import Span
from .lexicon import Trigger, fold_phrase


@dataclass
class Hit:
    trigger: Trigger
    span: Span
    text: str
    negated: bool = False
    negator: Span | None = None
    content: Trigger | None = None  # an act inside a received note ("تلقت ... مذكرة الاحتجاج")
    nominal: bool = False  # matched a verbal-noun form
    irrealis: bool = False  # "on the verge of", "could": the act did not happen
    wrapped: bool = False  # matched across a line whose halves the PDF swapped
    derived: bool = False  # matched a derived future or base form ("ستسحب", "would withdraw")
    consumed: bool = False  # a link inside a framed chain, not an act of its own
    subjunctive: bool = False  # "وأن يجري تحقيقًا": what should or could be done, not what was


def has_phrase(phrase: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def finite(h: Hit) -> bool:
    """A finite verb, not a verbal noun: no noun form matched, and no
    preposition glued to it ("بقطع جميع العلاقات" is a verbal noun)."""
    if h.nominal:
        return False
    if h.trigger.lang != "ar":
        return True
    folded = fold_phrase(h.text, "ar")
    m = re.match(r"[وف]?[بل]", folded)
    return not (m and h.trigger.pattern.fullmatch(folded[m.end():]))
