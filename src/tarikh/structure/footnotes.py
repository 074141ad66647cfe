"""Footnote markers in the body, footnote texts in the notes, and their links."""

from __future__ import annotations

import re

from ..document import Footnote, FootnoteRef, Line
from ..normalize import is_arabic
from .citations import parse_reference, reference_text

# "(12)" as Arabic papers print it, "[12]" as some English ones do.
MARKER = re.compile(r"\(\s*(\d{1,3})\s*\)|\[(\d{1,3})\]")
_START = re.compile(r"^\s*(?:\(\s*(\d{1,3})\s*\)|\[(\d{1,3})\])\s*")
# Looser note openings ("12. ", "12- ", "12) ") are only trusted in sequence.
_LOOSE_START = re.compile(r"^\s*(\d{1,3})\s*[.\-–)]\s+(?=\S)")


def _number(m: re.Match) -> int:
    return int(next(g for g in m.groups() if g))
# A biography opens with a name and life years: "ستانلي بالدوين (1867-1947) :".
_LIFE_YEARS = re.compile(r"\(?\s*\d{3,4}\s*[-–—]\s*\d{3,4}\s*\)?\s*:?")
_BIO_WORDS = re.compile(r"\bولد\b|\bولدت\b|\bتوفي\b|\bborn\b|\bdied\b", re.I)
# An English biography opens with a name and its life years: "Adlai Stevenson (1900–1965) was ..."
_EN_BIO_HEAD = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|von|van|al-\w+|el-\w+)){0,5}\s*\(\s*\d{4}\s*[-–—]\s*\d{4}\s*\)")


def footnote_starts(lines: list[Line], first: int, last: int) -> list[tuple[int, int]]:
    """(line index, number) of each footnote start in lines[first:last], numbers increasing."""
    starts: list[tuple[int, int]] = []
    expected_min = 1
    for i in range(first, last):
        m = _START.match(lines[i].text)
        if m and _number(m) >= expected_min:
            starts.append((i, _number(m)))
            expected_min = _number(m) + 1
            continue
        loose = _LOOSE_START.match(lines[i].text)
        if loose and int(loose.group(1)) == expected_min:
            starts.append((i, expected_min))
            expected_min += 1
    return starts


def body_refs(lines: list[Line], indices: list[int]) -> list[FootnoteRef]:
    refs: list[FootnoteRef] = []
    for i in indices:
        raw = lines[i].raw
        for m in MARKER.finditer(raw):
            refs.append(FootnoteRef(n=_number(m), line=lines[i].n, text=m.group()))
    return refs


def build_footnotes(lines: list[Line], starts: list[tuple[int, int]], zone_end: int) -> list[Footnote]:
    footnotes: list[Footnote] = []
    for k, (i, n) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else zone_end
        body = [line for line in lines[i:stop] if line.text.strip()]
        text = " ".join(line.text.strip() for line in body)
        text = _LOOSE_START.sub("", _START.sub("", text, count=1), count=1) if not _START.match(text) else _START.sub("", text, count=1)
        footnotes.append(Footnote(n=n, start_line=lines[i].n, end_line=body[-1].n, kind="citation", text=text))
        _parse_footnote(footnotes[-1], body)
    return footnotes


def _parse_footnote(fn: Footnote, body: list[Line]) -> None:
    head = fn.text[:160]
    biography = bool(_LIFE_YEARS.search(head) and is_arabic(head[:40])) or bool(_BIO_WORDS.search(fn.text)) \
        or bool(_EN_BIO_HEAD.match(fn.text))
    fn.kind = "biography" if biography else "citation"
    ref = reference_text(fn.text) if biography else fn.text
    if biography and ref == fn.text:
        ref = None  # a biography with no source named
    if ref:
        line = _line_of(body, ref)
        citation = parse_reference(ref, line)
        if citation is not None:
            fn.citations.append(citation)


def _line_of(body: list[Line], fragment: str) -> int:
    probe = fragment.split()[0] if fragment.split() else ""
    for line in body:
        if probe and probe in line.text:
            return line.n
    return body[0].n
