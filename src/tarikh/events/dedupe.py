"""Duplicate removal: the same act told more than once is coded once.

GUIDELINES: the same act repeated in one document is coded once. ``dedupe``
keeps the best-dated of repeated body acts; ``drop_abstract_repeats`` drops
an abstract's restatement of the body (and a second abstract's restatement
of the first).
"""

from __future__ import annotations

from typing import Any

from ..document import Event


def dedupe(events: list[Event]) -> list[Event]:
    """GUIDELINES: the same act repeated in one document is coded once (keep the best-dated).

    The same act is the same code by the same actor; inside a few lines of
    one paragraph, the same code between the same two countries."""
    kept: list[Event] = []
    for e in events:
        twin = next((k for k in kept if (_key(k) == _key(e) or _near_twin(k, e)) and _compatible(k, e)), None)
        if twin is None:
            kept.append(e)
        elif _precision(e) > _precision(twin):
            kept[kept.index(twin)] = e
    return kept


def _key(e: Event) -> tuple[Any, ...]:
    src = e.source or {}
    tgt = e.target or {}
    # the country too: a group's act is one event per member state
    return (e.cameo, src.get("entity") or src.get("country"), src.get("country"), tgt.get("country"))


def _near_twin(a: Event, b: Event) -> bool:
    sa, sb = a.source or {}, b.source or {}
    ta, tb = a.target or {}, b.target or {}
    if a.cameo != b.cameo:
        return False
    if a.line == b.line and a.evidence == b.evidence and (
            sa.get("country") != sb.get("country") or ta.get("country") != tb.get("country")):
        return False  # one joint act of several states ("Britain and France referred ...")
    if sa.get("entity") and sa.get("entity") == sb.get("entity") and sa.get("country") == sb.get("country") \
            and abs(a.line - b.line) <= 5:
        return True  # the same actor's same act told twice in a paragraph
    if _person_id(sa) and _person_id(sb) and sa.get("entity") != sb.get("entity"):
        return False  # two persons each doing it ("Rakovsky denied ..., and Zinoviev denounced ...")
    return (abs(a.line - b.line) <= 1 and sa.get("country") == sb.get("country")
            and ta.get("country") == tb.get("country"))


def _person_id(actor: dict) -> bool:
    return str(actor.get("entity") or "").startswith("p")


def _compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    va, vb = a.date["value"], b.date["value"]
    return va.startswith(vb) or vb.startswith(va)


def _precision(e: Event) -> int:
    return len(e.date["value"]) if e.date else 0


def _pair_key(e: Event) -> tuple[Any, ...]:
    return (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"))


def drop_abstract_repeats(events: list[Event], kinds: dict[int, tuple[str, str, bool]]) -> list[Event]:
    """GUIDELINES: the same act repeated in one document is coded once. An
    abstract restates the body (its dates are mostly the paper's span, not
    the act's), and a second abstract in another language restates the
    first: an abstract event is kept only when neither tells the same act.
    An abstract act dated in its own clause ("the conference of 1924") is
    the body's act only when the body's date agrees with it."""
    body: dict[tuple[Any, ...], list[str | None]] = {}
    for e in events:
        if kinds.get(id(e), ("body", "", False))[0] != "abstract":
            body.setdefault(_pair_key(e), []).append(e.date["value"] if e.date else None)
    seen: dict[tuple[Any, ...], str] = {}
    out = []
    for e in events:
        kind, lang, own = kinds.get(id(e), ("body", "", False))
        if kind == "abstract":
            key = _pair_key(e)
            if key in body and not (own and e.date and not any(
                    v is None or v.startswith(e.date["value"]) or e.date["value"].startswith(v) for v in body[key])):
                continue
            if key in seen and seen[key] != lang:
                continue
            seen.setdefault(key, lang)
        out.append(e)
    return out
