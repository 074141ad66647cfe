"""The Arabic pipeline on a second Arabic history paper, not the one it was tuned on.

tests/gold/arabic_iraq/iraq_ar.txt is an Arabic paper on Iraqi-British
relations 1930-1941 (Iraqi month names with مايس, Egyptian months, Hijri
dates, ordinal days, vague dates, ranges, a footnote biography apparatus),
annotated by hand in the gold format of docs/gold-format.md before the
system's output was looked at. Its floors (tests/floors.yaml, under `papers`) are the figures measured with

    tarikh eval --gold tests/gold/arabic_iraq tests/gold/arabic_iraq/iraq_ar.txt

rounded down a little; raise one when a layer improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tarikh

GOLD = Path(__file__).parent / "gold" / "arabic_iraq"
PAPER = GOLD / "iraq_ar.txt"


@pytest.fixture(scope="module")
def doc():
    return tarikh.read(PAPER)


# -- behaviour a user notices


def test_iraq_hijri_dates_are_converted(doc):
    hijri = {(t.line, t.value) for t in doc.timexes if t.calendar == "hijri"}
    assert (18, "1930-06-30") in hijri  # 4 صفر 1349هـ, the day the treaty was signed
    assert (32, "1939-04-04") in hijri  # 14 صفر 1358هـ, King Ghazi's death


def test_iraq_month_names_of_every_system(doc):
    got = {(t.line, t.value, t.mod) for t in doc.timexes}
    for want in [(35, "1941-05", None),      # مايس 1941 (Iraqi)
                 (23, "1932-10-03", None),   # 3 أكتوبر 1932 (Egyptian)
                 (24, "1933-06", None),      # يونيو 1933 (Egyptian)
                 (28, "1936-10-29", None),   # التاسع والعشرين من تشرين الأول 1936
                 (22, "1931-05", None),      # أيار من العام نفسه
                 (29, "1936", "END")]:       # أواخر عام 1936
        assert want in got, want


def test_iraq_break_with_germany_is_coded_on_5_september_1939(doc):
    breach = [e for e in doc.events if e.cameo == "161"]
    assert breach, "the break with Germany was not coded"
    e = breach[0]
    assert (e.source["country"], e.target["country"]) == ("IRQ", "DEU")
    assert e.date["value"] == "1939-09-05"


def test_iraq_persons_carry_country_and_offices(doc):
    rashid = next(e for e in doc.entities if e.type == "person" and e.name == "Rashid Ali al-Gaylani")
    assert rashid.country == "IRQ" and (rashid.birth_year, rashid.death_year) == (1892, 1965)
    assert {r["start"][:4] for r in rashid.roles} >= {"1933", "1940", "1941"}


def test_iraq_1930_treaty_signing_is_coded_irq_gbr_on_30_june_1930(doc):
    sign = [e for e in doc.events if e.cameo.startswith("05") and abs(e.line - 18) <= 1]
    assert sign and (sign[0].source["country"], (sign[0].target or {}).get("country")) == ("IRQ", "GBR")
    assert sign[0].date["value"] == "1930-06-30"
