"""Headlines on round v's tune pages (branch `head17`), each shape written as made-up lines: a subtitle
over the info line is the headline's, a short line that says nothing (a counter) between the headline
and it (v059, i070)."""
from __future__ import annotations

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

_SUBTITLE = "记者介入后客户当场获得全额退款"
_BYLINE = "江城报记者 王小明"


def test_a_subtitle_over_the_byline_past_a_counter_is_furniture():
    title = "这家数据公司的客户正在疏远它"  # (its words in the text: the headline over the subtitle)
    article = clean_text("\n".join([title, "", "共有115人关注", "", _SUBTITLE, "", _BYLINE, "", *PARAGRAPHS]) + "\n")
    assert article.title == title and body_text(article) == PARAGRAPHS


def test_two_short_lines_are_no_subtitle_and_counter():
    # (`X发表于` / `X出品` over the byline: the short lines' rule takes both, neither is a subtitle)
    article = clean_text("\n".join([TITLE, "", "江城文摘发表于", "", "江城文摘出品", "", "编译:王小明", "", *PARAGRAPHS]) + "\n")
    assert body_text(article) == PARAGRAPHS
