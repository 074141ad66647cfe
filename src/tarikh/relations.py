"""Relations over time (issue 6). Until it lands the layer is empty."""

from .document import Document


def build_relations(doc: Document) -> Document:
    return doc
