"""Shared checks for the hand-annotated papers under tests/gold/: their
figures against floors, and their gold files against the paper's lines."""

from __future__ import annotations

import json
from pathlib import Path

from tarikh.evaluate import evaluate, summary


def paper_figures(gold: Path, paper: Path) -> dict[str, float | None]:
    return summary(evaluate(gold, [paper]))


def assert_not_below_floor(figures: dict[str, float | None], name: str, floor: float) -> None:
    assert name in figures, f"{name} is no longer reported"
    assert (figures[name] or 0.0) >= floor, f"{name} = {figures[name]:.4f} fell below its floor {floor}"


def assert_gold_aligned(gold: Path, paper: Path, min_events: int) -> None:
    """Every gold date and event quotes its line of the paper; events have a tier."""
    lines = paper.read_text(encoding="utf-8").split("\n")
    stem = paper.stem
    for row in map(json.loads, (gold / f"{stem}_timex.jsonl").read_text(encoding="utf-8").splitlines()):
        assert row["text"] in lines[row["line"] - 1], row
    events = [json.loads(x) for x in (gold / f"{stem}_events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(events) >= min_events
    for row in events:
        assert row["evidence"] in lines[row["line"] - 1], row
        assert row["tier"] in ("core", "extended")
