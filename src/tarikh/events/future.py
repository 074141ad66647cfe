"""Arabic future forms of the lexicon's past-tense verbs.

The lexicon lists verbs as history tells them, in the past ("سحبت",
"انسحب", "أعلن"). An act told for the future ("ستسحب بريطانيا قواتها",
"سوف ينسحب الجيش") uses the imperfect with the future prefix. Written without
short vowels, the imperfect of most verbs is the past stem with ي/ت before
it, once the past's initial alef is dropped (أعلن → يعلن, انسحب → ينسحب,
استدعى → يستدعي); a form that does not come out right matches nothing.
``future_forms`` derives those forms; ``is_future`` tells a hit that
matched one, which is an act still to come (an intent when announced).
"""

from __future__ import annotations

import re

GAP = "…"  # the lexicon's gap word (kept here: the lexicon imports this module)
_ALEFS = ("أ", "ا", "إ")
_FUTURE = re.compile(r"^[وف]?(?:س[يت]|سوف\s)")


def _stem(word: str) -> str | None:
    """The imperfect stem of a past verb (without its person prefix), or None."""
    if word.startswith(("ي", "ت")) and len(word) >= 4 and not word.startswith("تفا") and not word.startswith("تم"):
        return None  # already an imperfect, or a form V/VI past handled below
    if word.endswith("وا") or len(word) < 3:
        return None  # plural or too short to tell
    stem = word[:-1] if word.endswith("ت") and len(word) >= 4 else word  # "سحبت": the feminine ending
    if stem.startswith(_ALEFS) and len(stem) >= 4:
        stem = stem[1:]  # أعلن → علن, انسحب → نسحب, استدعى → ستدعى
    if stem.endswith("ى"):
        stem = stem[:-1] + "ي"
    return stem


def future_forms(forms: list[str]) -> list[str]:
    """The future forms of the verb forms ("سحب … قوات" → "سيسحب … قوات", "سوف تسحب … قوات")."""
    out: list[str] = []
    for form in forms:
        words = form.split()
        if not words or words[0] == GAP:
            continue
        if words[0].startswith("ي") and len(words[0]) >= 4:  # "يوافق" → "سيوافق"
            heads = ["س" + words[0], "سوف " + words[0]]
        else:
            stem = _stem(words[0])
            if stem is None:
                continue
            heads = ["سي" + stem, "ست" + stem, "سوف ي" + stem, "سوف ت" + stem]
        out += [" ".join([h, *words[1:]]) for h in heads]
    return out


def is_future(folded_hit: str, heads: frozenset[str]) -> bool:
    """Whether a hit's words are a derived future form, not a form of the
    lexicon itself (``heads``: the folded first words of its forms)."""
    first = folded_hit.split()[:1]
    return bool(first) and bool(_FUTURE.match(folded_hit)) and first[0] not in heads
