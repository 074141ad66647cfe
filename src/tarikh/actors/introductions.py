"""Persons and places a document introduces itself.

Before references are read, the document is searched for the names its
dictionary lacks: Arabic names with the Latin form beside them ("تشيشيرين
(Chicherin)"), persons named after a title ("الدبلوماسي السوفييتي جان
بيرزين"), places named in biographies, the subjects of biographical
footnotes, and names a PDF line break cut short ("ثيودور روثست|ين").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..document import Document
from ..normalize import fold, is_arabic
from .dictionary import Dictionary, Person, Place, Role, load_dictionary
from .discover import latin_pairs, place_names, titled_names
from .footnotes import Biography, parse_biography
from .gazetteer import Entry, Table, base_table, first_candidates, match_at, scan, tokenize
from .lookup import office_key
from .refs import Ref, _title_words


@lru_cache(maxsize=1)
def _first_names() -> dict[str, list[tuple[str, str]]]:
    """Folded first name -> (person key, folded surname) of two-word Arabic names."""
    out: dict[str, list[tuple[str, str]]] = {}
    for p in load_dictionary().persons.values():
        for form in p.ar:
            words = [t.folded for t in tokenize(form)]
            if len(words) == 2:
                out.setdefault(words[0], []).append((p.key, words[1]))
    return out

class Introductions:
    """Part of ``DocumentActors``: fills ``self.persons``, ``self.table``,
    ``self.latin``, ``self.bios`` and ``self.doc_places``."""

    doc: Document
    d: Dictionary
    persons: dict[str, Person]
    table: Table
    latin: dict[str, str]
    bios: dict[str, Biography]
    doc_places: dict

    def _known(self, text: str, strict: bool = False) -> str | None:
        """The dictionary or document person a whole name stands for
        (``strict``: only the whole name, never its last word alone)."""
        tokens = tokenize(text)
        if not tokens:
            return None
        hit = match_at(tokens, 0, [base_table(), self.table])
        if hit and hit.j == len(tokens):
            e = hit.has("person") or hit.has("short")
            if e and e.key in self.persons:
                return e.key
        # "الحسين بن طلال": after بن the last word is the father's name, no surname
        patronym = len(tokens) > 2 and tokens[-2].folded in ("بن", "ابن", "bin", "ibn")
        if len(tokens) > 1 and not strict and not patronym:  # "ولد في..." glued: try the surname alone
            hit = match_at(tokens, len(tokens) - 1, [base_table(), self.table])
            if hit and (hit.has("short") or hit.has("person")):
                e = hit.has("person") or hit.has("short")
                return e.key
        return None

    def _new_person(self, name: str, arabic: str | None, latin: str | None) -> str:
        key = f"doc:{len([k for k in self.persons if k.startswith('doc:')]) + 1}"
        ar_words = arabic.split() if arabic else []
        la_words = latin.replace("-", " ").split() if latin else []
        # "الحسين بن طلال": the name before بن is the short one (طلال is the father)
        cut = next((i for i, w in enumerate(ar_words) if fold(w) in ("بن", "ابن") and i > 0), None)
        short = [" ".join(ar_words[:cut])] if cut is not None else ar_words[-1:] if len(ar_words) > 1 else []
        self.persons[key] = Person(
            key=key, name=name, ar=(arabic,) if arabic else (), short_ar=tuple(short),
            en=(latin,) if latin else (), short_en=(la_words[-1],) if len(la_words) > 1 else (), alone=True,
            country=None, code=None, born=None, died=None, roles=(),
        )
        for f in self.persons[key].ar + self.persons[key].en:
            self.table.add(f, Entry("person", key))
        for f in self.persons[key].short_ar + self.persons[key].short_en:
            self.table.add(f, Entry("short", key))
        return key

    def discover(self) -> None:
        for pi, p in enumerate(self.doc.passages):
            if p.kind == "footnote":
                continue
            for pair in latin_pairs(p.text):
                key = self._known(pair.latin) or self._known(pair.arabic)
                if key is None:
                    if not all(len(w) >= 3 for w in pair.arabic.split()):
                        continue
                    key = self._new_person(pair.latin, pair.arabic, pair.latin)
                self.latin.setdefault(key, pair.latin)
        self._discover_places()
        self._discover_titled()
        for p in self.doc.passages:
            if p.kind != "footnote":
                continue
            bio = parse_biography(p.text)
            if bio is None:
                continue
            name = bio.name
            words = name.split()
            if words and fold(words[0]) in _title_words().get("honorifics", ()):
                name = " ".join(words[1:])
            key = self._known(name)
            if key is None:
                key = self._new_person(name, name if is_arabic(name) else None, None if is_arabic(name) else name)
            if self.persons[key].country is None:
                country = bio_country(p.text[bio.head_end:]) or self._office_country(bio)
                if country:  # "سياسي سوري", "a French diplomat": the subject's nationality
                    self.persons[key] = replace(self.persons[key], country=country)
            self.bios.setdefault(key, bio)

    def _office_country(self, bio: Biography) -> str | None:
        """The state whose own name for an office a biography gives ("Under
        Secretary of State": the United States)."""
        for r in bio.roles:
            office = office_key(r.text)
            country = self.d.offices[office].country_named(r.text) if office else None
            if country:
                return country
        return None

    def _discover_titled(self) -> None:
        """Persons named after a title: "الدبلوماسي السوفييتي جان بيرزين"."""
        d = self.d

        def office_title(hit) -> str | None:
            e = hit.has("office")
            return d.offices[e.key].default if e else None

        for p in self.doc.passages:
            if p.kind == "footnote":
                continue  # a footnote's names are its subject and its sources
            tokens, hits = scan(p.text, [base_table(), self.table])
            for t in titled_names(p.text, list(tokens), hits, office_title):
                key = self._known(t.name, strict=True)
                words = tuple(fold(x) for x in t.name.split())
                if key is None and any(tuple(fold(x) for x in f.split())[:len(words)] == words
                                       for pr in self.persons.values() for f in pr.ar + pr.en):
                    continue  # the start of a known name whose end the PDF moved away
                if key is None:
                    key = self._new_person(t.name, t.name if is_arabic(t.name) else None, None if is_arabic(t.name) else t.name)
                    old = self.persons[key]
                    office = office_key(t.role)
                    # "Richard Stokes, the Lord Privy Seal": an office only one state has names it
                    country = t.country or (d.offices[office].sole_country if office else None) \
                        or (d.offices[office].country_named(p.text[t.title_start:t.title_start + 60]) if office else None)
                    title = d.offices[office].title(country) if office else t.role
                    self.persons[key] = Person(
                        key=key, name=old.name, ar=old.ar, short_ar=old.short_ar, en=old.en, short_en=old.short_en, alone=True,
                        country=country, code=None, born=None, died=None,
                        roles=(Role(office=office or "", country=country or "", start=None, end=None, role=title),),
                    )

    def _discover_places(self) -> None:
        """Places the dictionary lacks, named where biographies name them."""
        tables = [base_table()]
        for p in self.doc.passages:
            tokens = list(tokenize(p.text))
            if not tokens:
                continue

            def known(k: int) -> bool:
                return match_at(tokens, k, tables) is not None

            for pl in place_names(p.text, tokens, known):
                key = pl.latin or pl.arabic
                if not key or key in self.doc_places or self.d.places.get(key):
                    continue
                country = None
                _, after = scan(p.text[pl.near:pl.near + 40])
                for h in after[:2]:
                    e = h.has("state")
                    if e:
                        country = e.key
                        break
                kind = "organization" if fold(key.split()[0]) in _title_words().get("institution_nouns", ()) else "place"
                self.doc_places[key] = Place(key=key, type=kind, country=country, ar=(pl.arabic,) if pl.arabic else (),
                                             en=(pl.latin,) if pl.latin else ())
                for f in self.doc_places[key].ar + self.doc_places[key].en:
                    self.table.add(f, Entry("place", key))

    def _truncated(self, text: str, refs: list[Ref]) -> list[Ref]:
        """A first name and the start of its surname, the rest lost to a PDF
        line break ("ثيودور روثست|ين"): the person, if the dictionary has
        exactly that first name with a surname so begun."""
        index = _first_names()
        if not index:
            return []
        tokens = tokenize(text)
        covered = [any(r.start <= t.start < r.end or t.start <= r.start < t.end for r in refs) for t in tokens] if refs else [False] * len(tokens)
        out = []
        for k, (a, b) in enumerate(zip(tokens, tokens[1:])):
            if covered[k] or covered[k + 1] or len(b.folded) < 4 or not any(f in index for f, _ in first_candidates(a)):
                continue
            for first, clitic in first_candidates(a):
                for key, surname in index.get(first, ()):
                    if len(b.folded) >= 4 and surname != b.folded and surname.startswith(b.folded) and len(b.folded) >= 0.6 * len(surname):
                        start = a.keep[clitic] if clitic < len(a.keep) else a.start
                        out.append(Ref("person", key, start, b.end, persons=(key,), full=True, truncated=True))
        return out


def bio_country(text: str) -> str | None:
    """The nationality a biography gives its subject: the first nationality
    adjective of its opening words ("سياسي سوري"، "دبلوماسي فرنسي", "a French
    diplomat"), else the state its first office names ("Prime Minister of
    Iran"), else the state of the birthplace it names ("born in Tehran")."""
    head = text[:160]
    _, hits = scan(head)
    for h in hits:
        e = h.has("adj")
        if e:
            return e.key
    for h in hits:
        e = h.has("state")
        if e:
            return e.key
    for h in hits:  # "born in Tehran", "ولد في دمشق": the state of the birthplace (not where he died)
        e = h.has("place")
        pl = load_dictionary().places.get(e.key) if e else None
        if pl is not None and pl.country and _BORN.search(head[max(0, h.start - 20):h.start]):
            return pl.country
    return None


_BORN = re.compile(r"(?:born|ولد|ولدت)\s+(?:\S+\s+){0,2}$", re.I)
