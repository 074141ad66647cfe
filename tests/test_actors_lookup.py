"""resolve_actor and holder_of on phrases (cases in tests/cases/actors/*.yaml)."""

from __future__ import annotations

import pytest

from tarikh.actors import holder_of, resolve_actor

from actors_support import cases, ids

RESOLVE = [(lang, c) for lang in ("ar", "en") for c in cases(lang, "resolve")]
HOLDERS = cases("ar", "holders")


@pytest.mark.parametrize("lang, case", RESOLVE, ids=[f"{l}:{c['label']}" for l, c in RESOLVE])
def test_actors_resolve_actor(lang, case):
    got = resolve_actor(case["text"], lang, case.get("date"))
    if case["expect"] is None:
        assert got is None, got
        return
    assert got is not None
    for field, value in case["expect"].items():
        assert getattr(got, field) == value, (field, got)


@pytest.mark.parametrize("case", HOLDERS, ids=ids(HOLDERS))
def test_actors_holder_of(case):
    got = holder_of(case["role"], case["country"], case["date"])
    assert (got.name if got else None) == case["expect"]
