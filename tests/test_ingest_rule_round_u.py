"""Furniture from round `u`'s tune pages, by kind of line (issue 13, branch `furn16`, checked
leave-one-round-out): captions that number their figure (`图一.…`) or sign with who supplied the
picture (`…。 新华社供稿`, `… IC供图`); what a page says to its reader under the text (a call to tip
or share, a farm's closing formula, a login wall, an ad desk's contact); a long row of stuffed menu
words between bars, which is no paragraph. Each with the text it must keep."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason, site_promise
from digest.ingest.directory import cut_off_start
from digest.ingest.layout import furniture_reason
from digest.ingest.menus import is_menu_row
from digest.ingest.pictures import CAPTION
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize("line", [
    "图一.梁冰主席致欢迎词",
    "圖一 根據內地與澳門高等教展2024網站資料整理之各地區在讀澳生人數分佈",
    "图2：2019年至2023年全市新能源汽车保有量",
    "图为广东台山核电1号机组1号汽轮机厂房。 新华社供稿",
    "7月11日,百度旗下的无人驾驶出租车萝卜快跑(Robo taxi)行驶在武汉街头。 IC供图",
    "台澎第三海纜疑似遭外力破壞,海巡署已將可疑貨輪帶回安平港接受調查。海巡署提供",  # (a giver of three characters)
])
def test_captions_that_number_their_figure_or_name_who_supplied_it_go(line):
    assert furniture_reason(line, "body") == CAPTION


@pytest.mark.parametrize("line", [
    "图1显示，全市新能源汽车保有量五年间增长了三倍，其中纯电动车占比最高。",  # no sign after its number: a sentence about it
    "图书馆馆长说，今年新增藏书两万册。",
    "图一、图二分别是改造前后的街景，对比十分明显。",  # (a sentence about the figures: more than one named)
    "当天的活动由区农业农村局组织，区融媒体中心供稿。",  # a text's last words credited, no `图为`: text
    "这批检测设备和试剂，全部由市卫健委提供。",  # who gave what, inside the sentence
])
def test_sentences_about_a_figure_or_a_supplied_text_stay(line):
    assert furniture_reason(line, "body") != CAPTION


@pytest.mark.parametrize("line", [
    "如果覺得這篇文章對您有幫助,請打賞支持一下!",
    "觉得文章不错的话，欢迎转发分享",
    "以上就是关于【9月流感高发多地发布秋季流感预防提示】的相关消息了,希望对大家有所帮助!",
    "[登陆后可查看全文]",
    "登录后阅读全文",
])
def test_what_a_page_says_to_its_reader_goes(line):
    assert furniture_reason(line, "tail") is not None
    assert furniture_reason(line, "body") is not None


@pytest.mark.parametrize("line", [
    "专家认为，如果觉得孩子的作业对他有帮助，家长不妨多给些鼓励。",
    "以上就是本次会议的主要内容，各部门要抓好落实。",
    "市民登录后可查看全部办事指南，办理进度也能随时查询。",
])
def test_text_that_speaks_of_help_or_logging_in_stays(line):
    assert furniture_reason(line, "body") is None


def test_an_ad_desks_contact_goes_and_a_line_about_cooperation_stays():
    assert boilerplate_reason("广告合作联系站长QQ:908819363")
    assert boilerplate_reason("商务合作请联系微信：abc123")
    assert not boilerplate_reason("双方就广告合作达成一致，将于明年推出联名产品。")


def test_a_long_row_of_stuffed_words_between_bars_is_no_paragraph():
    places = "义马市| 南澳县| 新田县| 福泉市| 德令哈市| 禄丰县| 进贤县| 晋城| 郸城县| 夹江县| 宝清县| 鸡西市| " \
             "阳曲县| 麻栗坡县| 什邡市| 基隆市| 蒙自县| 山西省| 贵德县| 弥渡县| 海晏县| 安溪县| 常州市| 错那县| " \
             "京山县| 郑州市| 隆尧县| 彰化市| 紫金县| 淮北市| 普洱| 达拉特旗| 丹凤县| 赣州市|"
    assert is_menu_row(places)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:3], places]))
    assert body_text(article) == PARAGRAPHS[:3]


def test_a_tables_row_with_its_figures_is_no_menu():
    row = " | ".join(["2019年", "12.5", "13.1", "14.0", "15.2", "16.3", "17.1", "18.4", "19.9", "21.0", "22.6"])
    assert not is_menu_row(row)
    assert not is_menu_row("新闻 | 体育 | 财经")  # (a short menu: the other rules' to judge)


def test_a_pictures_label_printed_at_each_picture_goes():
    # `巡河现场` under two paragraphs, each time where a picture was (s073, t051, u080): no subheading
    # of the text, which names each of its sections once
    lines = [TITLE, PARAGRAPHS[0], "巡河现场", PARAGRAPHS[1], "巡河现场", PARAGRAPHS[2]]
    assert body_text(clean_text("\n".join(lines))) == PARAGRAPHS[:3]


@pytest.mark.parametrize("label", [
    "主持人",  # a speaker's name opens each of their turns: too short for a picture's label
    "第一届全国青年运动会闭幕",  # longer than a label: an unpunctuated subheading or sentence
])
def test_a_short_speaker_or_a_long_line_shown_twice_stays(label):
    lines = [TITLE, PARAGRAPHS[0], label, PARAGRAPHS[1], label, PARAGRAPHS[2]]
    assert sum(label in line for line in body_text(clean_text("\n".join(lines)))) == 2


def test_a_label_among_short_lines_stays():
    # a refrain: the lines around it are short, no paragraph of the text above it
    verse = ["春风吹过田野", "我们一起歌唱", "春风吹过田野", "花开满山冈"]
    lines = [TITLE, PARAGRAPHS[0], *verse, PARAGRAPHS[1]]
    assert sum(line == "春风吹过田野" for line in body_text(clean_text("\n".join(lines)))) == 2


def test_the_subheadings_of_a_text_printed_twice_stay():
    # the page prints its whole text twice (inews): its subheading comes twice, the same lines around it
    once = [PARAGRAPHS[0], "企业文化", PARAGRAPHS[1]]
    kept = body_text(clean_text("\n".join([TITLE, *once, PARAGRAPHS[2], *once])))
    assert any("企业文化" in line for line in kept)


@pytest.mark.parametrize("line", [
    "因為你,我們得以前進,你的支持是我們的動力",
    "我们会为你更新本地以及国际的最新消息!",
    "- 传播灌云资讯,分享灌云生活。",
    "- 打造灌云权威公众服务平台!",
])
def test_a_sites_promise_or_slogan_under_the_text_goes(line):
    assert furniture_reason(line, "tail") is not None
    assert furniture_reason(line, "body") is None  # (above, a self-media post may open by speaking so)


@pytest.mark.parametrize("line", [
    "“我们会为你们争取到合理的赔偿。”",  # a quote, to many
    "我们会尽快为你们解决停水问题,请大家耐心等待。",  # 你们: the people the text is about
    "打造一流营商环境,是全市今年的头号任务。",
])
def test_the_texts_last_words_to_people_stay(line):
    assert not site_promise(line)


@pytest.mark.parametrize("cut", ["此时济广高", "这一争议的", "图灵测试的演", "再看那银蛇", "記者在小區"])
def test_a_sentences_start_an_excerpt_cut_off_at_the_pages_end_stays(cut):
    # the page stops a few characters into the next paragraph: its words are text, not a tag
    kept = body_text(clean_text("\n".join([TITLE, *PARAGRAPHS[:3], cut])))
    assert kept[-1] == cut


@pytest.mark.parametrize("tag", ["星洲的体育", "相关推荐", "正在验证用户", "学习快评丨总书记的", "华人网", "舉報此信息", "分享这篇文章", "在线客服"])
def test_a_label_or_a_column_name_at_the_pages_end_is_still_no_text(tag):
    assert not cut_off_start(tag)
