"""Helpers shared by the actor tests: cases as data, documents from strings."""

from __future__ import annotations

from pathlib import Path

import yaml

from tarikh.document import Document, Passage, Source

CASES = Path(__file__).parent / "cases" / "actors"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def cases(lang: str, section: str) -> list[dict]:
    with open(CASES / f"{lang}.yaml", encoding="utf-8") as fh:
        return (yaml.safe_load(fh) or {}).get(section) or []


def ids(rows: list[dict]) -> list[str]:
    return [r["label"] for r in rows]


def make_doc(passages: list[dict], lang: str = "ar") -> Document:
    """A document whose passages are the given strings, one source line each."""
    text = "\n".join(p["text"] for p in passages)
    doc = Document(source=Source(path="<test>", text=text, encoding="utf-8", kind="text"), lines=[], language=lang)
    doc.passages = [
        Passage(kind=p.get("kind", "body"), lang=p.get("lang", lang), text=p["text"], anchors=[(0, i + 1)], footnote=p.get("footnote"))
        for i, p in enumerate(passages)
    ]
    return doc
