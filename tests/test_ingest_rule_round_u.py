"""Furniture from round `u`'s tune pages, by kind of line (issue 13, branch `furn16`, checked
leave-one-round-out): captions that number their figure (`图一.…`) or sign with who supplied the
picture (`…。 新华社供稿`, `… IC供图`); what a page says to its reader under the text (a call to tip
or share, a farm's closing formula, a login wall, an ad desk's contact); a long row of stuffed menu
words between bars, which is no paragraph. Each with the text it must keep."""
from __future__ import annotations

import pytest

from digest.ingest.layout import furniture_reason
from digest.ingest.pictures import CAPTION


@pytest.mark.parametrize("line", [
    "图一.梁冰主席致欢迎词",
    "圖一 根據內地與澳門高等教展2024網站資料整理之各地區在讀澳生人數分佈",
    "图2：2019年至2023年全市新能源汽车保有量",
    "图为广东台山核电1号机组1号汽轮机厂房。 新华社供稿",
    "7月11日,百度旗下的无人驾驶出租车萝卜快跑(Robo taxi)行驶在武汉街头。 IC供图",
])
def test_captions_that_number_their_figure_or_name_who_supplied_it_go(line):
    assert furniture_reason(line, "body") == CAPTION


@pytest.mark.parametrize("line", [
    "图1显示，全市新能源汽车保有量五年间增长了三倍，其中纯电动车占比最高。",  # no sign after its number: a sentence about it
    "图书馆馆长说，今年新增藏书两万册。",
    "当天的活动由区农业农村局组织，区融媒体中心供稿。",  # a text's last words credited, no `图为`: text
])
def test_sentences_about_a_figure_or_a_supplied_text_stay(line):
    assert furniture_reason(line, "body") != CAPTION
