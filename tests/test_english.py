"""The whole pipeline on a real-length English history paper.

tests/gold/english/anglo_soviet_en.txt is an English paper on Anglo-Soviet
relations 1924-1927 (the history of the Arabic seed paper), annotated by hand
in the gold format of docs/gold-format.md before the system's output was
looked at. Its floors (tests/floors.yaml, under `papers`) are the figures measured with

    tarikh eval --gold tests/gold/english tests/gold/english/anglo_soviet_en.txt

rounded down a little; raise one when a layer improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tarikh

GOLD = Path(__file__).parent / "gold" / "english"
PAPER = GOLD / "anglo_soviet_en.txt"


@pytest.fixture(scope="module")
def doc():
    return tarikh.read(PAPER)


# -- behaviour a user notices


def _events_at(doc, line: int, cameo_root: str):
    return [e for e in doc.events if abs(e.line - line) <= 1 and e.cameo.startswith(cameo_root)]


def test_english_arcos_raid_is_a_british_act_against_the_soviets_on_12_may_1927(doc):
    raid = _events_at(doc, 70, "17")
    assert raid, "the Arcos raid was not coded"
    e = raid[0]
    assert (e.source["country"], e.target["country"]) == ("GBR", "SUN")
    assert e.date["value"] == "1927-05-12"


def test_english_breach_is_coded_on_27_may_1927(doc):
    breach = [e for e in doc.events if e.cameo == "161" and e.source["country"] == "GBR"]
    assert breach and breach[0].target["country"] == "SUN" and breach[0].date["value"] == "1927-05-27"


def test_english_breach_month_is_the_lowest_of_the_relation(doc):
    months = doc.relations["pairs"]["GBR-SUN"]["months"]
    lowest = min(months, key=lambda m: m["goldstein_sum"])
    assert lowest["period"] == "1927-05"


def test_english_relations_command_names_the_breach_month():
    # what `tarikh relations PAPER --pair GBR-SUN` prints
    from tarikh.relations import render_relations

    assert "lowest month: 1927-05" in render_relations(str(PAPER), "GBR-SUN")


def test_english_varied_date_forms(doc):
    got = {(t.line, t.value, t.mod) for t in doc.timexes}
    for want in [(69, "1927-05-12", None),         # May 12, 1927
                 (65, "1927-02-23", None),         # the 23rd / of February 1927
                 (47, "1925-12-01", None),         # the 1st of December 1925
                 (44, "1925-10", "MID"),           # mid-October / 1925
                 (63, "1927", "START"),            # early 1927
                 (17, "192X", None),               # the 1920s
                 (85, "1924/1927", None),          # 1924-27 in a book title
                 (2, "1924/1927", None),           # the title's second line
                 (33, "1924-11", None),            # That November
                 (66, "1927-02-26", None)]:        # Three days later
        assert want in got, want


def test_english_bare_bodies_belong_to_the_country_the_story_is_told_from(doc):
    names = {(e.name, e.country) for e in doc.entities if e.type == "organization"}
    assert ("Cabinet (UK)", "GBR") in names and ("House of Commons", "GBR") in names
    assert not any(n.startswith("Soviet") and n.endswith(("cabinet", "lower house")) for n, _ in names)
    persons = {e.name for e in doc.entities if e.type == "person" and e.category != "cited_author"}
    assert "Alexei Rykov" not in persons  # "the Prime Minister" of a British story is Baldwin
    assert not {"Strike", "Council"} & persons  # "the General Strike", "the TUC General Council"


def test_english_capital_acts_for_its_state(doc):
    signed = _events_at(doc, 49, "05")
    assert signed and signed[0].source["country"] == "SUN" and signed[0].target["country"] == "DEU"
