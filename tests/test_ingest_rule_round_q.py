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


def test_a_page_title_with_the_author_between_the_headline_and_the_site_gives_the_headline():
    title = "興建公屋足夠?劏房問題勢延十年 | 陳紹銘 | 香港獨立媒體"
    article = clean_text("\n".join([title, "日期:2025-11-09", *PARAGRAPHS]))
    assert article.title == "興建公屋足夠?劏房問題勢延十年"
    # without a site after it, a segment after a bar is the headline's own (`…|手记`)
    assert clean_text("\n".join(["访客络绎不绝，平日里“村BA”圣地有多热闹？|手记", *PARAGRAPHS])).title.endswith("|手记")


@pytest.mark.parametrize(("line", "source", "day"), [("2024-05-08 23:23 来自甘肃", "", "2024-05-08T23:23"),
                                                     ("2024-01-25 18:03:35 来自内蒙古自治区", "", "2024-01-25T18:03:35"),
                                                     ("管不饿 2024-05-08 23:23 来自甘肃", "管不饿", "2024-05-08T23:23")])
def test_the_region_a_post_came_from_is_no_publisher(line, source, day):
    # platforms print the poster's IP region beside the date; `来自新华社` still names one
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert (article.source or "") == source and str(article.date.value).startswith(day)
    assert body_text(article) == PARAGRAPHS
    assert clean_text("\n".join([TITLE, "来自新华社 2024-05-08", *PARAGRAPHS])).source == "新华社"


def test_an_account_named_beside_the_date_is_its_name_and_a_region_under_it_is_none():
    from digest.ingest.info_lines import parse_info_line
    from digest.ingest.info_values import publisher_name

    assert ("credited source", "经济日报") in parse_info_line("经济日报官方账号 2024-05-08 23:23")
    assert publisher_name("经济日报官方账号") == "经济日报" and publisher_name("来自甘肃") is None
    assert publisher_name("参考消息") == "参考消息" and publisher_name("独家抢先看") is None  # (a promo button)


@pytest.mark.parametrize("line", ["反侵权公告:", "反侵權公告：", "【版权公告】："])
def test_a_rights_notice_label_is_a_notice(line):
    assert boilerplate_reason(line)
    # `未经许可` in a sentence of the news is no reprint notice (an inews item: `…在国内是未经许可生产、销售的。`)
    assert not boilerplate_reason("公告称，该公司未经书面许可的产品将被召回，消费者可以申请退款。")
    assert not boilerplate_reason("涉案烟弹是加热不燃烧新型卷烟，目前在国内是未经许可生产、销售的。")
    assert boilerplate_reason("未经许可，不得转载") and boilerplate_reason("本文未经授权禁止转载")


def test_a_date_printed_in_cells_one_under_the_other_is_read_whole():
    lines = [TITLE, "日期:2021-09-06    来源:信达证券", "2021", "09/06", "10:35", *PARAGRAPHS]
    article = clean_text("\n".join(lines))
    assert str(article.date.value).startswith("2021-09-06T10:35") and body_text(article) == PARAGRAPHS
    # a year alone before a paragraph is not joined to it
    kept = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], "2021", "全年营收增长", *PARAGRAPHS[2:]]))
    assert "全年营收增长" in "".join(body_text(kept))


def test_keyword_lines_pushed_in_between_a_sentences_clauses_go_and_the_clauses_stay():
    lines = [TITLE, "協助馬拉韋市(Marawi)戰後重建,", "加盟創業", ",菲律賓華人社團「菲華工商總會」今晚象徵性捐贈", "喜餅禮盒",
             ",供難民安身,", "網路行銷", ",菲律賓總統杜特蒂感謝華人的援助。菲華工", "主機代管", ",主題為「團結齊心、盛景共榮」,", "紙片肉干",
             ",杜特蒂率領多名內閣官員親臨。", *PARAGRAPHS]
    body = "".join(body_text(clean_text("\n".join(lines))))
    assert not any(word in body for word in ("加盟創業", "喜餅禮盒", "網路行銷", "主機代管", "紙片肉干"))
    assert "供難民安身" in body and "杜特蒂率領" in body


def test_a_page_broken_before_its_clause_marks_keeps_the_sentence_after_a_full_stop():
    # lines broken before every 、 and , (a clean page): after a sentence's end, a short line starts the next sentence
    lines = [TITLE, *PARAGRAPHS[:2], "為切實做好全縣防汛防臺準備工作,蒼南縣防汛抗旱指揮部門開展檢查", "、基層防汛體系管理", "、水毀工程修復",
             "、在建工程等情況。", "檢查活動中", ",蒼南縣水利局兵分六路", ",分別對全縣19個鄉鎮進行實地檢查。", *PARAGRAPHS[2:]]
    assert "檢查活動中" in "".join(body_text(clean_text("\n".join(lines))))


@pytest.mark.parametrize("line", ["仔细查看可以发现，这些二维码是新粘贴上去的，严严实实的盖住了单车原本的二维码。",
                                  "记者尝试抠掉这些假的二维码，但底部粘太紧，撕下后依然无法正常扫码使用单车。",
                                  "进入设置后，有一个【支付设置】，点击进入。"])
def test_a_sentence_of_the_news_about_qr_codes_or_a_button_is_text(line):
    # (an inews item on fake QR codes stuck on shared bikes lost six sentences to the follow-us notice)
    assert not boilerplate_reason(line)


@pytest.mark.parametrize("line", ["扫描二维码关注我们", "微信扫一扫,加关注", "扫码下载APP", "长按识别二维码", "飞书扫码加群:", "文章二维码",
                                  "用手机的二维码应用拍下左侧二维码,可以在手机继续阅读。", "已有0条评论,共832人参与,点击查看>>"])
def test_a_qr_code_with_what_to_do_with_it_is_a_notice(line):
    assert boilerplate_reason(line)
