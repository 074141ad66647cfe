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

from ..normalize import fold, is_arabic
from ..resources import load
from .gazetteer import first_candidates

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


# -------------------------------------------------------------- places

@dataclass(frozen=True)
class PlaceName:
    arabic: str | None
    latin: str | None
    start: int
    end: int
    near: int  # offset right after the name (where a country may follow)


@lru_cache(maxsize=1)
def _place_words() -> dict[str, frozenset[str]]:
    words = load("common", "actors").get("title_words") or {}
    months = set()
    for row in (load("ar", "timex").get("months") or {}).get("months") or []:
        for n in row.get("names") or []:
            months.add(fold(n.split()[0]))
    stop = {fold(w) for w in words.get("not_place_words") or []} | months
    return {
        "schools": frozenset(fold(w) for w in words.get("institution_nouns") or []),
        "verbs": frozenset(fold(w) for w in words.get("birth_verbs") or []),
        "nouns": frozenset(fold(w) for w in words.get("place_nouns") or []),
        "stop": frozenset(stop),
    }


_EN_PLACE = re.compile(r"\b(?:born|died)\s+(?:on\s+[^,.;]{3,25}?\s+)?(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
                       # a joining word only between capitalised words ("Stratford-upon-Avon"), never last ("Tehran on 15 July")
                       r"(?P<name>[A-Z][a-z'\-]+(?:[ \-](?:(?:on|upon|am|sur)[ \-])?[A-Z][a-z'\-]+){0,3})")
_LATIN_AFTER = re.compile(r"^\s*\(?\s*(?P<latin>[A-Z][a-z'\-]+(?:[ \-][A-Z][a-z'\-]+){0,2})")


def _strip(folded: str) -> str:
    for p in ("وب", "ول", "و", "ف", "ب", "ل"):
        if folded.startswith(p) and len(folded) - len(p) >= 3:
            return folded[len(p):]
    return folded


def place_names(text: str, tokens, known) -> list[PlaceName]:
    """Places a passage names in the habits of biographies: "ولد في X",
    "توفي ... في X", "بمنزله في X", "في مدينة X", "born in X".

    ``known(i)`` tells whether token i starts a dictionary name (those need
    no discovery). A name is at most three words, none a common word of the
    stop list, none with the article (Arab places are in the gazetteer).
    """
    w = _place_words()
    if not is_arabic(text):
        return _english_places(text, w)
    return _ArabicPlaces(text, tokens, known, w).find()


def _english_places(text: str, w: dict[str, frozenset[str]]) -> list[PlaceName]:
    """"born in X", "died on ... at the town of X": English marks the place with capitals."""
    out: list[PlaceName] = []
    for m in _EN_PLACE.finditer(text):
        name = m.group("name")
        if fold(name.split()[0]) in w["stop"]:
            continue
        out.append(PlaceName(None, name, m.start("name"), m.end("name"), m.end("name")))
    return out


