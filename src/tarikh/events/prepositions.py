"""Preposition handling: the role-marking word before an actor mention.

على، ضد، مع، إلى، تجاه، ... (against, with, to, ...) mark an addressee; من قبل
(by) an agent; من (from) a sender; بين (between) a pair; في / "in" a place
where something happened; بشأن / "about" the matter talked of; English "of" the owner of a subject or an object. Arabic glues ب/ل to the name ("لوفد").
"""

from __future__ import annotations

from ..document import Mention
from .lexicon import fold_phrase

PREPS = {
    "ar": {
        "target": {"علي", "ضد", "مع", "الي", "تجاه", "حيال", "نحو", "لدي", "عن", "امام"},
        "from": {"من"},
        "between": {"بين"},
        "in": {"في"},  # where something happened: never the subject or the object
        "about": {"بشان", "حول", "بخصوص"},  # the matter talked about: neither doer nor the one aimed at
    },
    "en": {
        "target": {"against", "with", "to", "toward", "towards", "on", "at"},
        "of": {"of"},  # "a delegation of the TUC": the owner of a subject, or an object ("the policy of X")
        "from": {"from"},
        "between": {"between"},
        "agent": {"by"},
        "in": {"in"},
        "about": {"about", "concerning", "regarding"},
    },
}
_AR_AGENT = ("من قبل",)
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their"}
_AR_ATTACHED_TARGET = ("بال", "لل", "وبال", "ولل", "فبال")
# Officers named in construct with their body ("وكيل الخارجية", "ممثل الحكومة"):
# a preposition before the officer marks the body's role.
_AR_HEADS = {"وكيل", "نائب", "ممثل", "ممثلي", "مندوب", "مندوبي", "سفير", "مستشار", "امين", "مدير", "رجال", "قائد", "قاده"}


def preposition(text: str, m: Mention, lang: str, start: int | None = None) -> str | None:
    """The role tag (target | from | agent | between | in | of) the words right
    before a mention give it, or None for a bare mention. ``start``: where the
    mention's title begins ("للسفير البريطاني موريس بيترسون"), if before it."""
    preps = PREPS.get(lang, PREPS["en"])
    start = m.start if start is None else start
    before = fold_phrase(text[max(0, start - 24):start], lang)
    head = fold_phrase(text[start:m.end], lang)
    if lang == "ar":
        if before.rstrip().endswith(_AR_AGENT):
            return "agent"
        if before and not before[-1].isspace():  # a clitic glued to the name
            glued = before.split()[-1] if before.split() else ""
            if any(c in glued for c in "بل"):
                return "target"
        if head.startswith(_AR_ATTACHED_TARGET):
            return "target"
    words = [w for w in before.split() if w not in _DETERMINERS]
    if lang == "ar" and len(words) > 1 and words[-1] in _AR_HEADS:
        words = words[:-1]  # "مع وكيل الخارجية": the preposition governs the body through its officer
    if not words:
        return None
    last = words[-1]
    for tag, set_ in preps.items():
        if last in set_:
            return tag
    if lang == "ar" and last.startswith("و") and len(words) > 2 and words[-3] in preps["between"]:
        return "between"
    return None
