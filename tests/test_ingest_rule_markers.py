"""Rule emoji_markers: emoji planted in parentheses, any emoji, both parenthesis widths."""
from __future__ import annotations

import pytest

from digest.ingest.markers import remove_markers
from test_ingest_helpers import TITLE, body_text, clean_text


@pytest.mark.parametrize("planted, clean", [
    ("大语(😔)言模型", "大语言模型"),
    ("大语（🚀）言模型", "大语言模型"),
    ("大语(🚀）言模型", "大语言模型"),
    ("其业务((💂)涵盖与大公司的合作)依然强劲", "其业务(涵盖与大公司的合作)依然强劲"),
    ("其业务（（🦈）涵盖与大公司的合作）依然强劲", "其业务（涵盖与大公司的合作）依然强劲"),
    ("Garrett Lord表示:(🛁)", "Garrett Lord表示:"),
    ("国旗(🇨🇳)飘扬", "国旗飘扬"),
    ("一(👨‍👩‍👧)家人", "一家人"),
    ("点(👍🏽)赞", "点赞"),
    ("按(1️⃣)键", "按键"),
    ("红(❤️)心", "红心"),
    ("Scale (🔥) AI", "Scale AI"),
    ("( 😀 )开头", "开头"),
])
def test_markers_go_and_the_text_closes_up(planted, clean):
    assert remove_markers(planted)[0] == clean


@pytest.mark.parametrize("text", ["第(1)条", "(A)选项", "温度(℃)", "(注：本文有删节)", "（完）", "得分(3:1)"])
def test_real_parentheses_stay(text):
    assert remove_markers(text) == (text, [])


def test_rule_reports_each_line_and_marker():
    article = clean_text(f"{TITLE}\n在合作(🍈)中，客(🕒)户通常会共享数据。\n")
    assert body_text(article) == ["在合作中，客户通常会共享数据。"]
    assert [(r.rule, r.line, r.text) for r in article.removals] == [("emoji_markers", 2, "(🍈) (🕒)")]


def test_rule_off_keeps_the_markers():
    article = clean_text(f"{TITLE}\n在合作(🍈)中，客户通常会共享数据。\n", rules={"emoji_markers": False})
    assert "(🍈)" in article.body


def test_a_word_stamped_on_a_related_news_item_is_a_stamp():
    from digest.ingest.markers import stamped_word

    assert stamped_word("- 信息(🍖) 购机赠送精美相机包详细阅读") == "信息"
    assert stamped_word("锦州（🏮） 一场交易") == "锦州"
    assert stamped_word("大语(😔)言模型") is None


@pytest.mark.parametrize("planted, clean", [("蛋(🥚(🚜))糕", "蛋糕"), ("天((🌈)🚆)气", "天气"), ("雨((☔)(🌂))伞", "雨伞")])
def test_nested_markers_go_until_none_is_left(planted, clean):
    assert remove_markers(planted)[0] == clean
