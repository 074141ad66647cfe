"""Monthly relation series between pairs of states."""

from __future__ import annotations

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
