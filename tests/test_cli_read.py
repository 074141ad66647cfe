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


def test_cli_read_corpus_goes_on_past_a_bad_file(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("المقدمة\nوفي عام 1925 وصل الوفد إلى لندن.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    other = tmp_path / "c.txt"
    other.write_text("Introduction\nIn May 1927 the government broke off relations.\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _run("read", str(good), str(bad), str(other), "-o", str(out))
    assert proc.returncode == 1  # something failed, and the run said so
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "c.json"]
    errors = proc.stderr.strip().splitlines()
    assert any("b.txt" in line and line.startswith("tarikh:") for line in errors)
    assert errors[-1] == "tarikh: 2 read, 1 failed"
    assert "Traceback" not in proc.stderr


def test_cli_read_corpus_to_json_lines(tmp_path):
    files = []
    for name, text in (("a.txt", "المقدمة\nفي عام 1925.\n"), ("b.txt", "Introduction\nIn 1927.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    proc = _run("read", *files)
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["source"]["path"].endswith(n) for d, n in zip(docs, ("a.txt", "b.txt"))] == [True, True]
