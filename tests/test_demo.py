"""The demo: ``tarikh demo`` reads the bundled sample and says what it found."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

import pytest

from tarikh.demo import summarize

SAMPLE = resources.files("tarikh").joinpath("data/sample/sample_ar.txt")


def sample_title() -> str:
    return SAMPLE.read_text(encoding="utf-8").split("\n")[0].strip()


@pytest.fixture(scope="module")
def demo_run() -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tarikh.cli", "demo"], capture_output=True, text=True, timeout=120)


def test_sample_is_bundled_with_the_package():
    text = SAMPLE.read_text(encoding="utf-8")
    assert 60 <= len(text.splitlines()) <= 90
    for part in ("الملخص", "Abstract", "الكلمات المفتاحية", "Keywords", "المقدمة", "الخاتمة", "الهوامش"):
        assert part in text


def test_demo_exits_zero_and_names_the_title(demo_run):
    assert demo_run.returncode == 0, demo_run.stderr
    assert sample_title() in demo_run.stdout


def test_demo_reports_sections_and_footnote_links(demo_run):
    out = demo_run.stdout
    assert "المقدمة" in out and "الخاتمة" in out
    assert "6 markers in the body, 6 linked" in out
    assert "0 missing" in out


def test_demo_counts_every_layer(demo_run):
    for label in ("Dates:", "Entities:", "Events:"):
        assert label in demo_run.stdout


def test_summary_shows_missing_footnotes():
    from tarikh.document import Document, FootnoteRef, Source, Structure

    doc = Document(source=Source(path="x.txt", text="a\n", encoding="utf-8", kind="text"), lines=[])
    doc.structure = Structure(title="T", footnote_refs=[FootnoteRef(n=1, line=1, text="(1)", linked=False)],
                              missing_footnotes=[1])
    out = summarize(doc)
    assert "0 linked" in out
    assert "missing notes: 1" in out
