"""Shapes met in the twenty-eighth session (rounds zzzzw on): a paper's all-media desk in its lead's
mark (`怀化日报全媒体讯`), a foreign paper's translated article (`新加坡联合早报网6月1日文章，原题：…`), a
government site's list named where a source should be (`来源:通知公告`), a breadcrumb whose last part is
the page's info, not its headline, and a table flattened one cell to a line after the text."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, clean_under_title, raw_article


def _led(lead: str) -> list[str]:
    """The article's paragraphs, the first opened by `lead`."""
    return [lead + PARAGRAPHS[0], *PARAGRAPHS[1:]]


@pytest.mark.parametrize("lead, source", [
    ("怀化日报全媒体讯  ", "怀化日报"),
    ("岳阳日报融媒体讯(记者 王琼)", "岳阳日报"),
    ("懷化日報全媒體訊 ", "懷化日報"),
])
def test_a_papers_all_media_desk_marks_the_papers_report(lead, source):
    article = clean_text(raw_article(paragraphs=_led(lead)))
    assert article.source == source
    assert lead.strip() in article.body  # (the mark is the lead's: it stays in the text)


def test_a_bare_all_media_mark_names_no_one():
    assert clean_text(raw_article(paragraphs=_led("全媒体讯 "))).source == ""


@pytest.mark.parametrize("lead, source", [
    ("新加坡联合早报网6月1日文章,原题:上海刚投放的共享雨伞不知去哪了 ", "联合早报网"),
    ("美国《纽约时报》网站6月3日文章，", "纽约时报"),
])
def test_a_translated_foreign_article_is_credited_to_its_paper(lead, source):
    assert clean_text(raw_article(lead + PARAGRAPHS[0], PARAGRAPHS[1:])).source == source


@pytest.mark.parametrize("value", ["通知公告", "工作动态", "政务动态"])
def test_a_government_sites_list_is_no_publisher(value):
    article = clean_under_title(f"来源:{value} 发布时间:2017-08-14 09:30 浏览次数:")
    assert article.source == ""
    assert str(article.date.value) == "2017-08-14T09:30:00"


def test_a_breadcrumb_ending_in_the_pages_info_leaves_the_headline_under_it():
    article = clean_text(raw_article("您现在的位置是:首页 >动态 > 精选百科 > 2025-04-07 22:59:06 来源:", head=["", TITLE]))
    assert article.title == TITLE
    assert str(article.date.value) == "2025-04-07T22:59:06"
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


_CELLS = ("产品名称 |", "生产日期 |", "生产企业名称 |", "双桶洗衣机 |", "2009.12 |", "上海银科实业有限公司 |",
          "迷你洗衣机 |", "2010.04 |", "四川骇凌电器制造有限公司 |")


def test_a_table_flattened_one_cell_to_a_line_stays_the_texts():
    article = clean_text(raw_article(tail=list(_CELLS)))
    assert all(cell.rstrip(" |") in article.body for cell in _CELLS)


def test_a_menu_of_links_closed_by_bars_is_still_a_menu():
    menu = ("首页 |", "新闻中心 |", "政务公开 |", "办事服务 |", "互动交流 |", "关于我们 |")
    article = clean_text(raw_article(tail=list(menu)))
    assert not any(item.rstrip(" |") in article.body for item in menu)


def test_a_sites_channel_stamp_of_two_words_before_the_headline_goes():
    article = clean_text(raw_article("熊猫体育资讯:女子跳伞遭遇伞包故障生死3分钟背后是整个行业的警钟"))
    assert article.title == "女子跳伞遭遇伞包故障生死3分钟背后是整个行业的警钟"


@pytest.mark.parametrize("headline", [
    "单篇叫价10万元背后的黑色产业链——乱象调查2 V. k6 B8 n; R% v0 c) x, j9 Q",
    "云南打造一流温泉旅游小镇* a. G/ [ o6 G! r",
])
def test_a_forums_watermark_glued_to_the_headline_goes(headline):
    assert clean_text(raw_article(headline)).title == headline.split("2 V.")[0].split("* a.")[0]


def test_a_headline_ending_in_a_score_keeps_it():
    assert clean_text(raw_article("中国女排3 : 0 胜日本")).title == "中国女排3 : 0 胜日本"


def test_a_colon_left_bare_before_the_headline_goes():
    # (a farm's stamp cut off before its label's colon: `:一家假发店…`)
    assert clean_text(raw_article(":一家假发店见证的抗癌人生:顾客多是化疗患者")).title == "一家假发店见证的抗癌人生:顾客多是化疗患者"
