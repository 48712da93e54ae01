"""Headlines and the body start under them, read on round r's tune pages (branch `head13h`): a
report's opening mark under the headline, a numbered item, a site's chrome on top, the headline
printed bare beside its title line, a labelled second title, a column's label before it."""
from __future__ import annotations

import pytest

from digest.ingest.chinese import for_matching
from digest.ingest.datelines import DATELINE_START
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize("lead", ["【本报讯】在各方推动下，江城地铁五号线今天开通，全线设站二十座，市民可刷卡乘车。",
                                  "【本網訊】在各方推動下，江城地鐵五號線今天開通，全線設站二十座，市民可刷卡乘車。"])
def test_a_reports_mark_opens_the_text_under_the_headline(lead):
    assert DATELINE_START.match(for_matching(lead))
    # a deck and a name between the headline and the mark are furniture; the text starts at the mark
    article = clean_text("\n".join([TITLE, "三年最高", "地铁开通了。", lead, *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert body_text(article) == [lead, *PARAGRAPHS]


@pytest.mark.parametrize("line", ["本报讯上周的菜价", "【本报】评论员文章", "本报讯 (记者 张三) 上周"])
def test_words_like_a_mark_are_no_mark(line):
    assert not DATELINE_START.match(line)


def test_a_first_line_that_opens_a_report_is_text_not_the_headline():
    lead = "江城网讯 日前，市民政局开展宣传活动。"
    article = clean_text("\n".join([lead, *PARAGRAPHS]) + "\n")
    assert body_text(article) == [lead, *PARAGRAPHS]
    # the paper's own mark run into its lead is no headline either
    run_in = "本报讯(记者 张三) 上周农贸市场鸡蛋价格还是每斤3.5元左右，本周鸡蛋价格已经涨到每斤4.5元，短短几天涨了1元。"
    article = clean_text("\n".join([run_in, *PARAGRAPHS]) + "\n")
    assert body_text(article)[0] == run_in


@pytest.mark.parametrize("mark", ["1.", "二、", "（三）"])
def test_a_numbered_item_under_the_headline_is_no_headline(mark):
    """A digest's numbered item, its words the text's, does not win over the headline with its
    info line under it (a numbered line is a list's or a section's, no page's headline)."""
    headline = "九家企业募资四百亿;本地公司发布新模型;菜价连涨三周"
    item = mark + "上半年半导体企业一览:九家企业募资金额高达四百亿元"
    lead = "江城网消息 上半年，一共有九家半导体企业提交了招股书并获得受理，募资金额高达四百亿元，这些企业涵盖了设计、制造等环节。"
    page = "\n".join(["首页 > 新闻", "行业动态", "常见问题", headline, "发布日期:2023-07-06 14:18", item, lead, *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == headline


@pytest.mark.parametrize("line", ["欢迎来到江城机关党建网", "歡迎光臨江城新聞網!", "欢迎访问江城论坛~", "按Enter到主內容區",
                                  "江城地铁 开通 当天.png", "發布日期", "更新时间:"])
def test_a_sites_chrome_on_top_of_the_page_goes(line):
    """A site's greeting, a screen reader's skip link, a picture's file name with spaces, a date's
    label with no date: above the headline, none is a headline; under it, none is text."""
    article = clean_text("\n".join([line, TITLE, line, *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["欢迎来到北京，这里的冬天很冷。", "“欢迎来到江城网，”他笑着说。"])
def test_words_of_welcome_in_the_text_stay(line):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) + "\n")
    assert line in body_text(article)


def test_the_headline_printed_bare_and_with_a_sites_name_after_a_dash_is_the_bare_one():
    """`<the headline>` then `<the headline>-江城号` (the page's title line, its copies in the text):
    the headline is the line without the name, and the wrapped copies go."""
    wrapped = f"{TITLE}-江城号"
    page = "\n".join(["免费看片,在线观看,天堂网在线", TITLE, wrapped, PARAGRAPHS[0], wrapped, *PARAGRAPHS[1:]]) + "\n"
    article = clean_text(page)
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS


def test_a_row_of_the_headlines_own_keywords_before_it_goes():
    headline = "天文台发出炎热天气警告 提醒市民注意健康"
    page = "\n".join([f"天文台,炎热天气警告,注意健康 {headline}", headline, *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == headline
    # words before it that are not its own stay its (a column's label is the headline's)
    labelled = f"两会速递,江城新闻 {headline}"
    page = "\n".join([labelled, headline, *PARAGRAPHS]) + "\n"
    assert clean_text(page).title != headline


def test_a_labelled_second_title_under_the_headline_goes():
    page = "\n".join([TITLE, "标题:数据公司的冬天——一场客户流失潮的纪实", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS
    # a sentence that begins with the word stays text
    kept = "标题党的文章，读者点开后往往大失所望。"
    assert body_text(clean_text("\n".join([TITLE, kept, *PARAGRAPHS]) + "\n")) == [kept, *PARAGRAPHS]


def test_a_columns_label_a_space_before_the_headline_is_no_farms_stamp():
    """`传递正能量 <headline>` with a related item ending in the same words: the label, set apart by a
    space, is the headline's column (kept); glued on, the pair is a farm's stamp (taken off)."""
    headline = "江城志愿者进山陪留守儿童过中秋"
    tail = ["相关新闻", "- 2013-09-03江城公路局志愿者走进特殊教育学校传递正能量"]
    spaced = clean_text("\n".join([f"传递正能量 {headline}", *PARAGRAPHS, *tail]) + "\n")
    assert spaced.title == f"传递正能量 {headline}"
    glued = clean_text("\n".join([f"传递正能量{headline}", *PARAGRAPHS, *tail]) + "\n")
    assert glued.title == headline


def test_a_dated_line_between_the_headline_and_the_mark_is_left_to_be_read():
    """Lines above `【本报讯】` go as a deck; a line with a date among them is the page's info, not a deck."""
    lead = "【本报讯】在各方推动下，江城地铁五号线今天开通，全线设站二十座，市民可刷卡乘车。"
    article = clean_text("\n".join([TITLE, "三年最高 2023年02月02日 星期四", lead, *PARAGRAPHS]) + "\n")
    assert article.date.value.startswith("2023-02-02")
