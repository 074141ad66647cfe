"""DOCX reader: Word paragraphs as lines, footnotes after the body.

Word stores text in logical order, so no reordering is needed. What
python-docx's ``paragraph.text`` leaves out is kept here: a footnote
reference in the body becomes the marker ``(N)`` a reader would see, and the
notes themselves (``word/footnotes.xml``, ``word/endnotes.xml``, which
python-docx does not expose) follow the body under a line ``الهوامش``, one
``(N) text`` line per note, numbered in the order the body cites them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree

from ..document import Source
from ..errors import CorruptFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTES_HEADING = "الهوامش"
NOTE_PARTS = {"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"}


class _NoteNumbers:
    """Numbers footnote/endnote references in the order the body cites them."""

    def __init__(self) -> None:
        self.order: list[tuple[str, str]] = []  # (kind, id in the package)

    def number(self, kind: str, note_id: str) -> int:
        key = (kind, note_id)
        if key not in self.order:
            self.order.append(key)
        return self.order.index(key) + 1


def paragraph_text(p: ElementTree.Element | object, numbers: _NoteNumbers) -> str:
    """Text of one ``w:p`` element, with note references as ``(N)``.

    Deleted revisions (``w:delText``) and field codes (``w:instrText``) are
    not text a reader sees, so they are skipped.
    """
    parts: list[str] = []
    for el in p.iter():  # type: ignore[attr-defined]
        tag = el.tag
        if tag == f"{W}t":
            parts.append(el.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
            parts.append(f"({numbers.number(kind, el.get(f'{W}id', ''))})")
    return "".join(parts)


def _body_paragraphs(document) -> Iterator[object]:
    """Every ``w:p`` of the body in document order, table cells included."""
    body = document.element.body
    for el in body.iter(f"{W}p"):
        yield el


def _note_texts(path: Path, kind: str) -> dict[str, str]:
    """id -> text of the notes stored in one package part (empty if absent)."""
    part = NOTE_PARTS[kind]
    with zipfile.ZipFile(path) as zf:
        if part not in zf.namelist():
            return {}
        root = ElementTree.fromstring(zf.read(part))
    notes: dict[str, str] = {}
    unused = _NoteNumbers()
    for note in root.iter(f"{W}{kind}"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(paragraph_text(p, unused).strip() for p in note.iter(f"{W}p"))
        notes[note.get(f"{W}id", "")] = " ".join(text.split())
    return notes


def _notes_lines(path: Path, numbers: _NoteNumbers) -> list[str]:
    texts = {kind: _note_texts(path, kind) for kind in NOTE_PARTS}
    lines: list[str] = []
    for n, (kind, note_id) in enumerate(numbers.order, start=1):
        text = texts[kind].get(note_id)
        if text is not None:
            lines.append(f"({n}) {text}")
    # Notes no body reference points to are still part of the document.
    cited = set(numbers.order)
    extra = [(kind, note_id) for kind in NOTE_PARTS for note_id in texts[kind] if (kind, note_id) not in cited]
    for i, (kind, note_id) in enumerate(extra, start=len(numbers.order) + 1):
        lines.append(f"({i}) {texts[kind][note_id]}")
    return lines


def read_docx(path: Path) -> Source:
    """Read a Word document into a Source of kind ``docx``."""
    try:
        return _read(path)
    except CorruptFile:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, XML and python-docx raise many types on damaged files
        raise CorruptFile(f"{path}: not a readable Word document ({type(exc).__name__}: {exc})") from None


def _read(path: Path) -> Source:
    import docx

    document = docx.Document(str(path))
    numbers = _NoteNumbers()
    lines = [paragraph_text(p, numbers) for p in _body_paragraphs(document)]
    notes = _notes_lines(path, numbers)
    if notes:
        if lines and lines[-1].strip():
            lines.append("")  # the notes start a paragraph of their own
        lines += [NOTES_HEADING, *notes]
    text = "\n".join(lines)
    # Word XML is Unicode; the package parts are UTF-8 (the XML declaration says so).
    return Source(path=str(path), text=text, encoding="utf-8", kind="docx")
