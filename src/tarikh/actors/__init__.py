"""Actor recognition (issue 5). Until it lands the layer is an empty list."""

from ..document import Document


def recognize_document(doc: Document) -> Document:
    return doc
