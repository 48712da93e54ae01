"""Shapes of a stated publisher that round `m` of the real pages showed the rules missing, each
written as made-up lines of its shape (input -> the source): a portal's feed label above the
original's credit, a labelled name before the site's disclaimer, a name in Latin words, `文 |` with
the publisher before its writer, a byline filed from a place, a publisher's column (`X专栏`), a credit glued to an info line's time,
据 before an agency's dateline, and a paper's name with the day opening the lead."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, clean_text, raw_article


@pytest.mark.parametrize("head, source", [
    (["来源：滚动播报", "（来源：新京报）"], "新京报"),  # the portal's feed, then the report it carries
    (["來源:即時新聞", "(來源:上觀新聞)"], "上觀新聞"),
    (["文章来源：某某县卫生健康局，版权归原作者所有"], "某某县卫生健康局"),  # the site's disclaimer after the name
    (["来源：Tech Daily Review"], "Tech Daily Review"),  # a name in Latin words, spaces and all
    (["文 | 深度报道工作室 王晓明", "编辑 | 李华"], "深度报道工作室"),  # the publisher, then its writer
    (["最后更新: 2024-05-13 10:30:00本文转自微信公号“城市发布”"], "城市发布"),  # a credit glued to the time
    (["出品社区|DataTalk"], "DataTalk"),
    (["文:科技江湖观察 作者:刘晓呈"], "科技江湖观察"),  # `文:` a name that is no person's, `作者:` a person's
    (["前沿科技观察专栏"], "前沿科技观察"),  # a publisher's column above the text
])
def test_a_publisher_stated_under_the_headline(head, source):
    assert clean_text(raw_article(head=head)).source == source


@pytest.mark.parametrize("lead, source", [
    ("据新华社天津6月25日电 第四届智能大会24日闭幕，会上发布的报告显示，相关产业正在加速发展。", "新华社"),  # not `据新华社`
    ("南都记者3月13日获悉，这家集团战略投资了一家大模型公司，投资金额为5亿元人民币。", "南都"),  # the reporter learnt it, and when
    ("自由時報 2023/03/27 選秀狀元擊出滿貫全壘打，球隊仍以4:10敗下陣來，熱身賽一勝難求。", "自由時報"),  # the paper and the day
])
def test_a_lead_that_names_its_publisher(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS[1:]])).source == source


def test_a_byline_filed_from_a_place_opening_a_page_cut_below_its_headline():
    page = "\n".join(["南方周末记者 张晓雯发自北京 南方周末实习生 王一凯", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert (article.source, article.author) == ("南方周末", "张晓雯")


@pytest.mark.parametrize("head", [
    ["来源：滚动播报"],  # a feed label alone names no one
    ["来源：网络，版权归原作者所有"],  # a placeholder before the disclaimer
    ["文:张晓明 作者:刘晓呈"],  # two writers
    ["张晓明专栏"],  # a writer's column
    ["台北 2023/03/27 选秀状元击出满贯全垒打，球队仍以4:10败下阵来。"],  # a place and the day: no publisher
])
def test_lines_that_name_no_publisher_stay_no_source(head):
    assert clean_text(raw_article(head=head)).source == ""


def test_an_update_label_is_a_date_label_not_a_name():
    assert parse_info_line("最后更新: 2019-08-29 11:17:22") == [("date", "2019-08-29T11:17:22")]
