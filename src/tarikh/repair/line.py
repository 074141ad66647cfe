"""One visual-order line back in reading order."""

from __future__ import annotations

import re
from collections import Counter

from .chunks import _AR, MARKER, Chunk, split_chunks
from .words import (_rejoins, _rotate_fragment, _short_words, glued_points, rejoin_dash_tail, split_at_word_tails,
                    year_word_joints)

_MIRROR = str.maketrans({"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«", "<": ">", ">": "<"})


_CLOSING_PUNCT = tuple("،,.:;؛!?؟)]»")


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
    steps: list[str] = []
    uncertain = False
    mended = rejoin_dash_tail(text, vocabulary)
    if mended is not None:
        text = mended
        steps.append("rejoin-split-word")
        uncertain = True
    joints = year_word_joints(text) + (glued_points(text, vocabulary) if vocabulary is not None else [])
    chunks = split_chunks(text, sorted(joints))
    if vocabulary is not None:
        chunks = split_at_word_tails(chunks, vocabulary)
    if len(chunks) <= 1 and not any(ch in text for ch in "()[]"):
        rotated = _rotate_fragment(chunks[0], vocabulary) if chunks and vocabulary is not None else None
        if rotated is None:
            return text.strip(), steps, uncertain
        return rotated.text.strip(), ["rejoin-split-word"], True
    ordered = list(reversed(chunks))
    if [c.start for c in ordered] != sorted(c.start for c in ordered):
        steps.append("reverse-chunks")
    parts: list[str] = []
    for k, chunk in enumerate(ordered):
        # a chunk opening with a lone letter after another chunk joins that
        # chunk's last word ("زعام" + "ة"); only a chunk read first turns
        opens_with_letter = len(chunk.text.split()[0]) == 1 if chunk.text.split() else False
        if chunk.kind == "ar" and not (k > 0 and opens_with_letter and ordered[k - 1].kind == "ar"):
            rotated = _rotate_fragment(chunk, vocabulary) if vocabulary is not None else None
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
            steps.append("rejoin-split-word")
            uncertain = True
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
