"""Event coding (issue 6). Until it lands the layer is an empty list."""

from ..document import Document


def code_document(doc: Document) -> Document:
    return doc
