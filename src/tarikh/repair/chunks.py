"""Chunks: the runs a PDF extractor emitted a visual-order line in.

Each chunk is internally in logical order (an Arabic phrase, a year, a Latin
name, a footnote marker); the chunks stand in visual, left-to-right order.
A chunk ends at a direction change, a footnote marker, two or more spaces, a
free-standing quote or opening bracket, punctuation glued to the next word,
or two words glued together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"


_AR = re.compile(f"[{ARABIC}]")


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")


# A footnote marker as extracted: "(12)", "( 12)", "(12 )".
MARKER = re.compile(r"\(\s*(\d{1,3})\s*\)")


# Hard chunk boundaries: a footnote marker, two or more spaces, a quote mark
# standing free between spaces, and two Arabic words glued together where
# one chunk ended and the next began (a ta marbuta or alef maqsura, which
# only end words, followed by a letter; or an alef followed by the article).
_BOUNDARY = re.compile(
    r"\(\s*\d{1,3}\s*\)"
    r"|\s{2,}"
    r"|(?<=\S\s)\"(?=\s+\S)"
    r"|(?<=\S\s)[()](?=\s+\S)"
    "|(?<=[:،؛])(?=[\u0621-\u064a])"  # punctuation glued to the next word: "ينظر :لتروتسكي"
    "|(?<=[\u0621-\u064a][ةى])(?=[\u0622-\u064a])|(?<=[\u0621-\u064a]ا)(?=ال[\u0621-\u064a])"
)


_GLUE = re.compile("")
# punctuation alone after the last joint ends the chunk before it ("ينظر  :")
_TRAILING_PUNCT = " :.،,؛"  # an empty boundary at a glued point


@dataclass
class Chunk:
    text: str  # as extracted (logical inside)
    start: int  # offset in the line
    kind: str  # ar | ltr | num | marker | neutral

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _char_class(ch: str) -> str:
    if _AR.match(ch):
        return "ar"
    if _LATIN.match(ch):
        return "ltr"
    if _DIGIT.match(ch):
        return "num"
    return "neutral"


def is_rtl_line(text: str) -> bool:
    ar = len(_AR.findall(text))
    lat = len(_LATIN.findall(text))
    return ar > 0 and ar >= lat


def split_chunks(text: str, joints: list[int] = ()) -> list[Chunk]:
    """Split a visual-order line into chunks, left to right. ``joints`` are
    extra offsets where one chunk ends and the next begins (words glued)."""
    chunks: list[Chunk] = []
    pos = 0
    # 1. markers and runs of two or more spaces are hard boundaries
    pieces: list[tuple[int, str, bool]] = []  # (start, text, is_marker)
    # a free ")" is a joint only when its mirrored partner "(" stands to its
    # left on the line: "( ، من الموضوعات 1927 – 1925موضوع ... ) يعد" reads
    # "يعد موضوع ... (1925 – 1927)، من الموضوعات"; without a partner the
    # bracket opens what the line goes on to say ("الكلمات المفتاحية ) بريطانيا")
    boundaries = [m for m in _BOUNDARY.finditer(text) if (m.group() != ")" or "(" in text[:m.start()])
                  and (m.group().strip() or text[m.end():].strip(_TRAILING_PUNCT))]
    boundaries += [_GLUE.match(text, p) for p in joints]
    boundaries.sort(key=lambda m: m.start())
    for m in boundaries:
        if m.start() < pos:
            continue
        if m.start() > pos:
            pieces.append((pos, text[pos:m.start()], False))
        if m.group().strip():
            pieces.append((m.start(), m.group(), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((pos, text[pos:], False))
    for start, piece, is_marker in pieces:
        if is_marker:
            kind = "marker" if MARKER.fullmatch(piece.strip()) else "neutral"
            chunks.append(Chunk(piece, start, kind))
            continue
        chunks.extend(_direction_runs(piece, start))
    return _attach_free_brackets([c for c in chunks if c.text.strip()])


def _attach_free_brackets(chunks: list[Chunk]) -> list[Chunk]:
    """A bracket standing alone between chunks is a mirrored glyph: a raw ")"
    is a logical "(" that ends the chunk on its left (it opens what follows
    in reading order); a raw "(" is a logical ")" that opens the chunk on its
    right. "بالدوين  ) (1)" and "( : سياسي" read "بالدوين (" and ") : سياسي"."""
    out: list[Chunk] = []
    pending: Chunk | None = None
    for chunk in chunks:
        bare = chunk.text.strip()
        if pending is not None:
            chunk = Chunk(pending.text + chunk.text, pending.start, "marker" if chunk.kind == "marker" else "ar")
            pending = None
        elif bare == ")" and out and out[-1].kind in ("ar", "neutral"):
            prev = out[-1]
            out[-1] = Chunk(prev.text + " " * (chunk.start - prev.end) + chunk.text, prev.start, prev.kind)
            continue
        elif bare == "(" and chunk is not chunks[-1]:
            pending = chunk
            continue
        out.append(chunk)
    if pending is not None:
        out.append(pending)
    return out


def _direction_runs(piece: str, base: int) -> list[Chunk]:
    """Runs of one direction. Latin words joined by spaces stay one run;
    each number is its own run (a range "1927 – 1925" is three runs)."""
    runs: list[Chunk] = []
    classes = [_char_class(ch) for ch in piece]
    i = 0
    n = len(piece)
    while i < n:
        cls = classes[i]
        if cls == "neutral":
            j = i
            while j < n and classes[j] == "neutral":
                j += 1
            runs.append(Chunk(piece[i:j], base + i, "neutral"))
            i = j
            continue
        j = i + 1
        while j < n:
            c = classes[j]
            if c == cls:
                j += 1
                continue
            if c == "neutral":
                # look ahead over neutrals: do they lead back into the same class?
                k = j
                while k < n and classes[k] == "neutral":
                    k += 1
                joinable = k < n and classes[k] == cls and (cls != "num" or re.fullmatch(r"[/.,:]", piece[j:k]) is not None)
                if cls == "ltr" and k < n and classes[k] == "num" and re.fullmatch(r"[ .,:]+", piece[j:k]):
                    joinable = True  # "P. 79", "Vol. 3" stay with their Latin words
                if joinable:
                    j = k
                    continue
            if cls == "ltr" and c == "num":
                j += 1
                continue
            break
        runs.append(Chunk(piece[i:j], base + i, cls))
        i = j
    return _attach_neutrals(runs)


def _attach_neutrals(runs: list[Chunk]) -> list[Chunk]:
    """Neutral runs between Arabic text belong to the Arabic (the paragraph
    direction); punctuation glued to an Arabic run stays with it."""
    out: list[Chunk] = []
    for run in runs:
        if run.kind == "neutral" and out and out[-1].kind == "ar" and not run.text.strip(" ").startswith(("–", "-", "—")):
            prev = out[-1]
            out[-1] = Chunk(prev.text + run.text, prev.start, "ar")
            continue
        if run.kind == "ar" and out and out[-1].kind == "neutral" and not out[-1].text.strip(" ").endswith(("–", "-", "—")):
            prev = out.pop()
            out.append(Chunk(prev.text + run.text, prev.start, "ar"))
            continue
        out.append(run)
    return out
