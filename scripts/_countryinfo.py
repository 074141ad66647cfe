"""Shared by the generator scripts that read the CountryInfo table.

gen_states.py and gen_places.py both read ``CountryInfo.120116.txt`` under
``../shared/reference/actors`` (one ``<Country>`` block per country) and
write one generated YAML file under ``resources/common/actors``; this module
holds what they share: the paths, reading a block's field, walking the
blocks of sovereign countries, and the command line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REF = ROOT.parent / "shared" / "reference" / "actors"
ACTORS_OUT = ROOT / "src" / "tarikh" / "resources" / "common" / "actors"


def field(block: str, tag: str) -> str | None:
    """The text of ``<tag>`` in a country block, stripped."""
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return m.group(1).strip() if m else None


def countries(ref: Path) -> Iterator[tuple[str, str]]:
    """(ISO 3166-1 alpha-3 code, block) of each country of the table; dependencies
    (GBRVGB), codeless entries and historical code blocks are left out."""
    text = (ref / "CountryInfo.120116.txt").read_bytes().decode("utf-8", "replace")
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        code = field(block, "CountryCode")
        iso3 = field(block, "ISO3166-alpha3")
        if not code or len(code) != 3 or not iso3 or iso3 != code:
            continue
        yield code, block


def main(build: Callable[[Path], str], out: Path) -> None:
    """Write ``build(REFERENCE_DIR)`` to ``out``; REFERENCE_DIR is the first argument, if given."""
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REF
    out.write_text(build(ref), encoding="utf-8")


def generated_yaml(header: list[str], rows: dict[str, dict], row_line: Callable[[str, dict], str]) -> str:
    """The text of a generated file: its header comment, then one line a row in key order."""
    return "\n".join(header + [row_line(key, rows[key]) for key in sorted(rows)]) + "\n"
