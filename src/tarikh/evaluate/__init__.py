"""Scoring the pipeline against gold annotations (``tarikh eval``).

The rules are those of ``shared/contract.md``; ``docs/gold-format.md``
describes the gold files and how an input is paired with its gold.

- :func:`run_eval` reads each input with the pipeline, scores it and renders
  the result; :func:`evaluate` returns the scores as data.
- :func:`score_document` scores one document (as ``Document.to_dict()``)
  against one gold set, without running anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from ..errors import GoldError, TarikhError
from .gold import GoldSet, pair_inputs
from .layers import (score_citations, score_events, score_footnote_refs, score_footnotes, score_organizations,
                     score_persons, score_reading, score_sections, score_timexes)
from .matching import Score
from .report import render_json, render_table

__all__ = ["run_eval", "evaluate", "score_document", "Score", "summary"]


def within(items: list[Mapping[str, Any]], coverage: list[tuple[int, int]] | None,
           tolerance: int = 2) -> list[Mapping[str, Any]]:
    """System items on lines the gold annotates (a found item elsewhere is
    neither right nor wrong: nobody has said what is there)."""
    if coverage is None:
        return list(items)
    return [i for i in items if any(a - tolerance <= i.get("line", 0) <= b + tolerance for a, b in coverage)]


def score_document(doc: Mapping[str, Any], gold: GoldSet) -> list[Score]:
    """Every layer the gold set has, in a fixed order."""
    scores: list[Score] = []
    coverage = gold.coverage()
    if gold.has("timexes"):
        scores.append(score_timexes(gold.rows("timexes"), within(doc.get("timexes") or [], coverage)))
    if gold.has("events"):
        scores.extend(score_events(gold.rows("events"), within(doc.get("events") or [], coverage)))
    entities = doc.get("entities") or []
    if gold.has("persons"):
        scores.append(score_persons(gold.rows("persons"), entities))
    if gold.has("organizations"):
        scores.append(score_organizations(gold.rows("organizations"), entities))
        scores.append(score_organizations(gold.rows("organizations"), entities, states_only=True))
    structure = doc.get("structure") or {}
    if gold.has("structure"):
        gs = gold.structure()
        scores.append(score_sections(gs.get("sections") or [], structure.get("sections") or []))
        scores.append(score_footnote_refs(gs.get("footnote_refs") or [], structure.get("footnote_refs") or []))
    if gold.has("citations"):
        scores.append(score_footnotes(gold.rows("citations"), structure.get("footnotes") or []))
        scores.append(score_citations(gold.rows("citations"), structure.get("footnotes") or []))
    if gold.has("repaired"):
        scores.append(score_reading(gold.rows("repaired"), doc.get("lines") or []))
    return scores


def evaluate(gold_dir: str | Path, files: list[str | Path]) -> list[dict[str, Any]]:
    """Scores per input file, plus a ``total`` entry (micro-averaged) when there are several."""
    from .runner import read_for_eval

    pairs, unpaired = pair_inputs(gold_dir, list(files))
    results: list[dict[str, Any]] = []
    for path, gold in pairs:
        try:
            doc, notes = read_for_eval(path)
        except TarikhError as exc:  # a bad file is reported and the others are scored
            unpaired.append(f"{path}: not scored: {exc.one_line()}")
            continue
        results.append({"document": str(path), "gold_set": gold.name, "notes": notes,
                        "scores": score_document(doc.to_dict(), gold)})
    if not results:
        raise GoldError("no input could be scored: " + "; ".join(unpaired))
    if len(results) > 1:
        total: dict[str, Score] = {}
        for r in results:
            for s in r["scores"]:
                total.setdefault(s.layer, Score(s.layer, metric=s.metric)).add(s)
        results.append({"document": "total", "gold_set": None, "notes": unpaired, "scores": list(total.values())})
    elif unpaired:
        results[0]["notes"] = results[0]["notes"] + unpaired
    return results


def summary(results: list[dict[str, Any]]) -> dict[str, float | None]:
    """Flat ``{"layer.figure": value}`` of the last result (the total), for floors and benches."""
    out: dict[str, float | None] = {}
    for s in results[-1]["scores"]:
        if s.metric == "prf":
            out[f"{s.layer}.precision"] = s.precision
            out[f"{s.layer}.recall"] = s.recall
            out[f"{s.layer}.f1"] = s.f1
        for name in s.ratios:
            out[f"{s.layer}.{name}"] = s.ratio(name)
    return out


def run_eval(gold_dir: str | Path, files: list[str | Path], errors: bool = False, fmt: str = "table") -> str:
    results = evaluate(gold_dir, files)
    if fmt == "json":
        return render_json(results, errors)
    return "".join(render_table(f"{r['document']}" + (f" (gold: {r['gold_set']})" if r["gold_set"] else ""),
                                r["scores"], r["notes"], errors) for r in results)
