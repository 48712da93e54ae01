"""Headlines read on round t's tune pages (branch `head15`), each shape written as made-up lines: the
address of the page a post copied, glued before the headline, is no part of it."""
from __future__ import annotations

import pytest

from digest.ingest.headline_text import clean_headline


@pytest.mark.parametrize(("line", "headline"), [
    ("http://www.example.com/edu/2012/04-02/3793790.shtml江城撤点并校过快 专家建议适时恢复", "江城撤点并校过快 专家建议适时恢复"),
    ("https://example.cn/news/2024/05/《江城》今晚开播", "《江城》今晚开播"),
    ("http://example.com/a.htmliPhone发布会今天举行", "http://example.com/a.htmliPhone发布会今天举行"),  # (where the link ends is unsure)
    ("江城撤点并校过快 http://www.example.com/1.shtml", "江城撤点并校过快 http://www.example.com/1.shtml"),
])
def test_a_link_glued_before_the_headline_goes(line, headline):
    assert clean_headline(line) == headline
