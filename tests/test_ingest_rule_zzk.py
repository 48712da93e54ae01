"""Shapes met in the twenty-fourth session: a wire's dateline in Chinese numerals with its month
(`【中新社香港三月十五日電】`), a source's name with its page's address run into it, a picture's font
switch after the source, a labelled 来源 over a name beside the date, and more of the words an
outlet's own reporter opens a lead with."""
from __future__ import annotations

import pytest

from digest.ingest.chinese import for_matching
from digest.ingest.datelines import known_agency
from digest.ingest.info_lines import parse_info_line
from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, clean_under_title

LEAD = "十五日，來自中國內地和香港、馬來西亞、新加坡等國家和地區的十三支頂尖醒獅隊在香港亮相，爭奪「高樁之王」美譽。"


@pytest.mark.parametrize("dateline, agency", [
    ("【中新社香港三月十五日電】(魏華都)", "中新社"),
    ("【中新社香港3月15日電】(魏華都)", "中新社"),
    ("中新社北京九月二十七日电 题：", "中新社"),
    ("【新华社北京十二月一日电】", "新华社"),
])
def test_a_wires_dateline_names_the_agency_not_where_it_filed(dateline, agency):
    article = clean_under_title(dateline + LEAD)
    assert for_matching(article.source) == agency


def test_an_agency_name_before_a_word_that_is_no_place_is_left_whole():
    assert known_agency("新华社香港") == "新华社"
    assert known_agency("新华社区报") == "新华社区报"  # (a community paper, not the agency filing from 区报)


@pytest.mark.parametrize("line, source, url", [
    ("文章来源:安康日报http://sjk.akxw.cn/epaper/read.do?m=i&iid=1298&eid=9447", "安康日报", "http://sjk.akxw.cn/epaper/read.do?m=i&iid=1298&eid=9447"),
    ("来源：新华网 http://www.xinhuanet.com/politics/2024-05/13/c_1.htm?from=timeline", "新华网", "http://www.xinhuanet.com/politics/2024-05/13/c_1.htm?from=timeline"),
])
def test_a_sources_name_with_its_address_run_in_gives_both(line, source, url):
    fields = parse_info_line(line)
    assert ("source", source) in fields and ("source_url", url) in fields
    article = clean_under_title(line)
    assert article.source == source and article.source_url == url
    assert "http" not in article.body


def test_a_pictures_font_switch_after_the_source_is_no_part_of_its_name():
    article = clean_under_title("2013年07月18日16:21来源:环球网图片字号:")
    assert article.source == "环球网"
    assert article.date.value.startswith("2013-07-18")


def test_a_labelled_source_is_preferred_to_a_name_printed_beside_the_date():
    article = clean_under_title("中国益阳门户网 www.yiyang.gov.cn 发布时间:2022-03-04 09:30 浏览量:",
                     "信息来源:益阳日报全媒体作者:夏一杨 刘俞江责任编辑:梁武")
    assert article.source == "益阳日报全媒体"
    assert article.author == "夏一杨 刘俞江"


def test_a_labelled_source_is_preferred_to_the_issuing_office():
    article = clean_under_title("发文机关: 市文化旅游广电体育局 发文日期: 2020-07-10", "2020-07-10  来源: 永州市全民健身服务中心 【字体: 打印")
    assert article.source == "永州市全民健身服务中心"


def test_the_issuing_office_is_the_source_when_nothing_else_is_labelled():
    assert clean_under_title("发文机关: 市文化旅游广电体育局 发文日期: 2020-07-10").source == "市文化旅游广电体育局"


@pytest.mark.parametrize("lead, paper", [
    ("最近，《中国消费者报》记者接到多名消费者反映，称在网上购买的商品存在质量问题。", "中国消费者报"),
    ("昨日，大众日报记者拨打了该公司客服电话，对方表示正在核实情况，将尽快给消费者答复。", "大众日报"),
])
def test_an_outlets_own_reporter_at_work_in_the_lead_names_the_source(lead, paper):
    assert clean_under_title(lead).source == paper


def test_a_reporter_told_something_names_no_source_by_that_alone():
    # (`接受X记者采访`: an interview someone gave; the interviewer is read only when nothing else names one)
    lead = "他在接受记者采访时表示，今年的收购价格总体平稳，农民的积极性很高。"
    assert not clean_under_title(lead).source


