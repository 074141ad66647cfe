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
        "target": {"علي", "ضد", "مع", "الي", "تجاه", "حيال", "نحو", "لدي", "عن"},
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
           text: str = "") -> Roles:
    """Pick source and target for a trigger hit inside a clause window.

    ``topic`` is the subject carried from the previous act (Arabic drops
    pronoun subjects: "وأعرب عن أسفه"); ``context`` the actors named before
    the clause, latest last, for reactions whose target is the other side.
    ``nominal``: the hit is a verbal noun, whose agent follows it ("معارضة من
    X", "تقرير وفد X"); ``conjoined``: an Arabic verb with its own conjunction
    ("وانتقد"), whose subject is never a noun standing before it.
    """
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    before = [a for a in inside if a.mention.end <= hit.start][::-1]  # nearest first
    # A phrase with a gap ("قطعت … العلاقات") can hold its subject inside it.
    after = [a for a in inside if a.mention.start >= hit.start]

    if trigger.role == "receive":  # "تلقت X رد من Y": X receives, Y sends
        target = (_bare(after) or _bare(before) or [None])[0]
        senders = _tagged(after, "from") or _other(after, target)
        source = senders[0] if senders else None
        if source is None and text:  # "مذكرة الاحتجاج البريطاني": the note's nationality is its sender
            source = _nationality_after(text, hit.end, target)
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
    if nominal:
        order = [(_agents_after(after, hit, text), "agent"), (own, "self"), (_possessor(after, hit, text), "agent"),
                 (_bare(before)[:1], "svo"), (_bare(after)[:1], "vso"), (pair_a, "between")]
    else:
        order = [(_tagged(after, "agent") + _tagged(before, "agent"), "agent"),
                 ((_bare(own) + _bare(after))[:1], "vso"), ([] if conjoined else _bare(before)[:1], "svo"), (pair_a, "between")]
        if lang != "ar":  # English is SVO: the subject stands before the verb
            order[1], order[2] = order[2], order[1]
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
    target = _pick_target(trigger, source, after, before, pair_b, how, context)
    return Roles(source, target, how)


def _agents_after(after: list[Actor], hit: Span, text: str) -> list[Actor]:
    # "بمعارضة قوية من تشيشيرين", "رد من راكوفسكي", "من قبل البرلمان"
    out = []
    for a in after:
        if a.prep in ("from", "agent") and a.mention.start - hit.end <= 30:
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
