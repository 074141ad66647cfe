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


@dataclass(frozen=True)
class Organization:
    key: str
    type: str
    name: str
    code: str
    country: str | None
    ar: tuple[str, ...]
    en: tuple[str, ...]
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Agent:
    key: str
    agent: str
    label: str
    ar: tuple[str, ...]
    en: tuple[str, ...]
    names: dict[str, str] = field(default_factory=dict)
    not_after: frozenset[str] = frozenset()  # folded words that make a form an adjective
    implies: dict[str, str] = field(default_factory=dict)  # folded form -> country it names alone


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
    """Records from the raw YAML documents, and every schema error found."""
    errors: list[str] = []
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
        name = h.get("name") or g.get("name") or code
        st = State(
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
        )
        _check_span(errors, where, st.start, st.end)
        _check_forms(errors, where, st.ar_names + st.ar_adjectives + st.ar_people, True)
        states[code] = st

    organizations: dict[str, Organization] = {}
    for i, row in enumerate(common.get("organizations") or []):
        where = f"organizations[{i}]"
        if not _require(errors, where, row, ("key", "type", "name", "code", "ar")):
            continue
        org = Organization(
            key=row["key"], type=row["type"], name=row["name"], code=row["code"], country=row.get("country"),
            ar=_tuple(row.get("ar")), en=_tuple(row.get("en")), start=_date(row.get("start")), end=_date(row.get("end")),
        )
        if org.type not in ("organization", "party"):
            errors.append(f"{where}: type {org.type!r} not organization|party")
        if not CODE.match(org.code):
            errors.append(f"{where}: code {org.code!r} is not CAMEO-shaped (3, 6 or 9 capitals)")
        if org.country and org.country not in states:
            errors.append(f"{where}: country {org.country!r} unknown")
        if org.key in organizations:
            errors.append(f"{where}: duplicate key {org.key}")
        _check_span(errors, where, org.start, org.end)
        _check_forms(errors, where, org.ar, True)
        _check_forms(errors, where, org.en, False)
        organizations[org.key] = org

    agents: dict[str, Agent] = {}
    for i, row in enumerate(common.get("agents") or []):
        where = f"agents[{i}]"
        if not _require(errors, where, row, ("key", "agent", "label", "ar", "en")):
            continue
        ag = Agent(key=row["key"], agent=row["agent"], label=row["label"], ar=_tuple(row["ar"]), en=_tuple(row["en"]),
                   names=dict(row.get("names") or {}), not_after=frozenset(fold(w) for w in row.get("not_after") or []),
                   implies={fold(k): v for k, v in (row.get("implies") or {}).items()})
        if not AGENT.match(ag.agent):
            errors.append(f"{where}: agent code {ag.agent!r} is not three capitals")
        for c in list(ag.names) + list(ag.implies.values()):
            if c not in states:
                errors.append(f"{where}: names for unknown country {c!r}")
        _check_forms(errors, where, ag.ar, True)
        _check_forms(errors, where, ag.en, False)
        agents[ag.key] = ag

    offices: dict[str, Office] = {}
    for i, row in enumerate(common.get("offices") or []):
        where = f"offices[{i}]"
        if not _require(errors, where, row, ("key", "ar", "en", "default")):
            continue
        of = Office(key=row["key"], refers=row.get("refers"), ar=_tuple(row["ar"]), en=_tuple(row["en"]),
                    names=dict(row.get("names") or {}), default=row["default"])
        if of.refers not in (None, "context", "explicit"):
            errors.append(f"{where}: refers {of.refers!r} not context|explicit")
        _check_forms(errors, where, of.ar, True)
        offices[of.key] = of

    persons: dict[str, Person] = {}
    for i, row in enumerate(common.get("persons") or []):
        where = f"persons[{i}]"
        if not _require(errors, where, row, ("key", "name", "ar", "country")):
            continue
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
        p = Person(
            key=row["key"], name=row["name"], ar=_tuple(row["ar"]), short_ar=_tuple(row.get("short_ar")),
            en=_tuple(row.get("en")) or (row["name"],), short_en=_tuple(row.get("short_en")),
            alone=bool(row.get("alone", True)), country=row.get("country"), code=row.get("code"),
            born=row.get("born"), died=row.get("died"), roles=tuple(roles),
        )
        if p.key in persons:
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
        persons[p.key] = p
    return Dictionary(states, organizations, agents, offices, persons), errors


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
