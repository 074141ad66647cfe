"""Scorers of each layer, by the rules of ``shared/contract.md``.

Every scorer takes gold rows (as in the gold JSON Lines) and system items as
plain dicts (the shapes of ``Document.to_dict()``), so each can be tested on
hand-made pairs without running the pipeline.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from ..normalize import fold, is_arabic
from .matching import Score, false_hit, max_matching, miss, within
from .wer import wer

LINE_TOLERANCE = 2
# Careful annotators resolve these differently (contract.md): neutral.
NEUTRAL_TIMEX_KINDS = frozenset({"anaphoric", "relative", "future", "duration"})


def _line_cost(g: Mapping[str, Any], s: Mapping[str, Any]) -> float:
    return abs(int(g.get("line") or 0) - int(s.get("line") or 0))


# -- timexes -----------------------------------------------------------------


def timex_is_neutral(g: Mapping[str, Any]) -> bool:
    return g.get("kind") in NEUTRAL_TIMEX_KINDS or g.get("value") == "REL"


def score_timexes(gold: Sequence[Mapping], system: Sequence[Mapping], tolerance: int = LINE_TOLERANCE) -> Score:
    """±``tolerance`` lines, ``value`` and ``mod`` equal, one-to-one.

    Neutral gold items are set aside first; after the scoring match, each
    neutral item absorbs at most one leftover system item within the line
    tolerance (whatever its value), which then counts neither way.
    """
    scoring = [g for g in gold if not timex_is_neutral(g)]
    neutral = [g for g in gold if timex_is_neutral(g)]

    def ok(g: Mapping, s: Mapping) -> bool:
        return (within(g.get("line"), s.get("line"), tolerance) and g.get("value") == s.get("value")
                and (g.get("mod") or None) == (s.get("mod") or None))

    pairs = max_matching(scoring, system, ok, _line_cost)
    used = set(pairs.values())
    leftovers = [j for j in range(len(system)) if j not in used]
    absorb = max_matching(neutral, [system[j] for j in leftovers],
                          lambda g, s: within(g.get("line"), s.get("line"), tolerance), _line_cost)
    absorbed = {leftovers[j] for j in absorb.values()}

    score = Score("timexes", gold=len(scoring), system=len(system) - len(absorbed),
                  matched=len(pairs), neutral=len(absorbed))
    for i, g in enumerate(scoring):
        if i not in pairs:
            score.errors.append(miss(g.get("line"), g.get("text", ""), value=g.get("value"), mod=g.get("mod")))
    for j, s in enumerate(system):
        if j not in used and j not in absorbed:
            score.errors.append(false_hit(s.get("line"), s.get("text", ""), value=s.get("value"), mod=s.get("mod")))
    return score


# -- events ------------------------------------------------------------------

EVENT_LEVELS = ("coded", "dated", "exact")


def _country(party: Mapping[str, Any] | None) -> str | None:
    return (party or {}).get("country")


def date_matches(gold_value: str | None, system_value: str | None) -> bool:
    """Equal at the gold's precision or finer: ``1925-01`` accepts ``1925-01-04``.

    A gold event without a date accepts any; a prefix must end at a TIMEX
    field boundary, so ``1925`` does not accept the range ``1925/1927``.
    """
    if not gold_value:
        return True
    if not system_value:
        return False
    return system_value == gold_value or system_value.startswith(gold_value + "-")


def event_ok(level: str, tolerance: int = LINE_TOLERANCE):
    def ok(g: Mapping, s: Mapping) -> bool:
        if not within(g.get("line"), s.get("line"), tolerance):
            return False
        if str(g.get("cameo", ""))[:2] != str(s.get("cameo", ""))[:2]:
            return False
        if _country(g.get("source")) != _country(s.get("source")):
            return False
        # a gold target of null accepts any target
        if g.get("target") is not None and _country(g.get("target")) != _country(s.get("target")):
            return False
        if level in ("dated", "exact") and not date_matches((g.get("date") or {}).get("value"),
                                                            (s.get("date") or {}).get("value")):
            return False
        if level == "exact" and str(g.get("cameo")) != str(s.get("cameo")):
            return False
        return True

    return ok


def _event_text(e: Mapping[str, Any]) -> str:
    return f"{e.get('cameo')} {_country(e.get('source'))}->{_country(e.get('target'))} " \
           f"{(e.get('date') or {}).get('value')}: {e.get('evidence', '')}"


def score_events(gold: Sequence[Mapping], system: Sequence[Mapping], tolerance: int = LINE_TOLERANCE) -> list[Score]:
    """Six scores: coded/dated/exact on all events and on ``tier: core``.

    A system event without a tier takes the tier of the gold event it matched
    at that level; an unmatched untiered event counts as a core claim (it
    claims nothing narrower), so core precision is not flattered.
    """
    out_all: list[Score] = []
    out_core: list[Score] = []
    for level in EVENT_LEVELS:
        pairs = max_matching(gold, system, event_ok(level, tolerance), _line_cost)
        by_system = {j: i for i, j in pairs.items()}
        score = Score(f"events/{level}", gold=len(gold), system=len(system), matched=len(pairs))
        core = Score(f"events/core/{level}")
        for i, g in enumerate(gold):
            is_core = g.get("tier") == "core"
            core.gold += is_core
            if i not in pairs:
                score.errors.append(miss(g.get("line"), _event_text(g), id=g.get("id"), tier=g.get("tier")))
        for j, s in enumerate(system):
            tier = s.get("tier") or (gold[by_system[j]].get("tier") if j in by_system else "core")
            if tier == "core":
                core.system += 1
                if j in by_system and gold[by_system[j]].get("tier") == "core":
                    core.matched += 1
            if j not in by_system:
                score.errors.append(false_hit(s.get("line"), _event_text(s), id=s.get("id")))
        core.errors = [e for e in score.errors if e["kind"] == "false" or e.get("tier") == "core"]
        out_all.append(score)
        out_core.append(core)
    return out_all + out_core


# -- persons -----------------------------------------------------------------


def _keys(names: Iterable[str | None]) -> set[str]:
    return {fold(n) for n in names if n and n.strip()}


def gold_person_names(g: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    """(English keys, Arabic keys) of a gold person."""
    en = _keys([g.get("name_en")])
    ar = _keys([g.get("name_ar"), g.get("name_ar_full"), *(g.get("aliases_ar") or [])])
    return en, ar


def system_entity_names(e: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    """(English keys, Arabic keys) of a system entity.

    ``name`` is English by contract, but a recognizer that found no English
    form may put the Arabic there: it then counts as an Arabic name.
    """
    name = e.get("name")
    en = _keys([name] if name and not is_arabic(name) else [])
    ar = _keys([e.get("name_ar"), *(e.get("aliases") or []), name if name and is_arabic(name) else None])
    return en, ar


def names_agree(gold_keys: tuple[set[str], set[str]], sys_keys: tuple[set[str], set[str]]) -> bool:
    return bool(gold_keys[0] & sys_keys[0]) or bool(gold_keys[1] & sys_keys[1])


def _year(value: Any) -> int | None:
    if value is None:
        return None
    text = str(value).strip()
    return int(text[:4]) if text[:4].isdigit() else None


def score_persons(gold: Sequence[Mapping], system: Sequence[Mapping]) -> Score:
    """Persons by name; life years and roles on the matched pairs.

    Gold ``cited_author`` persons are neutral: a system person matching one
    costs nothing. System persons marked ``category: cited_author`` are left
    out, since they claim not to be persons of the story.
    """
    historical = [g for g in gold if g.get("category", "historical") == "historical"]
    cited = [g for g in gold if g.get("category") == "cited_author"]
    persons = [e for e in system if e.get("type") == "person" and e.get("category") != "cited_author"]
    gkeys = [gold_person_names(g) for g in historical]
    skeys = [system_entity_names(e) for e in persons]
    pairs = max_matching(range(len(historical)), range(len(persons)), lambda i, j: names_agree(gkeys[i], skeys[j]))
    used = set(pairs.values())
    ckeys = [gold_person_names(g) for g in cited]
    leftovers = [j for j in range(len(persons)) if j not in used]
    absorb = max_matching(range(len(cited)), leftovers, lambda i, j: names_agree(ckeys[i], skeys[j]))
    absorbed = set(absorb.values())

    score = Score("persons", gold=len(historical), system=len(persons) - len(absorbed), matched=len(pairs),
                  neutral=len(absorbed),
                  ratios={"life_years_accuracy": ("years_correct", "years_checked"),
                          "roles_recall": ("roles_recovered", "roles_checked")})
    years_checked = years_correct = roles_checked = roles_recovered = 0
    for i, j in pairs.items():
        g, e = historical[i], persons[j]
        for key in ("birth_year", "death_year"):
            if g.get(key) is not None:
                years_checked += 1
                if _year(e.get(key)) == int(g[key]):
                    years_correct += 1
                else:
                    score.errors.append(miss(g.get("first_line"), g.get("name_en") or g.get("name_ar") or "",
                                             field=key, gold=g[key], system=e.get(key)))
        spans = {(_year(r.get("start")), _year(r.get("end"))) for r in e.get("roles") or []}
        for role in g.get("roles") or []:
            if role.get("start_year") is None:
                continue
            roles_checked += 1
            start, end = int(role["start_year"]), role.get("end_year")
            if any(s == start and (end is None or se == int(end)) for s, se in spans):
                roles_recovered += 1
            else:
                score.errors.append(miss(role.get("evidence_line") or g.get("first_line"),
                                         f"{g.get('name_en') or g.get('name_ar')}: {role.get('role')}",
                                         field="role", start=start, end=end))
    score.extra = {"years_correct": years_correct, "years_checked": years_checked,
                   "roles_recovered": roles_recovered, "roles_checked": roles_checked}
    for i, g in enumerate(historical):
        if i not in pairs:
            score.errors.append(miss(g.get("first_line"), g.get("name_en") or g.get("name_ar") or "", id=g.get("id")))
    for j, e in enumerate(persons):
        if j not in used and j not in absorbed:
            score.errors.append(false_hit((e.get("mention_lines") or [None])[0], e.get("name", ""), id=e.get("id")))
    return score


# -- organizations, places, states ------------------------------------------

NON_PERSON_TYPES = frozenset({"state", "organization", "place", "document", "event", "treaty"})


def gold_org_names(g: Mapping[str, Any]) -> tuple[set[str], set[str]]:
    en_names = [g.get("name_en"), g.get("name_en_in_document")]
    # "United Kingdom (Britain)": the name before the gloss and the gloss are names too
    for n in [n for n in en_names if n and " (" in n and n.endswith(")")]:
        head, gloss = n[:-1].split(" (", 1)
        en_names += [head, gloss]
    return _keys(en_names), _keys([g.get("name_ar"), *(g.get("aliases_ar") or [])])


def code_right(g: Mapping[str, Any], e: Mapping[str, Any]) -> bool | None:
    """Whether the system's code/country agrees with the gold's; None if the gold gives none.

    A state's code is its ISO3 country code: either of the system's ``code``
    or ``country`` carrying it is right. For other bodies the ``country``
    (the state whose acts they are) must equal the gold ``country``, and a
    gold ``code`` (a CAMEO actor code) must equal the system ``code``.
    """
    country, code = g.get("country"), g.get("code")
    if country is None and code is None:
        return None
    if g.get("type") == "state":
        return country in (e.get("code"), e.get("country"))
    return (country is None or e.get("country") == country) and (code is None or e.get("code") == code)


def score_organizations(gold: Sequence[Mapping], system: Sequence[Mapping], states_only: bool = False) -> Score:
    """Named organizations, places and states by name; codes on the matched pairs.

    ``borderline`` gold rows are neutral (the gold README calls them optional).
    With ``states_only`` both sides are restricted to states.
    """
    rows = [g for g in gold if not states_only or g.get("type") == "state"]
    ents = [e for e in system if (e.get("type") == "state" if states_only else e.get("type") in NON_PERSON_TYPES)]
    firm = [g for g in rows if not g.get("borderline")]
    soft = [g for g in rows if g.get("borderline")]
    skeys = [system_entity_names(e) for e in ents]
    fkeys = [gold_org_names(g) for g in firm]
    pairs = max_matching(range(len(firm)), range(len(ents)), lambda i, j: names_agree(fkeys[i], skeys[j]))
    used = set(pairs.values())
    leftovers = [j for j in range(len(ents)) if j not in used]
    bkeys = [gold_org_names(g) for g in soft]
    absorbed = set(max_matching(range(len(soft)), leftovers, lambda i, j: names_agree(bkeys[i], skeys[j])).values())

    score = Score("states" if states_only else "organizations", gold=len(firm), system=len(ents) - len(absorbed),
                  matched=len(pairs), neutral=len(absorbed), ratios={"code_accuracy": ("codes_right", "codes_checked")})
    checked = right = 0
    for i, j in pairs.items():
        verdict = code_right(firm[i], ents[j])
        if verdict is None:
            continue
        checked += 1
        right += verdict
        if not verdict:
            score.errors.append(miss(firm[i].get("first_line"), firm[i].get("name_en") or "", field="code",
                                     gold=firm[i].get("country") or firm[i].get("code"),
                                     system=[ents[j].get("code"), ents[j].get("country")]))
    score.extra = {"codes_right": right, "codes_checked": checked}
    for i, g in enumerate(firm):
        if i not in pairs:
            score.errors.append(miss(g.get("first_line"), g.get("name_ar") or g.get("name_en") or "", id=g.get("id")))
    for j, e in enumerate(ents):
        if j not in used and j not in absorbed:
            score.errors.append(false_hit((e.get("mention_lines") or [None])[0], e.get("name", ""), id=e.get("id")))
    return score


# -- structure ---------------------------------------------------------------


def _exact(layer: str, gold: Sequence[Mapping], system: Sequence[Mapping], gkey, skey, text) -> Score:
    """Exact one-to-one match on a key tuple (structure is scored without tolerance)."""
    pairs = max_matching(gold, system, lambda g, s: gkey(g) == skey(s))
    used = set(pairs.values())
    score = Score(layer, gold=len(gold), system=len(system), matched=len(pairs))
    for i, g in enumerate(gold):
        if i not in pairs:
            score.errors.append(miss(*text(g), key=list(gkey(g))))
    for j, s in enumerate(system):
        if j not in used:
            score.errors.append(false_hit(*text(s), key=list(skey(s))))
    return score


def score_sections(gold: Sequence[Mapping], system: Sequence[Mapping]) -> Score:
    return _exact("sections", gold, system, lambda g: (g.get("heading_line"),), lambda s: (s.get("heading_line"),),
                  lambda x: (x.get("heading_line"), x.get("heading", "")))


def score_footnote_refs(gold: Sequence[Mapping], system: Sequence[Mapping]) -> Score:
    key = lambda x: (x.get("n"), x.get("line"))  # noqa: E731
    return _exact("footnote_refs", gold, system, key, key, lambda x: (x.get("line"), x.get("text", f"({x.get('n')})")))


def score_footnotes(gold: Sequence[Mapping], system: Sequence[Mapping]) -> Score:
    """Footnote spans by ``n`` and start line (gold ``line_start``, system ``start_line``)."""
    return _exact("footnotes", gold, system, lambda g: (g.get("n"), g.get("line_start", g.get("start_line"))),
                  lambda s: (s.get("n"), s.get("start_line")),
                  lambda x: (x.get("line_start", x.get("start_line")), f"footnote {x.get('n')}"))


def score_citations(gold: Sequence[Mapping], system: Sequence[Mapping]) -> Score:
    """Citations by footnote ``n`` with ``op_cit`` and the footnote they resolve to.

    Gold rows are footnotes with ``cited_works``; the gold's
    ``resolves_to_footnote`` is compared with the system's ``resolves_to``.
    """
    gold_items = [{"n": f.get("n"), "op_cit": bool(w.get("op_cit")), "resolves_to": w.get("resolves_to_footnote"),
                   "line": f.get("line_start"), "text": w.get("author") or ""}
                  for f in gold for w in f.get("cited_works") or []]
    sys_items = [{"n": f.get("n"), "op_cit": bool(c.get("op_cit")), "resolves_to": c.get("resolves_to"),
                  "line": c.get("line") or f.get("start_line"), "text": c.get("author") or c.get("raw") or ""}
                 for f in system for c in f.get("citations") or []]
    key = lambda x: (x["n"], x["op_cit"], x["resolves_to"])  # noqa: E731
    return _exact("citations", gold_items, sys_items, key, key, lambda x: (x["line"], x["text"]))


# -- reading order -----------------------------------------------------------

WER_GOOD = 0.05


def score_reading(gold: Sequence[Mapping], lines: Sequence[Mapping]) -> Score:
    """Per gold paragraph: system ``lines[].text`` over its range, joined by spaces, vs gold text."""
    text_of = {int(line["n"]): line.get("text") or "" for line in lines}
    score = Score("reading_order", metric="wer",
                  ratios={"mean_wer": ("wer_sum", "paragraphs"), "share_wer_le_0.05": ("paragraphs_good", "paragraphs")})
    total, good = 0.0, 0
    for para in gold:
        first, last = para["lines"][0], para["lines"][-1]
        hyp = " ".join(text_of.get(n, "") for n in range(first, last + 1))
        rate = wer(para.get("text", ""), hyp)
        total += rate
        if rate <= WER_GOOD:
            good += 1
        else:
            score.errors.append(miss(first, para.get("text", ""), id=para.get("id"), wer=round(rate, 4),
                                     system=" ".join(hyp.split())))
    score.extra = {"wer_sum": total, "paragraphs": len(gold), "paragraphs_good": good}
    return score
