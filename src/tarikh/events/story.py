"""What the story has established, and the roles it lends to an act.

Arabic drops pronoun subjects and papers answer, meet and accuse across
sentences: ``State`` keeps the last subject, its target, the last proposer,
the last report and the actors named so far in a section. The helpers here
read that story, or the syntax right around the act, to fill or correct a
role: the antecedent of a relative pronoun, the last person told of, the
author of an answered proposal, a meeting's counterpart, a document's
country, a passive "تم".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors.lookup import title_states
from ..actors.gazetteer import scan
from ..document import Document, Event
from .clauses import Span
from .hits import Hit, has_phrase
from .lexicon import Lexicon, fold_phrase
from .participants import Actor, Roles


@dataclass
class State:
    """What the story has established so far in a section."""

    topic: Actor | None = None
    topic_target: Actor | None = None
    proposer: Actor | None = None  # the source of the last proposal told
    topic_passage: int | None = None  # the passage where the topic was last set
    context: list[Actor] = field(default_factory=list)
    section: int | None = None
    # the last report, statement or note published: its author, line and event
    # ("صدر التقرير الرسمي لوفد ..." ... "واكد التقرير أن ...")
    report: tuple[Actor, int, Event] | None = None
    superseded: set[int] = field(default_factory=set)  # ids of events replaced by what they say
    dyad: tuple[str, str] | None = None  # the paper's two main states (``paper_dyad``), for the whole document
    opening: Actor | None = None  # the subject the last English sentence opened with ("it" in the next one)
    # the acts told so far, latest last: (the trigger's id, its CAMEO code, who did
    # it, at whom), for a reaction that names one ("على اختطاف ضيوفه", "against the
    # expulsion") and for one who followed suit ("وحذت بريطانيا حذوها")
    acts: list[tuple[str, str, Actor, Actor | None]] = field(default_factory=list)


def paper_dyad(doc: Document, kinds: tuple[str, ...]) -> tuple[str, str] | None:
    """The paper's two main states: the countries its body's actors belong to
    most ("the two sides", talks with no party named are theirs)."""
    counts: dict[str, int] = {}
    body = {i for i, p in enumerate(doc.passages) if p.kind in kinds}
    by_id = {e.id: e for e in doc.entities}
    for m in doc.mentions:
        e = by_id.get(m.entity)
        if m.passage in body and e is not None and e.type not in ("place", "document", "event", "treaty") and e.country:
            counts[e.country] = counts.get(e.country, 0) + 1
    # and every word that names a state ("Soviet bases", "the Turkish frontier"):
    # a story is about the states its words keep naming, not only those that act
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        spans.setdefault(m.passage, []).append((m.start, m.end))
    for i in body:
        for h in scan(doc.passages[i].text)[1]:
            st = h.has("state") or h.has("adj") or h.has("people")
            if st is not None and not any(a < h.end and h.start < b for a, b in spans.get(i, ())):  # not counted twice
                counts[st.key] = counts.get(st.key, 0) + 1
    top = sorted(counts, key=lambda c: -counts[c])[:3]
    if len(top) < 2:
        return None
    # the order the title names them in ("العلاقات السورية الفرنسية", "Britain,
    # Iran and the Nationalisation Crisis") is the paper's point of view
    titled = title_states(doc.structure.title or "")
    if len(titled) >= 3:
        # a title naming three or more states: the two its body names most, in the title's order
        pair = sorted(titled, key=lambda c: -counts.get(c, 0))[:2]
        if all(counts.get(c) for c in pair):
            return tuple(sorted(pair, key=titled.index))  # type: ignore[return-value]
    if len(titled) >= 2 and titled[0] in top and titled[1] in top:
        return titled[0], titled[1]
    return top[0], top[1]



def passive(h: Hit, text: str, lex: Lexicon) -> bool:
    # "تم رفض الاقتراح", "ليتم قطع العلاقات": the verbal noun after تم is a passive act
    if lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 8):h.span.start], "ar").split()
    return bool(before) and before[-1] in ("تم", "وتم", "فتم", "ليتم", "يتم", "سيتم")


def relative_subject(h: Hit, text: str, actors: list[Actor], lex: Lexicon) -> Actor | None:
    """A verb right after a relative pronoun has the noun before the pronoun
    as its subject: "مجلس التجارة، الذي رفض حجج تشامبرلين"."""
    if not lex.relatives:
        return None
    before = text[max(0, h.span.start - 60):h.span.start]
    m = re.search(r"(\S+)\s*$", before)
    if not m or fold_phrase(m.group(1), lex.lang) not in lex.relatives:
        return None
    at = h.span.start - len(before) + m.start()
    for a in reversed(actors):
        if a.mention is not None and a.mention.end <= at:
            gap = text[a.mention.end:at]
            return a if len(gap.strip(" ،,")) == 0 else None
    return None


def last_person(actors: list[Actor], h: Hit) -> Actor | None:
    """The last person named bare before the act: the subject a dropped pronoun stands for."""
    for a in reversed(actors):
        if a.mention is not None and a.mention.end <= h.span.start and a.prep is None \
                and a.entity is not None and a.entity.type == "person":
            return a
    return None


def answer(r: Roles, clause_text: str, state: State, lex: Lexicon, pronoun_object: bool = False) -> Roles:
    # A reply to a proposal ("وافق ستالين على المقترح الأخير", "قوبل هذا المقترح
    # بمعارضة") answers whoever made the proposal, unless the proposal names
    # its author ("وافق تشامبرلين على مقترح هودجسون").
    folded = fold_phrase(clause_text, lex.lang)
    if r.target is not None and r.target.name and (r.how != "topic" or r.target.mention is not None):
        # the author as named here ("مقترح هودجسون") or by the first word of the name
        names = {fold_phrase(r.target.name, lex.lang).split()[0]}
        if r.target.mention is not None and r.target.mention.text.split():
            names.add(fold_phrase(r.target.mention.text, lex.lang).split()[0])
        author = "(?:" + "|".join(re.escape(n) for n in names) + ")"
        if any(re.search(r"(?<!\w)(?:ال)?" + re.escape(n) + r"\s+" + author, folded) for n in lex.proposal_nouns):
            return r
    # ("Ankara rejected it again": ``pronoun_object``, an "it" right after the verb)
    if state.proposer is not None and (pronoun_object or any(has_phrase(n, folded) for n in lex.proposal_nouns)):
        if state.proposer.entity is None or r.source.entity is None or state.proposer.entity.id != r.source.entity.id:
            return Roles(r.source, state.proposer, r.how)
    return r


def counterpart(source: Actor, actors: list[Actor], clause: Span, sentence: Span) -> Actor | None:
    # "حضر جلسة استثنائية في التاسع من كانون الثاني 1925، مع جوزيف ستالين":
    # the other party of a meeting may follow in the next clause, after its date.
    for a in actors:
        if a.mention is None or a.mention.start < clause.end or a.mention.start not in sentence:
            continue
        if a.mention.start - clause.end > 40:
            break
        if a.prep == "target" and (a.entity is None or source.entity is None or a.entity.id != source.entity.id):
            return a
    return None


def attributed(doc: Document, p: int, h: Hit) -> str | None:
    """The country a document named before the act in its passage is attributed to."""
    by_id = {e.id: e for e in doc.entities}
    best = None
    for m in doc.mentions:
        if m.passage != p or m.start >= h.span.start:
            continue
        ent = by_id.get(m.entity)
        if ent is not None and ent.type == "document" and ent.country:
            if best is None or m.start > best[0]:
                best = (m.start, ent.country)
    return best[1] if best else None
