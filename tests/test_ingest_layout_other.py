"""Layouts the generator did not plant at first (bench `--layout other`): an ad's label between two
paragraphs, alone or set off by rules or arrows."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, body_text, clean_text, raw_article

@pytest.mark.parametrize("label", ["推广", "广告", "— 广告 —", "▼ 广告 ▼", "AD"])
def test_an_ad_label_between_paragraphs_goes(label):
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], label, *PARAGRAPHS[1:]]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("label", ["推广费用由企业承担。", "广告业"])
def test_a_line_that_only_begins_with_the_word_stays(label):
    assert label in body_text(clean_text(raw_article(paragraphs=[PARAGRAPHS[0], label, *PARAGRAPHS[1:]])))
