"""The evaluation on the seed paper must not fall below the recorded floors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold"
SEED = SHARED / "seed" / "000_dbf04f8c2fe1d75f.txt"
LIMITS = yaml.safe_load((Path(__file__).with_name("floors.yaml")).read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (GOLD.is_dir() and SEED.is_file()),
                                reason=f"the shared gold and seed paper are not present at {SHARED}")


@pytest.fixture(scope="module")
def figures() -> dict[str, float | None]:
    from tarikh.evaluate import evaluate, summary

    return summary(evaluate(GOLD, [SEED]))


@pytest.mark.parametrize("name, floor", sorted((LIMITS.get("floors") or {}).items()))
def test_floors_figure_not_below_floor(figures, name, floor):
    assert name in figures, f"{name} is no longer reported (figures: {sorted(figures)})"
    assert (figures[name] or 0.0) >= floor, f"{name} = {figures[name]:.4f} fell below its floor {floor}"


@pytest.mark.parametrize("name, ceiling", sorted((LIMITS.get("ceilings") or {}).items()))
def test_floors_figure_not_above_ceiling(figures, name, ceiling):
    assert figures.get(name) is not None, f"{name} is not reported"
    assert figures[name] <= ceiling, f"{name} = {figures[name]:.4f} rose above its ceiling {ceiling}"
