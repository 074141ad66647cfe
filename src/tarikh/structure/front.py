"""Title, authors, abstracts and keywords at the head of a paper."""

from __future__ import annotations

import re

from ..document import Line, Structure
from ..normalize import fold, is_arabic
from .headings import is_abstract_heading, keywords_label, match_heading

_KEYWORD_SPLIT = re.compile(r"\s*[–\-—،,؛;]\s*")
_ONLY_YEARS = re.compile(r"^[\d\s–\-—/()]+$")


def _nonblank(lines: list[Line], start: int, stop: int) -> list[Line]:
    return [line for line in lines[start:stop] if line.text.strip()]


def find_front(lines: list[Line], first_section_line: int, st: Structure) -> None:
    """Fill title, authors, abstracts and keywords from the lines before the first section."""
    head = lines[: max(first_section_line - 1, 0)]
    abstract_idx = [i for i, line in enumerate(head) if is_abstract_heading(line.text)]
    keyword_idx = [i for i, line in enumerate(head) if keywords_label(line.text)]
    stop = abstract_idx[0] if abstract_idx else (keyword_idx[0] if keyword_idx else len(head))
    _title_and_authors(head[:stop], st)
    for i in abstract_idx:
        lang = "ar" if is_arabic(head[i].text) else "en"
        following = [k for k in keyword_idx + abstract_idx if k > i] + [len(head)]
        end = min(following)
        body = _nonblank(head, i + 1, end)
        if body:
            st.abstract[lang] = {"heading_line": head[i].n, "start_line": body[0].n, "end_line": body[-1].n}
    for i in keyword_idx:
        lang = "ar" if is_arabic(head[i].text) else "en"
        words, last = _keywords(head, i)
        if words:
            st.keywords[lang] = words
            st.keyword_lines[lang] = [head[i].n, last]


def _title_and_authors(lines: list[Line], st: Structure) -> None:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if not blocks:
        return
    title_block = blocks[0]
    # A title and its authors may share a block: the title is the long line(s),
    # a year range on its own line belongs to the title.
    title_lines = [title_block[0]]
    rest = title_block[1:]
    while rest and (_ONLY_YEARS.match(rest[0].text.strip()) or len(rest[0].text.split()) > 8
                    or _continues_title(title_lines[-1].text, rest[0].text, authors_apart=len(blocks) > 1)):
        title_lines.append(rest.pop(0))
    st.title = " ".join(line.text.strip() for line in title_lines)
    st.title_lines = [line.n for line in title_lines]
    author_lines = rest + [line for block in blocks[1:] for line in block]
    st.authors = [line.text.strip() for line in author_lines if len(line.text.split()) <= 8 and not match_heading(line.text)]


def _continues_title(previous: str, line: str, authors_apart: bool) -> bool:
    """A title broken over lines: "... under the Second Baldwin" / "Government,
    1924–1927". When the authors stand in a block of their own, a line that
    carries on a title line left open (no final stop) and holds a year or
    ends with the block is the title's."""
    if not authors_apart or previous.rstrip().endswith((".", "!", "?", "؟")):
        return False
    return bool(re.search(r"\d{4}", line)) or not is_arabic(line) and line.strip()[:1].islower()


def _keywords(lines: list[Line], i: int) -> tuple[list[str], int]:
    """Keywords after the label, possibly in brackets, possibly over several lines."""
    label = keywords_label(lines[i].text)
    text = lines[i].text
    folded = fold(text)
    pos = folded.find(label) + len(label) if label else 0
    collected = text[pos:]
    last = lines[i].n
    j = i + 1
    # brackets open on the label line and close a line or two later
    while collected.count("(") > collected.count(")") and j < len(lines) and j <= i + 4:
        if lines[j].text.strip():
            collected += " " + lines[j].text.strip()
            last = lines[j].n
        j += 1
    collected = collected.strip(" :：()[]\t")
    parts = [p.strip(" ()[].") for p in _KEYWORD_SPLIT.split(collected)]
    return [p for p in parts if p], last
