"""The coder: trigger hits -> events (or candidates) for one passage.

``code_passage`` walks the sentences of a passage and, for each trigger hit
(``triggers.match``), asks in turn: is it an act of its own (``framing``)?
was it done (``modality``)? who did it to whom (``roles``, corrected by the
story: ``story``)? does it frame other acts? Then it builds the event or
reports a candidate (``build``). ``dedupe`` keeps one event per repeated
act. A hit whose actors cannot be resolved is never coded with an invented
actor: it becomes a candidate with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..document import Document, Event
from .build import EVIDENCE_SPAN, as_third_party, candidate, drop_carriers, event_of, refined
from .clauses import Span, act_window, clauses, enclosing, sentences, verb_phrase
from .dating import Dater
from ..actors.lookup import state_name
from .arabic import amma_subject, long_subject_signings
from .english import opening_subject, pronoun_subject
from .dedupe import dedupe, drop_abstract_repeats
from .framing import (CARRIERS, conjoined, content_of, document_subject, is_content, is_object, is_venue, participle, publishes,
                      reported_subject, second_object)
from .hits import Hit, finite
from .lexicon import Lexicon, fold_phrase
from .modality import (characterised, domestic_instrument, hearsay, irrealis_after, lam_complement, purpose,
                       referred_back, rumoured, talked_of)
from .participants import Actor, Roles, international_bodies, passage_actors, passage_places
from .roles import assign
from .participants import same_entity
from .targets import own_side
from .story import State, answer, attributed, counterpart, last_person, passive, relative_subject
from .intent import announced_future, as_intent
from .titles import marker_end
from .unnamed import group_name
from .triggers import match

__all__ = ["CODED_KINDS", "EVIDENCE_SPAN", "Hit", "State", "code_passage", "dedupe", "drop_abstract_repeats", "match"]

CODED_KINDS = ("body", "abstract")
# Appeals to meet, settle or accept mediation: procedures between states.
_BETWEEN_STATES = ("026", "027", "028")
# Acts two parties do together (meet, negotiate, sign, cooperate): a joint
# subject with no one else named did it with each other.
_MUTUAL = ("040", "046", "057", "061", "062", "063", "064")


def code_passage(doc: Document, p: int, lex: Lexicon, dater: Dater, state: State,
                 events: list[Event], candidates: list[dict[str, Any]]) -> None:
    """Code the acts of passage ``p`` into ``events`` (and ``candidates``),
    carrying the story's ``state`` from the passages before it."""
    _PassageCoder(doc, p, lex, dater, state, events, candidates).code()


@dataclass
class _Sentence:
    """One sentence being coded: its hits and clauses, and what its acts have settled."""

    span: Span
    hits: list[Hit]
    clauses: list[Span]
    coded: list[tuple[Hit, Event]] = field(default_factory=list)
    heads: dict[int, tuple[Hit, Roles]] = field(default_factory=dict)  # content hit -> the carrier that frames it
    reported: dict[int, tuple[Actor, int, Event]] = field(default_factory=dict)  # content hit -> the report that says it


