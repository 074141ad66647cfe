"""From references to the entities and mentions of one document.

``DocumentActors`` settles what needs the whole document: which namesake a
surname means (the one the document introduced), the country of a bare
"الحكومة", the holder of a title at the narrative date (the document's own
cast first), the facts of biographical footnotes, the English names the
document itself gives, and the authors its footnotes cite.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Document, Entity, Mention
from ..normalize import fold, is_arabic, western_digits
from .dictionary import Person, Place, Role, load_dictionary
from .discover import latin_pairs, place_names, titled_names
from .footnotes import Biography, cited_authors, parse_biography
from .gazetteer import Entry, Table, _candidates, base_table, first_candidates, match_at, scan, tokenize
from .lookup import _bounds, _eponym_entity, _overlap, _pick_by_date, agent_ref_name, holder_person, office_key, person_entity
from .named import named_refs
from .refs import Ref, _title_words, read_refs

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


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


@lru_cache(maxsize=4)
def _one_word_names(table: Table) -> frozenset[str]:
    """Folded one-word forms of persons (full or surname) in a table."""
    return frozenset(k[0] for k, es in table.forms.items() if len(k) == 1 and any(e.kind in ("person", "short") for e in es))


# ------------------------------------------------------------- the document


@dataclass
class _Work:
    entity: Entity
    first: tuple[int, int]
    forms: list[str] = field(default_factory=list)
    key: tuple = ()
    person: Person | None = None


class DocumentActors:
    """Entities and mentions of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.d = load_dictionary()
        self.persons: dict[str, Person] = dict(self.d.persons)
        self.table = Table()  # persons the document introduces itself
        self.latin: dict[str, str] = {}  # person key -> Latin name given in the document
        self.bios: dict[str, Biography] = {}
        self.deaths: dict[str, int] = {}
        self.work: dict[tuple, _Work] = {}
        self.mentions: list[tuple[tuple, Mention]] = []
        self.years = self._narrative_years()
        self.doc_places: dict = {}  # places the document introduces ("ولد في مدينة جوري")
        self._fn_country: dict[int, str | None] = {}

    # -- dates
    def _narrative_years(self) -> list[list[tuple[int, int]]]:
        """Per passage, (offset, year) of the dates it mentions."""
        out: list[list[tuple[int, int]]] = [[] for _ in self.doc.passages]
        for t in self.doc.timexes:
            if t.passage is not None and t.start is not None and re.match(r"^\d{4}", t.value or ""):
                if 0 <= t.passage < len(out):
                    out[t.passage].append((t.start, int(t.value[:4])))
        for i, p in enumerate(self.doc.passages):
            if not out[i]:
                out[i] = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(western_digits(p.text))]
            out[i].sort()
        return out

    def date_at(self, pi: int, offset: int) -> int | None:
        """The narrative year: the last date before this point (footnotes keep their own)."""
        passage = self.doc.passages[pi]
        here = [y for off, y in self.years[pi] if off <= offset]
        if here:
            return here[-1]
        if passage.kind != "footnote":
            for j in range(pi - 1, -1, -1):
                if self.doc.passages[j].kind != "footnote" and self.years[j]:
                    return self.years[j][-1][1]
        body = sorted(y for j, ys in enumerate(self.years) for _, y in ys if self.doc.passages[j].kind != "footnote")
        return body[len(body) // 2] if body else None

    # -- discovery
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
        if len(tokens) > 1 and not strict:  # "ولد في..." glued: try the surname alone
            hit = match_at(tokens, len(tokens) - 1, [base_table(), self.table])
            if hit and (hit.has("short") or hit.has("person")):
                e = hit.has("person") or hit.has("short")
                return e.key
        return None

    def _new_person(self, name: str, arabic: str | None, latin: str | None) -> str:
        key = f"doc:{len([k for k in self.persons if k.startswith('doc:')]) + 1}"
        ar_words = arabic.split() if arabic else []
        la_words = latin.replace("-", " ").split() if latin else []
        self.persons[key] = Person(
            key=key, name=name, ar=(arabic,) if arabic else (), short_ar=(ar_words[-1],) if len(ar_words) > 1 else (),
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
            key = self._known(name) or self._new_person(name, name, None)
            self.bios.setdefault(key, bio)

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
                    title = d.offices[office].title(t.country) if office else t.role
                    self.persons[key] = Person(
                        key=key, name=old.name, ar=old.ar, short_ar=old.short_ar, en=old.en, short_en=old.short_en, alone=True,
                        country=t.country, code=None, born=None, died=None,
                        roles=(Role(office=office or "", country=t.country or "", start=None, end=None, role=title),),
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

    # -- registering
    def _entity(self, key: tuple, make, pi: int, start: int) -> _Work:
        w = self.work.get(key)
        if w is None:
            w = self.work[key] = _Work(make(), (pi, start), key=key)
        return w

    def _mention(self, key: tuple, pi: int, start: int, end: int) -> None:
        p = self.doc.passages[pi]
        self.mentions.append((key, Mention(entity="", passage=pi, start=start, end=end, text=p.text[start:end], line=p.line_at(start))))

    def _person_key(self, ref: Ref, pi: int, introduced: dict[str, tuple[int, int]]) -> str | None:
        if ref.full or len(ref.persons) == 1:
            key = ref.persons[0]
            p = self.persons.get(key)
            if not ref.full and p is not None and not p.alone and key not in introduced:
                return None
            return key
        passage = self.doc.passages[pi]
        subject = next((k for k, b in self.bios.items() if passage.kind == "footnote" and k in ref.persons and fold(b.name) in fold(passage.text[:80])), None)
        if subject:
            return subject
        intro = sorted((introduced[k], k) for k in ref.persons if k in introduced)
        if intro:
            return intro[0][1]
        alone = tuple(k for k in ref.persons if self.persons.get(k) and self.persons[k].alone)
        if not alone:
            return None
        picked = _pick_by_date(alone, self.date_at(pi, ref.start))
        return picked.key if picked else alone[0]

    def run(self) -> None:
        self.discover()
        tables = [base_table(), self.table]
        all_refs: list[tuple[int, Ref]] = []
        for pi, p in enumerate(self.doc.passages):
            scanned = scan(p.text, tables)
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
        introduced: dict[str, tuple[int, int]] = {}
        for pi, ref in all_refs:
            if ref.kind == "person" and ref.full:
                introduced.setdefault(ref.persons[0], (pi, ref.start))
        for key in list(self.latin) + list(self.bios):
            introduced.setdefault(key, (len(self.doc.passages), 0))
        home = self._home_country(all_refs)
        self.cast = set(introduced) | {r.persons[0] for _, r in all_refs if r.kind == "person" and len(r.persons) == 1}
        body = sorted(y for j, ys in enumerate(self.years) for _, y in ys if self.doc.passages[j].kind != "footnote")
        self.core = (body[len(body) // 4], body[(3 * len(body)) // 4]) if body else None
        recent: dict[tuple, str] = {}
        for pi, ref in all_refs:
            self._register(pi, ref, introduced, home, recent)
        self._deaths(all_refs, introduced)

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

    def _register(self, pi: int, ref: Ref, introduced, home, recent) -> None:
        d = self.d
        if ref.kind == "state":
            st = d.states[ref.key]
            region = self._not_yet_sovereign(st.code, pi, ref.start) if not ref.regime else None
            if ref.regime:
                w = self._entity(("state", st.code, ref.regime), lambda: Entity("", "state", ref.regime, code=st.code, country=st.code), pi, ref.start)
            elif region is not None:  # "أوكرانيا" in 1926: a region of the USSR
                w = self._entity(("region", st.code), lambda: Entity("", "place", st.name, country=region or None), pi, ref.start)
            else:
                w = self._entity(("state", st.code), lambda: Entity("", "state", st.name, code=st.code, country=st.code), pi, ref.start)
        elif ref.kind == "place":
            if self._broken_name(pi, ref):
                return
            pl = d.places.get(ref.key) or self.doc_places.get(ref.key)
            if pl is None:
                return
            kind = "organization" if pl.type == "organization" else "place"
            # a place lies in the state it belonged to then: Moscow in 1926 is Soviet
            country = self._place_country(pl.country, pi, ref.start)
            w = self._entity(("place", pl.key), lambda: Entity("", kind, pl.key, country=country), pi, ref.start)
        elif ref.kind == "org":
            o = d.organizations[ref.key]
            kind = o.type if o.type in ("event", "treaty", "document") else "organization"
            w = self._entity(("org", o.key), lambda: Entity("", kind, o.name, code=o.code, country=o.country), pi, ref.start)
        elif ref.kind == "agent":
            # a bare body belongs to the country last named with it: in this
            # paragraph, else (but for the generic "government") earlier in
            # the document, else, in a biography, the subject's nationality,
            # else the document's home country
            country = ref.country or recent.get((pi, ref.key))
            if country is None and ref.key != "government":
                country = recent.get(("doc", ref.key))
            if country is None and self.doc.passages[pi].kind == "footnote":
                country = self._footnote_country(pi)
            country = country or home
            if ref.country:
                recent[(pi, ref.key)] = recent[("doc", ref.key)] = ref.country
            code = country + d.agents[ref.key].agent if country else None
            name = agent_ref_name(ref, country)
            w = self._entity(("agent", ref.key, country, ref.place, ref.former),
                             lambda: Entity("", "organization", name, code=code, country=country), pi, ref.start)
        elif ref.kind == "named":
            w = self._entity(("named", ref.thing, ref.key), lambda: Entity("", ref.thing, ref.key, country=ref.country), pi, ref.start)
        elif ref.kind == "eponym" and ref.place:
            pl = d.places.get(ref.place) or self.doc_places.get(ref.place)
            ent = _eponym_entity(ref.key, None, pl)
            w = self._entity(("eponym", ent.name), lambda: ent, pi, ref.start)
        elif ref.kind == "eponym":
            pkey = self._person_key(Ref("person", ref.persons[0], ref.start, ref.end, persons=ref.persons), pi, introduced) or ref.persons[0]
            person = self.persons.get(pkey)
            ent = _eponym_entity(ref.key, person)
            w = self._entity(("eponym", ent.name), lambda: ent, pi, ref.start)
            if person is not None:  # the person exists in the story even if only named in the thing
                self._person_work(pkey, pi, ref.start)
        elif ref.kind == "person":
            pkey = self._person_key(ref, pi, introduced)
            if pkey is None:
                return
            w = self._person_work(pkey, pi, ref.start)
        elif ref.kind == "office":
            of = d.offices[ref.key]
            country = ref.country or (home if of.refers == "context" else None)
            if ref.former or not country or self.doc.passages[pi].kind == "footnote":
                return
            holder = self._holder(ref.key, country, self.date_at(pi, ref.start))
            if holder is None:
                return
            self._person_work(holder.key, pi, ref.start)
            self._mention(("person", holder.key), pi, ref.start, ref.end)
            return
        else:
            return
        text = ref.form or " ".join(self.doc.passages[pi].text[ref.start:ref.end].split())
        self._mention(w.key, pi, ref.start, ref.end)
        if ref.article:
            text = "ا" + text
        if ref.truncated and w.person is not None and w.person.ar:
            text = w.person.ar[0]  # the cut form is no spelling of the name
        if ref.kind == "person" and ref.honorific:
            text = f"{ref.honorific} {text}"
        w.forms.append(text)

    def _not_yet_sovereign(self, code: str, pi: int, offset: int) -> str | None:
        """None if the state is a state at this point of the text; else the
        state it was part of then ("" when none of those existed yet)."""
        since = self.d.sovereign_since.get(code)
        if since is None:
            return None
        year = self.date_at(pi, offset)
        if year is None or year >= since[0]:
            return None
        for c in since[1]:
            st = self.d.states.get(c)
            if st and (st.start is None or int(st.start[:4]) <= year) and (st.end is None or int(st.end[:4]) >= year):
                return c
        return ""

    def _place_country(self, country: str | None, pi: int, offset: int) -> str | None:
        """The state a place of ``country`` (today's) lay in at this point of the text."""
        if not country:
            return country
        then = self._not_yet_sovereign(country, pi, offset)
        if then:
            return then
        union = self.d.unions.get(country)
        year = self.date_at(pi, offset) if union else None
        st = self.d.states.get(union) if union else None
        if st is not None and year is not None and (st.start is None or int(st.start[:4]) <= year) \
                and (st.end is None or int(st.end[:4]) >= year):
            return union
        return country

    def _footnote_country(self, pi: int) -> str | None:
        """A biography's subject nationality: "زعيم سوفيتي", "a British politician"."""
        if pi not in self._fn_country:
            _, hits = scan(self.doc.passages[pi].text[:200])
            e = next((h.has("adj") for h in hits if h.has("adj")), None)
            self._fn_country[pi] = e.key if e else None
        return self._fn_country[pi]

    def _broken_name(self, pi: int, ref: Ref) -> bool:
        """A place name that, glued to a fragment on the same source line,
        spells a known person's name is that name broken by the PDF
        ("تشام ... برلين" is تشامبرلين), not the place."""
        p = self.doc.passages[pi]
        line = p.line_at(ref.start)
        word = fold(p.text[ref.start:ref.end])
        if " " in word:
            return False
        names = _one_word_names(base_table()) | {k[0] for k, es in self.table.forms.items()
                                                 if len(k) == 1 and any(e.kind in ("person", "short") for e in es)}
        for t in tokenize(p.text):
            if t.start == ref.start or len(t.folded) < 2 or not is_arabic(t.text):
                continue
            for joined in (t.folded + word, word + t.folded):
                if any(f in names for f, _ in _candidates(joined)) and p.line_at(t.start) == line:
                    return True
        return False

    def _holder(self, office: str, country: str, year: int | None) -> Person | None:
        """The holder at the narrative date, but the document's own cast first:
        a paper on 1925-1927 that quotes a 1921 treaty still means its own
        foreign secretary by "وزير الخارجية"."""
        at_date = holder_person(office, country, year) if year else None
        if at_date is not None and at_date.key in self.cast:
            return at_date
        if self.core:
            lo, hi = _bounds(str(self.core[0]), True), _bounds(str(self.core[1]), False)
            scored = [(_overlap(r, lo, hi), p.key) for p in (self.persons[k] for k in self.cast if k in self.persons)
                      for r in p.roles if r.office == office and r.country == country]
            scored = [x for x in scored if x[0] > 0]
            if scored:
                return self.persons[max(scored)[1]]
        return at_date

    def _person_work(self, pkey: str, pi: int, start: int) -> _Work:
        p = self.persons[pkey]
        w = self._entity(("person", pkey), lambda: person_entity(p), pi, start)
        w.person = p
        return w

    def _deaths(self, all_refs: list[tuple[int, Ref]], introduced) -> None:
        """"بعد وفاة لينين في عام 1924" / "Lenin died in 1924": a death year the text gives."""
        for pi, ref in all_refs:
            if ref.kind != "person":
                continue
            text = self.doc.passages[pi].text
            before = fold(text[max(0, ref.start - 8):ref.start])
            after = western_digits(text[ref.end:ref.end + 30])
            m = _YEAR.search(after)
            if not m:
                continue
            if before.rstrip().endswith("وفاه") or re.match(r"^\s*died\b", after):
                key = self._person_key(ref, pi, introduced)
                if key:
                    self.deaths.setdefault(key, int(m.group(1)))

    # -- output
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
        out.extend(self._cited(counters))
        return out, mentions

    def _names(self, w: _Work) -> None:
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

    def _finish_person(self, pkey: str, w: _Work) -> None:
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
        return {"role": title, "role_ar": r.text, "country": country, "start": str(r.start), "end": str(r.end)}

    def _cited(self, counters: Counter) -> list[Entity]:
        names: list[tuple[str, int]] = []
        for f in self.doc.structure.footnotes:
            for c in f.citations:
                if c.author:
                    for a in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", c.author):
                        if len(a.split()) >= 2:
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


def recognize(doc: Document) -> Document:
    work = DocumentActors(doc)
    work.run()
    doc.entities, doc.mentions = work.entities()
    return doc
