"""Rule pinyin_leaks: readings leaked from ruby markup go; real parentheses stay."""
from __future__ import annotations

import pytest

from digest.ingest.pinyin import remove_pinyin
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text


@pytest.mark.parametrize("leaked, clean", [
    ("年內(nèi)營收增長", "年內營收增長"),
    ("業(yè)績(jī)預告", "業績預告"),
    ("中國（zhōng guó）市場", "中國市場"),
    ("律(lǜ)師", "律師"),
])
def test_leaked_readings_go(leaked, clean):
    assert remove_pinyin(leaked)[0] == clean


@pytest.mark.parametrize("text", ["人工智能(AI)", "特斯拉(Tesla)", "选项(a)", "（记者 张三）", "温度(℃)",
                                  "他叫王芳(fang)", "Scale AI(nei)", "代号(Ma)"])
def test_real_parentheses_stay(text):
    assert remove_pinyin(text) == (text, [])


def test_the_source_of_a_traditional_copy_keeps_its_whole_name():
    article = clean_text("券商年內(nèi)業(yè)績(jī)大增\n來源：券商中國(guó)\n" + "\n".join(PARAGRAPHS))
    assert article.title == "券商年內業績大增"
    assert article.source == "券商中國"
    assert [r.text for r in article.removals if r.rule == "pinyin_leaks"][:1] == ["(nèi) (yè) (jī)"]


def test_rule_off_keeps_them():
    article = clean_text("標題\n年內(nèi)營收增長。" + PARAGRAPHS[0], rules={"pinyin_leaks": False})
    assert "(nèi)" in body_text(article)[0]


@pytest.mark.parametrize("leaked, clean", [
    ("红网时刻(shíkè)新闻", "红网时刻新闻"),  # a word's syllables glued, each with its tone
    ("当地居民说道(shuōdào)。", "当地居民说道。"),
    ("谢谢(xièxie)你", "谢谢你"),  # one neutral syllable
])
def test_glued_readings_go(leaked, clean):
    assert remove_pinyin(leaked)[0] == clean


@pytest.mark.parametrize("text", ["测试(ceshi)", "模型(Llama)", "公司(Nvidia)", "名为(shikeyishiyi)"])
def test_glued_letters_without_tones_stay(text):
    assert remove_pinyin(text) == (text, [])
