"""Source and target of an act, from the actor mentions around its trigger.

Actors are whatever the actors layer resolved (``participants``); this module
never names an actor itself. It reads the little syntax that marks roles:
the prepositions before a mention (``prepositions``), the position of the
mention relative to the trigger (VSO: first bare mention after a verb; SVO:
nearest bare mention before it), English constructions (``english``), the
doer of a verbal noun (``subjects``), nationality words (``nationality``)
and, once the source is known, the target (``targets``).

``assign`` tries the constructions in a fixed order; the first that applies
decides. ``Roles.how`` records which one did (the coder's confidence).
"""

from __future__ import annotations

import re

from ..actors.lookup import state_name
from .arabic import carried_roles, feminine_verb
from .clauses import Span
from .english import (EN_CONJOINED, carrier_roles, causative_roles, conjoined_subject, is_passive, overt_subject,
                      passive_roles, sentence_subject)
from .lexicon import GAP, Trigger, fold_phrase, lexicon
from .nationality import (direct_object_nationality, goal_nationality, nationality_after, nationality_before,
                          nationality_pair, nationality_pair_before, nationality_subject, object_nationality)
from .participants import NON_ACTOR_TYPES, Actor, Roles, bare, other, passage_actors, passage_places, same_entity, tagged
from .prepositions import preposition
from .subjects import agents_after, in_b_phrase, in_construct, inna_subject, possessor, relative_agent, takes_complement
from .unnamed import Unnamed, crowd_country, plural_verb, unnamed_subject
from .targets import addressee, medium_addressee, own_side, pick_target, policy_direction, told_person, with_goal

__all__ = ["NON_ACTOR_TYPES", "Actor", "Roles", "assign", "nationality_pair", "passage_actors", "passage_places",
           "preposition"]

# the one a show of force is a warning or a signal to
_WARNED = re.compile(r"(?:warning|signal|message|تحذيرا|تحذير|رسالة)\s+(?:to|ل|الى|إلى)\s*(?:the\s+)?$", re.I)

# (candidate actors, the construction that names them) in the order tried
Order = list[tuple[list[Actor], str]]


