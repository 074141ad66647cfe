"""Biographical footnotes and cited authors."""

from __future__ import annotations

import pytest

from tarikh.actors.footnotes import cited_authors, parse_biography

from actors_support import cases, ids

BIOS = cases("ar", "biographies")


@pytest.mark.parametrize("case", BIOS, ids=ids(BIOS))
def test_actors_parse_biography(case):
    bio = parse_biography(case["text"])
    if case["expect"] is None:
        assert bio is None
        return
    want = case["expect"]
    assert (bio.name, bio.born, bio.died) == (want["name"], want["born"], want["died"])
    assert [[r.start, r.end, r.text] for r in bio.roles] == want["roles"]


@pytest.mark.parametrize(
    "text, names",
    [
        ("(3) Gabriel Gorodetsky, Op. Cit. , P. 79.", ["Gabriel Gorodetsky"]),
        ("للمزيد من التفاصيل ينظر : Philip Waller and Robert Peberdy, A Dictionary of British and Irish History", ["Philip Waller", "Robert Peberdy"]),
        ("(16) Bruce W. Jentleson and Thomas G. Paterson, Encyclopedia of U.S. Foreign Relations", ["Bruce W. Jentleson", "Thomas G. Paterson"]),
        ("(5) المصدر نفسه، ص 79.", []),
    ],
)
def test_actors_cited_authors(text, names):
    assert cited_authors(text) == names