class _PassageCoder:
    def __init__(self, doc: Document, p: int, lex: Lexicon, dater: Dater, state: State,
                 events: list[Event], candidates: list[dict[str, Any]]) -> None:
        self.doc, self.p, self.lex, self.dater, self.state = doc, p, lex, dater, state
        self.events, self.candidates = events, candidates
        self.passage = doc.passages[p]
        self.text = self.passage.text
        self.actors = passage_actors(doc, p)
        self.places = passage_places(doc, p)
        self.hits = self._act_hits()
        self._mutual_trigger = False  # the act being coded is one done together (trigger flag)
        self._opening: Actor | None = None
        self._bodies: list | None = None  # international bodies of the passage (``_international_body``)
        self._topic_before: Actor | None = None

    def _act_hits(self) -> list[Hit]:
        # a name with its title and footnote marker is one word of a gapped phrase
        names = [(a.lead if a.lead is not None else a.mention.start, marker_end(self.text, a.mention.end))
                 for a in self.actors if a.mention is not None]
        hits = match(self.text, self.lex, [a[0] for a in self.passage.anchors], names)
        if self.lex.lang == "ar":
            hits = sorted(hits + long_subject_signings(self.text, self.lex, self.actors, hits), key=lambda h: h.span.start)
        # A negator that is itself an act ("رفض الاقتراح") is coded as that act
        # unless the act it negates has a negated code ("رفض منح القرض" -> 1221).
        negators = [h.negator for h in hits if h.negated and h.negator and h.trigger.negated]
        hits = [h for h in hits if not any(n.start <= h.span.start < n.end or h.span.start <= n.start < h.span.end
                                           for n in negators if n is not None) or h.negated]
        # A trigger word inside the name of a place or person ("Port Said") is
        # part of the name, not an act.
        named = {e.id for e in self.doc.entities if e.type in ("place", "person")}
        names = [(m.start, m.end) for m in self.doc.mentions if m.passage == self.p and m.entity in named]
        return [h for h in hits if not any(a <= h.span.start and h.span.end <= b for a, b in names)]

    def code(self) -> None:
        for sentence in sentences(self.text):
            self._code_sentence(sentence)

    def _code_sentence(self, sentence: Span) -> None:
        s = _Sentence(sentence, [h for h in self.hits if h.span.start in sentence], clauses(self.text, sentence))
        # "It charged ...": the last sentence's opening subject, unless an act
        # of this sentence has told a subject since
        self._opening, self._topic_before = self.state.opening, self.state.topic
        for h in s.hits:
            if is_venue(h, self.text, self.lex):  # "أعلن ... في اجتماع ... الذي افتتح في 21 آذار"
                self.dater.note_venue(self.p, h.span, sentence)
        for h in s.hits:
            self._code_hit(h, s)
        self._drop_media(s)
        drop_carriers(s.coded, self.events)
        state = self.state
        if state.superseded:
            self.events[:] = [e for e in self.events if id(e) not in state.superseded]
        state.context.extend(a for a in self.actors if a.mention.start in sentence and a not in state.context)
        if self.lex.lang == "en":
            state.opening = opening_subject(self.text, sentence, self.actors)

    def _drop_media(self, s: _Sentence) -> None:
        """"وفي خطاب ألقاه أمام اللجنة المركزية اتهم تشامبرلين ...": a speech
        named after "في" is where the sentence's act was done, not an act of
        its own, when the sentence holds another act."""
        if not any(h.trigger.role not in CARRIERS for h, _ in s.coded):
            return
        keep = []
        for h, e in s.coded:
            before = fold_phrase(self.text[max(s.span.start, h.span.start - 12):h.span.start], self.lex.lang).split()
            if h.trigger.role == "speech" and before and before[-1].lstrip("و") in ("في", "in"):
                continue
            keep.append((h, e))
        s.coded[:] = keep

    def _code_hit(self, h: Hit, s: _Sentence) -> None:
        text, lex = self.text, self.lex
        clause = enclosing(s.clauses, h.span.start)
        if h.consumed:
            return
        framed = id(h) in s.heads
        if not framed and self._part_of_another_act(h, s, clause):
            return
        if h.nominal and group_name(text, h.span, lex):
            return  # "نواب المعارضة": the opposition, a group, not an act
        if is_venue(h, text, lex):
            self._note_scene(s.span)
            return
        if h.trigger.scene:
            self._note_scene(s.span)
        if not framed and purpose(h) and not lam_complement(h, text, lex):
            h.irrealis = True
        if reported_subject(h, text, lex, s.hits) and not (h.negated and h.trigger.negated):
            return  # "أكد أن المداهمة عملية قانونية": the act is what is talked about
        why = self._not_told(h, s, clause)
        if why:
            self.candidates.append(candidate(self.passage.line_at(h.span.start), h, text[clause.start:clause.end].strip(), why))
            return
        if framed and s.heads[id(h)][0].trigger.role in ("speech", "tell") and not h.negated \
                and announced_future(h, text, lex, s.heads[id(h)][0].span.end):
            # "announced that Egypt would buy arms", "announced the withdrawal":
            # what is announced is to come, so the act is the intent to do it
            intent = as_intent(h)
            if intent is not None:
                for table in (s.heads, s.reported):
                    if id(h) in table:
                        table[id(intent)] = table[id(h)]
                h = intent  # the future is what makes it an intent, not a hypothesis
        if self._unrealised(h, s, clause, framed):
            self.candidates.append(candidate(self.passage.line_at(h.span.start), h, text[clause.start:clause.end].strip(),
                                             "hypothetical or unrealised act"))
            return
        frame = s.heads.get(id(h))
        report = s.reported.get(id(h))
        if h.trigger.role == "follow":
            # "وحذت بريطانيا حذوها", "Britain followed suit": the last act told, done again by this one
            if not self.state.acts:
                return
            tid, code, _, last_target = self.state.acts[-1]
            h = Hit(replace(h.trigger, cameo=code, id=f"{h.trigger.id}/{tid}"), h.span, h.text, nominal=h.nominal)
        r = self._roles(h, s, clause, frame)
        if h.trigger.role == "follow" and r.source is not None and r.target is None:
            last_target = self.state.acts[-1][3] if self.state.acts else None
            if last_target is not None and last_target.country != r.source.country:
                r = Roles(r.source, last_target, r.how)
        if r.source is None:
            r = self._international_body(h, clause) or r
        if self._frames_content(h, r, s, clause):
            return
        h, r = self._recoded(h, r, s.span)
        ev = event_of(self.doc, self.p, h, r, self.dater, clause, s.span, self.candidates,
                      date_clause=verb_phrase(h.span, [g.span for g in s.hits if g is not h], clause, text)
                      if lex.lang == "en" else None)
        if ev is not None:
            self._mutual_trigger = h.trigger.mutual
            joint = self._joint_events(ev, r, h.span.start, s.span.end)  # may name the joint act's first party its source
            self._record(h, r, ev, frame, report, s)
            self.events.extend(joint)

    # -- joint actors: "Britain and France referred ...", "threatened London and Paris"

    def _joint_events(self, ev: Event, r: Roles, act_start: int, sentence_end: int) -> list[Event]:
        """One event more for each state joined to the source or the target
        by "و" / "and": a joint act is an act of each of them."""
        out: list[Event] = []
        groups = self._group_events(ev, r)
        if groups:
            return groups
        partners = self._partners(r.source)
        # a target the story supplied (no mention after the act) yields to a joint subject's own parties
        told = r.target is not None and r.target.mention is not None and act_start <= r.target.mention.start < sentence_end
        joined = r.target is None or (partners and not told) or any(p is r.target for p in partners) \
            or any(p is r.source for p in self._partners(r.target))
        mutual = ev.cameo.startswith(_MUTUAL) or self._mutual_trigger
        if mutual and joined and r.source.mention is not None \
                and (partners or r.target is not None):
            # "Britain and Egypt signed the agreement", "British, French and
            # Israeli representatives met", "ووقع نوري السعيد والمندوب السامي
            # البريطاني معاهدة": an act done together is done by the first
            # named with each of the others
            in_party = r.target is not None and (told or any(p is r.target for p in partners))
            others = [r.target, *self._partners(r.target)] if in_party else []
            party = {id(a): a for a in [r.source, *partners, *others] if a.mention is not None}
            party_list = sorted(party.values(), key=lambda a: a.mention.start)
            first, others = party_list[0], [a for a in party_list[1:] if a.country != party_list[0].country]
            if not others:
                return []
            ev.source, ev.target, ev.tier = first.to_ref(), others[0].to_ref(), _tier(first, others[0])
            r.source, r.target = first, others[0]
            return [replace(ev, target=p.to_ref(), tier=_tier(first, p)) for p in others[1:]]
        joint = {r.source.country, *(p.country for p in partners)}
        if partners and r.target is not None and any(p is r.target for p in partners) and r.how != "between":
            # "ووجهت بريطانيا وفرنسا إلى مصر إنذاراً": the second subject is no target
            # when the act names another state after them: it is aimed at that one
            after = max(p.mention.end for p in partners)
            nxt = next((a for a in self.actors if a.mention is not None and after <= a.mention.start < sentence_end
                        and a.country and a.country not in joint), None)
            if nxt is not None:
                r.target = nxt
                ev.target, ev.tier = nxt.to_ref(), _tier(r.source, nxt)
        elif partners and r.target is not None and r.target.country in joint - {r.source.country} \
                and not any(p is r.target for p in partners) and (r.target.mention is None or r.target.mention.passage != self.p or r.target.mention.start < act_start):
            # "Soviet, Polish, Hungarian and Bulgarian troops crossed the frontiers": a target the
            # story supplied that is one of the joint subjects' own states gives way to the other side
            other = next((c for c in self.state.dyad or () if c not in joint), None)
            tgt = Actor(None, None, other, f"{state_name(other)} (the other side)") if other else None
            r.target = tgt
            ev.target, ev.tier = (tgt.to_ref() if tgt else None), _tier(r.source, tgt)
        for partner in partners:
            if r.target is None or partner.country != r.target.country:
                out.append(replace(ev, source=partner.to_ref(), tier=_tier(partner, r.target)))
        for partner in self._partners(r.target):
            if partner.country != r.source.country:
                out.append(replace(ev, target=partner.to_ref(), tier=_tier(r.source, partner)))
        return out

    def _group_events(self, ev: Event, r: Roles) -> list[Event]:
        """"The western powers protested", "Stalin received the three western
        envoys": an act of or aimed at a group of states is one of or aimed at
        each member (the event itself takes the first member)."""
        sources = _members(r.source)
        targets = _members(r.target)
        if len(sources) < 2 and len(targets) < 2:
            return []
        if len(sources) > 1 and any(t in sources for t in targets if t is not None):
            # a target the story supplied from the group itself ("the western powers
            # referred the dispute"): the paper's other main side, else the
            # last state told outside the group
            dyad = [c for c in self.state.dyad or () if c not in sources]
            other = next((a.country for a in reversed(self.state.context) if a.country and a.country not in sources), None)
            targets = dyad[:1] if len(dyad) == 1 else [other]
        pairs = [(s_, t) for s_ in sources for t in targets if s_ != t]
        if not pairs:
            return []
        out = []
        for k, (s_, t) in enumerate(pairs):
            src = dict(ev.source, country=s_)
            tgt = dict(ev.target, country=t) if ev.target is not None and t is not None else ev.target
            tier = "core" if t is not None and s_ != t else "extended"
            if k == 0:
                ev.source, ev.target, ev.tier = src, tgt, tier
            else:
                out.append(replace(ev, source=src, target=tgt, tier=tier))
        return out

    def _partners(self, actor: Actor | None) -> list[Actor]:
        """The actors of other states joined right after this one."""
        if actor is None or actor.mention is None:
            return []
        ordered = sorted(self.actors, key=lambda a: a.mention.start)
        # a partner's title is part of it: "نوري السعيد والمندوب السامي البريطاني فرانسيس همفريز"
        out, end = [], marker_end(self.text, actor.mention.end)
        for other in ordered:  # "France and Britain ...": those after it
            if other.mention.start < end:
                continue
            joiner = _AND if not out else _JOINED  # the first joint is "and": "X, Y" may be two clauses
            if not joiner.fullmatch(self.text[end:_start(other)]) or other.country in (None, actor.country) \
                    or not _same_kind(actor, other):
                break
            out.append(other)
            end = marker_end(self.text, other.mention.end)
        start, before = _start(actor), 0
        # "the United States, Britain, France and nine other states signed": a
        # list that goes on after the actor is a list before it as well
        listed = bool(_LIST_GOES_ON.match(self.text, marker_end(self.text, actor.mention.end)))
        for other in reversed(ordered):  # "Britain and France issued ...": those before it
            if other.mention.end > start:
                continue
            joiner = _AND if not before and not listed else _JOINED
            if not joiner.fullmatch(self.text[marker_end(self.text, other.mention.end):start]) \
                    or other.country in (None, actor.country) or not _same_kind(actor, other):
                break
            out.append(other)
            before += 1
            start = _start(other)
        return out

    # -- is it an act, and was it done?

    def _part_of_another_act(self, h: Hit, s: _Sentence, clause: Span) -> bool:
        """A second object, the content or the object of another act of the sentence."""
        return (second_object(h, s.hits, s.heads, self.text)
                or is_content(h, s.hits, clause, self.lex)
                or is_object(h, s.hits, self.text))

    def _not_told(self, h: Hit, s: _Sentence, clause: Span) -> str | None:
        """Why a hit names an act without telling it: referred back to, rumoured, talked of."""
        if referred_back(h, self.text, self.lex):
            return "act referred back to"
        if rumoured(h, self.text, s.span, s.hits, self.lex):
            return "rumoured act"
        if talked_of(h, self.text, clause, self.lex):
            return "act talked or thought of"
        if characterised(h, self.text, self.lex):
            return "what something was called, not an act"
        if domestic_instrument(h, self.text, self.lex):
            return "a law or decree signed at home, not an agreement"
        return None

    def _unrealised(self, h: Hit, s: _Sentence, clause: Span, framed: bool) -> bool:
        """Mark the hit hypothetical when its clause says so; whether it is."""
        if irrealis_after(h, self.text, clause, self.lex):
            h.irrealis = True
        if h.subjunctive and not (framed and s.heads[id(h)][0].trigger.role == "order"):
            h.irrealis = True  # a decision to act is coded as the act ("قرر أن يرسل")
        if hearsay(h, self.text, self.lex):
            h.irrealis = True  # "a letter said to have been sent": hearsay, not a statement
        return h.irrealis

    def _note_scene(self, sentence: Span) -> None:
        for t in self.dater.in_span(self.p, sentence):
            self.dater.scene.add(t.id)

    # -- who did it to whom

    def _roles(self, h: Hit, s: _Sentence, clause: Span, frame: tuple[Hit, Roles] | None) -> Roles:
        state, text, lex, actors = self.state, self.text, self.lex, self.actors
        state.context.extend(a for a in actors if a.mention.end <= clause.start and a not in state.context)
        ctx = state.context + ([state.topic] if h.trigger.context_target == "topic" and state.topic else [])
        window = act_window(text, clause, s.span)
        topic = state.topic
        if state.topic_passage != self.p:  # a dropped subject names the last person told of in this paragraph
            topic = last_person(actors, h) or topic
        if h.nominal and self._landmark(h):
            topic = None  # "بعد توقيع معاهدة برلين": whoever signed it, not the subject told last
        dual = self._dual(h, window)
        if dual is not None:
            return dual
        pronoun = lex.lang == "en" and not h.nominal and pronoun_subject(text[window.start:h.span.start])
        if pronoun and state.topic is self._topic_before and self._opening is not None:
            topic = self._opening
        nxt = next((g for g in s.hits if g.span.start >= h.span.end and finite(g) and g.trigger.role != "receive"), None)
        r = assign(h.trigger, h.span, window, actors, topic, ctx, lex.lang,
                   nominal=h.nominal, conjoined=conjoined(h), text=text,
                   vso_end=nxt.span.start if nxt is not None and not h.nominal else None,
                   passive=passive(h, text, lex),
                   subject=None if h.nominal else relative_subject(h, text, actors, lex) or (
                       amma_subject(h.span, text, actors) if lex.lang == "ar" else None),
                   sentence=s.span, places=self.places, pronoun=pronoun, dyad=state.dyad)
        if h.trigger.story_pair and r.how in ("topic", "none") and frame is None and self.passage.kind == "body":
            # "بدأت المفاوضات في القاهرة", "استؤنفت المفاوضات في يوليو 1954": talks
            # under way with no party named are between the story's two sides'
            pair = self._story_pair(h, dyad_first=True)
            if pair is not None:
                return pair
        return self._aimed_abroad(h, self._told_roles(h, r, s, clause, frame), s)

    def _aimed_abroad(self, h: Hit, r: Roles, s: _Sentence) -> Roles:
        """"Morrison told the Commons ... and warned that Britain would protect
        its subjects itself if Tehran could not": a threat said to one's own
        side is aimed at the other side its words name (criticism and refusal
        at home stay domestic acts); an act aimed at one's own state is aimed
        at no one."""
        if r.source is not None and r.target is None and h.trigger.cameo.startswith("054") and not h.trigger.no_target:
            return Roles(None, None, "none")  # "أعلن المجلس التشريعي استقلال البلاد": no other state recognized
        if r.source is None or r.target is None or r.target.country != r.source.country:
            return r
        if h.trigger.cameo[:2] == "13":
            named = next((a for a in self.actors if a.mention is not None and h.span.end <= a.mention.start < s.span.end
                          and a.country and a.country != r.source.country and a.prep != "about"), None)
            if named is not None:
                return Roles(r.source, named, r.how)
        if r.target.entity is not None and r.target.entity.type in ("state", "place"):
            return Roles(r.source, None, r.how)  # nor at its own capital ("وصلت ... إلى بيروت")
        return r

    def _dual(self, h: Hit, window: Span) -> Roles | None:
        """"ووقع الجانبان المعاهدة", "the two governments initialled the heads of
        an agreement": the act is between the last two states told (else the
        paper's two main states), in the order they were named."""
        lex, text = self.lex, self.text
        if not lex.dual_subjects or h.nominal:
            return None
        if lex.lang == "ar":
            first = text[h.span.start:h.span.end].split()
            at = h.span.start + len(first[0]) if first else h.span.end
            said = fold_phrase(text[at:at + 20], "ar").split()[:1]
            named = bool(said) and said[0] in lex.dual_subjects
        else:
            lead = fold_phrase(text[max(window.start, h.span.start - 30):h.span.start], "en").strip()
            named = any(lead.endswith(d) for d in lex.dual_subjects)
        if not named:
            return None
        # "the two sides signed": one act of the pair, coded once (as the
        # annotators of political event data do), from the paper's own side
        # when the pair is the paper's two main states
        pair = self._story_pair(h)
        dyad = self.state.dyad
        if pair is not None and pair.target is not None and dyad and pair.source.country == dyad[1] \
                and pair.target.country == dyad[0]:
            return Roles(pair.target, pair.source, pair.how)
        return pair

    def _story_pair(self, h: Hit, dyad_first: bool = False) -> Roles | None:
        """The last two states told (else the paper's two main ones), as a
        reciprocal pair; ``dyad_first``: the paper's two main ones first (talks
        with no party named are the paper's own story)."""
        dyad = self.state.dyad if dyad_first else None
        if dyad is not None:
            first, second = (Actor(None, None, c, state_name(c)) for c in dyad)
            return Roles(first, None if h.trigger.no_target else second, "dual")
        pair: list[Actor] = []
        for a in reversed(self.state.context):
            if a.country and a.mention is not None and all(a.country != b.country for b in pair):
                pair.append(a)
            if len(pair) == 2:
                break
        if len(pair) == 2:
            first_named, second = sorted(pair, key=lambda a: (a.mention.passage, a.mention.start))
        else:
            dyad = self.state.dyad
            if dyad is None:
                return None
            first_named, second = (Actor(None, None, c, state_name(c)) for c in dyad)
        return Roles(first_named, None if h.trigger.no_target else second, "dual")

    def _landmark(self, h: Hit) -> bool:
        """A verbal noun right after a word of time ("بعد توقيع", "after the signing")."""
        before = fold_phrase(self.text[max(0, h.span.start - 16):h.span.start], self.lex.lang).split()
        before = [w for w in before if w not in ("the", "ب", "مباشره", "directly", "shortly", "soon")]
        return bool(before) and before[-1] in self.lex.time_words

    def _told_roles(self, h: Hit, r: Roles, s: _Sentence, clause: Span, frame: tuple[Hit, Roles] | None) -> Roles:
        """The roles corrected by what the story told: an elaboration's
        speaker, a report's author, the framing act's actors, a meeting's
        counterpart, a proposal's author, the last act's target."""
        state, text = self.state, self.text
        if h.trigger.role == "speech" and participle(h) and state.topic is not None:
            r = Roles(state.topic, r.target, "topic")
        elif participle(h) and r.how == "topic" and h.trigger.role != "speech":
            # "ورد تشامبرلين بحذر ... مقترحاً اجراء تعاون": a circumstantial
            # participle shares the subject of its clause, the last person told
            person = last_person(self.actors, h)
            if person is not None and r.source is not None and not same_entity(person, r.source):
                tgt = r.target if r.target is None or r.target.entity is not None or r.target.country != r.source.country \
                    else own_side(person) if h.trigger.role == "propose" else None
                r = Roles(person, tgt, "topic")
        if h.trigger.role == "speech" and state.report is not None and document_subject(h, text, self.lex):
            # "واكد التقرير أن ...": the report speaks for its author
            author = state.report[0]
            target = r.target if r.target is not None and r.target.country != author.country else None
            r = Roles(author, target, "report")
        if frame is not None and frame[1].source is not None and _SAID_SELF.search(text[frame[0].span.end:h.span.start]) \
                and (r.source is None or r.source.country != frame[1].source.country) \
                and not (h.trigger.scene or h.trigger.mutual or h.trigger.cameo.startswith(_MUTUAL)):
            # "Britain told Washington that it could no longer aid Turkey": the
            # content's pronoun subject is the speaker, aimed at whom the content names
            fr = frame[1]
            named = r.target if r.target is not None and fr.source is not None and r.target.country != fr.source.country \
                and (r.target.mention is None or r.target.mention.start >= h.span.start) else None
            r = Roles(fr.source, named or (fr.target if h.trigger.role != "speech" else None), fr.how)
        elif frame is not None and r.how == "svo" and r.source is not None \
                and r.source.mention is not None and r.source.mention.start >= frame[0].span.end:
            # "Dulles told the Egyptian ambassador that the United States was
            # withdrawing its offer", "أبلغ ... السفير أن الاتحاد السوفييتي قطع
            # ...": the content's own subject does the act, aimed at the one
            # told when the content names no other side
            fr = frame[1]
            told = fr.target if fr.target is not None and fr.target.country != r.source.country else None
            named = r.target if r.target is not None and r.target.country != r.source.country else None
            # an addressee the content names ("to Egypt") over the one told; a
            # bare actor further on may belong to the next clause
            r = Roles(r.source, named if named is not None and (named.prep == "target" or told is None) else told, r.how)
        elif frame is not None and (r.how not in ("agent", "vso", "pair", "dual", "between") or h.trigger.speaker):
            fh, fr = frame
            r = Roles(fr.source, r.target or (fr.target if fh.trigger.role != "order" else None),
                      fr.how if fr.how != "none" else r.how)
        if h.trigger.scene and r.source is not None and r.target is None:
            r = Roles(r.source, counterpart(r.source, self.actors, clause, s.span), r.how)
        if h.trigger.context_target == "topic" and r.source is not None:
            it = self.lex.lang == "en" and not h.nominal and re.match(r"\s+(?:it|them)\b", text[h.span.end:h.span.end + 6])
            r = answer(r, text[clause.start:clause.end], state, self.lex, bool(it))
        if _owner_of_source(r):
            r = Roles(r.source, None, r.how)  # "نددت حكومة الحبيب بورقيبة": the one whose government it is, no target
        if h.trigger.context_target and r.source is not None and (r.target is None or r.target.mention is None
                                                                  or r.target.mention.passage != self.p
                                                                  or r.target.mention.start < h.span.start):
            doer = self._reacted_to(h, r, clause)
            if doer is not None:
                r = Roles(r.source, doer, r.how)
        if r.source is not None and r.target is None and r.how == "topic" and not h.trigger.no_target:
            r.target = state.topic_target if state.topic_target and state.topic_target.country != r.source.country else None
        opener = self._sentence_opener(h, r, s)
        if opener is not None:
            r = Roles(opener, r.target if r.target is None or r.target.country != opener.country else None, "topic")
        fem = self._feminine_subject(h, r, s)
        if fem is not None:
            target = r.target if r.target is None or not same_entity(r.target, fem) else None
            r = Roles(fem, target, "topic")
        latter = self._latter(h, r)
        if latter is not None:
            r = Roles(r.source, latter, r.how)
        return r

    def _international_body(self, h: Hit, clause: Span) -> Roles | None:
        """"the Security Council called upon North Korea to withdraw", "the
        General Assembly condemned China": an act with no state for its doer
        is the international body's that is its subject (no country of its
        own), aimed at the first state named after the act."""
        if h.nominal or h.trigger.role in ("receive", "carrier", "tell"):
            return None
        text = self.text
        body = None
        if self._bodies is None:  # read once per passage, and only when an act lacks a doer
            self._bodies = international_bodies(self.doc, self.p)
        for m, e in self._bodies:
            between = text[m.end:h.span.start]
            if clause.start <= m.start < h.span.start and len(between.split()) <= 3 and not re.search(r"[,،;؛.]", between) \
                    and not re.search(r"(?:\b(?:to|before|at|in|of)|(?:الى|إلى|امام|أمام|في|على))\s*$", text[max(0, m.start - 12):m.start]):
                body = Actor(m, e, None, e.name)
        if body is None:
            return None
        target = None if h.trigger.no_target else next(
            (a for a in self.actors if a.mention is not None and h.span.start <= a.mention.start < clause.end and a.country), None)
        return Roles(body, target, "igo")

    def _reacted_to(self, h: Hit, r: Roles, clause: Span) -> Actor | None:
        """"appealed to the Security Council against the expulsion", "احتجت على
        الإجراء": a reaction to an act just told is aimed at whoever did it."""
        after = fold_phrase(self.text[h.span.end:clause.end], self.lex.lang)
        m = _REACTION.get(self.lex.lang, _REACTION["en"]).search(after)
        if m is None or m.group(1) not in _act_nouns(self.lex):
            return None
        # the doer of the last act of that name ("على اختطاف ضيوفه": whoever abducted),
        # else, for a word that names no act of its own ("بالعملية"), of the last act of force
        named = _triggers_named(self.lex, m.group(1))
        for tid, code, doer, _ in reversed(self.state.acts):
            if tid in named or (not named and code[:2] >= "15"):
                return doer if doer.country not in (None, r.source.country) else None
        doer = self.state.topic
        if doer is None or doer.country in (None, r.source.country):
            return None
        return doer

    def _sentence_opener(self, h: Hit, r: Roles, s: _Sentence) -> Actor | None:
        """"غير أن الولايات المتحدة تريثت في الاعتراف بالمملكة، ولم تعترف بها
        إلا في 1949": a dropped subject in a sentence that named its subject
        first is that subject, not the one the story carried from before."""
        if self.lex.lang != "ar" or h.nominal or r.how != "topic" or self.state.topic is not self._topic_before:
            return None
        first = next((a for a in self.actors if a.mention is not None and s.span.start <= a.mention.start < h.span.start),
                     None)
        if first is None or first.prep is not None or same_entity(first, r.source) \
                or (r.source is not None and first.country == r.source.country):
            return None
        return first

    def _feminine_subject(self, h: Hit, r: Roles, s: _Sentence) -> Actor | None:
        """"رفض مقترح الحكومة الإستونية ...، وطلبت من الحكومة البريطانية": a
        feminine verb with a dropped subject cannot have the man told before
        as its subject; it is the last feminine actor (a government, a
        ministry, a state) named before it in the sentence."""
        if self.lex.lang != "ar" or h.nominal or r.how != "topic" or r.source is None \
                or r.source.entity is None or r.source.entity.type != "person":
            return None
        word = fold_phrase(h.text.split()[0], "ar").lstrip("وف") if h.text.split() else ""
        forms = {fold_phrase(f, "ar").split()[0] for f in h.trigger.forms if f.split()}
        if not (word.endswith("ت") and word in forms and word[:-1] in forms):
            return None
        for a in reversed(self.actors):
            if a.mention is None or a.mention.end > h.span.start or a.mention.start < s.span.start:
                continue
            if a.entity is not None and a.entity.type == "person":
                continue
            first = fold_phrase(a.mention.text, "ar").split()[:1]
            if a.entity is not None and (a.entity.type == "state" or (first and first[0].endswith("ه"))):
                return a
        return None

    def _latter(self, h: Hit, r: Roles) -> Actor | None:
        """"حث فيها الأخير على ...", "urged the latter to": the addressee is the
        last actor named before the act (not its source)."""
        if r.source is None or not self.lex.latter:
            return None
        after = fold_phrase(self.text[h.span.end:h.span.end + 30], self.lex.lang)
        words = after.split()[:3]
        near = " ".join(words)
        if not any(re.search(r"(?<!\w)" + re.escape(l) + r"(?!\w)", near) for l in self.lex.latter):
            return None
        named = [a for a in self.actors if a.mention is not None and a.mention.end <= h.span.start
                 and not (a.entity is not None and r.source.entity is not None and a.entity.id == r.source.entity.id)
                 and not (a.entity is None and a.name == r.source.name)]
        # the latter of the persons told, else of the actors
        persons = [a for a in named if a.entity is not None and a.entity.type == "person"]
        return (persons or named or [None])[-1]

    def _frames_content(self, h: Hit, r: Roles, s: _Sentence, clause: Span) -> bool:
        """A statement, order or agreement hands its roles to the acts it
        frames; True when it is coded through them rather than as an act."""
        state = self.state
        frames = h.trigger.role in ("speech", "order", "tell") or h.trigger.frames
        if not (frames and r.source is not None):
            return False
        content = content_of(h, s.hits, self.text, self.lex, self.actors)
        for c in content:
            s.heads[id(c)] = (h, r)
            if r.how == "report":
                s.reported[id(c)] = state.report
        if h.trigger.role == "order" or (h.trigger.role == "speech" and participle(h) and not content):
            if not content:
                self.candidates.append(candidate(self.passage.line_at(h.span.start), h,
                                                 self.text[clause.start:clause.end].strip(),
                                                 "order, decision or elaboration without a coded act"))
            if r.how in ("vso", "svo", "agent"):
                state.topic, state.topic_passage = r.source, self.p
            return True
        if content:
            if r.how in ("vso", "svo", "agent", "tell"):
                state.topic, state.topic_passage = r.source, self.p
            return True
        return False

    def _recoded(self, h: Hit, r: Roles, sentence: Span) -> tuple[Hit, Roles]:
        """An accusation aimed at the country of a document told before it;
        violence by a crowd, a riot; the sub-code the rest of the sentence names."""
        crowd = r.how == "crowd" or (r.source is not None and r.source.entity is not None
                                      and (r.source.entity.code or "").endswith("CVL"))
        if crowd and h.trigger.cameo[:2] == "18" and (r.target is None or r.target.entity is None):
            # "وأحرقت الجموع الغاضبة عدداً من المنشآت البريطانية": CAMEO codes
            # violence by civilians against property as a violent protest (145);
            # an attack on a named body or person stays an assault
            h = Hit(replace(h.trigger, cameo="145", id=h.trigger.id + "/riot", refine=()), h.span, h.text,
                    negated=h.negated, negator=h.negator, nominal=h.nominal, wrapped=h.wrapped)
        if h.trigger.third_party and r.source is not None:
            accused = attributed(self.doc, self.p, h)
            if accused and accused != r.source.country:
                r = Roles(r.source, Actor(None, None, accused, accused), r.how)
                h = as_third_party(h)
        if h.trigger.by_forces and r.source is not None and r.source.entity is not None \
                and (r.source.entity.code or "").endswith("MIL"):
            # "وهاجمت [القوات الفرنسية] مبنى البرلمان": armed forces attacking use force
            h = Hit(replace(h.trigger, cameo=h.trigger.by_forces, id=h.trigger.id + "/forces"), h.span, h.text,
                    nominal=h.nominal, wrapped=h.wrapped)
        if h.trigger.refine:
            if h.trigger.role == "propose":
                # a proposal's sub-code is named before the next act told
                # ("اقترح الفرنسيون تبادل معلومات ... واقترح ملك اسبانيا عقد مؤتمر دولي")
                nxt = next((g.span.start for g in self.hits if g.span.start >= h.span.end and g.span.start in sentence
                            and not g.nominal), sentence.end)
                sentence = Span(sentence.start, nxt)
            h = refined(h, self.text, sentence, self.lex)
            if h.trigger.role == "propose" and h.trigger.cameo[:3] in _BETWEEN_STATES and r.source is not None \
                    and r.target is not None and r.target.entity is None and r.target.country == r.source.country:
                # arbitration, mediation, an international conference are asked
                # of the other side, never of one's own (GUIDELINES' internal
                # proposals are about acts toward the other side)
                named = [a for a in self.actors if a.mention is not None and h.span.end <= a.mention.start
                         and a.mention.start in sentence]
                other = next((a for a in named + list(reversed(self.state.context))
                              if a.country and a.country != r.source.country), None)
                r = Roles(r.source, other, r.how)
        return h, r

    # -- what the event leaves in the story

    def _record(self, h: Hit, r: Roles, ev: Event, frame: tuple[Hit, Roles] | None,
                report: tuple[Actor, int, Event] | None, s: _Sentence) -> None:
        state = self.state
        if frame is not None:  # the line of the statement, order or agreement that frames the act
            ev.line = self.passage.line_at(frame[0].span.start)
        if report is not None:  # a report is coded by what it says, on the line where it is told
            ev.line = report[1]
            if report[2].cameo == "010":
                state.superseded.add(id(report[2]))
        if h.trigger.role == "speech" and r.how != "report" and publishes(h, self.lex):
            state.report = (r.source, ev.line, ev)
        s.coded.append((h, ev))
        # a verbal noun after ب that carries the sentence's act ("فردت القوات
        # الفرنسية بقصف دمشق") leaves its doer as the story's subject, like a verb
        carried = h.nominal and r.how == "svo" and self.lex.lang == "ar" and fold_phrase(h.text, "ar").startswith("ب")
        if not h.nominal or r.how == "agent" or carried:
            state.topic, state.topic_target = r.source, r.target
            state.topic_passage = self.p
        if r.source is not None and r.source.country:
            state.acts.append((h.trigger.id.split("/")[0], h.trigger.cameo, r.source, r.target))
        if h.trigger.role == "propose" or h.trigger.cameo[:2] in ("02", "03", "10") or h.trigger.cameo[:3] == "139":
            # whoever proposed, offered, asked, demanded or gave an ultimatum: the one a refusal answers
            state.proposer = r.source


