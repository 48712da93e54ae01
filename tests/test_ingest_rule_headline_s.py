"""Headlines read on round s's tune pages (branch `head14`), each shape written as made-up lines:
a tag glued to the headline is the headline's own, a tag a space before it is a forum's wrapping."""
from __future__ import annotations

import pytest

from digest.ingest.dates import normalize_date_forms
from digest.ingest.headline_text import clean_headline
from digest.ingest.run_in import run_in_headline
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize(("line", "headline"), [
    ("[江城]两岸龙舟好手江城竞速庆端午", "[江城]两岸龙舟好手江城竞速庆端午"),  # glued: the page's label, kept
    ("[视频]市政府召开常务会议部署春耕", "[视频]市政府召开常务会议部署春耕"),
    ("[发展] 城固县为村头新闻站配发相机", "城固县为村头新闻站配发相机"),  # a space apart: a forum's tag
    ("[時事討論] 民間提前三天預測地震", "民間提前三天預測地震"),
])
def test_a_glued_tag_is_the_headlines_and_a_spaced_one_a_forums(line, headline):
    assert clean_headline(line) == headline


def test_the_headline_printed_again_without_its_glued_tag_goes():
    headline = "[视频]市政府召开常务会议部署春耕"
    page = [headline, "来源:江城网 2018-03-21 19:20", "市政府召开常务会议部署春耕。", *PARAGRAPHS]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == headline
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize(("line", "headline"), [
    ("江城新媒体(http://www.example.cn):【新春走基层】爱心玫瑰的浪漫邀约", "【新春走基层】爱心玫瑰的浪漫邀约"),
    ("example.com：江城地铁五号线今天开通", "江城地铁五号线今天开通"),
    ("国家统计局:五月居民消费价格上涨", "国家统计局:五月居民消费价格上涨"),  # a speaker's name, no address: the headline's
    ("1.5万元:江城地铁五号线的票价之谜", "1.5万元:江城地铁五号线的票价之谜"),
])
def test_a_sites_name_with_its_address_before_the_headline_is_its_stamp(line, headline):
    assert clean_headline(line) == headline


def test_the_bylines_name_run_on_after_the_headline_with_a_space_inside_it_goes():
    headline = "市府公告棚架網室現金救助 縣府受理至10/23止"
    page = [f"{headline}王 大明", "2025-10-09 10:26:32", "", "作者:王大明", "", *PARAGRAPHS]
    assert clean_text("\n".join(page) + "\n").title == headline


def test_a_headline_ending_in_a_name_the_page_does_not_state_keeps_it():
    headline = "市府公告棚架網室現金救助 縣府受理至10/23止王 大明"
    page = [headline, "2025-10-09 10:26:32", "", "作者:李小華", "", *PARAGRAPHS]
    assert clean_text("\n".join(page) + "\n").title == headline


def test_a_first_line_cut_off_over_its_info_line_is_the_headline_not_a_summary():
    """A page title cut off at a length, the account's dated line under it, then the headline printed
    whole as the text's first line: the first line is the headline, the whole line text."""
    whole = "这房东太狠了!江城一女生退租,房东以窗户缝有灰为由拒绝退押金!女生无奈报警后,房东依旧态度强硬,网友直呼离谱!"
    cut = whole[:40]
    page = [cut, "", "江城小编 2025-03-04 15:52:57", "", whole, "", *PARAGRAPHS]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == cut
    assert body_text(article) == [whole, *PARAGRAPHS]


def test_a_cut_off_first_line_with_no_info_line_under_it_is_still_a_summary():
    whole = "江城一女生退租时房东以窗户缝有灰为由拒绝退押金，女生无奈报警后房东依旧态度强硬，网友直呼离谱，这件事引发了热议。"
    page = [whole[:40], "", "房东拒退押金引热议", "2025-03-04 15:52:57", "", whole, "", *PARAGRAPHS]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == "房东拒退押金引热议"
    assert body_text(article) == [whole, *PARAGRAPHS]


@pytest.mark.parametrize("label", ["最後登入", "最后登录", "注册时间"])
def test_a_members_profile_day_is_not_the_articles(label):
    """A forum post's poster profile, its fields a line each (`最後登入` / `2016-4-13`): the member's day;
    the report's own labelled stamp dates the page."""
    page = ["- UID", "- 6115", f"- {label}", "- 2016-4-13", "", "- 在線時間", "- 58 小時", "|",
            "江城新夜市 人氣強強滾", "更新日期:2011/08/22 04:21", *PARAGRAPHS]
    assert clean_text("\n".join(page) + "\n").date.value.startswith("2011-08-22")


@pytest.mark.parametrize("own", ["2021/6/6 3:15 pm", "2021-06-06 江城日報", "江城森林防火 2021年06月06日 16:02 北京"])
def test_a_reposts_stamp_gives_way_to_the_articles_own_earlier_info_line(own):
    """A forum's post line (or a portal's repost stamp) above the headline, the article's own info
    line under it, nearest the text, an earlier day: the article's date."""
    page = ["江城论坛 - 江城人聚集之地", "发表于 2021-6-23 23:20:17 | 显示全部楼层 |阅读模式", "", TITLE, "", own, "", *PARAGRAPHS]
    assert clean_text("\n".join(page) + "\n").date.value.startswith("2021-06-06")


