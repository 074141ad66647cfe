"""Front matter and section headings, from the heading resources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import fold, is_arabic
from ..resources import load

_LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVXLC]{1,5})\s*[.\-–:)]\s*")
_SEPARATOR = re.compile(r"^\s*[:：\-–—.]\s*")


@dataclass(frozen=True)
class HeadingMatch:
    kind: str  # intro | body | conclusion | notes | references
    heading: str  # the heading text without its number word
    number_word: str | None = None


@dataclass(frozen=True)
class HeadingLexicon:
    kinds: dict[str, str]  # folded form -> kind
    abstract: frozenset[str]
    keywords: tuple[str, ...]
    ordinals: dict[str, int]  # folded ordinal word -> number
    chapter_words: frozenset[str]


def _key(text: str) -> str:
    return fold(text).strip(" :.-–")


@lru_cache(maxsize=None)
def lexicon(lang: str) -> HeadingLexicon:
    data = load(lang, "structure")["headings"]
    kinds = {_key(form): kind for kind, forms in data["kinds"].items() for form in forms}
    return HeadingLexicon(
        kinds=kinds,
        abstract=frozenset(_key(f) for f in data["abstract"]),
        keywords=tuple(_key(f) for f in data["keywords"]),
        ordinals={_key(w): n for w, n in (data.get("ordinals") or {}).items()},
        chapter_words=frozenset(_key(w) for w in data.get("chapter_words") or []),
    )


def _lang(text: str) -> str:
    return "ar" if is_arabic(text) else "en"


def match_heading(text: str, max_words: int = 14) -> HeadingMatch | None:
    """Is this reading line a section heading? Short, no final period."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > max_words or stripped.endswith((".", "،", ",")):
        return None
    lex = lexicon(_lang(stripped))
    plain = _LEADING_NUMBER.sub("", stripped) if _lang(stripped) == "en" else stripped
    key = _key(plain)
    if key in lex.kinds:
        return HeadingMatch(lex.kinds[key], plain.strip())
    words = plain.split()
    first = _key(words[0]) if words else ""
    if first in lex.ordinals:
        rest = _SEPARATOR.sub("", plain[len(words[0]):]).strip()
        if rest and not rest.endswith("."):
            return HeadingMatch("body", rest, number_word=words[0])
    numbered = _LEADING_NUMBER.match(stripped)
    if numbered and _lang(stripped) == "en" and _looks_like_title(plain):
        return HeadingMatch("body", plain.strip(), number_word=numbered.group().strip(" .-–:)"))
    if first in lex.chapter_words and len(words) >= 2:
        return HeadingMatch("body", plain.strip(), number_word=" ".join(words[:2]))
    return None


_SPAN_AT_END = re.compile(r",\s*(?:\d{4}\s*[-–—]\s*\d{2,4}|\d{1,2}\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")


def _looks_like_title(text: str) -> bool:
    """'The Baldwin Cabinet and Moscow', 'Trade Unions, Propaganda and Locarno':
    capitalized, short, no sentence punctuation. A comma may list the topics
    of a heading; a line with a comma and a digit or a colon is rather a
    reference ("Gorodetsky, The Precarious Truce, 1977")."""
    words = text.split()
    # ... but a heading may close on the span of time it covers ("Revolution and
    # Rupture, 1959–1961", "Thirteen Days, 16–28 October 1962")
    spanned = _SPAN_AT_END.search(text)
    if spanned and "," not in text[:spanned.start()] and len(text[:spanned.start()].split()) >= 2:
        text = text[:spanned.start()]
        words = text.split()
    if "," in text and (re.search(r"\d", text) or ":" in text or text.count(",") > 2):
        return False
    return (1 <= len(words) <= 10 and words[0][:1].isupper() and ";" not in text
            and sum(w[:1].isupper() for w in words) >= len(words) / 2)


def is_abstract_heading(text: str) -> bool:
    key = _key(text.strip())
    return bool(key) and key in lexicon(_lang(text)).abstract


def keywords_label(text: str) -> str | None:
    """The keywords label that opens this line, if any (folded form)."""
    key = fold(text)
    for label in lexicon(_lang(text)).keywords:
        if key.startswith(label) or f" {label}" in f" {key}"[:len(label) + 4]:
            return label
    return None
