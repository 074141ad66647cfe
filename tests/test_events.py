"""The event coder on sentence cases (tests/cases/events/{ar,en}.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tarikh.document import Document, Line, Passage, Source, Timex
from tarikh.events import code_document

from tarikh.actors import recognize_document

CASES = Path(__file__).parent / "cases" / "events"


def _cases(lang: str) -> list:
    data = yaml.safe_load((CASES / f"{lang}.yaml").read_text(encoding="utf-8"))
    return [pytest.param(lang, c, id=f"{lang}:{c['label']}") for c in data]


def build(lang: str, case: dict) -> Document:
    text = case["text"]
    doc = Document(source=Source("case", text, "utf-8", "text"), lines=[Line(1, 0, len(text), text, text)])
    doc.passages = [Passage("body", lang, text, [(0, 1)], section=0)]
    # the real actors layer names the actors (the case's `actors` say what it should find)
    recognize_document(doc)
    for i, (phrase, value) in enumerate((case.get("dates") or {}).items()):
        start = text.index(phrase)
        doc.timexes.append(Timex(f"t{i}", 1, phrase, value, passage=0, start=start, end=start + len(phrase)))
    return code_document(doc)


@pytest.mark.parametrize("lang,case", _cases("ar") + _cases("en"))
def test_events_case(lang: str, case: dict) -> None:
    doc = build(lang, case)
    if "candidate" in case:
        assert not doc.events
        assert any(case["candidate"] in c["reason"] for c in doc.candidates)
        return
    if "absent" in case:  # the sentence holds no act of this code
        assert not [e for e in doc.events if e.cameo == case["absent"]], [e.to_dict() for e in doc.events]
        return
    want = case["expect"]
    got = [(e.cameo, e.source["country"], (e.target or {}).get("country")) for e in doc.events]
    assert (want["cameo"], want["source"], want.get("target")) in got
    if "not_expect" in case:  # an act the sentence must not be read as
        wrong = case["not_expect"]
        assert (wrong["cameo"], wrong["source"], wrong.get("target")) not in got
    if "date" in want:
        ev = next(e for e in doc.events if e.cameo == want["cameo"])
        if want["date"] is None:  # no date of its own, and none from the story
            assert ev.date is None
        else:
            assert ev.date and ev.date["value"] == want["date"]


def test_events_carry_rule_evidence_line_and_tier() -> None:
    doc = build("ar", yaml.safe_load((CASES / "ar.yaml").read_text(encoding="utf-8"))[0])
    ev = doc.events[0]
    assert ev.rule == "ar.sever.001" and ev.line == 1 and ev.tier == "core"
    assert "العلاقات" in ev.evidence and ev.quad_class == 4 and ev.goldstein < 0


def test_events_abstract_act_dated_in_its_own_clause_is_not_the_bodys() -> None:
    from tarikh.document import Event
    from tarikh.events.coder import drop_abstract_repeats

    def ev(line: int, value: str) -> Event:
        return Event(id="", line=line, cameo="046", goldstein=1.0, quad_class=1, plover=None,
                     source={"country": "GBR"}, target={"country": "SUN"},
                     date={"value": value, "mod": None}, evidence="x", rule="r")

    conference, later, repeat = ev(11, "1924"), ev(140, "1925-02"), ev(12, "1925")
    kinds = {id(conference): ("abstract", "ar", True), id(later): ("body", "ar", False),
             id(repeat): ("abstract", "ar", False)}
    kept = drop_abstract_repeats([conference, later, repeat], kinds)
    assert conference in kept and later in kept and repeat not in kept


def test_events_sentence_opening_date_dates_the_main_act_not_the_next_clause() -> None:
    # "On 3 December ... announced the withdrawal ..., and ... left Beirut on
    # 22 December": each act keeps its own date, and neither swallows the other
    text = ("On 3 December the Foreign Secretary, Selwyn Lloyd, announced the withdrawal of the French forces, "
            "and the last British troops left Beirut on 22 December 1946.")
    doc = build("en", {"text": text, "dates": {"3 December": "1946-12-03", "22 December 1946": "1946-12-22"}})
    # the announced withdrawal is the intent to withdraw (0356); the troops leaving is the act
    dated = sorted((e.date["value"], e.cameo) for e in doc.events if e.cameo in ("0356", "0874") and e.date)
    assert dated == [("1946-12-03", "0356"), ("1946-12-22", "0874")]


def test_the_paper_title_orders_its_two_sides(tmp_path) -> None:
    """France is named more often, but the title tells the story from Syria:
    talks with no party named run from the Syrian side."""
    import tarikh

    text = ("العلاقات السورية الفرنسية 1936 – 1946\n\nالمقدمة\n"
            "وفي آذار 1936 قابلت الحكومة الفرنسية الحكومة السورية، ثم أعلنت فرنسا أنها تريد معاهدة مع سوريا، "
            "وأيدت الحكومة الفرنسية ذلك.\n\nوفي حزيران 1936 استؤنفت المفاوضات في باريس.\n")
    path = tmp_path / "syria.txt"
    path.write_text(text, encoding="utf-8")
    doc = tarikh.read(path)
    talks = [e for e in doc.events if e.cameo == "046"]
    assert talks and (talks[-1].source["country"], talks[-1].target["country"]) == ("SYR", "FRA")


def test_sentences_run_on_past_initials_and_titles() -> None:
    from tarikh.events.clauses import sentences

    text = "On 15 April 1947 George C. Marshall met Stalin. Mr. Bevin left. It ended World War I. In 1920 peace came."
    got = [text[s.start:s.end].strip() for s in sentences(text)]
    assert got == ["On 15 April 1947 George C. Marshall met Stalin.", "Mr. Bevin left.", "It ended World War I.",
                   "In 1920 peace came."]


def test_a_date_told_outright_dates_an_act_over_meanwhile(tmp_path) -> None:
    import tarikh

    text = ("The Berlin Blockade\n\n1. The Blockade\nLater in July 1948 the Soviet authorities offered to feed the "
            "Berliners. Meanwhile, on 4 April 1949, the United States, Britain and France had signed the North "
            "Atlantic Treaty.\n")
    path = tmp_path / "berlin.txt"
    path.write_text(text, encoding="utf-8")
    signed = [e for e in tarikh.read(path).events if e.cameo == "057"]
    assert signed and all(e.date and e.date["value"] == "1949-04-04" for e in signed)
