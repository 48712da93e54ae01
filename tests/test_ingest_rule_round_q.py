"""Shapes read on round q's tune pages (twelfth session): a forum's reply form and its software's
build-time footer, a button with its count, a comment box's prompt, a video's play label, an
editorial chain of roles and names. Each is a whole line no article text takes."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

WIDGET_LINES = ["GMT+8, 2025-5-4 02:18 , Processed in 0.132397 second(s), 22 queries .", "Processed in 0.021 second(s), 8 queries",
                "页面执行时间 0.0123 秒", "本版积分规则 发表回复 回帖并转播 回帖后跳转到最后一页", "赞 (0)", "点赞(12) 收藏(3)",
                "有话要说...", "说点什么吧…", "點擊播放視頻"]


@pytest.mark.parametrize("line", WIDGET_LINES)
def test_a_widget_goes_wherever_it_stands(line):
    for where in ("body", "end", "tail"):
        assert furniture_reason(line, where), (line, where)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:], line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["有话要说：我觉得这件事情不对，应该重新调查。", "赞(0)的背后，是读者的冷漠。", "点击播放量突破一亿次。",
                                  "他说，页面执行时间太长会影响体验。"])
def test_text_that_starts_like_a_widget_stays(line):
    assert not furniture_reason(line, "body")
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]))
    assert line in body_text(article)


@pytest.mark.parametrize("line", ["(编辑/王伟琰 审核/李昕)", "(松花江网编辑 孙淑萍 初审 齐源 复审 李明丹 终审 王久权)",
                                  "（编辑：张三 审核：李四）", "【责任编辑：王五 校对：赵六】"])
def test_an_editorial_chain_of_roles_and_names_is_a_credit(line):
    assert boilerplate_reason(line)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["编辑张三审核李四的稿件后签发。", "编辑审核了这份文件后签发给各部门"])
def test_a_sentence_about_editors_is_no_credit(line):
    assert not boilerplate_reason(line)


@pytest.mark.parametrize("line", ["2018-03-28 21:16:17    新華網  參與評論()人", "2018-03-28 21:16:17 新华网 参与评论(12)人",
                                  "来源：新华网 2018-03-28 参与讨论(5)"])
def test_an_info_line_with_its_comment_counter_is_read(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source in ("新華網", "新华网") and str(article.date.value).startswith("2018-03-28")
    assert body_text(article) == PARAGRAPHS
