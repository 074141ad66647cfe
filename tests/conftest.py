"""Shared fixtures: the seed paper and its gold, when ../shared is present."""

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_dbf04f8c2fe1d75f.txt"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("the seed paper is not here (../shared/seed is absent outside the team's machines)")
    return SEED


@pytest.fixture(scope="session")
def seed_structure_doc(seed_path):
    import tarikh

    return tarikh.read(seed_path, stages=("repair", "structure"))


@pytest.fixture(scope="session")
def gold_structure() -> dict:
    path = GOLD / "seed_structure.json"
    if not path.exists():
        pytest.skip("the seed gold is not here (../shared/gold is absent)")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def gold_citations() -> list[dict]:
    path = GOLD / "seed_citations.jsonl"
    if not path.exists():
        pytest.skip("the seed gold is not here (../shared/gold is absent)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