@pytest.mark.parametrize(("own", "day"), [
    ("2021/6/30 3:15 pm", "2021-06-23"),  # a later day under it is no original's: the post's day stands
    ("2021年6月6日", "2021-06-23"),  # a day alone there is a notice's signature
])
def test_the_reposts_stamp_stays_without_an_earlier_info_line_under_it(own, day):
    page = ["江城论坛 - 江城人聚集之地", "发表于 2021-6-23 23:20:17 | 显示全部楼层 |阅读模式", "", TITLE, "", own, "", *PARAGRAPHS]
    assert clean_text("\n".join(page) + "\n").date.value.startswith(day)


LEAD = "1月22日,江城经开区与一家汽车服务公司签署战略合作协议,项目落户江城经开区产业园,助力打造全产业链发展示范区。"


def test_a_headline_glued_to_its_labelled_date_on_a_one_line_page():
    run_in = run_in_headline("新年开新局|江城产业园:向“新”而行建设千亿园区发表时间:2024-01-31 09:38 " + LEAD)
    assert run_in is not None
    assert (run_in.headline, run_in.date, run_in.lead) == ("新年开新局|江城产业园:向“新”而行建设千亿园区", "2024-01-31T09:38:00", LEAD)


def test_a_headline_glued_to_its_leads_mark_on_a_one_line_page():
    lead = "本網訊 通訊員 王小明 4月24日,在第39個“全國兒童預防接種日”來臨之際,江城鎮衛生院聯合鎮中學開展宣傳活動。"
    run_in = run_in_headline("江城鎮:共筑免疫長城 守護健康未來" + lead)
    assert run_in is not None
    assert (run_in.headline, run_in.lead) == ("江城鎮:共筑免疫長城 守護健康未來", lead)


@pytest.mark.parametrize("line", [
    "江城新闻网讯 市政府日前召开会议。发表时间:2024-01-31 09:38 " + LEAD,  # a sentence before it: no headline
    "江城产业园建设千亿园区 发表时间:2024-01-31 09:38 " + LEAD,  # a space apart: read as before
    "据悉江城产业园（一期本报讯 记者 王小明 " + LEAD,  # brackets left open
])
def test_no_glued_headline_where_the_words_before_are_no_headline(line):
    assert run_in_headline(line) is None


@pytest.mark.parametrize(("footer", "value"), [
    ("王小明于 2009-02-08 17:54:40 发表在分类:随笔", "2009-02-08T17:54:40"),
    ("会议于 2009-02-08 17:54 举行。", "2009-02-08"),  # no post verb after it: a sentence's time
])
def test_a_post_line_gives_the_stated_day_its_time(footer, value):
    page = [TITLE, "2009-02-08 Sun", "", "".join(PARAGRAPHS[:2]), "".join(PARAGRAPHS[2:]), "", footer, "(48441次点击) | 标签:", "", "评论", "· 发表新帖",
            "留言总数0帖 页次:1/0 每页:20条", "上一篇 下一篇"]
    assert clean_text("\n".join(page) + "\n").date.value == value


def test_a_first_line_of_clauses_ending_in_a_link_is_the_posts_text_not_its_headline():
    first = "王小明昨天说,如果有需求,会建更多预购组屋http://www.example.com/sp/sp090709_004.shtml"
    article = clean_text("\n".join([first, *PARAGRAPHS]) + "\n")
    assert body_text(article)[0] == first.replace("_", "\\_")
    # a headline with a link and no clause before it is read as before
    article = clean_text("\n".join(["江城地铁五号线今天开通 http://www.example.com", *PARAGRAPHS]) + "\n")
    assert body_text(article) == PARAGRAPHS


def test_the_headline_in_another_language_under_it_is_furniture():
    english = "'Jiangcheng durian': The luxury fruit cashing in on a billion-dollar appetite"
    lead = "在江城小镇驾车穿行,很难忽略那种支撑当地经济的多刺水果。"
    article = clean_text("\n".join([TITLE, english, "", lead, *PARAGRAPHS]) + "\n")
    assert body_text(article) == [lead, *PARAGRAPHS]


def test_an_english_sentence_of_a_bilingual_text_is_text():
    english = "A senior official says the city has opened its fifth metro line to the public."
    page = [TITLE, "2010-08-01 07:09:01 来源:江城日报", english, *PARAGRAPHS]
    assert body_text(clean_text("\n".join(page) + "\n")) == [english, *PARAGRAPHS]


@pytest.mark.parametrize(("line", "value"), [
    ("闲不住 发表于 09.2.18 09:45:52", "闲不住 发表于 2009-2-18 09:45:52"),
    ("發表於 21/6/23 23:20", "發表於 2021-6-23 23:20"),
    ("发表于 09.2.18", "发表于 09.2.18"),  # no time after it: not read as a day
    ("會議於 12.5.6 10:00 舉行", "會議於 12.5.6 10:00 舉行"),  # no post's verb: a sentence's numbers
])
def test_a_post_lines_two_digit_year(line, value):
    assert normalize_date_forms(line) == value


@pytest.mark.parametrize("line", ["  • 字体:默认超大", "字號:大 中 小", "字体大小：默认 特大"])
def test_a_font_size_switch_under_the_headline_is_a_widget(line):
    page = [TITLE, "  • 2025-01-08 10:49", "  • 来源:江城市红十字会", line, "", *PARAGRAPHS]
    assert body_text(clean_text("\n".join(page) + "\n")) == PARAGRAPHS


def test_words_about_fonts_in_the_text_stay():
    line = "字体:默认的宋体太小,超大字号的版本更适合老人阅读。"
    page = [TITLE, "2025-01-08 10:49", *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    assert line in body_text(clean_text("\n".join(page) + "\n"))
