"""Reading-order repair for text extracted from a PDF in visual order.

PDF extractors often emit a right-to-left line as a sequence of *chunks* in
left-to-right (visual) order, each chunk internally in logical order: an
Arabic phrase, a year, a Latin name, a footnote marker. Reading such a line
right to left means reversing the chunk order. This module finds the chunks,
reverses them, mirrors brackets, and records every step; lines of a document
that shows no sign of visual order pass through unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from functools import lru_cache

from .document import Document, Line
from .resources import load

ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_AR = re.compile(f"[{ARABIC}]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")

# A footnote marker as extracted: "(12)", "( 12)", "(12 )".
MARKER = re.compile(r"\(\s*(\d{1,3})\s*\)")

# Signs that a line was extracted in visual order: a number or marker glued to
# the Arabic word after it ("1925عمد", "( 1)انخرط"), a sentence-final period
# at the start of the line (" .(3)الاتجاه"), a line ending in an opening bracket.
_VISUAL_SIGNS = [
    re.compile("\\d[\u0621-\u064a]"),
    re.compile("\\)[\u0621-\u064a]"),
    re.compile(r"^\s*\.\s*\("),
    re.compile(r"^\s*\.\s*$"),
    re.compile(f"[{ARABIC}]\\s*\\(\\s*$"),
]

# Hard chunk boundaries: a footnote marker, two or more spaces, a quote mark
# standing free between spaces, and two Arabic words glued together where
# one chunk ended and the next began (a ta marbuta or alef maqsura, which
# only end words, followed by a letter; or an alef followed by the article).
_BOUNDARY = re.compile(
    r"\(\s*\d{1,3}\s*\)"
    r"|\s{2,}"
    r"|(?<=\S\s)\"(?=\s+\S)"
    r"|(?<=\S\s)\((?=\s+\S)"
    "|(?<=[:،؛])(?=[\u0621-\u064a])"  # punctuation glued to the next word: "ينظر :لتروتسكي"
    "|(?<=[\u0621-\u064a][ةى])(?=[\u0622-\u064a])|(?<=[\u0621-\u064a]ا)(?=ال[\u0621-\u064a])"
)

_LONG_WORD = re.compile("[\u0621-\u064a]{7,}")
_GLUE = re.compile("")  # an empty boundary at a glued point

_MIRROR = str.maketrans({"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«", "<": ">", ">": "<"})
_CLOSING_PUNCT = tuple("،,.:;؛!?؟)]»")


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


def _known_part(part: str, vocabulary: Counter[str], right: bool) -> bool:
    """A word the document writes on its own more than once, or a short
    function word; never a suffix ("سياسي|ان" is one word, "تحقيق|هم" too)."""
    if right and part in _suffixes():
        return False
    # the head of a glued pair must recur; a tail seen once elsewhere will do,
    # since a cut through a word leaves a head that recurs less often
    return (len(part) >= 3 and vocabulary[part] >= (1 if right else 2)) or part in _short_words()


def glued_points(text: str, vocabulary: Counter[str]) -> list[int]:
    """Offsets where two words the document uses elsewhere were glued into
    one that it never uses again ("الثانيوافق" = "الثاني" + "وافق"): there
    one chunk ended and the next began without a space."""
    points: list[int] = []
    for m in _LONG_WORD.finditer(text):
        word = m.group()
        if vocabulary[word] > 1:
            continue
        best = None
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            if not (_known_part(left, vocabulary, False) and _known_part(right, vocabulary, True)):
                continue
            score = min(vocabulary[left], vocabulary[right])
            if best is None or score > best[0]:
                best = (score, m.start() + i)
        if best is not None:
            points.append(best[1])
    return points


def split_chunks(text: str, vocabulary: Counter[str] | None = None) -> list[Chunk]:
    """Split a visual-order line into chunks, left to right."""
    chunks: list[Chunk] = []
    pos = 0
    # 1. markers and runs of two or more spaces are hard boundaries
    pieces: list[tuple[int, str, bool]] = []  # (start, text, is_marker)
    boundaries = list(_BOUNDARY.finditer(text))
    if vocabulary is not None:
        glued = glued_points(text, vocabulary)
        boundaries += [_GLUE.match(text, p) for p in glued]
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


_SPLIT_TAIL = re.compile(f"^([{ARABIC}]{{1,2}}) ")


def _rotate_split_word(line: str, chunk: Chunk, vocabulary: Counter[str] | None = None) -> Chunk | None:
    """A word's last letters extracted as their own glyph run land at the
    start of the chunk, glued to the dash before it ("–ي وفق ... البريطان"):
    move them back to the end of the chunk's last word. A tail longer than
    two letters needs the document's word for proof ("–يطانية ... البر")."""
    if chunk.start == 0 or line[chunk.start - 1] not in "–-—":
        return None
    m = _SPLIT_TAIL.match(chunk.text) or _LONG_TAIL.match(chunk.text)
    body = chunk.text[m.end():].rstrip() if m else ""
    if not m or not body or not _AR.match(body[-1]):
        return None
    if len(m.group(1)) > 2:
        last = body.split()[-1]
        if vocabulary is None or vocabulary[last + m.group(1)] < 2:
            return None
    return Chunk(body + m.group(1), chunk.start, chunk.kind)


