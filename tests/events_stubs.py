"""Stand-ins for the timex and actors layers, for event tests and measurement.

Test-only: the library never uses these. They let the event coder be
developed and checked while the real layers are empty.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tarikh.document import Document, Entity, Mention, Timex
from tarikh.events.lexicon import fold_with_map, fold_phrase

STUB = Path(__file__).parent / "cases" / "events" / "seed_actor_stub.yaml"


def stub_actors(doc: Document, table: dict[str, list[str]] | None = None) -> None:
    table = table or yaml.safe_load(STUB.read_text(encoding="utf-8"))
    phrases = sorted(((ph, c) for c, lst in table.items() for ph in lst), key=lambda x: -len(x[0]))
    entities: dict[str, Entity] = {}
    for p, passage in enumerate(doc.passages):
        if passage.kind in ("footnote",):
            continue
        folded, index = fold_with_map(passage.text, passage.lang)
        taken: list[tuple[int, int]] = []
        for phrase, country in phrases:
            key = fold_phrase(phrase, passage.lang)
            pat = re.compile(r"(?<![^\s\"(وفبلك])" + re.escape(key) + r"(?!\w)")
            for m in pat.finditer(folded):
                s, e = index[m.start()], index[m.end()]
                if any(not (e <= a or s >= b) for a, b in taken):
                    continue
                taken.append((s, e))
                eid = "x_" + fold_phrase(phrase, "ar")
                ent = entities.setdefault(eid, Entity(id=eid, type="organization", name=phrase, country=country))
                doc.mentions.append(Mention(ent.id, p, s, e, passage.text[s:e], passage.line_at(s)))
    doc.entities.extend(entities.values())


def stub_timexes(doc: Document, gold_path: Path) -> None:
    """Gold timexes placed at the offset of their year digits in the passage holding their line."""
    for row in map(json.loads, open(gold_path, encoding="utf-8")):
        if row.get("in_footnote") or row.get("value") in (None, "REL"):
            continue
        for p, passage in enumerate(doc.passages):
            if not (passage.first_line <= row["line"] <= passage.last_line):
                continue
            anchor = next((off for off, n in passage.anchors if n == row["line"]), 0)
            year = re.search(r"1[89]\d\d", row["text"])
            pos = passage.text.find(year.group(0), anchor) if year else -1
            if pos < 0:
                pos = anchor
            doc.timexes.append(Timex(id=row["id"], line=row["line"], text=row["text"], value=row["value"],
                                     mod=row.get("mod"), kind=row.get("kind", "date"), passage=p,
                                     start=pos, end=pos + 4))
            break
