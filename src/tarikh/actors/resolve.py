"""From references to the entities and mentions of one document.

``DocumentActors`` settles what needs the whole document, in phases:
introductions (persons and places the document names itself: ``introductions``),
references (what each span of each passage names: ``refs``, ``named``),
registering (which entity each reference means, at the narrative year:
``registry``, ``years``), finishing (ids, names, roles: ``finish``).
"""

from __future__ import annotations

from collections import Counter

from ..document import Document, Mention
from ..normalize import is_arabic
from .dictionary import Person, load_dictionary
from .finish import Finishing
from .footnotes import Biography
from .gazetteer import Table, base_table, scan
from .introductions import Introductions
from .named import named_refs
from .refs import Ref, read_refs
from .registry import Introduced, Registry, Work
from .years import NarrativeYears


class DocumentActors(NarrativeYears, Introductions, Registry, Finishing):
    """Entities and mentions of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.d = load_dictionary()
        self.persons: dict[str, Person] = dict(self.d.persons)
        self.table = Table()  # persons the document introduces itself
        self.latin: dict[str, str] = {}  # person key -> Latin name given in the document
        self.bios: dict[str, Biography] = {}
        self.deaths: dict[str, int] = {}
        self.work: dict[tuple, Work] = {}
        self.mentions: list[tuple[tuple, Mention]] = []
        self.years = self._narrative_years()
        self.doc_places: dict = {}  # places the document introduces ("ولد في مدينة جوري")
        self._fn_country: dict[int, str | None] = {}

    def run(self) -> None:
        self.discover()
        all_refs = self._all_refs()
        introduced = self._introduced(all_refs)
        home = self._home_country(all_refs)
        self.cast = set(introduced) | {r.persons[0] for _, r in all_refs if r.kind == "person" and len(r.persons) == 1}
        self.core = self._core_years()
        recent: dict[tuple, str] = {}
        self.refs_by_passage = {}
        for pi, ref in all_refs:
            self.refs_by_passage.setdefault(pi, []).append(ref)
        for pi, ref in all_refs:
            self._register(pi, ref, introduced, home, recent)
        self._deaths(all_refs, introduced)

    def _all_refs(self) -> list[tuple[int, Ref]]:
        """(passage, reference) for every reference of the document, in text order."""
        tables = [base_table(), self.table]
        all_refs: list[tuple[int, Ref]] = []
        for pi, p in enumerate(self.doc.passages):
            scanned = scan(p.text, tables, case=True)
            refs = read_refs(p.text, p.lang, tables, self.persons, scanned)
            refs += self._truncated(p.text, refs)
            tokens, hits = scanned
            named = named_refs(p.text, list(tokens), hits)
            if named:
                # the words of a named thing are no mentions of their own
                refs = [r for r in refs if not any(n.start <= r.start < n.end for n in named)] + named
            if p.kind == "footnote" and is_arabic(p.text):
                # an Arabic paper's Latin footnote text is its bibliography:
                # "Oxford University Press", "Encyclopedia of U.S. Foreign
                # Relations" name no actor of the story
                refs = [r for r in refs if r.kind in ("person", "office") or is_arabic(p.text[r.start:r.end])]
            all_refs.extend((pi, ref) for ref in sorted(refs, key=lambda r: r.start))
        return all_refs

    def _introduced(self, all_refs: list[tuple[int, Ref]]) -> Introduced:
        """Where the document first names each person in full; persons it gives
        a Latin name or a biography for count as introduced after the text."""
        introduced: Introduced = {}
        for pi, ref in all_refs:
            if ref.kind == "person" and ref.full:
                introduced.setdefault(ref.persons[0], (pi, ref.start))
        for key in list(self.latin) + list(self.bios):
            introduced.setdefault(key, (len(self.doc.passages), 0))
        return introduced

    def _core_years(self) -> tuple[int, int] | None:
        """The middle half of the body's years: the span the story is about."""
        body = sorted(y for j, ys in enumerate(self.years) for _, y in ys if self.doc.passages[j].kind != "footnote")
        return (body[len(body) // 4], body[(3 * len(body)) // 4]) if body else None

    def _home_country(self, all_refs: list[tuple[int, Ref]]) -> str | None:
        # A writer qualifies the bodies of the other side ("the Soviet
        # government") and names those of the country the story is told from
        # bare ("the Foreign Office", "Scotland Yard"): a body whose name
        # implies its country weighs as three qualified ones.
        counts = Counter()
        for _, r in all_refs:
            if r.kind in ("agent", "office") and r.country:
                counts[r.country] += 3 if r.implied else 1
        if not counts:
            counts = Counter(r.key for _, r in all_refs if r.kind == "state")
        return counts.most_common(1)[0][0] if counts else None


def recognize(doc: Document) -> Document:
    work = DocumentActors(doc)
    work.run()
    doc.entities, doc.mentions = work.entities()
    return doc
