"""Reading a passage into actor references.

``read_refs`` turns gazetteer hits into references: a state, an
organization, a government body with its country ("الحكومة البريطانية",
"the Soviet government", "حكومة بالدوين"), a person (full name or surname,
still ambiguous between namesakes), an office ("وزير الخارجية البريطاني",
whose holder depends on the date) or a thing named after a person
("رسالة زينوفييف"). What needs the whole document is settled in resolve.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..normalize import fold, is_arabic
from ..resources import load
from .dictionary import Dictionary, Person, load_dictionary
from .gazetteer import Hit, Table, eponym_nouns, scan


@lru_cache(maxsize=1)
def _title_words() -> dict[str, frozenset[str]]:
    data = load("common", "actors").get("title_words") or {}
    return {k: frozenset(fold(w) for w in v) for k, v in data.items()}


@dataclass
class Ref:
    kind: str  # state | org | agent | person | office | eponym | place | named
    key: str  # state code, organization/agent/office key, eponym label
    start: int
    end: int
    country: str | None = None  # agents and offices: the qualifying country
    persons: tuple[str, ...] = ()  # person: candidate keys; eponym: its person
    full: bool = False  # person named by a full form
    former: bool = False  # office marked as a past holder ("السابق")
    honorific: str | None = None  # "السير" before a full name
    article: bool = False  # "للحزب": the name's article lost its alef to ل
    truncated: bool = False  # the surname was cut by a line break
    place: str | None = None  # eponym or located body: the place in its name
    party: str | None = None  # "حكومة حزب العمال": the party of a government
    regime: str | None = None  # state: the regime named ("Nazi Germany")
    thing: str | None = None  # named: the entity type (event | treaty)
    form: str | None = None  # the name as it would be written alone ("جامعتي برلين وفيينا" -> "جامعة فيينا")
    implied: bool = False  # agent: the country comes from the name itself ("Foreign Office", "Scotland Yard")


def _qualifier(hit: Hit | None, persons: dict[str, Person], d: Dictionary) -> str | None:
    """The country a hit right after a body or title gives it."""
    if hit is None:
        return None
    for kind in ("adj", "state", "people"):
        e = hit.has(kind)
        if e:
            return e.key
    e = hit.has("org")
    if e:
        return d.organizations[e.key].country
    e = hit.has("place")
    if e and e.key in d.places:  # "شرطة لندن", "the Paris police": the city's country
        return d.places[e.key].country
    for kind in ("person", "short"):
        e = hit.has(kind)
        if e and e.key in persons:
            return persons[e.key].country
    return None


def read_refs(text: str, lang: str, tables: list[Table], persons: dict[str, Person], scanned=None) -> list[Ref]:
    """References of one passage, left to right (``scanned``: its scan, if done)."""
    d = load_dictionary()
    tokens, hits = scanned or scan(text, tables, case=True)
    return _Reader(text, tokens, hits, persons, d).read()


class _Reader:
    """One passage's hits read into references, one method per kind of hit.

    A reference may take in the hit after it (the place in "معاهدة برلين",
    the state in "حكومة بريطانيا"); ``used`` holds those so the loop skips
    them.
    """

    def __init__(self, text: str, tokens, hits: list[Hit], persons: dict[str, Person], d: Dictionary):
        self.text, self.tokens, self.hits, self.persons, self.d = text, tokens, hits, persons, d
        self.words = _title_words()
        self.eponyms = eponym_nouns()
        self.refs: list[Ref] = []
        self.used: set[int] = set()

    def read(self) -> list[Ref]:
        for k, hit in enumerate(self.hits):
            if k in self.used:
                continue
            step = _STEPS.get(hit.best.kind)
            if step is not None:  # a bare adjective ("المصالح البريطانية") names no actor
                step(self, k, hit)
        return self.refs

    # ---------------------------------------------------------------- helpers

    def _adjacent(self, k: int, gap: int = 0) -> Hit | None:
        """The hit right after hit k, if no more than ``gap`` tokens lie between."""
        hits = self.hits
        if k + 1 < len(hits) and hits[k + 1].i - hits[k].j <= gap:
            return hits[k + 1]
        return None

    def _latin(self, hit: Hit) -> bool:
        return not is_arabic(self.text[hit.start:hit.end])

    def _span(self, hit: Hit) -> str:
        return self.text[hit.start:hit.end]

    def _take(self, k: int, ref: Ref) -> None:
        """Add ``ref``, which took in hit k as well."""
        self.refs.append(ref)
        self.used.add(k)

    # ---------------------------------------------------------------- eponyms

    def _eponym(self, k: int, hit: Hit) -> None:
        """A noun named after a place or a person ("Treaty of Berlin", "رسالة زينوفييف")."""
        e = hit.best
        row = self.eponyms.get(e.key) or {}
        nxt = self._adjacent(k)
        if nxt is not None and (self._latin(hit) or self.text[hit.end:nxt.start].strip(" \"'«»“”")):
            # English puts the name first ("the Zinoviev letter"; read with the
            # name); "a new treaty, Vyacheslav Molotov" is a noun and a name
            nxt = None
        if self._eponym_of_place(k, hit, row):
            return
        if row.get("place") and nxt and nxt.has("place") and not nxt.has("person"):
            self._eponym_places(k, hit, nxt, row)
            return
        if row.get("persons") is False:
            return
        # Arabic: noun then name ("رسالة زينوفييف"); a plain noun otherwise
        if nxt and (nxt.has("person") or nxt.has("short")):
            p = nxt.has("person") or nxt.has("short")
            keys = tuple(x.key for x in nxt.entries if x.kind in ("person", "short"))
            self._take(k + 1, Ref("eponym", e.key, hit.start, nxt.end, persons=keys or (p.key,)))

    def _eponym_of_place(self, k: int, hit: Hit, row: dict) -> bool:
        """English: "Treaty of Berlin"; True if read."""
        hits, tokens = self.hits, self.tokens
        if self._latin(hit) and row.get("place") and k + 1 < len(hits) and hits[k + 1].has("place") \
                and hits[k + 1].i == hit.j + 1 and tokens[hit.j].folded == "of":
            self._take(k + 1, Ref("eponym", hit.best.key, hit.start, hits[k + 1].end, place=hits[k + 1].has("place").key))
            return True
        return False

    def _eponym_places(self, k: int, hit: Hit, nxt: Hit, row: dict) -> None:
        """Arabic: noun then place ("معاهدة برلين"), or a dual noun and its
        places ("جامعتي برلين وفيينا"), each written as the singular noun."""
        key = hit.best.key
        dual = self.tokens[hit.i].folded.endswith("تي") or self.tokens[hit.i].folded.endswith("تا")
        single = row["ar"][0] if dual else self._span(hit)
        self._take(k + 1, Ref("eponym", key, hit.start, nxt.end, place=nxt.has("place").key,
                              form=f"{single} {self._span(nxt)}"))
        if dual:
            self._eponym_more_places(k + 2, key, single)

    def _eponym_more_places(self, nn: int, key: str, single: str) -> None:
        """The places joined by "و" after a dual noun's first place."""
        hits = self.hits
        while nn < len(hits) and hits[nn].i == hits[nn - 1].j and hits[nn].has("place") \
                and self.tokens[hits[nn].i].folded.startswith("و"):
            self._take(nn, Ref("eponym", key, hits[nn].start, hits[nn].end, place=hits[nn].has("place").key,
                               form=f"{single} {self._span(hits[nn])}"))
            nn += 1

    # ---------------------------------------------------------------- names

    def _person(self, k: int, hit: Hit) -> None:
        """A person by full name or surname (every namesake a candidate)."""
        e = hit.best
        nxt = self._adjacent(k)
        ep = nxt.has("eponym") if nxt else None
        if ep and self._latin(nxt):  # English: name then noun ("the Zinoviev letter")
            keys = tuple(x.key for x in hit.entries if x.kind in ("person", "short"))
            self._take(k + 1, Ref("eponym", ep.key, hit.start, nxt.end, persons=keys))
            return
        full = e.kind == "person"
        keys = tuple(x.key for x in hit.entries if x.kind == e.kind)
        honor = None
        if full and hit.i > 0 and self.tokens[hit.i - 1].folded in self.words.get("honorifics", ()):
            honor = self.tokens[hit.i - 1].text
        self.refs.append(Ref("person", keys[0], hit.start, hit.end, persons=keys, full=full, honorific=honor,
                             article=hit.article))

    def _org(self, k: int, hit: Hit) -> None:
        self.refs.append(Ref("org", hit.best.key, hit.start, hit.end, article=hit.article))

    def _regime(self, k: int, hit: Hit) -> None:
        """"Nazi Germany": the state, with the regime kept by name."""
        code, name = hit.best.key.split(":", 1)
        self.refs.append(Ref("state", code, hit.start, hit.end, article=hit.article, regime=name))

    def _place(self, k: int, hit: Hit) -> None:
        e = hit.best
        latin = self._latin(hit)
        if latin and not self.text[hit.start:hit.start + 1].isupper():
            return  # a Latin place name is capitalized
        nxt = self._adjacent(k)
        ep = nxt.has("eponym") if nxt else None
        if latin and ep and nxt.j < len(self.tokens) and self.tokens[nxt.j].folded == "press":
            self.used.add(k + 1)
            return  # "Oxford University Press": a publisher
        if latin and ep and (self.eponyms.get(ep.key) or {}).get("place"):
            self._take(k + 1, Ref("eponym", ep.key, hit.start, nxt.end, place=e.key))  # "Locarno Pact"
            return
        self.refs.append(Ref("place", e.key, hit.start, hit.end, article=hit.article))

    def _state(self, k: int, hit: Hit) -> None:
        nxt = self._adjacent(k)
        # English order: "British government", "Soviet Foreign Office"
        if nxt and (nxt.has("agent") or nxt.has("office")) and self._latin(hit):
            return  # the body after it takes this country (see _body)
        self.refs.append(Ref("state", hit.best.key, hit.start, hit.end, article=hit.article))

    # ---------------------------------------------------------------- bodies and offices

    def _body(self, k: int, hit: Hit) -> None:
        """A government body or an office, with the country that qualifies it."""
        e = hit.best
        tokens = self.tokens
        if e.kind == "agent" and hit.i > 0 and tokens[hit.i - 1].folded in self.d.agents[e.key].not_after:
            return  # "السياسة الخارجية" is a policy, not the ministry
        nxt = self._adjacent(k)
        prev = self.hits[k - 1] if k > 0 and hit.i - self.hits[k - 1].j == 0 else None
        country, start, end = self._owner(k, hit, prev, nxt)
        implied = False
        if country is None and e.kind == "agent":
            country = self.d.agents[e.key].implies.get(" ".join(t.folded for t in tokens[hit.i:hit.j]))
            implied = country is not None
        if e.kind == "agent" and prev is not None and start == prev.start:
            self._other_of_pair(k, prev, country)
        if e.kind == "agent":
            self._agent(k, hit, nxt, Ref("agent", e.key, start, end, country=country, article=hit.article, implied=implied))
        else:
            self._office(k, hit, nxt, start, end, country)

    def _owner(self, k: int, hit: Hit, prev: Hit | None, nxt: Hit | None) -> tuple[str | None, int, int]:
        """(country, start, end) of a body or office: English puts the
        qualifier before it ("British government"), Arabic after it
        ("الحكومة البريطانية", "حكومة بريطانيا"), and then takes it in."""
        country, start, end = None, hit.start, hit.end
        if prev is not None and self._latin(prev) and (
                prev.has("adj") or prev.has("state") or prev.has("people") or prev.has("place")):
            country = _qualifier(prev, self.persons, self.d)
            start = prev.start
        # "السفير الفرنسي" is an actor; "سفير الاتحاد السوفييتي لدى الصين" in
        # a biography is a post held, and the state keeps its own mention
        by_adjective = hit.best.kind == "office" and self.d.offices[hit.best.key].refers == "adjective"
        if country is None and nxt is not None:
            country = _qualifier(nxt, self.persons, self.d)
            if by_adjective and not nxt.has("adj"):
                return None, start, end
            if country and (nxt.has("adj") or (nxt.has("state") and hit.best.kind == "office")):
                self.used.add(k + 1)
                end = nxt.end
            elif country and nxt.has("state") and not nxt.has("people"):
                self.used.add(k + 1)  # "حكومة بريطانيا": the state is the body's owner
                end = nxt.end
        return country, start, end

    def _other_of_pair(self, k: int, prev: Hit, country: str | None) -> None:
        """"British and Soviet trade union leaders": one body of each country.

        ``prev`` ("Soviet") already qualifies the body; this adds the body of
        the first country ("British"), ahead of the body itself."""
        tokens = self.tokens
        if not (prev.i >= 2 and tokens[prev.i - 1].folded == "and" and self._latin(prev)):
            return
        first = next((h for h in self.hits[:k] if h.j == prev.i - 1 and (h.has("adj") or h.has("people"))), None)
        seen = {country}
        while first is not None:
            other = _qualifier(first, self.persons, self.d)
            if not other or other in seen:
                break
            self.refs.append(Ref("agent", self.hits[k].best.key, first.start, first.end, country=other))
            seen.add(other)
            # "British, French and Israeli representatives": a list goes on back over commas
            first = next((h for h in self.hits[:k] if h.j == first.i and (h.has("adj") or h.has("people"))
                          and self.text[h.end:first.start].strip() == ","), None)

    def _last(self, k: int, hit: Hit, nxt: Hit | None) -> int:
        """One past the last token read so far: the body's, or its qualifier's if taken in."""
        return max(hit.j, nxt.j if (k + 1) in self.used and nxt else hit.j)

    def _agent(self, k: int, hit: Hit, nxt: Hit | None, ref: Ref) -> None:
        """A body; its name may go on with a party, a seat and "former"."""
        last = self._last(k, hit, nxt)
        last = self._party(k, hit, ref, last)
        last = self._located(k, hit, ref, last)
        if hit.best.key == "government":
            self._former_government(hit, ref, last)
        self.refs.append(ref)

    def _party(self, k: int, hit: Hit, ref: Ref, last: int) -> int:
        """"حكومة حزب العمال": a party's government; returns the new ``last``."""
        hits, d = self.hits, self.d
        party = hits[k + 1] if (k + 1) not in self.used and k + 1 < len(hits) and hits[k + 1].i == last else None
        po = party.has("org") if party else None
        if po and d.organizations[po.key].type == "party" and hit.best.key == "government":
            ref.party, ref.end, ref.country = po.key, party.end, ref.country or d.organizations[po.key].country
            self.used.add(k + 1)
            last = party.j
        return last

    def _located(self, k: int, hit: Hit, ref: Ref, last: int) -> int:
        """"المفوضية البريطانية في وارسو": a body named by where it sits; returns the new ``last``."""
        tokens, hits = self.tokens, self.hits
        if self.d.agents[hit.best.key].located and last + 1 < len(tokens) \
                and tokens[last].folded in self.words.get("located_in", ()):
            there = next((h for h in hits[k + 1:k + 4] if h.i == last + 1), None)
            if there is not None and (there.has("place") or there.has("state")):
                ref.place = (there.has("place") or there.has("state")).key
                ref.end = there.end
                self.used.add(hits.index(there))
                last = there.j
        return last

    def _former_government(self, hit: Hit, ref: Ref, last: int) -> None:
        """"حكومة حزب العمال السابقة", "the previous government": a past government."""
        tokens, former = self.tokens, self.words.get("former", frozenset())
        before = {tokens[hit.i - 1].folded} if hit.i > 0 else set()
        after = [t.folded for t in tokens[last:last + 1]]
        if (set(after) | before) & former:
            ref.former = True
            if after and after[0] in former:
                ref.end = tokens[last].end

    def _office(self, k: int, hit: Hit, nxt: Hit | None, start: int, end: int, country: str | None) -> None:
        """An office ("وزير الخارجية البريطاني"), whose holder depends on the date."""
        last = self._last(k, hit, nxt)
        # an office followed closely by a name is the name's title, not a reference
        follow = [h for h in self.hits[k + 1 : k + 4] if h.i - last <= 2 and (h.has("person") or h.has("short"))]
        if follow:
            return
        # "Christian Rakovsky, the Soviet representative": a title in apposition
        # after a name is the name's too
        first = min([hit.i] + [h.i for h in self.hits[max(0, k - 1):k] if h.j == hit.i and h.has("adj")])
        if first >= 2 and self.tokens[first - 1].folded == "the" \
                and self.text[self.tokens[first - 2].end:self.tokens[first - 1].start].strip() == ",":
            before = [h for h in self.hits[max(0, k - 3):k] if h.j == first - 1]
            if any(h.has("person") or h.has("short") for h in before):
                return
        after = {t.folded for t in self.tokens[last : last + 2]}
        former = bool(after & self.words.get("former", frozenset()))
        self.refs.append(Ref("office", hit.best.key, start, end, country=country, former=former))


# the step for each kind of hit; kinds not listed ("adj") give no reference
_STEPS = {
    "eponym": _Reader._eponym,
    "person": _Reader._person,
    "short": _Reader._person,
    "org": _Reader._org,
    "regime": _Reader._regime,
    "place": _Reader._place,
    "state": _Reader._state,
    "people": _Reader._state,
    "agent": _Reader._body,
    "office": _Reader._body,
}
