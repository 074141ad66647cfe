"""The document's own words: the only language model the repair uses.

A word cut in two by the extraction, or two words glued together, show up
against the words the same document writes whole elsewhere; its word pairs
tell how far a chunk cut through a word reaches. Nothing here is specific to
one paper: every count comes from the document being read.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..resources import load
from .chunks import _AR, ARABIC, Chunk

@lru_cache(maxsize=1)
def _short_words() -> frozenset[str]:
    return frozenset(load("ar", "repair")["short_words"]["words"])


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return frozenset(load("ar", "repair")["short_words"]["suffixes"])


_EDGE_PUNCT = '"()،,.:؛'


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


_LONG_WORD = re.compile("[\u0621-\u064a]{7,}")


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






def rejoin_dash_tail(line: str, vocabulary: Counter[str] | None = None) -> str | None:
    """A word's last letters extracted as their own glyph run land after the
    dash that followed the word, glued to it ("–ي وفق ... البريطان"): the
    word itself ends the line in visual order. Move the letters back to it.
    A tail longer than two letters needs the document's word as proof
    ("–يطانية ... البر"). Returns the mended line, or None."""
    words = line.split()
    last = words[-1] if words else ""
    if not last or not _AR.match(last[-1]):
        return None
    for m in _DASH_TAIL.finditer(line):
        tail = m.group("tail")
        if m.end("tail") >= len(line.rstrip()) - len(last):
            break  # the tail would be the last word itself
        if len(tail) > 2 and (vocabulary is None or vocabulary[last + tail] < 2):
            continue
        if vocabulary is not None and len(tail) <= 2 and vocabulary[last + tail] == 0 and vocabulary[last] > 1:
            continue  # the last word is whole already
        mended = line[:m.start("tail")] + line[m.end("tail"):].lstrip(" ")
        return mended.rstrip() + tail
    return None


_DASH_TAIL = re.compile(f"[–\\-—](?P<tail>[{ARABIC}]+) ")


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
    # a word the document uses, or an edge is a lone letter, which in Arabic
    # is never a word of its own ("ة حزب ... تولى زعام", "... ، حصل ع").
    short = _short_words()
    lone = (len(first) == 1 and first not in short) or (len(last) == 1 and last not in short)
    if vocabulary[joined] == 0 and not lone:
        return None
    first_piece = len(first) <= 2 and first not in short
    last_piece = len(last) <= 2 and last not in short
    if not (first_piece or last_piece):
        return _rotate_at_known_pairs(words, joined, vocabulary, chunk)
    # A lone letter ending the chunk is the first letter of a word whose
    # clause the chunk read first holds, back to its opening comma:
    # "لى شهادة ... من جامعة ، حصل ع" reads "، حصل على شهادة ... من جامعة".
    if len(last) == 1 and last not in short:
        by_comma = _rotate_at_comma(words, joined, chunk, glued=first_piece)
        if by_comma is not None:
            return by_comma
    if vocabulary[joined] == 0 and not (len(first) == 1 and first not in short):
        return None  # a lone letter at the end alone does not tell where the cut is
    # When both are pieces, the tail moves: a glyph run cut from the end of a
    # word is the common case ("عل" + "ى").
    if first_piece and last_piece:
        by_pairs = _rotate_at_known_pairs(words, joined, vocabulary, chunk)
        if by_pairs is not None:
            return by_pairs
    middle = " ".join(words[1:-1])
    text = f"{middle} {joined}" if first_piece else f"{joined} {middle}"
    return Chunk(text, chunk.start, chunk.kind)


def _rotate_at_comma(words: list[str], joined: str, chunk: Chunk, glued: bool) -> Chunk | None:
    """Split before the chunk's last comma and read that part first: a comma
    standing as a word of its own (" ، حصل ع"), or, when both edges of the
    chunk are mere pieces, a comma glued to the word before ("ستالين، م")."""
    for c in range(len(words) - 2, 0, -1):
        if words[c] in ("،", ","):
            head, tail = words[c:-1], words[1:c]
            break
        if glued and words[c].endswith(("،", ",")) and c == len(words) - 2:
            head, tail = ["،"] + words[c + 1:-1], words[1:c] + [words[c][:-1]]
            break
    else:
        return None
    return Chunk(" ".join(head + [joined] + tail), chunk.start, chunk.kind)


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
    document uses, neither half being a word it uses elsewhere? A lone letter
    after is always the end of the word before: no Arabic word is one letter
    written apart."""
    left = before.split()[-1] if before.split() else ""
    right = after.split()[0].rstrip(_EDGE_PUNCT) if after.split() else ""
    if not (left and right and _AR.match(left[-1]) and _AR.match(right[0])):
        return False
    if len(right) == 1 and right not in _short_words():
        return True
    return vocabulary[left + right] >= 1 and vocabulary[left] <= 1 and vocabulary[right] <= 1


def year_word_joints(text: str) -> list[int]:
    """A word that must be followed by a year ("بين عامي", "لعام") but is
    followed by another word ends a chunk there: the year stood in a chunk
    of its own, which the extraction put elsewhere on the line."""
    return [m.end("kw") for m in _year_words().finditer(text)]


@lru_cache(maxsize=1)
def _year_words() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("ar", "repair")["short_words"]["year_words"]))
    return re.compile(f"(?<![\u0621-\u064a])(?P<kw>{words}) +(?=[،,]?\\s*[\u0621-\u064a])")
