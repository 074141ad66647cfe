"""The actors stage on small documents built from strings."""

from __future__ import annotations

import pytest

from tarikh.actors import recognize_document
from tarikh.normalize import fold

from actors_support import cases, ids, make_doc

DOCS = [(lang, c) for lang in ("ar", "en") for c in cases(lang, "documents")]


def _run(case, lang="ar"):
    return recognize_document(make_doc(case["passages"], case.get("lang", lang)))


def _persons(doc, category="historical"):
    return {e.name: e for e in doc.entities if e.type == "person" and e.category == category}


@pytest.mark.parametrize("lang, case", DOCS, ids=[f"{l}:{c['label']}" for l, c in DOCS])
def test_actors_document_case(lang, case):
    doc = _run(case, lang)
    persons = _persons(doc)
    for name in case.get("persons", []):
        assert name in persons, sorted(persons)
    for form, name in (case.get("surname_of") or {}).items():
        eid = persons[name].id
        bare = [m for m in doc.mentions if fold(m.text) == fold(form)]
        assert bare and all(m.entity == eid for m in bare)
    for want in case.get("entities", []):
        assert any(all(getattr(e, k) == v for k, v in want.items()) for e in doc.entities), want
    for unwanted in case.get("no_entities", []):
        assert not any(all(getattr(e, k) == v for k, v in unwanted.items()) for e in doc.entities), unwanted
    for name in case.get("no_mention_of", []):
        ent = persons.get(name)
        assert ent is None or not any(m.entity == ent.id for m in doc.mentions)
    for name, (born, died) in (case.get("years") or {}).items():
        assert (persons[name].birth_year, persons[name].death_year) == (born, died)
    for name, spans in (case.get("roles") or {}).items():
        got = {(int(r["start"]), int(r["end"])) for r in persons[name].roles if r.get("start") and r.get("end")}
        assert {tuple(s) for s in spans} <= got
    for name in case.get("cited", []):
        assert name in _persons(doc, "cited_author") and name not in persons
    if case.get("same_as"):
        twin = recognize_document(make_doc(case["same_as"], "ar"))
        assert set(_persons(doc)) == set(_persons(twin))
        codes = {e.code for e in doc.entities if e.type != "person" and e.code}
        twin_codes = {e.code for e in twin.entities if e.type != "person" and e.code}
        assert codes == twin_codes


def test_actors_mentions_point_into_passage_text():
    case = cases("ar", "documents")[0]
    doc = _run(case)
    assert doc.mentions
    for m in doc.mentions:
        assert doc.passages[m.passage].text[m.start:m.end] == m.text


def test_actors_every_body_mention_of_a_clitic_form_is_kept():
    doc = recognize_document(make_doc([{"kind": "body", "text": "وتشامبرلين ولبريطانيا والسوفييت في عام 1926."}]))
    texts = {m.text for m in doc.mentions}
    assert {"تشامبرلين", "بريطانيا", "السوفييت"} <= texts


def test_actors_entity_ids_are_typed_and_unique():
    doc = _run(cases("en", "documents")[0], "en")
    got = [e.id for e in doc.entities]
    assert len(got) == len(set(got))
    assert all(e.id[0] == {"person": "p", "state": "s", "organization": "o", "document": "d"}.get(e.type, e.id[0]) for e in doc.entities)


def test_actors_a_known_person_cited_only_as_an_author_is_a_cited_author(tmp_path):
    import tarikh

    paper = tmp_path / "paper.txt"
    paper.write_text("Britain and Egypt, 1950–1956\n\nAnna B. Writer\n\n1. Introduction\n"
                     "In 1954 Britain agreed to leave the Canal Zone.[1]\nNotes\n"
                     "1. Winston Churchill, The Second World War, London: Cassell, 1948, p. 12.\n", encoding="utf-8")
    doc = tarikh.read(paper)
    churchill = [e for e in doc.entities if e.type == "person" and e.name == "Winston Churchill"]
    assert [e.category for e in churchill] == ["cited_author"]


@pytest.mark.parametrize("text, place", [
    ("He died in Tehran on 5 March 1967.", "Tehran"),
    ("She was born at Newcastle upon Tyne in 1901.", "Newcastle upon Tyne"),
])
def test_actors_a_place_of_birth_or_death_ends_at_its_last_capitalised_word(text, place):
    from tarikh.actors.discover import place_names

    assert [p.latin for p in place_names(text, [], lambda k: False)] == [place]


def test_actors_a_lower_case_word_is_no_name_written_with_a_capital():
    from tarikh.actors.gazetteer import scan

    keys = lambda text: [e.key for h in scan(text, case=True)[1] for e in h.entries]  # noqa: E731
    assert "uk_conservative" not in keys("five conservatives in the party asked for help")
    assert "uk_conservative" in keys("the Conservatives won the election")
    assert "government" in keys("the government fell")  # a form written in lower case matches as written
