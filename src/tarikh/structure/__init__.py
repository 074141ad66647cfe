"""The structure stage: front matter, sections, footnotes, citations, passages."""

from __future__ import annotations

from ..document import Document, Line, Passage, Section, Structure
from ..normalize import ARABIC_LETTER, LATIN_LETTER
from .citations import resolve
from .footnotes import body_refs, build_footnotes, footnote_starts
from .front import find_front
from .headings import match_heading

_SENTENCE_END = (".", ".)", "؟", "!", "?")


def _language(text: str) -> str:
    return "ar" if len(ARABIC_LETTER.findall(text)) >= len(LATIN_LETTER.findall(text)) else "en"


def _find_sections(lines: list[Line]) -> list[Section]:
    found: list[tuple[int, object]] = []
    in_notes = False
    for i, line in enumerate(lines):
        m = match_heading(line.text)
        if m and in_notes and m.number_word and m.kind == "body":
            continue  # under "Notes", a numbered line is a note, not a section
        if m:
            found.append((i, m))
            in_notes = m.kind in ("notes", "references")
    sections: list[Section] = []
    for k, (i, m) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(lines)
        nonblank = [line.n for line in lines[i:stop] if line.text.strip()]
        sections.append(Section(heading=m.heading, heading_line=lines[i].n, start_line=lines[i].n,
                                end_line=nonblank[-1], kind=m.kind, number_word=m.number_word))
    return sections


def structure_document(doc: Document) -> Document:
    lines = doc.lines
    doc.language = _language(doc.source.text)
    st = Structure()
    sections = _find_sections(lines)
    # Headings of the front matter (abstract, keywords) are not sections; the
    # first section is the first heading after them.
    st.sections = sections
    first_section_line = sections[0].heading_line if sections else len(lines) + 1
    find_front(lines, first_section_line, st)

    notes = [s for s in sections if s.kind == "notes"]
    if notes:
        zone_first, zone_end = notes[0].heading_line, notes[0].end_line
        starts = footnote_starts(lines, zone_first, zone_end)
    else:
        zone_first = zone_end = len(lines)
        starts = footnote_starts(lines, first_section_line - 1, len(lines))
        # without a notes heading, footnotes are the marker-led lines after the body
        starts = [s for s in starts if s[0] > first_section_line]
        if starts:
            zone_first = starts[0][0]
            zone_end = len(lines)
    start_idx = {i for i, _ in starts}
    footnote_lines = set(range(zone_first, zone_end)) | start_idx
    body_idx = [i for i in range(max(first_section_line - 1, 0), len(lines)) if i not in footnote_lines
                and lines[i].n < zone_first + 1]
    st.footnote_refs = body_refs(lines, body_idx)
    st.footnotes = build_footnotes(lines, starts, zone_end)
    resolve(st.footnotes)
    have = {fn.n for fn in st.footnotes}
    cited = {r.n for r in st.footnote_refs}
    for ref in st.footnote_refs:
        ref.linked = ref.n in have
    st.missing_footnotes = sorted(cited - have)
    st.orphan_footnotes = sorted(have - cited)
    if st.missing_footnotes:
        doc.notes.append(f"{len(st.missing_footnotes)} footnote(s) cited in the body have no text in the input: "
                         + ", ".join(map(str, st.missing_footnotes)))
    if st.orphan_footnotes:
        doc.notes.append("footnote(s) never cited in the body: " + ", ".join(map(str, st.orphan_footnotes)))
    doc.structure = st
    doc.passages = build_passages(doc)
    return doc


def build_passages(doc: Document) -> list[Passage]:
    st = doc.structure
    lines = doc.lines
    passages: list[Passage] = []

    def add(kind: str, chosen: list[Line], **kw) -> None:
        chosen = [line for line in chosen if line.text.strip()]
        if chosen:
            text = " ".join(line.text for line in chosen)
            passages.append(Passage.from_lines(kind, _language(text), chosen, **kw))

    if st.title_lines:
        add("title", [lines[n - 1] for n in st.title_lines])
    for lang, span in st.abstract.items():
        add("abstract", lines[span["start_line"] - 1: span["end_line"]])
    for lang, (first, last) in st.keyword_lines.items():
        add("keywords", lines[first - 1: last])
    for k, sec in enumerate(st.sections):
        add("heading", [lines[sec.heading_line - 1]], section=k)
        if sec.kind in ("notes", "references"):
            continue
        paragraph: list[Line] = []
        for line in lines[sec.heading_line: sec.end_line]:
            if not line.text.strip():
                continue
            paragraph.append(line)
            if line.text.rstrip().endswith(_SENTENCE_END):
                add("body", paragraph, section=k)
                paragraph = []
        add("body", paragraph, section=k)
    for fn in st.footnotes:
        add("footnote", lines[fn.start_line - 1: fn.end_line], footnote=fn.n)
    return passages
