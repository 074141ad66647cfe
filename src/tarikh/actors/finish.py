"""Finishing: the entities and mentions of a document, ready for the layers.

Entities get their ids in order of first mention (p1, s1, o1, ...), their
usual names in this document (Arabic and Latin) and aliases; persons get the
names, life years and roles the document itself gives (its biographical
footnotes win over the dictionary). The authors the footnotes cite are
added as persons of category ``cited_author``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document, Entity, Mention
from ..normalize import fold, is_arabic
from .dictionary import Dictionary, Person
from .footnotes import Biography, cited_authors
from .gazetteer import scan
from .lookup import office_key
from .registry import Work


class Finishing:
    """Part of ``DocumentActors``: turns ``self.work`` and ``self.mentions`` into the output."""

    doc: Document
    d: Dictionary
    latin: dict[str, str]
    bios: dict[str, Biography]
    deaths: dict[str, int]
    work: dict[tuple, Work]
    mentions: list[tuple[tuple, Mention]]

    def entities(self) -> tuple[list[Entity], list[Mention]]:
        order = sorted(self.work.items(), key=lambda kv: kv[1].first)
        prefix = {"person": "p", "state": "s", "organization": "o", "document": "d", "treaty": "t", "event": "e", "place": "l"}
        counters: Counter = Counter()
        ids: dict[tuple, str] = {}
        out: list[Entity] = []
        for key, w in order:
            ent = w.entity
            pre = prefix.get(ent.type, "x")
            counters[pre] += 1
            ent.id = f"{pre}{counters[pre]}"
            ids[key] = ent.id
            if w.person is not None:
                self._finish_person(key[1], w)
            else:
                self._names(w)
            out.append(ent)
        mentions = []
        lines: dict[str, set[int]] = {}
        for key, m in self.mentions:
            if key in ids:
                m.entity = ids[key]
                mentions.append(m)
                lines.setdefault(m.entity, set()).add(m.line)
        for ent in out:
            ent.mention_lines = sorted(lines.get(ent.id, ()))
        cited = self._cited(counters)
        mentions = self._authors_only_cited(out, mentions, cited)
        out.extend(cited)
        return out, mentions

    def _authors_only_cited(self, out: list[Entity], mentions: list[Mention], cited: list[Entity]) -> list[Mention]:
        """A person of the dictionary named only as the author of a cited work
        ("Mohamed Heikal, Cutting the Lion's Tail") is a cited author, not a
        person of the history told: the dictionary's entry gives way to the
        citation's."""
        authors: dict[int, list[str]] = {}
        for f in self.doc.structure.footnotes:
            for c in f.citations:
                if c.author:
                    authors.setdefault(c.line or f.start_line, []).append(fold(c.author))
        for e in cited:
            for line in e.mention_lines:
                authors.setdefault(line, []).append(fold(e.name))
        kinds = {i: p.kind for i, p in enumerate(self.doc.passages)}
        texts = {i: p.text for i, p in enumerate(self.doc.passages)}
        by_entity: dict[str, list[Mention]] = {}
        for m in mentions:
            by_entity.setdefault(m.entity, []).append(m)
        drop: set[str] = set()
        for ent in out:
            ms = by_entity.get(ent.id, [])
            if ent.type != "person" or not ms:
                continue
            if all(kinds.get(m.passage) == "footnote"
                   and any(fold(texts[m.passage][m.start:m.end]) in a for a in authors.get(m.line, ())) for m in ms):
                drop.add(ent.id)
        if not drop:
            return mentions
        out[:] = [e for e in out if e.id not in drop]
        return [m for m in mentions if m.entity not in drop]

    def _names(self, w: Work) -> None:
        ar = [f for f in w.forms if is_arabic(f)]
        if ar:
            # the fullest clean form; for a state its name before an adjective
            # or people form ("فرنسا" rather than "الفرنسيون")
            names = set()
            if w.entity.type == "state" and w.entity.code in self.d.states:
                names = {fold(x) for x in self.d.states[w.entity.code].ar_names}
            clean = [f for f in ar if re.fullmatch(r"[\w\s\u064b-\u065f\u0670\u0640'’-]+", f)] or ar
            if w.person is None and w.entity.type != "person":
                # a body or state: its usual name in this document
                counts = Counter(fold(f) for f in clean)
                w.entity.name_ar = max(clean, key=lambda f: (fold(f) in names, counts[fold(f)], -ar.index(f)))
            else:
                w.entity.name_ar = max(clean, key=lambda f: (len(f.split()), -ar.index(f)))
        seen = {fold(w.entity.name_ar or ""), fold(w.entity.name)}
        aliases = []
        for f in w.forms:
            if fold(f) not in seen:
                seen.add(fold(f))
                aliases.append(f)
        w.entity.aliases = aliases

    def _finish_person(self, pkey: str, w: Work) -> None:
        ent, p = w.entity, w.person
        if pkey in self.latin:
            ent.name = self.latin[pkey]
        bio = self.bios.get(pkey)
        if bio is not None:
            w.forms.append(bio.name)
        self._names(w)
        if not ent.name_ar and p.ar:
            ent.name_ar = p.ar[0]
        # life years: the document's own word wins; the dictionary fills a
        # person the document gives no year for
        if bio is not None:
            ent.birth_year, ent.death_year = bio.born, bio.died
        elif pkey in self.deaths:
            ent.birth_year, ent.death_year = None, self.deaths[pkey]
        roles = [self._bio_role(r, p) for r in (bio.roles if bio else [])]
        have = {(r["start"], r["end"]) for r in roles}
        for r in ent.roles:
            if (r["start"], r["end"]) not in have:
                roles.append(r)
        ent.roles = roles

    def _bio_role(self, r, p: Person) -> dict:
        key = office_key(r.text)
        country = None
        _, hits = scan(r.text)
        for h in hits:
            for kind in ("state", "adj"):
                e = h.has(kind)
                if e:
                    country = e.key
                    break
            if country:
                break
        country = country or p.country
        title = self.d.offices[key].title(country) if key else r.text
        out = {"role": title, "role_ar": r.text, "country": country, "start": str(r.start), "end": str(r.end)}
        if not is_arabic(r.text):
            del out["role_ar"]  # an English biography's office has no Arabic wording
        return out

    def _cited(self, counters: Counter) -> list[Entity]:
        names: list[tuple[str, int]] = []
        for f in self.doc.structure.footnotes:
            for c in f.citations:
                if c.author:
                    for a in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", c.author):
                        # a name, not a biography's opening ("Name (1884–1972) was ...")
                        if 2 <= len(a.split()) <= 5 and not re.search(r"[\d()]", a):
                            names.append((a.strip(), c.line or f.start_line))
        for p in self.doc.passages:
            if p.kind == "footnote":
                for a in cited_authors(p.text):
                    k = p.text.find(a)
                    names.append((a, p.line_at(max(k, 0))))
        out: dict[str, Entity] = {}
        for name, line in names:
            key = fold(name)
            if key not in out:
                counters["p"] += 1
                out[key] = Entity(f"p{counters['p']}", "person", name, category="cited_author")
            if line and line not in out[key].mention_lines:
                out[key].mention_lines.append(line)
        for e in out.values():
            e.mention_lines.sort()
        return list(out.values())