class _ArabicPlaces:
    """The Arabic habits of ``place_names``: a name after a place noun, a
    school noun or a birth/death verb. ``taken`` keeps each start once."""

    def __init__(self, text: str, tokens, known, w: dict[str, frozenset[str]]):
        self.text, self.tokens, self.known, self.w = text, tokens, known, w
        self.out: list[PlaceName] = []
        self.taken: set[int] = set()

    def find(self) -> list[PlaceName]:
        text, tokens, w = self.text, self.tokens, self.w
        for i, t in enumerate(tokens):
            if i + 1 < len(tokens) and not re.fullmatch(r"\s+", text[t.end:tokens[i + 1].start]):
                continue  # "بصورة كلية، وانتقد": a name follows its noun directly
            # a verb keeps its first letter: the و of "ولدت" is no clitic
            f = _strip(t.folded) if t.folded not in w["verbs"] else t.folded
            if f in w["nouns"] or t.folded in w["nouns"]:
                self._add(i + 1, self._extent(i + 1))
            elif t.folded in w["schools"] or f in w["schools"]:
                # "في مدرسة لويس": a school, named with its noun
                self._add(i + 1, self._extent(i + 1), head=i)
            elif f in w["verbs"] or t.folded in w["verbs"]:
                self._after_verb(i)
        return self.out

    def _after_verb(self, i: int) -> None:
        """"في X" within the clause that follows verb i; a date may come first."""
        text, tokens, w = self.text, self.tokens, self.w
        for k in range(i + 1, min(i + 16, len(tokens) - 1)):
            gap = text[tokens[k - 1].end:tokens[k].start]
            if "." in gap or tokens[k].folded in w["verbs"]:
                break
            if re.search(r"[،,;]", gap) and not re.search(r"\d\s*[،,]", gap):
                break  # the clause ends (but "1870، في ..." goes on after a date)
            if tokens[k].folded == "في" and tokens[k + 1].folded != "في":
                self._add(k + 1, self._extent(k + 1))

    def _good(self, k: int) -> bool:
        """Whether token k can be a word of an unknown place name."""
        t, w = self.tokens[k], self.w
        f = t.folded
        return (is_arabic(t.text) and len(f) >= 3 and not f.startswith("ال") and f not in w["stop"] and f not in w["nouns"]
                and _strip(f) not in w["stop"] and not t.text.endswith("ى") and not f.endswith(("يه", "ية"))
                and not self.known(k))

    def _extent(self, k: int) -> int:
        """One past the last word of a name starting at k (k if none)."""
        text, tokens = self.text, self.tokens
        if k >= len(tokens) or not self._good(k):
            return k
        j = k + 1
        while j < len(tokens) and j - k < 3 and self._good(j) and re.fullmatch(r"\s+", text[tokens[j - 1].end:tokens[j].start]):
            j += 1
        # a longer run that does not end at a boundary is a name and some words
        if j - k > 1:
            tail = text[tokens[j - 1].end:tokens[j].start] if j < len(tokens) else "."
            nxt = tokens[j].folded if j < len(tokens) else ""
            if not (re.search(r"[^\s]", tail) or nxt in ("في", "جنوب", "شمال", "شرق", "غرب", "وسط", "قرب")):
                j = k + 1
        return j

    def _add(self, k: int, j: int, head: int | None = None) -> None:
        """The name of tokens k..j-1 (from ``head`` if given), with a Latin form after it."""
        if j <= k or k in self.taken:
            return
        self.taken.add(k)
        text, tokens = self.text, self.tokens
        start, end = tokens[k if head is None else head].start, tokens[j - 1].end
        m = _LATIN_AFTER.match(text[end:end + 40])
        self.out.append(PlaceName(text[start:end], m.group("latin") if m else None, start, end, end + (m.end() if m else 0)))


# -------------------------------------------------------------- titled persons

@dataclass(frozen=True)
class TitledName:
    name: str
    start: int
    end: int
    role: str  # English role from the title
    country: str | None  # from the nationality adjective
    title_start: int


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    words = load("common", "actors").get("title_words") or {}
    out = {tuple(fold(w) for w in k.split()): v for k, v in (words.get("person_titles") or {}).items()}
    return out, frozenset(fold(w) for w in words.get("name_stops") or [])


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "du", "der", "la", "le"})
_EN_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December"})
_THEN = frozenset({"انذاك", "حينذاك", "حينئذ", "يومذاك", "وقتذاك", "يومئذ", "then"})
_PRONOUN = re.compile(r"(?:ه|ها|هم|هما|كم|نا|ته|تها)$")


def titled_names(text: str, tokens, hits, office_title) -> list[TitledName]:
    """Names right after a title and an optional nationality adjective:
    "الدبلوماسي السوفييتي جان أنتونوفيتش بيرزين", "السفير البريطاني X",
    "وزير الخارجية X", "the Soviet diplomat X", "Foreign Secretary X".

    ``office_title(hit)`` gives the English role of an office hit (or None).
    A name is two or three words (Arabic) or two to four capitalized words
    (English), none a particle, verb or known name of a state, body or place;
    an unknown first name before a known surname makes a namesake.
    """
    return _TitledNames(text, tokens, hits, office_title).find()


