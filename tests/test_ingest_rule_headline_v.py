"""Headlines on round v's tune pages (branch `head17`), each shape written as made-up lines: the page's
first line printed again in its head with only short lines between (`<title>` / `共有115人关注` /
`<title>`: a page's title, then its `<h1>`) is the headline, over a subtitle with the byline under it
(v059); a subtitle over the info line is the headline's, a short line that says nothing (a counter)
between the headline and it (v059, i070)."""
from __future__ import annotations

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

_SUBTITLE = "记者介入后客户当场获得全额退款"
_BYLINE = "江城报记者 王小明"


def test_the_first_line_printed_again_past_a_counter_is_the_headline():
    article = clean_text("\n".join([TITLE, "", "共有115人关注", "", TITLE, "", _SUBTITLE, "", _BYLINE, "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS  # (the subtitle over the byline, the counter: furniture)


def test_a_line_printed_again_past_a_longer_line_is_no_evidence():
    # (a sentence-long line between: the copy may be a list's, the subtitle over the byline stays the headline)
    teaser = "一场价值290亿美元的交易正在改变这个行业的竞争格局"
    article = clean_text("\n".join(["江城新闻网头条", teaser, "江城新闻网头条", _SUBTITLE, _BYLINE, "", *PARAGRAPHS]) + "\n")
    assert article.title != "江城新闻网头条"


def test_a_subtitle_over_the_byline_past_a_counter_is_furniture():
    title = "这家数据公司的客户正在疏远它"  # (its words in the text: the headline over the subtitle)
    article = clean_text("\n".join([title, "", "共有115人关注", "", _SUBTITLE, "", _BYLINE, "", *PARAGRAPHS]) + "\n")
    assert article.title == title and body_text(article) == PARAGRAPHS


def test_two_short_lines_are_no_subtitle_and_counter():
    # (`X发表于` / `X出品` over the byline: the short lines' rule takes both, neither is a subtitle)
    article = clean_text("\n".join([TITLE, "", "江城文摘发表于", "", "江城文摘出品", "", "编译:王小明", "", *PARAGRAPHS]) + "\n")
    assert body_text(article) == PARAGRAPHS
