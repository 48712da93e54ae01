"""Headlines on round v's tune pages (branch `head17`), each shape written as made-up lines: the article's
headline that a menu's block ran over, whose words the text under it shares as no entry's above it
do, stays; a breadcrumb ending in it names it (v002, v003); the page's
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


_OWN = "这家数据公司遭遇客户雪崩 谷歌微软等客户寻求退出"  # (its words in the text under it)
_TEXT = [PARAGRAPHS[at] + PARAGRAPHS[at + 1] for at in (0, 2, 4)]  # (paragraphs of a length)
_MENU = ["• 登入", "江城医讯", "• 主页", "• 健康快讯", "• 疼痛管理", "• 好医推荐", "• 院所介绍", "• 预防医学"]


def test_the_articles_headline_a_menus_block_ran_over_stays_and_is_the_headline():
    # (the menu's list runs on over the crumbs, the headline, its day and its channel: the
    # headline, whose words the text under it shares as no other entry's do, is the article's)
    page = [*_MENU, "首页 健康快讯", _OWN, "2025 年 5 月 26 日", "发布在 健康快讯", *_TEXT]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == _OWN and body_text(article) == _TEXT


def test_a_breadcrumb_ending_in_a_line_names_it_the_headline():
    # (over it, a list of the site's stories with their days; the menu's block runs over the crumbs and the headline)
    own = "数据公司交易引发客户雪崩 江城业界担忧前景"
    page = ["Close Menu", "What's Hot", "江城新闻网十周年庆典隆重举行", "2025 年 5 月 29 日", "江城大学设计学院举办毕业成果展", "2025 年 5 月 28 日",
            *_MENU, f"首页 » {own}", "生活", own, "江城时报编采中心2025 年 5 月 26 日", "分享", *_TEXT]
    assert clean_text("\n".join(page) + "\n").title == own


def test_a_list_under_the_text_keeps_its_entries_whose_teasers_share_their_words():
    related = "数据公司客户流失潮持续 谷歌微软转向新供应商"
    teaser = "报道指出，这家数据公司的客户正在流失，谷歌和微软等客户都在寻求新的供应商，以保护专有数据。"
    article = clean_text("\n".join([TITLE, *_TEXT, "相关报道", related, teaser]) + "\n")
    assert related not in article.body
