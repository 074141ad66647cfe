"""The built-in actor dictionary: loading and schema checks.

The facts live in YAML under resources/common/actors (language-neutral:
codes, English names, dates, Arabic forms of persons and organizations) and
resources/ar/actors (Arabic names of states). This module turns them into
plain records once per process and refuses files that break the schema, so
a typo in a date or a code fails loudly instead of silently never matching.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ResourceError
from ..normalize import fold, is_arabic
from ..resources import load

CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
AGENT = re.compile(r"^[A-Z]{3}$")
# organizations.yaml may also hold named events, treaties and documents
# (they carry no actor code of their own)
ORG_TYPES = ("organization", "party", "event", "treaty", "document")
PLACE_TYPES = ("city", "region")


@dataclass(frozen=True)
class State:
    code: str
    name: str
    ar_names: tuple[str, ...] = ()
    ar_adjectives: tuple[str, ...] = ()  # masculine stems, without ال
    ar_people: tuple[str, ...] = ()
    en_names: tuple[str, ...] = ()
    en_adjectives: tuple[str, ...] = ()
    en_people: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None
    regimes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (English name, forms in both scripts)


@dataclass(frozen=True)
class Organization:
    key: str
    type: str
    name: str
    code: str | None
    country: str | None
    ar: tuple[str, ...]
    en: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    members: tuple[str, ...] = ()  # a group of states ("the western powers"): each acts in its acts


@dataclass(frozen=True)
class Place:
    key: str  # English name
    type: str  # city | region
    country: str | None
    ar: tuple[str, ...]
    en: tuple[str, ...]
    capital: bool = False  # the seat of its state's government ("Moscow" can stand for the Soviet government)
    held: tuple[tuple[str, int, int | None], ...] = ()  # (ISO3, from, to): another state held it then (Gaza 1948-1967: EGY)


@dataclass(frozen=True)
class Agent:
    key: str
    agent: str
    label: str
    ar: tuple[str, ...]
    en: tuple[str, ...]
    names: dict[str, str] = field(default_factory=dict)
    not_after: frozenset[str] = frozenset()  # folded words that make a form an adjective
    located: bool = False  # "المفوضية البريطانية في وارسو": the place it sits in is part of its name
    implies: dict[str, str] = field(default_factory=dict)  # folded form -> country it names alone
    seat: bool = False  # "the government in Tehran", "الحكومة في طهران": of the state whose capital it sits in
    local: bool = False  # a crowd: of the country of the place it acts in ("المتظاهرون في القاهرة")


@dataclass(frozen=True)
class Office:
    key: str
    refers: str | None
    ar: tuple[str, ...]
    en: tuple[str, ...]
    names: dict[str, str]
    default: str

    def title(self, country: str | None) -> str:
        return self.names.get(country or "", self.default)

    def country_named(self, written: str) -> str | None:
        """The one state whose own name for the office the written title is
        ("the Secretary of State" is the United States'; "Foreign Secretary", Britain's)."""
        written = re.sub(r"^(?:the|The)\s+", "", written.strip())
        hits = {code for code, name in self.names.items() if written.startswith(name)}
        return hits.pop() if len(hits) == 1 else None

    @property
    def sole_country(self) -> str | None:
        """The one state an office exists in, when only one has it ("Lord Privy Seal": GBR)."""
        if len(self.names) == 1:
            (code, name), = self.names.items()
            if name == self.default:
                return code
        return None


@dataclass(frozen=True)
class Role:
    office: str
    country: str
    start: str | None
    end: str | None
    role: str | None = None


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    ar: tuple[str, ...]
    short_ar: tuple[str, ...]
    en: tuple[str, ...]
    short_en: tuple[str, ...]
    alone: bool
    country: str | None
    code: str | None
    born: int | None
    died: int | None
    roles: tuple[Role, ...]


@dataclass(frozen=True)
class Dictionary:
    states: dict[str, State]
    organizations: dict[str, Organization]
    agents: dict[str, Agent]
    offices: dict[str, Office]
    persons: dict[str, Person]
    places: dict[str, Place] = field(default_factory=dict)
    # state -> (year it became sovereign, states it was part of before)
    sovereign_since: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    unions: dict[str, str] = field(default_factory=dict)  # ISO3 -> the union state its land belonged to (RUS -> SUN)


def _date(value: Any) -> str | None:
    """YAML reads 1924-11-03 as a date and 1924 as an int; keep text."""
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or []))


def _check_date(errors: list[str], where: str, value: str | None) -> None:
    if value is not None and not DATE.match(value):
        errors.append(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def _check_span(errors: list[str], where: str, start: str | None, end: str | None) -> None:
    _check_date(errors, where, start)
    _check_date(errors, where, end)
    if start and end and DATE.match(start) and DATE.match(end) and start[:4] > end[:4]:
        errors.append(f"{where}: start {start} after end {end}")


def _check_forms(errors: list[str], where: str, forms: tuple[str, ...], arabic: bool) -> None:
    for form in forms:
        if arabic != is_arabic(form):
            errors.append(f"{where}: form {form!r} is not {'Arabic' if arabic else 'Latin'}")


def _require(errors: list[str], where: str, row: Any, keys: tuple[str, ...]) -> bool:
    if not isinstance(row, dict):
        errors.append(f"{where}: entry is not a mapping")
        return False
    missing = [k for k in keys if k not in row]
    if missing:
        errors.append(f"{where}: missing {', '.join(missing)}")
    return not missing


def build(common: dict[str, Any], arabic: dict[str, Any]) -> tuple[Dictionary, list[str]]:
    """Records from the raw YAML documents, and every schema error found.

    Each kind is built in turn; later kinds are checked against the earlier
    ones (an organization's country against the states, a role's office
    against the offices), so the order of the steps matters.
    """
    errors: list[str] = []
    states = _states(common, arabic, errors)
    organizations = _organizations(common, states, errors)
    agents = _agents(common, states, errors)
    offices = _offices(common, errors)
    persons = _persons(common, states, offices, errors)
    places, since = _places(common, arabic, states, errors)
    unions = _unions(common, states, errors)
    return Dictionary(states, organizations, agents, offices, persons, places, since, unions), errors


def _states(common: dict[str, Any], arabic: dict[str, Any], errors: list[str]) -> dict[str, State]:
    """States from the generated list, the hand list and the Arabic names, by code."""
    generated = common.get("states_generated") or {}
    hand = common.get("states") or {}
    ar_states = arabic.get("states") or {}
    states: dict[str, State] = {}
    for code in sorted(set(generated) | set(hand) | set(ar_states)):
        where = f"states {code}"
        if not ISO3.match(str(code)):
            errors.append(f"{where}: code is not three capitals")
        g, h, a = generated.get(code) or {}, hand.get(code) or {}, ar_states.get(code) or {}
        if not (g or h):
            errors.append(f"{where}: Arabic names for a code with no English entry")
        st = _state(code, g, h, a)
        _check_span(errors, where, st.start, st.end)
        _check_forms(errors, where, st.ar_names + st.ar_adjectives + st.ar_people, True)
        states[code] = st
    return states


def _state(code: str, g: dict, h: dict, a: dict) -> State:
    """One state merged from its generated (g), hand (h) and Arabic (a) rows.

    The hand name wins over the generated one, which stays as an alias.
    """
    name = h.get("name") or g.get("name") or code
    return State(
        code=code,
        name=name,
        ar_names=_tuple(a.get("names")),
        ar_adjectives=_tuple(a.get("adj")),
        ar_people=_tuple(a.get("people")),
        en_names=tuple(dict.fromkeys((name, *(_tuple(h.get("aliases_en")) or ()), *(_tuple([g["name"]]) if g.get("name") else ())))),
        en_adjectives=tuple(dict.fromkeys((*_tuple(h.get("adjectives_en")), *_tuple(g.get("adjectives_en"))))),
        en_people=_tuple(h.get("people_en")),
        start=_date(h.get("start")),
        end=_date(h.get("end")),
        regimes=tuple((n, _tuple((a.get("regimes") or {}).get(n)) + _tuple((h.get("regimes_en") or {}).get(n)))
                      for n in dict.fromkeys([*(a.get("regimes") or {}), *(h.get("regimes_en") or {})])),
    )


def _organizations(common: dict[str, Any], states: dict[str, State], errors: list[str]) -> dict[str, Organization]:
    organizations: dict[str, Organization] = {}
    for i, row in enumerate(common.get("organizations") or []):
        where = f"organizations[{i}]"
        if not _require(errors, where, row, ("key", "type", "name", "code", "ar")):
            continue
        org = Organization(
            key=row["key"], type=row["type"], name=row["name"], code=row.get("code"), country=row.get("country"),
            ar=_tuple(row.get("ar")), en=_tuple(row.get("en")), start=_date(row.get("start")), end=_date(row.get("end")),
            members=_tuple(row.get("members")),
        )
        for code in org.members:
            if code not in states:
                errors.append(f"{where}: member {code!r} unknown")
        _check_organization(errors, where, org, states, organizations)
        organizations[org.key] = org
    return organizations


def _check_organization(errors: list[str], where: str, org: Organization, states: dict[str, State],
                        seen: dict[str, Organization]) -> None:
    # events, treaties and documents carry no actor code; organizations and parties must
    if org.type not in ORG_TYPES:
        errors.append(f"{where}: type {org.type!r} not organization|party|event|treaty|document")
    if org.code is None and org.type in ("organization", "party"):
        errors.append(f"{where}: an organization needs a code")
    elif org.code is not None and not CODE.match(org.code):
        errors.append(f"{where}: code {org.code!r} is not CAMEO-shaped (3, 6 or 9 capitals)")
    if org.country and org.country not in states:
        errors.append(f"{where}: country {org.country!r} unknown")
    if org.key in seen:
        errors.append(f"{where}: duplicate key {org.key}")
    _check_span(errors, where, org.start, org.end)
    _check_forms(errors, where, org.ar, True)
    _check_forms(errors, where, org.en, False)


def _agents(common: dict[str, Any], states: dict[str, State], errors: list[str]) -> dict[str, Agent]:
    agents: dict[str, Agent] = {}
    for i, row in enumerate(common.get("agents") or []):
        where = f"agents[{i}]"
        if not _require(errors, where, row, ("key", "agent", "label", "ar", "en")):
            continue
        # not_after and implies are matched against folded tokens, so fold them here
        ag = Agent(key=row["key"], agent=row["agent"], label=row["label"], ar=_tuple(row["ar"]), en=_tuple(row["en"]),
                   names=dict(row.get("names") or {}), not_after=frozenset(fold(w) for w in row.get("not_after") or []),
                   implies={fold(k): v for k, v in (row.get("implies") or {}).items()}, located=bool(row.get("located") or row.get("seat")),
                   local=bool(row.get("local")), seat=bool(row.get("seat")))
        if not AGENT.match(ag.agent):
            errors.append(f"{where}: agent code {ag.agent!r} is not three capitals")
        for c in list(ag.names) + list(ag.implies.values()):
            if c not in states:
                errors.append(f"{where}: names for unknown country {c!r}")
        _check_forms(errors, where, ag.ar, True)
        _check_forms(errors, where, ag.en, False)
        agents[ag.key] = ag
    return agents


def _offices(common: dict[str, Any], errors: list[str]) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    for i, row in enumerate(common.get("offices") or []):
        where = f"offices[{i}]"
        if not _require(errors, where, row, ("key", "ar", "en", "default")):
            continue
        of = Office(key=row["key"], refers=row.get("refers"), ar=_tuple(row["ar"]), en=_tuple(row["en"]),
                    names=dict(row.get("names") or {}), default=row["default"])
        if of.refers not in (None, "context", "explicit", "adjective"):
            errors.append(f"{where}: refers {of.refers!r} not context|explicit|adjective")
        _check_forms(errors, where, of.ar, True)
        offices[of.key] = of
    return offices


def _persons(common: dict[str, Any], states: dict[str, State], offices: dict[str, Office],
             errors: list[str]) -> dict[str, Person]:
    persons: dict[str, Person] = {}
    for i, row in enumerate(common.get("persons") or []):
        where = f"persons[{i}]"
        if not _require(errors, where, row, ("key", "name", "ar", "country")):
            continue
        roles = _roles(row, where, states, offices, errors)
        p = Person(
            key=row["key"], name=row["name"], ar=_tuple(row["ar"]), short_ar=_tuple(row.get("short_ar")),
            en=_tuple(row.get("en")) or (row["name"],), short_en=_tuple(row.get("short_en")),
            alone=bool(row.get("alone", True)), country=row.get("country"), code=row.get("code"),
            born=row.get("born"), died=row.get("died"), roles=roles,
        )
        _check_person(errors, where, p, states, persons)
        persons[p.key] = p
    return persons


def _roles(row: dict, where: str, states: dict[str, State], offices: dict[str, Office],
           errors: list[str]) -> tuple[Role, ...]:
    """A person's offices held; a role missing a field is reported and dropped."""
    roles = []
    for j, r in enumerate(row.get("roles") or []):
        rw = f"{where}.roles[{j}]"
        if not _require(errors, rw, r, ("office", "country", "start", "end")):
            continue
        role = Role(office=r["office"], country=r["country"], start=_date(r["start"]), end=_date(r["end"]), role=r.get("role"))
        if role.office not in offices:
            errors.append(f"{rw}: office {role.office!r} not in offices.yaml")
        if role.country not in states:
            errors.append(f"{rw}: country {role.country!r} unknown")
        _check_span(errors, rw, role.start, role.end)
        roles.append(role)
    return tuple(roles)


