"""Dictionary look-ups usable without a document: who held an office at a
date (``holder_of``), which actor a phrase names (``resolve_actor``), and the
entity records built from dictionary entries.
"""

from __future__ import annotations

import re

from ..document import Entity
from ..normalize import fold, western_digits
from .dictionary import Person, Role, load_dictionary
from .gazetteer import base_table, eponym_nouns, scan
from .refs import Ref, read_refs


def _bounds(value: str | None, low: bool) -> str:
    if not value:
        return "0000-01-01" if low else "9999-12-31"
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01" if low else f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{value}-01" if low else f"{value}-31"
    return value


def _overlap(role: Role, lo: str, hi: str) -> int:
    a, b = max(_bounds(role.start, True), lo), min(_bounds(role.end, False), hi)
    if a > b:
        return 0
    # a rough day count is enough to rank holders within one year
    ya, ma, da = (int(x) for x in a.split("-"))
    yb, mb, db = (int(x) for x in b.split("-"))
    return (yb - ya) * 372 + (mb - ma) * 31 + (db - da) + 1


def _date_span(date: str | int | None) -> tuple[str, str] | None:
    if date is None:
        return None
    text = western_digits(str(date)).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return None
    return _bounds(m.group(0), True), _bounds(m.group(0), False)


def office_key(role: str) -> str | None:
    """An office key from a key or a title as written (Arabic or English)."""
    d = load_dictionary()
    if role in d.offices:
        return role
    f = fold(role)
    best, size = None, 0
    for of in d.offices.values():
        for form in of.ar + of.en:
            ff = fold(form)
            if (f == ff or f.startswith(ff + " ")) and len(ff) > size:
                best, size = of.key, len(ff)
    return best


def country_code(country: str | None) -> str | None:
    """ISO3 from a code, a name or an adjective ("بريطانيا", "British")."""
    if not country:
        return None
    d = load_dictionary()
    if country.upper() in d.states:
        return country.upper()
    tokens, hits = scan(country)
    for h in hits:
        for kind in ("state", "adj", "people"):
            e = h.has(kind)
            if e:
                return e.key
    return None


def holder_person(office: str, country: str, date: str | int | None) -> Person | None:
    d = load_dictionary()
    span = _date_span(date)
    if not span:
        return None
    best, score = None, 0
    for p in d.persons.values():
        for r in p.roles:
            if r.office == office and r.country == country:
                s = _overlap(r, *span)
                if s > score:
                    best, score = p, s
    return best


def holder_of(role: str, country: str, date: str | int | None) -> Entity | None:
    """Who held an office of a country at a date (TIMEX3 value, e.g. "1926-03").

    ``role`` is an office key of offices.yaml or a title as written
    ("وزير الخارجية", "Foreign Secretary"); ``country`` an ISO3 code, a name or
    an adjective. None when the dictionary knows no holder.
    """
    key = office_key(role)
    code = country_code(country)
    if not key or not code:
        return None
    p = holder_person(key, code, date)
    return person_entity(p) if p else None


def _role_dict(r: Role) -> dict:
    d = load_dictionary()
    title = r.role or d.offices[r.office].title(r.country)
    return {"role": title, "country": r.country or None, "start": (r.start or "")[:4] or None, "end": (r.end or "")[:4] or None}


def person_entity(p: Person, id: str = "") -> Entity:
    return Entity(
        id=id, type="person", name=p.name, name_ar=p.ar[0] if p.ar else None, aliases=[], code=p.code,
        country=p.country, birth_year=p.born, death_year=p.died, roles=[_role_dict(r) for r in p.roles],
        category="historical",
    )


def agent_ref_name(ref: Ref, country: str | None) -> str:
    """The English name of a body as one reference names it: "British
    legation in Warsaw", "previous Labour government"."""
    d = load_dictionary()
    name = agent_name(ref.key, country)
    # a party's government is the country's government, but a past one
    # ("حكومة حزب العمال السابقة") is an actor of its own
    if ref.former:
        party = d.organizations[ref.party].name.split(" (")[0].replace(" Party", "") if ref.party else None
        name = f"previous {party} government" if party else f"previous {name}"
    if ref.place:
        place = d.places.get(ref.place)
        name = f"{name} in {place.key if place else d.states[ref.place].name}"
    return name


def agent_name(key: str, country: str | None) -> str:
    d = load_dictionary()
    ag = d.agents[key]
    if country and country in ag.names:
        return ag.names[country]
    if country:
        st = d.states.get(country)
        adj = st.en_adjectives[0] if st and st.en_adjectives else (st.name if st else country)
        return f"{adj} {ag.label}"
    return ag.label


