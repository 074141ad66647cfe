"""Named events and treaties built from a head noun and its qualifiers.

"الحرب الأهلية الصينية" (Chinese Civil War), "المفاوضات الفرنسية السوفيتية"
(Franco-Soviet negotiations), "المؤتمر البريطاني – السوفيييتي لعام 1924"
(Anglo-Soviet Conference of 1924), "اتفاقية التجارة لعام 1921" (Trade
Agreement of 1921), "المؤتمر الثالث للسوفييت" (Third Congress of Soviets),
and in English "the Chinese Civil War", "the Anglo-Soviet Conference",
"the Trade Agreement of 1921". The heads and words are data
(resources/common/actors/named_things.yaml); the names are made here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import fold, is_arabic, western_digits
from ..resources import load
from .dictionary import load_dictionary
from .gazetteer import Hit, Token, first_candidates, form_key
from .refs import Ref

_YEAR = re.compile(r"^\s*[–—-]?\s*(?:(?:ل|ل?ل)?(?:عام|العام|سنة)\s+)?(1[5-9]\d\d|20\d\d)(?!\d)")
_EN_YEAR = re.compile(r"^\s+of\s+(1[5-9]\d\d|20\d\d)(?!\d)")
_DASH = re.compile(r"^\s*[–—\-]?\s*$")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = load("common", "actors").get("named_things") or {}
    heads_ar: dict[tuple[str, ...], list[dict]] = {}
    heads_en: dict[tuple[str, ...], list[dict]] = {}
    for row in raw.get("heads") or []:
        for f in row.get("ar") or []:
            heads_ar.setdefault(form_key(f), []).append(row)
        for f in row.get("en") or []:
            heads_en.setdefault(tuple(w.lower() for w in f.split()), []).append(row)
    return {
        "ar": heads_ar,
        "en": heads_en,
        "qual": {form_key(k): v for k, v in (raw.get("qualifiers") or {}).items()},
        "ord": {fold(k): v for k, v in (raw.get("ordinals") or {}).items()},
    }


def _adjective(code: str, combining: bool) -> str:
    st = load_dictionary().states.get(code)
    adjs = list(st.en_adjectives) if st else []
    if combining:
        combo = [a for a in adjs if a.endswith("o")]
        if combo:
            return combo[0]
    return adjs[0] if adjs else (st.name if st else code)


def _adj_at(hits_at: dict[int, Hit], i: int) -> Hit | None:
    h = hits_at.get(i)
    return h if h is not None and h.has("adj") and h.j == i + 1 else None


def named_refs(text: str, tokens: list[Token], hits: list[Hit]) -> list[Ref]:
    data = _data()
    hits_at = {h.i: h for h in hits}
    arabic = is_arabic(text)
    out: list[Ref] = []
    i = 0
    while i < len(tokens):
        ref = _arabic_at(text, tokens, hits_at, i, data) if arabic else _english_at(text, tokens, hits_at, i, data)
        if ref is not None:
            out.append(ref)
            i = max(i + 1, next((k for k, t in enumerate(tokens) if t.start >= ref.end), len(tokens)))
        else:
            i += 1
    return out


@lru_cache(maxsize=4)
def _firsts(which: str) -> frozenset[str]:
    return frozenset(k[0] for k in _data()[which])


def _head(tokens: list[Token], i: int, table: dict, clitics: bool) -> tuple[int, int, list[dict]] | None:
    """(clitic length, head length, rows) of the longest head starting at token i."""
    firsts = first_candidates(tokens[i]) if clitics else [(tokens[i].folded, 0)]
    heads = _firsts("ar" if clitics else "en")
    firsts = [fc for fc in firsts if fc[0] in heads]
    if not firsts:
        return None
    for n in (3, 2, 1):
        for first, clitic in firsts:
            key = (first,) + tuple(t.folded for t in tokens[i + 1:i + n])
            if len(key) == n and key in table:
                return clitic, n, table[key]
    return None


def _arabic_at(text, tokens, hits_at, i, data) -> Ref | None:
    """The named thing whose head noun starts at token i, if any: the first
    of the head's rows (kinds of thing) whose needs the words after it meet."""
    found = _head(tokens, i, data["ar"], True)
    if not found:
        return None
    clitic, n, rows = found
    start = tokens[i].keep[clitic] if clitic < len(tokens[i].keep) else tokens[i].start
    j = i + n
    # the qualifiers after the head do not depend on the row: read them once
    adjs, k = _adjectives_after(text, tokens, hits_at, j)
    for row in rows:
        ref = _arabic_row(text, tokens, hits_at, start, j, adjs, k, row, data)
        if ref is not None:
            return ref
    return None


def _adjectives_after(text, tokens, hits_at, j) -> tuple[list[tuple[str, Hit]], int]:
    """Up to two adjectives right after the head ("الصينية", "البريطاني – السوفييتي"),
    as (state code, hit), and the token after them."""
    adjs, k = [], j
    while k < len(tokens) and len(adjs) < 2:
        h = _adj_at(hits_at, k)
        gap = text[tokens[k - 1].end:tokens[k].start] if k > j else ""
        if h is None or (k > j and not _DASH.match(gap)):
            break
        adjs.append((h.has("adj").key, h))
        k += 1
    return adjs, k


