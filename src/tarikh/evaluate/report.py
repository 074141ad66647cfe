"""Rendering scores: a plain-text table per document, or JSON."""

from __future__ import annotations

import json
from typing import Any

from .matching import Score


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _extras(score: Score) -> str:
    parts = []
    for name in score.ratios:
        num, den = score.ratios[name]
        if score.metric == "wer":
            continue
        parts.append(f"{name} {_fmt(score.ratio(name))} ({score.extra.get(num, 0)}/{score.extra.get(den, 0)})")
    return "; ".join(parts)


def render_table(title: str, scores: list[Score], notes: list[str], errors: bool) -> str:
    head = f"{'layer':<22} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'sys':>5} {'match':>5} {'neut':>5}  other"
    out = [f"== {title}", head, "-" * len(head)]
    for s in scores:
        if s.metric == "wer":
            mean, share = s.ratio("mean_wer"), s.ratio("share_wer_le_0.05")
            out.append(f"{s.layer:<22} mean WER {_fmt(mean)}, share WER<=0.05 {_fmt(share)} "
                       f"({s.extra.get('paragraphs_good', 0)}/{s.extra.get('paragraphs', 0)} paragraphs)")
            continue
        out.append(f"{s.layer:<22} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.gold:>5} {s.system:>5} "
                   f"{s.matched:>5} {s.neutral:>5}  {_extras(s)}".rstrip())
    for note in notes:
        out.append(f"note: {note}")
    if errors:
        for s in scores:
            if not s.errors:
                continue
            out.append(f"\n-- {s.layer}: {len(s.errors)} errors")
            for e in sorted(s.errors, key=lambda e: (e.get("line") or 0, e["kind"])):
                detail = {k: v for k, v in e.items() if k not in ("kind", "line", "text")}
                extra = " " + json.dumps(detail, ensure_ascii=False) if detail else ""
                text = " ".join(str(e.get("text", "")).split())
                out.append(f"{e['kind']:<5} line {_fmt(e.get('line')):>4}  {text}{extra}")
    return "\n".join(out) + "\n"


def render_json(results: list[dict[str, Any]], errors: bool) -> str:
    out = []
    for r in results:
        out.append({"document": r["document"], "gold_set": r.get("gold_set"), "notes": r["notes"],
                    "layers": {s.layer: s.to_dict(errors=errors) for s in r["scores"]}})
    return json.dumps(out, ensure_ascii=False, indent=1)
