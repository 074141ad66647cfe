"""The pipeline: named stages, each ``Document -> Document``.

A stage declares what it needs and what it adds; the order is checked once
when a pipeline is built, so a stage never runs on a document that lacks
the layer it reads.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .document import Document
from .errors import UsageError


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function" taking and returning a Document
    needs: tuple[str, ...]
    adds: tuple[str, ...]

    def load(self) -> Callable[[Document], Document]:
        module_name, func_name = self.target.split(":")
        return getattr(importlib.import_module(module_name), func_name)


STAGES: dict[str, Stage] = {}


def register_stage(stage: Stage) -> None:
    STAGES[stage.name] = stage


for _stage in (
    Stage("repair", "tarikh.repair:repair_document", needs=("source",), adds=("lines",)),
    Stage("structure", "tarikh.structure:structure_document", needs=("lines",), adds=("structure", "passages")),
    Stage("timex", "tarikh.timex:tag_document", needs=("passages",), adds=("timexes",)),
    Stage("actors", "tarikh.actors:recognize_document", needs=("passages", "timexes"), adds=("entities",)),
    Stage("events", "tarikh.events:code_document", needs=("passages", "timexes", "entities"), adds=("events",)),
    Stage("relations", "tarikh.relations:build_relations", needs=("events",), adds=("relations",)),
):
    register_stage(_stage)

DEFAULT = ("repair", "structure", "timex", "actors", "events", "relations")


def check_order(names: Iterable[str]) -> list[Stage]:
    have = {"source"}
    stages: list[Stage] = []
    for name in names:
        if name not in STAGES:
            raise UsageError(f"unknown stage {name!r}; known: {', '.join(STAGES)}")
        stage = STAGES[name]
        missing = [need for need in stage.needs if need not in have]
        if missing:
            raise UsageError(f"stage {name!r} needs {', '.join(missing)} from an earlier stage")
        have.update(stage.adds)
        stages.append(stage)
    return stages


def run(doc: Document, names: Iterable[str] = DEFAULT) -> Document:
    for stage in check_order(names):
        doc = stage.load()(doc)
    return doc


def read(path: str | Path, stages: Iterable[str] = DEFAULT) -> Document:
    """Read a file and run the pipeline on it. The library's main entry point."""
    from .readers import read_source

    source = read_source(path)
    doc = Document(source=source, lines=[])
    return run(doc, stages)
