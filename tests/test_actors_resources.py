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
