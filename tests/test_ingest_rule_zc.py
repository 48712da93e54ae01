"""Round zc's and HTML round hb's tune pages (nineteenth session), each shape as made-up lines: a
subject opening most lines of a short report is no planted token when a line goes on with its verb
(hb-163money-68: `证监会表示，…`, which a farm's stamp never does); a headline of two phrases apart
like a menu's row stays the headline when the page's info line is right under it (zc024:
`古戏下乡 文化惠民` over `发表日期:…`); a saved page whose quick extraction holds no sentence is
extracted again in full (hb-whuguoxue-1: a sidebar of links taken for the article); a desk
(`政治中心／綜合報導`) or a button (`字級`) beside the date is no publisher (tw-cts_s2); a label the site
left empty after the source does not take the source with it (zc008); a dateline with the place after
the day names its paper (zc027: `台泰時報10月7日曼谷電`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest.dates import parse_date_text
from digest.ingest.extract import extract_html
from digest.ingest.info_lines import parse_info_line
from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

REAL_HTML = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real-html"


def test_a_subject_whose_line_goes_on_with_its_verb_is_no_token():
    lines = ["证监会查处三家炒作假新闻的媒体", "来源：央视", "证监会昨天公布了三起会同公安部门查处的案件。",
             "证监会表示，近期以来，证券市场波动较大，一些不法分子乘机散布谣言。",
             "6月5日，一家晚报以耸人听闻的标题报道了一起刑事案件，随后被多家网站转载。",
             "证监会有关负责人提醒投资者理性判断，不轻信不盲从。"]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == lines[0]
    assert body_text(article)[0] == lines[2]
    assert not article.spam_tokens


def test_a_planted_token_is_still_found_where_no_line_goes_on_with_a_verb():
    lines = [f"营口{TITLE}", *(f"营口{paragraph}" for paragraph in PARAGRAPHS)]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_two_phrases_apart_over_the_info_line_are_the_headline():
    lines = ["古戏下乡 文化惠民", "发表日期:2018-12-04来源:", "传统经典采茶戏演绎人间温情。", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "古戏下乡 文化惠民"
    assert str(article.date.value).startswith("2018-12-04")


def test_a_menu_row_over_a_headline_is_still_navigation():
    lines = ["新闻 体育 财经 娱乐", TITLE, "发表日期:2018-12-04", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == TITLE
    assert any(removal.text == lines[0] for removal in article.removals)


@pytest.mark.skipif(not (REAL_HTML / "hb-whuguoxue-1.html").is_file(), reason="needs the saved pages of bench/real/html.yaml")
def test_a_page_whose_quick_extraction_is_a_sidebar_is_read_in_full():
    page = extract_html("hb-whuguoxue-1.html", (REAL_HTML / "hb-whuguoxue-1.html").read_text(encoding="utf-8"))
    text = page.text()
    assert "武汉大学历史学院的谢贵安教授做客湖北国学大讲堂" in text
    assert "体现了万历皇帝对女性当政者的偏见。" in text


def test_a_desk_or_a_button_beside_the_date_is_no_publisher():
    # (`政治中心／綜合報導`: a Taiwanese paper's political desk, which signs for the paper; `字級`: its font-size button)
    assert parse_info_line("2014/03/22 10:09 政治中心／綜合報導") == [("date", "2014-03-22T10:09:00")]
    assert parse_info_line("2014/03/22 10:09 字級") == [("date", "2014-03-22T10:09:00")]
    # (a paper's name there is its publisher, in either script)
    assert ("credited source", "參考消息") in parse_info_line("2014/03/22 10:09 參考消息")


def test_a_label_left_empty_after_the_source_does_not_take_the_source_with_it():
    # (zc008: `字体:` a button's label with nothing after it, between the source and the date)
    assert parse_info_line("作者:  文章来源:濮阳早报  字体:   发布时间:2016-12-28 06:52:33") == [
        ("source", "濮阳早报"), ("date", "2016-12-28T06:52:33")]
    assert parse_info_line("来源: 关键词:") == [("label", "")]


def test_a_dateline_with_the_place_after_the_day_names_its_paper():
    # (zc027: `(台泰時報10月7日曼谷電)`, an overseas paper's dateline; a figure after a day is no dateline)
    lead = "(台泰時報10月7日曼谷電)為慶祝雙十國慶,泰國台灣商會聯合總會共同籌組返國祝賀團,搭乘班機返抵桃園。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == "台泰時報"
    figure = "新华网10月7日全市发电量创新高,多家电厂满负荷运行,供电形势平稳有序。"
    assert clean_text("\n".join([TITLE, figure, *PARAGRAPHS]) + "\n").source == ""


def test_an_account_then_its_writers_latin_name_is_publisher_and_author():
    # (j055: `文|降噪NoNoise Koren`; a Latin name alone stays the author)
    assert parse_info_line("文|降噪NoNoise Koren") == [("credited source", "降噪NoNoise"), ("author", "Koren")]
    assert parse_info_line("文|Tim Cook") == [("author", "Tim Cook")]


def test_a_headline_of_two_phrases_under_a_breadcrumb_named_after_the_site():
    # (za043: a home link named after the site, the crumbs ending in a bar; the headline's two phrases over
    # an info line whose day is glued to its time and its poster)
    lines = ["彭水首页>新闻频道>乡镇>", "", "护林员 护林忙", "", "发布时间:2022-08-2611:18:10彭水彭薇", "", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "护林员 护林忙"
    assert str(article.date.value).startswith("2022-08-26T11:18")
    assert "彭水首页" not in article.body and "发布时间" not in article.body


def test_a_day_in_eight_digits_with_its_time_is_a_date():
    # (za050: `2008092910:00`, a blog's date line; eight digits alone may be a number, and stay one)
    assert parse_date_text("2008092910:00") == "2008-09-29T10:00:00"
    assert parse_date_text("20080929 10:00") == "2008-09-29T10:00:00"
    assert parse_date_text("20080929") is None
    article = clean_text("\n".join([TITLE, "2008092910:00", *PARAGRAPHS]) + "\n")
    assert article.date.value.startswith("2008-09-29T10:00") and article.date.confidence == "stated"


def test_the_sites_imprint_is_furniture_and_a_sentence_naming_an_organiser_is_text():
    # (o066, zc016: who runs the site, printed at its top or foot)
    lines = ["主办单位: 麻城市融媒体中心", TITLE, *PARAGRAPHS, "本次活动的主办单位为市文旅局,承办单位为市图书馆。", "主管:中共随州市委宣传部 主办:随州日报社"]
    article = clean_text("\n".join(lines) + "\n")
    assert "麻城市融媒体中心" not in article.body and "随州日报社" not in article.body
    assert "本次活动的主办单位为市文旅局" in article.body
    assert any(removal.why == "the site's imprint (who runs it)" for removal in article.removals)


def test_a_word_glued_on_the_title_and_beside_the_pages_date_is_a_stamp():
    # (z012: a farm's word on the headline and as the name beside the date; a publisher's name there stays its publisher)
    lines = [f"福利资源{TITLE}", "", "福利资源 2024-05-16 09:37:10 来源: 原创", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == TITLE and article.source == ""
    assert any("the name beside the page's date" in removal.why for removal in article.removals)
    kept = clean_text("\n".join([f"新华网{TITLE}", "新华网 2024-05-16 09:37:10", *PARAGRAPHS]) + "\n")
    assert kept.source == "新华网"


def test_a_lead_naming_its_site_and_its_newsroom_reporter_or_its_news_channel():
    # (za043: `重庆彭水网(融媒体首席记者 赵勇)`, two ranks before 记者; za025: `中国茶网资讯:`; a channel alone names no one)
    lead = "重庆彭水网(融媒体首席记者 赵勇)8月23日,在鹿鸣乡漆园村,生态护林员通过进入林区巡查等方式筑牢防火屏障。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == "重庆彭水网"
    lead = "中国茶网资讯:入秋以来,秭归县产茶大户纷纷采制秋茶,市场行情看好。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == "中国茶网"
    lead = "财经资讯:入秋以来,秭归县产茶大户纷纷采制秋茶,市场行情看好。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == ""


def test_a_bracketed_mark_of_a_county_media_centre_or_with_its_reporter():
    # (x010: `【六枝融媒】`; zb034: `【財訊快報/劉敏夫】`; a channel's bracket names no one)
    for lead, source in (("【六枝融媒】木岗镇举办油菜花艺术节,吸引游客前来观赏。", "六枝融媒"),
                         ("【財訊快報/劉敏夫】外電報導指出,週一國際銅價上漲。", "財訊快報"),
                         ("【新闻/视频】外電報導指出,週一國際銅價上漲。", "")):
        assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == source


def test_newsroom_credits_of_more_ranks_are_editors():
    # (za003, d053, o075: a new-media desk's editor, a first-review editor, the night's duty chief)
    assert parse_info_line("(新媒體責編:wb001)") == [("editor", "wb001")]
    assert parse_info_line("初審編輯:魏鵬") == [("editor", "魏鵬")]
    assert parse_info_line("總值班: 吳弋 編輯: 周金林") == [("editor", "吳弋"), ("editor", "周金林")]


def test_a_paper_and_its_two_writers_and_an_according_to_lead_with_a_space():
    # (zd016: `通信信息报  王学成 刘陈`; a place after one writer is still where it was filed: za018)
    assert parse_info_line("通信信息报  王学成 刘陈") == [("credited source", "通信信息报"), ("author", "王学成 刘陈")]
    assert parse_info_line("民視新聞/陳崇翰 基隆報導") == [("credited source", "民視新聞"), ("author", "陳崇翰")]
    # (zd012: `据新华社报道 以…`, the comma a space)
    lead = "据新华社报道 以“融汇世界的客家,展示客家的世界”为主题的首届客家文化节开幕。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == "新华社"


def test_a_templates_code_name_and_a_disclaimer_under_a_double_label_go():
    # (zd022: `{bbs_source}`, a forum template's field left unfilled; zd032: `重要提示及免責聲明` over a broker's disclaimer)
    lines = [TITLE, *PARAGRAPHS, "{bbs_source}", "重要提示及免責聲明",
             "盈立不保證文章資訊的準確性、及時性或完整性,並對本文中的任何觀點不承擔責任。文章內容只供參考,並不構成任何要約或建議。"]
    article = clean_text("\n".join(lines) + "\n")
    assert "bbs_source" not in article.body and "免責聲明" not in article.body and "要約" not in article.body
    assert body_text(article) == PARAGRAPHS


def test_labels_in_brackets_are_labels():
    # (zd015: a template printing its labels in brackets; a name in brackets before a colon is no label)
    assert parse_info_line("作者: [时间]:2018-02-17 [来源]:人民网 [浏览次数]:") == [("date", "2018-02-17"), ("source", "人民网")]
    assert parse_info_line("【来源】：新华社") == [("source", "新华社")]
    assert parse_info_line("【新华社】：今天发布消息") is None


def test_a_navigation_label_alone_is_furniture():
    # (zd012: `快速导航:` over the links it labelled, the links gone)
    assert furniture_reason("快速导航:", "head") == furniture_reason("网站导航", "body") == "a label without its value"
    assert furniture_reason("快速导航：首页 新闻", "body") is None
