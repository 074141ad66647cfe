"""Readers turn a file into a :class:`~tarikh.document.Source`.

Readers are found by name in a registry keyed by file kind; the built-in
ones register themselves the same way a plugin would.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from ..document import Source
from ..errors import InputNotFound, UnsupportedInput

Reader = Callable[[Path], Source]

# kind -> "module:function"; resolved lazily so that reading a text file
# never imports the PDF stack.
READERS: dict[str, str] = {
    "text": "tarikh.readers.text:read_text",
    "pdf": "tarikh.readers.pdf:read_pdf",
    "docx": "tarikh.readers.docx:read_docx",
}

_SUFFIX_KIND = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".text": "text", ".md": "text", "": "text"}


def register_reader(kind: str, target: str) -> None:
    """Register (or replace) the reader for a kind, as ``"module:function"``."""
    READERS[kind] = target


def sniff_kind(path: Path) -> str:
    """Decide the kind by content first (magic bytes), then by suffix."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and path.suffix.lower() == ".docx":
        return "docx"
    kind = _SUFFIX_KIND.get(path.suffix.lower())
    if kind is None:
        if head.startswith(b"PK\x03\x04"):
            raise UnsupportedInput(f"{path}: a zip archive that is not a .docx file")
        return "text"
    if kind == "docx" and not head.startswith(b"PK\x03\x04"):
        from ..errors import CorruptFile

        raise CorruptFile(f"{path}: named .docx but is not a Word (zip) file")
    if kind == "pdf":
        from ..errors import CorruptFile

        raise CorruptFile(f"{path}: named .pdf but has no PDF header")
    return kind


def get_reader(kind: str) -> Reader:
    try:
        target = READERS[kind]
    except KeyError:
        raise UnsupportedInput(f"no reader for inputs of kind {kind!r}") from None
    module_name, func_name = target.split(":")
    return getattr(importlib.import_module(module_name), func_name)


def read_source(path: str | Path) -> Source:
    """Read any supported file into a Source (text as read, never changed after)."""
    p = Path(path)
    if not p.exists():
        raise InputNotFound(f"{p}: no such file")
    if p.is_dir():
        raise UnsupportedInput(f"{p}: is a directory, not a document")
    return get_reader(sniff_kind(p))(p)
