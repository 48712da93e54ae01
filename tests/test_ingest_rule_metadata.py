"""Rule metadata_lines, the title and the date: what a page says about itself becomes front matter."""
from __future__ import annotations

from datetime import date

import pytest

from digest.ingest.dates import guess_date, parse_date_text
from digest.ingest.info_lines import parse_info_line
from digest.ingest.model import Block, BlockItem, Line
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


@pytest.mark.parametrize("line, fields", [
    ("来源:华尔街见闻", [("source", "华尔街见闻")]),
    ("文章来源：南方都市报", [("source", "南方都市报")]),
    ("【来源：新华网】", [("source", "新华网")]),
    ("稿源：财联社", [("source", "财联社")]),
    ("來源：中央社", [("source", "中央社")]),
    ("来源：人民网 | 作者：张伟", [("source", "人民网"), ("author", "张伟")]),
    ("2025-06-14 09:30 来源：新华网 作者：张三", [("date", "2025-06-14T09:30:00"), ("source", "新华网"), ("author", "张三")]),
    ("发布时间：2025年6月14日 来源：央视新闻", [("date", "2025-06-14"), ("source", "央视新闻")]),
    ("来源：新华网 2025-06-14", [("source", "新华网"), ("date", "2025-06-14")]),
    ("文/李明", [("author", "李明")]),
    ("半月谈记者 史卫燕", [("credited source", "半月谈"), ("author", "史卫燕")]),  # (a short name before 记者: its paper)
    ("首席记者 史卫燕", [("author", "史卫燕")]),
    ("原文链接：https://example.com/a/1", [("source_url", "https://example.com/a/1")]),
    ("https://example.com/news/2.html", [("source_url", "https://example.com/news/2.html")]),
    ("来源：央视新闻客户端 | 2024年08月03日 22:10", [("source", "央视新闻客户端"), ("date", "2024-08-03T22:10:00")]),
    # a byline with pieces no other reading takes, but a labelled publisher and a date
    ("中国青年报·中青在线记者 李晨赫 实习生 曹华威  来源:中国青年报  ( 2017年05月18日   03 版)",
     [("source", "中国青年报"), ("date", "2017-05-18")]),
    ("發佈時間：2024年5月13日 週一 上午 9:05", [("date", "2024-05-13T09:05:00")]),
    ("2024/05/13 下午 03:45 來源：自由時報", [("date", "2024-05-13T15:45:00"), ("source", "自由時報")]),
    ("2019-11-07 09:55:16 作者:本网整理 来源:战略前沿技术 分享至:", [("date", "2019-11-07T09:55:16"), ("source", "战略前沿技术")]),
    ("2025-01-08 08:59 “潍坊发布”微信公众号", [("date", "2025-01-08T08:59:00"), ("credited source", "“潍坊发布”微信公众号")]),
    ("作者:求是網", [("credited source", "求是網")]),  # a publisher in the author's field
    ("【来源：新华网】【作者：张三】", [("source", "新华网"), ("author", "张三")]),
    ("本文作者: 李帥飛 2020-09-23 22:46", [("author", "李帥飛"), ("date", "2020-09-23T22:46:00")]),
    ("Published: 2024-05-13", [("date", "2024-05-13")]),
    ("AUTO.SOHU.COM 2005年05月13日14:15", [("date", "2005-05-13T14:15:00")]),  # a portal's bare address by the date
    ("2005-02-06 13:26更新 来源：转载文章", [("date", "2005-02-06T13:26:00")]),  # a template's placeholder names no one
    ("news.example.com.cn 2005-01-06 08:13 新华网", [("date", "2005-01-06T08:13:00"), ("source", "新华网")]),
    ("2024/09/10 檢舉", [("date", "2024-09-10")]),  # (a report button, in Traditional characters)
    ("作者:人民日報 本站發布時間:2016年06月12日 收藏", [("credited source", "人民日報"), ("date", "2016-06-12")]),
    # a label we do not know before a name: the name, not the label (`專業號`, "professional account")
    ("專業號:云龍縣林草局 2025/1/9 16:36:35", [("date", "2025-01-09T16:36:35"), ("credited source", "云龍縣林草局")]),
    ("來自 : 連江縣", [("label", "")]), ("来自：新华社", [("source", "新华社")]),  # (a forum poster's home is no publisher)
    # a publisher glued to the verb that says it published (a person's name is no publisher)
    ("大資料文摘發表於2018-12-27", [("date", "2018-12-27"), ("credited source", "大資料文摘")]),
    ("张三发布于2018-12-27", [("date", "2018-12-27")]),
    ("新闻发布 2018-12-27", [("date", "2018-12-27")]),
    ("Sep 28th 2014, 19:48", [("date", "2014-09-28T19:48:00")]),
    ("来源: 法治日报发布时间: 2022-11-08 15:40责任编辑: 王敏",  # (the label is 发布时间, the paper 法治日报)
     [("source", "法治日报"), ("date", "2022-11-08T15:40:00"), ("editor", "王敏")]),
    ("潍坊日报社全媒体记者: 贺德良/文图", [("credited source", "潍坊日报"), ("author", "贺德良")]),
    ("记者邹浩湖北武汉报道", [("label", "")]), ("□通讯员李继敏报道", [("label", "")]),
    ("北京日报微信公众号 | 记者 钱绯璠", [("credited source", "北京日报"), ("author", "钱绯璠")]),
    ("2024年5月13日 10点30分 来源：新华网", [("date", "2024-05-13T10:30:00"), ("source", "新华网")]),
    ("2024年10月31日(20:21) By 明報", [("date", "2024-10-31T20:21:00"), ("source", "明報")]),
    ("13/05/2024 10:30 HKT", [("date", "2024-05-13T10:30:00")]),
    ("Original Article URL: http://www.gov.cn/x.htm", [("source_url", "http://www.gov.cn/x.htm")]),
    ("山行资本2020-05-29", [("date", "2020-05-29"), ("credited source", "山行资本")]),  # an account glued to its day
    ("我来看看 发表于 2023-03-15 00:00:19 | 显示全部楼层 |阅读模式", [("date", "2023-03-15T00:00:19")]),  # a forum's poster
    ("發于2025.2.17總第1175期《中國新聞周刊》雜志", [("date", "2025-02-17"), ("source", "中國新聞周刊")]),
    ("來自: James5291 > 《中美 俄烏 巴以》", [("label", "")]),  # a forum poster's handle is no publisher
    ("來源：中央社（記者王大明）", [("source", "中央社")]),
    ("执笔/张三、李四", [("author", "张三、李四")]),  # (执笔: who wrote it, as 撰文)
    ("微信名稱:亞威資訊", None),  # an account promo's label, not a publisher's `X／Y讯` credit
    ("□新华社记者", [("credited source", "新华社")]), ("□本报记者", None),  # unnamed reporters: the agency's byline
    # a picture's credit names who made or supplied the picture, not the article's publisher
    ("(封面圖/翻攝自蘋果官網)", [("label", "")]), ("图片来源：路透社", [("label", "")]), ("图/新华社", [("label", "")]),
    # a view count glued to the date after it: the year and day are at the end
    ("来源:新华网阅读量:78932026-01-06 11:27:51", [("source", "新华网"), ("date", "2026-01-06T11:27:51")]),
    ("阅读量:1202025-01-06", [("date", "2025-01-06")]),
    ("【字体：大 中 小】 来源：新华社", [("source", "新华社")]),
    # a Taiwanese counter's word (點閱, "read") is no poster's or publisher's name (round zb's tune page zb024)
    ("鄭國強 2015/09/24 17:50 點閱 5207 次", [("date", "2015-09-24T17:50:00")]),
    # a count glued to the publisher's name (round za's tune page za005); a name that starts with digits keeps them
    ("2025年07月14日08:15 來源:人民網-人民日報222", [("date", "2025-07-14T08:15:00"), ("source", "人民網-人民日報")]),
    ("来源：36氪", [("source", "36氪")]),
    ("声明:本文来自于微信公众号 刺猬公社(ID:ciweigongshe),作者:园长,授权站长之家转载发布。",
     [("credited source", "刺猬公社"), ("author", "园长")]),
])
def test_info_lines_are_parsed(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line", [
    "来源于网络的消息称，该公司将于下月上市。", "记者：这次改革的重点是什么？", "北京时间：6月14日晚", "据来源人士透露，交易已完成",
])
def test_sentences_are_not_info_lines(line):
    assert parse_info_line(line) is None


