"""`tarikh read` in its three formats, as a user runs it."""

import json
import subprocess
import sys


def _run(*args):
    return subprocess.run([sys.executable, "-m", "tarikh.cli", *args], capture_output=True, text=True, timeout=120)


def test_cli_read_json_follows_the_contract(seed_path, tmp_path):
    out = tmp_path / "doc.json"
    proc = _run("read", str(seed_path), "--format", "json", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["contract"] == 1
    assert doc["source"]["lines"] == len(doc["lines"]) == 632
    assert doc["source"]["encoding"] == "utf-8" and doc["source"]["kind"] == "text"
    assert {"title", "authors", "abstract", "keywords", "sections", "footnote_refs", "footnotes"} <= set(doc["structure"])
    for layer in ("timexes", "entities", "events"):
        assert isinstance(doc[layer], list)
    assert doc["lines"][54]["repaired"] is True  # line 55: name, marker and Latin name reordered


def test_cli_read_markdown_has_headings_and_footnotes(seed_path):
    proc = _run("read", str(seed_path), "--format", "md")
    assert proc.returncode == 0, proc.stderr
    assert "## المقدمة" in proc.stdout
    assert "[^1]:" in proc.stdout and "[^16]:" in proc.stdout
    assert "absent from the input: 17," in proc.stdout


def test_cli_read_text_is_the_repaired_reading(seed_path):
    proc = _run("read", str(seed_path), "--format", "text")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.split("\n")
    assert lines[7].startswith("عمد حزب المحافظين")  # the year no longer opens line 8