def assign(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], topic: Actor | None,
           context: list[Actor], lang: str = "ar", nominal: bool = False, conjoined: bool = False,
           text: str = "", vso_end: int | None = None, passive: bool = False,
           subject: Actor | None = None, sentence: Span | None = None, places: list[Actor] | None = None,
           pronoun: bool = False, dyad: tuple[str, str] | None = None) -> Roles:
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
    pronoun: "مجلس التجارة، الذي رفض ..."); ``pronoun``: an English subject
    pronoun stands before the verb ("It charged that Turkey ..."): the
    subject is the topic, never an actor after the verb.
    """
    return _Assignment(trigger, hit, window, actors, topic, context, lang, nominal, conjoined, text, vso_end,
                       passive, subject, sentence, places, pronoun, dyad).roles()


class _Assignment:
    """One call of ``assign``: its arguments, and the actors before and after the hit."""

    def __init__(self, trigger: Trigger, hit: Span, window: Span, actors: list[Actor], topic: Actor | None,
                 context: list[Actor], lang: str, nominal: bool, conjoined: bool, text: str, vso_end: int | None,
                 passive: bool, subject: Actor | None, sentence: Span | None, places: list[Actor] | None,
                 pronoun: bool = False, dyad: tuple[str, str] | None = None) -> None:
        self.trigger, self.hit, self.window, self.actors = trigger, hit, window, actors
        self.topic, self.context, self.lang, self.nominal = topic, context, lang, nominal
        self.conjoined, self.text, self.vso_end, self.passive = conjoined, text, vso_end, passive
        self.subject, self.sentence, self.places = subject, sentence, places
        self.pronoun = pronoun
        self.dyad = dyad  # the paper's two main states (``story.paper_dyad``)
        # (a name the window's start cuts, "George C. Marshall", is inside it)
        inside = [a for a in actors if a.mention and window.start < a.mention.end and a.mention.start < window.end]
        # a subject can end inside the phrase ("French troops" in "troops left")
        self.before = [a for a in inside if a.mention.start < hit.start][::-1]  # nearest first
        # A phrase with a gap ("قطعت … العلاقات") can hold its subject inside it.
        self.after = [a for a in inside if a.mention.start >= hit.start]
        self.en_overt = False  # an English subject the actors layer does not know

    def roles(self) -> Roles:
        if self.trigger.role == "receive":
            return self._receive()
        if self.lang == "en" and self.text:
            roles = self._english()
            if roles is not None:
                return roles
            if not self.nominal and self.subject is None:
                self.en_overt = overt_subject(self.text[self.window.start:self.hit.start])
        if self.lang == "ar" and self.nominal and self.text and self.subject is None and not self.trigger.pair:
            carried = carried_roles(self.hit, self.window, self.actors, self.text, lexicon("ar"), self.topic)
            if carried is not None and carried[0] is not None:
                source, target = carried  # "وأبلغ السفير البريطاني الحكومة الأردنية احتجاج حكومته"
                if self.trigger.no_target:
                    return Roles(source, None, "agent")
                if target is None:
                    return self._with_target(source, "agent", [a for a in self.after if a.mention.start >= self.hit.end],
                                             [], None, [])
                return with_goal(Roles(source, target, "agent"), self.trigger, self.hit, self.window, self.places)
        pair = (nationality_pair(self.text, self.hit.end, self.lang)
                or nationality_pair_before(self.text, self.hit.start, self.lang)) if self.trigger.pair and self.text else None
        if self.trigger.role == "tell":
            return self._tell()
        return self._by_position(pair)

    # -- constructions that decide both roles at once

    def _receive(self) -> Roles:
        # "تلقت X رد من Y": X receives, Y sends
        after, hit = self.after, self.hit
        target = (bare(after) or bare(self.before) or [None])[0]
        senders = tagged(after, "from")
        source = senders[0] if senders else None
        if source is None and self.text:  # "مذكرة الاحتجاج البريطاني": the note's nationality is its sender
            source = nationality_after(self.text, hit.end, target)
        if source is None:
            others = [a for a in other(after, target) if a.mention.start - hit.end <= 30]
            source = others[0] if others else None
        return Roles(source, target, "receive")

    def _english(self) -> Roles | None:
        """English causatives, passives, carried notes and joined verbs."""
        t, trigger, hit, window = self.text, self.trigger, self.hit, self.window
        active = not self.nominal and self.subject is None
        if active and trigger.role == "active":
            roles = causative_roles(trigger, hit, window, self.actors, t, self.sentence)
            if roles is not None:
                return roles
        if active and trigger.role in ("active", "propose", "speech") and not trigger.stative:
            roles = passive_roles(trigger, hit, window, self.actors, self.before, self.after, self.context, t, self.sentence)
            if roles is not None:
                return with_goal(roles, trigger, hit, window, self.places)
        if self.nominal and trigger.role == "active":
            roles = carrier_roles(trigger, hit, window, self.actors, self.after, self.context, t, self.sentence)
            if roles is not None:
                return roles
        if active and EN_CONJOINED.search(t[window.start:hit.start]):
            subj = conjoined_subject(self.topic, self.actors, hit, self.sentence)
            if subj is not None:
                return self._joined_verb(subj)
        return None

    def _joined_verb(self, subj: Actor) -> Roles:
        # "recognised the Soviet government ... and signed two treaties
        # with it": a verb joined to the last one shares its subject (the
        # last act's, if told in this sentence, else the sentence's first actor)
        trigger, hit = self.trigger, self.hit
        after_only = [a for a in self.after if a.mention.start >= hit.end]
        target = None if trigger.no_target else pick_target(trigger, subj, after_only, [], "topic", self.context,
                                                            self.lang, hit.end, self.text)
        if same_entity(target, subj):
            target = None
        return with_goal(Roles(subj, target, "topic"), trigger, hit, self.window, self.places)

    def _tell(self) -> Roles:
        # "أخبر X Y أن": X tells Y; "أخبر Y أنه": the subject is dropped
        hit = self.hit
        told = [a for a in bare(self.after) if a.mention.start - hit.end <= 40]
        if len(told) >= 2 and told[1].mention.start - told[0].mention.end <= 25:
            return Roles(told[0], told[1], "vso")
        if self.lang == "ar" and told and told[0].mention.start - hit.end <= 2 and feminine_verb(self.text, hit) \
                and (told[0].entity is None or told[0].entity.type != "person"):
            # "وأبلغت الحكومة البريطانية عمان": a feminine verb agrees with the body after it, its subject
            return Roles(told[0], None, "vso")
        source = self.topic if self.conjoined or not bare(self.before) else bare(self.before)[0]
        return Roles(source, told[0] if told else None, "tell" if source else "none")

    # -- the general case: the source by position, then the target

    def _by_position(self, pair: list[Actor] | None) -> Roles:
        trigger, hit = self.trigger, self.hit
        pair_a, pair_b = tagged(self.after, "between")[:1], tagged(self.after, "between")[1:2]
        after = self.after
        if trigger.from_is_target:  # "الاعتذار من الحكومة": من marks the addressee
            after = [a if a.prep != "from" else Actor(a.mention, a.entity, a.country, a.name, "target") for a in after]
        own = [a for a in after if a.mention.start < hit.end]  # the act's noun names its body: "لجنة التحقيق"
        # a verb phrase with a gap ("طلبت … من بريطانيا دعم") can hold its addressee
        # (English: "asked Germany for aid", its direct object)
        gap = [a for a in own if not self.nominal and a.mention.start > hit.start
               and (a.prep == "target" or (self.lang == "en" and a.prep is None and a.mention.end < hit.end))]
        own = [a for a in own if a not in gap]
        after = gap + [a for a in after if a.mention.start >= hit.end]
        if self.passive and len(tagged(after, "between")) < 2:
            return self._ar_passive(after)
        if trigger.crowd and self.sentence is not None and not bare(self.before):
            # "خرجت التظاهرات في دمشق وحلب احتجاجاً على تنازل فرنسا": the people
            # of the place demonstrated; an actor after the act is what they protest
            place = next((p for p in self.places or [] if p.mention is not None and p.country
                          and self.sentence.start <= p.mention.start < self.sentence.end), None)
            if place is not None:
                crowd = Actor(None, None, place.country, place.name)
                return self._with_target(crowd, "crowd", [a for a in after if a.country != place.country],
                                         pair_b, None, [])
        unnamed = self._unnamed()
        if unnamed is not None:
            # "وهاجم المتظاهرون ...", "ووقعت لجنة الأمن الداخلي ...": no actor
            # named elsewhere did it; a crowd is of the country it acts in
            source = crowd_country(unnamed, self.places, self.sentence)
            if source is None and self.dyad:
                # no place told: a crowd or body of the story's side other than the one it acts
                # on ("شن الفدائيون هجمات على المعسكرات البريطانية": Egyptian; "ووقعت لجنة
                # الأمن الداخلي هدنة مع القيادة البريطانية": Iraqi)
                tried = [self._with_target(Actor(None, None, side, unnamed.word), "crowd", after, pair_b, None, [])
                         for side in self.dyad]
                aimed = [r for r in tried if r.target is not None and r.target.country != r.source.country]
                return (aimed or tried)[0]
            if source is None:
                return Roles(None, None, "none")
            return self._with_target(source, "crowd", after, pair_b, None, [])
        meeting = self._en_meeting()
        if meeting is not None:
            return meeting
        if trigger.scene and not pair_a and not bare(after):  # "الأول بين تشامبرلين وراكوفسكي ... عقد الاجتماع"
            pair_before = tagged(self.before, "between")[::-1]
            if len(pair_before) >= 2:
                pair_a, pair_b = pair_before[:1], pair_before[1:2]
        rel_agent = relative_agent(after, hit, self.text, self.lang)
        order = self._source_order(after, own, pair_a, rel_agent)
        source, how, obj = self._source(order)
        if pair:
            if source is None or how in ("topic", "between"):
                source, how = pair[0], "pair"
            if trigger.no_target:
                return Roles(source, None, how)
            opposite = next((a for a in pair if a.country != source.country), None)
            if opposite is not None:
                return Roles(source, opposite, how)
        if source is None:
            return Roles(None, None, "none")
        if trigger.no_target:
            return Roles(source, None, how)
        if trigger.role == "propose":
            return Roles(source, addressee(hit, after) or self._pronoun_object(source) or self._state_proposal(source)
                         or own_side(source), how)
        if self.lang == "ar" and not self.nominal and source.mention is not None:
            # "أمرت الحكومة الأردنية غلوب بمغادرة البلاد": inside a gapped verb
            # phrase, a bare actor after its subject is its object
            inner = [a for a in own if a.prep is None and a is not source and a.mention.start > source.mention.start]
            after = inner + [a for a in after if a not in inner]
        return self._with_target(source, how, after, pair_b, obj, rel_agent)

    def _state_proposal(self, source: Actor) -> Actor | None:
        """"The Soviet note ... proposed that the regime be settled by Turkey",
        "the Soviet government restated the proposals": a state proposes to the
        other side of its story; only a person proposes inside a government."""
        e = source.entity
        state_like = e is None or e.type == "state" or (e.type == "organization" and (e.code or "").endswith("GOV"))
        if not state_like:
            return None
        # proposals go to a government: armed forces or crowds told of are not addressed
        told = next((a for a in reversed(self.context) if a.country and a.country != source.country and a.prep != "about"
                     and not (a.entity is not None and (a.entity.code or "")[-3:] in ("MIL", "CVL"))), None)
        return self._story_side(source, told) if told is not None else None

    def _story_side(self, source: Actor, target: Actor | None) -> Actor | None:
        """A target the story supplied (not named in the sentence) of a third
        state gives way, for one of the paper's two sides, to the other side:
        "the western powers referred the dispute to the Security Council" is
        aimed at the Soviet Union, not at the German mayor told of before."""
        if target is None or not self.dyad or self.sentence is None or source.country not in self.dyad:
            return target
        if target.mention is not None and target.mention.start in self.sentence:
            return target
        if target.country in self.dyad or target.country == source.country:
            return target
        other_side = self.dyad[1] if source.country == self.dyad[0] else self.dyad[0]
        return Actor(None, None, other_side, f"{state_name(other_side)} (the other side)")

    def _ar_passive(self, after: list[Actor]) -> Roles:
        # "تم رفض الاقتراح الفنلندي": the agent is named by من قبل or carried over
        agents = tagged(after, "agent") + tagged(self.before, "agent")
        source = agents[0] if agents else self.topic
        if source is None:
            return Roles(None, None, "none")
        objects = [a for a in after if a.prep != "agent" and (a.entity is None or source.entity is None
                                                              or a.entity.id != source.entity.id)]
        if self.trigger.no_target:
            return Roles(source, None, "agent" if agents else "topic")
        return Roles(source, objects[0] if objects else None, "agent" if agents else "topic")

    def _en_meeting(self) -> Roles | None:
        # "British and Soviet trade union leaders met": the first named meets the second
        before, text = self.before, self.text
        if self.lang == "en" and self.trigger.scene and text and len(before) >= 2 and not self.nominal:
            b, a = before[0], before[1]
            if a.prep is None and b.prep is None and a.country != b.country \
                    and re.fullmatch(r"\s*(?:and|,)\s*", text[a.mention.end:b.mention.start]):
                return Roles(a, b, "between")
        return None

    def _pronoun_object(self, source: Actor) -> Actor | None:
        """English "him"/"her" right after the verb ("sent him a joint proposal",
        "asked him for aid"), or "against his ..." ("demonstrated against his
        mission"): the person last told of, of another side."""
        text, hit = self.text, self.hit
        if self.lang != "en" or not text:
            return None
        if not (re.match(r"\S+\s+(?:him|her)\b", text[hit.start:hit.end + 5])
                or re.match(r"\s+against\s+(?:his|her)\s", text[hit.end:hit.end + 20])):
            return None
        return told_person(self.context, source)

    def _group_head(self, a: Actor) -> bool:
        """"وانتقد زعماء الكتلة الوطنية": a group's head noun before an actor makes
        the actor the doer ("the Bloc's leaders"), not an object's owner."""
        words = self.text[self.hit.end:a.mention.start].split()
        lex = lexicon("ar")
        head = fold_phrase(words[-1], "ar") if words else ""
        return head in lex.bodies or head in lex.group_heads or head in lex.crowds

    def _ends_on_object(self) -> bool:
        """Whether the hit is a gapped phrase ("طلب … دعم") ending on its object's noun."""
        words = fold_phrase(self.text[self.hit.start:self.hit.end], self.lang).split()
        if len(words) < 2:
            return False
        return any(GAP in f and fold_phrase(f.replace(GAP, " "), self.lang).split()[-1:] == words[-1:]
                   for f in self.trigger.forms)

    def _unnamed(self) -> Unnamed | None:
        """An Arabic crowd or unnamed body right after the verb or verbal noun."""
        if self.lang != "ar" or not self.text or self.subject is not None:
            return None
        return unnamed_subject(self.text, self.hit, lexicon("ar"), self.actors, self.nominal)

    def _source_order(self, after: list[Actor], own: list[Actor], pair_a: list[Actor], rel_agent: list[Actor]) -> Order:
        """The candidates for the source, in the order they are tried."""
        hit, text, before = self.hit, self.text, self.before
        if self.nominal:
            told_by = nationality_before(text, hit.start, self.lang) if text and not self.trigger.pair else None
            if told_by is not None:  # "an American note of protest", "the British reply": its sender
                return [([told_by], "agent")]
            return [(agents_after(after, hit) or rel_agent, "agent"), (own, "self"), (possessor(after, hit, text), "agent"),
                    (bare(before)[:1], "svo"), (bare(after)[:1], "vso"), (pair_a, "between")]
        agents = tagged(after, "agent") + tagged(before, "agent")
        if self.lang != "ar" and text and (self.trigger.stative or not is_passive(text, hit)):
            agents = []  # "criticised the role played by the party": by names no agent of an active verb
        subject_zone = [a for a in after if (self.vso_end is None or a.mention.start < self.vso_end)
                        and not (self.lang == "ar" and text and not self.trigger.experiencer
                                 and ((in_construct(a, hit, text, self._ends_on_object()) and not self._group_head(a))
                                      or in_b_phrase(a, hit, text)))]
        if self.lang == "ar" and text and not self.trigger.experiencer and self._ends_on_object() \
                and len(text[hit.start:hit.end].split()) > 2:
            # "وأجرى مع بيفن مباحثات حول ... فلسطين": the subject of a phrase that
            # ends on its object stands inside it; what follows is the object's matter
            subject_zone = [a for a in subject_zone if a.mention.start < hit.end]
        vso_subject = (bare(own) + bare(subject_zone))[:1]
        if self.lang == "ar" and text and plural_verb(text, hit):
            vso_subject = []  # "وقتلوا القنصل": the plural ending is the subject, the actor after the object
        order = [(agents, "agent"),
                 (vso_subject, "vso"), ([] if self.conjoined else bare(before)[:1], "svo"),
                 (pair_a, "between")]
        if self.lang == "ar" and text and not self.conjoined:
            inna = inna_subject(before, hit, text)
            if inna:  # "إلا أن السفارة ... أبدت": the subject stands before the verb
                order = [order[0], (inna, "svo")] + order[1:]
        if self.lang == "ar":
            return order
        # English is SVO: the subject stands before the verb in the clause,
        # else before it in the sentence ("Chicherin, who was in Berlin,
        # condemned ..."); a bare actor after an active verb is its object,
        # the subject only when none stands before and the story gives none
        vso = order[1]
        svo = [] if self.conjoined else [a for a in before if a.prep in (None, "of")][:1]
        if not svo and not self.conjoined and text:
            start = self.sentence.start if self.sentence is not None else self.window.start
            adjective = nationality_subject(text[start:hit.start], self.lang)
            svo = [adjective] if adjective is not None else []
        if self.pronoun:  # "It charged that Turkey ...": the one told of, never the object
            order = [order[0]]
        elif self.en_overt:  # "Nationalist crowds seized ...": a subject the actors layer does not know
            order = [order[0], (svo, "svo")]
        else:
            order = [order[0], (svo, "svo"), (sentence_subject(self.actors, hit, self.window, self.sentence, text), "svo")]
            if self.topic is None:
                order.append(vso)
        order.append((pair_a, "between"))
        return order

    def _source(self, order: Order) -> tuple[Actor | None, str, Actor | None]:
        """The source and how it was found; and, for a verb whose object
        stands first ("اتهم تشامبرلين بالعمل"), that object."""
        obj = None
        if self.trigger.object_first and not self.nominal and self.lang == "ar" and self.text:
            for c, label in order:
                if label == "vso" and c and takes_complement(c[0], self.text):
                    obj = c[0]
            order = [(c, label) for c, label in order if not (label == "vso" and c and c[0] is obj)]
        if self.subject is not None:
            order = [([self.subject], "relative")]
        source, how = None, ""
        for cands, label in order:
            if cands:
                source, how = cands[0], label
                break
        if source is None and self.topic is not None and not self.en_overt:
            source, how = self.topic, "topic"
        return source, how, obj

    def _with_target(self, source: Actor, how: str, after: list[Actor], pair_b: list[Actor], obj: Actor | None,
                     rel_agent: list[Actor]) -> Roles:
        trigger, hit, text, lang = self.trigger, self.hit, self.text, self.lang
        own_government = None
        if text:  # "أعرب عن استيائه ... في رسالة إلى ستالين": the letter's addressee is not the act's target
            after = [a for a in after if not medium_addressee(a, text, lang)]
            if trigger.role == "speech" and lang == "en":
                # "replied that Moscow was ready": the content's subject is not the one addressed
                that = re.search(r"\bthat\b", text[hit.end:self.window.end])
                if that is not None:
                    after = [a for a in after if a.mention is None or a.mention.start < hit.end + that.start()]
            after, own_government = policy_direction(after, hit.end, text, lang, source)
        target = pick_target(trigger, source, after, pair_b, how, self.context, lang, hit.end, text)
        target = self._story_side(source, target)
        if target is None or target.country == source.country or target.mention is None:
            # "him" after the verb, "against his mission": the person last told of, over one the story supplied
            target = self._pronoun_object(source) or target
        if own_government is not None:
            target = own_government  # "سياسة الحكومة تجاه ...": the policy of one's own government
        if lang == "ar" and text and trigger.cameo[:2] in ("10", "02") and obj is None:
            # "وطالبت فيها بجلاء القوات البريطانية عن مصر": what is demanded is
            # done by the owner of the ب-phrase, the side the demand is aimed at
            owner = next((a for a in after if a.prep is None and a.country != source.country and in_b_phrase(a, hit, text)), None)
            if owner is not None:
                target = owner
        if obj is not None and obj is not source:
            target = obj
        elif not self.nominal and rel_agent and rel_agent[0] is not source:
            target = rel_agent[0]  # "انتقد الدور الذي قام به حزب المحافظين": the doer of what is criticised
        if trigger.context_target and text and own_government is None \
                and (target is None or target.mention is None or not (hit.end <= target.mention.start < self.window.end)):
            # a nationality on what is protested ("complained of Soviet interference")
            # names the side aimed at, over one the story supplies
            target = object_nationality(text, hit, self.window, source, lang) or target
        if trigger.from_is_target and trigger.cameo.startswith("087") and target is None and text:
            target = object_nationality(text, hit, self.window, source, lang, left=True)
        judged = trigger.cameo[:2] in ("11", "12")  # "انتقد السياسة البريطانية", "rejected the Soviet proposal"
        if text and not trigger.no_target and not self.nominal and obj is None \
                and (judged or trigger.cameo[:2] >= "15" or trigger.cameo.startswith("087")):
            # a withdrawal from a land told by its nationality ("غادر ... الأراضي المصرية") leaves that state
            owner = direct_object_nationality(text, hit, source, lang)
            if owner is None and own_government is None and (judged or (target is None and trigger.cameo[:2] >= "15")):
                # "شن ... هجوما على مراكز عسكرية فرنسية": force aimed at what a nationality names
                owner = object_nationality(text, hit, self.window, source, lang)
            # what is criticised or rejected belongs to the side aimed at, over
            # an actor named further on ("الاحتلال البريطاني للعراق")
            if owner is not None and (target is None or (judged and target.country != owner.country)):
                target = owner
        if trigger.cameo[:2] == "15" and text and self.sentence is not None:
            # "anchored off Istanbul as a warning to the Soviet Union": a show of
            # force is aimed at whom it warns, not at where it is made
            warned = next((a for a in self.actors if a.mention is not None and hit.end <= a.mention.start < self.sentence.end
                           and a.country
                           and a.country != source.country and _WARNED.search(text[max(0, a.mention.start - 30):a.mention.start])), None)
            target = warned or target
        if target is None and not trigger.no_target and text:
            target = goal_nationality(text, hit, self.window, source, lang)
        if same_entity(target, source) or (target is not None and target.country == source.country
                                           and target.entity is not None and target.entity.type == "state"):
            target = None  # no act is aimed by an actor at itself, nor at its own state
        roles = with_goal(Roles(source, target, how), trigger, hit, self.window, self.places)
        if roles.target is None and (trigger.cameo[:2] in ("10", "14", "15", "19") or trigger.cameo.startswith(("171", "042"))) \
                and self.dyad and source.country in self.dyad and not (how == "crowd" and trigger.cameo[:2] == "19"):
            # a demand, a visit, a demonstration, a strike, a show of force or a seizure of property
            # in a two-sided story, aimed at no one and no place named, is aimed at the other side
            other_side = self.dyad[1] if source.country == self.dyad[0] else self.dyad[0]
            roles = Roles(source, Actor(None, None, other_side, f"{state_name(other_side)} (the other side)"), how)
        return roles
