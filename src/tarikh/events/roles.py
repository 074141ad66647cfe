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
           context: list[Actor], lang: str = "ar") -> Roles:
    """Pick source and target for a trigger hit inside a clause window.

    ``topic`` is the subject carried from the previous act (Arabic drops
    pronoun subjects: "وأعرب عن أسفه"); ``context`` the actors named before
    the clause, latest last, for reactions whose target is the other side.
    """
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    before = [a for a in inside if a.mention.end <= hit.start][::-1]  # nearest first
    # A phrase with a gap ("قطعت … العلاقات") can hold its subject inside it.
    after = [a for a in inside if a.mention.start >= hit.start]

    if trigger.role == "receive":  # "تلقت X رد من Y": X receives, Y sends
        target = (_bare(after) or _bare(before) or [None])[0]
        senders = _tagged(after, "from") or _other(after, target)
        source = senders[0] if senders else None
        return Roles(source, target, "receive")

    pair_a, pair_b = _tagged(after, "between")[:1], _tagged(after, "between")[1:2]
    source, how = None, ""
    order = [(_tagged(after, "agent") + _tagged(before, "agent"), "agent"),
             (_bare(after)[:1], "vso"), (_bare(before)[:1], "svo"), (pair_a, "between")]
    if lang != "ar":  # English is SVO: the subject stands before the verb
        order[1], order[2] = order[2], order[1]
    for cands, label in order:
        if cands:
            source, how = cands[0], label
            break
    if source is None and topic is not None:
        source, how = topic, "topic"
    if source is None:
        return Roles(None, None, "none")
    if trigger.no_target:
        return Roles(source, None, how)
    if trigger.role == "propose":
        return Roles(source, _addressee(trigger, hit, after) or _own_side(source), how)
    target = _pick_target(trigger, source, after, before, pair_b, how, context)
    return Roles(source, target, how)


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
