"""Structure of an English paper: numbered headings, [N] markers, numbered notes."""

from pathlib import Path

import pytest

import tarikh

PAPER = Path(__file__).parent / "cases" / "structure" / "en_paper.txt"


@pytest.fixture(scope="module")
def doc():
    return tarikh.read(PAPER, stages=("repair", "structure"))


def test_structure_en_text_is_not_repaired(doc):
    assert not doc.needs_repair
    assert doc.language == "en"


def test_structure_en_front_matter(doc):
    st = doc.structure
    assert st.title.startswith("The Conservative Government and Soviet Russia")
    assert st.authors == ["Jane R. Whitfield", "Omar K. Haddad"]
    assert st.keywords["en"] == ["Britain", "Soviet Union", "diplomacy", "Austen Chamberlain"]
    assert st.abstract["en"]["start_line"] == 7


def test_structure_en_sections(doc):
    got = [(s.kind, s.heading) for s in doc.structure.sections]
    assert got == [
        ("intro", "Introduction"),
        ("body", "The Baldwin Cabinet and Moscow"),
        ("body", "Towards the Breach"),
        ("conclusion", "Conclusion"),
        ("notes", "Notes"),
    ]


def test_structure_en_markers_link_to_notes(doc):
    st = doc.structure
    assert sorted(r.n for r in st.footnote_refs) == [1, 2, 3, 4, 5]
    assert all(r.linked for r in st.footnote_refs)
    assert [f.n for f in st.footnotes] == [1, 2, 3, 4, 5]
    assert st.missing_footnotes == []


def test_structure_en_ibid_and_op_cit_resolve(doc):
    fns = {f.n: f for f in doc.structure.footnotes}
    assert fns[1].citations[0].year == 1977 and fns[1].citations[0].pages == "221"
    assert fns[2].citations[0].op_cit and fns[2].citations[0].resolves_to == 1  # Ibid.
    assert fns[4].citations[0].resolves_to == 1  # Gorodetsky, Op. Cit.
    assert fns[5].citations[0].resolves_to == 1  # Ibid. after an Op. Cit.
    assert fns[5].citations[0].pages == "230-232"
