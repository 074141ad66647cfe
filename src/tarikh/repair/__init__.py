"""Reading-order repair for text extracted from a PDF in visual order.

PDF extractors often emit a right-to-left line as a sequence of *chunks* in
left-to-right (visual) order, each chunk internally in logical order: an
Arabic phrase, a year, a Latin name, a footnote marker. Reading such a line
right to left means reversing the chunk order. This package finds the chunks
(:mod:`.chunks`), reverses them and mirrors brackets (:mod:`.line`), uses the
document's own words to mend words the extraction cut or glued
(:mod:`.words`), and records every step; a document that shows no sign of
visual order passes through unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Line
from ..resources import load
from .chunks import ARABIC, MARKER, is_rtl_line, split_chunks
from .line import looks_unsure, repair_line_text
from .words import DocumentWords, document_vocabulary

__all__ = ["repair_document", "repair_line_text", "needs_repair", "split_chunks", "looks_unsure",
           "DocumentWords", "document_vocabulary"]

# Signs that a line was extracted in visual order: a number or marker glued to
# the Arabic word after it ("1925عمد", "( 1)انخرط"), a sentence-final period
# at the start of the line (" .(3)الاتجاه"), a line ending in an opening bracket.
_VISUAL_SIGNS = [
    # a digit glued to an Arabic word, but not to the era letters that follow
    # years in well-ordered text ("1925م", "1345هـ")
    re.compile("\\d(?![مه]ـ?(?![\u0621-\u064a]))[\u0621-\u064a]"),
    re.compile("\\)[\u0621-\u064a]"),
    re.compile(r"^\s*\.\s*\("),
    re.compile(r"^\s*\.\s*$"),
    re.compile(f"[{ARABIC}]\\s*\\(\\s*$"),
]


def needs_repair(raw_lines: list[str]) -> bool:
    """Does the text look extracted in visual order? Count tell-tale lines."""
    rtl = [t for t in raw_lines if is_rtl_line(t)]
    if not rtl:
        return False
    signs = sum(1 for t in rtl if any(p.search(t) for p in _VISUAL_SIGNS))
    # A visually ordered extraction shows these signs on a good share of its
    # lines (the seed: 31%); a clean text may have one or two by accident,
    # and repairing a clean text would scramble it.
    return signs >= 3 and signs / len(rtl) >= 0.08


def _pieces_for(raw: str, start: int, reading: str) -> list[tuple[int, int, int]]:
    """Map reading text back to the source, word by word (first unused match)."""
    pieces: list[tuple[int, int, int]] = []
    used: set[int] = set()
    for m in re.finditer(r"\S+", reading):
        word = m.group()
        pos = -1
        search_from = 0
        while True:
            pos = raw.find(word, search_from)
            if pos < 0 or pos not in used:
                break
            search_from = pos + 1
        if pos >= 0:
            used.add(pos)
            pieces.append((m.start(), start + pos, len(word)))
    return pieces


@lru_cache(maxsize=1)
def _common_words() -> tuple[frozenset[str], frozenset[str]]:
    words = load("ar", "repair")["short_words"]["common_words"]
    return frozenset(words), frozenset(w[::-1] for w in words)


def characters_reversed(raw_lines: list[str]) -> bool:
    """Was every character put in visual order (some extractors write "يف"
    for "في")? The commonest Arabic words tell: written backwards, they
    outnumber their own forms."""
    forward, backward = _common_words()
    words = [w.strip("،,.:؛()\"") for line in raw_lines for w in line.split()]
    fwd = sum(1 for w in words if w in forward)
    bwd = sum(1 for w in words if w in backward)
    return bwd >= 5 and bwd > 3 * fwd


def _reverse_characters(line: str) -> str:
    """A line in full visual order back to logical order: the Unicode
    bidirectional algorithm undoes its own reordering of a right-to-left line."""
    from bidi import get_display

    return get_display(line, base_dir="R").strip()


def repair_document(doc: Document) -> Document:
    text = doc.source.text
    raw_lines = text.split("\n")
    if characters_reversed(raw_lines):
        return _repair_reversed(doc, raw_lines)
    visual = needs_repair(raw_lines)
    vocabulary = document_vocabulary(raw_lines) if visual else None
    doc.needs_repair = visual
    lines: list[Line] = []
    offset = 0
    for n, raw in enumerate(raw_lines, start=1):
        raw_clean = raw.rstrip("\r")
        if visual and is_rtl_line(raw_clean):
            reading, steps, uncertain = repair_line_text(raw_clean, vocabulary)
            uncertain = uncertain or looks_unsure(reading, steps)
        else:
            reading, steps, uncertain = raw_clean.strip(), [], False
            if visual and MARKER.search(raw_clean):
                # a Latin line of the notes: "(3 )Gabriel" reads "(3) Gabriel"
                fixed = MARKER.sub(lambda m: f"({m.group(1)}) ", raw_clean).strip()
                fixed = re.sub(r"\s{2,}", " ", fixed)
                if fixed != reading:
                    reading, steps = fixed, ["normalize-marker"]
        repaired = reading != raw_clean.strip()
        pieces = _pieces_for(raw_clean, offset, reading) if repaired else (
            [(0, offset + raw_clean.index(reading), len(reading))] if reading else [])
        lines.append(Line(n=n, start=offset, end=offset + len(raw_clean), raw=raw_clean, text=reading,
                          repaired=repaired, uncertain=uncertain, steps=steps, pieces=pieces))
        offset += len(raw) + 1
    doc.lines = lines
    return doc


def _repair_reversed(doc: Document, raw_lines: list[str]) -> Document:
    doc.needs_repair = True
    lines: list[Line] = []
    offset = 0
    for n, raw in enumerate(raw_lines, start=1):
        raw_clean = raw.rstrip("\r")
        reading = _reverse_characters(raw_clean) if is_rtl_line(raw_clean) else raw_clean.strip()
        repaired = reading != raw_clean.strip()
        pieces = _pieces_for(raw_clean, offset, reading) if repaired else (
            [(0, offset + raw_clean.index(reading), len(reading))] if reading else [])
        lines.append(Line(n=n, start=offset, end=offset + len(raw_clean), raw=raw_clean, text=reading,
                          repaired=repaired, steps=["reverse-characters"] if repaired else [], pieces=pieces))
        offset += len(raw) + 1
    doc.lines = lines
    return doc
