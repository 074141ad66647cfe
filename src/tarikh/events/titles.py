"""The title and the footnote marker around a person's name.

The actors layer names the person ("موريس بيترسون"); the words that tell the
person's role in the sentence often stand before the title: "فأكد للسفير
البريطاني موريس بيترسون" (ل marks the one told), "وبحث مع وزير الخارجية
البريطاني جون سايمون" (مع marks the one met). ``lead`` finds where the title
before a name starts, so that the preposition is read there; ``marker_end``
takes in a footnote marker right after a name ("فرانسيس همفريز (3)"), which
is no word of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load
from .lexicon import fold_phrase

_CLITICS = ("وال", "فال", "بال", "لل", "و", "ف", "ب", "ل")
_MARKER = re.compile(r"\s*(?:\(\s*\d{1,3}\s*\)|\[\s*\d{1,3}\s*\])")
_MAX_WORDS = 6


@lru_cache(maxsize=None)
def _title_words(lang: str) -> frozenset[str]:
    """Every word of an office title, a person title or an honorific."""
    data = load("common", "actors")
    words: set[str] = set()
    for office in data.get("offices") or []:
        for form in (office.get("ar") or []) + (office.get("en") or []):
            words.update(fold_phrase(form, lang).split())
    tw = data.get("title_words") or {}
    for form in list((tw.get("person_titles") or {}).keys()) + list(tw.get("honorifics") or []) \
            + list(tw.get("role_heads_ar") or []):
        words.update(fold_phrase(str(form), lang).split())
    words.difference_update({"of", "the", "for", "and", "a"})  # glue words: "Secretary of State" still walks over them
    return frozenset(words)


def _bare(word: str, lang: str) -> list[str]:
    """The word and its forms without a glued conjunction or preposition."""
    if lang != "ar":
        return [word.lower(), word]
    out = [word]
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 2:
            rest = word[len(c):]
            out.append(("ال" + rest) if c in ("وال", "فال", "بال", "لل") else rest)
    return out


def _nationality(word: str) -> bool:
    from ..actors.lookup import country_code

    return country_code(word) is not None


def lead(text: str, start: int, lang: str, stops: list[tuple[int, int]] = ()) -> int:
    """Where the title before a name starting at ``start`` begins ("للسفير
    البريطاني" before "موريس بيترسون"); ``start`` when none does. Title words
    and nationality words are walked over; ``stops`` are the spans of other
    mentions, never walked into."""
    words = _title_words(lang)
    glue = {"of", "the", "for"} if lang == "en" else set()
    begin, found = start, False
    tokens = list(re.finditer(r"\S+", text[max(0, start - 80):start]))
    offset = max(0, start - 80)
    for m in reversed(tokens[-_MAX_WORDS:]):
        s = offset + m.start()
        if any(a <= s < b for a, b in stops):
            break
        raw = m.group().strip("،,؛;:\"'")
        if not raw or raw != m.group().rstrip("\"'"):
            break  # punctuation ends the title
        folded = fold_phrase(raw, lang)
        forms = _bare(folded, lang)
        if any(f in words for f in forms):
            # a glued "و" joins the title to what is before it: the title starts after it
            conj = lang == "ar" and folded[:1] in ("و", "ف") and any(f in words for f in _bare(folded[1:], lang))
            begin, found = s + (1 if conj else 0), True
        elif folded in glue or _nationality(raw):
            continue
        else:
            break
    return begin if found else start


def marker_end(text: str, end: int) -> int:
    """The end of a footnote marker right after ``end`` ("(3)"), else ``end``."""
    m = _MARKER.match(text, end)
    return m.end() if m else end
