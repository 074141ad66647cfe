"""Actor recognition (issue 5): states, organizations, government bodies and
persons named in a document, with mentions the event coder resolves; also
places (cities, regions: type ``place``), treaties, documents and named
events, which the event coder does not take as actors.

Stage entry: ``recognize_document(doc)`` fills ``doc.entities`` and
``doc.mentions``. Pure look-ups for other stages: ``resolve_actor(text,
lang, date=None)`` and ``holder_of(role, country, date)``.
"""

from __future__ import annotations

from ..document import Document
from .lookup import holder_of, resolve_actor
from .resolve import recognize

__all__ = ["recognize_document", "resolve_actor", "holder_of"]


def recognize_document(doc: Document) -> Document:
    return recognize(doc)
