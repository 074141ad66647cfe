"""The English side on a second history: the Suez Crisis, 1952-1957.

tests/gold/english_suez/suez_en.txt is an original English paper on the road
from the Egyptian revolution of July 1952 to Eden's resignation in January
1957, annotated by hand in the gold format of docs/gold-format.md before the
system's output was looked at. The English rules were tuned on the
Anglo-Soviet paper; this one checks that they carry over to another story,
other actors (Egypt, Israel, France, the United Nations) and military acts.
Its floors (tests/floors.yaml, under `papers`) are the figures measured with

    tarikh eval --gold tests/gold/english_suez tests/gold/english_suez/suez_en.txt

rounded down a little; raise one when a layer improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tarikh

GOLD = Path(__file__).parent / "gold" / "english_suez"
PAPER = GOLD / "suez_en.txt"


@pytest.fixture(scope="module")
def doc():
    return tarikh.read(PAPER)


# -- behaviour a user notices


def _events_at(doc, line: int, cameo_root: str):
    return [e for e in doc.events if abs(e.line - line) <= 1 and e.cameo.startswith(cameo_root)]


def test_suez_nationalisation_is_an_egyptian_seizure_on_26_july_1956(doc):
    seized = _events_at(doc, 37, "17")
    assert seized, "the nationalisation of the Suez Canal Company was not coded"
    e = seized[0]
    assert e.source["country"] == "EGY"
    assert e.date["value"] == "1956-07-26"


def test_suez_anglo_french_landing_is_material_conflict_toward_egypt_in_november_1956(doc):
    landing = [e for e in _events_at(doc, 56, "19") if e.target and e.target["country"] == "EGY"]
    assert landing, "the landing at Port Said was not coded as force against Egypt"
    e = landing[0]
    assert e.source["country"] in ("GBR", "FRA")
    assert e.quad_class == 4
    assert e.date["value"].startswith("1956-11")


def test_suez_israeli_invasion_of_29_october_1956(doc):
    invasion = [e for e in _events_at(doc, 49, "19") if e.source["country"] == "ISR"]
    assert invasion and invasion[0].date["value"] == "1956-10-29"


def test_suez_actors_of_the_crisis_are_known(doc):
    persons = {e.name: e for e in doc.entities if e.type == "person" and e.category != "cited_author"}
    for name, country in [("Gamal Abdel Nasser", "EGY"), ("Selwyn Lloyd", "GBR"), ("Guy Mollet", "FRA"),
                          ("David Ben-Gurion", "ISR"), ("John Foster Dulles", "USA")]:
        assert name in persons and persons[name].country == country, name
    eden = persons["Anthony Eden"]
    assert {"role": "Prime Minister", "country": "GBR", "start": "1955", "end": "1957"} in eden.roles
    orgs = {e.name for e in doc.entities if e.type == "organization"}
    assert {"United Nations General Assembly", "United Nations Emergency Force"} <= orgs
