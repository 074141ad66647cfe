"""Relations over time (issue 6): the course of each pair of states.

For each unordered pair of countries ("GBR-SUN") the events between them
(source and target countries differ) are bucketed by month: counts by quad
class, sum and mean Goldstein, and each point keeps its event ids and
evidence lines. Events dated only to a year are NOT spread over months:
they go to a separate yearly series (``years``), and undated events to
``undated``, so a month's figure only ever counts acts the text dates to it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .document import Document, Event
from .errors import UsageError

_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_YEAR = re.compile(r"^(\d{4})")
BAR_WIDTH = 20


def pair_key(a: str, b: str) -> str:
    return "-".join(sorted((a, b)))


def _period(e: Event) -> tuple[str, str | None]:
    value = (e.date or {}).get("value") or ""
    if m := _MONTH.match(value):
        return "months", f"{m.group(1)}-{m.group(2)}"
    if m := _YEAR.match(value):
        return "years", m.group(1)
    return "undated", None


def _point(period: str | None, events: list[Event]) -> dict[str, Any]:
    total = sum(e.goldstein for e in events)
    return {
        "period": period,
        "events": len(events),
        "quad": {str(q): sum(1 for e in events if e.quad_class == q) for q in (1, 2, 3, 4)},
        "goldstein_sum": round(total, 2),
        "goldstein_mean": round(total / len(events), 2) if events else 0.0,
        "event_ids": [e.id for e in events],
        "lines": sorted({e.line for e in events}),
    }


def series(events: list[Event]) -> dict[str, dict[str, Any]]:
    buckets: dict[str, dict[str, dict[str | None, list[Event]]]] = {}
    for e in events:
        src, tgt = (e.source or {}).get("country"), (e.target or {}).get("country")
        if not src or not tgt or src == tgt:
            continue
        kind, period = _period(e)
        buckets.setdefault(pair_key(src, tgt), {}).setdefault(kind, {}).setdefault(period, []).append(e)
    out: dict[str, dict[str, Any]] = {}
    for key, kinds in sorted(buckets.items()):
        out[key] = {kind: [_point(p, evs) for p, evs in sorted(kinds.get(kind, {}).items(), key=lambda x: x[0] or "")]
                    for kind in ("months", "years", "undated")}
    return out


def build_relations(doc: Document) -> Document:
    doc.relations = {
        "unit": "month",
        "note": "events dated only to a year are in 'years', undated ones in 'undated'; never spread over months",
        "pairs": series(doc.events),
    }
    return doc


def _bar(value: float, scale: float) -> str:
    n = int(round(abs(value) / scale * BAR_WIDTH)) if scale else 0
    if value < 0:
        return " " * (BAR_WIDTH - n) + "█" * n + "│" + " " * BAR_WIDTH
    return " " * BAR_WIDTH + "│" + "█" * n + " " * (BAR_WIDTH - n)


def table(key: str, data: dict[str, Any]) -> str:
    rows = data["months"] + data["years"] + data["undated"]
    scale = max((abs(r["goldstein_sum"]) for r in rows), default=0.0)
    out = [f"{key}: Goldstein sum per period (bars: negative to the left)",
           f"{'period':8} {'n':>3} {'q1':>3} {'q2':>3} {'q3':>3} {'q4':>3} {'sum':>7} {'mean':>6}  "
           f"{'chart':^{2 * BAR_WIDTH + 1}}  lines"]
    for r in rows:
        q = r["quad"]
        out.append(f"{r['period'] or 'undated':8} {r['events']:>3} {q['1']:>3} {q['2']:>3} {q['3']:>3} {q['4']:>3} "
                   f"{r['goldstein_sum']:>7.1f} {r['goldstein_mean']:>6.2f}  {_bar(r['goldstein_sum'], scale)}  "
                   f"{','.join(map(str, r['lines']))}")
    if data["months"]:
        low = min(data["months"], key=lambda r: r["goldstein_sum"])
        out.append(f"lowest month: {low['period']} (sum {low['goldstein_sum']:.1f}; events {', '.join(low['event_ids'])})")
    return "\n".join(out)


def render_relations(path: str, pair: str | None = None, fmt: str = "table") -> str:
    """Read a paper and render the course of one pair (or all pairs) of states."""
    from .pipeline import read

    doc = read(path)
    if not doc.relations:
        doc = build_relations(doc)
    pairs = doc.relations.get("pairs", {})
    if pair:
        parts = pair.upper().split("-")
        if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts):
            raise UsageError(f"--pair wants two ISO3 codes joined by '-', e.g. GBR-SUN (got {pair!r})")
        key = pair_key(*parts)
        pairs = {key: pairs.get(key, {"months": [], "years": [], "undated": []})}
    if fmt == "json":
        by_id = {e.id: e for e in doc.events}
        out = {k: {**v, "evidence": {i: by_id[i].evidence for kind in v.values() for pt in kind
                                     for i in pt["event_ids"] if i in by_id}} for k, v in pairs.items()}
        return json.dumps(out, ensure_ascii=False, indent=2)
    if not pairs:
        return "no events between two states"
    known = ", ".join(sorted(doc.relations.get("pairs", {}))) or "none"
    return "\n\n".join(table(k, v) if any(v.values()) else f"{k}: no events between these two states "
                         f"(pairs with events: {known})" for k, v in pairs.items())
