"""The coder: trigger hits -> events (or candidates) for one document.

``match`` finds trigger hits in a passage (pure); ``code_passage`` turns them
into events with roles and dates; ``dedupe`` keeps one event per repeated
act. A hit whose actors cannot be resolved is never coded with an invented
actor: it becomes a candidate with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, Event
from . import roles as roles_mod
from .clauses import Span, clauses, enclosing, sentences
from .dating import Dater
from .lexicon import Lexicon, Trigger, cameo_table, fold_with_map

CODED_KINDS = ("body", "abstract")
EVIDENCE_SPAN = 70  # characters each side of the trigger kept as evidence
_DEFINITE = re.compile(r"^(?:[وف])?(?:[بل])?(?:ال|لل)")


@dataclass
class Hit:
    trigger: Trigger
    span: Span
    text: str
    negated: bool = False
    negator: Span | None = None
    content: Trigger | None = None  # an act inside a received note ("تلقت ... مذكرة الاحتجاج")


def match(text: str, lex: Lexicon) -> list[Hit]:
    """All non-overlapping trigger hits of a passage text (pure)."""
    folded, index = fold_with_map(text, lex.lang)
    raw: list[Hit] = []
    for trig in lex.triggers:
        for m in trig.pattern.finditer(folded):
            span = Span(index[m.start()], index[m.end()])
            raw.append(Hit(trig, span, text[span.start:span.end]))
    # Overlaps: the higher priority wins, then the longer phrase.
    raw.sort(key=lambda h: (-h.trigger.priority, -(h.span.end - h.span.start), h.span.start))
    kept: list[Hit] = []
    for h in raw:
        overlapping = [k for k in kept if not (h.span.end <= k.span.start or h.span.start >= k.span.end)]
        if not overlapping:
            kept.append(h)
        elif overlapping[0].trigger.role == "receive" and overlapping[0].content is None \
                and h.trigger.role not in ("speech", "receive", "carrier"):
            overlapping[0].content = h.trigger
    kept.sort(key=lambda h: h.span.start)
    for h in kept:
        _mark_negation(h, folded, index, lex)
    return kept


def _mark_negation(hit: Hit, folded: str, index: list[int], lex: Lexicon) -> None:
    # Negators stand right before the act: "لم يوافق", "امتنعت عن منح", "did not agree".
    fstart = index.index(hit.span.start) if hit.span.start in index else 0
    window = folded[max(0, fstart - 30):fstart]
    tail = " ".join(window.split()[-3:])
    for neg in lex.negators:
        m = None
        for m in re.finditer(r"(?<!\w)" + re.escape(neg) + r"(?!\w)", tail):
            pass
        if m is not None:
            hit.negated = True
            off = fstart - len(tail) + m.start()
            hit.negator = Span(index[max(off, 0)], index[max(off, 0) + len(neg)] if off + len(neg) < len(index) else hit.span.start)
            return


@dataclass
class State:
    """What the story has established so far in a section."""

    topic: roles_mod.Actor | None = None
    topic_target: roles_mod.Actor | None = None
    context: list[roles_mod.Actor] = field(default_factory=list)
    section: int | None = None


def code_passage(doc: Document, p: int, lex: Lexicon, dater: Dater, state: State,
                 events: list[Event], candidates: list[dict[str, Any]]) -> None:
    passage = doc.passages[p]
    text = passage.text
    actors = roles_mod.passage_actors(doc, p)
    hits = match(text, lex)
    negators = [h.negator for h in hits if h.negated and h.negator]
    hits = [h for h in hits if not any(n.start <= h.span.start < n.end or h.span.start <= n.start < h.span.end
                                       for n in negators if n is not None) or h.negated]
    for sentence in sentences(text):
        in_sentence = [h for h in hits if h.span.start in sentence]
        clause_spans = clauses(text, sentence)
        coded: list[tuple[Hit, Event]] = []
        for h in in_sentence:
            clause = enclosing(clause_spans, h.span.start)
            if _is_content(h, in_sentence, clause, text, lex):
                continue
            if _is_venue(h, text, lex):
                _note_scene(dater, p, sentence)
                continue
            if h.trigger.scene:
                _note_scene(dater, p, sentence)
            state.context.extend(a for a in actors if a.mention.end <= clause.start and a not in state.context)
            ctx = state.context + ([state.topic] if h.trigger.context_target == "topic" and state.topic else [])
            r = roles_mod.assign(h.trigger, h.span, clause, actors, state.topic, ctx, lex.lang)
            if r.source is not None and r.target is None and r.how == "topic" and not h.trigger.no_target:
                r.target = state.topic_target if state.topic_target and state.topic_target.country != r.source.country else None
            ev = _event(doc, p, h, r, dater, clause, sentence, candidates)
            if ev is None:
                continue
            coded.append((h, ev))
            state.topic, state.topic_target = r.source, r.target
        _drop_carriers(coded, events)
        state.context.extend(a for a in actors if a.mention.start in sentence and a not in state.context)


def _is_content(h: Hit, hits: list[Hit], clause: Span, text: str, lex: Lexicon) -> bool:
    # GUIDELINES: a call for an inquiry is 020, not an inquiry: what a proposal,
    # appeal or demand names is its content, not a separate act.
    if h.trigger.governs or h.trigger.role in ("speech", "receive", "carrier"):
        return False
    for g in hits:
        if g is h or not g.trigger.governs or g.span.start not in clause:
            continue
        if not _DEFINITE.match(fold_with_map(g.text, lex.lang)[0]):
            return True
    return False


def _is_venue(h: Hit, text: str, lex: Lexicon) -> bool:
    if not h.trigger.venue:
        return False
    before = fold_with_map(text[max(0, h.span.start - 12):h.span.start], lex.lang)[0].split()
    # "وفي الاجتماع": the conjunction does not change the preposition.
    return bool(before) and (before[-1] in h.trigger.venue or before[-1][1:] in h.trigger.venue)


def _note_scene(dater: Dater, p: int, sentence: Span) -> None:
    for t in dater.in_span(p, sentence):
        dater.scene.add(t.id)


def _drop_carriers(coded: list[tuple[Hit, Event]], events: list[Event]) -> None:
    # A statement or a note is coded by what it says: when the same sentence
    # holds a stronger act, the speech verb or the note adds no event.
    strong = [e for h, e in coded if h.trigger.role not in ("speech", "receive", "carrier")]
    for h, e in coded:
        if h.trigger.role in ("speech", "receive", "carrier") and strong:
            continue
        events.append(e)


def _event(doc: Document, p: int, h: Hit, r: roles_mod.Roles, dater: Dater, clause: Span,
           sentence: Span, candidates: list[dict[str, Any]]) -> Event | None:
    passage = doc.passages[p]
    line = passage.line_at(h.span.start)
    evidence = passage.text[max(clause.start, h.span.start - EVIDENCE_SPAN):min(clause.end, h.span.end + EVIDENCE_SPAN)].strip()
    trig = h.trigger
    code, rule = trig.cameo, trig.id
    if h.content is not None:  # the received note is coded by what it is
        code, rule = h.content.cameo, f"{trig.id}+{h.content.id}"
    if h.negated:
        if not trig.negated:
            candidates.append(_candidate(line, h, evidence, "negated act without a negated code"))
            return None
        code, rule = trig.negated, trig.id + "/neg"
    if r.source is None:
        candidates.append(_candidate(line, h, evidence, "no resolvable actor"))
        return None
    if trig.scene and r.target is None:
        candidates.append(_candidate(line, h, evidence, "meeting without a resolvable counterpart"))
        return None
    info = cameo_table()[code]
    confidence = {"agent": 0.8, "vso": 0.75, "svo": 0.7, "between": 0.75, "receive": 0.75}.get(r.how, 0.5)
    target = r.target.to_ref() if r.target else None
    tier = "core" if target and target["country"] != r.source.country else "extended"
    return Event(
        id="", line=line, cameo=code, goldstein=info["goldstein"] if info["goldstein"] is not None else 0.0,
        quad_class=int(info["quad_class"]), plover=info.get("plover"),
        source=r.source.to_ref(), target=target,
        date=dater.date(p, clause, h.span, sentence),
        evidence=evidence, rule=rule, confidence=confidence, tier=tier,
    )


def _candidate(line: int, h: Hit, evidence: str, reason: str) -> dict[str, Any]:
    return {"line": line, "trigger": h.text, "rule": h.trigger.id, "evidence": evidence, "reason": reason}


def _key(e: Event) -> tuple[Any, ...]:
    src = e.source or {}
    tgt = e.target or {}
    return (e.cameo, src.get("entity") or src.get("country"), tgt.get("country"))


def dedupe(events: list[Event]) -> list[Event]:
    """GUIDELINES: the same act repeated in one document is coded once (keep the best-dated)."""
    kept: list[Event] = []
    for e in events:
        twin = next((k for k in kept if _key(k) == _key(e) and _compatible(k, e)), None)
        if twin is None:
            kept.append(e)
        elif _precision(e) > _precision(twin):
            kept[kept.index(twin)] = e
    return kept


def _compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    va, vb = a.date["value"], b.date["value"]
    return va.startswith(vb) or vb.startswith(va)


def _precision(e: Event) -> int:
    return len(e.date["value"]) if e.date else 0
