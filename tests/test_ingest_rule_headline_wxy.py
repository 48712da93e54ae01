"""Headlines on rounds w, x and y's tune pages (branch `heady`), each shape as made-up lines: a numeral
spaced inside brackets after the headline is a farm's pager, a series' part printed tight stays (m059, y043)."""
from __future__ import annotations

from test_ingest_helpers import TITLE

from digest.ingest.headline_text import clean_headline


def test_a_numeral_spaced_inside_brackets_is_a_pager():
    assert clean_headline(f"{TITLE}( 二 )") == TITLE
    assert clean_headline(f"{TITLE}（ 12 ）") == TITLE
    assert clean_headline(f"{TITLE}(三)") == f"{TITLE}(三)"  # (a series' part, printed tight)
