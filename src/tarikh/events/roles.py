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
        "target": {"against", "with", "to", "toward", "towards", "on", "at"},
        "of": {"of"},  # "a delegation of the TUC": the owner of a subject, or an object ("the policy of X")
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
        if ent is None or not ent.country or (ent.type in NON_ACTOR_TYPES and not (lang == "en" and _seat_of_government(ent, text, m))):
            continue
        name = ent.name if lang == "en" or not ent.name_ar else ent.name_ar
        out.append(Actor(m, ent, ent.country, name or m.text, preposition(text, m, lang)))
    return out


_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|across|via|through|inside|within|for|left|reached|entered)\s+(?:the\s+)?|'s\s+)$", re.I)


def _seat_of_government(ent: Entity, text: str, m: Mention) -> bool:
    """English metonymy: a capital that acts ("Moscow signed a treaty",
    "protested to London") stands for its state's government; one after a
    locative preposition ("met in London", "left London for Paris") is a place."""
    if ent.type != "place":
        return False
    from ..actors.dictionary import load_dictionary

    pl = load_dictionary().places.get(ent.name)
    if pl is None or not pl.capital:
        return False
    before = text[max(0, m.start - 20):m.start]
    if _LOCATIVE.search(before):
        return False
    after = text[m.end:m.end + 20]
    if re.match(r"\s+(?:for|to)\s+[A-Z]", after) or re.match(r"\s*[-–]\s*[A-Z]", after):
        return False  # "left London for Paris", "the London-Paris line"
    return True


def passage_places(doc: Document, passage_index: int) -> list[Actor]:
    """Place mentions of a passage with the country they lay in: the goal of a
    material act ("sent troops to Shanghai") names the state aimed at."""
    by_id = {e.id: e for e in doc.entities}
    text = doc.passages[passage_index].text
    lang = doc.passages[passage_index].lang
    out = []
    for m in sorted((m for m in doc.mentions if m.passage == passage_index), key=lambda m: m.start):
        ent = by_id.get(m.entity)
        if ent is not None and ent.type == "place" and ent.country:
            out.append(Actor(m, ent, ent.country, ent.name, preposition(text, m, lang)))
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
           subject: Actor | None = None, sentence: Span | None = None, places: list[Actor] | None = None) -> Roles:
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

    if lang == "en" and text and not nominal and subject is None and trigger.role == "active":
        roles = _en_causative_roles(trigger, hit, window, actors, text, sentence)
        if roles is not None:
            return roles
    if lang == "en" and text and not nominal and subject is None and trigger.role in ("active", "propose", "speech"):
        roles = _en_passive_roles(trigger, hit, window, actors, before, after, context, text, sentence)
        if roles is not None:
            return _with_goal(roles, trigger, hit, window, places)
    if lang == "en" and text and nominal and trigger.role == "active":
        roles = _en_carrier_roles(trigger, hit, window, actors, after, context, text, sentence)
        if roles is not None:
            return roles
    en_overt = False
    if lang == "en" and text and not nominal and subject is None:
        lead = text[window.start:hit.start]
        subj = _en_conjoined_subject(topic, actors, hit, sentence) if _EN_CONJOINED.search(lead) else None
        if subj is not None:
            # "recognised the Soviet government ... and signed two treaties
            # with it": a verb joined to the last one shares its subject (the
            # last act's, if told in this sentence, else the sentence's first actor)
            topic = subj
            after_only = [a for a in after if a.mention.start >= hit.end]
            target = None if trigger.no_target else _pick_target(trigger, topic, after_only, before, [], "topic", context, lang, hit.end, text)
            if target is not None and target.entity is not None and topic.entity is not None and target.entity.id == topic.entity.id:
                target = None
            return _with_goal(Roles(topic, target, "topic"), trigger, hit, window, places)
        en_overt = _en_overt_subject(lead)

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
    if lang == "en" and trigger.scene and text and len(before) >= 2 and not nominal:
        # "British and Soviet trade union leaders met": the first named meets the second
        b, a = before[0], before[1]
        if a.prep is None and b.prep is None and a.country != b.country \
                and re.fullmatch(r"\s*(?:and|,)\s*", text[a.mention.end:b.mention.start]):
            return Roles(a, b, "between")
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
            # in the clause, else before it in the sentence ("Chicherin, who
            # was in Berlin, condemned ..."); a bare actor after an active
            # verb is its object, the subject only when none stands before
            # and the story gives none
            vso = order[1]
            svo = [] if conjoined else [a for a in before if a.prep in (None, "of")][:1]
            if en_overt:  # "Nationalist crowds seized ...": a subject the actors layer does not know
                order = [order[0], (svo, "svo")]
            else:
                order = [order[0], (svo, "svo"), (_en_sentence_subject(actors, hit, window, sentence, text), "svo")]
                if topic is None:
                    order.append(vso)
            order.append((pair_a, "between"))
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
    if source is None and topic is not None and not en_overt:
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
    target = _pick_target(trigger, source, after, before, pair_b, how, context, lang, hit.end, text)
    if obj is not None and obj is not source:
        target = obj
    elif not nominal and rel_agent and rel_agent[0] is not source:
        target = rel_agent[0]  # "انتقد الدور الذي قام به حزب المحافظين": the doer of what is criticised
    if target is None and trigger.context_target and text:
        target = _object_nationality(text, hit, window, source, lang)
    if target is not None and target.entity is not None and source.entity is not None and target.entity.id == source.entity.id:
        target = None  # no act is aimed by an actor at itself
    return _with_goal(Roles(source, target, how), trigger, hit, window, places)


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
                "en": re.compile(r"(?:\b(?:against|at|on)\s+|^\s*)the\s+(\S+)\s+(\S+)")}  # "protested against the British raid", "praised the Soviet experiment"


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


