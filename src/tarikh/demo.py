"""The demo: run the whole pipeline on the bundled sample paper and summarize it.

``tarikh demo`` prints what :func:`run_demo` returns; it is the first thing a
new user runs, so the summary names what each layer found in plain words and
shows a few examples of each, with the source line they stand on.
"""

from __future__ import annotations

from importlib import resources
from typing import Any, Iterable

from .document import Document, Entity, Event, Timex

SAMPLE = "data/sample/sample_ar.txt"
SHOW = 5  # examples shown per layer


def read_sample() -> Document:
    """Run ``tarikh.read`` on the bundled sample paper."""
    from .pipeline import read

    with resources.as_file(resources.files("tarikh").joinpath(SAMPLE)) as path:
        return read(path)


def run_demo() -> str:
    """Read the bundled sample and return a short human summary of it."""
    return summarize(read_sample())


def summarize(doc: Document) -> str:
    parts = [
        _source_block(doc),
        _structure_block(doc),
        _layer_block("Dates", doc.timexes, _timex_line),
        _layer_block("Entities", doc.entities, _entity_line),
        _layer_block("Events", doc.events, _event_line),
    ]
    if doc.notes:
        parts.append("Notes:\n" + "\n".join(f"  {note}" for note in doc.notes))
    return "\n\n".join(parts) + "\n"


def _source_block(doc: Document) -> str:
    src = doc.source
    name = src.path.replace("\\", "/").rsplit("/", 1)[-1]
    repaired = sum(1 for line in doc.lines if line.repaired)
    order = f"visual order, {repaired} lines repaired" if doc.needs_repair else "logical order, no repair needed"
    return (
        f"tarikh demo: the bundled sample paper ({name})\n"
        f"Source: {src.kind}, {src.encoding}, {len(src.raw_lines())} lines, {len(src.text)} characters, "
        f"sha256 {src.sha256[:12]}…\n"
        f"Language: {doc.language}; {order}"
    )


def _structure_block(doc: Document) -> str:
    st = doc.structure
    lines = [f"Title: {st.title or '(not found)'}"]
    lines.append("Authors: " + ("; ".join(st.authors) if st.authors else "(not found)"))
    if st.keywords:
        for lang, words in sorted(st.keywords.items()):
            lines.append(f"Keywords ({lang}): " + ", ".join(words))
    sections = ", ".join(f"{s.heading} (line {s.heading_line})" for s in st.sections)
    lines.append(f"Sections ({len(st.sections)}): {sections or '(none found)'}")
    lines.append(_footnote_summary(doc))
    return "\n".join(lines)


def _footnote_summary(doc: Document) -> str:
    st = doc.structure
    linked = sum(1 for ref in st.footnote_refs if ref.linked)
    kinds: dict[str, int] = {}
    for note in st.footnotes:
        kinds[note.kind] = kinds.get(note.kind, 0) + 1
    kind_text = ", ".join(f"{kind}: {count}" for kind, count in sorted(kinds.items()))
    text = (
        f"Footnotes: {len(st.footnote_refs)} markers in the body, {linked} linked to their note, "
        f"{len(st.missing_footnotes)} missing; {len(st.footnotes)} notes"
        + (f" ({kind_text})" if kind_text else "")
    )
    if st.missing_footnotes:
        text += "\n  missing notes: " + ", ".join(str(n) for n in st.missing_footnotes)
    op_cit = [c for note in st.footnotes for c in note.citations if c.op_cit]
    if op_cit:
        resolved = sum(1 for c in op_cit if c.resolves_to is not None)
        text += f"\n  short references (Op. Cit., المصدر نفسه): {len(op_cit)}, {resolved} resolved to a full reference"
    return text


def _layer_block(label: str, items: Iterable[Any], describe) -> str:
    items = list(items)
    head = f"{label}: {len(items)}"
    if not items:
        return head + " (this layer found nothing)"
    shown = [f"  {describe(item)}" for item in items[:SHOW]]
    if len(items) > SHOW:
        shown.append(f"  … and {len(items) - SHOW} more")
    return "\n".join([head, *shown])


def _timex_line(t: Timex) -> str:
    value = t.value + (f" ({t.mod})" if t.mod else "")
    calendar = f", {t.calendar}" if t.calendar != "gregorian" else ""
    return f"line {t.line}: «{t.text}» → {value}{calendar}"


def _entity_line(e: Entity) -> str:
    names = e.name + (f" / {e.name_ar}" if e.name_ar and e.name_ar != e.name else "")
    extra = f" [{e.code or e.country}]" if (e.code or e.country) else ""
    life = f" ({e.birth_year}–{e.death_year})" if e.birth_year or e.death_year else ""
    return f"{e.type}: {names}{life}{extra}"


def _party(side: dict[str, Any] | None) -> str:
    if not side:
        return "?"
    return side.get("country") or side.get("name") or "?"


def _event_line(e: Event) -> str:
    date = (e.date or {}).get("value") or "undated"
    return f"line {e.line}: CAMEO {e.cameo} {_party(e.source)} → {_party(e.target)}, {date}: «{e.evidence}»"
