"""The headline among the top lines, by evidence that does not depend on one site: a channel's
stamp before it, a wire's `题：` line, the headline printed again in pieces, a page title that
keeps a word the extractor dropped."""
from __future__ import annotations

from test_ingest_helpers import PARAGRAPHS, body_text, clean_text


def test_a_headline_under_a_channels_stamp_is_no_speakers_words():
    # `焦点新闻：…！` has the shape of a speaker's words (`记者：…！`), but its prefix is a channel
    page = "\n".join(["够Fun", "Now Playing", "← Back to list", "焦点新闻：数据独角兽遭遇客户流失潮！", "Oct 12, 2021",
                      *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "数据独角兽遭遇客户流失潮！"
    assert body_text(article) == PARAGRAPHS
    # a person's words in that shape stay text, not a headline
    quoted = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "张三：这笔交易本应是加冕时刻！", *PARAGRAPHS]) + "\n")
    assert quoted.title == "数据独角兽遭遇客户流失潮"
