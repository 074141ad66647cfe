"""Trigger files and the generated CAMEO table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tarikh.events.lexicon import cameo_table, lexicon

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "cameo" / "cameo_eventcodes_merged.tsv"


@pytest.mark.parametrize("code,goldstein,quad", [("172", -5.0, 4), ("190", -10.0, 4), ("0211", 3.4, 1),
                                                 ("161", -4.0, 4), ("090", -2.0, 2), ("114", -2.0, 3)])
def test_events_cameo_known_values(code: str, goldstein: float, quad: int) -> None:
    row = cameo_table()[code]
    assert row["goldstein"] == goldstein and row["quad_class"] == quad


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_events_every_trigger_code_is_in_the_table(lang: str) -> None:
    table = cameo_table()
    for trig in lexicon(lang).triggers:
        assert trig.cameo in table and table[trig.cameo]["goldstein"] is not None, trig.id
        assert trig.example, trig.id


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared reference not present")
def test_events_cameo_table_is_not_stale(tmp_path: Path) -> None:
    out = tmp_path / "codes.yaml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cameo_table.py"), str(REFERENCE), str(out)], check=True)
    shipped = ROOT / "src" / "tarikh" / "resources" / "common" / "cameo" / "codes.yaml"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")
