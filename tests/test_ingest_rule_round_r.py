"""Shapes read on round r's tune pages (thirteenth session): a site's disclaimer in numbered points
that names the item it is under (`1.《…》援引自互联网…与本网站无关,侵删请联系…`), whose words are a
disclaimer's (`侵删`, `仅供读者参考`, `未对该内容进行证实`, `不作任何保证`) without a copyright's; a
skip-to-content link as accessible sites print it (`按Enter到主內容區`); a picture's file name with spaces in it; arrows and a call to
read another column (`>>>立即瀏覽【…】欄目`); a caption under its label (`頂圖圖說：`, `图片说明：`); a first line that opens with a
dateline (`X网讯 日前,…。`), which is the lead, never a headline; a picture's source in an info line
(`撰文:編輯部圖片來源:香港天文台`), which names no publisher, nor does a hashtag (`來稿: #某某會`); a
clause that goes on describing an app, which is a report, not a pitch; an app's download link
(`iPhone:https://…`); a bracketed credit alone under the text (`（記者楊熠 通訊員劉永豪）`, rounds j, k and q)."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

NOTICES = ["1.《某地猪肉价格下降 具体什么情况》援引自互联网,旨在传递更多网络信息知识,仅代表作者本人观点,与本网站无关,侵删请联系页脚下方联系方式。",
           "2.《某地猪肉价格下降 具体什么情况》仅供读者参考,本网站未对该内容进行证实,对其原创性、真实性、完整性、及时性不作任何保证。"]


@pytest.mark.parametrize("line", NOTICES)
def test_a_numbered_disclaimer_under_the_item_goes(line):
    assert boilerplate_reason(line)
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, *NOTICES]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["本网记者未能证实这一说法,当事人表示将保留追究责任的权利。",
                                  "本刊未能证实网传的说法,当事平台对其真实性不作任何保证,也拒绝就此发表观点。"])
def test_a_report_that_doubts_a_claim_is_text(line):
    assert not boilerplate_reason(line)


@pytest.mark.parametrize("line", ["按Enter到主內容區", "按 Enter 鍵到主內容區", "跳到主要內容", "前往正文"])
def test_a_skip_to_content_link_goes(line):
    assert boilerplate_reason(line) == "a skip-to-content link"
    article = clean_text("\n".join([line, TITLE, *PARAGRAPHS]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["分分秒秒都在努力 只為儘速復電.png", "搶修人員 1.jpg"])
def test_a_pictures_file_name_with_spaces_goes(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["请看 .png", "图为现场。.jpg"])
def test_a_file_name_needs_a_name(line):
    from digest.ingest.pictures import IMAGE_NAME

    assert not IMAGE_NAME.match(line)


@pytest.mark.parametrize("line", [">>>立即瀏覽【移民百答】欄目:新移民抵埗攻略,老華僑也未必知道的事,移民、工作、居住、交通、報稅。",
                                  ">>>即讀【新移民專欄】:新移民第一身經驗,與你分享當下年輕移民生活日常大小事。", "→点击查看更多精彩内容"])
def test_arrows_and_a_call_to_read_another_column_go(line):
    assert boilerplate_reason(line) == "a link to another column or story"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["看完这篇文章你就明白了。", "读者来信：我们看到了希望。"])
def test_a_sentence_that_says_read_is_text(line):
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize("line", ["頂圖圖說:澳門大學校園一角。(澳門大學官網)", "图说：市民在排队等候。", "图片说明：施工现场。"])
def test_a_caption_under_its_label_goes(line):
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert body_text(article) == PARAGRAPHS


def test_a_column_named_for_pictures_is_text():
    line = "图说天下：一个栏目的名字后面，是这一段正文的开头，它讲了很多事情。"
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert line in body_text(article)


@pytest.mark.parametrize("lead", ["某州网讯 日前,市民政局开展殡葬管理宣传活动。", "晨报网讯(记者 张三) 上周菜价上涨,市民直呼吃不消。"])
def test_a_first_line_that_opens_with_a_dateline_is_the_lead_not_a_headline(lead):
    article = clean_text("\n".join([lead, *PARAGRAPHS]))
    assert body_text(article)[0] == lead


@pytest.mark.parametrize("line", ["撰文:編輯部圖片來源:香港天文台", "作者:张三 图片来源:某某图库", "图源:某某图库 编辑:李四"])
def test_a_pictures_source_in_an_info_line_names_no_publisher(line):
    fields = parse_info_line(line)
    assert fields is not None and not any(kind == "source" for kind, _value in fields)
    assert all("图片" not in value and "圖片" not in value for _kind, value in fields)


def test_the_source_beside_a_pictures_source_is_read():
    assert ("source", "新华网") in parse_info_line("来源:新华网 图片来源:某某图库")


def test_a_hashtag_after_a_contribution_label_names_no_publisher():
    article = clean_text("\n".join([TITLE, "來稿: #某某會", *PARAGRAPHS]))
    assert article.source == ""


def test_a_clause_that_goes_on_describing_an_app_is_text():
    line = "打开某某出行App,地图显示的一片蓝色封闭区域即是其试运营"
    assert boilerplate_reason(line) is None
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]))
    assert any(line in text for text in body_text(article))
    # (a pitch that praises itself is one still)
    assert boilerplate_reason("立即下载某某App,海量独家资讯免费看,更多精彩等你来")


@pytest.mark.parametrize("line", ["iPhone:https://apple.co/2Iabc", "Android 版：https://play.google.com/store/apps/x", "安卓用户：www.example.com/app"])
def test_an_apps_download_link_goes(line):
    assert boilerplate_reason(line) == "an app's download link"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


def test_a_question_with_a_link_is_no_app_link():
    assert boilerplate_reason("iPhone 15 的售价是多少:https://example.com/price") != "an app's download link"


@pytest.mark.parametrize("line", ["（記者楊熠 通訊員劉永豪）", "（苑光友）", "（据新华社北京6月15日电）", "(本报记者 王五)"])
def test_a_bracketed_credit_alone_under_the_text_goes(line):
    assert boilerplate_reason(line) == "a credit or contact line"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["（上）", "（图）", "（据说他后来去了北京，再也没有回来）"])
def test_a_bracketed_aside_is_no_credit(line):
    assert boilerplate_reason(line) != "a credit or contact line"


@pytest.mark.parametrize("note", ["(本文由 某某新聞 授權轉載)", "（本文由某某新闻授权转载）"])
def test_a_reprint_leave_with_spaces_around_the_name_names_it(note):
    assert clean_text("\n".join([TITLE, *PARAGRAPHS, note])).source in ("某某新聞", "某某新闻")
