"""Event coding (issue 6): CAMEO events between actors, dated by the story.

Stage entry: ``code_document(doc) -> doc``. Reads ``doc.passages``,
``doc.timexes``, ``doc.entities``/``doc.mentions``; writes ``doc.events``
and ``doc.candidates`` (trigger hits that could not be coded, with why).

Modules: ``lexicon`` (trigger files, CAMEO table), ``clauses`` (sentence and
clause windows), ``triggers`` and ``hits`` (trigger hits), ``modality``
(negated and hypothetical acts), ``framing`` (acts framed by statements,
orders, notes), ``roles`` (source/target; with ``participants``,
``prepositions``, ``english``, ``subjects``, ``nationality``, ``targets``),
``story`` (what the story carries between acts), ``dating`` (the act's
date), ``build`` (events and candidates), ``dedupe`` (repeated acts),
``coder`` (hits -> events).
"""

from __future__ import annotations

from ..document import Document
from ..errors import ResourceError
from .coder import CODED_KINDS, code_passage
from .dating import Dater
from .dedupe import dedupe, drop_abstract_repeats
from .lexicon import lexicon
from .story import State, paper_dyad

__all__ = ["code_document"]


def code_document(doc: Document) -> Document:
    events = []
    candidates: list[dict] = []
    daters = {}
    kinds: dict[int, tuple[str, str, bool]] = {}
    dyad = paper_dyad(doc, CODED_KINDS)
    state = State(dyad=dyad)
    for p, passage in enumerate(doc.passages):
        if passage.kind not in CODED_KINDS:
            continue
        try:
            lex = lexicon(passage.lang)
        except ResourceError:
            doc.notes.append(f"events: no trigger lexicon for language {passage.lang!r}; passage {p} not coded")
            continue
        if passage.section != state.section:
            # The subject of the last act does not reach into a new section.
            state = State(section=passage.section, dyad=dyad)
        dater = daters.setdefault(passage.lang, Dater(doc, lex))
        before = len(events)
        code_passage(doc, p, lex, dater, state, events, candidates)
        for e in events[before:]:
            kinds[id(e)] = (passage.kind, passage.lang, dater.is_own(e.date))
    events = drop_abstract_repeats(events, kinds)
    events = dedupe(events)
    for i, e in enumerate(events, 1):
        e.id = f"e{i}"
    doc.events = events
    doc.candidates = candidates
    return doc