_LONG_TAIL = re.compile(f"^([{ARABIC}]{{3,}}) ")


_EDGE_PUNCT = '"()،,.:؛'


def _rotate_fragment(chunk: Chunk, vocabulary: Counter[str]) -> Chunk | None:
    """A chunk that opens with the tail of a word and ends with its head
    ("ى الذي ... الإشراف عل") was cut at the wrong place: when the two pieces
    make a word the document uses elsewhere and one piece is a mere letter or
    two, move that piece to the other end, where it joins its word."""
    words = chunk.text.split()
    if len(words) < 3:
        return None
    first, last = words[0], words[-1]
    if first != first.strip(_EDGE_PUNCT) or last != last.strip(_EDGE_PUNCT):
        return None
    if not (_AR.match(first[0]) and _AR.match(last[-1])):
        return None
    joined = last + first
    # Evidence that the chunk was cut through a word: the two edge pieces make
    # a word the document uses, or the chunk opens with a lone letter, which
    # in Arabic is never a word of its own ("ة حزب ... تولى زعام").
    if vocabulary[joined] == 0 and len(first) != 1:
        return None
    short = _short_words()
    first_piece = len(first) <= 2 and first not in short
    last_piece = len(last) <= 2 and last not in short
    if not (first_piece or last_piece):
        return _rotate_at_known_pairs(words, joined, vocabulary, chunk)
    # When both are pieces, the tail moves: a glyph run cut from the end of a
    # word is the common case ("عل" + "ى"); unless a clause ends right before
    # the head ("ع جوزيف ستالين، م" reads "مع جوزيف ستالين،").
    if first_piece and last_piece:
        by_pairs = _rotate_at_known_pairs(words, joined, vocabulary, chunk)
        if by_pairs is not None:
            return by_pairs
    clause_end = words[-2][-1] if words[-2][-1] in "،,.:" else ""
    if first_piece and last_piece and clause_end:
        first_piece = False
        if clause_end == "،":  # the comma opened the chunk read first: "، مع جوزيف ستالين"
            words[-2] = words[-2][:-1]
            joined = "، " + joined
    middle = " ".join(words[1:-1])
    text = f"{middle} {joined}" if first_piece else f"{joined} {middle}"
    return Chunk(text, chunk.start, chunk.kind)


def _rotate_at_known_pairs(words: list[str], joined: str, vocabulary: Counter[str], chunk: Chunk) -> Chunk | None:
    """Two long pieces ("يتي الثالث بين عامي الاتحاد السوفي"): the chunk read
    first ends with the head piece; it reaches back as far as the document
    elsewhere writes each of its word pairs ("الاتحاد السوفييتي"), and no
    further. Without such evidence the line is left as it is."""
    pairs = getattr(vocabulary, "pairs", None)
    if not pairs or vocabulary[words[0]] > 1 or vocabulary[words[-1]] > 1:
        return None
    body = [w.strip(_EDGE_PUNCT) for w in words[1:-1]] + [joined]
    k = len(body) - 1
    while k > 0 and pairs[(body[k - 1], body[k])] >= 2:
        k -= 1
    if k == len(body) - 1:
        return None  # not even the joined word's own pair is known
    if k > 0 and not body[k - 1]:
        k -= 1  # a lone comma before the known pairs opens the chunk read first
    head = words[1:-1][k:] + [joined]
    tail = words[1:-1][:k]
    return Chunk(" ".join(head + tail), chunk.start, chunk.kind)