# What joins two actors into one party: "و", "and", a comma ("Britain, France and Israel").
_JOINED = re.compile(r"\s*(?:,\s*and|و|and|,|،)\s*", re.I)
_AND = re.compile(r"\s*(?:,\s*and|و|and)\s*", re.I)
_LIST_GOES_ON = re.compile(r",?\s+and\s+(?:\w+\s+){0,2}(?:other|more|further)\s+(?:states|countries|powers|governments|nations)\b"
                           r"|\s+و(?:عدد\s+من\s+)?(?:ال)?دول\s+(?:ال)?[أا]خر[ىي]", re.I)


# "told Washington that it could no longer aid", "أبلغه أنها ستسحب": the content's subject is the speaker
_SAID_SELF = re.compile(r"\bthat\s+(?:it|he|she|they)\s+(?:\S+\s+){0,3}$")

# "against the expulsion", "على الإجراء": a reaction naming the act it answers
_REACTION = {"en": re.compile(r"\b(?:against|at|over|about)\s+(?:the|this|that|these|its|his)\s+(\w+)"),
             # "على الإجراء", "على اختطاف ضيوفه", "نددت ... بالعملية"
             "ar": re.compile(r"(?:^|\s)(?:(?:علي|ضد)\s+(?:هذا\s+|هذه\s+)?|[وف]?ب(?=ال))(\w+)")}