def _arabic_row(text, tokens, hits_at, start, j, adjs, k, row, data) -> Ref | None:
    """The thing of one head row ("pair", "adj", "year" or "ordinal" needs), if met."""
    needs = row.get("needs") or []
    if "pair" in needs and len(adjs) == 2 and adjs[0][0] != adjs[1][0]:
        return _arabic_pair(text, tokens, start, adjs, k, row)
    if "adj" in needs and len(adjs) >= 1:
        code = adjs[0][0]
        return Ref("named", f"{_adjective(code, False)} {row['label']}", start, adjs[0][1].end, country=code, thing=row["type"])
    if "year" in needs and not adjs:
        ref = _arabic_year(text, tokens, start, j, row, data)
        if ref is not None:
            return ref
    if "ordinal" in needs and j < len(tokens) and tokens[j].folded in data["ord"]:
        return _arabic_ordinal(tokens, hits_at, start, j, row, data)
    return None


def _arabic_pair(text, tokens, start, adjs, k, row) -> Ref:
    """"المؤتمر البريطاني – السوفيييتي لعام 1924": Anglo-Soviet Conference of 1924."""
    a, b = adjs[0][0], adjs[1][0]
    name = f"{_adjective(a, True)}-{_adjective(b, False)} {row['label']}"
    stop = tokens[k - 1].end
    m = _YEAR.match(western_digits(text[stop:stop + 20]))
    if m:
        name += f" of {m.group(1)}"
        stop = stop + m.end()
    return Ref("named", name, start, stop, thing=row["type"])


def _arabic_year(text, tokens, start, j, row, data) -> Ref | None:
    """Up to two qualifier words, then the year: "اتفاقية التجارة لعام 1921"."""
    for q in (0, 1, 2):
        if j + q > len(tokens):
            break
        words = tuple(t.folded for t in tokens[j:j + q])
        if q and words not in data["qual"]:
            continue
        after = tokens[j + q - 1].end if q else tokens[j - 1].end
        m = _YEAR.match(western_digits(text[after:after + 20]))
        # only "عام"/"سنة" makes the number the year of the name
        if m and re.search(r"عام|سنة", text[after:after + m.end()]):
            label = f"{data['qual'][words]} {row['label']}" if q else row["label"]
            return Ref("named", f"{label} of {m.group(1)}", start, after + m.end(), thing=row["type"])
    return None


def _arabic_ordinal(tokens, hits_at, start, j, row, data) -> Ref:
    """"المؤتمر الثالث للسوفييت": Third Congress of Soviets (the owner after ل is optional)."""
    name = f"{data['ord'][tokens[j].folded]} {row['label']}"
    h = hits_at.get(j + 1)
    if h is not None and tokens[j + 1].folded.startswith("ل"):
        e = h.has("people") or h.has("state") or h.has("org")
        if e is not None:
            owner, country = _owner(e)
            return Ref("named", f"{name} of {owner}", start, h.end, country=country, thing=row["type"])
    return Ref("named", name, start, tokens[j].end, thing=row["type"])


def _owner(e) -> tuple[str, str | None]:
    """(English name, country) of the people, state or organization owning a named thing."""
    d = load_dictionary()
    owner = d.organizations[e.key].name if e.kind == "org" else "Soviets" if e.key == "SUN" and e.kind == "people" else d.states[e.key].name
    country = d.organizations[e.key].country if e.kind == "org" else e.key
    return owner, country


def _english_at(text, tokens, hits_at, i, data) -> Ref | None:
    # "Anglo-Soviet Conference", "the Chinese Civil War", "the Trade Agreement of 1921"
    h = _adj_at(hits_at, i)
    adjs = []
    k = i
    while h is not None and len(adjs) < 2:
        adjs.append(h.has("adj").key)
        k += 1
        h = _adj_at(hits_at, k) if k < len(tokens) and text[tokens[k - 1].end:tokens[k].start] in ("-", "–") else None
    start_words = k
    qual = None
    if not adjs and tokens[i].text[:1].isupper() and tokens[i].text in {v for v in data["qual"].values()}:
        qual, start_words = tokens[i].text, i + 1
    if start_words >= len(tokens):
        return None
    found = _head(tokens, start_words, data["en"], False)
    if not found or (not adjs and qual is None):
        return None
    _, n, rows = found
    last = tokens[start_words + n - 1]
    if not last.text[:1].isupper():
        return None
    start = tokens[i].start
    for row in rows:
        needs = row.get("needs") or []
        m = _EN_YEAR.match(text[last.end:last.end + 12])
        if "pair" in needs and len(adjs) == 2:
            name = f"{_adjective(adjs[0], True)}-{_adjective(adjs[1], False)} {row['label']}"
            return Ref("named", name + (f" of {m.group(1)}" if m else ""), start, last.end + (m.end() if m else 0), thing=row["type"])
        if "adj" in needs and len(adjs) == 1:
            return Ref("named", f"{_adjective(adjs[0], False)} {row['label']}", start, last.end, country=adjs[0], thing=row["type"])
        if "year" in needs and qual and m:
            return Ref("named", f"{qual} {row['label']} of {m.group(1)}", start, last.end + m.end(), thing=row["type"])
    return None
