"""Acts announced for the future are intents, not acts.

"Nasser announced that Egypt would buy arms from Czechoslovakia", "أعلنت
الحكومة أنها ستسحب قواتها": what is said is to be done, so CAMEO codes the
saying as an intent (03x, or a threat 13x for a hostile act), not as the act.
So is a material act an announcement names by its noun ("announced the
withdrawal of the Anglo-French force", "أعلن سحب القوات"): the announcement
does not do it. An act the announcement does itself (breaking off relations,
recognizing, rejecting) stays the act.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..resources import load
from .hits import Hit
from .lexicon import Lexicon, fold_phrase

# What marks the future in the words before an act's verb.
_FUTURE = {"en": re.compile(r"(?:^|\s)(?:would|will|was to|were to|intended to|planned to|was going to|were going to)"
                            r"(?:\s+(?:now|soon|then|shortly|immediately|not))?\s*$"),
           "ar": re.compile(r"(?:^|\s)(?:سوف|سيتم|ستتم)\s*$")}
# Roots an announcement names without doing: aid, cooperation, yielding, force.
_MATERIAL = ("06", "07", "08", "17", "18", "19", "20")
# ... but a ceasefire or martial law is declared: announcing it does it
# ("أعلن بن خدة وقف إطلاق النار", "declared martial law")
_DECLARED = ("0871", "172", "1711", "191")  # and a nationalization or a closure decreed ("أعلن تأميم الشركة")


@lru_cache(maxsize=None)
def _intents() -> dict[str, str]:
    return {str(k): str(v) for k, v in (load("common", "cameo").get("intents") or {}).items()}


def intent_code(cameo: str) -> str | None:
    """The intent code of an act's code: its longest prefix in the table."""
    table = _intents()
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


# what a promise, offer or consent puts before the act it names
_EN_OFFERED_TO = re.compile(r"\b(?:offered|offer|offers|agreed|agree|agrees|promised|pledged|undertook|undertaken|"
                            r"was ready|were ready|was prepared|were prepared|was willing|were willing)\s+to\s*$")
_AR_THAT = re.compile(r"(?:^|\s)(?:[وفب]?ان|لان)(?:ه|ها|هم|ه?ا)?(?:\s|$)")


def announced_future(h: Hit, text: str, lex: Lexicon, said_at: int | None = None) -> bool:
    """The act is told as to come: a future marker before its verb ("would
    buy", "سوف ينسحب", "ستسحب"), or the noun of a material act. ``said_at``:
    where the announcing verb ends; in Arabic an act it names with no "أن"
    between is a verbal noun whatever its spelling ("أعلنت الحكومة سحب قواتها")."""
    nominal = h.nominal
    if not nominal and lex.lang == "ar" and said_at is not None and said_at <= h.span.start:
        nominal = not _AR_THAT.search(fold_phrase(text[said_at:h.span.start], "ar"))
    if nominal:
        return h.trigger.cameo[:2] in _MATERIAL and not h.trigger.cameo.startswith(_DECLARED)
    before = fold_phrase(text[max(0, h.span.start - 30):h.span.start], lex.lang)
    pat = _FUTURE.get(lex.lang)
    if pat is not None and pat.search(before):
        return True
    if lex.lang == "en" and h.text.split()[:1] and h.text.split()[0].lower() in ("would", "will", "shall", "to"):
        return True  # the future word opens the matched phrase ("would withdraw", "pledged to withdraw")
    if lex.lang == "en" and _EN_OFFERED_TO.search(before):
        return True  # "offered to remove the missiles", "agreed to withdraw them"
    if lex.lang == "ar":
        first = fold_phrase(h.text.split()[0], "ar") if h.text.split() else ""
        if first in ("سوف", "وسوف"):
            return True  # "سوف تسحب": the future word opens the matched phrase
        # the future prefix س on an imperfect verb: "ستسحب", "سينسحب"
        return len(first) >= 5 and first[0] == "س" and first[1] in "يتنا" and not _past_form(first, h)
    return False


def _past_form(word: str, h: Hit) -> bool:
    # a form of the lexicon that itself starts with س ("سحب", "سلم") is no prefix
    return any(fold_phrase(f, "ar").split()[:1] == [word] for f in h.trigger.forms)


def as_intent(h: Hit) -> Hit | None:
    """The hit recoded as the intent to do its act, when CAMEO has one."""
    code = intent_code(h.trigger.cameo)
    if code is None:
        return None
    # a sub-code the sentence names later is the intent's sub-code too ("would give ... aid": 0331)
    refine = tuple((intent_code(sub) or sub, phrases) for sub, phrases in h.trigger.refine)
    return Hit(replace(h.trigger, cameo=code, id=h.trigger.id + "/intent", refine=refine), h.span, h.text,
               nominal=h.nominal, wrapped=h.wrapped)