def test_metadata_lines_become_front_matter_and_leave_the_body():
    article = clean_text(raw_article(head=["2025-06-14 09:30 来源：新华网 作者：张三", "原文链接：https://example.com/a/1"]))
    assert (article.title, article.source, article.author, article.source_url) == (
        TITLE, "新华网", "张三", "https://example.com/a/1")
    assert (article.date.value, article.date.confidence) == ("2025-06-14T09:30:00", "stated")
    assert body_text(article) == PARAGRAPHS


def test_the_date_under_the_headline_wins_over_a_related_storys_below_the_text():
    paragraphs = [text * 3 for text in PARAGRAPHS]  # (paragraphs of a real length)
    article = clean_text(raw_article(head=["2025-06-14 (12:54)"], paragraphs=paragraphs,
                                     tail=["相關新聞", "市民爭看貓熊動物園爆滿 2025-01-29 (15:23)", "台北熊貓館參觀"]))
    assert article.date.value == "2025-06-14T12:54:00"


def test_a_day_in_the_lead_printed_with_spaces_dates_the_page():
    paragraphs = [text * 3 for text in PARAGRAPHS]
    article = clean_text(raw_article(paragraphs=["机锋资讯:2025 年 5 月 15 日晚些时候消息," + paragraphs[0], *paragraphs[1:]]))
    assert article.date.value == "2025-05-15" and article.source == "机锋资讯"


