"""Body text a digest must keep and furniture it must drop, from round `o`'s tune pages (issue 13):
a page without a headline whose lead a list of other stories teases again keeps its lead; a list
entry's read-more link is never a headline."""
from __future__ import annotations

import pytest

from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text


@pytest.mark.parametrize("line", ["2025-08-12阅读全文 >>", "阅读全文 >>", "2024/3/1 查看全文»"])
def test_read_more_links_with_an_entry_date_are_widgets(line):
    assert furniture_reason(line, "body")
