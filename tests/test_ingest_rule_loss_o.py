"""Body text a digest must keep and furniture it must drop, from round `o`'s tune pages (issue 13):
a page without a headline whose lead a list of other stories teases again keeps its lead; a list
entry's read-more link is never a headline."""
from __future__ import annotations

import pytest

from digest.ingest.blocks import is_header
from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.info_lines import parse_info_line
from digest.ingest.layout import furniture_reason
from digest.ingest.story_lists import story_list
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


def test_a_lead_that_a_related_list_teases_cut_off_stays_text_and_its_read_more_links_go():
    # no headline line: the text, then a list of teasers (`-`, a teaser cut off, `date 阅读全文 >>`),
    # one of them the page's own lead cut off
    teaser = PARAGRAPHS[0][:30] + "..."
    other = "在政治风暴与舆论压力夹击下，某国政府决定撤回原定于本周国会审议的法案，暂缓推动该项计划。该法案自今年初..."
    third = "花旗集团周一发布报告，表示在保守前提下，将本月收入预测由195亿元上调至200亿元，上调幅度约2.6%。该行指出,..."
    page = ["", *PARAGRAPHS[:3], "-", other, "2025-08-12阅读全文 >>", "-", teaser, "2025-08-12阅读全文 >>", "-", third,
            "2025-08-12阅读全文 >>"]
    article = clean_text("\n".join(page) + "\n")
    body = "\n".join(body_text(article))
    assert "阅读全文" not in article.title
    assert PARAGRAPHS[0] in body and PARAGRAPHS[2] in body
    assert "阅读全文" not in body and "暂缓推动" not in body and "花旗" not in body


def test_a_summary_above_the_headline_that_the_lead_repeats_still_goes():
    # the copy below is the whole paragraph: the line on top is the page's description
    summary = PARAGRAPHS[0][:40] + "…"
    article = clean_text("\n".join([summary, "数据独角兽遭遇客户流失潮", *PARAGRAPHS]) + "\n")
    assert body_text(article)[0] == PARAGRAPHS[0]


@pytest.mark.parametrize("line", ["2025-08-12阅读全文 >>", "阅读全文 >>", "2024/3/1 查看全文»"])
def test_read_more_links_with_an_entry_date_are_widgets(line):
    assert furniture_reason(line, "body")


def test_a_list_header_over_the_pages_own_headline_and_lead_is_no_list():
    # above the text, `相关推荐` then the headline again and the lead (ending `……`, like a teaser): the
    # list was not scraped, the article was
    lead = "本网平顶山2月19日消息(记者 张三)春节假期，游客纷纷迈开前往乡村的步伐，人们在这里尽情呼吸山林间的清新空气……"
    page = [TITLE, "时间:2020-05-06 22:44:19", "相关推荐", TITLE, lead, *PARAGRAPHS]
    article = clean_text("\n".join(page) + "\n")
    body = body_text(article)
    assert article.title == TITLE and body[0] == lead and "相关推荐" not in "\n".join(body)
    # after the text, a list that names the article among other stories still goes
    listed = ["相关推荐", TITLE, "某地发布暴雨预警", "某公司发布新款手机..."]
    tail = "\n".join(body_text(clean_text("\n".join([TITLE, *PARAGRAPHS, *listed]) + "\n")))
    assert "暴雨预警" not in tail and "相关推荐" not in tail


@pytest.mark.parametrize("line, day", [("更新日期 2025/02/14", "2025-02-14"), ("發布時間 2020年1月1日 10:30", "2020-01-01T10:30:00")])
def test_a_days_label_a_space_apart_from_the_day_is_an_info_line(line, day):
    assert ("date", day) in parse_info_line(line)


def test_a_lead_opening_on_a_labelled_day_is_no_info_line():
    assert parse_info_line("当地时间 2018年5月3日，他在记者会上说了这句话。") is None


@pytest.mark.parametrize("line", ["松花江畔人们堆起雪人。   “哈报手机记者”   王洪艳摄",
                                  "当日该站加开临客列车4列。邱晶 张卓群/摄影报道",
                                  "在广州越秀区六榕街老人饭堂，工作人员在询问老人们对菜品的意见(5月4日摄)。"])
def test_captions_credited_after_a_quoted_outlet_a_photo_report_or_the_day_taken(line):
    assert furniture_reason(line, "body") == "a photo caption"


@pytest.mark.parametrize("line", ["他说：“我们都是记者” 张三摄影多年，拍下了这座城市。", "会议定于5月4日召开(5月4日起)。"])
def test_sentences_near_those_shapes_are_text(line):
    assert furniture_reason(line, "body") is None


@pytest.mark.parametrize("line", ["资料图", "照片", "資料圖片", "- 海报"])
def test_a_pictures_placeholder_word_alone_is_furniture(line):
    assert furniture_reason(line, "body")


@pytest.mark.parametrize("line", ["制表:王超", "制图：李四", "本文仅代表作者观点,不代表头等网立场。"])
def test_a_tables_credit_and_a_views_disclaimer_are_boilerplate(line):
    assert boilerplate_reason(line)


