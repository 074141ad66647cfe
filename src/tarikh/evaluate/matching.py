"""One-to-one matching and precision/recall arithmetic, free of any layer.

Scores must not depend on the order items happen to be listed in, so the
matching is a maximum bipartite matching (Kuhn's augmenting paths), not a
greedy pass: a greedy pass can let one system item take the gold item a
later one needed and report a miss that a careful reader would not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence


def max_matching(
    gold: Sequence[Any],
    system: Sequence[Any],
    ok: Callable[[Any, Any], bool],
    cost: Callable[[Any, Any], float] | None = None,
) -> dict[int, int]:
    """Largest one-to-one pairing ``{gold index: system index}`` where ``ok(g, s)``.

    Candidates are tried cheapest first (``cost``, e.g. line distance), so
    among equally large matchings the one pairing nearby items is preferred.
    """
    adjacency: list[list[int]] = []
    for g in gold:
        cands = [j for j, s in enumerate(system) if ok(g, s)]
        if cost is not None:
            cands.sort(key=lambda j, g=g: cost(g, system[j]))
        adjacency.append(cands)
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        if adjacency[i]:
            augment(i, set())
    return {i: j for j, i in owner.items()}


def within(a: int | None, b: int | None, tolerance: int) -> bool:
    return a is not None and b is not None and abs(int(a) - int(b)) <= tolerance


@dataclass
class Score:
    """Counts and ratios of one layer; ``errors`` lists misses and false hits."""

    layer: str
    gold: int = 0  # gold items that count (neutral ones excluded)
    system: int = 0  # system items that count (absorbed ones excluded)
    matched: int = 0
    neutral: int = 0  # system items absorbed by neutral gold items
    extra: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    metric: str = "prf"  # "prf" (precision/recall/F1) or "wer" (reading order)
    # derived rates: name -> (numerator key, denominator key) in ``extra``,
    # kept as counts so that documents of a corpus add up correctly
    ratios: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        """Micro-average: add another document's counts into this one."""
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        self.neutral += other.neutral
        for key, value in other.extra.items():
            self.extra[key] = self.extra.get(key, 0) + value
        self.ratios.update(other.ratios)
        self.errors.extend(other.errors)

    def ratio(self, name: str) -> float | None:
        num, den = self.ratios[name]
        d = self.extra.get(den, 0)
        return self.extra.get(num, 0) / d if d else None

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "layer": self.layer,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "neutral": self.neutral,
        }
        if self.metric == "wer":
            out = {"layer": self.layer}
        out.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.extra.items()})
        for name in self.ratios:
            value = self.ratio(name)
            out[name] = None if value is None else round(value, 4)
        if errors:
            out["errors"] = self.errors
        return out


def miss(line: int | None, text: str, **detail: Any) -> dict[str, Any]:
    return {"kind": "miss", "line": line, "text": text, **detail}


def false_hit(line: int | None, text: str, **detail: Any) -> dict[str, Any]:
    return {"kind": "false", "line": line, "text": text, **detail}
