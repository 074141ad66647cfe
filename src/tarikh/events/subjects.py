"""Subject finding around a verbal noun or a verb with an object first.

The doer of a verbal noun follows it: "بمعارضة قوية من تشيشيرين" (من),
"التقرير الرسمي لوفد نقابات العمال" (the possessor), "الغارة التي قامت بها
شرطة العاصمة" (a relative clause). An actor with a ب-phrase after a verb
("اتهم تشامبرلين بالعمل على ...") is the verb's object, not its subject.
"""

from __future__ import annotations

import re

from .clauses import Span
from .lexicon import fold_phrase
from .participants import Actor

_REL_AGENT = {
    "ar": re.compile(r"^\s*(?:\S+\s+){0,2}(?:الذي|التي)\s+(?:قام|قامت|نفذ|نفذت|شن|شنت|اتخذ|اتخذت|قدم|قدمت|اجري|اجرت|ارتكب|ارتكبت)"
                     r"(?:ه|ها|\s+به|\s+بها)?\s*$"),
    "en": re.compile(r"^\s*(?:\S+\s+){0,2}(?:carried out|conducted|made|played|taken|undertaken|launched)\s+by\s*(?:the\s+)?$"),
}


def relative_agent(after: list[Actor], hit: Span, text: str, lang: str) -> list[Actor]:
    """The doer named by a relative clause on the act's noun or object: "الغارة
    التي قامت بها شرطة العاصمة", "الدور الذي قام به حزب المحافظين", "the raid
    carried out by the police"."""
    pat = _REL_AGENT.get(lang)
    if pat is None or not text:
        return []
    for a in after:
        if a.mention.start - hit.end > 60:
            break
        if pat.search(fold_phrase(text[hit.end:a.mention.start], lang)):
            return [a]
    return []


def takes_complement(a: Actor, text: str) -> bool:
    # "اتهم تشامبرلين بالعمل على ...", "متهمة الحكومة السوفييتية بمواصلة ...":
    # an actor followed at once by a ب-phrase is the object of the verb.
    nxt = text[a.mention.end:a.mention.end + 20].split()[:1]
    return bool(nxt) and fold_phrase(nxt[0], "ar").startswith("ب") and len(nxt[0]) > 3


def agents_after(after: list[Actor], hit: Span) -> list[Actor]:
    # "بمعارضة قوية من تشيشيرين", "رد من راكوفسكي", "من قبل البرلمان"
    out = []
    for a in after:  # من within a few words; the explicit من قبل anywhere in the clause
        if (a.prep == "from" and a.mention.start - hit.end <= 30) or a.prep == "agent":
            out.append(a)
    return out[:1]


def possessor(after: list[Actor], hit: Span, text: str) -> list[Actor]:
    # "التقرير الرسمي لوفد نقابات العمال", "احتجاج الحكومة السوفييتية": the
    # actor right after a verbal noun (with at most one adjective between) is its agent.
    for a in after:
        gap = text[hit.end:a.mention.start] if text else ""
        if _PREP_LAST.search(text[max(0, hit.end - 8):hit.end] + gap):
            break  # "التفاوض مع لندن": the act's phrase ends on a preposition, whose actor is no possessor
        gap = re.sub(r"(?:^|\s)[لب]$", "", gap.rstrip())  # a clitic glued to the name ("لوفد")
        if len(gap.split()) <= 1 and not re.search(r"[،,؛;.]", gap) and a.prep in (None, "target"):
            raw_before = text[max(0, a.mention.start - 2):a.mention.start] if text else ""
            if a.prep is None or raw_before.endswith("ل") or a.mention.text.startswith("ل"):
                return [a]
        break
    return []


_PREP_LAST = re.compile(r"(?:^|\s)(?:مع|على|علي|إلى|الى|ضد|عن|في|من|بين|لدى|with|to|against|from|in|on|between)\s*$")
_CONSTRUCT_HEAD = re.compile(r"^\s*([\u0621-\u064a]+)\s+$")


def in_construct(actor, hit, text: str, ends_on_object: bool = False) -> bool:
    """Is the actor the genitive of a noun standing right after the verb?

    In "رفض مقترح الحكومة الإستونية" the word after the verb has no article
    and the actor follows it: the noun is the verb's object in construct
    with the actor ("the Estonian government's proposal"), so the actor is
    not the verb's subject."""
    gap = text[hit.end:actor.mention.start]
    if not gap.strip():
        # "وطلب منه دعم ألمانيا": a gapped phrase that ends on its object's
        # noun, with the actor right after it, has the actor as that noun's owner
        words = text[hit.start:hit.end].split()
        last = words[-1] if words else ""
        return ends_on_object and len(last) >= 3 and not last.startswith(("ال", "وال", "بال", "لل"))
    m = _CONSTRUCT_HEAD.match(gap)
    if not m:
        return False
    word = m.group(1)
    return not word.startswith(("ال", "وال", "بال", "لل")) and len(word) >= 3 and word not in _NOT_NOUNS


# Short words that can stand between a verb and its subject without being a noun.
_NOT_NOUNS = frozenset({"أيضا", "ايضا", "كذلك", "بدوره", "بدورها", "حينها", "عندئذ", "مجددا", "مرة", "فورا", "بشدة"})


_INNA = re.compile(r"(?:^|\s)(?:[وف]?(?:إن|ان|أن|لكن|لان|لأن|كان|كانت)|إلا\s+أن|الا\s+ان|غير\s+أن|غير\s+ان|بيد\s+أن|بيد\s+ان)\s*$")


def inna_subject(before: list[Actor], hit, text: str) -> list[Actor]:
    """"إلا أن السفارة البريطانية في بغداد أبدت استياءها", "كانت تركيا قد طالبت
    فرنسا": a noun right after أن / إن / لكن / كان is the subject of the verb
    that follows it (within a few words)."""
    for a in before:  # nearest first
        if a.prep is not None:
            continue
        if not _INNA.search(text[max(0, a.mention.start - 12):a.mention.start]):
            return []
        between = text[a.mention.end:hit.start]
        if len(between.split()) <= 4 and not re.search(r"[،,؛;.]", between):
            return [a]
        return []
    return []


def in_b_phrase(actor, hit, text: str) -> bool:
    """"وطالبت فيها بجلاء القوات البريطانية": an actor right after a verbal
    noun with ب is that noun's owner (what is asked for), not the verb's subject."""
    gap = text[hit.end:actor.mention.start].split()
    return bool(gap) and len(gap) <= 3 and gap[-1].startswith("ب") and len(gap[-1]) >= 4 \
        and not gap[-1].startswith(("بين", "بعد", "بدون"))