def ref_entity(ref: Ref, date: str | int | None = None) -> Entity | None:
    """An entity for one reference read out of context (no document)."""
    d = load_dictionary()
    if ref.kind == "state":
        st = d.states[ref.key]
        return Entity(id="", type="state", name=ref.regime or st.name, code=st.code, country=st.code)
    if ref.kind == "org":
        o = d.organizations[ref.key]
        kind = o.type if o.type in ("event", "treaty", "document") else "organization"
        return Entity(id="", type=kind, name=o.name, code=o.code, country=o.country)
    if ref.kind == "place":
        pl = d.places.get(ref.key)
        return Entity(id="", type="place", name=pl.key, country=pl.country) if pl else None
    if ref.kind == "agent":
        code = ref.country + d.agents[ref.key].agent if ref.country else None
        return Entity(id="", type="organization", name=agent_ref_name(ref, ref.country), code=code, country=ref.country)
    if ref.kind == "person":
        p = d.persons.get(ref.key)
        if p is None:
            return None
        if not ref.full and date is not None:
            p = _pick_by_date(ref.persons, date) or p
        return person_entity(p)
    if ref.kind == "office":
        if ref.country and date is not None and not ref.former:
            p = holder_person(ref.key, ref.country, date)
            if p:
                return person_entity(p)
        title = d.offices[ref.key].title(ref.country)
        return Entity(id="", type="person", name=title, code=(ref.country + "GOV") if ref.country else None, country=ref.country)
    if ref.kind == "named":
        return Entity(id="", type=ref.thing, name=ref.key, country=ref.country)
    if ref.kind == "eponym" and ref.place:
        return _eponym_entity(ref.key, None, d.places.get(ref.place))
    if ref.kind == "eponym":
        p = d.persons.get(ref.persons[0]) if ref.persons else None
        return _eponym_entity(ref.key, p)
    return None


def _eponym_entity(label: str, p: Person | None, place=None) -> Entity:
    row = eponym_nouns().get(label) or {"type": "document"}
    if place is not None:
        name = (row.get("place") or "{place} " + label).format(place=place.key)
        # a university lies in its city's country; a treaty or conference named
        # after a city is no act of that city's state
        country = place.country if row["type"] == "organization" else None
        return Entity(id="", type=row["type"], name=name, country=country)
    surname = (p.short_en[0] if p and p.short_en else (p.name.split()[-1] if p else "")) if p else ""
    return Entity(id="", type=row["type"], name=f"{surname} {label}".strip(), country=p.country if p else None)


def _pick_by_date(keys: tuple[str, ...], date: str | int | None) -> Person | None:
    d = load_dictionary()
    span = _date_span(date)
    cands = [d.persons[k] for k in keys if k in d.persons]
    if not span or not cands:
        return None
    scored = [(max((_overlap(r, *span) for r in p.roles), default=0), p) for p in cands]
    scored.sort(key=lambda x: -x[0])
    if scored[0][0] > 0:
        return scored[0][1]
    y = int(span[0][:4])
    alive = [p for p in cands if (p.born or 0) + 18 <= y <= (p.died or 9999)]
    return alive[0] if alive else None


def resolve_actor(text: str, lang: str = "ar", date: str | int | None = None) -> Entity | None:
    """The actor a phrase names: "الحكومة البريطانية" → British government (GBRGOV).

    A title ("وزير الخارجية البريطاني") gives its holder when ``date`` is
    given, else a person-typed placeholder carrying the title and country.
    Entities returned here have no id; a document's own entities do.
    """
    d = load_dictionary()
    scanned = scan(text)
    refs = read_refs(text, lang, [base_table()], d.persons, scanned)
    from .named import named_refs  # named.py builds on refs.py

    named = named_refs(text, list(scanned[0]), scanned[1])
    refs = sorted([r for r in refs if not any(n.start <= r.start < n.end for n in named)] + named, key=lambda r: r.start)
    for ref in refs:
        ent = ref_entity(ref, date)
        if ent is not None:
            return ent
    return None


def state_name(code: str) -> str:
    """The English name of a state code ("GBR" -> "United Kingdom"), else the code."""
    st = load_dictionary().states.get(code)
    return st.name if st is not None else code


def title_states(title: str) -> list[str]:
    """The states a title names, in order, each once ("العلاقات السورية
    الفرنسية": SYR, FRA): the order tells which side the story is told from."""
    out: list[str] = []
    places = load_dictionary().places
    for h in scan(title)[1]:
        e = h.has("state") or h.has("adj") or h.has("people")
        key = e.key if e is not None else None
        pl = places.get(h.has("place").key) if key is None and h.has("place") is not None else None
        if pl is not None and pl.capital:
            key = pl.country  # "Washington, Havana, Moscow and the Cuban Missile Crisis": a capital stands for its state
            years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", western_digits(title))]
            if key == "RUS" and years and all(1922 <= y <= 1991 for y in years):
                key = "SUN"  # Moscow in the Soviet years
        if key is not None and key not in out:
            out.append(key)
    return out
