"""The narrative year at any point of a document.

A title held, a state's sovereignty, the state a place lay in: all depend on
when the story is at. The year at a point is the last date told before it
in its passage (the timex layer's, else a bare year in the text), else the
last one of the body before it; footnotes keep their own thread.
"""

from __future__ import annotations

import re

from ..document import Document
from ..normalize import western_digits

YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


class NarrativeYears:
    """Part of ``DocumentActors``: reads ``self.doc``, keeps ``self.years``."""

    doc: Document
    years: list[list[tuple[int, int]]]

    def _narrative_years(self) -> list[list[tuple[int, int]]]:
        """Per passage, (offset, year) of the dates it mentions."""
        out: list[list[tuple[int, int]]] = [[] for _ in self.doc.passages]
        for t in self.doc.timexes:
            if t.passage is not None and t.start is not None and re.match(r"^\d{4}", t.value or ""):
                if 0 <= t.passage < len(out):
                    out[t.passage].append((t.start, int(t.value[:4])))
        for i, p in enumerate(self.doc.passages):
            if not out[i]:
                out[i] = [(m.start(), int(m.group(1))) for m in YEAR.finditer(western_digits(p.text))]
            out[i].sort()
        return out

    def date_at(self, pi: int, offset: int) -> int | None:
        """The narrative year: the last date before this point (footnotes keep their own)."""
        passage = self.doc.passages[pi]
        here = [y for off, y in self.years[pi] if off <= offset]
        if here:
            return here[-1]
        if passage.kind != "footnote":
            for j in range(pi - 1, -1, -1):
                if self.doc.passages[j].kind != "footnote" and self.years[j]:
                    return self.years[j][-1][1]
        body = sorted(y for j, ys in enumerate(self.years) for _, y in ys if self.doc.passages[j].kind != "footnote")
        return body[len(body) // 2] if body else None
