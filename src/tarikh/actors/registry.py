"""Registering references: each reference becomes a mention of an entity.

References (``refs``, ``named``) say what a span names: a state, a place, an
organization, a bare government body ("الحكومة"), a named thing, a person,
an office. Registering settles what needs the whole document: which
namesake a surname means (the one the document introduced), the country of
a bare body, the holder of a title at the narrative date (the document's
own cast first), the state a place lay in then, and a place name that is
only a person's name broken by the PDF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..document import Document, Entity, Mention
from ..normalize import fold, is_arabic, western_digits
from .dictionary import Dictionary, Person, Place
from .footnotes import Biography
from .gazetteer import Table, _candidates, base_table, scan, tokenize
from .lookup import _bounds, _eponym_entity, _overlap, _pick_by_date, agent_ref_name, holder_person, person_entity, title_states
from .refs import Ref
from .years import YEAR

# Words after a body that name who leads it ("units under General Zahedi").
_LED_BY = re.compile(r"\s+(?:[a-z]+\s+){0,1}(?:under|led by|commanded by|under the command of|بقيادة|برئاسة)\s+")

# Words right before a title that make it the office taken, not its holder:
# "وصل إلى رئاسة الحكومة", "تولى رئاسة الوزراء", "became Prime Minister".
_TAKING_OFFICE = frozenset(fold(w) for w in (
    "إلى", "الى", "تولى", "تولت", "يتولى", "لتولي", "تسلم", "شغل", "منصب", "became", "as", "appointed", "succeeded"))

# The person a reference names, by key -> (passage, offset) where the
# document first names that person in full.
Introduced = dict[str, tuple[int, int]]


@lru_cache(maxsize=4)
def _one_word_names(table: Table) -> frozenset[str]:
    """Folded one-word forms of persons (full or surname) in a table."""
    return frozenset(k[0] for k, es in table.forms.items() if len(k) == 1 and any(e.kind in ("person", "short") for e in es))


@dataclass
class Work:
    """An entity being built: where it is first named, the forms it is named by."""

    entity: Entity
    first: tuple[int, int]
    forms: list[str] = field(default_factory=list)
    key: tuple = ()
    person: Person | None = None


class Registry:
    """Part of ``DocumentActors``: fills ``self.work`` and ``self.mentions``."""

    doc: Document
    d: Dictionary
    persons: dict[str, Person]
    table: Table
    bios: dict[str, Biography]
    deaths: dict[str, int]
    work: dict[tuple, Work]
    mentions: list[tuple[tuple, Mention]]
    doc_places: dict
    _fn_country: dict[int, str | None]
    cast: set[str]
    core: tuple[int, int] | None
    refs_by_passage: dict[int, list[Ref]]

    def _entity(self, key: tuple, make: Callable[[], Entity], pi: int, start: int) -> Work:
        w = self.work.get(key)
        if w is None:
            w = self.work[key] = Work(make(), (pi, start), key=key)
        return w

    def _mention(self, key: tuple, pi: int, start: int, end: int) -> None:
        p = self.doc.passages[pi]
        self.mentions.append((key, Mention(entity="", passage=pi, start=start, end=end, text=p.text[start:end], line=p.line_at(start))))

    def _person_key(self, ref: Ref, pi: int, introduced: Introduced) -> str | None:
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

    def _register(self, pi: int, ref: Ref, introduced: Introduced, home: str | None, recent: dict[tuple, str]) -> None:
        """Register one reference: the entity it names, its mention, the form it is named by."""
        if ref.kind == "office":
            self._register_office(pi, ref, home)  # a mention of the holder; the title is no form of a name
            return
        if ref.kind == "state":
            w = self._register_state(pi, ref)
        elif ref.kind == "place":
            w = self._register_place(pi, ref)
        elif ref.kind == "org":
            w = self._register_org(pi, ref)
        elif ref.kind == "agent":
            w = self._register_agent(pi, ref, home, recent)
        elif ref.kind == "named":
            w = self._register_named(pi, ref)
        elif ref.kind == "eponym" and ref.place:
            w = self._register_place_eponym(pi, ref)
        elif ref.kind == "eponym":
            w = self._register_eponym(pi, ref, introduced)
        elif ref.kind == "person":
            w = self._register_person(pi, ref, introduced)
        else:
            return
        if w is not None:
            self._add_form(w, pi, ref)

    def _add_form(self, w: Work, pi: int, ref: Ref) -> None:
        text = ref.form or " ".join(self.doc.passages[pi].text[ref.start:ref.end].split())
        self._mention(w.key, pi, ref.start, ref.end)
        if ref.article:
            text = "ا" + text
        if ref.truncated and w.person is not None and w.person.ar:
            text = w.person.ar[0]  # the cut form is no spelling of the name
        if ref.kind == "person" and ref.honorific:
            text = f"{ref.honorific} {text}"
        if ref.kind == "agent" and is_arabic(text) and text.endswith(("ته", "تها", "تهم")):
            return  # "حكومته" names the body, but is no name of it
        w.forms.append(text)

    def _register_state(self, pi: int, ref: Ref) -> Work:
        st = self.d.states[ref.key]
        region = self._not_yet_sovereign(st.code, pi, ref.start) if not ref.regime else None
        if ref.regime:
            return self._entity(("state", st.code, ref.regime), lambda: Entity("", "state", ref.regime, code=st.code, country=st.code), pi, ref.start)
        if region is not None:  # "أوكرانيا" in 1926: a region of the USSR
            return self._entity(("region", st.code), lambda: Entity("", "place", st.name, country=region or None), pi, ref.start)
        union = self._union_then(st.code, pi, ref.start) if not ref.regime else None
        if union is not None:  # "the Russians" in 1948 are the Soviet state
            un = self.d.states[union]
            return self._entity(("state", un.code), lambda: Entity("", "state", un.name, code=un.code, country=un.code), pi, ref.start)
        return self._entity(("state", st.code), lambda: Entity("", "state", st.name, code=st.code, country=st.code), pi, ref.start)

    def _register_place(self, pi: int, ref: Ref) -> Work | None:
        if self._broken_name(pi, ref):
            return None
        pl = self.d.places.get(ref.key) or self.doc_places.get(ref.key)
        if pl is None:
            return None
        kind = "organization" if pl.type == "organization" else "place"
        # a place lies in the state it belonged to then: Moscow in 1926 is Soviet
        country = self._held_by(pl, pi, ref.start) or self._place_country(pl.country, pi, ref.start)
        return self._entity(("place", pl.key), lambda: Entity("", kind, pl.key, country=country), pi, ref.start)

    def _register_org(self, pi: int, ref: Ref) -> Work:
        o = self.d.organizations[ref.key]
        kind = o.type if o.type in ("event", "treaty", "document") else "organization"
        return self._entity(("org", o.key), lambda: Entity("", kind, o.name, code=o.code, country=o.country,
                                                          members=list(o.members)), pi, ref.start)

    def _register_agent(self, pi: int, ref: Ref, home: str | None, recent: dict[tuple, str]) -> Work:
        # a bare body belongs to the country last named with it: in this
        # paragraph, else (but for the generic "government") earlier in
        # the document, else, in a biography, the subject's nationality,
        # else the document's home country
        text = self.doc.passages[pi].text
        if re.search(r"\b(?:his|her)\s+$", text[max(0, ref.start - 6):ref.start]):
            # "demonstrated against his mission": the one "his" stands for owns it,
            # over a country the words further around suggest
            country = self._owner_country(pi, ref) or ref.country
        else:
            country = ref.country
        country = country or self._owner_country(pi, ref) or self._local_country(pi, ref) or self._seat_country(ref) \
            or recent.get((pi, ref.key))
        if country is None and ref.key != "government" and self.doc.passages[pi].lang == "en":
            # "Ernest Bevin told the Cabinet": the body of the person whose sentence it is
            country = self._sentence_person_country(pi, ref)
        if country is None and ref.key != "government":
            country = recent.get(("doc", ref.key))
        if country is None and self.doc.passages[pi].kind == "footnote":
            country = self._footnote_country(pi)
        if country is None and self.d.agents[ref.key].agent == "LEG":
            # a bare parliament is the paper's own country's: of a title that names a
            # pair of states ("العلاقات السورية الفرنسية"), the one named first
            titled = title_states(self.doc.structure.title or "") if self.doc.structure else []
            country = titled[0] if len(titled) >= 2 else None
        country = country or home
        if ref.country:
            recent[(pi, ref.key)] = recent[("doc", ref.key)] = ref.country
        return self._agent_entity(pi, ref, country)

    def _owner_country(self, pi: int, ref: Ref) -> str | None:
        """"حكومته", "his delegation": a body owned by a pronoun is of the one it
        stands for, the last person named before it ("ها", "its", "their": the
        last actor of any kind), in this passage or the one before."""
        text = self.doc.passages[pi].text
        token = text[ref.start:].split(maxsplit=1)[0] if text[ref.start:].strip() else ""
        before = text[max(0, ref.start - 7):ref.start].lower()
        led = self._leader_country(pi, ref, text)
        if led:
            return led
        if self.mentions and (re.search(r"['’]s\s+$", before) or self.mentions[-1][0][0] == "person"):
            # "Zahedi's government", "the Attlee cabinet": the one named right before owns it
            key, m = self.mentions[-1]
            w = self.work.get(key)
            if m.passage == pi and not text[m.end:ref.start].replace("'s", "").replace("’s", "").strip() \
                    and w is not None and w.entity.country:
                return w.entity.country
        if re.search(r"\b(?:his|her)\s+$", before) or (is_arabic(token) and token.endswith("ه") and len(token) > 3):
            kinds: tuple[str, ...] = ("person",)
        elif re.search(r"\b(?:its|their)\s+$", before) or (is_arabic(token) and token.endswith(("ها", "هم"))):
            kinds = ("person", "state", "agent", "org")
        else:
            return None
        for key, m in reversed(self.mentions):
            if m.passage < pi - 1:
                break
            if key[0] in kinds and (m.passage < pi or m.end <= ref.start):
                w = self.work.get(key)
                if w is not None and w.entity.country:
                    return w.entity.country
        return None

    def _leader_country(self, pi: int, ref: Ref, text: str) -> str | None:
        """"army units under General Fazlollah Zahedi", "قوات بقيادة ...": a
        body led by a person is of that person's state."""
        m = _LED_BY.match(text, ref.end)
        if m is None:
            return None
        nxt = next((r for r in self.refs_by_passage.get(pi, ()) if r.kind == "person" and 0 <= r.start - m.end() <= 12), None)
        people = [self.persons[k] for k in (nxt.persons if nxt is not None else ()) if k in self.persons]
        countries = {p.country for p in people if p.country}
        return countries.pop() if len(countries) == 1 else None

    def _sentence_person_country(self, pi: int, ref: Ref) -> str | None:
        text = self.doc.passages[pi].text
        start = max((text.rfind(c, 0, ref.start) for c in ".!?؟"), default=-1) + 1
        first = None  # the sentence's first mention, when a person opening it: its subject
        for key, m in reversed(self.mentions):
            if m.passage != pi or m.start < start:
                break
            if m.end <= ref.start:
                first = (key, m)
        if first is None or first[0][0] != "person" or first[1].start - start > 30:
            return None  # "the Foreign Secretary informed Rakovsky that the Cabinet ...": not Rakovsky's
        w = self.work.get(first[0])
        return w.entity.country if w is not None else None

    def _seat_country(self, ref: Ref) -> str | None:
        """"the government in Tehran": a government is of the state it sits in."""
        if not self.d.agents[ref.key].seat or not ref.place:
            return None
        pl = self.d.places.get(ref.place)
        if pl is not None:
            return pl.country
        return ref.place if ref.place in self.d.states else None

    def _local_country(self, pi: int, ref: Ref) -> str | None:
        """A crowd is of the country it acts in: a place or state named in its sentence."""
        if not self.d.agents[ref.key].local:
            return None
        text = self.doc.passages[pi].text
        start = max((text.rfind(c, 0, ref.start) for c in ".!?؟\n"), default=-1) + 1
        ends = [i for i in (text.find(c, ref.end) for c in ".!?؟") if i >= 0]
        end = min(ends) if ends else len(text)
        for r in self.refs_by_passage.get(pi, ()):
            if start <= r.start < end and r is not ref and r.kind == "state" \
                    and re.search(r"(?:\bin|في)\s+$", text[max(0, r.start - 5):r.start]):
                return r.key  # "the General Strike in Britain"
            if start <= r.start < end and r is not ref:
                key = r.key if r.kind == "place" else r.place  # "السفارة البريطانية في القاهرة": where it sits
                if key:
                    pl = self.d.places.get(key) or self.doc_places.get(key)
                    if pl is not None and pl.country and pl.type != "organization":
                        return self._held_by(pl, pi, r.start) or self._place_country(pl.country, pi, r.start)
        return None

    def _agent_entity(self, pi: int, ref: Ref, country: str | None) -> Work:
        code = country + self.d.agents[ref.key].agent if country else None
        name = agent_ref_name(ref, country)
        return self._entity(("agent", ref.key, country, ref.place, ref.former),
                            lambda: Entity("", "organization", name, code=code, country=country), pi, ref.start)

    def _register_named(self, pi: int, ref: Ref) -> Work:
        return self._entity(("named", ref.thing, ref.key), lambda: Entity("", ref.thing, ref.key, country=ref.country), pi, ref.start)

    def _register_place_eponym(self, pi: int, ref: Ref) -> Work:
        pl = self.d.places.get(ref.place) or self.doc_places.get(ref.place)
        ent = _eponym_entity(ref.key, None, pl)
        return self._entity(("eponym", ent.name), lambda: ent, pi, ref.start)

    def _register_eponym(self, pi: int, ref: Ref, introduced: Introduced) -> Work:
        pkey = self._person_key(Ref("person", ref.persons[0], ref.start, ref.end, persons=ref.persons), pi, introduced) or ref.persons[0]
        person = self.persons.get(pkey)
        ent = _eponym_entity(ref.key, person)
        w = self._entity(("eponym", ent.name), lambda: ent, pi, ref.start)
        # the person exists in the story even if only named in the thing ("the
        # Zinoviev letter"); an institution named after one ("جامعة فؤاد الأول") honours, not tells
        if person is not None and ent.type != "organization":
            self._person_work(pkey, pi, ref.start)
        return w

    def _register_person(self, pi: int, ref: Ref, introduced: Introduced) -> Work | None:
        pkey = self._person_key(ref, pi, introduced)
        if pkey is None:
            return None
        return self._person_work(pkey, pi, ref.start)

    def _register_office(self, pi: int, ref: Ref, home: str | None) -> None:
        of = self.d.offices[ref.key]
        # "the Shah": a title only one state's ruler bore names that state
        country = ref.country or of.sole_country or (home if of.refers == "context" else None)
        if ref.former or not country or self.doc.passages[pi].kind == "footnote":
            return
        if self._office_taken(pi, ref):
            return  # "وصل إلى رئاسة الحكومة", "took office as Prime Minister": the office, not its holder then
        # a country has many ambassadors at once: the title alone names no one
        holder = None if of.refers == "adjective" else self._holder(ref.key, country, self.date_at(pi, ref.start))
        if holder is None:
            if ref.country or of.sole_country:
                # "السفير الفرنسي", "the Egyptian ambassador", "the Shah": a holder
                # the dictionary does not know still acts for his government
                self._government_mention(pi, ref, ref.country or of.sole_country)
            return
        self._person_work(holder.key, pi, ref.start)
        self._mention(("person", holder.key), pi, ref.start, ref.end)

    def _office_taken(self, pi: int, ref: Ref) -> bool:
        """A title right after a verb of taking office names the office taken."""
        before = fold(self.doc.passages[pi].text[max(0, ref.start - 25):ref.start]).split()
        return bool(before) and before[-1].lstrip("و") in _TAKING_OFFICE

    def _government_mention(self, pi: int, ref: Ref, country: str) -> None:
        w = self._agent_entity(pi, Ref("agent", "government", ref.start, ref.end, country=country), country)
        self._mention(w.key, pi, ref.start, ref.end)

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
        return self._union_then(country, pi, offset) or country

    def _union_then(self, country: str, pi: int, offset: int) -> str | None:
        """The union state ``country``'s land was part of at this point of the text, if any."""
        union = self.d.unions.get(country)
        year = self.date_at(pi, offset) if union else None
        st = self.d.states.get(union) if union else None
        if st is not None and year is not None and (st.start is None or int(st.start[:4]) <= year) \
                and (st.end is None or int(st.end[:4]) >= year):
            return union
        return None

    def _held_by(self, pl: Place, pi: int, offset: int) -> str | None:
        """The state that held a place at this point of the text, when not its own
        ("غزة" in 1955: Egypt; "the West Bank" in 1960: Jordan)."""
        if not pl.held:
            return None
        year = self.date_at(pi, offset)
        if year is None:
            return None
        return next((code for code, start, end in pl.held if start <= year and (end is None or year < end)), None)

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

    def _person_work(self, pkey: str, pi: int, start: int) -> Work:
        p = self.persons[pkey]
        w = self._entity(("person", pkey), lambda: person_entity(p), pi, start)
        w.person = p
        return w

    def _deaths(self, all_refs: list[tuple[int, Ref]], introduced: Introduced) -> None:
        """"بعد وفاة لينين في عام 1924" / "Lenin died in 1924": a death year the text gives."""
        for pi, ref in all_refs:
            if ref.kind != "person":
                continue
            text = self.doc.passages[pi].text
            before = fold(text[max(0, ref.start - 8):ref.start])
            after = western_digits(text[ref.end:ref.end + 30])
            m = YEAR.search(after)
            if not m:
                continue
            if before.rstrip().endswith("وفاه") or re.match(r"^\s*died\b", after):
                key = self._person_key(ref, pi, introduced)
                if key:
                    self.deaths.setdefault(key, int(m.group(1)))
