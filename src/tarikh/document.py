"""The document model: one source text, never mutated, and layers of spans.

Every annotation names the 1-based source line it stands on. The repaired
reading text of each line is a derived view (``Line.text``) with an offset map
(``Line.pieces``) back into the source, so a word found in the reading text
can always be traced to the characters it came from.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

CONTRACT_VERSION = 1


@dataclass(frozen=True)
class Source:
    """The input exactly as read (decoded), and how it was read."""

    path: str
    text: str
    encoding: str
    kind: str  # text | pdf | docx

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def raw_lines(self) -> list[str]:
        return self.text.split("\n")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "chars": len(self.text),
            "lines": len(self.raw_lines()),
            "kind": self.kind,
        }


@dataclass
class Line:
    """One source line with its reading-order view.

    ``pieces`` maps the reading text back to the source: each entry is
    ``(reading_offset, source_offset, length)`` with ``source_offset``
    absolute in ``Source.text``. Characters of the reading text that the
    repair inserted (a joining space) fall outside every piece.
    """

    n: int
    start: int
    end: int
    raw: str
    text: str
    repaired: bool = False
    uncertain: bool = False
    steps: list[str] = field(default_factory=list)
    pieces: list[tuple[int, int, int]] = field(default_factory=list)

    def source_offset(self, reading_offset: int) -> int | None:
        """Absolute source offset of a reading-text character, or None if inserted."""
        for r_off, s_off, length in self.pieces:
            if r_off <= reading_offset < r_off + length:
                return s_off + (reading_offset - r_off)
        return None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "text": self.text, "repaired": self.repaired, "uncertain": self.uncertain}
        if self.steps:
            out["steps"] = list(self.steps)
        return out


@dataclass
class Passage:
    """A run of reading text that belongs together (a paragraph, a footnote).

    Taggers work on passages so that an expression broken over two lines is
    seen whole; ``line_at`` gives the source line of any offset.
    """

    kind: str  # title | authors | abstract | keywords | heading | body | footnote
    lang: str  # ar | en
    text: str
    anchors: list[tuple[int, int]]  # (offset in text where a line starts, line number)
    section: int | None = None  # index into structure.sections
    footnote: int | None = None  # footnote number, for kind == "footnote"

    @classmethod
    def from_lines(cls, kind: str, lang: str, lines: list[Line], **kw: Any) -> "Passage":
        parts: list[str] = []
        anchors: list[tuple[int, int]] = []
        offset = 0
        for line in lines:
            if not line.text.strip():
                continue
            if parts:
                parts.append(" ")
                offset += 1
            anchors.append((offset, line.n))
            parts.append(line.text.strip())
            offset += len(line.text.strip())
        return cls(kind=kind, lang=lang, text="".join(parts), anchors=anchors, **kw)

    @property
    def first_line(self) -> int:
        return self.anchors[0][1] if self.anchors else 0

    @property
    def last_line(self) -> int:
        return self.anchors[-1][1] if self.anchors else 0

    def line_at(self, offset: int) -> int:
        starts = [a[0] for a in self.anchors]
        i = bisect.bisect_right(starts, offset) - 1
        return self.anchors[max(i, 0)][1]


@dataclass
class Section:
    heading: str
    heading_line: int
    start_line: int
    end_line: int
    kind: str  # intro | body | conclusion | notes | references
    number_word: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Citation:
    author: str | None
    title: str | None = None
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    pages: str | None = None
    op_cit: bool = False
    resolves_to: int | None = None  # footnote number of the full reference
    resolved: bool = True  # False when op_cit and no earlier full reference
    line: int | None = None
    raw: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Footnote:
    n: int
    start_line: int
    end_line: int
    kind: str  # biography | citation | both
    citations: list[Citation] = field(default_factory=list)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["citations"] = [c.to_dict() for c in self.citations]
        return out


@dataclass
class FootnoteRef:
    n: int
    line: int
    text: str
    linked: bool = False  # True when the footnote text exists in the document

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Structure:
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    abstract: dict[str, dict[str, int]] = field(default_factory=dict)
    keywords: dict[str, list[str]] = field(default_factory=dict)
    keyword_lines: dict[str, list[int]] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    missing_footnotes: list[int] = field(default_factory=list)  # cited, text absent
    orphan_footnotes: list[int] = field(default_factory=list)  # text present, never cited

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "title_lines": self.title_lines,
            "authors": self.authors,
            "abstract": self.abstract,
            "keywords": self.keywords,
            "keyword_lines": self.keyword_lines,
            "sections": [s.to_dict() for s in self.sections],
            "footnote_refs": [r.to_dict() for r in self.footnote_refs],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "missing_footnotes": self.missing_footnotes,
            "orphan_footnotes": self.orphan_footnotes,
        }


@dataclass
class Timex:
    id: str
    line: int
    text: str
    value: str
    mod: str | None = None
    type: str = "DATE"  # DATE | DURATION | SET | TIME
    calendar: str = "gregorian"
    kind: str = "date"  # date | range | vague | relative | anaphoric | future | duration | citation
    hijri: str | None = None  # the Hijri date as written
    in_footnote: bool = False
    rule: str | None = None
    passage: int | None = None  # index into Document.passages
    start: int | None = None  # offsets in that passage's text
    end: int | None = None
    malformed: str | None = None  # why a date-like string was not normalized

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None or k in ("mod",)}


@dataclass
class Entity:
    id: str
    type: str  # person | state | organization | place | document | event | treaty
    name: str
    name_ar: str | None = None
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    country: str | None = None
    birth_year: int | None = None
    death_year: int | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    mention_lines: list[int] = field(default_factory=list)
    category: str | None = None  # historical | cited_author (persons)
    members: list[str] = field(default_factory=list)  # a group of states ("the western powers"): their codes

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """Where an entity is named: a span of a passage's text."""

    entity: str  # Entity.id
    passage: int  # index into Document.passages
    start: int
    end: int
    text: str
    line: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    id: str
    line: int
    cameo: str
    goldstein: float
    quad_class: int
    plover: str | None
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    date: dict[str, Any] | None
    evidence: str
    rule: str
    confidence: float = 0.5
    tier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    source: Source
    lines: list[Line]
    language: str = "ar"
    needs_repair: bool = False
    structure: Structure = field(default_factory=Structure)
    passages: list[Passage] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)  # uncoded event candidates
    relations: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what the pipeline reports (not errors)

    def line(self, n: int) -> Line:
        return self.lines[n - 1]

    def reading_text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        return {
            "contract": CONTRACT_VERSION,
            "tarikh_version": __version__,
            "source": self.source.to_dict(),
            "language": self.language,
            "needs_repair": self.needs_repair,
            "lines": [line.to_dict() for line in self.lines],
            "structure": self.structure.to_dict(),
            "timexes": [t.to_dict() for t in self.timexes],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "uncoded_candidates": self.candidates,
            "relations": self.relations,
            "notes": self.notes,
        }
