"""Rounds ze's to zh's tune pages and batteries of label and title shapes (twentieth session), each
shape as made-up lines: a blog theme's
age of the day beside the day (`X2年前 (2023-02-09)`) is no name, and a paper's own reporter in the
lead names the publisher over a bare name beside the page's date (t068: a farm's name there, `北京商报记者
从业内获悉` in the lead); a farm that pushes its headline's pieces, in order, in front of a paragraph's
clauses is flagged (ze020), a writer whose clauses open with the headline's words is not; a forum's
jammer without spaces goes (zf014, in test_ingest_watermarks.py); a template's bracketed values, a
label glued to its name, a wire's day in Chinese numerals and any name's mark with its reporters'
credit name the publisher (rounds zg, zh)."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, run_ingest, write_inputs

LEAD = "3月6日，北京商报记者从业内获悉，" + PARAGRAPHS[0]


def test_the_days_age_beside_the_day_is_no_name():
    assert parse_info_line("乐享资讯2年前 (2023-02-09)电竞资讯78") == [("date", "2023-02-09")]
    assert parse_info_line("乐享资讯 3天前 (2023-02-09) 电竞资讯 78") == [("date", "2023-02-09")]


def test_a_papers_own_reporter_in_the_lead_names_it_over_a_name_beside_the_date():
    article = clean_text("\n".join([TITLE, "乐享资讯2年前 (2023-02-09)电竞资讯78", LEAD, *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "北京商报"
    article = clean_text("\n".join([TITLE, "杏彩体育 2023-02-09 电竞资讯 78", LEAD, *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "北京商报"


def test_a_labelled_source_still_names_it_over_the_leads_reporter():
    article = clean_text("\n".join([TITLE, "来源：乐享资讯 2023-02-09 16:05", LEAD, *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "乐享资讯"


STUFFED_TITLE = "教育部发布预防学生溺水工作预警"


def test_the_headlines_pieces_pushed_in_front_of_clauses_flag_the_text():
    stuffed = ("近期，教育全国各地气温迅速回升，部发布预汛期即将来临，防学溺水事故进入高发期。"
               "生溺水工为切实保障学生生命安全，基础教育司发布预警。")
    article = clean_text("\n".join([STUFFED_TITLE, "2025-05-20 10:00", stuffed, *PARAGRAPHS]) + "\n")
    warning = next(warning for warning in article.warnings if warning.check == "shuffled_text")
    assert "部发布预" in warning.message and article.draft
    assert stuffed in "".join(body_text(article))  # (flagged, never cut)


def test_clauses_that_open_with_the_headlines_words_are_a_writers():
    # (three of them in its order, whole words: 教育部, 发布, 预防)
    lead = "教育部近日印发通知，发布暑期安全提示，预防为主是关键，学生家长要加强看护。"
    article = clean_text("\n".join([STUFFED_TITLE, "2025-05-20 10:00", lead, *PARAGRAPHS]) + "\n")
    assert all(warning.check != "shuffled_text" for warning in article.warnings)


@pytest.mark.parametrize("label", ["摘自：", "原载:", "选自|", "转引自："])
def test_where_the_text_was_taken_from_is_its_source_label(label):
    # (found by a battery of label shapes, not on the set's pages: `摘自：新京报 2024-05-13 10:30`)
    assert parse_info_line(f"{label}新京报 2024-05-13 10:30")[0] == ("source", "新京报")
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, f"{label}新京报  责任编辑：李四"]) + "\n")
    assert article.source == "新京报"


@pytest.mark.parametrize("separator", ["|", "——", "丨", " - "])
def test_the_name_the_pages_copyright_line_gives_is_no_part_of_the_headline(separator):
    # (found by a battery of title shapes: a short name, `搜狐`, no 网 or 新闻 to tell it by)
    lines = [TITLE + separator + "搜狐", "2024-05-13 10:30  来源：新京报", *PARAGRAPHS, "Copyright © 2024 搜狐 版权所有"]
    assert clean_text("\n".join(lines) + "\n").title == TITLE


@pytest.mark.parametrize("separator", ["|", "——", "丨"])  # (a spaced dash sets a site's name apart by its shape alone)
def test_a_columns_label_the_copyright_line_does_not_name_stays(separator):
    column = [TITLE + separator + "香港一线", "2024-05-13 10:30  来源：新京报", *PARAGRAPHS, "Copyright © 2024 搜狐 版权所有"]
    assert clean_text("\n".join(column) + "\n").title == TITLE + separator + "香港一线"


def _stuffed(paragraph: str, pieces: list[str]) -> str:
    """The paragraph with the next of `pieces` pushed in after each of its commas (a farm's stuffing)."""
    parts = paragraph.split("，")
    return parts[0] + "".join("，" + pieces.pop(0) + part if pieces else "，" + part for part in parts[1:])


def test_a_copy_stuffed_with_its_headlines_pieces_merges_with_its_original(project, digest_cli, tmp_path):
    pieces = ["教育", "部发布预", "防学", "生溺水工", "作预警"] * 9
    text = [paragraph.replace("。", "，据悉，记者了解到，消息称。", 1) for paragraph in PARAGRAPHS]  # (clauses enough for the pieces)
    original = "\n".join(["学生防溺水工作预警发布", "来源：新华社 2025-05-25 10:00", *text]) + "\n"
    copy = "\n".join([STUFFED_TITLE, "2025-05-25 10:00", *(_stuffed(paragraph, pieces) for paragraph in text)]) + "\n"
    assert copy.count("部发布预") >= 3
    folder = write_inputs(tmp_path / "in", {"a-original.txt": original, "b-copy.txt": copy})
    result = run_ingest(digest_cli, project.root, folder)
    assert len(result.articles()) == 1
    assert result.entry("b-copy.txt")["status"] == "duplicate"


def test_a_templates_values_in_brackets_are_read():
    # (zg031: `来源:[黄石日报] 日期:[2025-10-27 09:42] 发布区域:[湖北地区]`)
    assert parse_info_line("来源:[黄石日报] 日期:[2025-10-27 09:42] 发布区域:[湖北地区]") == [
        ("source", "黄石日报"), ("date", "2025-10-27T09:42:00")]


def test_a_source_label_glued_to_a_publishers_name_is_read():
    # (zh003: `来源光明网`, the colon a template left out; `来源于网络` stays no one)
    assert parse_info_line("来源光明网") == [("source", "光明网")]
    assert parse_info_line("来源自新华网") is None


@pytest.mark.parametrize("lead", ["【中央社台北四日电】", "（中央社记者张三台北二十四日电）"])
def test_a_wires_day_in_chinese_numerals_names_the_wire(lead):
    # (zh025: `【中央社台北四日电】`)
    article = clean_text("\n".join([TITLE, "2024-05-05 10:00", lead + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "中央社"


@pytest.mark.parametrize("lead, source", [("云上大冶报道(记者 柏蔷薇)", "云上大冶"), ("红网武冈(项庆湘 报道) ", "红网武冈")])
def test_any_names_mark_with_its_reporters_credit_names_the_publisher(lead, source):
    # (zh009, zh015: a name with no publisher's ending, its reporters credited in brackets right after it)
    article = clean_text("\n".join([TITLE, "2024-05-05 10:00", lead + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert article.source == source
    placed = clean_text("\n".join([TITLE, "2024-05-05 10:00", "梅州8月10日电(记者 张三)" + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert placed.source == ""  # (a place's dateline names no one)


def test_an_author_field_filled_with_the_headlines_start_is_no_stamp():
    # (zg004: `作者: 共享单车乱停` under `共享单车乱停放市民呼吁规范停车`, a template's field filled wrongly)
    title = "共享单车乱停放市民呼吁规范停车"
    article = clean_text("\n".join([title, "2020-11-04 13:23:23 作者: 共享单车乱停", *PARAGRAPHS]) + "\n")
    assert article.title == title


def test_a_posts_views_and_replies_are_counts_not_names():
    # (zh008: `乐乐  发表于 2013-6-20 10:24:39| 2238 次查看 | 2 条回复`, its day the post's)
    assert parse_info_line("乐乐  发表于 2013-6-20 10:24:39| 2238 次查看 | 2 条回复") == [("date", "2013-06-20T10:24:39")]
    assert parse_info_line("2013-6-20 10:24 2 条回复") == [("date", "2013-06-20T10:24:00")]


@pytest.mark.parametrize("notice", [
    "特別聲明:以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳并發布,本平臺僅提供信息存儲服務。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, "
    "which is a social media platform and only provides information storage services.",
    "譯文內容由第三人軟體翻譯。",
    "以上內容僅用作資訊或教育之目的,不構成與富途相關的任何投資建議。"])
def test_a_platforms_and_a_brokers_disclaimers_go(notice):
    # (zg005, zh038: a self-media platform's footer, in both its languages; a broker's)
    article = clean_text("\n".join([TITLE, "2024-05-05 10:00", *PARAGRAPHS, notice]) + "\n")
    assert body_text(article) == PARAGRAPHS


def test_a_wires_name_with_junk_glued_before_it_is_the_wires():
    # (zi019: `xxx中国中新社香港5月27日电(记者刘大炜)`, a farm's junk before the agency)
    article = clean_text("\n".join([TITLE, "2024-05-27 10:00", "xxx中国中新社香港5月27日电(记者刘大炜)" + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "中新社"


def test_a_papers_dated_mark_deep_in_the_page_names_it():
    # (zj028: `湖南日报5月8日讯(记者 周俊 …)` under a farm's long header)
    header = [f"相关推荐{number}：某某产品批发价格行情" for number in range(12)]
    article = clean_text("\n".join([TITLE, *header, "湖南日报5月8日讯(记者 周俊 通讯员 聂丽娜)" + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert article.source == "湖南日报"
    assert parse_info_line("當前報紙日期:2026年01月27日   星期二") == [("date", "2026-01-27")]  # (an e-paper's issue, zi017)


@pytest.mark.parametrize("day", ["发布时间：2024-05-13", "發佈時間: 2024-05-13", "日期：2024年5月13日"])
def test_a_labelled_day_over_its_time_in_the_next_cell_is_one_stamp(day):
    # (found by a battery of date lines: the unlabelled day over its time was read, the labelled one lost its time)
    article = clean_text("\n".join([TITLE, day, "10:30:00", *PARAGRAPHS]) + "\n")
    assert article.date.value == "2024-05-13T10:30:00" and article.date.confidence == "stated"


@pytest.mark.parametrize("widget", ["请输入关键词 搜索", "北京 晴 12℃~25℃", "今日天气：多云转晴 18°C"])
def test_a_search_box_or_a_weather_widget_over_the_headline_is_no_headline(widget):
    # (found by a battery of decoys over the headline: with no info line under it, the widget won)
    article = clean_text("\n".join([widget, TITLE, *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
