"""Headlines on round u's tune pages and others' (branch `head16`), each shape written as made-up lines: an
e-paper's page label whose page number has a section's letter (`第A01版:封面`, u086) is no headline;
a reporter's credit after a slash (`…/大公報記者盧冶長春報道`, t020) is no part of it; a battery of
made-up page titles showed a site's name after the headline in shapes no rule took off (`…__X网`,
`… | 中央社 CNA`, `…丨观察者网`), which no tune page shows; a headline's phrases set apart by spaces
like a menu's words (`赛技能 展风采`, u086; `供应紧 鸡蛋价格走高 …`, r049) right over the text, with
no line but a label kept above them, are the headline."""
from __future__ import annotations

import pytest

from digest.ingest.headline_text import clean_headline
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize("line", ["第A01版:封面", "第B12版：要闻", "第a3版"])
def test_an_e_paper_page_label_with_a_sections_letter_is_no_headline(line):
    article = clean_text("\n".join([line, "", TITLE, "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_a_headline_naming_a_page_is_still_the_headline():
    title = "第A1版的故事:报纸如何排版"  # (more than a label: a headline's words after it)
    article = clean_text("\n".join([title, "", *PARAGRAPHS]) + "\n")
    assert article.title == title


@pytest.mark.parametrize(("line", "title"), [
    ("江城雪季開鑼人氣爆棚/江城報記者王小明長春報道 - 江城網", "江城雪季開鑼人氣爆棚"),
    ("江城雪季开锣人气爆棚／江城日报记者王小明北京报道", "江城雪季开锣人气爆棚"),
    ("江城雪季開鑼人氣爆棚/小二", "江城雪季開鑼人氣爆棚/小二"),  # (a pen name alone: a column's, maybe)
    ("快訊/江城記者會今天舉行", "快訊/江城記者會今天舉行"),  # (a column's label before a slash, 記者 in the headline)
])
def test_a_reporters_credit_after_a_slash_is_no_part_of_the_headline(line, title):
    article = clean_text("\n".join([line, "", *PARAGRAPHS]) + "\n")
    assert article.title == title and body_text(article) == PARAGRAPHS


_HEADLINE = "江城雪季开锣人气爆棚今天正式开幕"


@pytest.mark.parametrize(("wrapped", "title"), [
    (_HEADLINE + "__江城青年网", _HEADLINE),  # (two underscores)
    (_HEADLINE + " | 江城社 JCN", _HEADLINE),  # (a site's name in Han, then in Latin letters)
    (_HEADLINE + " | 江城新聞網 JC News", _HEADLINE),
    (_HEADLINE + "丨江城观察者网", _HEADLINE),  # (after 丨, a name ending in 网: a site's)
    (_HEADLINE + "丨香港一线", _HEADLINE + "丨香港一线"),  # (a column's, kept)
    (_HEADLINE + "丨江城新闻", _HEADLINE + "丨江城新闻"),
    (_HEADLINE + "|手记", _HEADLINE + "|手记"),
    (_HEADLINE + " | iPhone 15", _HEADLINE + " | iPhone 15"),  # (Latin words alone: no site's name)
])
def test_a_sites_name_after_the_headline_in_the_shapes_a_battery_showed(wrapped, title):
    assert clean_headline(wrapped) == title


@pytest.mark.parametrize("head", [["赛技能 展风采"], ["行情分析", "供应紧 鸡蛋价格走高 记者产地探访 揭开涨价真相", "2021-10-29 14:54  点击:2012"]])
def test_a_headlines_phrases_apart_like_a_menus_right_over_the_text_are_the_headline(head):
    article = clean_text("\n".join(["第A01版:封面", "", *head, "", *PARAGRAPHS]) + "\n")
    assert article.title == next(line for line in head if " " in line and ":" not in line)
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("row", ["新闻中心 政务公开 办事服务", "记者 王小明 通讯员 李四", "本报记者王小明 李四摄"])
def test_menu_words_or_a_credit_right_over_the_text_are_no_headline(row):
    article = clean_text("\n".join([row, "", *PARAGRAPHS]) + "\n")
    assert article.title != row.strip()


def test_a_row_of_phrases_under_a_longer_line_is_a_widgets():
    # (`订户专享 赠阅文章` over its notice, the headline above them)
    title = "敞开家门 展现江城人的热情"
    notice = "本报新添“赠阅文章”功能!凡本报会员,每月可赠阅 5 篇会员专享文章。"
    article = clean_text("\n".join([title, "", "会员", "赠阅文章", "会员专享 赠阅文章", "", notice, "", *PARAGRAPHS]) + "\n")
    assert article.title == title
