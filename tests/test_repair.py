"""Reading-order repair: visual-order lines come back in logical order."""

from pathlib import Path

import pytest
import yaml

import tarikh
from tarikh.repair import needs_repair, repair_line_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "repair" / "ar.yaml").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_repair_line_logical_order(case):
    text, steps, uncertain = repair_line_text(case["visual"])
    assert text.split() == case["logical"].split()
    assert uncertain == case.get("uncertain", False)


def _repair(tmp_path, lines):
    """Repair a document made of the first damaged cases and these lines."""
    path = tmp_path / "damaged.txt"
    path.write_text("\n".join([case["visual"] for case in CASES[:6]] + lines), encoding="utf-8")
    return tarikh.read(path, stages=("repair",))


def test_repair_well_ordered_text_passes_unchanged(tmp_path):
    lines = [case["logical"] for case in CASES] * 3
    path = tmp_path / "clean.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = tarikh.read(path, stages=("repair",))
    assert not doc.needs_repair
    assert [line.text for line in doc.lines] == [t.strip() for t in lines]
    assert not any(line.repaired for line in doc.lines)


def test_repair_detects_visual_order():
    assert needs_repair([case["visual"] for case in CASES])
    assert not needs_repair([case["logical"] for case in CASES])


def test_repair_keeps_source_and_maps_words_back(tmp_path):
    visual = "\n".join(case["visual"] for case in CASES)
    path = tmp_path / "damaged.txt"
    path.write_text(visual, encoding="utf-8")
    doc = tarikh.read(path, stages=("repair",))
    assert doc.source.text == visual  # the source is never changed
    repaired = [line for line in doc.lines if line.repaired]
    assert repaired, "damaged lines are marked as repaired"
    for line in repaired:
        for r_off, s_off, length in line.pieces:
            assert doc.source.text[s_off:s_off + length] == line.text[r_off:r_off + length]


def test_repair_flags_line_with_word_piece_at_its_edge(tmp_path):
    # the second line ends in "عل", the first letters of "على": the extraction
    # split the word, and the repair must say it is unsure rather than guess
    doc = _repair(tmp_path, ["وقد حاول الوزير الإشراف عل", "ى المفاوضات في لندن"])
    assert doc.lines[6].uncertain and doc.lines[7].uncertain
    assert not doc.lines[0].uncertain


def test_repair_rejoins_words_cut_between_chunks_with_the_documents_vocabulary(tmp_path):
    # "البريطانية" is used elsewhere in the document, so "الب" + "ريطانية" at
    # the two ends of a line read as one word once the chunks are reordered;
    # a chunk that opens with a lone letter was cut through a word
    doc = _repair(tmp_path, [
        "وقد رفضت الحكومة البريطانية المقترح",
        "ثم عادت الحكومة البريطانية إلى موقفها",
        "ة حزب المحافظين بين عامي ، بعد ذلك تولى زعام",
        "التفاصيل ينظر :لتروتسكي وثيقة تاريخية مهمة. للم",
        "للمزيد من التفاصيل حول الموضوع",
        "للمزيد عن الوفد",
    ])
    assert doc.lines[8].text == "، بعد ذلك تولى زعامة حزب المحافظين بين عامي"
    assert doc.lines[8].uncertain
    assert doc.lines[9].text == "لتروتسكي وثيقة تاريخية مهمة. للم التفاصيل ينظر :"


def test_repair_a_word_cut_in_two_marks_an_invisible_joint(tmp_path):
    # "ني" is the tail of "البريطاني", whose head ends the line: the chunk
    # holding the tail began there, so the line reads head + tail first
    doc = _repair(tmp_path, [
        "وصل الوفد البريطاني إلى موسكو",
        "ورحب الوفد البريطاني بالمقترح",
        'مما لا شك فيه أنه يتعين علينا أن نتعامل مع حالة ني، مضيفا: " الحزب البريطا',
    ])
    assert doc.lines[8].text == 'الحزب البريطاني، مضيفا: "مما لا شك فيه أنه يتعين علينا أن نتعامل مع حالة'


def test_repair_rotates_a_chunk_back_as_far_as_the_documents_word_pairs(tmp_path):
    # "يتي" + "السوفي" make "السوفييتي"; the chunk read first ends there and
    # reaches back over "الاتحاد", a pair the document writes elsewhere
    doc = _repair(tmp_path, [
        "وقد زار الوفد الاتحاد السوفييتي مرتين",
        "ثم عاد إلى الاتحاد السوفييتي في الربيع",
        "يتي الثالث بين عامي الاتحاد السوفي",
    ])
    assert doc.lines[8].text == "الاتحاد السوفييتي الثالث بين عامي"
    assert doc.lines[8].uncertain


def test_repair_a_lone_first_letter_ending_a_chunk_reads_from_its_clause(tmp_path):
    # "ع" + "لى" make "على"; the chunk read first runs from the comma before
    # the lone letter, so the line reads "، حصل على شهادة ... من جامعة"
    doc = _repair(tmp_path, ["لى شهادة البكالوريوس في القانون من جامعة ، حصل ع"])
    assert doc.lines[6].text == "، حصل على شهادة البكالوريوس في القانون من جامعة"
    assert doc.lines[6].uncertain


def test_repair_era_letters_after_years_are_no_sign_of_visual_order(tmp_path):
    # well-ordered Arabic writes "1925م" and "1345هـ": such a paper must pass unchanged
    lines = ["وقعت الحكومتان المعاهدة في عام 1925م بعد مفاوضات طويلة",
             "وفي سنة 1345هـ وصل الوفد إلى جدة",
             "واستمرت المحادثات حتى عام 1927م دون نتيجة",
             "ثم عاد الوزير إلى بلاده في عام 1928م"]
    path = tmp_path / "clean.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = tarikh.read(path, stages=("repair",))
    assert not doc.needs_repair
    assert [line.text for line in doc.lines] == lines


def test_repair_a_clean_text_with_a_stray_sign_is_left_alone(tmp_path):
    # one bracket glued to a word in thirty well-ordered lines is no extraction damage
    lines = [case["logical"] for case in CASES] * 3 + ["وقد ورد ذلك في التقرير (ص 12)وما بعدها"]
    path = tmp_path / "clean.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = tarikh.read(path, stages=("repair",))
    assert not doc.needs_repair
    assert doc.lines[-1].text == lines[-1]


def test_repair_text_with_every_character_in_visual_order(tmp_path):
    data = yaml.safe_load((Path(__file__).parent / "cases" / "repair" / "ar.yaml").read_text(encoding="utf-8"))
    cases = data["reversed_characters"]
    path = tmp_path / "reversed.txt"
    path.write_text("\n".join(c["visual"] for c in cases), encoding="utf-8")
    doc = tarikh.read(path, stages=("repair",))
    assert doc.needs_repair
    assert [line.text for line in doc.lines] == [c["logical"] for c in cases]
    assert all("reverse-characters" in line.steps for line in doc.lines)
