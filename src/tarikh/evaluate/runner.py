"""Run the pipeline for evaluation, tolerating stages that are not built yet.

The project grows stage by stage; a stage whose module or function does not
exist yet is skipped (its layer stays empty and scores zero, an honest
figure) and named in the notes, instead of making the whole evaluation fail.
Errors raised *inside* a stage are not caught: they are bugs to see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..document import Document
from ..pipeline import DEFAULT, check_order


def load_stages(names=DEFAULT) -> tuple[list[tuple[str, Callable[[Document], Document]]], list[str]]:
    """The loadable stages in order, and a note per stage that is not importable."""
    loaded: list[tuple[str, Callable[[Document], Document]]] = []
    notes: list[str] = []
    for stage in check_order(names):
        try:
            loaded.append((stage.name, stage.load()))
        except (ImportError, AttributeError) as exc:
            notes.append(f"stage {stage.name} not available ({type(exc).__name__}: {exc})")
    return loaded, notes


def read_for_eval(path: str | Path) -> tuple[Document, list[str]]:
    from ..readers import read_source

    stages, notes = load_stages()
    doc = Document(source=read_source(path), lines=[])
    for _name, func in stages:
        doc = func(doc)
    return doc, notes
