"""English notes and headings as papers write them: headings closing on the
span they cover, biographies that cite nothing, Op. cit. after joint authors."""

import pytest

import tarikh
from tarikh.structure.headings import match_heading

PAPER = """The Quarrel over Cuba, 1959–1963

Anna B. Writer

Abstract
This paper follows the quarrel between Washington and Havana.

1. Introduction
Most accounts begin in October 1962.[1]
2. Revolution and Rupture, 1959–1961
Batista fled on 1 January 1959.[2] Stevenson spoke at the United Nations.[3]
3. Thirteen Days, 16–28 October 1962
The crisis ended on 28 October.[4]
Notes
1. Aleksandr Fursenko and Timothy Naftali, One Hell of a Gamble, New York: W. W. Norton, 1997, pp. 40-52.
2. Graham Allison, Essence of Decision, Boston: Little, Brown, 1971, p. 77.
3. Adlai Stevenson (1900–1965) was Governor of Illinois, 1949–1953, and UN ambassador, 1961–1965.
4. Fursenko and Naftali, Op. cit., pp. 150-158.
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("notes") / "cuba.txt"
    path.write_text(PAPER, encoding="utf-8")
    return tarikh.read(path, stages=("repair", "structure"))


@pytest.mark.parametrize("line, heading", [
    ("2. Revolution and Rupture, 1959–1961", "Revolution and Rupture, 1959–1961"),
    ("5. Thirteen Days, 16–28 October 1962", "Thirteen Days, 16–28 October 1962"),
])
def test_a_numbered_heading_may_close_on_its_span_of_time(line, heading):
    m = match_heading(line)
    assert m is not None and m.kind == "body" and m.heading == heading


@pytest.mark.parametrize("line", ["3. Gorodetsky, The Precarious Truce, 1977", "4. Gorodetsky, 1977"])
def test_a_numbered_reference_is_no_heading(line):
    assert match_heading(line) is None


def test_headings_with_a_span_are_sections(doc):
    assert [s.heading for s in doc.structure.sections if s.kind == "body"] == [
        "Revolution and Rupture, 1959–1961", "Thirteen Days, 16–28 October 1962"]


def test_a_biography_citing_no_work_has_no_citation(doc):
    note = next(f for f in doc.structure.footnotes if f.n == 3)
    assert note.kind == "biography" and note.citations == []


def test_op_cit_after_joint_authors_resolves_to_their_work(doc):
    note = next(f for f in doc.structure.footnotes if f.n == 4)
    assert note.citations[0].op_cit and note.citations[0].resolves_to == 1
