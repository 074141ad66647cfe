"""Generate resources/common/cameo/codes.yaml from the public CAMEO reference.

Usage:
    python scripts/gen_cameo_table.py [MERGED_TSV] [OUT_YAML]

Defaults: ../shared/reference/cameo/cameo_eventcodes_merged.tsv and
src/tarikh/resources/common/cameo/codes.yaml. Only facts are carried over
(code, short label, Goldstein value, PLOVER category/mode); the quad class is
computed from the root with the usual ICEWS/Phoenix convention
(01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict,
15-20 material conflict). The Goldstein value is the GDELT CAMEO scale, the
ICEWS one where GDELT gives none.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_IN = ROOT.parent / "shared" / "reference" / "cameo" / "cameo_eventcodes_merged.tsv"
DEFAULT_OUT = ROOT / "src" / "tarikh" / "resources" / "common" / "cameo" / "codes.yaml"

HEADER = """\
# GENERATED FILE - do not edit by hand; run scripts/gen_cameo_table.py.
# Format: mapping CAMEO code (string, 2-4 digits) -> {label, goldstein,
#   quad_class, plover, plover_mode}. quad_class: 1 verbal cooperation
#   (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict
#   (10-14), 4 material conflict (15-20).
# Source of facts: CAMEO 1.1b3 codes and short labels (ICEWS cameo-codes,
#   MIT), Goldstein scale (GDELT lookup; ICEWS where GDELT has none),
#   CAMEO->PLOVER 2021 mapping (openeventdata/PLOVER, CC BY-SA 4.0), as
#   joined in shared/reference/cameo/cameo_eventcodes_merged.tsv.
# Example: "190": {label: Use conventional military force, goldstein: -10.0,
#   quad_class: 4, plover: ASSAULT, plover_mode: null}
"""


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def _num(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(rows: list[dict[str, str]]) -> str:
    out = [HEADER]
    for row in rows:
        code = row["code"].strip()
        if not code.isdigit():
            continue
        gold = _num(row.get("gdelt_goldstein", ""))
        if gold is None:
            gold = _num(row.get("icews_goldstein", ""))
        label = (row.get("icews_label") or row.get("gdelt_label") or "").strip()
        plover = (row.get("plover_category") or "").strip() or None
        mode = (row.get("plover_mode") or "").strip() or None
        out.append(
            f"{_q(code)}: {{label: {_q(label)}, goldstein: {gold if gold is not None else 'null'}, "
            f"quad_class: {quad_class(code)}, plover: {_q(plover) if plover else 'null'}, "
            f"plover_mode: {_q(mode) if mode else 'null'}}}"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    dst = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(render(read_rows(src)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