def _check_person(errors: list[str], where: str, p: Person, states: dict[str, State], seen: dict[str, Person]) -> None:
    if p.key in seen:
        errors.append(f"{where}: duplicate key {p.key}")
    if p.country and p.country not in states:
        errors.append(f"{where}: country {p.country!r} unknown")
    if p.code and not CODE.match(p.code):
        errors.append(f"{where}: code {p.code!r} is not CAMEO-shaped")
    for y in (p.born, p.died):
        if y is not None and not (isinstance(y, int) and 1000 < y < 2100):
            errors.append(f"{where}: life year {y!r} is not a year")
    if isinstance(p.born, int) and isinstance(p.died, int) and p.born > p.died:
        errors.append(f"{where}: born after death")
    _check_forms(errors, where, p.ar + p.short_ar, True)
    _check_forms(errors, where, p.en + p.short_en, False)


def _unions(common: dict[str, Any], states: dict[str, State], errors: list[str]) -> dict[str, str]:
    """ISO3 -> the union state its land belonged to (RUS -> SUN)."""
    unions = {}
    for code, union in ((common.get("places") or {}).get("within_union") or {}).items():
        if code not in states or union not in states:
            errors.append(f"within_union {code}: unknown state")
            continue
        unions[code] = union
    return unions


def _held(spec: Any, states: dict[str, State], where: str, errors: list[str]) -> tuple[tuple[str, int, int | None], ...]:
    """{ISO3: [from, to]} -> ((ISO3, from, to), ...); to is null while it lasts."""
    out = []
    for code, span in (spec or {}).items():
        if code not in states:
            errors.append(f"{where}: held by unknown state {code!r}")
            continue
        if not (isinstance(span, list) and len(span) == 2 and isinstance(span[0], int)
                and (span[1] is None or isinstance(span[1], int))):
            errors.append(f"{where}: held {code} is not [from, to]")
            continue
        out.append((code, span[0], span[1]))
    return tuple(out)


