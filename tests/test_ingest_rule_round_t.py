"""Furniture from round `t`'s tune pages, by kind of line (issue 13, branch `furn15`, checked
leave-one-round-out): captions that say they are captions (`圖為…`) and sign as one, on a photo
story with little text of its own; a comment or rating box's parts; a reading note, a mark where
the text starts, an inlined image; rows of an adult site's search words under the text; a site's
accounts named alone. Each with the text it must keep."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.layout import furniture_reason
from digest.ingest.pictures import CAPTION
from digest.ingest.stuffing import farm_row
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


def test_captions_that_open_with_tu_wei_are_no_planted_token():
    # three captions open with the same two characters: the caption's own word, which goes with
    # its whole line, not a farm's stamp cut off the line's start
    captions = ["圖為暴雨過後的山路上堆起的碎石。中新社發 王明 攝",
                "圖為消防員在河岸邊轉移被困群眾。中新社發 王明 攝",
                "圖為傍晚時分,搶修人員打通了半幅路面,車輛開始緩慢通行。中新社發 王明 攝"]
    article = clean_text("\n".join([TITLE, *captions, *PARAGRAPHS[:2]]))
    assert body_text(article) == PARAGRAPHS[:2]
    assert not article.spam_tokens
    assert not any(r.rule == "spam_tokens" for r in article.removals)


@pytest.mark.parametrize("line", [
    # an agency's signature after a sentence, without `图为`: a text a scraper cut around its picture
    # may end so, and the holdout lost such lines when the agency alone was enough
    "今天上午，全市首条跨江隧道正式通车，市民驾车体验新通道。新华社发 李强 摄",
    # `图为` in a paragraph that goes on, unsigned
    "图为何物，至今无人知晓，专家们仍在研究，今年还将组织第二次考察。",
])
def test_text_with_part_of_those_marks_stays(line):
    assert furniture_reason(line, "body") != CAPTION


def test_a_photo_storys_captions_go_however_little_text_it_has():
    # one sentence of text and the captions around it: the captions say they are captions
    text = "連日來,本縣各鄉鎮的茶園進入明前茶採摘高峰,茶農們搶抓農時採茶、製茶,供應市場。"
    captions = ["圖為位於本縣東郊村的生態茶園,茶農正在採摘明前茶。 張華 攝",
                "圖為本縣一家茶廠內,村民正在製作明前茶。 張華 攝"]
    article = clean_text("\n".join([TITLE, captions[0], text, *captions]))
    assert body_text(article) == [text]


def test_a_page_whose_only_text_is_an_unmarked_caption_still_keeps_it():
    caption = "10月5日，瑞典卡罗琳医学院在斯德哥尔摩宣布，中国女科学家屠呦呦分享2015年诺贝尔生理学或医学奖。新华社记者 王成云 摄"
    assert body_text(clean_text("\n".join(["中国药学家屠呦呦获诺贝尔奖", caption]))) == [caption]


@pytest.mark.parametrize("line", [
    "评论一下", "我来评论", "我要评论", "评论 0人参与,0条评论", "12人参与 3条评论",
    "200 / 200 (评价多于10个字)", "0/500(留言不超过500字)", "评分", "0分", "评价", "在线留言",
])
def test_a_comment_or_rating_box_under_the_text_goes(line):
    assert furniture_reason(line, "tail") is not None
    assert furniture_reason(line, "body") is not None


@pytest.mark.parametrize("line", [
    "评论一下这件事，网友们众说纷纭。",
    "该片在豆瓣评分达到8.5分，成为年度口碑之作。",
    "记者发现，共有120人参与了此次评价。",
    "0分到5分之间，选手们的差距并不大。",
])
def test_text_about_comments_and_scores_stays(line):
    assert furniture_reason(line, "body") is None


def test_a_comment_box_and_its_rating_after_the_text_go_with_a_qr_codes_call():
    tail = ["我来评鉴", "评分", "0分", "评价", "200 / 200 (评价多于10个字)", "在线留言",
            "扫描二维码,进入本网微信 扫描二维码,进入本网微博"]
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, *tail]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", [
    "(本文约8000字,阅读全文大约需要7分钟)",
    "【全文约3200字，阅读约需6分钟】",
    "以下为文章正文:",
    "正文如下：",
    '<image>data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="20"%3E%3C/svg%3E</image>',
    "<img>![](https://example.com/pic/2023/0101.png)</img>",
    "![](data:image/png;base64," + "iVBORw0KGgo" * 40 + ")",
])
def test_a_reading_note_a_start_mark_and_an_inlined_image_go(line):
    assert furniture_reason(line, "head") is not None
    assert furniture_reason(line, "body") is not None


@pytest.mark.parametrize("line", [
    "以下为讲话全文：",
    "本文约8000字，作者用了三年时间走访了二十多个村庄。",
    "<image>一张老照片</image>",
])
def test_lines_that_only_look_like_them_stay(line):
    assert furniture_reason(line, "body") is None


def test_a_page_that_opens_with_a_long_inlined_image_starts_its_text_under_it():
    image = "![](data:image/png;base64," + "iVBORw0KGgo" * 40 + ")"
    article = clean_text("\n".join([image, *PARAGRAPHS]))
    assert image not in article.body and body_text(article)[0] == PARAGRAPHS[0]


FARM_ROWS = [
    "亚洲无码精品一区二区,国产乱码视频免费观看,中文字幕人妻在线,欧美激情视频高清",
    "在线精品视频 | 日韩少妇午夜影院 | 久久成人AV免费 | 亚洲国产高清不卡 |",
]


def test_rows_of_an_adult_sites_search_words_under_the_text_go():
    assert all(farm_row(row) for row in FARM_ROWS)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, *FARM_ROWS]))
    assert body_text(article) == PARAGRAPHS
    assert any(r.why.startswith("a row of an adult site's search words") for r in article.removals)


@pytest.mark.parametrize("line", [
    # a sentence about such sites, and a video site's own list: text and a menu, not a farm's row
    "警方通报，该网站以“免费观看”“高清无码”为噱头，诱导用户充值，涉案金额超过百万元。",
    "国产剧,欧美剧,日韩剧,动漫,综艺,纪录片",
    "午夜新闻,成人教育,激情岁月",
])
def test_text_and_menus_with_some_of_those_words_stay(line):
    assert not farm_row(line)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]))
    assert not any(r.why.startswith("a row of an adult") for r in article.removals)


@pytest.mark.parametrize("line", ["某某市政府网微博、微信", "本地号微信公众平台", "晚报官方微信", "融媒中心微信公众号"])
def test_a_sites_accounts_named_alone_go(line):
    assert boilerplate_reason(line) is not None
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", [
    "市民可通过政府网微博、微信等渠道反映问题，相关部门将及时回复。",
    "## 三、用好政务微博、微信",  # (a text's subheading: a list's number before the words)
])
def test_sentences_about_accounts_stay(line):
    assert boilerplate_reason(line) is None


def test_an_accounts_name_on_the_first_line_is_the_items_headline():
    text = "某某移动微信公众号，你可以在微信添加朋友界面，选择公众号，再搜索“某某移动”进行查找。"
    article = clean_text("\n".join(["某某移动微信公众号", text]))
    assert article.title == "某某移动微信公众号" and body_text(article) == [text]
