"""Biographical footnotes and cited authors.

A biographical footnote opens with the person's name and life years,
"ستانلي بالدوين (1867-1947) : سياسي بريطاني ..." (after repair the brackets
may have moved, so the pattern tolerates them anywhere), then lists offices
with year ranges: "شغل منصب X بين عامي 1917 – 1921", "من عام 1924 إلى عام
1929", "... في ثلاث مناسبات، الاولى بين عامي ..., والمرة الثانية ...".
A range with no office of its own repeats the last office named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..normalize import fold, western_digits
from ..resources import load

_AR_WORD = r"[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f]+"
_MARKER = re.compile(r"^\s*\(\s*\d+\s*\)\s*")
_HEAD = re.compile(
    rf"^[\s(\[]*(?P<name>{_AR_WORD}(?:\s+{_AR_WORD}){{0,4}})\s*[(\[]?\s*"
    r"(?P<born>1[0-9]{3}|20[0-9]{2})\s*[-–—]\s*(?P<died>1[0-9]{3}|20[0-9]{2})"
)
_RANGE = re.compile(
    r"(?:(?:بين\s+(?:عامي|العامين|سنتي)|من\s+(?:عام|سنة)|منذ\s+عام|عام|في\s+عام)\s*)?"
    r"(?P<a>1[0-9]{3}|20[0-9]{2})\s*(?:[-–—]|(?:إلى|الى|حتى|لغاية)\s*(?:عام|سنة)?)\s*(?P<b>1[0-9]{3}|20[0-9]{2})"
)
_DELIM = re.compile(r"[،,؛;.:]")
_LATIN_NAME = r"[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){1,3}"
_AUTHORS = re.compile(rf"(?P<a>{_LATIN_NAME}(?:\s*(?:,\s*|\s+and\s+|\s*&\s*){_LATIN_NAME})*)\s*,")
_CITE_START = re.compile(r"(?:^\s*(?:\(\s*\d+\s*\)\s*)?|ينظر\s*:?\s*|see\s*:?\s*)", re.I)


@dataclass
class BioRole:
    text: str  # the office as written
    start: int
    end: int


@dataclass
class Biography:
    name: str
    born: int | None
    died: int | None
    head_end: int  # offset in the footnote text where the heading ends
    roles: list[BioRole] = field(default_factory=list)


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    data = load("common", "actors").get("title_words") or {}
    return {k: [fold(w) for w in v] for k, v in data.items()}


def _clean_role(segment: str) -> str:
    """Strip the verbs, occasion counts and ordinals around an office."""
    words = _words()
    s = " ".join(segment.split())
    f = fold(s)
    for cut in words.get("occasions_ar", []) + words.get("role_cuts_ar", []):
        m = re.search(rf"(?<=\s){re.escape(cut)}(?=\s|$)", f)
        if m:
            s, f = s[: m.start()].strip(), f[: m.start()].strip()
    changed = True
    while changed and s:
        changed = False
        for verb in sorted(words.get("role_verbs_ar", []), key=len, reverse=True):
            for pre in ("", "و"):
                v = pre + verb
                if f == v or f.startswith(v + " "):
                    s, f = s[len(v):].strip(), f[len(v):].strip()
                    changed = True
    # a conjunction glued to the office: "ووزير الدولة" -> "وزير الدولة"
    if f.startswith("و") and f[1:].split(" ")[0] in words.get("role_heads_ar", []):
        s, f = s[1:], f[1:]
    if f in words.get("ordinals_ar", []):
        return ""
    return s


def _has_head(text: str) -> bool:
    heads = _words().get("role_heads_ar", [])
    return any(f in heads for w in fold(text).split() for f in _head_forms(w))


def _head_forms(word: str) -> set[str]:
    """A word without its conjunction, article or accusative alif: "والحاكم",
    "مفوضاً" are the heads "حاكم", "مفوض"."""
    forms = {word}
    for w in list(forms):
        if w.startswith("و") and len(w) > 3:
            forms.add(w[1:])
    for w in list(forms):
        if w.startswith("ال") and len(w) > 4:
            forms.add(w[2:])
    for w in list(forms):
        if w.endswith("ا") and len(w) > 3:
            forms.add(w[:-1])
        if w.endswith(("ها", "ه")) and len(w) > 4:
            forms.add(w[:-2] if w.endswith("ها") else w[:-1])  # "وملكها": its king
    return forms


def _is_ordinal(text: str) -> bool:
    # "ثم بين عامي ..." with no office of its own: the office named last, again
    said = " ".join(fold(text).split())
    # "1936 – 1937 و 1942 – 1944": a range joined by "و" to the last is the same office again
    return said in _words().get("ordinals_ar", []) or said in ("و", "ثم", "ثم عاد", "وعاد", "ثم عاد اليه", "مره اخري", "ثم مره اخري")


def _role_before(text: str, start: int, floor: int) -> str:
    """The office named in the clauses before a year range (back to the last range)."""
    segments = [s for s in _DELIM.split(text[floor:start]) if s.strip()]
    for seg in reversed(segments[-6:]):
        if _has_head(seg):
            cleaned = _clean_role(seg)
            # the nearest clause with an office word decides; a fragment left
            # by a damaged line ("وزي") is no office
            return cleaned if len(cleaned.split()) >= 2 or len(cleaned) >= 5 else ""
    return ""


# English: "7. Fazlollah Zahedi (1892–1963) was Minister of the Interior in 1951
# and Prime Minister from 1953 to 1955."
_EN_HEAD = re.compile(
    r"^[\s(\[]*(?:\d{1,3}[.)\]]\s*)?(?:(?:Sir|Lord|General|Marshal|Admiral|Dr)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|al-[\w'’\-]+|de|da|von|van|bin|ibn|el|al)){1,4})\s*"
    r"[(\[]\s*(?P<born>1[0-9]{3}|20[0-9]{2})\s*[-–—]\s*(?P<died>1[0-9]{3}|20[0-9]{2})\s*[)\]]"
)
_EN_ROLE = re.compile(
    r"(?P<role>[A-Z][A-Za-z'’\-]*(?:\s+(?:of|the|for|and|to|in|[A-Z][A-Za-z'’\-]*))*?)\s*,?\s+"
    r"(?:in\s+(?P<y>1[0-9]{3}|20[0-9]{2})(?!\s*[-–])"
    r"|from\s+(?P<a>1[0-9]{3}|20[0-9]{2})\s+(?:to|until|till)\s+(?P<b>1[0-9]{3}|20[0-9]{2})"
    r"|between\s+(?P<c>1[0-9]{3}|20[0-9]{2})\s+and\s+(?P<d>1[0-9]{3}|20[0-9]{2})"
    r"|(?:in\s+)?\(?(?P<e>1[0-9]{3}|20[0-9]{2})\s*[-–]\s*(?P<f>1[0-9]{3}|20[0-9]{2})\)?)"
)


def _headed(m: re.Match[str] | None, offset: int = 0) -> Biography | None:
    """The biography a heading match opens ("Name (1882–1967)"), if its life span is a life's."""
    if not m:
        return None
    born, died = int(m.group("born")), int(m.group("died"))
    if not 15 <= died - born <= 110:
        return None
    return Biography(name=m.group("name").strip(), born=born, died=died, head_end=offset + m.end())