_EN_AUX = re.compile(r"\b(?:was|were|had been|has been|have been|is|are|being|be)\s+(?:\w+ly\s+)?$", re.I)
_EN_RECIPIENT = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:handed|given|sent|served with|presented with)\b[^,;]*$", re.I)


def _en_sentence_subject(actors: list[Actor], hit: Span, window: Span, sentence: Span | None, text: str) -> list[Actor]:
    """The nearest bare actor before the verb in its sentence, when its clause
    has none: an apposition or relative clause stands between them."""
    if sentence is None:
        return []
    owner = None  # "a delegation of the TUC": taken only when no bare subject stands further back
    for a in reversed(actors):
        if a.mention is None or a.mention.end > hit.start or a.mention.start < sentence.start:
            continue
        if a.mention.start >= window.start:
            continue  # the clause's own actors were tried already
        if a.prep not in (None, "of"):
            continue
        between = text[a.mention.end:hit.start]
        if ";" in between or _EN_NEW_CLAUSE.search(between):
            break  # another clause with its own subject lies between
        if a.prep is None:
            return [a]  # "Scotland Yard, with the approval of the Prime Minister, raided"
        owner = owner or a
    return [owner] if owner else []


_EN_NEW_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:the|a|an|his|her|its|their|[A-Z]\w*)\b")
_EN_CONJOINED = re.compile(r"(?:^|[\s,])(?:and|but)\s+(?:then\s+|also\s+|later\s+|\w+ly\s+)?$")
_EN_NO_SUBJECT = {"and", "but", "then", "also", "later", "subsequently", "thereupon", "finally", "who", "which", "that",
                  "he", "she", "it", "they", "we", "had", "has", "have", "was", "were", "would", "soon", "immediately",
                  "once", "duly", "thus", "therefore", "however", "instead", "again", "first", "not", "never", "jointly"}
_EN_CARRIER = re.compile(r"\b(?:sent|addressed|delivered|lodged|handed|presented|issued|submitted|dispatched|despatched|made|sends|lodges)\b", re.I)


def _en_conjoined_subject(topic: Actor | None, actors: list[Actor], hit: Span, sentence: Span | None) -> Actor | None:
    if sentence is None:
        return topic
    if topic is not None and topic.mention is not None and sentence.start <= topic.mention.start < hit.start:
        return topic
    first = next((a for a in actors if a.mention is not None and sentence.start <= a.mention.start < hit.start
                  and a.prep in (None, "of")), None)
    return first or topic


def _en_overt_subject(lead: str) -> bool:
    """Whether the words before an English verb in its clause end with a
    subject of their own ("In January 1927 Nationalist crowds seized"), so
    that the story's last actor is not the doer."""
    words = re.findall(r"[A-Za-z][\w'-]*", lead)
    while words and (words[-1].lower().endswith("ly") or words[-1].lower() in ("also", "then", "later", "jointly", "soon")):
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    if last in _EN_NO_SUBJECT or last.isdigit():
        return False
    # a date or a footnote marker opening the clause is no subject ("On 24 May", "In 1925")
    if re.search(r"(?:\d{4}|\d|\])\s*$", lead.rstrip(" ,")):
        return False
    return True


_EN_CAUSATIVE = re.compile(r"\b(?:had|got)\s+((?:[\w'-]+\s+){1,12})$")


def _en_causative_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], text: str,
                        sentence: Span | None) -> Roles | None:
    """"the Home Office had twelve communist leaders arrested": the subject of
    "had" does the act, the actor between is the one acted on."""
    lead = text[window.start:hit.start]
    m = _EN_CAUSATIVE.search(lead)
    if m is None:
        return None
    had = Span(window.start + m.start(), window.start + m.start(1))
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    objects = [a for a in inside if had.end <= a.mention.start and a.mention.end <= hit.start]
    if not objects:
        return None
    before = [a for a in inside if a.mention.end <= had.start and a.prep in (None, "of")][::-1]
    subj = before[:1] or _en_sentence_subject(actors, had, window, sentence, text)
    if not subj:
        return None
    return Roles(subj[0], None if trigger.no_target else objects[0], "svo")