class _TitledNames:
    """The steps of ``titled_names`` at each token: the title, the country,
    the name's words, and the checks that the words are a person's name."""

    def __init__(self, text: str, tokens, hits, office_title):
        self.titles, self.stops = _titles()
        self.firsts = {k[0] for k in self.titles}
        words = load("common", "actors").get("title_words") or {}
        self.honorifics = frozenset(fold(w) for w in words.get("honorifics") or [])
        self.text, self.tokens, self.office_title = text, tokens, office_title
        self.arabic = is_arabic(text)
        self.at = {h.i: h for h in hits}
        self.ends = {h.j: h for h in hits}

    def find(self) -> list[TitledName]:
        out: list[TitledName] = []
        for i in range(len(self.tokens)):
            role, j = self._title(i)
            if role is None:
                continue
            country, j = self._country(i, j)
            words, k = self._words(j)
            while words and words[0].folded in self.honorifics and len(words) > 1:
                words = words[1:]  # "Sir Michael Wright": the name is Michael Wright
            if self._is_name(words, k, role):
                out.append(TitledName(self.text[words[0].start:words[-1].end], words[0].start, words[-1].end, role, country,
                                      self.tokens[i].start))
            elif not self.arabic:
                before = self._apposed(i)
                if before and self._is_name(before, i, role):
                    out.append(TitledName(self.text[before[0].start:before[-1].end], before[0].start, before[-1].end,
                                          role, country, self.tokens[i].start))
        return out

    def _apposed(self, i: int) -> list:
        """English: the name a title stands in apposition to, before it
        ("Richard Stokes, the Lord Privy Seal", "Selwyn Lloyd, the British
        Foreign Secretary"): two to four capitalized words, a comma, "the"."""
        tokens, text = self.tokens, self.text
        k = i - 1
        if k >= 0 and self.ends.get(i) is not None and self.ends[i].has("adj"):
            k = self.ends[i].i - 1  # "the British Foreign Secretary": skip the adjective
        if k < 1 or tokens[k].folded != "the" or text[tokens[k - 1].end:tokens[k].start].strip() != ",":
            return []
        words: list = []
        n = k - 1
        while n >= 0 and len(words) < 4:
            t = tokens[n]
            if self.at.get(n) is not None or self.ends.get(n + 1) is not None and self.ends[n + 1].i <= n:
                break  # a known name, state, body or place
            if not (t.text[:1].isupper() or (t.folded in _PARTICLES and words)):
                break
            if words and not re.fullmatch(r"\.?\s+", text[t.end:words[0].start]):
                break  # ("George C. Marshall": an initial's point is no break)
            words.insert(0, t)
            n -= 1
        while words and (words[0].text in ("The", "In", "On", "At", "He", "She", "His", "Her", "It", "They", "When", "And", "But")
                         or words[0].text in _EN_MONTHS):
            words = words[1:]  # "on 15 April George C. Marshall": the month is no name
        return words if len(words) >= 2 else []

    def _title(self, i: int) -> tuple[str | None, int]:
        """(role, token after the title) of a title at token i: an office of
        the dictionary, or a descriptive noun; (None, i) if none."""
        h = self.at.get(i)
        cands = [f for f, _ in first_candidates(self.tokens[i])] if self.arabic else [self.tokens[i].folded]
        if not any(f in self.firsts for f in cands) and (h is None or not h.has("office")):
            return None, i
        if h is not None and h.has("office"):
            return self.office_title(h), h.j
        for n in (3, 2, 1):
            for first in cands:  # "والسفير": a clitic on the title
                key = (first,) + tuple(t.folded for t in self.tokens[i + 1:i + n])
                if len(key) == n and key in self.titles:
                    return self.titles[key], i + n
        return None, i

    def _country(self, i: int, j: int) -> tuple[str | None, int]:
        """The country of the nationality adjective around the title, and the token after it."""
        country = None
        if not self.arabic:  # "the Soviet diplomat": the adjective came first
            p = self.ends.get(i)
            if p is not None and (p.has("adj") or p.has("state") or p.has("people")):
                country = (p.has("adj") or p.has("state") or p.has("people")).key
        a = self.at.get(j)
        if a is not None and (a.has("adj") or (a.has("state") and not self.arabic)) and a.i == j:
            country = (a.has("adj") or a.has("state")).key
            j = a.j
        return country, j

    def _words(self, j: int) -> tuple[list, int]:
        """The name's words from token j, and the token after them."""
        tokens, text = self.tokens, self.text
        words: list = []
        # "السفير البريطاني آنذاك رالف ستيفنسون", "the then ambassador": a word of
        # time between the title and the name is neither
        while j < len(tokens) and tokens[j].folded in _THEN:
            j += 1
        k = j
        while k < len(tokens) and len(words) < (3 if self.arabic else 4):  # Arabic gives no capitals to stop at
            t = tokens[k]
            gap = text[tokens[k - 1].end:t.start] if k > 0 else " "
            if k > j and not re.fullmatch(r"\s+|-", gap):
                break  # "Abd al-Karim": a hyphen joins a name
            known = self.at.get(k)
            if known is not None:
                # an unknown first name and a known surname: a namesake
                # ("جوزيف تشامبرلين" is not Austen Chamberlain)
                if words and known.has("short") and not known.has("person") and known.j == k + 1:
                    words.append(t)
                    k += 1
                break  # a known name: a person already known, or no person
            if not (self._arabic_word(t, words) if self.arabic else self._english_word(t, k, words)):
                break
            words.append(t)
            k += 1
        return words, k

    def _arabic_word(self, t, words: list) -> bool:
        """Whether t can go on an Arabic name: no article (but "عبد الكريم"), stop word, pronoun suffix or ى."""
        stops = self.stops
        bare = t.folded[1:] if t.folded[:1] in ("و", "ف") and len(t.folded) > 2 else t.folded
        # "عبد الكريم", "سراج الدين": an article inside a compound name
        compound = bool(words) and (words[-1].folded in ("عبد", "ابو", "بن", "ابن", "بنت", "ذو")
                                    or t.folded in ("الدين", "الله", "الدوله"))
        # "ألكسندر", "ألبرت": a hamza on the alef is no article
        article = t.folded.startswith("ال") and not t.text.startswith(("أل", "إل"))
        # a foreign surname often ends in "يه" ("بينيه", "موليه"): after a first name it is no pronoun
        surname = bool(words) and t.folded.endswith("يه") and len(t.folded) >= 4
        adverbial = t.text.endswith(("اً", "ًا"))  # "رافضاً", "مؤكداً": a circumstantial word, no name
        return not (not is_arabic(t.text) or (article and not compound) or adverbial or t.folded in stops
                    or bare in stops or len(t.folded) < 2
                    or (len(t.folded) <= 5 and _PRONOUN.search(t.folded) and not surname) or (t.text.endswith("ى") and not compound))

    def _english_word(self, t, k: int, words: list) -> bool:
        """Whether t can go on an English name: capitalized, or a particle ("von") before a capital."""
        tokens = self.tokens
        return not (t.text in ("The", "In", "On", "At", "He", "She", "His", "Her", "It", "They") or not (
            t.text[:1].isupper() or (words and t.folded in _PARTICLES and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())))

    def _is_name(self, words: list, k: int, role: str) -> bool:
        """Whether the words are a new person's name."""
        arabic, at = self.arabic, self.at
        if not words or (arabic and len(words) < 2) or (not arabic and len(words) < 2 and role not in ("General", "Admiral", "Marshal")):
            return False
        if k < len(self.tokens) and at.get(k) is not None and (at[k].has("short") or at[k].has("person")) and at[k].i == k:
            return False  # the name runs on into a known one
        if not arabic and any(w.text in _nonperson() for w in words):
            return False  # "the General Strike", "the TUC General Council": no person
        return True
