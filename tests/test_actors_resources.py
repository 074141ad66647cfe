"""The actor dictionary: schema checks and the generated state list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tarikh.actors.dictionary import build, load_dictionary
from tarikh.resources import load

from actors_support import SHARED

ROOT = Path(__file__).resolve().parents[1]


def _raw():
    return load("common", "actors"), load("ar", "actors")


def test_actors_dictionary_has_no_schema_errors():
    _, errors = build(*_raw())
    assert errors == []


@pytest.mark.parametrize(
    "section, bad, message",
    [
        ("persons", {"key": "x", "name": "X", "ar": ["س"], "country": "GBR", "roles": [{"office": "foreign_minister", "country": "GBR", "start": "1924-13", "end": None}]}, "not YYYY"),
        ("persons", {"key": "y", "name": "Y", "ar": ["ص"], "country": "GBR", "roles": [{"office": "no_such_office", "country": "GBR", "start": 1924, "end": 1925}]}, "not in offices"),
        ("persons", {"key": "z", "name": "Z", "ar": ["Latin"], "country": "GBR"}, "not Arabic"),
        ("persons", {"key": "w", "name": "W", "ar": ["ع"], "country": "XXX"}, "unknown"),
        ("organizations", {"key": "o", "type": "organization", "name": "O", "code": "gbr", "ar": ["ع"]}, "CAMEO-shaped"),
        ("organizations", {"key": "q", "type": "club", "name": "Q", "code": "GBRGOV", "ar": ["ع"]}, "not organization|party"),
    ],
)
def test_actors_dictionary_rejects_bad_entries(section, bad, message):
    common, arabic = _raw()
    common = dict(common)
    common[section] = list(common[section]) + [bad]
    _, errors = build(common, arabic)
    assert any(message in e for e in errors), errors


def test_actors_states_have_arabic_names_for_the_major_powers():
    d = load_dictionary()
    for code in ("GBR", "SUN", "USA", "FRA", "DEU", "ITA", "JPN", "CHN", "TUR", "XOT", "IRQ", "EGY", "YUG", "CSK", "DDR", "XPM"):
        assert d.states[code].ar_names, code


def test_actors_every_state_of_the_generated_list_is_loaded():
    d = load_dictionary()
    generated = load("common", "actors")["states_generated"]
    assert set(generated) <= set(d.states)


def test_actors_generated_states_are_fresh():
    ref = SHARED / "reference" / "actors"
    if not (ref / "CountryInfo.120116.txt").exists():
        pytest.skip(f"reference tables absent ({ref}); cannot regenerate")
    spec = importlib.util.spec_from_file_location("gen_states", ROOT / "scripts" / "gen_states.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (ROOT / "src" / "tarikh" / "resources" / "common" / "actors" / "states_generated.yaml").read_text(encoding="utf-8")
    assert gen.build(ref) == current, "states_generated.yaml is stale: run scripts/gen_states.py"


def test_actors_generated_places_are_fresh():
    ref = SHARED / "reference" / "actors"
    if not (ref / "CountryInfo.120116.txt").exists():
        pytest.skip(f"reference tables absent ({ref}); cannot regenerate")
    spec = importlib.util.spec_from_file_location("gen_places", ROOT / "scripts" / "gen_places.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    current = (ROOT / "src" / "tarikh" / "resources" / "common" / "actors" / "places_generated.yaml").read_text(encoding="utf-8")
    assert current.startswith("# GENERATED")
    assert gen.build(ref) == current, "places_generated.yaml is stale: run scripts/gen_places.py"


def test_actors_major_cities_have_arabic_names_and_countries():
    d = load_dictionary()
    want = {"London": "GBR", "Moscow": "RUS", "Paris": "FRA", "Berlin": "DEU", "Rome": "ITA", "Warsaw": "POL",
            "Riga": "LVA", "Geneva": "CHE", "Leningrad": "RUS", "Baghdad": "IRQ", "Cairo": "EGY", "Damascus": "SYR",
            "Beirut": "LBN", "Istanbul": "TUR", "Tehran": "IRN", "Washington D.C.": "USA", "New York": "USA", "Tbilisi": "GEO"}
    for key, country in want.items():
        assert d.places[key].ar, key
        assert d.places[key].country == country, key
    assert d.places["Jerusalem"].ar
    assert d.places["Europe"].type == "region"


@pytest.mark.parametrize(
    "bad, message",
    [
        ({"key": "Atlantis", "type": "island", "country": None, "en": ["Atlantis"]}, "not city|region"),
        ({"key": "Atlantis", "type": "city", "country": "XXX", "en": ["Atlantis"]}, "unknown"),
        ({"key": "Atlantis", "type": "city", "country": None, "en": ["أتلانتس"]}, "not Latin"),
    ],
)
def test_actors_places_reject_bad_entries(bad, message):
    common, arabic = _raw()
    common = dict(common)
    places = dict(common["places"])
    places["places"] = list(places["places"]) + [bad]
    common["places"] = places
    _, errors = build(common, arabic)
    assert any(message in e for e in errors), errors


def test_actors_arabic_place_names_need_an_english_entry():
    common, arabic = _raw()
    arabic = dict(arabic)
    arabic["places"] = dict(arabic["places"], Atlantis=["أتلانتس"])
    _, errors = build(common, arabic)
    assert any("no English entry" in e for e in errors), errors


def test_actors_named_events_need_no_code_but_organizations_do():
    common, arabic = _raw()
    common = dict(common)
    common["organizations"] = list(common["organizations"]) + [
        {"key": "e", "type": "event", "name": "E", "code": None, "ar": ["ع"]},
        {"key": "o2", "type": "organization", "name": "O", "code": None, "ar": ["ع"]},
    ]
    _, errors = build(common, arabic)
    assert [e for e in errors if "needs a code" in e] and not [e for e in errors if "organizations[" in e and "'e'" in e]
