"""The actors of a passage as candidates for an act's roles.

Actors are whatever the actors layer (``doc.mentions`` -> ``doc.entities``)
resolved to an entity with a country; the events stage never names an actor
itself. Each actor carries the preposition before its mention. ``Roles`` is
what role assignment decides for one act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import Document, Entity, Mention
from .lexicon import fold_phrase
from .prepositions import preposition
from .titles import lead

_AND = re.compile(r"\s*(?:و|and)\s*")
NON_ACTOR_TYPES = {"place", "document", "event", "treaty"}
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|across|via|through|inside|within|for|left|reached|entered)\s+(?:the\s+)?|'s\s+)$", re.I)


@dataclass(frozen=True)
class Actor:
    mention: Mention | None
    entity: Entity | None
    country: str
    name: str
    prep: str | None = None  # target | from | agent | between | in | of | None
    lead: int | None = None  # where the mention's title starts ("السفير البريطاني موريس بيترسون")

    def to_ref(self) -> dict[str, Any]:
        # a group made up on the spot ("~GBR+USA") is no entity of the document
        entity = self.entity.id if self.entity and not self.entity.id.startswith("~") else None
        return {"entity": entity, "name": self.name, "country": self.country}


@dataclass
class Roles:
    source: Actor | None
    target: Actor | None
    how: str  # which construction decided the source (for confidence)


def _mentions(doc: Document, passage_index: int) -> list[tuple[Mention, Entity | None]]:
    """The mentions of one passage in text order, each with its entity."""
    by_id = {e.id: e for e in doc.entities}
    ordered = sorted((m for m in doc.mentions if m.passage == passage_index), key=lambda m: m.start)
    return [(m, by_id.get(m.entity)) for m in ordered]


def international_bodies(doc: Document, passage_index: int) -> list[tuple[Mention, Entity]]:
    """The mentions of international bodies ("the Security Council", "مجلس الأمن")
    in a passage, with their entity: actors with no country of their own, left
    out of ``passage_actors``."""
    return [(m, e) for m, e in _mentions(doc, passage_index)
            if e is not None and not e.country and (e.code or "").startswith("IGO")]


def passage_actors(doc: Document, passage_index: int) -> list[Actor]:
    """Actor mentions of one passage, in text order, each tagged with its preposition."""
    text = doc.passages[passage_index].text
    lang = doc.passages[passage_index].lang
    out = []
    mentions = _mentions(doc, passage_index)
    spans = [(m.start, m.end) for m, _ in mentions]
    for m, ent in mentions:
        if ent is None or not ent.country or (ent.type in NON_ACTOR_TYPES and not _seat_of_government(ent, text, m, lang, spans)):
            continue
        name = ent.name if lang == "en" or not ent.name_ar else ent.name_ar
        # a person's role is marked before the title: "مع وزير الخارجية البريطاني جون سايمون"
        start = lead(text, m.start, lang, spans) if ent.type == "person" else m.start
        prep = preposition(text, m, lang, start)
        if prep is None and out and out[-1].prep is not None and _AND.fullmatch(text[out[-1].mention.end:start]):
            # "بين الحكومة العراقية والحكومة البريطانية": the pair's second; "عن مصر
            # والسودان", "to Egypt and Israel": joined by و/and, under the same preposition
            prep = out[-1].prep
        out.append(Actor(m, ent, ent.country, name or m.text, prep, start))
    return out


# a feminine past verb with its conjunction ("فرفضت", "وأبلغت"), not a place noun
_AR_FEM_VERB = re.compile(r"[وف]?(?:[اأإ]?[\u0621-\u064a]{2,5})ت")
_AR_THAT = {"ان", "لان", "بان", "فان", "وان", "لكن", "ولكن"}
_AR_PARTY = re.compile(r"(?:^|\s)(?:مع|علي|ضد|لدي|تجاه|حيال|بين|الي)\s*$")


def _seat_of_government(ent: Entity, text: str, m: Mention, lang: str = "en",
                        spans: list[tuple[int, int]] | None = None) -> bool:
    """Metonymy: a capital that acts ("Moscow signed a treaty", "protested to
    London", "التفاوض مع لندن") stands for its state's government; one after a
    locative preposition ("met in London", "left London for Paris", "سافر إلى
    لندن") is a place."""
    if ent.type != "place":
        return False
    from ..actors.dictionary import load_dictionary

    pl = load_dictionary().places.get(ent.name)
    if pl is None or not pl.capital:
        return False
    if lang == "ar":
        # the party after مع، على، ضد، لدى, or the subject right after a
        # feminine past verb ("فرفضت لندن طلبه", "واحتجت باريس")
        before = fold_phrase(text[max(0, m.start - 16):m.start], "ar")
        if _AR_PARTY.search(before):
            return True
        words = before.split()
        if any(end < m.start and not text[end:m.start].strip() for _, end in spans or ()):
            return True  # "وأبلغت الحكومة البريطانية عمان": the object right after the subject
        if words and words[-1] in _AR_THAT and before.endswith(" "):
            # "إلا أن باريس طالبت": the subject of the clause after أن, with its feminine verb
            nxt = fold_phrase(text[m.end:m.end + 16], "ar").split()[:1]
            return bool(nxt) and _AR_FEM_VERB.fullmatch(nxt[0]) is not None
        return bool(words) and before.endswith(" ") and _AR_FEM_VERB.fullmatch(words[-1]) is not None
    before = text[max(0, m.start - 20):m.start]
    if _LOCATIVE.search(before):
        return False
    after = text[m.end:m.end + 20]
    if re.match(r"\s+(?:for|to)\s+[A-Z]", after) or re.match(r"\s*[-–]\s*[A-Z]", after):
        return False  # "left London for Paris", "the London-Paris line"
    if re.search(r"\b[Tt]he\s+$", before) and re.match(r"\s+[a-z]", after):
        return False  # "the London decisions", "the Moscow conference": the city names a thing
    return True


def passage_places(doc: Document, passage_index: int) -> list[Actor]:
    """Place mentions of a passage with the country they lay in: the goal of a
    material act ("sent troops to Shanghai") names the state aimed at."""
    text = doc.passages[passage_index].text
    lang = doc.passages[passage_index].lang
    out = []
    for m, ent in _mentions(doc, passage_index):
        if ent is not None and ent.type == "place" and ent.country:
            out.append(Actor(m, ent, ent.country, ent.name, preposition(text, m, lang)))
    return out


def bare(actors: list[Actor]) -> list[Actor]:
    """Actors with no preposition before them (subjects and direct objects)."""
    return [a for a in actors if a.prep is None]


def tagged(actors: list[Actor], tag: str) -> list[Actor]:
    return [a for a in actors if a.prep == tag]


def other(actors: list[Actor], source: Actor | None) -> list[Actor]:
    """The actors that are not the source itself."""
    if source is None:
        return actors
    return [a for a in actors if a.entity is None or source.entity is None or a.entity.id != source.entity.id]


def same_entity(a: Actor | None, b: Actor | None) -> bool:
    """Both actors resolve to the one entity."""
    return a is not None and b is not None and a.entity is not None and b.entity is not None and a.entity.id == b.entity.id
