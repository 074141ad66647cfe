"""Renderers of a Document: JSON (the contract), Markdown, plain text."""

from __future__ import annotations

import json

from .document import Document
from .errors import UsageError


def render_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=1)


def render_text(doc: Document) -> str:
    return doc.reading_text()


def render_markdown(doc: Document) -> str:
    st = doc.structure
    out: list[str] = []
    if st.title:
        out.append(f"# {st.title}\n")
    if st.authors:
        out.append(", ".join(st.authors) + "\n")
    heading_lines = {s.heading_line: s for s in st.sections}
    footnote_start = min((f.start_line for f in st.footnotes), default=None)
    notes_section = next((s for s in st.sections if s.kind == "notes"), None)
    body_end = notes_section.heading_line - 1 if notes_section else (footnote_start or len(doc.lines) + 1) - 1
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append(" ".join(paragraph) + "\n")
            paragraph.clear()

    for line in doc.lines[:body_end]:
        if line.n in st.title_lines:
            continue
        if line.n in heading_lines:
            flush()
            out.append(f"## {heading_lines[line.n].heading}\n")
            continue
        text = line.text.strip()
        if text:
            paragraph.append(text)
        if text.endswith((".", ".)", "؟", "!")):
            flush()
    flush()
    if st.footnotes or st.missing_footnotes:
        out.append("## Footnotes\n")
        for fn in st.footnotes:
            out.append(f"[^{fn.n}]: {' '.join(fn.text.split())}\n")
        if st.missing_footnotes:
            missing = ", ".join(str(n) for n in st.missing_footnotes)
            out.append(f"\n_Footnotes cited in the body but absent from the input: {missing}._\n")
    return "\n".join(out)


RENDERERS = {"json": render_json, "text": render_text, "md": render_markdown}


def render(doc: Document, fmt: str) -> str:
    try:
        return RENDERERS[fmt](doc)
    except KeyError:
        raise UsageError(f"unknown format {fmt!r}; known: {', '.join(RENDERERS)}") from None