def split_at_word_tails(chunks: list[Chunk], vocabulary: Counter[str]) -> list[Chunk]:
    """A word cut between two chunks shows where an invisible joint lies.

    In "... حالة ني، مضيفا: " الشيوعي البريطا" the piece "ني" is the tail
    of "البريطاني", whose head ends the chunk to its right: the chunk holding
    the tail really began there, so it is split before the tail and the usual
    reversal then puts head and tail side by side."""
    out: list[Chunk] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        j = _next_arabic(chunks, i)
        words = chunks[j].text.split() if j is not None else []
        cut = _tail_position(chunk, words[-1], vocabulary) if words else None
        if cut is None:
            out.append(chunk)
            i += 1
            continue
        # neutral chunks between tail and head (a quote mark) close the tail's chunk
        between = "".join(c.text for c in chunks[i + 1:j])
        out.append(Chunk(chunk.text[:cut], chunk.start, chunk.kind))
        out.append(Chunk(chunk.text[cut:] + between, chunk.start + cut, chunk.kind))
        i = j
    return out


def _next_arabic(chunks: list[Chunk], i: int) -> int | None:
    """Index of the next Arabic chunk to the right, across neutral ones only."""
    for j in range(i + 1, len(chunks)):
        if chunks[j].kind == "ar":
            return j
        if chunks[j].kind != "neutral":
            return None
    return None


def _tail_position(chunk: Chunk, head: str, vocabulary: Counter[str]) -> int | None:
    if chunk.kind != "ar" or vocabulary[head] > 1 or not _AR.match(head[-1]):
        return None
    for m in list(re.finditer(r"\S+", chunk.text))[1:]:
        tail = m.group().rstrip(_EDGE_PUNCT)
        if tail and _AR.match(tail[0]) and vocabulary[tail] <= 1 and vocabulary[head + tail] >= 2:
            return m.start()
    return None


def _rejoins(before: str, after: str, vocabulary: Counter[str]) -> bool:
    """Do the last word before and the first word after make one word the
    document uses, neither half being a word it uses elsewhere?"""
    left = before.split()[-1] if before.split() else ""
    right = after.split()[0].rstrip(_EDGE_PUNCT) if after.split() else ""
    if not (left and right and _AR.match(left[-1]) and _AR.match(right[0])):
        return False
    return vocabulary[left + right] >= 1 and vocabulary[left] <= 1 and vocabulary[right] <= 1


class DocumentWords(Counter):
    """The document's own word counts, and counts of adjacent word pairs:
    the only language model the repair uses, so it works for any paper."""

    def __init__(self, lines: list[str] = ()) -> None:
        super().__init__()
        self.pairs: Counter[tuple[str, str]] = Counter()
        for line in lines:
            words = [w.strip(_EDGE_PUNCT) for w in line.split()]
            self.update(words)
            self.pairs.update(zip(words, words[1:]))


def document_vocabulary(lines: list[str]) -> DocumentWords:
    """Word and word-pair counts of the whole document, edge punctuation stripped."""
    return DocumentWords(lines)


def _tight_range(ordered: list[Chunk], k: int) -> bool:
    """Is this the joint of a number and a hyphen written without spaces?"""
    a, b = ordered[k - 1], ordered[k]
    dash = a if a.kind == "neutral" else b
    other = b if dash is a else a
    return other.kind == "num" and dash.kind == "neutral" and dash.text in ("-", "–", "—")


def _mirror(text: str) -> str:
    return text.translate(_MIRROR)