def _places(common: dict[str, Any], arabic: dict[str, Any], states: dict[str, State], errors: list[str]):
    """Places from the generated list, the hand list and the Arabic names."""
    generated = common.get("places_generated") or {}
    hand = common.get("places") or {}
    ar_names = arabic.get("places") or {}
    ambiguous = set(hand.get("ambiguous_en") or [])
    rows: dict[str, dict] = {}
    for key, row in generated.items():
        rows[str(key)] = {"type": "city", "country": row.get("country"), "en": [f for f in row.get("en") or [] if f not in ambiguous],
                          "capital": row.get("kind") == "capital"}
    for i, row in enumerate(hand.get("places") or []):
        where = f"places[{i}]"
        if not _require(errors, where, row, ("key", "type", "country", "en")):
            continue
        kind = "city" if row["type"] == "capital" else row["type"]
        if kind not in PLACE_TYPES:
            errors.append(f"{where}: type {row['type']!r} not city|region")
        rows[str(row["key"])] = {"type": kind, "country": row.get("country"), "en": list(row.get("en") or []),
                                 "capital": row["type"] == "capital" or (rows.get(str(row["key"])) or {}).get("capital", False),
                                 "held": _held(row.get("held"), states, where, errors)}
    places: dict[str, Place] = {}
    for key, forms in ar_names.items():
        if str(key) not in rows:
            errors.append(f"places {key}: Arabic names for a place with no English entry")
    for key, row in rows.items():
        where = f"places {key}"
        if row["country"] and row["country"] not in states:
            errors.append(f"{where}: country {row['country']!r} unknown")
        pl = Place(key=key, type=row["type"], country=row["country"], ar=_tuple(ar_names.get(key)), en=_tuple(row["en"]),
                   capital=bool(row.get("capital")), held=row.get("held") or ())
        _check_forms(errors, where, pl.ar, True)
        _check_forms(errors, where, pl.en, False)
        places[key] = pl
    since: dict[str, tuple[int, tuple[str, ...]]] = {}
    for code, row in (hand.get("not_sovereign_before") or {}).items():
        where = f"not_sovereign_before {code}"
        if code not in states or any(c not in states for c in row.get("part_of") or []):
            errors.append(f"{where}: unknown state")
        if not isinstance(row.get("since"), int):
            errors.append(f"{where}: since is not a year")
            continue
        since[code] = (row["since"], _tuple(row.get("part_of")))
    return places, since


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """The validated dictionary, built once per process."""
    common = load("common", "actors")
    try:
        arabic = load("ar", "actors")
    except ResourceError:
        arabic = {}
    dictionary, errors = build(common, arabic)
    if errors:
        raise ResourceError("actor dictionary: " + "; ".join(errors[:10]))
    return dictionary
