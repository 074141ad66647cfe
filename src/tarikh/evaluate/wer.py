"""Word error rate: Levenshtein distance over whitespace tokens."""

from __future__ import annotations

from typing import Sequence


def edit_distance(ref: Sequence[str], hyp: Sequence[str]) -> int:
    """Substitutions + insertions + deletions turning ``ref`` into ``hyp``."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def wer(reference: str, hypothesis: str) -> float:
    """Edits per reference word; an empty reference scores 0 only against nothing.

    >>> wer("a b c", "a c b")
    0.6666666666666666
    >>> wer("a b", "a b")
    0.0
    """
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)
