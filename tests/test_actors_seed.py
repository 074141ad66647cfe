"""The actors stage on the seed paper against its gold (contract.md scoring)."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from actors_support import SHARED

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "seed_persons.jsonl").exists(),
                                reason=f"seed gold not found at {SHARED} (the shared folder sits next to the repo)")


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("eval_actors", ROOT / "scripts" / "eval_actors.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score(SHARED)


def test_actors_seed_person_f1(report):
    assert report["persons"]["F1"] >= 0.90, report


def test_actors_seed_life_years(report):
    ok, total = (int(x) for x in report["life_years"].split("/"))
    assert ok >= 0.95 * total, report


def test_actors_seed_dated_offices(report):
    ok, total = (int(x) for x in report["dated_offices"].split("/"))
    assert ok >= 0.80 * total, report


def test_actors_seed_organizations_and_states(report):
    ok, total = (int(x) for x in report["orgs_states_by_arabic_name"].split("/"))
    assert ok >= 0.85 * total, report


def test_actors_seed_places_and_named_things(report):
    ok, total = (int(x) for x in report["places_things_by_arabic_name"].split("/"))
    assert ok >= 0.85 * total, report


def test_actors_seed_speed(report):
    assert report["seconds"] < 0.2, report
