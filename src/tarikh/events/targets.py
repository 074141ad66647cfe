"""Object and target finding: whom an act is aimed at, once its source is known.

The target is, in turn: the second of a pair, an English direct object, an
actor after a target preposition, a bare actor after the act, the other side
of the story for reactions; never the source itself. A letter's addressee
("في رسالة إلى ستالين") is not the act's target; a proposal is made to an
addressee right after the verb or to one's own side; a material act aimed at
a place ("sent troops to Shanghai") targets the state the place lay in.
"""

from __future__ import annotations

import re

from .clauses import Span
from .lexicon import Trigger, fold_phrase
from .participants import Actor, Roles, bare, other, tagged

_MEDIUM = {"ar": re.compile(r"(?:رساله|برقيه|مذكره|خطاب|رد)\s+(?:الي|لـ?)\s*$"),
           "en": re.compile(r"(?:letter|telegram|note|message)\s+to\s*(?:the\s+)?$")}
# between a verb and its direct object: determiners and capitalized words ("accused the Soviet mission")
# Denials and justifications answer the other side: an actor of the speaker's
# own country after them is what is denied or defended ("برر تشامبرلين ... مزاعم
# وزارة الداخلية"), not the one answered.
_ANSWERS = ("016", "052")
_AS_COMPLEMENT = re.compile(r"\S\s+as\s+(?:an?|the)\s")
_EN_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|an|his|her|its|their|this|that|these|those|[A-Z][\w'-]*)\s+){0,3}")


def pick_target(trigger: Trigger, source: Actor, after: list[Actor], pair_b: list[Actor], how: str,
                context: list[Actor], lang: str = "ar", hit_end: int | None = None, text: str = "") -> Actor | None:
    if pair_b:
        return pair_b[0]
    if lang == "en" and hit_end is not None and text and re.match(r"\s+(?:him|her)\b", text[hit_end:hit_end + 6]):
        person = told_person(context, source)
        if person is not None:
            return person
    if lang == "en" and hit_end is not None and text:
        # "condemned the agreements as an attempt to draw Germany into a bloc":
        # an actor inside the "as" complement is what the object is called, not
        # the one acted on
        after = [a for a in after if a.mention is None or not _AS_COMPLEMENT.search(text[hit_end:a.mention.start])]
    if how == "between":
        return None  # "بين مصر و<unknown>": the other party is not known, and no one else is it
    if lang == "en" and after and after[0].prep is None and after[0].mention is not None and how != "vso" \
            and hit_end is not None and after[0].mention.start - hit_end <= 40 \
            and _EN_OBJECT_GAP.fullmatch(text[hit_end:after[0].mention.start]):
        # English: the direct object right after the verb ("accused Moscow of
        # stirring up the Chinese against Britain") is the one acted on
        first = after[0]
        if (first.entity is None or source.entity is None or first.entity.id != source.entity.id) \
                and (not trigger.cameo.startswith(_ANSWERS) or first.country != source.country):
            return first
    if trigger.cameo.startswith(_ANSWERS):
        # a denial answers the other side: an actor of the denier's own
        # country after it is what is denied ("denied that the Soviet
        # government was responsible"), not the addressee
        after = [a for a in after if a.country != source.country]
    if trigger.role == "speech":
        # a reaction or a statement aimed at the other side: an actor of the
        # source's own country is the matter talked about, not the addressee
        after = [a for a in after if a.country != source.country]
    options = other([a for a in after if a.prep in ("target", "of")], source)
    if options:
        return options[0]
    # a place or body named after "في" / "in" stays a possible target ("انتقادات
    # في مجلس الوزراء"), though never a subject
    objects = other([a for a in after if a.prep in (None, "in")], source)
    if how == "vso":
        objects = objects[1:] if objects and objects[0] is source else objects
    if objects:
        return objects[0]
    if trigger.context_target == "topic" and context and context[-1] is not source:
        return context[-1]
    if trigger.context_target or trigger.role == "speech":
        for a in reversed(context):
            if a.country != source.country and a.prep != "about":  # "بشأن السودان": the matter, not a side
                return a
    return None


def told_person(context: list[Actor], source: Actor) -> Actor | None:
    """"Mosaddegh asked him for aid": the person last told of, of another side."""
    return next((a for a in reversed(context) if a.entity is not None and a.entity.type == "person"
                 and a.country and a.country != source.country), None)


def medium_addressee(a: Actor, text: str, lang: str) -> bool:
    """The addressee of a letter, telegram or note the act is told in."""
    pat = _MEDIUM.get(lang)
    if pat is None or a.mention is None:
        return False
    return pat.search(fold_phrase(text[max(0, a.mention.start - 30):a.mention.start], lang)) is not None


def addressee(hit: Span, after: list[Actor]) -> Actor | None:
    # A proposal is made *to* someone only when the addressee follows the verb
    # at once ("اقترح على مجلس الوزراء"), or stands inside its phrase ("sent
    # the Turkish government its own proposals"); an actor further on is its content.
    for a in after:
        if a.mention is not None and hit.start < a.mention.start < hit.end and a.prep in (None, "target"):
            return a
    for a in tagged(after, "target"):
        if a.mention.start - hit.end <= 12:
            return a
    return None


def own_side(source: Actor) -> Actor:
    # GUIDELINES: an internal proposal about the other side is 020 to one's own side.
    return Actor(None, None, source.country, f"{source.name} (own side)")


def _aims_at_place(cameo: str) -> bool:
    # Force and pressure (15-20), material help sent or offered somewhere
    # (06-07, 031, 033) and a visit (042) are aimed at the state a place lies
    # in; talk is not.
    return cameo[:2] >= "15" or cameo[:2] in ("06", "07") or cameo[:3] in ("031", "033", "042")


def with_goal(r: Roles, trigger: Trigger, hit: Span, window: Span, places: list[Actor] | None) -> Roles:
    """A material act or a visit with no target aimed at a place ("sent
    troops to Shanghai", "invaded Sinai", "دخلت القوات البريطانية بغداد",
    "زار الملك لندن"): the state the place lay in is the target."""
    if r.source is not None and places and trigger.cameo.startswith("087"):
        # a withdrawal is from the state whose ground was left ("withdrew
        # forces from Sinai", "انسحبت القوات من بورسعيد"), over the story's other side
        for a in places:
            left = a.prep is None and a.mention.start - hit.end <= 5  # "troops left Beirut"
            if hit.end <= a.mention.start < window.end and (a.prep == "from" or left) and a.country != r.source.country:
                return Roles(r.source, a, r.how)
    if r.source is not None and r.target is None and places and trigger.from_is_target:
        # "استدعت الحكومة المصرية سفيرها من لندن": recalled from the state of that capital
        for a in places:
            if hit.end <= a.mention.start < window.end and a.prep == "from" and a.country != r.source.country:
                return Roles(r.source, a, r.how)
    if r.source is None or r.target is not None or trigger.no_target or not places \
            or not _aims_at_place(trigger.cameo):
        return r
    for a in places:
        if a.mention.start >= hit.end and a.mention.start < window.end and a.prep in ("target", "in", None) \
                and a.country != r.source.country:
            return Roles(r.source, a, r.how)
    return r


# "انتقد سياسة الحكومة تجاه الاتحاد السوفييتي", "criticised the government's
# policy towards the Soviet Union", "أبدت استياءها من ميول الحكومة نحو
# ألمانيا": the actor a policy or a leaning is directed at is not what the
# act is aimed at; the policy's owner is.
_POLICY = {"ar": re.compile(r"^\s*(?:(?:من|علي|ل)\s+)?(?:ال)?(?:سياسه|سياسات|موقف|نهج|مسلك|سلوك|ميول|ميل|توجه|توجهات|تقارب)(?:ها|ه|هم)?\s"),
           "en": re.compile(r"^\s*(?:\S+\s+){0,3}?(?:policy|policies|attitude|stance|conduct|leanings|inclination|rapprochement)\s")}
_DIRECTION = {"ar": re.compile(r"(?:^|\s)(?:تجاه|اتجاه|حيال|ازاء|نحو)\s*$"),
              "en": re.compile(r"(?:^|\s)(?:towards|toward|vis-a-vis)\s+(?:the\s+)?$")}
_OWN_GOVERNMENT = {"ar": re.compile(r"^\s*(?:ال)?(?:سياسه|سياسات|موقف|نهج)\s+الحكومه\s+(?:تجاه|اتجاه|حيال|ازاء|نحو)(?:\s|$)"),
                   "en": re.compile(r"^\s*(?:the\s+)?government(?:'s)?\s+(?:policy|policies|attitude|stance)\s+(?:towards|toward)(?:\s|$)")}


def policy_direction(after: list[Actor], hit_end: int, text: str, lang: str, source: Actor) -> tuple[list[Actor], Actor | None]:
    """The actors an act can aim at once a policy's direction is set aside, and
    the act's own government when "the government" owning the policy is
    named bare ("انتقد هودجسون سياسة الحكومة تجاه ...": his own government)."""
    pol, dirn = _POLICY.get(lang), _DIRECTION.get(lang)
    if pol is None or not text:
        return after, None
    if source.mention is not None and hit_end <= source.mention.start < hit_end + 40:
        hit_end = source.mention.end  # VSO: the policy is the object after the subject
    head = fold_phrase(text[hit_end:hit_end + 60], lang)
    if not pol.match(head + " "):
        return after, None
    kept = [a for a in after if a.mention is None or a.mention.start < hit_end
            or not dirn.search(fold_phrase(text[hit_end:a.mention.start], lang))]
    own = None
    if _OWN_GOVERNMENT[lang].match(head) and source.country:
        own = Actor(None, None, source.country, "government")
    return kept, own
