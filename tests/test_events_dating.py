"""Event dates across a paper's sections, through the whole pipeline."""

from __future__ import annotations

import tarikh

_PAPER = """The Alexandretta Question

1. The Treaty
On 9 September 1936 France signed a treaty of alliance with Syria. In November 1936
Syria elected a new parliament.

2. Turkish Objections
Turkey protested against the treaty to the League of Nations.
"""


def test_a_section_with_no_date_of_its_own_goes_on_in_the_year_the_story_reached(tmp_path):
    path = tmp_path / "paper.txt"
    path.write_text(_PAPER, encoding="utf-8")
    doc = tarikh.read(str(path))
    protest = [e for e in doc.events if e.cameo.startswith("11") and e.source["country"] == "TUR"]
    assert protest, [e.to_dict() for e in doc.events]
    # the month belongs to the earlier section's story; only its year carries over
    assert protest[0].date is not None and protest[0].date["value"] == "1936"
