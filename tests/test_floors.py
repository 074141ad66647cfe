"""The evaluation on the seed paper and on the project's annotated papers
must not fall below the floors recorded in floors.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from paper_support import assert_gold_aligned, assert_not_below_floor, paper_figures

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"
SEED = SHARED / "seed" / "000_dbf04f8c2fe1d75f.txt"
LIMITS = yaml.safe_load((Path(__file__).with_name("floors.yaml")).read_text(encoding="utf-8"))
PAPERS = LIMITS.get("papers") or {}
OWN_GOLD = Path(__file__).parent / "gold"

needs_seed = pytest.mark.skipif(not (GOLD.is_dir() and SEED.is_file()),
                                reason=f"the shared gold and seed paper are not present at {SHARED}")


@pytest.fixture(scope="module")
def figures() -> dict[str, float | None]:
    return paper_figures(GOLD, SEED)


@needs_seed
@pytest.mark.parametrize("name, floor", sorted((LIMITS.get("floors") or {}).items()))
def test_floors_figure_not_below_floor(figures, name, floor):
    assert_not_below_floor(figures, name, floor)


@needs_seed
@pytest.mark.parametrize("name, ceiling", sorted((LIMITS.get("ceilings") or {}).items()))
def test_floors_figure_not_above_ceiling(figures, name, ceiling):
    assert figures.get(name) is not None, f"{name} is not reported"
    assert figures[name] <= ceiling, f"{name} = {figures[name]:.4f} rose above its ceiling {ceiling}"


@pytest.fixture(scope="module")
def paper_scores() -> dict[str, dict[str, float | None]]:
    return {key: paper_figures(OWN_GOLD / key, OWN_GOLD / key / row["paper"]) for key, row in PAPERS.items()}


@pytest.mark.parametrize("paper, name, floor",
                         [(key, name, floor) for key, row in sorted(PAPERS.items()) for name, floor in sorted(row["floors"].items())])
def test_floors_paper_figure_not_below_floor(paper_scores, paper, name, floor):
    assert_not_below_floor(paper_scores[paper], name, floor)


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_floors_paper_gold_files_are_valid_and_aligned(paper):
    row = PAPERS[paper]
    assert_gold_aligned(OWN_GOLD / paper, OWN_GOLD / paper / row["paper"], min_events=row["min_events"])
