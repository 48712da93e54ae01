"""Shapes read on the third HTML round's tune pages (thirteenth session): an info line whose buttons
are spaced out or count comments (`【 大 中 小 】 【 打印 】 共有评论 0 条`, `我要评论 ( 0 )`), and a portal's link to
a name's microblog printed after it (`环球时报 [ 微博 ] 单仁平`). The fields are read; the buttons are not
taken for a name. A page whose `og:site_name` is its own title: no site name, so no part of the
headline is cut off as one. A site's care notice under a story of suicide (`●《X》提醒您，請給自己機會：`)."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, run_ingest, write_inputs


@pytest.mark.parametrize("line", ["2011年01月01日 23:11 中新网 【 大 中 小 】 【 打印 】 共有评论 0 条",
                                  "2011年01月01日 23:11 中新网 【大中小】【打印】 评论 3 条",
                                  "2011年01月01日 23:11 中新网 12条评论",
                                  "2011年01月01日 23:11 中新网 我要评论 ( 0 )"])
def test_an_info_line_with_spaced_buttons_and_a_comment_count_is_read(line):
    assert parse_info_line(line) == [("date", "2011-01-01T23:11:00"), ("source", "中新网")]
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source == "中新网" and str(article.date.value).startswith("2011-01-01")
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["2012年07月07日09:47 环球时报 [ 微博 ] 单仁平 我要评论 ( 0 )",
                                  "2012年07月07日09:47环球时报[微博]单仁平我要评论(0)",
                                  "2012年07月07日09:47 环球时报（微博） 单仁平"])
def test_a_microblog_link_after_a_name_parts_the_fields(line):
    fields = parse_info_line(line)
    assert fields[:2] == [("date", "2012-07-07T09:47:00"), ("source", "环球时报")]
    assert "微博" not in " ".join(value for _kind, value in fields)


def test_a_sentence_that_counts_comments_is_text():
    line = "这条视频发布后，网友共有评论 3 条，多数表示支持。"
    assert parse_info_line(line) is None
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == [*PARAGRAPHS, line]


def test_a_site_name_that_holds_the_headline_cuts_nothing_off_it(project, digest_cli, tmp_path):
    headline = "十年前父子悲剧... 凶宅下月拍卖开价425万"
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline} - 生活 - 某某电子报</title>'
            f'<meta property="og:site_name" content="{headline} - 生活"></head><body>'
            f'<div class="article"><h1>{headline}</h1><p>2018-07-31 08:19</p>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + '</div></body></html>')
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"page.html": html}))
    front, body = result.article("page.html")
    assert front["title"] == headline
    assert PARAGRAPHS[0] in body


@pytest.mark.parametrize("line", ["●《某某新聞雲》提醒您，請給自己機會：", "※珍惜生命，自殺不能解決問題。若需諮商可撥打安心專線1925",
                                  "《某某网》提醒您：珍惜生命，心理援助热线：400-161-9995"])
def test_a_care_notice_after_the_story_goes(line):
    assert boilerplate_reason(line)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["市卫健委提醒您：如有情绪困扰，可拨打心理援助热线12320。", "警方提醒，如遇情绪困扰可拨打心理援助热线12320。",
                                  "●我們提醒您，這是一個很長的句子而且沒有任何熱線，只是一個段落的開頭，繼續說明事情的經過和結果。"])
def test_a_report_of_a_hotline_is_text(line):
    assert not boilerplate_reason(line)
