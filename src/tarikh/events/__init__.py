"""Event coding (issue 6): CAMEO events between actors, dated by the story.

Stage entry: ``code_document(doc) -> doc``. Reads ``doc.passages``,
``doc.timexes``, ``doc.entities``/``doc.mentions``; writes ``doc.events``
and ``doc.candidates`` (trigger hits that could not be coded, with why).

Modules: ``lexicon`` (trigger files, CAMEO table), ``clauses`` (sentence and
clause windows), ``roles`` (source/target), ``dating`` (the act's date),
``coder`` (hits -> events).
"""

from __future__ import annotations

from ..document import Document
from ..errors import ResourceError
from .coder import CODED_KINDS, State, code_passage, dedupe, drop_abstract_repeats
from .dating import Dater
from .lexicon import lexicon

__all__ = ["code_document"]


def code_document(doc: Document) -> Document:
    events = []
    candidates: list[dict] = []
    daters = {}
    kinds: dict[int, tuple[str, str, bool]] = {}
    state = State()
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
            state = State(section=passage.section)
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