def test_byline_in_the_lead_names_the_author_and_stays():
    paragraphs = ["中新网天津6月13日电 (记者 周亚强)记者13日获悉，该枢纽已建成投用。", *PARAGRAPHS[1:]]
    article = clean_text(raw_article(paragraphs=paragraphs))
    assert article.author == "周亚强" and body_text(article) == paragraphs


def test_rule_off_leaves_the_lines_in_the_body():
    # (rule line_model, which reads what the rules leave, would take the line as furniture: off too)
    article = clean_text(raw_article(head=["来源：新华网"]), rules={"metadata_lines": False, "line_model": False})
    assert article.source == "" and body_text(article)[0].endswith("来源：新华网")


def test_title_label_and_first_line_without_title():
    assert clean_text("标题：数据公司遭遇流失潮\n" + "\n".join(PARAGRAPHS)).title == "数据公司遭遇流失潮"
    long_first = clean_text("\n".join(["".join(PARAGRAPHS[:3]), *PARAGRAPHS[3:]]))  # no title line: a paragraph
    assert long_first.title.startswith("一场价值290亿美元的交易") and long_first.draft


@pytest.mark.parametrize("text, iso", [
    ("2025-06-14", "2025-06-14"), ("2025/6/4 9:05", "2025-06-04T09:05:00"), ("2025年06月14日 09:30:15", "2025-06-14T09:30:15"),
    ("2025.06.14", "2025-06-14"), ("2025-13-01", None), ("6月14日", None),
])
def test_stated_dates(text, iso):
    assert parse_date_text(text) == iso


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, start=2))


