"""Readers: PDF, DOCX and text files come back as the text a reader sees."""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))
import pdfgen  # noqa: E402

from tarikh.errors import CorruptFile, EncryptedPdf, ScannedPdf  # noqa: E402
from tarikh.readers import read_source  # noqa: E402
from tarikh.readers.pdf import digits_reversed, logical_text, reverse_digit_runs  # noqa: E402

CASES = Path(__file__).parent / "cases" / "readers"
BIDI_CASES = yaml.safe_load((CASES / "bidi.yaml").read_text(encoding="utf-8"))


def nonblank(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory) -> Path:
    return pdfgen.write_sample_pdf(tmp_path_factory.mktemp("pdf") / "sample.pdf")


@pytest.fixture(scope="session")
def sample_pdf_source(sample_pdf):
    return read_source(sample_pdf)


def split_sample() -> tuple[list[str], dict[int, str]]:
    """The sample as a Word author has it: body paragraphs, and notes as real footnotes."""
    lines = pdfgen.sample_lines()
    notes_at = lines.index("الهوامش")
    notes: dict[int, str] = {}
    current = 0
    for line in lines[notes_at + 1:]:
        m = re.match(r"\((\d+)\) (.*)", line)
        if m:
            current = int(m.group(1))
            notes[current] = m.group(2)
        elif line.strip():
            notes[current] += " " + line
    return lines[:notes_at], notes


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory) -> tuple[Path, list[str], dict[int, str]]:
    body, notes = split_sample()
    path = pdfgen.write_docx(tmp_path_factory.mktemp("docx") / "sample.docx", body, notes)
    return path, body, notes


# --- PDF: reading order ------------------------------------------------------------------


def test_pdf_reads_back_every_line_of_the_sample(sample_pdf_source):
    assert sample_pdf_source.kind == "pdf"
    assert nonblank(sample_pdf_source.text.split("\n")) == nonblank(pdfgen.sample_lines())


def test_pdf_spans_several_pages_without_merging_lines(sample_pdf, sample_pdf_source):
    import pdfplumber

    with pdfplumber.open(sample_pdf) as pdf:
        assert len(pdf.pages) >= 3
    # the last line of page 1 and the first of page 2 stay two lines
    lines = sample_pdf_source.text.split("\n")
    boundary = pdfgen.sample_lines()[pdfgen.LINES_PER_PAGE - 1 : pdfgen.LINES_PER_PAGE + 1]
    for line in boundary:
        if line.strip():
            assert line.strip() in lines


def test_pdf_paragraph_gap_becomes_blank_line(sample_pdf_source):
    lines = sample_pdf_source.text.split("\n")
    # the title's year range, a blank line, then the first author
    at = lines.index("1925 – 1927")
    assert lines[at + 1] == ""
    assert lines[at + 2].startswith("م.م.")


@pytest.mark.parametrize("expected", [
    "بعد دخوله الحجاز",
    "في أواخر عام 1925 ،",
    "في 16/12/1925م بعث",
    "في 12 محرم 1345 هـ ،",
    "وفي 5 مارس 1927 رأت",
    "وفي جانفي 1927 اتخذ",
    "في الرابع عشر من",
])
def test_pdf_dates_read_forward(sample_pdf_source, expected):
    assert expected in sample_pdf_source.text


def test_pdf_no_year_comes_out_reversed(sample_pdf_source):
    for reversed_year in ("5291", "6291", "7291", "5431"):
        assert reversed_year not in sample_pdf_source.text


@pytest.mark.parametrize("expected", [
    "أوستن تشامبرلين Austen Chamberlain",
    "جيلبرت كلايتون Gilbert Clayton (1) بمهمة",
    "أحمد زيور باشا Ahmed Ziwar Pasha مذكرة احتجاج",
    "والعراق (2) .",
    "(1) جيلبرت كلايتون (1875-1929) :",
    "(6) Robert O. Collins, Op. Cit. , P. 96 .",
])
def test_pdf_names_and_markers_in_logical_order(sample_pdf_source, expected):
    assert expected in sample_pdf_source.text


