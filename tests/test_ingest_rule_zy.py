"""Shapes met in the twenty-third session: a source's label written `源自：`, and a Taiwanese paper's
name before its reporter's byline in brackets (`中國時報【記者王小明╱台南報導】`)."""
from __future__ import annotations

import pytest

from digest.ingest.chinese import for_matching
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

LEAD = "高麗菜每年上演「菜土菜金」戲碼，今年也不例外，9月風災後菜價一度飆高，如今產地價格崩跌，農民叫苦連天。"


def _clean(*lines: str):
    return clean_text("\n".join([TITLE, *lines, *PARAGRAPHS]) + "\n")


@pytest.mark.parametrize("line", ["作者:佚名 源自:中國水處理工程網", "源自：中国水处理工程网", "文章源自: 中国水处理工程网"])
def test_a_source_labelled_source_from_is_read(line):
    article = _clean(line)
    assert for_matching(article.source) == "中国水处理工程网"
    assert "源自" not in article.body and not article.author


@pytest.mark.parametrize("byline, paper", [
    ("中國時報【記者莊曜聰╱台南報導】", "中國時報"),
    ("中國時報【莊曜聰╱台南報導】", "中國時報"),
    ("自由時報〔記者王小明／台北報導〕", "自由時報"),
    ("聯合報【記者王小明、李大華/綜合報導】", "聯合報"),
])
def test_a_papers_name_before_its_bracketed_byline_names_the_source(byline, paper):
    article = _clean(byline + LEAD)
    assert article.source == paper
    assert LEAD in article.body


def test_a_bracketed_byline_without_a_papers_name_names_no_source():
    # (`〔記者王小明／台北報導〕`: the host's own reporter, whoever the host is)
    assert not _clean("〔記者王小明／台北報導〕" + LEAD).source


def test_an_adult_sites_row_on_top_is_no_headline_and_goes():
    row = "天天av影院免费看,99久久精品无码一,AV综合色无码不卡,中久无码永久在线观看"
    article = clean_text("\n".join([row, "", "人民网", "人民网>>上海频道", "", TITLE, "", "2024年05月13日10:30 |", "小字号", "",
                                    *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert "无码" not in article.body and "影院" not in article.body
