"""Future and base forms of the lexicon's past-tense verbs.

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


# English: the base form of a past verb, for "would withdraw", "refused to
# recognise", "did not sign". Irregular pasts are listed; for the rest the
# past ending is cut every way it can be (a form that is no word matches nothing).
_IRREGULAR = {"withdrew": "withdraw", "broke": "break", "sent": "send", "took": "take", "gave": "give",
              "made": "make", "met": "meet", "sought": "seek", "fought": "fight", "began": "begin",
              "held": "hold", "told": "tell", "brought": "bring", "struck": "strike", "went": "go",
              "left": "leave", "led": "lead", "won": "win", "froze": "freeze", "shot": "shoot",
              "overthrew": "overthrow", "undertook": "undertake", "laid": "lay", "drew": "draw",
              "threw": "throw", "forbade": "forbid", "rang": "ring", "spoke": "speak", "saw": "see"}


def _bases(word: str) -> list[str]:
    if word in _IRREGULAR:
        return [_IRREGULAR[word]]
    if word.endswith("ied") and len(word) > 4:
        return [word[:-3] + "y"]  # denied → deny
    if word.endswith("ed") and len(word) > 4:
        out = [word[:-1], word[:-2]]  # agreed → agree, signed → sign
        if len(word) > 5 and word[-3] == word[-4]:
            out.append(word[:-3])  # stopped → stop
        return out
    return []


# The words a base form follows: so that "the Arcos raid" or "the decline of
# relations" (nouns spelt like a base form) match nothing.
_MARKERS = ("to", "would", "will", "not", "never", "shall", "could", "might", "must", "should", "cannot")
MODALS = frozenset({"would", "will", "shall", "could", "might", "must", "should", "cannot"})


def base_forms(forms: list[str]) -> list[str]:
    """English past-tense verb forms in their base form after "to", "would",
    "not" ("withdrew … troops" → "would withdraw … troops")."""
    out: list[str] = []
    for form in forms:
        words = form.split()
        if not words or words[0] == GAP:
            continue
        out += [" ".join([m, b, *words[1:]]) for b in _bases(words[0].lower()) for m in _MARKERS]
    return out
