"""The bundled sample: Arabic references, المصدر نفسه, publisher and place."""

from importlib.resources import files

import pytest

import tarikh


@pytest.fixture(scope="module")
def notes():
    doc = tarikh.read(str(files("tarikh") / "data" / "sample" / "sample_ar.txt"), stages=("repair", "structure"))
    return {f.n: f for f in doc.structure.footnotes}


def test_sample_arabic_reference_fields(notes):
    cit = notes[4].citations[0]
    assert (cit.author, cit.title, cit.publisher, cit.place, cit.year, cit.pages) == (
        "أمين سعيد", "تاريخ الدولة السعودية", "دار الكاتب العربي", "بيروت", 1964, "174")


def test_sample_ibid_in_arabic_resolves_to_previous_full_reference(notes):
    cit = notes[3].citations[0]
    assert cit.op_cit and cit.resolves_to == 2 and cit.pages == "52"


def test_sample_publisher_and_place_told_apart(notes):
    cit = notes[2].citations[0]
    assert (cit.publisher, cit.place) == ("Frank Cass", "London")


def test_sample_biography_note_keeps_its_source(notes):
    assert notes[1].kind == "biography"
    assert notes[1].citations[0].author == "Robert O. Collins"