def _fix_bracket_spacing(text: str) -> str:
    # after mirroring, "اليمين( يقصد" reads "اليمين (يقصد"
    text = re.sub(r"(\S)\(\s+", r"\1 (", text)
    text = re.sub(r"\s+\)(\S)", r") \1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    return text


def repair_line_text(text: str, vocabulary: Counter[str] | None = None) -> tuple[str, list[str], bool]:
    """Return (reading text, steps, uncertain) for one visual-order RTL line.

    ``vocabulary`` holds the document's own word counts: with it, a word
    split between the two ends of a chunk can be recognized and rejoined."""
    chunks = split_chunks(text, vocabulary)
    if vocabulary is not None:
        chunks = split_at_word_tails(chunks, vocabulary)
    if len(chunks) <= 1 and not any(ch in text for ch in "()[]"):
        rotated = _rotate_fragment(chunks[0], vocabulary) if chunks and vocabulary is not None else None
        if rotated is None:
            return text.strip(), [], False
        return rotated.text.strip(), ["rejoin-split-word"], True
    steps: list[str] = []
    ordered = list(reversed(chunks))
    if [c.start for c in ordered] != sorted(c.start for c in ordered):
        steps.append("reverse-chunks")
    uncertain = False
    parts: list[str] = []
    for chunk in ordered:
        if chunk.kind == "ar":
            rotated = _rotate_split_word(text, chunk, vocabulary)
            if rotated is None and vocabulary is not None:
                rotated = _rotate_fragment(chunk, vocabulary)
            if rotated is not None:
                chunk = rotated
                steps.append("rejoin-split-word")
                uncertain = True
        piece = chunk.text.strip()
        if chunk.kind == "marker":
            piece = "(" + MARKER.fullmatch(piece).group(1) + ")"
        elif chunk.kind in ("ar", "neutral"):
            mirrored = _mirror(piece)
            if mirrored != piece:
                steps.append("mirror-brackets")
            piece = mirrored
        parts.append(piece)
    out = ""
    for k, piece in enumerate(parts):
        if not out:
            out = piece
        elif vocabulary is not None and _rejoins(out, piece, vocabulary):
            out += piece  # "للم" + "زيد": one word cut between two chunks
        elif piece.startswith(_CLOSING_PUNCT) or out.endswith("(") or piece.startswith('" '):
            # a quote that opens a chunk closes the quotation read before it
            out += piece
        elif out.endswith(' "') and out.count('"') % 2 == 1:
            # a quote that ends a chunk opens the quotation read after it
            out += piece
        elif _tight_range(ordered, k):
            out += piece  # "1947-1867" reads "1867-1947", not "1867 - 1947"
        else:
            out += " " + piece
    out = _fix_bracket_spacing(out)
    return out, sorted(set(steps)), uncertain


@lru_cache(maxsize=1)
def _short_words() -> frozenset[str]:
    return frozenset(load("ar", "repair")["short_words"]["words"])


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return frozenset(load("ar", "repair")["short_words"]["suffixes"])


def looks_unsure(reading: str, steps: list[str]) -> bool:
    """Signs that a repaired line may still be out of order: a piece of a word
    at either edge, or a line that opens with a comma or a closing quote."""
    if "rejoin-split-word" in steps:
        return True
    words = reading.split()
    if not words:
        return False
    if reading.startswith(("،", '"', ":")):
        return True
    for edge in (words[0], words[-1]):
        bare = edge.strip('"()،,.:')
        if bare and _AR.match(bare) and len(bare) <= 2 and bare not in _short_words():
            return True
    return False


def needs_repair(raw_lines: list[str]) -> bool:
    """Does the text look extracted in visual order? Count tell-tale lines."""
    rtl = [t for t in raw_lines if is_rtl_line(t)]
    if not rtl:
        return False
    signs = sum(1 for t in rtl if any(p.search(t) for p in _VISUAL_SIGNS))
    return signs >= 2 and signs / len(rtl) >= 0.03


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


def repair_document(doc: Document) -> Document:
    text = doc.source.text
    raw_lines = text.split("\n")
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
