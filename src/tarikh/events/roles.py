"""Source and target of an act, from the actor mentions around its trigger.

Actors are whatever the actors layer (``doc.mentions`` -> ``doc.entities``)
resolved to an entity with a country; this module never names an actor
itself. It reads the little syntax that marks roles: the prepositions before
a mention (على، ضد، مع، إلى، تجاه، ... mark an addressee; من قبل an agent;
من a sender; بين a pair) and the position of the mention relative to the
trigger (VSO: first bare mention after a verb; SVO: nearest bare mention
before it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import Document, Entity, Mention
from .clauses import Span
from .lexicon import Trigger, fold_phrase

NON_ACTOR_TYPES = {"place", "document", "event", "treaty"}

_PREPS = {
    "ar": {
        "target": {"علي", "ضد", "مع", "الي", "تجاه", "حيال", "نحو", "لدي", "عن", "امام"},
        "from": {"من"},
        "between": {"بين"},
    },
    "en": {
        "target": {"against", "with", "to", "toward", "towards", "on", "at", "of"},
        "from": {"from"},
        "between": {"between"},
        "agent": {"by"},
    },
}
_AR_AGENT = ("من قبل",)
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their"}
_AR_ATTACHED_TARGET = ("بال", "لل", "وبال", "ولل", "فبال")


@dataclass(frozen=True)
class Actor:
    mention: Mention | None
    entity: Entity | None
    country: str
    name: str
    prep: str | None = None  # target | from | agent | between | None

    def to_ref(self) -> dict[str, Any]:
        return {"entity": self.entity.id if self.entity else None, "name": self.name, "country": self.country}


def passage_actors(doc: Document, passage_index: int) -> list[Actor]:
    """Actor mentions of one passage, in text order, each tagged with its preposition."""
    by_id = {e.id: e for e in doc.entities}
    text = doc.passages[passage_index].text
    lang = doc.passages[passage_index].lang
    out = []
    for m in sorted((m for m in doc.mentions if m.passage == passage_index), key=lambda m: m.start):
        ent = by_id.get(m.entity)
        if ent is None or not ent.country or ent.type in NON_ACTOR_TYPES:
            continue
        name = ent.name if lang == "en" or not ent.name_ar else ent.name_ar
        out.append(Actor(m, ent, ent.country, name or m.text, preposition(text, m, lang)))
    return out


def preposition(text: str, m: Mention, lang: str) -> str | None:
    preps = _PREPS.get(lang, _PREPS["en"])
    before = fold_phrase(text[max(0, m.start - 24):m.start], lang)
    head = fold_phrase(text[m.start:m.end], lang)
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
    if not words:
        return None
    last = words[-1]
    for tag, set_ in preps.items():
        if last in set_:
            return tag
    if lang == "ar" and last.startswith("و") and len(words) > 2 and words[-3] in preps["between"]:
        return "between"
    return None


def _bare(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.prep is None]


def _tagged(actors: list[Actor], tag: str) -> list[Actor]:
    return [a for a in actors if a.prep == tag]


def _other(actors: list[Actor], source: Actor | None) -> list[Actor]:
    if source is None:
        return actors
    return [a for a in actors if a.entity is None or source.entity is None or a.entity.id != source.entity.id]


@dataclass
class Roles:
    source: Actor | None
    target: Actor | None
    how: str  # which construction decided the source (for confidence)


def assign(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], topic: Actor | None,
           context: list[Actor], lang: str = "ar", nominal: bool = False, conjoined: bool = False,
           text: str = "", vso_end: int | None = None, passive: bool = False,
           subject: Actor | None = None) -> Roles:
    """Pick source and target for a trigger hit inside a clause window.

    ``topic`` is the subject carried from the previous act (Arabic drops
    pronoun subjects: "وأعرب عن أسفه"); ``context`` the actors named before
    the clause, latest last, for reactions whose target is the other side.
    ``nominal``: the hit is a verbal noun, whose agent follows it ("معارضة من
    X", "تقرير وفد X"); ``conjoined``: an Arabic verb with its own conjunction
    ("وانتقد"), whose subject is never a noun standing before it;
    ``vso_end``: where the next verb starts (a subject after it is that
    verb's); ``passive``: "تم + verbal noun" ("تم رفض الاقتراح الفنلندي"):
    the agent is named by من قبل or carried over, the actor after is the target;
    ``subject``: the subject fixed by the syntax (the antecedent of a relative
    pronoun: "مجلس التجارة، الذي رفض ...").
    """
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    before = [a for a in inside if a.mention.end <= hit.start][::-1]  # nearest first
    # A phrase with a gap ("قطعت … العلاقات") can hold its subject inside it.
    after = [a for a in inside if a.mention.start >= hit.start]

    if trigger.role == "receive":  # "تلقت X رد من Y": X receives, Y sends
        target = (_bare(after) or _bare(before) or [None])[0]
        senders = _tagged(after, "from")
        source = senders[0] if senders else None
        if source is None and text:  # "مذكرة الاحتجاج البريطاني": the note's nationality is its sender
            source = _nationality_after(text, hit.end, target)
        if source is None:
            others = [a for a in _other(after, target) if a.mention.start - hit.end <= 30]
            source = others[0] if others else None
        return Roles(source, target, "receive")

    pair = nationality_pair(text, hit.end, lang) if trigger.pair and text else None
    if trigger.role == "tell":  # "أخبر X Y أن": X tells Y; "أخبر Y أنه": the subject is dropped
        bare = [a for a in _bare(after) if a.mention.start - hit.end <= 40]
        if len(bare) >= 2 and bare[1].mention.start - bare[0].mention.end <= 25:
            return Roles(bare[0], bare[1], "vso")
        source = topic if conjoined or not _bare(before) else _bare(before)[0]
        return Roles(source, bare[0] if bare else None, "tell" if source else "none")

    pair_a, pair_b = _tagged(after, "between")[:1], _tagged(after, "between")[1:2]
    source, how = None, ""
    if trigger.from_is_target:  # "الاعتذار من الحكومة": من marks the addressee
        after = [a if a.prep != "from" else Actor(a.mention, a.entity, a.country, a.name, "target") for a in after]
    own = [a for a in after if a.mention.start < hit.end]  # the act's noun names its body: "لجنة التحقيق"
    after = [a for a in after if a.mention.start >= hit.end]
    between = _tagged(after, "between")
    if passive and len(between) < 2:
        agents = _tagged(after, "agent") + _tagged(before, "agent")
        source = agents[0] if agents else topic
        if source is None:
            return Roles(None, None, "none")
        objects = [a for a in after if a.prep != "agent" and (a.entity is None or source.entity is None
                                                              or a.entity.id != source.entity.id)]
        if trigger.no_target:
            return Roles(source, None, "agent" if agents else "topic")
        return Roles(source, objects[0] if objects else None, "agent" if agents else "topic")
    subject_zone = [a for a in after if vso_end is None or a.mention.start < vso_end]
    if trigger.scene and not pair_a and not _bare(after):  # "الأول بين تشامبرلين وراكوفسكي ... عقد الاجتماع"
        pair_before = _tagged(before, "between")[::-1]
        if len(pair_before) >= 2:
            pair_a, pair_b = pair_before[:1], pair_before[1:2]
    rel_agent = _relative_agent(after, hit, text, lang)
    if nominal:
        order = [(_agents_after(after, hit, text) or rel_agent, "agent"), (own, "self"), (_possessor(after, hit, text), "agent"),
                 (_bare(before)[:1], "svo"), (_bare(after)[:1], "vso"), (pair_a, "between")]
    else:
        agents = _tagged(after, "agent") + _tagged(before, "agent")
        if lang != "ar" and text and not _en_passive(text, hit):
            agents = []  # "criticised the role played by the party": by names no agent of an active verb
        order = [(agents, "agent"),
                 ((_bare(own) + _bare(subject_zone))[:1], "vso"), ([] if conjoined else _bare(before)[:1], "svo"), (pair_a, "between")]
        if lang != "ar":  # English is SVO: the subject stands before the verb
            order[1], order[2] = order[2], order[1]
    obj = None
    if trigger.object_first and not nominal and lang == "ar" and text:
        for c, label in order:
            if label == "vso" and c and _takes_complement(c[0], text):
                obj = c[0]
        order = [(c, label) for c, label in order if not (label == "vso" and c and c[0] is obj)]
    if subject is not None:
        order = [([subject], "relative")]
    for cands, label in order:
        if cands:
            source, how = cands[0], label
            break
    if source is None and topic is not None:
        source, how = topic, "topic"
    if pair:
        if source is None or how in ("topic", "between"):
            source, how = pair[0], "pair"
        if trigger.no_target:
            return Roles(source, None, how)
        other = next((a for a in pair if a.country != source.country), None)
        if other is not None:
            return Roles(source, other, how)
    if source is None:
        return Roles(None, None, "none")
    if trigger.no_target:
        return Roles(source, None, how)
    if trigger.role == "propose":
        return Roles(source, _addressee(trigger, hit, after) or _own_side(source), how)
    if text:  # "أعرب عن استيائه ... في رسالة إلى ستالين": the letter's addressee is not the act's target
        after = [a for a in after if not _medium_addressee(a, text, lang)]
    target = _pick_target(trigger, source, after, before, pair_b, how, context)
    if obj is not None and obj is not source:
        target = obj
    elif not nominal and rel_agent and rel_agent[0] is not source:
        target = rel_agent[0]  # "انتقد الدور الذي قام به حزب المحافظين": the doer of what is criticised
    if target is None and trigger.context_target and text:
        target = _object_nationality(text, hit, window, source, lang)
    if target is not None and target.entity is not None and source.entity is not None and target.entity.id == source.entity.id:
        target = None  # no act is aimed by an actor at itself
    return Roles(source, target, how)


_MEDIUM = {"ar": re.compile(r"(?:رساله|برقيه|مذكره|خطاب|رد)\s+(?:الي|لـ?)\s*$"),
           "en": re.compile(r"(?:letter|telegram|note|message)\s+to\s*(?:the\s+)?$")}


def _medium_addressee(a: Actor, text: str, lang: str) -> bool:
    pat = _MEDIUM.get(lang)
    if pat is None or a.mention is None:
        return False
    return pat.search(fold_phrase(text[max(0, a.mention.start - 30):a.mention.start], lang)) is not None


_REL_AGENT = {
    "ar": re.compile(r"^\s*(?:\S+\s+){0,2}(?:الذي|التي)\s+(?:قام|قامت|نفذ|نفذت|شن|شنت|اتخذ|اتخذت|قدم|قدمت|اجري|اجرت|ارتكب|ارتكبت)"
                     r"(?:ه|ها|\s+به|\s+بها)?\s*$"),
    "en": re.compile(r"^\s*(?:\S+\s+){0,2}(?:carried out|conducted|made|played|taken|undertaken|launched)\s+by\s*(?:the\s+)?$"),
}


_OBJECT_PREP = {"ar": re.compile(r"(?<!\w)(?:علي|ضد|تجاه|حيال)\s+(\S+)\s+(\S+)"),
                "en": re.compile(r"\b(?:against|at|on)\s+the\s+(\S+)\s+(\S+)")}


def _object_nationality(text: str, hit: Span, window: Span, source: Actor, lang: str) -> Actor | None:
    """"احتجت الحكومة السوفييتية على الإجراء البريطاني", "protested against
    the British raid": a nationality word on the object names the side aimed at."""
    from ..actors.lookup import country_code

    pat = _OBJECT_PREP.get(lang)
    if pat is None:
        return None
    zone = text[hit.end:window.end]
    m = pat.search(fold_phrase(zone, lang))
    if not m:
        return None
    for word in (m.group(2), m.group(1)) if lang == "ar" else (m.group(1),):
        raw = word.strip("،,؛;.:()\"'")
        code = country_code(raw) if raw and not raw.isdigit() else None
        if code and code != source.country:
            return Actor(None, None, code, raw)
    return None


def _en_passive(text: str, hit: Span) -> bool:
    aux = ("was", "were", "been", "is", "are", "be", "being")
    words = text[max(0, hit.start - 20):hit.start].lower().split()
    own = text[hit.start:hit.end].lower().split()
    return (bool(words) and words[-1] in aux) or any(w in aux for w in own)


def _relative_agent(after: list[Actor], hit: Span, text: str, lang: str) -> list[Actor]:
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


def _takes_complement(a: Actor, text: str) -> bool:
    # "اتهم تشامبرلين بالعمل على ...", "متهمة الحكومة السوفييتية بمواصلة ...":
    # an actor followed at once by a ب-phrase is the object of the verb.
    nxt = text[a.mention.end:a.mention.end + 20].split()[:1]
    return bool(nxt) and fold_phrase(nxt[0], "ar").startswith("ب") and len(nxt[0]) > 3


def _agents_after(after: list[Actor], hit: Span, text: str) -> list[Actor]:
    # "بمعارضة قوية من تشيشيرين", "رد من راكوفسكي", "من قبل البرلمان"
    out = []
    for a in after:  # من within a few words; the explicit من قبل anywhere in the clause
        if (a.prep == "from" and a.mention.start - hit.end <= 30) or a.prep == "agent":
            out.append(a)
    return out[:1]


def _possessor(after: list[Actor], hit: Span, text: str) -> list[Actor]:
    # "التقرير الرسمي لوفد نقابات العمال", "احتجاج الحكومة السوفييتية": the
    # actor right after a verbal noun (with at most one adjective between) is its agent.
    for a in after:
        gap = text[hit.end:a.mention.start] if text else ""
        gap = re.sub(r"(?:^|\s)[لب]$", "", gap.rstrip())  # a clitic glued to the name ("لوفد")
        if len(gap.split()) <= 1 and not re.search(r"[،,؛;.]", gap) and a.prep in (None, "target"):
            raw_before = text[max(0, a.mention.start - 2):a.mention.start] if text else ""
            if a.prep is None or raw_before.endswith("ل") or a.mention.text.startswith("ل"):
                return [a]
        break
    return []


def _nationality_after(text: str, offset: int, exclude: Actor | None) -> Actor | None:
    from ..actors.lookup import country_code

    for tok in text[offset:offset + 40].split()[:3]:
        tok = tok.strip("،,؛;.:()\"'")
        code = country_code(tok) if tok and not tok.isdigit() else None
        if code and (exclude is None or code != exclude.country):
            return Actor(None, None, code, tok)
    return None


def nationality_pair(text: str, offset: int, lang: str) -> list[Actor] | None:
    """Two nationality words right after a noun: "المؤتمر البريطاني – السوفييتي",
    "Anglo-Soviet": the two sides of the act, in the order written."""
    from ..actors.lookup import country_code

    tail = text[offset:offset + 60]
    tokens = [t for t in re.split(r"[\s\-–—]+", tail) if t][:4]
    found: list[tuple[int, str, str]] = []
    for i, tok in enumerate(tokens):
        tok = tok.strip("،,؛;.:()\"'")
        if not tok or tok.isdigit():
            continue
        code = country_code(tok)
        if code:
            found.append((i, code, tok))
        elif found:
            break
        elif i >= 1:
            return None
    if len(found) < 2 or found[0][1] == found[1][1] or found[1][0] - found[0][0] > 1:
        return None
    return [Actor(None, None, c, tok) for _, c, tok in found[:2]]


def _addressee(trigger: Trigger, hit: Span, after: list[Actor]) -> Actor | None:
    # A proposal is made *to* someone only when the addressee follows the verb
    # at once ("اقترح على مجلس الوزراء"); an actor further on is its content.
    for a in _tagged(after, "target"):
        if a.mention.start - hit.end <= 12:
            return a
    return None


def _own_side(source: Actor) -> Actor:
    # GUIDELINES: an internal proposal about the other side is 020 to one's own side.
    return Actor(None, None, source.country, f"{source.name} (own side)")


def _pick_target(trigger: Trigger, source: Actor, after: list[Actor], before: list[Actor],
                 pair_b: list[Actor], how: str, context: list[Actor]) -> Actor | None:
    if pair_b:
        return pair_b[0]
    if trigger.role == "speech":
        # a reaction or a statement aimed at the other side: an actor of the
        # source's own country is the matter talked about, not the addressee
        after = [a for a in after if a.country != source.country]
    options = _other(_tagged(after, "target"), source)
    if options:
        return options[0]
    objects = _other(_bare(after), source)
    if how == "vso":
        objects = objects[1:] if objects and objects[0] is source else objects
    if objects:
        return objects[0]
    if trigger.context_target == "topic" and context and context[-1] is not source:
        return context[-1]
    if trigger.context_target or trigger.role == "speech":
        for a in reversed(context):
            if a.country != source.country:
                return a
    return None
