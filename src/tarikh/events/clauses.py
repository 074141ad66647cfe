"""Sentences and clauses of a passage, as offset spans of its text.

Clause windows bound where the coder looks for an act's actors. The text of
PDF-extracted papers is often out of order inside a line, so the windows are
deliberately simple (punctuation), and roles fall back to the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A full stop not inside a number; Arabic and Latin question marks.
# After a number a full stop ends the sentence only before a footnote marker
# or a capital ("by 357 votes to 111.[13] On 27 May"): not in "1.5" or "No. 3".
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟](?!\d)|(?<=\d)\.(?=\[\d|\s+[A-Z])")
_CLAUSE_END = re.compile(r"[،,؛;:]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


def _split(text: str, pattern: re.Pattern[str], start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    cur = start
    for m in pattern.finditer(text, start, end):
        if m.end() - cur > 1:
            spans.append(Span(cur, m.end()))
        cur = m.end()
    if end - cur > 1 or not spans:
        spans.append(Span(cur, end))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans covering ``text``.

    >>> [text[s.start:s.end].strip() for text in ["أ ب. ج د."] for s in sentences(text)]
    ['أ ب.', 'ج د.']
    """
    return _split(text, _SENTENCE_END, 0, len(text))


def clauses(text: str, sentence: Span) -> list[Span]:
    return _split(text, _CLAUSE_END, sentence.start, sentence.end)


def enclosing(spans: list[Span], offset: int) -> Span:
    for span in spans:
        if offset in span:
            return span
    return spans[-1]