def _owner_of_source(r: Roles) -> bool:
    """The target is the person or state right after the source's noun, in
    construct with it ("حكومة الحبيب بورقيبة", "حكومة بريطانيا"): its owner."""
    src, tgt = r.source, r.target
    if src is None or tgt is None or src.mention is None or tgt.mention is None:
        return False
    return src.mention.passage == tgt.mention.passage and 0 <= tgt.mention.start - src.mention.end <= 1 \
        and tgt.country == src.country


def names_act(text: str, lex: Lexicon) -> bool:
    """Whether a reaction's words name an act by its noun ("على اختطاف ضيوفه", "against the expulsion")."""
    m = _REACTION.get(lex.lang, _REACTION["en"]).search(fold_phrase(text, lex.lang))
    return m is not None and m.group(1) in _act_nouns(lex)


def _triggers_named(lex: Lexicon, noun: str) -> frozenset[str]:
    """The ids of the triggers whose act nouns start with ``noun`` ("اختطاف": ar.abduct.001)."""
    key = (lex.lang, noun)
    if key not in _NAMED:
        _NAMED[key] = frozenset(t.id for t in lex.triggers for n in t.nouns
                                if n.split() and noun in (fold_phrase(n, lex.lang).split()[0],
                                                          "ال" + fold_phrase(n, lex.lang).split()[0]))
    return _NAMED[key]


