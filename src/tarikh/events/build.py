"""Event building and candidate reporting.

An act whose roles are settled becomes an ``Event`` with its CAMEO code,
Goldstein score, date and evidence; one that cannot be coded honestly (a
negated act without a negated code, no resolvable actor, a meeting without
a counterpart, a hypothetical act) becomes a candidate with the reason,
never an event with an invented actor. The sub-code a sentence names
(``refined``) and the third party a document accuses are applied here too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..document import Document, Event
from .clauses import Span
from .dating import Dater
from .framing import CARRIERS, content_start
from .hits import Hit, finite, has_phrase
from .lexicon import Lexicon, cameo_table, fold_phrase
from .participants import Roles

EVIDENCE_SPAN = 70  # characters each side of the trigger kept as evidence
# How sure a source is, by the construction that found it (``Roles.how``).
_CONFIDENCE = {"agent": 0.8, "vso": 0.75, "svo": 0.7, "between": 0.75, "receive": 0.75, "pair": 0.7, "dual": 0.65, "tell": 0.7}


def candidate(line: int, h: Hit, evidence: str, reason: str) -> dict[str, Any]:
    return {"line": line, "trigger": h.text, "rule": h.trigger.id, "evidence": evidence, "reason": reason}


def event_of(doc: Document, p: int, h: Hit, r: Roles, dater: Dater, clause: Span,
             sentence: Span, candidates: list[dict[str, Any]], date_clause: Span | None = None) -> Event | None:
    """The event of a hit with its roles, or None after reporting why it is a candidate."""
    passage = doc.passages[p]
    line = passage.line_at(h.span.start)
    evidence = passage.text[max(clause.start, h.span.start - EVIDENCE_SPAN):min(clause.end, h.span.end + EVIDENCE_SPAN)].strip()
    trig = h.trigger
    code, rule = trig.cameo, trig.id
    if h.content is not None:  # the received note is coded by what it is
        code, rule = h.content.cameo, f"{trig.id}+{h.content.id}"
    if h.negated:
        if not trig.negated:
            candidates.append(candidate(line, h, evidence, "negated act without a negated code"))
            return None
        code, rule = trig.negated, trig.id + "/neg"
    reason = _uncodable(h, r)
    if reason:
        candidates.append(candidate(line, h, evidence, reason))
        return None
    info = cameo_table()[code]
    confidence = _CONFIDENCE.get(r.how, 0.5)
    if h.wrapped:
        confidence -= 0.1
    target = r.target.to_ref() if r.target else None
    tier = "core" if target and target["country"] != r.source.country else "extended"
    return Event(
        id="", line=line, cameo=code, goldstein=info["goldstein"] if info["goldstein"] is not None else 0.0,
        quad_class=int(info["quad_class"]), plover=info.get("plover"),
        source=r.source.to_ref(), target=target,
        date=dater.date(p, date_clause or clause, h.span, sentence, nominal=h.nominal or not finite(h),
                        reactive=trig.context_target is not None,
                        content=content_start(passage.text, h, sentence) if not h.nominal else None),
        evidence=evidence, rule=rule, confidence=confidence, tier=tier,
    )


def _uncodable(h: Hit, r: Roles) -> str | None:
    """Why an act with these roles is no event, if it is not."""
    if r.source is None:
        return "no resolvable actor"
    if h.trigger.scene and h.nominal and r.how == "topic":
        # "استمع اعضاء المؤتمر الثالث للسوفييت": a meeting noun names its own parties
        return "meeting without participants of its own"
    if h.trigger.scene and r.target is None:
        return "meeting without a resolvable counterpart"
    return None


def refined(h: Hit, text: str, sentence: Span, lex: Lexicon) -> Hit:
    """The sub-code a phrase of the rest of the sentence names: "warned that
    further propaganda would lead to the breaking off of relations" is a
    threat to break relations (1313), not a threat in general (130)."""
    # from the hit's own words on: a gapped phrase can hold the sub-code ("asked Germany for military aid")
    rest = fold_phrase(text[h.span.start:sentence.end], lex.lang)
    for code, phrases in h.trigger.refine:
        if any(has_phrase(ph, rest) for ph in phrases):
            return Hit(replace(h.trigger, cameo=code, id=h.trigger.id + "/" + code), h.span, h.text,
                       negated=h.negated, negator=h.negator, nominal=h.nominal, wrapped=h.wrapped)
    return h


def as_third_party(h: Hit) -> Hit:
    """The hit recoded with its trigger's code for an act aimed at a third party."""
    return Hit(replace(h.trigger, cameo=h.trigger.third_party, id=h.trigger.id + "/third"), h.span, h.text,
               nominal=h.nominal, wrapped=h.wrapped)


def drop_carriers(coded: list[tuple[Hit, Event]], events: list[Event]) -> None:
    """Append a sentence's coded events, but its carriers when a stronger act stands by."""
    # A statement or a note is coded by what it says: when the same sentence
    # holds a stronger act, the speech verb or the note adds no event.
    strong = [e for h, e in coded if h.trigger.role not in CARRIERS]
    for h, e in coded:
        if h.trigger.role in ("receive", "carrier") and strong and h.content is None:
            continue  # a received note with its own act ("مذكرة الاحتجاج") is that act
        events.append(e)
