"""Names the dictionary lacks, found from the document's own habits.

Arabic papers give a foreign name once in Arabic letters followed by its
Latin form, usually with the footnote marker between:
"ستانلي بالدوين (1) Stanley Baldwin". The Latin side fixes the English name;
the Arabic side gives the spelling the paper uses from then on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load

_AR = r"[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f]+"
_LATIN = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z][A-Za-z'’\-]+|[IVX]+)){1,3}")
_BEFORE = re.compile(rf"(?P<ar>{_AR}(?:\s+{_AR}){{0,5}})\s*(?:\(\s*(?P<n>\d+)\s*\)\s*)?$")
# A Latin initial letter and the Arabic letters that may stand for it, used
# to tell a clitic (و، ب، ل، ف، ك) from the first letter of the name.
_SOUNDS = {"و": "WVOU", "ب": "BP", "ل": "L", "ف": "FVPh", "ك": "KCQG"}


@dataclass(frozen=True)
class Pair:
    arabic: str
    latin: str
    start: int  # offset of the Arabic side in the passage text
    end: int  # end of the Latin side
    marker: int | None


@lru_cache(maxsize=1)
def _nonperson() -> frozenset[str]:
    words = (load("common", "actors").get("title_words") or {}).get("nonperson_en") or []
    return frozenset(words)


def _strip_clitic(word: str, latin: str) -> str:
    first = word[:1]
    if first in _SOUNDS and len(word) > 3 and latin[:1].upper() not in _SOUNDS[first]:
        return word[1:]
    return word


def latin_pairs(text: str) -> list[Pair]:
    """Arabic names followed by their Latin form (person-like pairs only)."""
    out = []
    for la in _LATIN.finditer(text):
        latin = la.group()
        words = latin.split()
        if any(w in _nonperson() for w in words):
            continue
        window_start = max(0, la.start() - 120)
        m = _BEFORE.search(text, window_start, la.start())
        if not m:
            continue
        ar_words = m.group("ar").split()
        take = ar_words[-len(words):] if len(ar_words) >= len(words) else ar_words
        take[0] = _strip_clitic(take[0], latin)
        arabic = " ".join(take)
        out.append(Pair(arabic, latin, m.start("ar"), la.end(), int(m.group("n")) if m.group("n") else None))
    return out
