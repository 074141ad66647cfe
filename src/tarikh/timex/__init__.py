"""Temporal tagging (issue 4). Until it lands the layer is an empty list."""

from ..document import Document


def tag_document(doc: Document) -> Document:
    return doc
