"""Throughput and memory of each pipeline stage, and the date tagger against dateparser.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/run.py``). Prints
Markdown tables:

1. per stage and for the whole pipeline, on the seed paper (when
   ``../shared`` exists), on the bundled sample (when present) and on a
   corpus of generated variants: words/s, documents/s, peak memory
   (tracemalloc, in a second pass so it does not slow the timed one);
2. ``tarikh.timex.tag_document`` against ``dateparser.search.search_dates``
   on the same passages: timex F1 against the gold by the contract rules
   (where there is gold) and time, with ratios tarikh/dateparser.

A stage that cannot be imported yet is shown as "n/a"; nothing here crashes
the bench because a layer is missing.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without install too

from tarikh.document import Document  # noqa: E402
from tarikh.evaluate.gold import find_sets  # noqa: E402
from tarikh.evaluate import within  # noqa: E402
from tarikh.evaluate.layers import score_timexes  # noqa: E402
from tarikh.pipeline import DEFAULT, STAGES, check_order  # noqa: E402
from tarikh.readers import read_source  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_dbf04f8c2fe1d75f.txt"
GOLD = SHARED / "gold"
SAMPLE = ROOT / "src" / "tarikh" / "data" / "sample" / "sample_ar.txt"


def load_stages() -> dict[str, Callable[[Document], Document] | None]:
    out: dict[str, Callable[[Document], Document] | None] = {}
    for stage in check_order(DEFAULT):
        try:
            out[stage.name] = stage.load()
        except (ImportError, AttributeError):
            out[stage.name] = None
    return out


@dataclass
class StageRun:
    seconds: float = 0.0
    peak: int = 0
    failed: str | None = None
    empty: bool = True  # the stage's layers stayed empty on every document (a stub)


@dataclass
class Bench:
    label: str
    docs: int
    words: int
    stages: dict[str, StageRun] = field(default_factory=dict)


def fresh(path: Path) -> Document:
    return Document(source=read_source(path), lines=[])


def run_stages(paths: list[Path], stages: dict[str, Any], trace: bool) -> dict[str, StageRun]:
    runs = {name: StageRun() for name in stages}
    for path in paths:
        doc = fresh(path)
        for name, func in stages.items():
            run = runs[name]
            if func is None or run.failed:
                continue
            if trace:
                tracemalloc.start()
            start = time.perf_counter()
            try:
                doc = func(doc)
            except Exception as exc:  # a broken stage is reported, not fatal: this is a bench
                run.failed = f"{type(exc).__name__}"
            run.seconds += time.perf_counter() - start
            if any(getattr(doc, layer, None) for layer in STAGES[name].adds):
                run.empty = False
            if trace:
                run.peak = max(run.peak, tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
    return runs


def bench(label: str, paths: list[Path], stages: dict[str, Any]) -> Bench:
    words = sum(len(read_source(p).text.split()) for p in paths)
    result = Bench(label, len(paths), words)
    timed = run_stages(paths, stages, trace=False)
    traced = run_stages(paths, stages, trace=True)
    for name in stages:
        timed[name].peak = traced[name].peak
    result.stages = timed
    # the whole pipeline as one call, memory traced separately
    loaded = {n: f for n, f in stages.items() if f is not None}
    whole = StageRun()
    for trace in (False, True):
        if trace:
            tracemalloc.start()
        start = time.perf_counter()
        for path in paths:
            doc = fresh(path)
            for func in loaded.values():
                try:
                    doc = func(doc)
                except Exception as exc:
                    whole.failed = type(exc).__name__
                    break
        if trace:
            whole.peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        else:
            whole.seconds = time.perf_counter() - start
    result.stages["whole pipeline"] = whole
    return result


def stage_table(benches: list[Bench], stages: dict[str, Any]) -> str:
    out = ["| input | docs | words | stage | seconds | words/s | docs/s | peak MiB |", "|---|---:|---:|---|---:|---:|---:|---:|"]
    for b in benches:
        for name, run in b.stages.items():
            if name != "whole pipeline" and stages.get(name) is None:
                out.append(f"| {b.label} | {b.docs} | {b.words} | {name} | n/a | n/a | n/a | n/a |")
                continue
            if run.failed:
                out.append(f"| {b.label} | {b.docs} | {b.words} | {name} | failed ({run.failed}) | n/a | n/a | n/a |")
                continue
            secs = max(run.seconds, 1e-9)
            shown = f"{name} (empty layer)" if name != "whole pipeline" and run.empty else name
            out.append(f"| {b.label} | {b.docs} | {b.words} | {shown} | {run.seconds:.4f} | {b.words / secs:,.0f} "
                       f"| {b.docs / secs:,.1f} | {run.peak / 2**20:.2f} |")
    return "\n".join(out)


# -- date tagger vs dateparser ------------------------------------------------


def passages_of(path: Path, stages: dict[str, Any]) -> tuple[Document, list[tuple[str, str, Callable[[int], int]]]]:
    """The document after repair/structure, and its texts with (lang, line-of-offset)."""
    doc = fresh(path)
    for name in ("repair", "structure"):
        if stages.get(name) is not None:
            doc = stages[name](doc)
    if doc.passages:
        return doc, [(p.text, p.lang, p.line_at) for p in doc.passages]
    # no structure yet: each line is a text of its own
    return doc, [(line.text or line.raw, doc.language, (lambda _o, n=line.n: n)) for line in doc.lines] if doc.lines else \
        [(raw, doc.language, (lambda _o, n=i: n)) for i, raw in enumerate(doc.source.raw_lines(), 1)]


_MONTHISH = re.compile(r"[^\W\d_]{3,}")


def dateparser_value(substring: str, found, parsers: dict[str, Any], lang: str) -> str:
    """A TIMEX value at the precision the string supports.

    dateparser fills missing parts from today (its known flaw); its own
    ``DateData.parts`` says which parts the string gave. Failing that, a
    string with one number that is a year is a year; anything else is
    scored as what dateparser returned, at day precision.
    """
    data = parsers[lang].get_date_data(substring)
    parts = set(data.parts or ()) if data and data.date_obj else set()
    if parts:
        if "day" in parts:
            return found.strftime("%Y-%m-%d")
        if "month" in parts:
            return found.strftime("%Y-%m")
        return found.strftime("%Y")
    numbers = re.findall(r"\d+", substring)
    if len(numbers) == 1 and len(numbers[0]) == 4 and not _MONTHISH.search(substring):
        return found.strftime("%Y")
    return found.strftime("%Y-%m-%d")


def run_dateparser(texts) -> tuple[list[dict[str, Any]], float]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    parsers = {lang: DateDataParser(languages=[lang]) for lang in ("ar", "en")}
    def one_pass() -> list[tuple[str, Any, str, Callable[[int], int], str]]:
        found: list[tuple[str, Any, str, Callable[[int], int], str]] = []
        for text, lang, line_at in texts:
            lang = lang if lang in parsers else "ar"
            for substring, when in search_dates(text, languages=[lang]) or []:
                found.append((substring, when, lang, line_at, text))
        return found

    found_all, seconds = best_of(one_pass)
    timexes, cursor = [], {}
    for substring, when, lang, line_at, text in found_all:
        # the line: the substring's place in the passage, searched past the last hit
        pos = text.find(substring, cursor.get(id(text), 0))
        if pos < 0:
            pos = max(text.find(substring), 0)
        cursor[id(text)] = pos + len(substring)
        timexes.append({"line": line_at(pos), "text": substring, "value": dateparser_value(substring, when, parsers, lang),
                        "mod": None})
    return timexes, seconds


def run_tarikh_tagger(doc: Document, stages: dict[str, Any]) -> tuple[list[dict[str, Any]], float] | None:
    tag = stages.get("timex")
    if tag is None:
        return None
    def one_pass() -> list[Any]:
        doc.timexes = []
        return tag(doc).timexes

    # time the tagging alone, as dateparser is timed without converting its results
    timexes, seconds = best_of(one_pass)
    return [t.to_dict() for t in timexes], seconds


def best_of(run: Callable[[], Any], repeats: int = 3) -> tuple[Any, float]:
    """Warm up once (both taggers build their tables on first use), then the
    best of a few timed runs: the figure least disturbed by the machine."""
    result = run()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return result, best


def ratio(a: float | None, b: float | None, digits: int = 2) -> str:
    return "n/a" if a is None or not b else f"{a / b:.{digits}f}"


def timex_table(inputs: list[tuple[str, Path]], stages: dict[str, Any]) -> str:
    gold_rows = None
    coverage = None
    sets = find_sets(GOLD) if GOLD.is_dir() else {}
    if "seed" in sets and sets["seed"].has("timexes"):
        gold_rows = sets["seed"].rows("timexes")
        coverage = sets["seed"].coverage()
    out = ["| input | tagger | found | F1 | P | R | seconds |", "|---|---|---:|---:|---:|---:|---:|"]
    ratios = []
    for label, path in inputs:
        doc, texts = passages_of(path, stages)
        gold = gold_rows if path == SEED else None
        rows: dict[str, tuple[Any, float] | None] = {}
        try:
            rows["tarikh"] = run_tarikh_tagger(doc, stages)
        except Exception as exc:
            rows["tarikh"] = None
            out.append(f"| {label} | tarikh | failed ({type(exc).__name__}) | | | | |")
        try:
            rows["dateparser"] = run_dateparser(texts)
        except ImportError:
            rows["dateparser"] = None
        f1s, secs = {}, {}
        for name, res in rows.items():
            if res is None:
                out.append(f"| {label} | {name} | n/a | n/a | n/a | n/a | n/a |")
                continue
            timexes, seconds = res
            secs[name] = seconds
            if gold is not None:
                s = score_timexes(gold, within(timexes, coverage))
                f1s[name] = s.f1
                out.append(f"| {label} | {name} | {len(timexes)} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {seconds:.4f} |")
            else:
                out.append(f"| {label} | {name} | {len(timexes)} | n/a | n/a | n/a | {seconds:.4f} |")
        ratios.append(f"| {label} | {ratio(f1s.get('tarikh'), f1s.get('dateparser'))} "
                      f"| {ratio(secs.get('tarikh'), secs.get('dateparser'))} "
                      f"| {ratio(secs.get('dateparser'), secs.get('tarikh'), 1)} |")
    out += ["", "| input | F1 ratio tarikh/dateparser | time ratio tarikh/dateparser | speed-up (dateparser time / tarikh time) |",
            "|---|---:|---:|---:|", *ratios,
            "", "Both taggers are scored only on the lines the gold annotates (a date found elsewhere is neither "
            "right nor wrong)."]
    return "\n".join(out)


def make_corpus(sources: list[Path], folder: Path, count: int) -> list[Path]:
    """``count`` variants of the sources: rotated paragraph blocks, so no two are identical."""
    paths = []
    for i in range(count):
        text = read_source(sources[i % len(sources)]).text
        blocks = text.split("\n\n")
        k = i % max(len(blocks), 1)
        variant = "\n\n".join(blocks[k:] + blocks[:k]) if i else text
        path = folder / f"doc_{i:03d}.txt"
        path.write_text(variant, encoding="utf-8")
        paths.append(path)
    return paths


FALLBACK_TEXT = ("وفي الرابع من كانون الثاني 1925 أخبر بالدوين توماس جونز بأنه راضٍ.\n\n"
                 "In early 1927 the British government broke off relations with the Soviet Union.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=int, default=50, help="documents in the generated corpus (default 50)")
    args = parser.parse_args(argv)

    stages = load_stages()
    inputs = [(label, p) for label, p in (("seed", SEED), ("sample", SAMPLE)) if p.is_file()]
    with tempfile.TemporaryDirectory() as tmp:
        sources = [p for _, p in inputs]
        if not sources:
            fallback = Path(tmp) / "fallback.txt"
            fallback.write_text(FALLBACK_TEXT, encoding="utf-8")
            sources = [fallback]
        corpus_dir = Path(tmp) / "corpus"
        corpus_dir.mkdir()
        corpus = make_corpus(sources, corpus_dir, args.corpus)
        # The first document of a process pays for loading the resources
        # (regexes, dictionaries); measure that once, apart from the rest.
        cold = bench("first document (cold: loads resources)", [sources[-1]], stages)
        benches = [bench(label, [p], stages) for label, p in inputs]
        benches.append(bench(f"corpus ({args.corpus} variants)", corpus, stages))
        skipped = [label for label, p in (("seed", SEED), ("sample", SAMPLE)) if not p.is_file()]
        print("## Pipeline stages (resources already loaded)\n")
        print(stage_table(benches, stages))
        print("\n## Start-up: the first document of a process\n")
        print(stage_table([cold], stages))
        missing = [n for n in STAGES if stages.get(n) is None and n in DEFAULT]
        if missing:
            print(f"\nn/a: stage not importable yet: {', '.join(missing)}")
        if skipped:
            print(f"\nskipped (file absent): {', '.join(skipped)}")
        print("\n## Date tagger: tarikh.timex vs dateparser.search_dates\n")
        print(timex_table(inputs or [("fallback", sources[0])], stages))
        print("\nF1 by the contract's timex rules against ../shared/gold (seed only); dateparser values at the "
              "precision its DateData.parts gives, lines from the matched substring's place in the passage.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