def test_guess_is_between_the_reported_day_and_the_related_stories():
    related = (Block("相关新闻", 9, (BlockItem("a", date="2025-06-16"), BlockItem("b", date="2025-06-15"))),)
    guess = guess_date(_lines("6月13日据媒体报道，交易完成。"), related, date(2026, 1, 1))
    assert (guess.value, guess.confidence) == ("2025-06-14", "low")
    assert guess.evidence == ("the body mentions 6月13日 (line 2)", "related items dated 2025-06-15 to 2025-06-16")


def test_guess_from_a_full_date_in_the_body():
    guess = guess_date(_lines("2024年3月5日，会议开幕。", "3月6日，代表们分组讨论。"), (), date(2026, 1, 1))
    assert (guess.value, guess.confidence) == ("2024-03-06", "low")


def test_no_date_at_all_uses_the_file_date_and_makes_a_draft():
    article = clean_text(raw_article())
    assert (article.date.value, article.date.confidence) == ("2025-06-20", "none")
    assert article.draft and any(w.check == "undated" for w in article.warnings)


def test_a_day_without_a_year_is_never_after_the_page_was_saved():
    saved = date(2026, 12, 5)
    assert guess_date(_lines("12月31日晚，发布会举行。"), (), saved).value == "2025-12-31"
    assert guess_date(_lines("12月4日晚，发布会举行。"), (), saved).value == "2026-12-04"


def test_a_day_without_a_year_takes_the_year_of_the_page():
    # the page's furniture (a footer, a list of other stories) dates it in 2023
    guess = guess_date(_lines("10月17日，会议在京召开。"), (), date(2026, 12, 5), removed=("2023-10-18 阅读 208",))
    assert guess.value == "2023-10-17"


def test_no_guess_is_in_the_future():
    guess = guess_date(_lines("公司计划2030年6月1日前完成建设。"), (), date(2026, 12, 5))
    assert guess.confidence == "none" and guess.value == "2026-12-05"


def test_a_relative_day_in_an_info_line_counts_back_from_the_file_date():
    from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

    article = clean_text("\n".join([TITLE, "昨天 10:30 来源：央视新闻", *PARAGRAPHS]))  # the helper's file date: 2025-06-20
    assert (article.date.value, article.date.confidence) == ("2025-06-19T10:30:00", "medium")
    assert article.source == "央视新闻" and "昨天" not in article.body
    assert "file's date" in article.date.evidence[0]


@pytest.mark.parametrize("credit, source", [("深圳商報全媒體編輯中心原創出品", "深圳商報"), ("新华社音视频部制作", "新华社")])
def test_a_production_credit_at_the_end_names_the_publisher(credit, source):
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS, credit]))
    assert article.source == source


def test_a_sentence_ending_in_production_is_no_credit():
    paragraphs = [*PARAGRAPHS, "这部纪录片由北京电视台历时三年精心制作。"]
    assert clean_text(raw_article(paragraphs=paragraphs)).source == ""


@pytest.mark.parametrize("head, iso", [
    (["快3彩票2023-01-31 16:05"], "2023-01-31T16:05:00"),  # a site's name fused to the stamp
    (["2021-06-18 21:49:35 21世纪经济报道 21财经APP 实习生/鲁玉梅"], "2021-06-18T21:49:35"),
])
def test_a_date_and_time_at_the_edge_of_a_line_above_the_article_is_stated(head, iso):
    article = clean_text(raw_article(head=head))
    assert article.date.value == iso and article.date.confidence == "stated"


def test_a_date_and_time_inside_the_text_is_no_stamp():
    paragraphs = [PARAGRAPHS[0], "会议于2023-01-31 16:05开始，持续两个小时。", *PARAGRAPHS[1:]]
    assert clean_text(raw_article(paragraphs=paragraphs)).date.confidence != "stated"


def test_a_bracket_mark_opening_the_lead_inside_a_line_names_the_publisher():
    one_line = f"{TITLE} {TITLE} 2021年6月23日 23:09 【Now新聞台】" + "".join(PARAGRAPHS[:3])
    article = clean_text(one_line + "\n" + "\n".join(PARAGRAPHS[3:]) + "\n")
    assert article.source == "Now新聞台"


