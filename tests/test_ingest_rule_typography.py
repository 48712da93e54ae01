"""Rules headings and fullwidth_punctuation."""
from __future__ import annotations

import pytest

from digest.ingest.typography import looks_like_heading, to_fullwidth
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text, raw_article


@pytest.mark.parametrize("line", ["信任的代价:谷歌带头“出走”", "“数据主权”警报:当供应商成为竞争对手", "豪赌的背后", "三大看点"])
def test_bare_short_lines_are_headings(line):
    assert looks_like_heading(line)


@pytest.mark.parametrize("line", ["这笔交易来得异常迅猛。", "他表示：", "图为现场照片", "新华社记者 才扬 摄", "2025-06-14",
                                  "（完）", "- 列表项", "https://example.com", "ABC", "他说：“好。”"])
def test_other_short_lines_are_not(line):
    assert not looks_like_heading(line)


def test_headings_between_paragraphs_become_markdown_headings():
    paragraphs = [PARAGRAPHS[0], "信任的代价", PARAGRAPHS[1], PARAGRAPHS[2], "豪赌的背后", PARAGRAPHS[3], "最后一行没有句号"]
    # (a short line after the last paragraph is page furniture, a tag or a link, for page_furniture)
    article = clean_text(raw_article(paragraphs=paragraphs), rules={"page_furniture": False})
    assert body_text(article) == [PARAGRAPHS[0], "## 信任的代价", PARAGRAPHS[1], PARAGRAPHS[2], "## 豪赌的背后",
                                  PARAGRAPHS[3], "最后一行没有句号"]
    assert article.headings == ("信任的代价", "豪赌的背后")


def test_headings_off():
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], "信任的代价", PARAGRAPHS[1]]), rules={"headings": False})
    assert "## " not in article.body


@pytest.mark.parametrize("text, expected", [
    ("49%后,AI独角兽", "49%后，AI独角兽"),
    ("谷歌:当供应商成为对手", "谷歌：当供应商成为对手"),
    ("真的吗?是的!", "真的吗？是的！"),
    ("投资者(如Accel和Index)及员工", "投资者（如Accel和Index）及员工"),
    ("1,000 people at 10:30, ok?", "1,000 people at 10:30, ok?"),
    ("见 https://example.com/a,b?c=1 页", "见 https://example.com/a,b?c=1 页"),
    ("在10:30开会", "在10:30开会"),
])
def test_fullwidth_punctuation_only_beside_chinese(text, expected):
    assert to_fullwidth(text) == expected


def test_fullwidth_punctuation_is_off_by_default_and_can_be_switched_on():
    page = raw_article(paragraphs=["Meta入股49%后,AI独角兽Scale遭遇客户流失潮。"])
    assert body_text(clean_text(page)) == ["Meta入股49%后,AI独角兽Scale遭遇客户流失潮。"]
    assert body_text(clean_text(page, rules={"fullwidth_punctuation": True})) == ["Meta入股49%后，AI独角兽Scale遭遇客户流失潮。"]