def _en_carrier_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], after: list[Actor],
                      context: list[Actor], text: str, sentence: Span | None) -> Roles | None:
    """A noun act carried by a verb: "the Foreign Office sent Moscow a note of
    protest", "Chamberlain addressed a note of protest to the Soviet
    government", "Rosengolts delivered a protest against the raid to the
    Foreign Office": the verb's subject is the doer, its other object the target."""
    lead = text[window.start:hit.start]
    found = None
    for found in _EN_CARRIER.finditer(lead):
        pass
    if found is None:
        return None
    verb = Span(window.start + found.start(), window.start + found.end())
    if len(text[verb.end:hit.start].split()) > 6:
        return None
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    before = [a for a in inside if a.mention.end <= verb.start][::-1]
    subj = [a for a in before if a.prep in (None, "of")][:1] or (
        [] if _en_overt_subject(text[window.start:verb.start]) else _en_sentence_subject(actors, verb, window, sentence, text))
    if not subj:
        return None
    source = subj[0]
    between = [a for a in inside if verb.end <= a.mention.start and a.mention.end <= hit.start and a.country != source.country]
    later = [a for a in after if a.mention.start >= hit.end and a.prep in ("target", "of") and a.country != source.country]
    target = (between or later or [None])[0]
    if target is None and trigger.context_target:
        target = next((a for a in reversed(context) if a.country != source.country), None)
    return Roles(source, None if trigger.no_target else target, "agent")


def _with_goal(r: Roles, trigger: Trigger, hit: Span, window: Span, places: list[Actor] | None) -> Roles:
    """A material act with no target aimed at a place ("sent troops to
    Shanghai"): the state the place lay in is the target."""
    if r.source is None or r.target is not None or trigger.no_target or not places or trigger.cameo[:2] < "15":
        return r
    for a in places:
        if a.mention.start >= hit.end and a.mention.start < window.end and a.prep == "target" and a.country != r.source.country:
            return Roles(r.source, a, r.how)
    return r


def _en_passive_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], before: list[Actor],
                      after: list[Actor], context: list[Actor], text: str, sentence: Span | None) -> Roles | None:
    """English passives: "the Soviet mission was expelled", "the embassy was
    raided by the police", "Rosengolts was handed a note ending relations".
    The subject is the one acted on; the doer is the "by" agent, else the
    other side last named in the story."""
    lead = text[max(window.start, hit.start - 40):hit.start]
    own = text[hit.start:hit.end]
    passive = bool(_EN_AUX.search(lead)) or bool(re.search(r"\b(?:was|were)\s", own, re.I))
    recipient = not passive and bool(_EN_RECIPIENT.search(text[window.start:hit.start]))
    if not (passive or recipient):
        return None
    subj = (_bare(before)[:1] or _en_sentence_subject(actors, hit, window, sentence, text))
    target = subj[0] if subj else None
    agents = [a for a in after if a.mention.start - hit.end <= 40 and (
        a.prep == "agent" or re.search(r"\bby\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}$", text[hit.end:a.mention.start]))]
    if agents:
        if target is None and trigger.context_target and not trigger.no_target:
            # "relations were restored by the second Labour government": with the other side of the story
            target = next((a for a in reversed(context) if a.country != agents[0].country), None)
        return Roles(agents[0], None if trigger.no_target else target, "agent")
    if target is None:
        return None  # "Relations were broken off": the usual reading of the clause
    source = next((a for a in reversed(context) if a.country != target.country), None)
    if source is None:
        return Roles(None, None, "none")
    return Roles(source, None if trigger.no_target else target, "passive")


# between a verb and its direct object: determiners and capitalized words ("accused the Soviet mission")
_EN_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|his|her|its|their|this|that|these|those|[A-Z][\w'-]*)\s+){0,3}")


def _pick_target(trigger: Trigger, source: Actor, after: list[Actor], before: list[Actor],
                 pair_b: list[Actor], how: str, context: list[Actor], lang: str = "ar",
                 hit_end: int | None = None, text: str = "") -> Actor | None:
    if pair_b:
        return pair_b[0]
    if lang == "en" and after and after[0].prep is None and after[0].mention is not None and how != "vso" \
            and hit_end is not None and after[0].mention.start - hit_end <= 40 \
            and _EN_OBJECT_GAP.fullmatch(text[hit_end:after[0].mention.start]):
        # English: the direct object right after the verb ("accused Moscow of
        # stirring up the Chinese against Britain") is the one acted on
        first = after[0]
        if (first.entity is None or source.entity is None or first.entity.id != source.entity.id) \
                and (not trigger.cameo.startswith("016") or first.country != source.country):
            return first
    if trigger.cameo.startswith("016"):
        # a denial answers the other side: an actor of the denier's own
        # country after it is what is denied ("denied that the Soviet
        # government was responsible"), not the addressee
        after = [a for a in after if a.country != source.country]
    if trigger.role == "speech":
        # a reaction or a statement aimed at the other side: an actor of the
        # source's own country is the matter talked about, not the addressee
        after = [a for a in after if a.country != source.country]
    options = _other([a for a in after if a.prep in ("target", "of")], source)
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
