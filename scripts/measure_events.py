"""Score the event coder on the seed gold (contract rules), for development.

Usage: python scripts/measure_events.py [--errors] [SEED] [GOLD_DIR]

Runs the real pipeline (the stand-ins for the timex and actors layers are
gone: both layers are done; `tarikh eval` is the reference score). Prints coded /
dated / exact precision, recall and F1 (line +-2, CAMEO root, source and
target country; a gold null target accepts any).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import tarikh  # noqa: E402


def matches(s: dict, g: dict, level: str) -> bool:
    if abs(s["line"] - g["line"]) > 2 or s["cameo"][:2] != g["cameo"][:2]:
        return False
    if (s.get("source") or {}).get("country") != g["source"]["country"]:
        return False
    if g.get("target") and (s.get("target") or {}).get("country") != g["target"]["country"]:
        return False
    if level in ("dated", "exact"):
        gd, sd = g.get("date"), s.get("date")
        if gd and (not sd or sd["value"][:len(gd["value"])] != gd["value"]):
            return False
    if level == "exact" and s["cameo"] != g["cameo"]:
        return False
    return True


def score(sys_events: list[dict], gold: list[dict], level: str) -> tuple[float, float, float, list, list]:
    used: set[int] = set()
    hit_gold = []
    for g in gold:
        for i, s in enumerate(sys_events):
            if i not in used and matches(s, g, level):
                used.add(i)
                hit_gold.append(g["id"])
                break
    tp = len(used)
    p = tp / len(sys_events) if sys_events else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    missed = [g for g in gold if g["id"] not in hit_gold]
    false = [s for i, s in enumerate(sys_events) if i not in used]
    return p, r, f, missed, false


def main(argv: list[str]) -> int:
    errors = "--errors" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    seed = args[0] if args else str(ROOT.parent / "shared" / "seed" / "000_dbf04f8c2fe1d75f.txt")
    gold_dir = Path(args[1]) if len(args) > 1 else ROOT.parent / "shared" / "gold"
    doc = tarikh.read(seed, stages=("repair", "structure", "timex", "actors", "events"))
    events = [e.to_dict() for e in doc.events]
    visible = [e for e in events if e["line"] <= 184 or 525 <= e["line"] <= 631]
    gold = [json.loads(x) for x in open(gold_dir / "seed_events.jsonl", encoding="utf-8")]
    print(f"events: {len(events)} (lines 1-184: {len(visible)}), candidates: {len(doc.candidates)}")
    for level in ("coded", "dated", "exact"):
        p, r, f, missed, false = score(visible, gold, level)
        print(f"{level:6s} P={p:.2f} R={r:.2f} F1={f:.2f}")
    if errors:
        _, _, _, missed, false = score(visible, gold, "dated")
        for g in missed:
            print("MISS", g["id"], g["line"], g["cameo"], g["source"]["country"], (g.get("target") or {}).get("country"), (g.get("date") or {}).get("value"), g["evidence"])
        for s in false:
            print("FALSE", s["line"], s["cameo"], s["rule"], s["source"]["country"], (s.get("target") or {}).get("country"), (s.get("date") or {}).get("value"), s["evidence"][:80])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