def _parse_english(text: str) -> Biography | None:
    bio = _headed(_EN_HEAD.match(text))
    if bio is None:
        return None
    born, died = bio.born, bio.died
    heads = set(_words().get("role_heads_en", []))
    for r in _EN_ROLE.finditer(text, bio.head_end):
        role = re.sub(r"^(?:and|the|was|became)\s+", "", r.group("role")).strip()
        if not any(w.lower() in heads for w in role.split()):
            continue  # "born in Tehran in 1882": no office
        a = r.group("y") or r.group("a") or r.group("c") or r.group("e")
        b = r.group("y") or r.group("b") or r.group("d") or r.group("f")
        if a and b and born <= int(a) <= int(b) <= died + 1:
            bio.roles.append(BioRole(role, int(a), int(b)))
    return bio


def parse_biography(text: str) -> Biography | None:
    """The person, life years and dated offices of a biographical footnote."""
    text = western_digits(text)
    if not any("\u0600" <= c <= "\u06ff" for c in text[:40]):
        return _parse_english(text)
    body = _MARKER.sub("", text, count=1)
    bio = _headed(_HEAD.match(body), len(text) - len(body))
    if bio is None:
        return None
    born, died = bio.born, bio.died
    last = ""
    floor = bio.head_end
    for r in _RANGE.finditer(text, bio.head_end):
        a, b = int(r.group("a")), int(r.group("b"))
        if not (born <= a <= b <= died + 1):
            continue
        role = _role_before(text, r.start(), floor)
        if not role:
            # "والمرة الثانية بين عامي ..." repeats the office named last
            tail = _DELIM.split(text[floor:r.start()])
            repeat = _is_ordinal(tail[-1]) if tail and tail[-1].strip() else floor > bio.head_end
            role = last if repeat else ""
        if role:
            bio.roles.append(BioRole(role, a, b))
            last = role
        floor = r.end()
    _single_years(text, bio)
    return bio


_SINGLE = re.compile(r"(?:عام|سنة|في عام)\s+(?P<y>1[0-9]{3}|20[0-9]{2})(?!\s*[-–—])")


def _single_years(text: str, bio: Biography) -> None:
    """"تولى زعامة حزب الوفد عام 1927": an office with one year (start and end that year)."""
    taken = [(r.start, r.end) for r in bio.roles]
    ranges = [(r.start("a"), r.end("b")) for r in _RANGE.finditer(text, bio.head_end)]
    floor = bio.head_end
    for m in _SINGLE.finditer(text, bio.head_end):
        y = int(m.group("y"))
        before = text[max(floor, m.start() - 60):m.start()]
        if any(a <= m.start("y") < b for a, b in ranges) or not (bio.born + 15 <= y <= bio.died):
            continue  # part of a range, or no year of office
        role = _role_before(text, m.start(), max(floor, m.start() - 80))
        if role and (y, y) not in taken and _has_head(before):
            bio.roles.append(BioRole(role, y, y))
        floor = m.end()


def cited_authors(text: str) -> list[str]:
    """Latin author names that open a citation in a footnote."""
    out: list[str] = []
    for start in _CITE_START.finditer(text):
        m = _AUTHORS.match(text, start.end())
        if not m:
            continue
        for name in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", m.group("a")):
            name = " ".join(name.split())
            if name and name not in out and len(name.split()) >= 2:
                out.append(name)
    return out