@pytest.mark.parametrize("line, source", [
    ("發布時間:2017-03-28 16:37:37  |  來 源:新華網  點擊:", "新華網"),
    ("作 者：张三 来　源：人民网 发布时间：2024-05-13", "人民网"),
])
def test_a_label_set_out_over_two_characters_width_is_read(line, source):
    article = clean_under_title(line)
    assert article.source == source
    assert "源" not in article.body


def test_a_line_of_tags_alone_goes_as_markup_wherever_it_stands():
    tags = '<label id="ps0ys"><xmp id="ps0ys">'
    article = clean_text("\n".join([tags, "", TITLE, "", PARAGRAPHS[0], tags, *PARAGRAPHS[1:]]) + "\n")
    assert article.title == TITLE
    assert "ps0ys" not in article.body
    assert [removal.why for removal in article.removals if removal.text == tags] == ["a line of tags alone"] * 2


def test_a_title_in_angle_brackets_is_no_tag():
    line = "<人民日报><新华社>联合发布"
    article = clean_under_title(line)
    assert "人民日报" in article.body


def test_an_adult_sites_row_cut_by_capital_is_goes_even_as_the_first_line():
    # (a row as long as a paragraph: where the text seems to start)
    row = " I ".join(["欧美日韩在线高清视频", "韩国18禁啪啪无遮挡免费", "国产系列丝袜熟女精品视频", "夜夜干夜夜操", "在线观看的av网站",
                      "www.av蜜桃", "毛片新网址", "成年人免费观看毛片", "国产精品久久国产精品99 gif", "欧美一级三级",
                      "久久久久久久久18久久久", "www黄色com", "少妇富婆一区二区三区夜夜", "欧美伊人久久大香线蕉综合",
                      "国产在线不卡视频免费视频", "色情无码一区二区三区", "狠狠操狠狠干狠狠爱", "日日插日日操", "午夜草草", "日韩午夜网站"])
    article = clean_text("\n".join([row, "", "您的位置:首頁 >觀察 > 正文", "", TITLE, "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert "毛片" not in article.body


def test_a_row_of_bookmarking_sites_is_no_headline():
    share = ("  分享給朋友  |   www.digg.com www.technorati.com www.yahoo.com www.twitter.com www.facebook.com www.reddit.com "
             "del.icio.us www.stumbleupon.com www.google.com www.furl.netm")
    article = clean_text("\n".join(["當前報紙日期:2026年01月27日   星期二", "", "首頁» " + TITLE, share, "", TITLE,
                                    "【發佈日期】2026-01-27 00:58:13 【我要列印】 【我要評論】", "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert "digg" not in article.body


def test_a_menu_row_with_a_note_in_brackets_is_a_menu():
    title = "35万吨猕猴桃陆续上市 宝鸡眉县果农钵满盆溢"  # (two halves a space apart: a menu's shape too)
    article = clean_text("\n".join([
        "在线投稿 (限新闻稿件,种植技术请到论坛交流) | 设为首页 | 加入收藏", "", "你的位置:水果邦 >> 新闻 >> 产区动态 >> 猕猴桃 >> 详细内容 在线投稿",
        "", title, "", "排行榜 收藏 打印 发给朋友 举报 来源: 西部网   发布者:管理员", "热度162票  浏览80次 【共0条评论】【我要评论 时间:2012年10月08日 11:16",
        "  金秋九月,瓜果飘香,此时正是大量水果上市的时节,具有水果之王美称的猕猴桃今年也迎来了丰收年。今天(10月6日)记者就带您走进了眉县的猕猴桃产业园。",
        "  说起猕猴桃,相信很多人都不陌生,酸酸甜甜的味道,丰富的维生素含量,让它成为很多人餐桌上的常客,可是您知道,它为什么叫猕猴桃吗?",
        "  果农李保良:今年的桃比往年的长得好,今年的收成可以,价钱比往年的也涨得厉害,价钱高了,一斤两块四毛钱,是这几年收成最好的一年。"]) + "\n")
    assert article.title == title
    assert "设为首页" not in article.body


def test_a_sites_service_hotline_over_the_headline_goes():
    article = clean_text("\n".join(["全國統一客服熱線:400-660-4882", "投資資訊", TITLE, "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert "400-660" not in article.body


def test_a_notices_own_enquiry_number_stays():
    article = clean_under_title("咨询电话：0731-88888888")
    assert "0731-88888888" in article.body


def test_a_headline_with_its_traditional_publishing_time_run_in_is_split_off():
    title = "数据公司遭遇客户雪崩"  # (its words come back in the text: a headline, not a sentence)
    article = clean_text("\n".join([title + "發布時間:2023-12-04    來源:博易大師", *PARAGRAPHS]) + "\n")
    assert article.title == title
    assert article.source == "博易大師" and article.date.value.startswith("2023-12-04")


@pytest.mark.parametrize("line, source", [
    ("(新聞資料來源 : 中央社)", "中央社"),
    ("資料來源：聯合報", "聯合報"),
    ("资料来源：国家统计局", ""),  # (where the figures came from: no publisher)
])
def test_a_sources_label_of_materials_names_a_publisher_only(line, source):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]) + "\n")
    assert article.source == source


def test_a_dated_materials_label_keeps_its_date():
    assert parse_info_line("资料来源：国家统计局 2024-05-13") == [("date", "2024-05-13")]


@pytest.mark.parametrize("lines", [
    ["顶一下", "(1)", "踩一下", "(0)"],
    ["还没有评论,来说两句吧..."],
    ["評論被關閉。"],
])
def test_vote_buttons_and_a_closed_comment_box_after_the_text_go(lines):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, *lines]) + "\n")
    assert all(line not in article.body for line in lines)
    assert article.body.rstrip().endswith(PARAGRAPHS[-1][-10:])


def test_a_wide_screen_switch_over_the_text_goes():
    article = clean_text("\n".join([TITLE, "恢复窄屏", *PARAGRAPHS]) + "\n")
    assert "窄屏" not in article.body


def test_a_headline_a_farm_filled_the_source_field_with_is_no_source():
    assert parse_info_line("来源: 住在蒙特勒伊的日子——巴黎永远没有终结①") == [("label", "")]
    assert parse_info_line("来源：商丘网——商丘日报") == [("source", "商丘网——商丘日报")]


@pytest.mark.parametrize("lead, mark", [
    ("云上嘉鱼报道(通讯员胥程)盲道是视力障碍群体出行的“导向标”，为了给盲人提供一个畅通的出行环境，今年以来县住建局开展整治。", "云上嘉鱼"),
    ("云上嘉鱼讯（通讯员 胥程）盲道是视力障碍群体出行的“导向标”，为了给盲人提供一个畅通的出行环境，今年以来县住建局开展整治。", "云上嘉鱼"),
])
def test_a_marks_correspondents_credit_names_the_mark_as_the_source(lead, mark):
    assert clean_under_title(lead).source == mark


def test_an_office_crediting_its_correspondent_without_a_mark_names_no_source():
    assert not clean_under_title("县委宣传部(通讯员 张三)近日，全县开展了盲道整治行动，清理占道杂物一百余处，群众出行更加便利。").source


def test_a_company_contact_block_and_a_contact_us_link_over_the_text_go():
    title = "数据公司遭遇客户雪崩"
    lines = ["|", "| 聯系我們 |", " |", "上海鑫竑實業有限公司", "地址:上海市寶山區共和新路5308號66幢4樓", "電話:021-66980701",
             "傳真:021-66980702", "郵箱:shxinhongsy@163.com", "網址:www.lyxjb.com |", "|", f"| {title} |", "| |"]
    article = clean_text("\n".join([*lines, *PARAGRAPHS]) + "\n")
    assert article.title == title
    assert not any(word in article.body for word in ("聯系我們", "地址", "傳真", "郵箱", "66980702"))


def test_a_contact_field_is_furniture_out_of_the_text_only():
    assert furniture_reason("联系电话：0731-88888888", "head") and furniture_reason("联系电话：0731-88888888", "tail")
    assert furniture_reason("联系电话：0731-88888888", "body") is None
    assert furniture_reason("地址：北京市朝阳区", "head") is None  # (no number: a place, maybe the text's)


@pytest.mark.parametrize("line", ["pdf阅读器免费下载 版面导航", "您的观点仅代表您本人,请文明发言,严禁散播谣言和诽谤他人", "最佳回答"])
def test_an_e_papers_menu_a_comment_boxs_rules_and_a_qa_label_are_widgets_anywhere(line):
    assert furniture_reason(line, "body").startswith("a page widget")


def test_a_menu_row_may_hold_a_sites_address():
    row = "網站主頁  |   人才求職  |   企業招聘  |   新聞中心  |   Talk853.com  |   Bid853.com  |   關於我們"
    assert furniture_reason(row, "head") == "navigation"