def test_a_bracketed_title_inside_a_sentence_is_no_publisher():
    paragraphs = [PARAGRAPHS[0], "他在节目中提到【人民日报】的报道，引起关注。", *PARAGRAPHS[1:]]
    assert clean_text(raw_article(paragraphs=paragraphs)).source != "人民日报"


@pytest.mark.parametrize("line, fields", [("• 报纸编辑:黄旭", [("editor", "黄旭")]), ("类型:原创", [("label", "")])])
def test_more_labels_of_info_lines(line, fields):
    assert parse_info_line(line) == fields


def test_a_sentence_that_starts_like_a_label_is_not_an_info_line():
    assert parse_info_line("类型多样的产品受到欢迎。") is None


def test_an_info_line_with_reprint_and_return_links_after_it_is_still_one():
    assert parse_info_line("互联网 | 编辑: 杨剑锋 2006-11-16 00:00:00转载 返回原文") == [("date", "2006-11-16T00:00:00")]
    assert parse_info_line("来源于:https://news.china.com/a/1.html    如有侵权请联系我们删除")[0] == (
        "source_url", "https://news.china.com/a/1.html")


def test_a_source_given_only_as_an_address_names_its_site_when_nothing_else_does():
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS, "来源于:https://news.china.com/a/48533479.html    如有侵权请联系我们"]))
    assert (article.source, article.source_url) == ("news.china.com", "https://news.china.com/a/48533479.html")
    named = clean_text(raw_article(head=["来源：新华网"], paragraphs=[*PARAGRAPHS, "来源于:https://www.163.com/a/1.html"]))
    assert named.source == "新华网"


@pytest.mark.parametrize("text, iso", [
    ("2024年5月13日 星期一 10:30", "2024-05-13T10:30:00"),
    ("2024年5月13日(星期一)", "2024-05-13"),
    ("2024/05/13 下午 03:45", "2024-05-13T15:45:00"),
    ("2024-05-13 12:10 AM", "2024-05-13T00:10:00"),
    ("2024年5月13日 中午12:30", "2024-05-13T12:30:00"),
    ("民國113年5月13日", "2024-05-13"),
    ("May 13, 2024", "2024-05-13"),
    ("13 May 2024", "2024-05-13"),
    ("2024 年 5 月 13 日", "2024-05-13"),
    ("２０２４年５月１３日 １０：３０", "2024-05-13T10:30:00"),
    ("二〇二四年十二月三十一日", "2024-12-31"),  # a government document's 成文日期
    ("05/13/2024 10:30", "2024-05-13T10:30:00"),  # month first, when the day-first reading is no date
    ("2024年5月13日 星期一 农历四月初六", "2024-05-13"),
    ("114年5月13日", "2025-05-13"), ("114/05/13 15:45", "2025-05-13T15:45:00"),  # a Taiwanese year without 民國
    ("2024年5月13日 下午3時45分", "2024-05-13T15:45:00"), ("2024-05-13 PM 03:45", "2024-05-13T15:45:00"),
    ("2024年5月13日 星期", "2024-05-13"),  # a weekday cut off at its day
    ("3.114/05/13", None), ("1140-05-13", None), ("114-13-01", None),  # no year of the Republic: a version, a number
    ("2024-05-13 HKT 15:45", "2024-05-13T15:45:00"), ("13-05-2024", "2024-05-13"),
])
def test_dates_as_pages_print_them(text, iso):
    assert parse_date_text(text) == iso


@pytest.mark.parametrize("line", ["上午在北京，下午3:00开会", "2024年5月13日，星期一的会议推迟了。", "在 2024 年举行"])
def test_clock_words_in_sentences_are_no_dates(line):
    assert parse_info_line(line) is None