@pytest.mark.parametrize("case", BIDI_CASES, ids=[c["label"] for c in BIDI_CASES])
def test_pdf_visual_line_to_logical(case):
    assert logical_text(case["visual"]) == case["logical"]


def test_pdf_arabic_line_led_by_a_long_latin_name(tmp_path):
    lines = ["آل سعود Abdulaziz Al Saud", "وقعت بريطانيا معاهدة جدة في أيار 1927 مع الملك عبد العزيز"]
    source = read_source(pdfgen.write_pdf(tmp_path / "names.pdf", lines))
    assert source.text.split("\n") == lines


def test_pdf_english_line_quoting_arabic_stays_left_to_right(tmp_path):
    lines = ["وقعت بريطانيا معاهدة جدة في أيار 1927 مع الملك عبد العزيز",
             "the crisis of the Egyptian Mahmal (المحمل) ended in a break of relations"]
    source = read_source(pdfgen.write_pdf(tmp_path / "quote.pdf", lines))
    assert source.text.split("\n") == lines


def test_pdf_words_without_space_glyphs_are_separated():
    from tarikh.readers.pdf import _TextLine, visual_text

    def glyph(text, x0, x1):
        return {"text": text, "x0": x0, "x1": x1, "top": 0.0, "bottom": 10.0, "size": 10.0}

    # "عام 1925" drawn with a gap and no space glyph, as many producers do
    chars = [glyph("1", 0, 5), glyph("9", 5, 10), glyph("2", 10, 15), glyph("5", 15, 20),
             glyph("م", 24, 29), glyph("ا", 29, 31), glyph("ع", 31, 36)]
    assert logical_text(visual_text(_TextLine(0.0, 10.0, chars))) == "عام 1925"


def test_pdf_vowel_mark_stays_on_its_letter():
    from tarikh.readers.pdf import _TextLine, visual_text

    def glyph(text, x0, x1):
        return {"text": text, "x0": x0, "x1": x1, "top": 0.0, "bottom": 10.0, "size": 10.0}

    # "في كتبَ" drawn right to left; the fatha sits over the ba, right of its left edge
    chars = [glyph("ب", 0, 5), glyph("\u064e", 1.5, 3.5), glyph("ت", 5, 9), glyph("ك", 9, 14),
             glyph("ي", 20, 25), glyph("ف", 25, 30)]
    assert logical_text(visual_text(_TextLine(0.0, 10.0, chars))) == "في كتبَ"


def test_pdf_digits_drawn_backwards_are_turned_around(tmp_path):
    # A producer that lays out each digit right to left: 1925 shows as 5291.
    lines = ["قطعت العلاقات في عام 7291 بعد أزمة", "بدأت في عام 5291 واشتدت في 6291"]
    source = read_source(pdfgen.write_pdf(tmp_path / "backwards.pdf", lines))
    assert "في عام 1927 بعد" in source.text
    assert "في عام 1925 واشتدت في 1926" in source.text


def test_pdf_digit_check_leaves_ordinary_numbers_alone():
    lines = ["عام 1925 و 1926", "صوتا 357 مقابل 111"]
    assert not digits_reversed(lines)
    assert reverse_digit_runs("عام 5291") == "عام 1925"


def test_pdf_sample_runs_through_the_pipeline(sample_pdf):
    import tarikh

    try:
        doc = tarikh.read(sample_pdf)
    except ModuleNotFoundError as exc:  # a stage still being written elsewhere
        pytest.skip(f"pipeline stage not importable yet: {exc}")
    assert not doc.needs_repair  # the reader already gives logical order
    assert "1925 – 1927" in (doc.structure.title or "")
    assert [ref.n for ref in doc.structure.footnote_refs] == [1, 2, 3, 4, 5, 6]


# --- PDF: what cannot be read ------------------------------------------------------------


def test_pdf_without_text_layer_is_scanned(tmp_path):
    with pytest.raises(ScannedPdf, match="OCR"):
        read_source(pdfgen.write_scanned_pdf(tmp_path / "scan.pdf"))


