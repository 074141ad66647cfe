"""Longest-match lookup of dictionary forms in a passage, clitics included.

Matching is on folded tokens (tarikh.normalize.fold: hamza forms, ta
marbuta, alef maqsura, tatweel, diacritics, case), so "نيفيـــــــل" and
"نيفيل" meet. Only the first token of a candidate may carry proclitics
(و، ف، ب، ل، ك and their pairs): "وتشامبرلين", "لبريطانيا",
"للاتحاد السوفييتي" (ل + ال → لل). Offsets always point into the original
passage text, after the clitic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..normalize import fold, is_arabic
from ..resources import load
from .dictionary import Dictionary, load_dictionary

_MARK = "\u064b-\u065f\u0670\u0640"
TOKEN = re.compile(rf"(?:[^\W\d_]|[{_MARK}])+(?:['’](?:[^\W\d_]|[{_MARK}])+)*")
PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
# Kinds, best first when one span carries several entries.
PRIORITY = {"eponym": 0, "person": 1, "org": 2, "regime": 3, "state": 3, "place": 4, "people": 5, "agent": 6, "office": 7, "short": 8, "adj": 9}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    folded: str
    keep: tuple[int, ...]  # original index (in text) of each folded char


@dataclass(frozen=True)
class Entry:
    kind: str  # state | people | adj | org | agent | office | person | short | eponym | place
    key: str  # state code, organization/agent/office/person/place key, eponym label


@dataclass(frozen=True)
class Hit:
    i: int  # first token
    j: int  # one past the last token
    start: int  # offset in the passage text, clitic excluded
    end: int
    entries: tuple[Entry, ...]
    article: bool = False  # ل + ال written لل: the text lacks the article's alef

    @property
    def best(self) -> Entry:
        return min(self.entries, key=lambda e: PRIORITY[e.kind])

    def has(self, kind: str) -> Entry | None:
        return next((e for e in self.entries if e.kind == kind), None)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


@lru_cache(maxsize=512)
def tokenize(text: str) -> tuple[Token, ...]:
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        whole = fold(word)
        if len(whole) == len(word):  # nothing dropped: offsets map one to one
            out.append(Token(word, m.start(), m.end(), whole, tuple(range(m.start(), m.end()))))
            continue
        folded, keep = [], []
        for k, ch in enumerate(word):
            f = _fold_char(ch)
            folded.append(f)
            keep.extend([m.start() + k] * len(f))
        out.append(Token(word, m.start(), m.end(), "".join(folded), tuple(keep)))
    return tuple(out)


def form_key(form: str) -> tuple[str, ...]:
    return tuple(t.folded for t in tokenize(form) if t.folded)


def first_candidates(token: Token) -> list[tuple[str, int]]:
    """Folded forms the first token of a name may stand for, with the clitic length."""
    return _candidates(token.folded)


@lru_cache(maxsize=8192)
def _candidates(f: str) -> list[tuple[str, int]]:
    out = [(f, 0)]
    if is_arabic(f):
        for p in PROCLITICS:
            rest = f[len(p):]
            if f.startswith(p) and len(rest) >= 2:
                out.append((rest, len(p)))
                if p.endswith("ل") and rest.startswith("ل"):
                    out.append(("ا" + rest, len(p)))  # ل + ال written لل
    else:
        for suffix in ("'s", "’s"):
            if f.endswith(suffix):
                out.append((f[: -len(suffix)], 0))
    return out


def adjective_forms(stem: str) -> list[str]:
    """Masculine nisba stem → the inflected forms met in running text."""
    forms = []
    for base in (stem, "ال" + stem):
        forms += [base, base + "ة", base + "ون", base + "ين", base + "ان"]
    return forms


class Table:
    """Folded token tuples → entries; one per process plus per-document additions."""

    def __init__(self) -> None:
        self.forms: dict[tuple[str, ...], set[Entry]] = {}
        self.lengths: dict[str, set[int]] = {}  # first token -> form lengths, to skip dead lookups
        self.maxlen = 1
        # (key, entry) pairs written only with a Latin capital ("Conservatives", "Tories"):
        # a proper name, which "conservatives" in running text is not
        self.capitalised: dict[tuple[tuple[str, ...], Entry], bool] = {}

    def add(self, form: str, entry: Entry) -> None:
        key = form_key(form)
        if not key:
            return
        capital = form[:1].isupper() and form[:1].isascii()
        self.capitalised[(key, entry)] = self.capitalised.get((key, entry), True) and capital
        self.forms.setdefault(key, set()).add(entry)
        self.lengths.setdefault(key[0], set()).add(len(key))
        self.maxlen = max(self.maxlen, len(key))

    def get(self, key: tuple[str, ...], lower: bool = False) -> set[Entry]:
        """The entries of a key; ``lower``: the text has it in lower case, which
        a name written only with a capital does not match."""
        found = self.forms.get(key, set())
        if lower:
            found = {e for e in found if not self.capitalised.get((key, e), False)}
        return found


@lru_cache(maxsize=1)
def eponym_nouns() -> dict[str, dict]:
    return {row["label"]: row for row in load("common", "actors").get("eponyms") or []}


@lru_cache(maxsize=1)
def base_table() -> Table:
    return build_table(load_dictionary())


def build_table(d: Dictionary) -> Table:
    t = Table()
    for st in d.states.values():
        for f in st.ar_names + st.en_names:
            t.add(f, Entry("state", st.code))
        for f in st.ar_people + st.en_people:
            t.add(f, Entry("people", st.code))
        for stem in st.ar_adjectives:
            for f in adjective_forms(stem):
                t.add(f, Entry("adj", st.code))
            for f in ("ال" + stem + "ون", "ال" + stem + "ين"):
                t.add(f, Entry("people", st.code))
        for f in st.en_adjectives:
            t.add(f, Entry("adj", st.code))
        for name, forms in st.regimes:
            for f in forms:
                t.add(f, Entry("regime", f"{st.code}:{name}"))
    for org in d.organizations.values():
        for f in org.ar + org.en:
            t.add(f, Entry("org", org.key))
    for pl in d.places.values():
        for f in pl.ar + pl.en:
            t.add(f, Entry("place", pl.key))
    for ag in d.agents.values():
        for f in ag.ar + ag.en:
            t.add(f, Entry("agent", ag.key))
    for of in d.offices.values():
        if of.refers:
            for f in of.ar + of.en:
                t.add(f, Entry("office", of.key))
    for p in d.persons.values():
        for f in p.ar + p.en:
            t.add(f, Entry("person", p.key))
        for f in p.short_ar + p.short_en:
            t.add(f, Entry("short", p.key))
    for label, row in eponym_nouns().items():
        for f in list(row.get("ar") or []) + list(row.get("en") or []):
            t.add(f, Entry("eponym", label))
    return t


def match_at(tokens: list[Token], i: int, tables: Iterable[Table], case: bool = False) -> Hit | None:
    """The longest entry starting at token i (clitics allowed on token i);
    ``case``: running text, where a lower-case word is no name written only
    with a capital ("conservatives" is not the Conservative Party)."""
    tables = list(tables)
    options = []  # (length, clitic rank, first form, clitic length, article restored)
    for rank, (first, clitic) in enumerate(first_candidates(tokens[i])):
        for t in tables:
            for n in t.lengths.get(first, ()):
                if i + n <= len(tokens):
                    options.append((n, rank, first, clitic))
    for n, _, first, clitic in sorted(options, key=lambda o: (-o[0], o[1])):
        key = (first,) + tuple(tok.folded for tok in tokens[i + 1 : i + n])
        found: set[Entry] = set()
        tok = tokens[i]
        lower = case and tok.text[clitic:clitic + 1].islower() and tok.text[:1].isascii()
        for t in tables:
            found |= t.get(key, lower)
        if found:
            start = tok.keep[clitic] if clitic < len(tok.keep) else tok.start
            article = clitic > 0 and first.startswith("ال") and not tok.folded[clitic:].startswith("ال")
            return Hit(i, i + n, start, tokens[i + n - 1].end, tuple(sorted(found, key=lambda e: (PRIORITY[e.kind], e.key))), article)
    return None


def scan(text: str, tables: Iterable[Table] | None = None, case: bool = False) -> tuple[list[Token], list[Hit]]:
    """Tokens of the text and its non-overlapping longest hits, left to right
    (``case``: see ``match_at``)."""
    tables = list(tables) if tables is not None else [base_table()]
    tokens = tokenize(text)
    hits, i = [], 0
    while i < len(tokens):
        hit = match_at(tokens, i, tables, case)
        if hit:
            hits.append(hit)
            i = hit.j
        else:
            i += 1
    return tokens, hits
