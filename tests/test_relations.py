"""Monthly relation series between pairs of states."""

from __future__ import annotations

from pathlib import Path

import pytest

from tarikh.document import Event
from tarikh.relations import series, table


def ev(i: int, value: str | None, goldstein: float, quad: int, src: str = "GBR", tgt: str = "SUN") -> Event:
    return Event(id=f"e{i}", line=i, cameo="161", goldstein=goldstein, quad_class=quad, plover=None,
                 source={"country": src}, target={"country": tgt},
                 date={"value": value, "mod": None} if value else None, evidence="x", rule="r")


def test_relations_pair_key_is_unordered_and_monthly() -> None:
    out = series([ev(1, "1927-05-26", -4.0, 4), ev(2, "1927-05", 3.0, 1, "SUN", "GBR")])
    months = out["GBR-SUN"]["months"]
    assert [m["period"] for m in months] == ["1927-05"] and months[0]["goldstein_sum"] == -1.0
    assert months[0]["event_ids"] == ["e1", "e2"] and months[0]["lines"] == [1, 2]


def test_relations_year_only_events_are_kept_apart() -> None:
    out = series([ev(1, "1926", -2.0, 3), ev(2, None, 1.0, 1)])["GBR-SUN"]
    assert out["months"] == [] and out["years"][0]["period"] == "1926" and out["undated"][0]["events"] == 1


def test_relations_same_side_events_are_not_a_pair() -> None:
    assert series([ev(1, "1927-05", -4.0, 4, "GBR", "GBR")]) == {}


def test_relations_table_draws_negative_bars_left() -> None:
    data = series([ev(1, "1927-05", -4.0, 4), ev(2, "1927-03", 2.0, 1)])["GBR-SUN"]
    text = table("GBR-SUN", data)
    row = next(line for line in text.splitlines() if line.startswith("1927-05"))
    assert "█│" in row and "lowest month: 1927-05" in text


SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_dbf04f8c2fe1d75f.txt"


@pytest.mark.skipif(not SEED.exists(), reason="the seed paper (../shared/seed) is not present in this checkout")
def test_relations_seed_rupture_is_the_lowest_month() -> None:
    import tarikh

    doc = tarikh.read(str(SEED))
    data = doc.relations["pairs"]["GBR-SUN"]
    months = data["months"]
    assert months[0]["period"] <= "1925-01" and months[-1]["period"] >= "1927-05"
    low = min(months, key=lambda r: r["goldstein_sum"])
    assert low["period"] == "1927-05"
    by_id = {e.id: e for e in doc.events}
    # each point is traceable: its events exist and lie on its evidence lines
    for point in months:
        assert point["event_ids"] and all(by_id[i].line in point["lines"] for i in point["event_ids"])
    assert any(by_id[i].cameo.startswith("16") for i in low["event_ids"])
