"""The scorer on small hand-made gold/system pairs (no pipeline involved)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tarikh.errors import GoldError
from tarikh.evaluate import run_eval
from tarikh.evaluate.gold import pair_inputs
from tarikh.evaluate.layers import (date_matches, score_citations, score_events, score_organizations, score_persons,
                                    score_reading, score_timexes)
from tarikh.evaluate.matching import max_matching
from tarikh.evaluate.wer import wer


def tx(line, value, mod=None, kind="date"):
    return {"line": line, "value": value, "mod": mod, "kind": kind, "text": value}


def ev(line, cameo, src, tgt, date=None, tier="core"):
    return {"line": line, "cameo": cameo, "source": {"country": src}, "tier": tier,
            "target": None if tgt is None else {"country": tgt}, "date": None if date is None else {"value": date}}


@pytest.mark.parametrize("offset, matched", [(0, 1), (2, 1), (-2, 1), (3, 0), (-3, 0)])
def test_eval_timex_line_tolerance_is_two(offset, matched):
    score = score_timexes([tx(10, "1925")], [tx(10 + offset, "1925")])
    assert score.matched == matched


def test_eval_timex_value_and_mod_must_agree():
    assert score_timexes([tx(5, "1927", "START")], [tx(5, "1927")]).matched == 0
    assert score_timexes([tx(5, "1927", "START")], [tx(5, "1927", "START")]).matched == 1


def test_eval_timex_matching_is_one_to_one():
    score = score_timexes([tx(10, "1925")], [tx(10, "1925"), tx(11, "1925")])
    assert (score.matched, score.system) == (1, 2)
    assert score.precision == 0.5 and score.recall == 1.0


def test_eval_timex_matching_is_not_greedy():
    # the first system item could take either gold; a greedy pass would leave gold 2 unmatched
    gold = [tx(10, "1925"), tx(14, "1925")]
    system = [tx(12, "1925"), tx(9, "1925")]
    assert score_timexes(gold, system).matched == 2


@pytest.mark.parametrize("kind, value", [("anaphoric", "1925"), ("relative", "1925-01"), ("future", "FUTURE_REF"),
                                         ("duration", "P40Y"), ("date", "REL")])
def test_eval_timex_neutral_kinds_earn_and_cost_nothing(kind, value):
    gold = [tx(10, value, kind=kind), tx(30, "1926")]
    # a right value, a wrong value near the neutral item: neither counts
    for sys_value in (value, "1999"):
        score = score_timexes(gold, [tx(11, sys_value), tx(30, "1926")])
        assert (score.gold, score.system, score.matched, score.neutral) == (1, 1, 1, 1)
        assert score.f1 == 1.0


def test_eval_timex_neutral_absorbs_only_one_system_item():
    score = score_timexes([tx(10, "FUTURE_REF", kind="future")], [tx(10, "FUTURE_REF"), tx(11, "1925")])
    assert (score.system, score.neutral) == (1, 1)


@pytest.mark.parametrize("gold, system, ok", [
    ("1925", "1925", True), ("1925", "1925-01", True), ("1925-01", "1925-01-04", True),
    ("1925-01-04", "1925-01", False), ("1925", "1926", False), ("1925", "1925/1927", False),
    ("1925-01", None, False), (None, "1925", True),
])
def test_eval_event_date_at_gold_precision_or_finer(gold, system, ok):
    assert date_matches(gold, system) is ok


def _by_layer(scores):
    return {s.layer: s for s in scores}


def test_eval_event_levels():
    gold = [ev(81, "016", "SUN", "GBR", "1925-01")]
    s = _by_layer(score_events(gold, [ev(82, "0163", "SUN", "GBR", "1925-01-04")]))
    assert (s["events/coded"].matched, s["events/dated"].matched, s["events/exact"].matched) == (1, 1, 0)
    s = _by_layer(score_events(gold, [ev(81, "016", "SUN", "GBR", "1924")]))
    assert (s["events/coded"].matched, s["events/dated"].matched) == (1, 0)


@pytest.mark.parametrize("system_target", [None, "GBR", "FRA"])
def test_eval_event_null_gold_target_accepts_any(system_target):
    score = _by_layer(score_events([ev(125, "090", "GBR", None)], [ev(125, "090", "GBR", system_target)]))
    assert score["events/exact"].matched == 1


def test_eval_event_target_and_source_must_agree():
    gold = [ev(10, "111", "GBR", "SUN")]
    assert _by_layer(score_events(gold, [ev(10, "111", "GBR", "GBR")]))["events/coded"].matched == 0
    assert _by_layer(score_events(gold, [ev(10, "111", "SUN", "SUN")]))["events/coded"].matched == 0
    assert _by_layer(score_events(gold, [ev(10, "120", "GBR", "SUN")]))["events/coded"].matched == 0


def test_eval_event_core_counts_only_core():
    gold = [ev(10, "111", "GBR", "SUN", tier="core"), ev(20, "020", "GBR", "GBR", tier="extended")]
    system = [ev(10, "111", "GBR", "SUN", tier=None), ev(20, "020", "GBR", "GBR", tier=None)]
    core = _by_layer(score_events(gold, system))["events/core/dated"]
    assert (core.gold, core.system, core.matched) == (1, 1, 1)


def test_eval_persons_match_by_folded_arabic_or_english_name():
    gold = [{"category": "historical", "name_en": "Austen Chamberlain", "name_ar": "أوستن تشامبرلين",
             "aliases_ar": ["تشامبرلين"], "birth_year": 1863, "death_year": 1937,
             "roles": [{"role": "Foreign Secretary", "start_year": 1924, "end_year": 1929}]},
            {"category": "historical", "name_en": None, "name_ar": "زينوفييف", "aliases_ar": []},
            {"category": "cited_author", "name_en": "David Burke", "name_ar": None, "aliases_ar": []}]
    system = [{"type": "person", "name": "AUSTEN CHAMBERLAIN", "birth_year": 1863, "death_year": 1940,
               "roles": [{"role": "FS", "start": "1924", "end": "1929"}]},
              {"type": "person", "name": "Zinoviev", "name_ar": "زينوفيِيف"},  # a kasra: folded away
              {"type": "person", "name": "David Burke"},  # a cited author: neutral
              {"type": "state", "name": "Britain"}]
    score = score_persons(gold, system)
    assert (score.gold, score.system, score.matched, score.neutral) == (2, 2, 2, 1)
    assert score.ratio("life_years_accuracy") == 0.5
    assert score.ratio("roles_recall") == 1.0


def test_eval_organizations_codes_and_borderline():
    gold = [{"type": "state", "name_en": "United Kingdom (Britain)", "name_ar": "بريطانيا", "aliases_ar": [],
             "country": "GBR"},
            {"type": "other", "name_en": "Nobel Peace Prize", "name_ar": "جائزة نوبل للسلام", "aliases_ar": [],
             "borderline": True}]
    system = [{"type": "state", "name": "Britain", "code": "GBR"},
              {"type": "organization", "name": "Nobel Peace Prize"}]
    score = score_organizations(gold, system)
    assert (score.gold, score.system, score.matched, score.neutral) == (1, 1, 1, 1)
    assert score.ratio("code_accuracy") == 1.0


def test_eval_citations_by_footnote_op_cit_and_resolution():
    gold = [{"n": 14, "line_start": 615, "cited_works": [{"author": "Gill Bennett", "op_cit": True,
                                                          "resolves_to_footnote": 11}]}]
    right = [{"n": 14, "start_line": 615, "citations": [{"op_cit": True, "resolves_to": 11}]}]
    wrong = [{"n": 14, "start_line": 615, "citations": [{"op_cit": True, "resolves_to": None}]}]
    assert score_citations(gold, right).f1 == 1.0
    assert score_citations(gold, wrong).matched == 0


@pytest.mark.parametrize("ref, hyp, rate", [("a b c d", "a b c d", 0.0), ("a b c d", "a c b d", 0.5),
                                            ("a b c d", "a b c", 0.25), ("a b", "a x b", 0.5), ("a", "", 1.0)])
def test_eval_wer(ref, hyp, rate):
    assert wer(ref, hyp) == pytest.approx(rate)


def test_eval_reading_order_joins_lines_of_the_range():
    gold = [{"id": "R1", "lines": [1, 2], "text": "a b c d"}, {"id": "R2", "lines": [4, 4], "text": "e f"}]
    lines = [{"n": 1, "text": "a b"}, {"n": 2, "text": " c d "}, {"n": 3, "text": ""}, {"n": 4, "text": "f e"}]
    score = score_reading(gold, lines)
    assert score.ratio("mean_wer") == pytest.approx(0.5)
    assert score.ratio("share_wer_le_0.05") == 0.5


def test_eval_max_matching_is_maximum():
    pairs = max_matching([1, 2, 3], [1, 2, 3], lambda g, s: s <= g)
    assert len(pairs) == 3


def _write_set(folder: Path, name: str) -> None:
    (folder / f"{name}_timex.jsonl").write_text(json.dumps(tx(1, "1925")) + "\n", encoding="utf-8")


def test_eval_pairs_by_stem_manifest_and_single_set(tmp_path):
    doc = tmp_path / "paper.txt"
    doc.write_text("1925\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    _write_set(gold, "seed")
    assert pair_inputs(gold, [doc])[0][0][1].name == "seed"  # one set, one input
    _write_set(gold, "paper")
    assert pair_inputs(gold, [doc])[0][0][1].name == "paper"  # named after the stem
    (gold / "gold.yaml").write_text("documents:\n  paper.txt: seed\n", encoding="utf-8")
    assert pair_inputs(gold, [doc])[0][0][1].name == "seed"  # the manifest wins


def test_eval_missing_gold_dir_raises(tmp_path):
    with pytest.raises(GoldError):
        run_eval(tmp_path / "absent", [tmp_path / "x.txt"])


def test_eval_runs_on_a_small_document(tmp_path):
    doc = tmp_path / "paper.txt"
    doc.write_text("Britain and the Soviet Union in 1925.\n", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "paper_repaired.jsonl").write_text(
        json.dumps({"id": "R1", "lines": [1, 1], "text": "Britain and the Soviet Union in 1925."}) + "\n",
        encoding="utf-8")
    out = json.loads(run_eval(gold, [doc], fmt="json"))
    assert out[0]["layers"]["reading_order"]["mean_wer"] == 0.0
    assert "reading_order" in run_eval(gold, [doc], errors=True)


def test_eval_counts_system_items_only_where_the_gold_annotates(tmp_path):
    from tarikh.evaluate import score_document
    from tarikh.evaluate.gold import GoldSet

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "part_repaired.jsonl").write_text(
        "\n".join(json.dumps({"id": f"R{i}", "lines": [a, b], "text": "x"}) for i, (a, b) in
                  enumerate([(1, 10), (12, 20), (60, 70)])), encoding="utf-8")
    (gold_dir / "part_timex.jsonl").write_text(json.dumps(tx(5, "1925")) + "\n", encoding="utf-8")
    gold = GoldSet("part", {"repaired": gold_dir / "part_repaired.jsonl", "timexes": gold_dir / "part_timex.jsonl"})
    assert gold.coverage() == [(1, 20), (60, 70)]
    system = {"timexes": [tx(5, "1925"), tx(40, "1926"), tx(65, "1927")], "lines": []}
    timex = next(s for s in score_document(system, gold) if s.layer == "timexes")
    assert (timex.matched, timex.system) == (1, 2)  # line 40 lies outside the annotated part


def test_eval_goes_on_past_a_bad_input(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("good", "bad"):
        (gold / f"{stem}_repaired.jsonl").write_text(
            json.dumps({"id": "R1", "lines": [1, 1], "text": "Britain in 1925."}) + "\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Britain in 1925.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    out = json.loads(run_eval(gold, [good, bad], fmt="json"))
    assert out[0]["layers"]["reading_order"]["mean_wer"] == 0.0
    assert any("bad.txt" in note and "not scored" in note for r in out for note in r.get("notes", []))