def test_the_publication_time_a_page_labels_beats_a_posters_time():
    page = "\n".join([TITLE, "作者: MA40433 (Masa)   2023-05-21 20:29:12", "發布時間：", "2023/5/21 11:42", *PARAGRAPHS]) + "\n"
    assert clean_text(page).date.value == "2023-05-21T11:42:00"


def test_a_publication_stamp_beats_the_pages_update_time():
    page = "\n".join(["2023.09.02 21:41 臺北時間", TITLE, *PARAGRAPHS, "更新時間|2023.09.14 12:26 臺北時間"]) + "\n"
    assert clean_text(page).date.value == "2023-09-02T21:41:00"


def test_a_dated_wire_mark_states_the_day_and_an_empty_label_leaves_its_date():
    assert clean_text("【新唐人2011年10月30日讯】 【看新闻学英语】\n" + "\n".join(PARAGRAPHS) + "\n").date.value == "2011-10-30"
    page = "\n".join([TITLE, "来源:大河网-河南商报 编辑: 2010年02月26日 09:02:00 打印", *PARAGRAPHS]) + "\n"
    assert clean_text(page).date.value == "2010-02-26T09:02:00"


def test_a_headline_carrying_its_stamp_states_the_date():
    page = "\n".join(["宁夏回族自治区银川市2023-01-11 15:43发布寒潮蓝色预警", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.date.value == "2023-01-11T15:43:00" and article.date.confidence == "stated"


@pytest.mark.parametrize("line, iso", [
    ("15:45 2024/05/13 中國時報 張三", "2024-05-13T15:45:00"),  # the time before the day
    ("撰文：張三 出版：2024-05-13 15:45 更新：2024-05-13 16:00", "2024-05-13T15:45:00"),  # published, not updated
    ("發佈時間：2024/05/13 15:45 | 最後更新時間：2024/05/13 16:00", "2024-05-13T15:45:00"),
])
def test_dates_of_traditional_pages_info_lines(line, iso):
    assert clean_text(raw_article(head=[line])).date.value == iso


def test_the_published_day_beats_the_written_one_on_the_same_line():
    line = "索引号：11111/2024-00001 发布机构：某某市人民政府 成文日期：2024-05-13 发布日期：2024-05-14"
    article = clean_text(raw_article(head=[line]))
    assert article.date.value == "2024-05-14" and article.source == "某某市人民政府"


@pytest.mark.parametrize("line, value", [
    ("05-13 10:30", "2025-05-13T10:30:00"), ("发布时间：12月31日 10:30", "2024-12-31T10:30:00"),
    ("06-21 10:30 来源：新华网", "2024-06-21T10:30:00"),  # the day after the page was saved: last year's
])
def test_an_info_lines_day_without_its_year_is_the_latest_not_after_the_page(line, value):
    article = clean_text(raw_article(head=[line]))  # (saved 2025-06-20)
    assert article.date.value == value and article.date.confidence == "medium"


def test_a_labelled_day_takes_the_time_the_page_gives_that_day_elsewhere():
    article = clean_text(raw_article(head=["日期：2024-05-13 来源：新华网", "2024-05-13 10:30"]))
    assert article.date.value == "2024-05-13T10:30:00"
    updated = clean_text(raw_article(head=["日期：2024-05-13", "更新时间：2024-05-13 18:00"]))
    assert updated.date.value == "2024-05-13"  # (not the time of an update)


@pytest.mark.parametrize("line", ["作者：记者王敬照", "作者：本报记者 王敬照", "作者：特约通讯员王敬照"])
def test_the_author_is_the_writer_not_the_word_for_what_they_are(line):
    assert clean_text("\n".join([TITLE, line, *PARAGRAPHS])).author == "王敬照"


@pytest.mark.parametrize("line", ["作者：记者", "作者：本报记者"])
def test_an_author_field_with_a_rank_and_no_name_names_no_one(line):
    assert clean_text("\n".join([TITLE, line, *PARAGRAPHS])).author == ""