def test_a_sentence_about_someones_views_is_text():
    assert not boilerplate_reason("他强调，这份报告仅代表研究团队的初步判断，不代表最终结论。")


def test_a_list_header_over_a_threads_counts_is_a_menu_item_not_a_list():
    # a forum thread: the site's menu ends with `猜你喜欢`, then the thread's counts, its tagged title,
    # its buttons and the post: no list of other stories was scraped
    page = ["汉中第一网", "", "搜索", "更多", "猜你喜欢", "查看: 1338|回复: 0", "", "[发展] " + TITLE, "",
            "[复制链接]", "发表于 2016-11-8 09:15:51 | 显示全部楼层 |阅读模式", *PARAGRAPHS]
    article = clean_text("\n".join(page) + "\n")
    assert TITLE in article.title and body_text(article)[0] == PARAGRAPHS[0]
    # a list under the same header after the text still goes
    listed = ["猜你喜欢", "某地发布暴雨预警", "某公司发布新款手机", "某球队晋级决赛..."]
    tail = "\n".join(body_text(clean_text("\n".join([TITLE, *PARAGRAPHS, *listed]) + "\n")))
    assert "暴雨预警" not in tail


def test_a_list_header_with_an_ellipsis_after_the_text_goes_with_the_tags_over_it():
    article = clean_text(raw_article(tail=["ADVERTISEMENT", "Tags", "你也可能感兴趣..."]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["你也可能感兴趣...", "猜你喜欢…", "您也可能喜欢"])
def test_list_headers_with_an_ellipsis_or_also(line):
    assert is_header(line)


def test_a_phrase_with_an_ellipsis_is_no_header():
    assert not is_header("可能的原因...")


def test_an_info_line_ending_in_a_semicolon_is_read():
    assert parse_info_line("本文转自【中央广电总台中国之声】;") == [("credited source", "中央广电总台中国之声")]


@pytest.mark.parametrize("label", ["摘要 ", "导读:", "核心提示："])
def test_a_labelled_summary_above_the_text_is_furniture(label):
    summary = label + "腊月二十四一大早，周村北郊派出所的民警们，就带着警用无人机来集市上赶年集了"
    long_text = [p + "业内人士认为，这笔看似风光的交易，最终可能成为一把双刃剑。" for p in PARAGRAPHS]
    assert body_text(clean_text("\n".join([TITLE, summary, *long_text]) + "\n")) == long_text


def test_a_label_opening_the_text_itself_stays():
    # the writer's own outline (`本文将介绍…`), or the whole text run into the label's line
    own = "导读: 本文将介绍数据公司客户流失的来龙去脉，以及它对整个行业的影响。"
    long_text = [p + "业内人士认为，这笔看似风光的交易，最终可能成为一把双刃剑。" for p in PARAGRAPHS]
    assert body_text(clean_text("\n".join([TITLE, own, *long_text]) + "\n"))[0] == own
    run = "摘要:" + "".join(PARAGRAPHS)
    assert body_text(clean_text("\n".join([TITLE, run]) + "\n")) == [run]


def test_headlines_each_with_its_day_after_the_text_are_a_list_even_under_an_unpunctuated_writer():
    # the headline line counts as the text's unpunctuated line: the gate of the plain story run fails,
    # the days under each line say they are a list's entries
    stories = ["“团结十讲”饱受争议 某某最新满意度大跌5.8%", "某某被爆8月将过境 民代称令人忧心", "携手16年收益料超180%!某人寿为何筹划清仓某银行",
               "某人寿连收8张罚单因多项违规合计被罚65万元"]
    tail = [line for story in stories for line in (story, "", "2025-07-16", "")]
    article = clean_text("\n".join(["某某网标题没有句号的一行", "力报2025-07-09", *PARAGRAPHS[:4], *tail]) + "\n")
    body = "\n".join(body_text(article))
    assert PARAGRAPHS[3] in body and "满意度" not in body and "罚单" not in body
    # the gate itself: under an unpunctuated writer, only the dated lines make a run
    article_lines = ["某某网标题没有句号的一行", *PARAGRAPHS[:4]]
    assert story_list(stories, article_lines) == set()
    assert story_list(stories, article_lines, {0, 1, 2, 3}) == {0, 1, 2, 3}
    assert story_list(stories, article_lines, {0, 2, 3}) == set()


def test_a_paywalls_count_is_a_widget_a_sentence_of_shares_is_not():
    assert furniture_reason("您已閱讀6%(591字),剩餘94%(10094字)包含更多重要資訊,訂閱以繼續探索完整內容,並享受更多專屬服務。", "body")
    assert not furniture_reason("他说已阅读30%的文件，剩余70%将在明天读完。", "body")


def test_a_text_printed_twice_keeps_its_first_copy():
    # no headline, three paragraphs, a poster's placeholder, the same paragraphs again: the first line is
    # no summary of the text (the line after it comes again too)
    text = [*PARAGRAPHS[:2], PARAGRAPHS[2] + " 内容举报"]  # (a button glued to the last: no sentence's end)
    page = [*text, "- 海报", *text]
    assert body_text(clean_text("\n".join(page) + "\n"))[0] == PARAGRAPHS[0]