def test_pdf_with_password_is_encrypted(tmp_path):
    with pytest.raises(EncryptedPdf, match="password"):
        read_source(pdfgen.write_encrypted_pdf(tmp_path / "locked.pdf"))


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_pdf_truncated_is_corrupt(tmp_path, sample_pdf, keep):
    with pytest.raises(CorruptFile):
        read_source(pdfgen.write_truncated(tmp_path / "cut.pdf", sample_pdf, keep))


def test_pdf_header_only_is_corrupt(tmp_path):
    path = tmp_path / "header.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is not a PDF body\n")
    with pytest.raises(CorruptFile):
        read_source(path)


# --- DOCX --------------------------------------------------------------------------------


def test_docx_body_paragraphs_are_lines(sample_docx):
    path, body, _ = sample_docx
    source = read_source(path)
    assert source.kind == "docx"
    assert source.text.split("\n")[: len(body)] == body


def test_docx_footnotes_follow_the_body(sample_docx):
    path, body, notes = sample_docx
    lines = read_source(path).text.split("\n")
    tail = lines[lines.index("الهوامش") + 1:]
    assert tail == [f"({n}) {text}" for n, text in sorted(notes.items())]


def test_docx_footnote_references_become_markers(sample_docx):
    path, _, _ = sample_docx
    text = read_source(path).text
    assert "Gilbert Clayton (1) بمهمة" in text
    assert "المملكة التامة (5) ." in text


def test_docx_without_footnotes_has_no_notes_heading(tmp_path):
    source = read_source(pdfgen.write_docx(tmp_path / "plain.docx", ["عام 1925", "Keywords (Britain)"]))
    assert source.text.split("\n") == ["عام 1925", "Keywords (Britain)"]


@pytest.mark.parametrize("keep", [0.3, 0.7])
def test_docx_truncated_is_corrupt(tmp_path, sample_docx, keep):
    with pytest.raises(CorruptFile):
        read_source(pdfgen.write_truncated(tmp_path / "cut.docx", sample_docx[0], keep))


def test_docx_zip_without_word_document_is_corrupt(tmp_path):
    import zipfile

    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "not a word document")
    with pytest.raises(CorruptFile):
        read_source(path)


# --- text encodings ----------------------------------------------------------------------

# (label, how to write the bytes, encoding reported)
ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("utf-16 LE with BOM", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
    ("utf-16 BE with BOM", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    ("windows-1256", lambda t: t.encode("cp1256"), "windows-1256"),
    ("iso-8859-6", lambda t: t.encode("iso8859-6"), "iso-8859-6"),
]


def sample_in_8859_6() -> str:
    # ISO-8859-6 has no en dash; a writer on that code page types a hyphen.
    return pdfgen.sample_text().replace("–", "-")


@pytest.mark.parametrize("label,encode,expected", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_text_encoding_detected_and_reported(tmp_path, label, encode, expected):
    text = sample_in_8859_6() if expected == "iso-8859-6" else pdfgen.sample_text()
    path = tmp_path / "paper.txt"
    path.write_bytes(encode(text))
    source = read_source(path)
    assert source.encoding == expected
    assert source.text == text
    assert source.kind == "text"


def test_pdf_english_paper_reads_back_and_scores_like_its_text(tmp_path):
    # an English paper through the PDF reader gives the same document as its text
    import tarikh

    paper = Path(__file__).parent / "gold" / "english" / "anglo_soviet_en.txt"
    lines = paper.read_text(encoding="utf-8").split("\n")
    pdf = pdfgen.write_pdf(tmp_path / "en.pdf", [line for line in lines if line.strip()])
    from_pdf = tarikh.read(pdf)
    from_text = tarikh.read(paper)
    assert from_pdf.source.kind == "pdf" and not from_pdf.needs_repair
    assert [s.heading for s in from_pdf.structure.sections] == [s.heading for s in from_text.structure.sections]
    assert {t.value for t in from_pdf.timexes} == {t.value for t in from_text.timexes}
    assert {(e.cameo, e.source["country"]) for e in from_pdf.events} >= {
        (e.cameo, e.source["country"]) for e in from_text.events if e.cameo.startswith(("16", "17"))}
