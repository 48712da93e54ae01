"""A site's notices about itself, its footer's licence lines, a comment box's rules, and a page
title that adds a publisher's name to the headline printed under it (input text -> what a user
gets)."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


@pytest.mark.parametrize("line", [
    "本网站所刊载信息,不代表中新社和中新网观点。 刊用本网站稿件,务经书面授权。",
    "*本网站有关内容转载自合法授权网站,如果您认为转载内容侵犯了您的权益,",
    "请您来信来电(024-23187042)声明,本网站将在收到信息核实后24小时内删除相关内容。",
    "注明:文章部分内容来源于网络,如侵犯到您的隐私或权益,请后台留言,本平台第一时间进行处理,谢谢合作!",
    "Copyright © 1999 - 2024 by Example Media Inc. 未经许可不得摘抄 | GMT-4, 2024-11-5 05:22 , Processed in 0.12 second(s), 23 queries .",
    "[网上传播视听节目许可证(0106168)] [京ICP证040655号] [ 京公网安备:110102003042-1] 总机:86-10-87826688",
    "欢迎您发表有价值的评论,发布广告和不和谐的评论都将会被删除,您的账号将禁止评论。",
])
def test_a_sites_notices_about_itself_are_boilerplate(line):
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize("line", [
    # an article about a website's rights, and one run into a line that ends with the host's notice
    "该网站负责人表示，平台上的原创内容受版权保护，侵权者将被追究责任。",
    "在香港回归26周年之际,成都至香港高铁列车首发仪式在成都东站举行,省长宣布列车开通。 文章来源:四川发布,若有侵权,请联系本站删除!",
    "本站记者从市场监管局获悉，今年共查处侵权案件120起，同比下降一成。",
])
def test_text_that_mentions_rights_is_not_a_notice(line):
    assert boilerplate_reason(line) is None


def test_a_last_line_over_a_footer_is_still_furniture():
    tail = ["Powered by Discuz! ganzhong", "© 2001-2025 Discuz! Team."]  # (the second goes as a notice first)
    article = clean_text(raw_article(tail=tail))
    assert body_text(article)[-1] == PARAGRAPHS[-1]


def test_a_page_title_that_adds_a_publishers_name_yields_to_the_headline_under_it():
    article = clean_text(raw_article(title="中国青年报:" + TITLE, head=["首页 > 新闻", TITLE]))
    assert article.title == TITLE and body_text(article)[0] == PARAGRAPHS[0]
    # the paper's name is no report kind (年报): it is a publisher
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS, "中国青年报"])).source == "中国青年报"


def test_a_kicker_before_a_headline_stays_with_it():
    title = "海外留学生看两会：出国前后关注点大不同"
    article = clean_text(raw_article(title=title, head=["出国前后关注点大不同"]))
    assert article.title == title


def test_a_long_caption_signed_by_a_photo_agency_goes_and_text_citing_one_stays():
    caption = "布宜諾斯艾利斯聖太摩市場區一家酒吧18日擠滿觀賽球迷,阿根廷罰球進球時全場歡呼,球迷們徹夜慶祝。路透社"
    cited = "据路透社报道，这笔交易的冲击波来得异常迅猛。分析人士认为此事影响深远，消息来源于路透社"
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], caption, cited, *PARAGRAPHS[1:]]))
    assert caption not in article.body and cited in article.body


@pytest.mark.parametrize("label, notice", [
    ("声明", ["1.本站遵循行业规范,任何转载的稿件都会明确标注作者和来源;2.本站的原创文章,请转载时务必注明文章作者和来源,"
              "不尊重原创的行为我们将追究责任;3.作者投稿可能会经我们编辑修改或补充。"]),
    ("反侵權公告:", ["根據《中華人民共和國著作權法》、《信息網絡傳播權保護條例》等法律法規,未經書面許可,擅自使用本報社作品的,將涉嫌侵犯著作權。",
                  "一、任何單位或個人,在任何公開傳播平臺上使用本報社的原創內容,必須事先取得本報社書面授權。"]),
])
def test_a_notice_under_its_label_goes_with_the_label(label, notice):
    article = clean_text(raw_article(tail=[label, *notice]))
    assert body_text(article) == PARAGRAPHS


def test_a_label_over_text_that_is_no_notice_stays():
    # a statement quoted under `声明：` that says nothing of rights is the article's
    quoted = ["声明：", "我们将于下月起全面恢复航线运营，感谢旅客一直以来的理解与支持。"]
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS[:3], *quoted, *PARAGRAPHS[3:]]))
    assert body_text(article) == [*PARAGRAPHS[:3], *quoted, *PARAGRAPHS[3:]]
