"""`tarikh relations` and `tarikh eval` as a user runs them (on the repository's own English paper)."""

import json
import subprocess
import sys
from pathlib import Path

GOLD = Path(__file__).parent / "gold" / "english"
PAPER = GOLD / "anglo_soviet_en.txt"


def _run(*args):
    return subprocess.run([sys.executable, "-m", "tarikh.cli", *args], capture_output=True, text=True, timeout=180)


def test_cli_relations_json_traces_each_month_to_its_events():
    proc = _run("relations", str(PAPER), "--pair", "GBR-SUN", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    months = json.loads(proc.stdout)["GBR-SUN"]["months"]
    may_1927 = next(m for m in months if m["period"] == "1927-05")
    assert may_1927["goldstein_sum"] == min(m["goldstein_sum"] for m in months)
    for month in months:
        assert month["events"] == len(month["event_ids"]) > 0
        assert month["lines"], month["period"]


def test_cli_relations_pair_without_events_prints_an_empty_series():
    proc = _run("relations", str(PAPER), "--pair", "FRA-JPN")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert proc.stdout.startswith("FRA-JPN: no events between these two states")
    assert "GBR-SUN" in proc.stdout  # it names the pairs that do have events


def test_cli_eval_json_has_every_layer():
    proc = _run("eval", "--gold", str(GOLD), str(PAPER), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)[0]
    assert {"timexes", "events/dated", "persons", "sections", "footnote_refs"} <= set(result["layers"])
    assert result["layers"]["timexes"]["f1"] > 0.9


def test_cli_eval_missing_gold_is_one_line_and_non_zero(tmp_path):
    proc = _run("eval", "--gold", str(tmp_path / "nowhere"), str(PAPER))
    assert proc.returncode != 0
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("tarikh:")
