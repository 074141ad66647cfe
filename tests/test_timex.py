"""The temporal tagger on cases as data (tests/cases/timex/<lang>.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tarikh.document import Document, Passage, Source
from tarikh.timex import find_timexes, reference_time, tag_document
from tarikh.timex.lexicon import fold, lexicon

CASES = Path(__file__).parent / "cases" / "timex"
LANGS = ("ar", "en")


def _load(lang: str) -> dict:
    return yaml.safe_load((CASES / f"{lang}.yaml").read_text(encoding="utf-8"))


def _cases(section: str):
    for lang in LANGS:
        for case in _load(lang).get(section, []):
            yield pytest.param(lang, case, id=f"{lang}:{case['label']}")


def _expected(case: dict) -> list[tuple[str, str | None]]:
    return [(str(v), m) for v, m in case["expect"]]


@pytest.mark.parametrize("lang,case", list(_cases("cases")))
def test_timex_case_value_and_mod(lang, case):
    found = find_timexes(case["input"], lang, anchor=case.get("anchor"))
    assert [(t.value, t.mod) for t in found if not t.malformed] == _expected(case)


@pytest.mark.parametrize("lang,case", list(_cases("malformed")))
def test_timex_malformed_date_gets_no_value(lang, case):
    found = find_timexes(case["input"], lang)
    assert len(found) == 1 and found[0].malformed and found[0].value == ""


@pytest.mark.parametrize("lang", LANGS)
def test_timex_every_resource_kind_has_cases(lang):
    kinds = {c["kind"] for c in _load(lang)["cases"]}
    files = {p.stem for p in (Path(__import__("tarikh").__file__).parent / "resources" / lang / "timex").glob("*.yaml")}
    assert files <= kinds


@pytest.mark.parametrize("lang", LANGS)
def test_timex_resource_files_open_with_a_header(lang):
    folder = Path(__import__("tarikh").__file__).parent / "resources" / lang / "timex"
    for path in folder.glob("*.yaml"):
        head = path.read_text(encoding="utf-8").lstrip()
        assert head.startswith("#"), path
        assert "Example" in head.split("\n\n")[0] or "Example" in head[:1500], path


def _rule_examples():
    for lang in LANGS:
        for rule in lexicon(lang).rules:
            for example in rule.examples:
                yield pytest.param(lang, rule, example, id=f"{rule.id}:{example}")


@pytest.mark.parametrize("lang,rule,example", list(_rule_examples()))
def test_timex_rule_finds_its_examples(lang, rule, example):
    m = rule.regex.search(fold(example))
    assert m is not None and m.group(0) == fold(example)


def test_timex_rule_ids_are_unique():
    for lang in LANGS:
        ids = [r.id for r in lexicon(lang).rules]
        assert len(ids) == len(set(ids))


def test_timex_line_is_the_line_of_the_year_digits():
    found = find_timexes("وفي الرابع من كانون\nالثاني 1925 بشكل قاطع")
    assert [(t.value, t.line) for t in found] == [("1925-01-04", 2)]


def test_timex_range_split_over_lines_counts_on_the_first_year():
    found = find_timexes("الاولى بين عامي 1923 –\n1924، والمرة")
    assert [(t.value, t.line) for t in found] == [("1923/1924", 1)]


def _doc(passages: list[Passage]) -> Document:
    return Document(source=Source(path="x", text="", encoding="utf-8", kind="text"), lines=[], passages=passages)


def _p(kind: str, text: str, line: int, section: int | None = 0, footnote: int | None = None) -> Passage:
    return Passage(kind=kind, lang="ar", text=text, anchors=[(0, line)], section=section, footnote=footnote)


def test_timex_footnote_does_not_date_the_body():
    doc = _doc(
        [
            _p("body", "وصل الوفد في نيسان 1925", 1),
            _p("footnote", "ولد في عام 1867", 50, section=None, footnote=1),
            _p("body", "وفي الثاني عشر من آيار اجتمع", 2),
        ]
    )
    tag_document(doc)
    assert [t.value for t in doc.timexes] == ["1925-04", "1867", "1925-05-12"]


def test_timex_each_footnote_has_its_own_thread():
    doc = _doc(
        [
            _p("footnote", "ولد في عام 1867", 50, section=None, footnote=1),
            _p("footnote", "توفي في الثامن من آذار", 51, section=None, footnote=2),
        ]
    )
    tag_document(doc)
    assert doc.timexes[-1].value == "XXXX-03-08"


def test_timex_reference_time_is_the_latest_date_before():
    doc = _doc([_p("body", "في نيسان 1925 ثم في السادس من تموز 1925 قرر", 1)])
    tag_document(doc)
    offset = doc.passages[0].text.index("قرر")
    assert reference_time(doc, 0, offset) == ("1925-07-06", doc.timexes[-1].id)


def test_timex_malformed_date_goes_to_notes_not_timexes():
    doc = _doc([_p("body", "في 31 شباط 1925 وصل", 1)])
    tag_document(doc)
    assert doc.timexes == [] and any("31 شباط 1925" in n for n in doc.notes)


def test_timex_publication_year_in_footnote_is_citation():
    doc = _doc([_p("footnote", "Jews, Cambridge University Press, 1997, P. 430.", 60, section=None, footnote=12)])
    tag_document(doc)
    assert [(t.value, t.kind) for t in doc.timexes] == [("1997", "citation")]


@pytest.mark.parametrize("text, lang, kind", [
    ("وعدوها انتهاكا لاتفاقية التجارة لعام 1921", "ar", "name"),
    ("صادق البرلمان على المعاهدة في السادس عشر من تشرين الثاني 1930", "ar", "date"),
    ("a breach of the Trade Agreement of 1921", "en", "name"),
    ("the evacuation agreement on 27 July 1954", "en", "date"),
])
def test_timex_a_year_names_a_treaty_but_a_dated_act_is_a_date(text, lang, kind):
    from tarikh.timex import find_timexes

    assert [t.kind for t in find_timexes(text, lang)] == [kind]