_NAMED: dict[tuple[str, str], frozenset[str]] = {}


def _act_nouns(lex: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's act nouns and of its reaction words ("expulsion", "الاجراء")."""
    key = (lex.lang, len(lex.triggers))
    if key not in _ACT_NOUNS:
        words = {fold_phrase(n, lex.lang).split()[0] for t in lex.triggers for n in t.nouns if n.split()}
        words |= {w.split()[-1] for w in lex.reaction_refs if w.split()}
        words |= {w for w in list(words) if w.startswith("ال")} | {"ال" + w for w in list(words) if not w.startswith("ال")}
        _ACT_NOUNS[key] = frozenset(words)
    return _ACT_NOUNS[key]


_ACT_NOUNS: dict[tuple[str, int], frozenset[str]] = {}


def _members(actor: Actor | None) -> list[str | None]:
    """The states an actor stands for: a group's members, else its own country."""
    if actor is None:
        return [None]
    if actor.entity is not None and actor.entity.members:
        return list(actor.entity.members)
    return [actor.country]


def _same_kind(a: Actor, b: Actor) -> bool:
    """Joint parties are alike: persons with persons, states and bodies with
    each other ("invaded Egypt, and Eisenhower was ...": a new clause)."""
    person_a = a.entity is not None and a.entity.type == "person"
    person_b = b.entity is not None and b.entity.type == "person"
    return person_a == person_b


def _start(a: Actor) -> int:
    return a.lead if a.lead is not None else a.mention.start


def _tier(source: Actor | None, target: Actor | None) -> str:
    return "core" if source is not None and target is not None and source.country != target.country else "extended"
