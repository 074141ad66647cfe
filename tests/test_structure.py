"""Structure of the seed paper: sections, markers, footnotes, citations."""

from tarikh.normalize import fold


def test_structure_sections_at_gold_heading_lines(seed_structure_doc, gold_structure):
    got = [(s.heading_line, s.end_line) for s in seed_structure_doc.structure.sections]
    want = [(s["heading_line"], s["end_line"]) for s in gold_structure["sections"]]
    assert got == want


def test_structure_section_kinds(seed_structure_doc):
    kinds = [s.kind for s in seed_structure_doc.structure.sections]
    assert kinds == ["intro", "body", "body", "body", "conclusion", "notes"]


def test_structure_every_marker_at_its_line(seed_structure_doc, gold_structure):
    got = sorted((r.n, r.line) for r in seed_structure_doc.structure.footnote_refs)
    want = sorted((r["n"], r["line"]) for r in gold_structure["footnote_refs"])
    assert got == want


def test_structure_missing_footnotes_reported_not_dropped(seed_structure_doc, gold_structure):
    st = seed_structure_doc.structure
    assert st.missing_footnotes == gold_structure["footnotes"]["absent"]
    assert [f.n for f in st.footnotes] == gold_structure["footnotes"]["present"]
    linked = {r.n for r in st.footnote_refs if r.linked}
    assert linked == set(gold_structure["footnotes"]["present"])
    assert any("no text" in note for note in seed_structure_doc.notes)


def test_structure_footnote_spans(seed_structure_doc, gold_citations):
    got = {f.n: (f.start_line, f.kind) for f in seed_structure_doc.structure.footnotes}
    want = {g["n"]: (g["line_start"], g["kind"]) for g in gold_citations}
    assert got == want


def test_structure_citations_op_cit_and_resolution(seed_structure_doc, gold_citations):
    by_n = {f.n: f for f in seed_structure_doc.structure.footnotes}
    for gold in gold_citations:
        cits = by_n[gold["n"]].citations
        assert len(cits) == len(gold["cited_works"]), gold["n"]
        for got, want in zip(cits, gold["cited_works"]):
            assert fold(got.author) == fold(want["author"]), gold["n"]
            assert got.op_cit == want["op_cit"], gold["n"]
            assert got.resolves_to == want["resolves_to_footnote"], gold["n"]


def test_structure_citation_fields(seed_structure_doc, gold_citations):
    by_n = {f.n: f for f in seed_structure_doc.structure.footnotes}
    checked = 0
    for gold in gold_citations:
        for got, want in zip(by_n[gold["n"]].citations, gold["cited_works"]):
            for key in ("title", "publisher", "place", "year", "pages"):
                assert getattr(got, key) == want[key], (gold["n"], key)
                checked += 1
    assert checked >= 70


def test_structure_front_matter(seed_structure_doc, gold_structure):
    st = seed_structure_doc.structure
    assert st.title.split() == gold_structure["title"].split()
    assert st.authors == gold_structure["authors"]
    assert st.abstract["ar"]["start_line"] == gold_structure["abstract_ar"]["first_line"]
    assert st.abstract["ar"]["end_line"] == gold_structure["abstract_ar"]["last_line"]
    assert st.abstract["en"]["start_line"] == gold_structure["abstract_en"]["first_line"]
    assert st.abstract["en"]["end_line"] == gold_structure["abstract_en"]["last_line"]
    assert st.keywords["en"] == gold_structure["keywords_en"]
    assert st.keywords["ar"] == gold_structure["keywords_ar"]


def test_structure_passages_cover_body_and_footnotes(seed_structure_doc):
    kinds = {p.kind for p in seed_structure_doc.passages}
    assert {"title", "abstract", "keywords", "heading", "body", "footnote"} <= kinds
    fn = [p for p in seed_structure_doc.passages if p.kind == "footnote"]
    assert [p.footnote for p in fn] == list(range(1, 17))
    body = [p for p in seed_structure_doc.passages if p.kind == "body"]
    # a passage maps offsets back to the source line they came from
    p = body[0]
    assert p.line_at(0) == p.first_line and p.line_at(len(p.text) - 1) == p.last_line
