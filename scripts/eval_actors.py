"""Score the actors stage on the seed paper (a stand-in until `tarikh eval`).

    .venv/bin/python scripts/eval_actors.py [SHARED_DIR]

Persons follow ../shared/contract.md: a system person matches a gold
`historical` person when the English names agree case-folded or the Arabic
names agree after tarikh.normalize.fold. Reported: P/R/F1, life years right
among matched persons that have them, dated offices found among those listed,
organizations/states and (separately) places, treaties, documents and named
events of the gold found by Arabic name, and the stage's time.
Passages come from the structure stage when it runs, else from a plain
paragraph/footnote split of the repaired lines.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import tarikh
from tarikh.actors import recognize_document
from tarikh.document import Passage
from tarikh.normalize import fold

ROOT = Path(__file__).resolve().parents[1]


def fallback_passages(doc) -> list[Passage]:
    """Body paragraphs end at a full stop; footnotes start at "(n)"."""
    passages, run, kind, number = [], [], "body", None
    notes = False

    def flush():
        nonlocal run
        if run:
            passages.append(Passage.from_lines(kind, "ar", run, footnote=number))
        run = []

    for line in doc.lines:
        text = line.text.strip()
        if not text:
            continue
        if text == "الهوامش":
            flush()
            notes, kind = True, "footnote"
            continue
        m = re.match(r"^\(\s*(\d+)\s*\)", text)
        if notes and m:
            flush()
            number = int(m.group(1))
        run.append(line)
        if not notes and text.endswith("."):
            flush()
    flush()
    return passages


def prepare(path: Path):
    try:
        doc = tarikh.read(path, stages=("repair", "structure"))
        if not doc.passages:
            raise ValueError("no passages")
        how = "structure stage"
    except Exception as exc:  # the structure stage may not be there yet
        doc = tarikh.read(path, stages=("repair",))
        doc.passages = fallback_passages(doc)
        how = f"fallback passages ({type(exc).__name__})"
    return doc, how


def score(shared: Path) -> dict:
    doc, how = prepare(shared / "seed" / "000_dbf04f8c2fe1d75f.txt")
    recognize_document(doc)  # warm the tables once
    t = time.perf_counter()
    recognize_document(doc)
    elapsed = time.perf_counter() - t
    gold = [json.loads(l) for l in open(shared / "gold" / "seed_persons.jsonl", encoding="utf-8")]
    gold = [g for g in gold if g["category"] == "historical"]
    system = [e for e in doc.entities if e.type == "person" and e.category != "cited_author"]
    matched, used = [], set()
    for g in gold:
        g_ar = {fold(x) for x in [g.get("name_ar"), g.get("name_ar_full")] if x}
        for e in system:
            if e.id in used:
                continue
            if (g.get("name_en") and fold(g["name_en"]) == fold(e.name)) or (e.name_ar and fold(e.name_ar) in g_ar):
                matched.append((g, e))
                used.add(e.id)
                break
    tp = len(matched)
    p = tp / len(system) if system else 0.0
    r = tp / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    with_years = [(g, e) for g, e in matched if g.get("birth_year") or g.get("death_year")]
    years_ok = [1 for g, e in with_years if g.get("birth_year") == e.birth_year and g.get("death_year") == e.death_year]
    roles_total = roles_ok = 0
    for g, e in matched:
        for role in g["roles"]:
            if role.get("start_year") and role.get("end_year"):
                roles_total += 1
                if any(str(role["start_year"]) == str(x.get("start")) and str(role["end_year"]) == str(x.get("end")) for x in e.roles):
                    roles_ok += 1
    orgs = [json.loads(l) for l in open(shared / "gold" / "seed_organizations_places.jsonl", encoding="utf-8")]
    wanted = [o for o in orgs if o["type"] in ("state", "party", "government_body", "international_org") and o.get("name_ar")]
    names = {fold(x) for e in doc.entities if e.type != "person" for x in [e.name_ar or "", *e.aliases]}
    found = [o for o in wanted if fold(o["name_ar"]) in names or any(fold(a) in names for a in o.get("aliases_ar", []))]
    # places, treaties, documents and named events of the gold (not bibliographic-only, not optional)
    others = [o for o in orgs if o["type"] in ("city", "region", "treaty", "document", "event")
              and o.get("name_ar") and not o.get("borderline")]
    others_found = [o for o in others if fold(o["name_ar"]) in names or any(fold(a) in names for a in o.get("aliases_ar", []))]
    return {
        "passages": how,
        "persons": {"gold": len(gold), "system": len(system), "matched": tp, "P": round(p, 3), "R": round(r, 3), "F1": round(f1, 3)},
        "missed": [g.get("name_en") or g.get("name_ar") for g in gold if all(g is not x for x, _ in matched)],
        "spurious": [f"{e.name} / {e.name_ar}" for e in system if e.id not in used],
        "life_years": f"{len(years_ok)}/{len(with_years)}",
        "dated_offices": f"{roles_ok}/{roles_total}",
        "orgs_states_by_arabic_name": f"{len(found)}/{len(wanted)}",
        "orgs_missed": [o["name_ar"] for o in wanted if o not in found],
        "places_things_by_arabic_name": f"{len(others_found)}/{len(others)}",
        "places_things_missed": [o["name_ar"] for o in others if o not in others_found],
        "entities": len(doc.entities),
        "mentions": len(doc.mentions),
        "seconds": round(elapsed, 4),
    }


if __name__ == "__main__":
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    json.dump(score(shared), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
