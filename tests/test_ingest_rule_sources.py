"""Who published an article, named in the text rather than on an info line of its own: a labelled
来源 or 出品 inside a line, 据X报道 after a dated clause, an account quoted by name, a site's
Latin mark in brackets, a paper's own reporter in the lead (input text -> the article's source)."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, raw_article

from digest.ingest.info_lines import parse_info_line


@pytest.mark.parametrize("last, source", [
    # a credit run into the last paragraph, and a host's notice after it
    ("目前，案件还在进一步调查中。来源:京华时报 记者 聂辉 摄影 谭青 共2页 上一页", "京华时报"),
    ("省长宣布列车开通。 文章来源:四川发布,若有侵权,请联系本站删除!", "四川发布"),
    ("以上内容经整理后发布。（稿源：潇湘晨报）", "潇湘晨报"),
])
def test_a_labelled_source_inside_a_line_of_text_names_the_publisher(last, source):
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS, last])).source == source


@pytest.mark.parametrize("last", [
    "这笔资金来源:地方财政拨款，已全部到位。",  # a sentence's own 来源 (资金来源), not a label
    "图片来源:视觉中国",  # a picture's credit
    "全文完。本文来源:网络，如有侵权请联系删除。",  # no one named
    "内容来源:自创",
    "来源 | 综合抖音黑板报、南方都市报",  # compiled from several: none of them the publisher
])
def test_a_source_word_that_names_no_publisher_is_not_taken(last):
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS, last])).source == ""


def test_a_list_of_sources_not_compiled_from_names_its_first():
    assert parse_info_line("来源：新京报、人民网") == [("source", "新京报")]
    assert parse_info_line("来源：综合新京报、人民网") == [("label", "")]


def test_a_production_credit_in_a_run_of_credits_names_the_publisher():
    line = "文 | 荊玉 編輯 | 楊旭然 出品 | tide-biz " + PARAGRAPHS[0]
    assert clean_text(raw_article(paragraphs=[line, *PARAGRAPHS[1:]])).source == "tide-biz"


@pytest.mark.parametrize("lead, source", [
    ("4月30日消息,据星视频报道,山东淄博一小哥的鸭头店开门营业时被热情吓退。", "星视频"),
    ("近日，据第一财经报道，多位接近交易的人士透露了洽谈进展。", "第一财经"),
    ("据北京市公安局官方微博“平安北京”消息,北京警方今日控制一名男子。", "平安北京"),
])
def test_according_to_after_a_dated_clause_or_quoting_an_account(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == source


@pytest.mark.parametrize("lead", [
    "4月19日消息,据外电报道,虽然官网并未更新相关信息,但开发者大会的日期已经流出。",  # no one in particular
    "据了解，这家公司已经在三个城市开设了门店。",
])
def test_according_to_hearsay_names_no_publisher(lead):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == ""


@pytest.mark.parametrize("lead, source", [
    ("【ITBEAR】华为常务董事余承东近日在社交媒体上发文预热，称新品为史上最强大。", "ITBEAR"),
    ("【IT168 评测】时至今日，这家公司推出新架构也已经有近两年的时间了。", "IT168"),
])
def test_a_site_named_in_latin_letters_in_brackets_opening_the_lead(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == source


def test_a_papers_own_reporter_sampling_in_the_lead():
    lead = "究竟是谁在制造这些文章？近日，新京报记者随机抽样收集了30条标题用词夸张的文章。"
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == "新京报"


def test_a_labelled_line_still_beats_a_source_inside_the_text():
    article = clean_text(raw_article(head=["来源：新华网"], paragraphs=[*PARAGRAPHS, "全文完。来源:京华时报 记者 聂辉"]))
    assert article.source == "新华网" and TITLE == article.title


@pytest.mark.parametrize("line, date_value, source", [
    ("作者：张三2024-05-13 10:30:21", "2024-05-13T10:30:21", ""),  # a name run into the date after it
    ("日期：2024年05月13日 时间：10:30", "2024-05-13T10:30:00", ""),  # the day's time under a label of its own
    ("2024-05-13 10:30 北京", "2024-05-13T10:30:00", ""),  # where it was posted, not who published it
    ("2024-05-13 10:30:21 发布于北京", "2024-05-13T10:30:21", ""),
    ("2024-05-13 10:30 北京日报", "2024-05-13T10:30:00", "北京日报"),
    ("本报记者 崔丽 辛明 《 中国青年报 》( 2011年08月26日 04 版)", "2011-08-26", "中国青年报"),  # a paper's issue line
])
def test_info_lines_under_the_headline(line, date_value, source):
    article = clean_text(raw_article(head=[line]))
    assert (article.date.value, article.date.confidence, article.source) == (date_value, "stated", source)
    assert line not in article.body


def test_a_papers_dateline_with_its_reporters_under_a_long_header_names_the_paper():
    header = ["论坛首页 > 新闻 > 社会", "楼主 发表于 2013-4-20", "回复 引用 举报", *["广告位 招租"] * 3, "预测地震引关注"]
    lead = "新京报讯 (记者李超 萧辉)一条预测云南地震的微博引起关注。该微博于4月14日发布预测信息。"
    article = clean_text(raw_article(head=header, paragraphs=[*PARAGRAPHS[:2], lead, *PARAGRAPHS[2:]]))
    assert article.source == "新京报"


def test_a_body_that_supplied_the_text_names_it_with_its_writer_in_brackets():
    lead = "刘桥镇供稿(周雪龙)为深入贯彻落实上级安全生产决策部署，7月9日下午，刘桥镇召开推进会。"
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == "刘桥镇"


@pytest.mark.parametrize("line, date_value", [
    ("2024-05-13 10:30（北京时间）", "2024-05-13T10:30:00"),  # a zone in brackets
    ("2024-05-13 10:30:21 阅读(1,234) 评论(5)", "2024-05-13T10:30:21"),  # counts in brackets
    ("2024-05-13 10:30 IP属地：北京", "2024-05-13T10:30:00"),  # where the poster was, no publisher
])
def test_more_info_lines_under_the_headline(line, date_value):
    article = clean_text(raw_article(head=[line]))
    assert (article.date.value, article.date.confidence, article.source) == (date_value, "stated", "")
    assert line not in article.body


def test_a_dated_time_inside_a_short_line_above_the_article_is_stated():
    article = clean_text(raw_article(head=["数据独角兽 专题", "国际频道首页 > 正文 我要纠错 2024-05-13 10:30 人民网-国际频道 分享到：微信 微博"]))
    assert (article.date.value, article.date.confidence) == ("2024-05-13T10:30:00", "stated")
    two = clean_text(raw_article(head=["相关阅读：专家解读新规 2024-05-12 08:00 市场回应 2024-05-14 09:00 返回"]))
    assert two.date.confidence != "stated"  # two stamps on one line: which is the article's is not known
