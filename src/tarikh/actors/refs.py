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
    tokens, hits = scanned or scan(text, tables)
    words = _title_words()
    refs: list[Ref] = []
    used: set[int] = set()
    eponyms = eponym_nouns()

    def adjacent(k: int, gap: int = 0) -> Hit | None:
        if k + 1 < len(hits) and hits[k + 1].i - hits[k].j <= gap:
            return hits[k + 1]
        return None

    for k, hit in enumerate(hits):
        if k in used:
            continue
        e = hit.best
        nxt = adjacent(k)
        if e.kind == "eponym":
            row = eponyms.get(e.key) or {}
            latin = not is_arabic(text[hit.start:hit.end])
            # English: "Treaty of Berlin"
            if latin and row.get("place") and k + 1 < len(hits) and hits[k + 1].has("place") and hits[k + 1].i == hit.j + 1 \
                    and tokens[hit.j].folded == "of":
                refs.append(Ref("eponym", e.key, hit.start, hits[k + 1].end, place=hits[k + 1].has("place").key))
                used.add(k + 1)
                continue
            # Arabic: noun then place ("معاهدة برلين", "جامعتي برلين وفيينا")
            if row.get("place") and nxt and nxt.has("place") and not nxt.has("person"):
                dual = tokens[hit.i].folded.endswith("تي") or tokens[hit.i].folded.endswith("تا")
                single = row["ar"][0] if dual else text[hit.start:hit.end]
                refs.append(Ref("eponym", e.key, hit.start, nxt.end, place=nxt.has("place").key,
                                form=f"{single} {text[nxt.start:nxt.end]}"))
                used.add(k + 1)
                nn = k + 2
                while dual and nn < len(hits) and hits[nn].i == hits[nn - 1].j and hits[nn].has("place") \
                        and tokens[hits[nn].i].folded.startswith("و"):
                    refs.append(Ref("eponym", e.key, hits[nn].start, hits[nn].end, place=hits[nn].has("place").key,
                                    form=f"{single} {text[hits[nn].start:hits[nn].end]}"))
                    used.add(nn)
                    nn += 1
                continue
            if row.get("persons") is False:
                continue
            # Arabic: noun then name ("رسالة زينوفييف"); a plain noun otherwise
            if nxt and (nxt.has("person") or nxt.has("short")):
                p = nxt.has("person") or nxt.has("short")
                keys = tuple(x.key for x in nxt.entries if x.kind in ("person", "short"))
                refs.append(Ref("eponym", e.key, hit.start, nxt.end, persons=keys or (p.key,)))
                used.add(k + 1)
            continue
        if e.kind == "agent" and hit.i > 0 and tokens[hit.i - 1].folded in d.agents[e.key].not_after:
            continue  # "السياسة الخارجية" is a policy, not the ministry
        if e.kind in ("person", "short"):
            ep = nxt.has("eponym") if nxt else None
            if ep and not is_arabic(text[nxt.start:nxt.end]):
                keys = tuple(x.key for x in hit.entries if x.kind in ("person", "short"))
                refs.append(Ref("eponym", ep.key, hit.start, nxt.end, persons=keys))
                used.add(k + 1)
                continue
            full = e.kind == "person"
            keys = tuple(x.key for x in hit.entries if x.kind == e.kind)
            honor = None
            if full and hit.i > 0 and tokens[hit.i - 1].folded in words.get("honorifics", ()):
                honor = tokens[hit.i - 1].text
            refs.append(Ref("person", keys[0], hit.start, hit.end, persons=keys, full=full, honorific=honor, article=hit.article))
            continue
        if e.kind == "org":
            refs.append(Ref("org", e.key, hit.start, hit.end, article=hit.article))
            continue
        if e.kind == "regime":
            code, name = e.key.split(":", 1)
            refs.append(Ref("state", code, hit.start, hit.end, article=hit.article, regime=name))
            continue
        if e.kind == "place":
            latin = not is_arabic(text[hit.start:hit.end])
            if latin and not text[hit.start:hit.start + 1].isupper():
                continue  # a Latin place name is capitalized
            ep = nxt.has("eponym") if nxt else None
            if latin and ep and nxt.j < len(tokens) and tokens[nxt.j].folded == "press":
                used.add(k + 1)
                continue  # "Oxford University Press": a publisher
            if latin and ep and (eponyms.get(ep.key) or {}).get("place"):
                refs.append(Ref("eponym", ep.key, hit.start, nxt.end, place=e.key))  # "Locarno Pact"
                used.add(k + 1)
                continue
            refs.append(Ref("place", e.key, hit.start, hit.end, article=hit.article))
            continue
        if e.kind in ("state", "people"):
            # English order: "British government", "Soviet Foreign Office"
            if nxt and (nxt.has("agent") or nxt.has("office")) and not is_arabic(text[hit.start:hit.end]):
                continue  # the body after it takes this country (handled below)
            refs.append(Ref("state", e.key, hit.start, hit.end, article=hit.article))
            continue
        if e.kind == "adj":
            if nxt and (nxt.has("agent") or nxt.has("office")) and not is_arabic(text[hit.start:hit.end]):
                continue
            continue  # a bare adjective ("المصالح البريطانية") names no actor
        if e.kind in ("agent", "office"):
            prev = hits[k - 1] if k > 0 and hit.i - hits[k - 1].j == 0 else None
            country = None
            end = hit.end
            start = hit.start
            if prev is not None and not is_arabic(text[prev.start:prev.end]) and (
                    prev.has("adj") or prev.has("state") or prev.has("people") or prev.has("place")):
                country = _qualifier(prev, persons, d)
                start = prev.start
            if country is None and nxt is not None:
                country = _qualifier(nxt, persons, d)
                if country and (nxt.has("adj") or (nxt.has("state") and e.kind == "office")):
                    used.add(k + 1)
                    end = nxt.end
                elif country and nxt.has("state") and not nxt.has("people"):
                    used.add(k + 1)  # "حكومة بريطانيا": the state is the body's owner
                    end = nxt.end
            implied = False
            if country is None and e.kind == "agent":
                country = d.agents[e.key].implies.get(" ".join(t.folded for t in tokens[hit.i:hit.j]))
                implied = country is not None
            if e.kind == "agent" and prev is not None and start == prev.start and prev.i >= 2 \
                    and tokens[prev.i - 1].folded == "and" and not is_arabic(text[prev.start:prev.end]):
                # "British and Soviet trade union leaders": one body of each country
                first = next((h for h in hits[:k] if h.j == prev.i - 1 and (h.has("adj") or h.has("people"))), None)
                other = _qualifier(first, persons, d) if first is not None else None
                if other and other != country:
                    refs.append(Ref("agent", e.key, first.start, first.end, country=other))
            if e.kind == "agent":
                ref = Ref("agent", e.key, start, end, country=country, article=hit.article, implied=implied)
                last = max(hit.j, nxt.j if (k + 1) in used and nxt else hit.j)
                # "حكومة حزب العمال": a party's government
                party = hits[k + 1] if (k + 1) not in used and k + 1 < len(hits) and hits[k + 1].i == last else None
                po = party.has("org") if party else None
                if po and d.organizations[po.key].type == "party" and e.key == "government":
                    ref.party, ref.end, ref.country = po.key, party.end, ref.country or d.organizations[po.key].country
                    used.add(k + 1)
                    last = party.j
                # "المفوضية البريطانية في وارسو": a body named by where it sits
                if d.agents[e.key].located and last + 1 < len(tokens) and tokens[last].folded in words.get("located_in", ()):
                    there = next((h for h in hits[k + 1:k + 4] if h.i == last + 1), None)
                    if there is not None and (there.has("place") or there.has("state")):
                        ref.place = (there.has("place") or there.has("state")).key
                        ref.end = there.end
                        used.add(hits.index(there))
                        last = there.j
                # "حكومة حزب العمال السابقة", "the previous government": a past government
                if e.key == "government":
                    before = {tokens[hit.i - 1].folded} if hit.i > 0 else set()
                    after = [t.folded for t in tokens[last:last + 1]]
                    if (set(after) | before) & words.get("former", frozenset()):
                        ref.former = True
                        if after and after[0] in words.get("former", frozenset()):
                            ref.end = tokens[last].end
                refs.append(ref)
                continue
            # an office followed closely by a name is the name's title, not a reference
            last = max(hit.j, nxt.j if (k + 1) in used and nxt else hit.j)
            follow = [h for h in hits[k + 1 : k + 4] if h.i - last <= 2 and (h.has("person") or h.has("short"))]
            if follow:
                continue
            after = {t.folded for t in tokens[last : last + 2]}
            former = bool(after & words.get("former", frozenset()))
            refs.append(Ref("office", e.key, start, end, country=country, former=former))
    return refs
