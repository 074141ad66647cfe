"""Finding and reading gold sets, and pairing them with input files.

A *gold set* is the group of files ``<set>_<layer>.jsonl`` (``structure`` is
one JSON object, ``<set>_structure.json``) in a gold directory. An input file
is paired with a set by, in order:

1. a manifest ``gold.yaml`` (or ``gold.json``) in the directory:
   ``documents: {<input file name or its sha256>: <set name>}``;
2. the convention that the set is named after the input's stem
   (``paper.txt`` -> ``paper_timex.jsonl`` ...);
3. when the directory holds a single set and a single input is given, that
   set (this is how ``../shared/gold`` pairs with the seed paper, whose gold
   is named ``seed_*`` and which cannot carry a manifest: it is read-only).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import GoldError

# layer -> accepted file suffixes (after "<set>_"), first one preferred
LAYER_FILES: dict[str, tuple[str, ...]] = {
    "timexes": ("timex.jsonl", "timexes.jsonl"),
    "events": ("events.jsonl",),
    "persons": ("persons.jsonl",),
    "organizations": ("organizations_places.jsonl", "organizations.jsonl"),
    "citations": ("citations.jsonl",),
    "structure": ("structure.json",),
    "repaired": ("repaired.jsonl",),
}
MANIFESTS = ("gold.yaml", "gold.yml", "gold.json")
OVERLAY_DIR = Path(__file__).with_name("data")


@dataclass
class GoldSet:
    name: str
    files: dict[str, Path] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def has(self, layer: str) -> bool:
        return layer in self.files

    def rows(self, layer: str) -> list[dict[str, Any]]:
        if layer not in self._cache:
            self._cache[layer] = _read_rows(self.files[layer])
            if layer == "organizations":
                _apply_codes_overlay(self.name, self._cache[layer])
        return self._cache[layer]

    def structure(self) -> dict[str, Any]:
        rows = self.rows("structure")
        return rows[0] if rows else {}

    def coverage(self, max_gap: int = 5) -> list[tuple[int, int]] | None:
        """The line ranges the gold annotates, or None for the whole document.

        A gold set may annotate only part of a paper (the seed gold covers
        its first sections and the notes). The reading-order paragraphs
        enumerate the annotated part, so their line ranges, merged across
        small gaps, say where system items can be counted at all."""
        if not self.has("repaired"):
            return None
        spans = sorted((r["lines"][0], r["lines"][1]) for r in self.rows("repaired") if r.get("lines"))
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start - merged[-1][1] <= max_gap:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(a, b) for a, b in merged] or None


def _read_rows(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc}") from exc
    try:
        if path.suffix == ".json":
            data = json.loads(text)
            return data if isinstance(data, list) else [data]
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc


def _apply_codes_overlay(set_name: str, rows: list[dict[str, Any]]) -> None:
    """Add ``country`` to gold organization rows that lack it, from a bundled overlay.

    The shared seed gold gives no codes; ``data/<set>_countries.yaml`` maps
    its row ``key`` to the ISO3 country, guarded by ``name_ar`` so that an
    overlay never lands on a different gold set that reuses the name.
    """
    path = OVERLAY_DIR / f"{set_name}_countries.yaml"
    if not path.is_file():
        return
    overlay = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for row in rows:
        entry = overlay.get(row.get("key"))
        if entry and "country" not in row and entry.get("name_ar") == row.get("name_ar"):
            row["country"] = entry["country"]


def find_sets(gold_dir: Path) -> dict[str, GoldSet]:
    sets: dict[str, GoldSet] = {}
    for path in sorted(gold_dir.iterdir()):
        for layer, suffixes in LAYER_FILES.items():
            for suffix in suffixes:
                if path.name.endswith("_" + suffix) and path.is_file():
                    name = path.name[: -len(suffix) - 1]
                    sets.setdefault(name, GoldSet(name)).files.setdefault(layer, path)
    return sets


def _manifest(gold_dir: Path) -> dict[str, str]:
    for name in MANIFESTS:
        path = gold_dir / name
        if path.is_file():
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise GoldError(f"{path}: not valid YAML: {exc}") from exc
            docs = data.get("documents") if isinstance(data, dict) else None
            if not isinstance(docs, dict):
                raise GoldError(f"{path}: expected a mapping 'documents: {{file name or sha256: set name}}'")
            return {str(k): str(v) for k, v in docs.items()}
    return {}


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def pair_inputs(gold_dir: str | Path, inputs: list[str | Path]) -> tuple[list[tuple[Path, GoldSet]], list[str]]:
    """Pair each input with its gold set; returns (pairs, notes on unpaired inputs)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory not found: {gold_dir}")
    sets = find_sets(gold_dir)
    if not sets:
        raise GoldError(f"no gold files (<set>_timex.jsonl, ...) in {gold_dir}")
    manifest = _manifest(gold_dir)
    pairs: list[tuple[Path, GoldSet]] = []
    notes: list[str] = []
    for raw in inputs:
        path = Path(raw)
        name = manifest.get(path.name) or manifest.get(_sha256(path) or "") if manifest else None
        if name is None and path.stem in sets:
            name = path.stem
        if name is None and len(sets) == 1 and len(inputs) == 1:
            name = next(iter(sets))
        if name is None or name not in sets:
            notes.append(f"{path}: no gold set (add it to {gold_dir / MANIFESTS[0]} or name the files {path.stem}_*.jsonl)")
            continue
        pairs.append((path, sets[name]))
    if not pairs:
        raise GoldError("; ".join(notes))
    return pairs, notes
