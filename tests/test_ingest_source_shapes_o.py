"""Shapes of a stated publisher and a stated date that round `o` of the real pages showed the rules
missing or misreading, each written as made-up lines of its shape (input -> what is read), with a
negative beside it where the shape could be read too widely."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from digest.ingest.menus import breadcrumb_root
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, raw_article


@pytest.mark.parametrize("line, fields", [
    ("发布者:管理员  点击次数:2537  时间:2016-11-24", [("date", "2016-11-24")]),  # the label, then a placeholder
    ("2019-7-11 08:33| 发布者: admin| 评论: 0", [("date", "2019-07-11T08:33:00")]),
    ("发布者:江城日报  时间:2016-11-24", [("date", "2016-11-24"), ("source", "江城日报")]),  # its value still read
    ("上传者：管理员 2024-05-13 10:30", [("date", "2024-05-13T10:30:00")]),
    ("2019年11月25日 18:57　参考消息", [("date", "2019-11-25T18:57:00"), ("credited source", "参考消息")]),  # a bare name stays one
])
def test_a_word_before_a_colon_is_a_label_not_a_name(line, fields):
    assert parse_info_line(line) == fields


def test_a_poster_placeholder_beside_the_date_names_no_one():
    assert clean_text(raw_article(head=["发布人:管理员  浏览:120  时间:2016-11-24"])).source == ""


@pytest.mark.parametrize("line, org", [
    ("本文转自【江城晚报】;", "江城晚报"),  # the note's stop is no part of the name
    ("本文转自江城晚报。", "江城晚报"),
    ("文章轉自“城市週刊”；", "城市週刊"),
])
def test_a_repost_note_with_its_stop(line, org):
    assert parse_info_line(line) == [("credited source", org)]


@pytest.mark.parametrize("note, source", [
    ("本文转自【江城晚报】;", "江城晚报"),  # the original, over the aggregator the site's 来源 names
    ("本文转载自江城晚报", "江城晚报"),
    ("本文转自网络。", "某某资讯"),  # a note that names no one leaves the labelled source
])
def test_a_repost_note_outranks_the_hosts_label(note, source):
    page = raw_article(head=["2023-08-22 09:53:00    来源:某某资讯", note])
    assert clean_text(page).source == source


@pytest.mark.parametrize("line, fields", [
    ("2020年09月19日 06:40   來源:中國經濟網—《經濟日報》", [("date", "2020-09-19T06:40:00"), ("source", "經濟日報")]),
    ("(来源:城市网-《江城日报》)", [("source", "江城日报")]),  # the paper a site reprints, its marks kept to the end
    ("【来源：江城网】", [("source", "江城网")]),  # brackets around the whole line still go
    ("来源:城市网-江城日报", [("source", "城市网-江城日报")]),
])
def test_a_papers_title_marks_at_the_end_of_a_source(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("credit, source", [
    ("（城关镇人大 李子明）", "城关镇人大"),  # a township's congress and its writer sign the text off
    ("(某某县 农场党群办 王晓明)", "某某县 农场党群办"),
    ("（江城市统计局 张华、刘明）", "江城市统计局"),
    ("（通讯员 张华）", ""),  # a writer alone names no publisher
    ("（某某县政府 供图）", ""),  # a picture's credit: no person signs
    ("（张华 刘明）", ""),
])
def test_a_government_body_signing_off_the_text(credit, source):
    last = PARAGRAPHS[-1] + credit
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], last])).source == source


def test_a_government_sign_off_on_a_line_of_its_own():
    page = raw_article(tail=["（城关镇人大 李子明）", "关注我们的官方微信", "二维码"])
    assert clean_text(page).source == "城关镇人大"


@pytest.mark.parametrize("line, fields", [
    ("来自: 昵称1SuYdtHT > 《某某图书馆》", [("label", "")]),  # a platform's default name for a user
    ("来源:用户7f3a9c 2024-05-13", [("date", "2024-05-13")]),
    ("来源:James5291 2024-05-13", [("date", "2024-05-13")]),  # a handle beside the day, as without it
    ("来源:网友abc123", [("label", "")]),
    ("来源:用户体验网 2024-05-13", [("source", "用户体验网"), ("date", "2024-05-13")]),  # a name that starts so
])
def test_a_users_default_handle_names_no_publisher(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, root", [
    ("江城网 > 社会 > 正文", "江城网"),
    ("您所在的位置: 江城新闻网 > 国内> 时政 > 正文", "江城新闻网"),
    ("江城网首页 > 热点 > 正文", "江城网"),
    ("首页 > 金融 > 正文", None),  # no name: the home word
    ("江城网 社会新闻 正文", None),  # no breadcrumb
])
def test_the_site_a_breadcrumb_starts_from(line, root):
    assert breadcrumb_root(line) == root


@pytest.mark.parametrize("crumb, info, source", [
    ("江城网 > 社会 > 正文", "2024-06-27 10:06 来源:江城网 点击:", ""),  # the host names itself
    ("江城网 > 社会 > 正文", "2024-06-27 10:06 来源:城市日报 点击:", "城市日报"),
    ("首页 > 社会 > 正文", "2024-06-27 10:06 来源:江城网 点击:", "江城网"),
])
def test_a_source_that_is_the_sites_own_name(crumb, info, source):
    page = raw_article(head=[info]).replace(TITLE, f"{crumb}\n{TITLE}", 1)
    assert clean_text(page).source == source


@pytest.mark.parametrize("head, day", [
    (["2023-01-31", "更新时间:2022-07-02 21:40:20作者:未知"], "2022-07-02T21:40:20"),  # a bare day says less than a label
    (["发布时间:2024-05-13 10:30", "更新时间:2024-06-01 09:00"], "2024-05-13T10:30:00"),  # the publication's, over its update
    (["日期:2024-05-13", "更新时间:2024-06-01 09:00"], "2024-05-13"),
])
def test_a_pages_update_stamp_beside_a_bare_day(head, day):
    assert clean_text(raw_article(head=head)).date.value == day


# A battery of label forms in Traditional (Taiwan, Hong Kong) and mainland layouts, made up, none from a page
@pytest.mark.parametrize("line, fields", [
    ("消息來源：明報", [("source", "明報")]),
    ("轉貼自：東森新聞", [("source", "東森新聞")]),  # a repost's label, not a writer named 轉貼自
    ("轉錄自：風傳媒", [("source", "風傳媒")]),
    ("转载来源：江城日报", [("source", "江城日报")]),
    ("◎來源：中國時報", [("source", "中國時報")]),  # a bullet before the label
    ("※来源：江城日报", [("source", "江城日报")]),
    ("作者：王小明／聯合報", [("credited source", "聯合報"), ("author", "王小明")]),  # the writer, then the paper
    ("作者:张三/李四", [("author", "张三/李四")]),  # two writers
    ("選自：江城日報", [("source", "江城日報")]),  # (a source label as 摘自, 原载 are: the twentieth session)
    ("引自：江城日报", [("credited source", "江城日报")]),
    ("引述自：中央社", [("credited source", "中央社")]),
])
def test_label_forms_of_a_source(line, fields):
    assert parse_info_line(line) == fields


# A battery of leads in Traditional (Taiwan, Hong Kong) and mainland layouts, made up, none from a page
_LEAD = "今天上午，行政院召開記者會，說明最新的防疫措施與相關配套方案，各界高度關注。"


@pytest.mark.parametrize("mark, source", [
    ("（聯合報／記者王小明／台北報導）", "聯合報"),  # the paper's credit in brackets opening the lead
    ("（中央社／綜合報導）", "中央社"),
    ("（星島日報報道）", "星島日報"),
    ("大紀元記者王小明台北報導", "大紀元"),  # a publisher's reporter filing from a place, no day
    ("美國之音記者王小明華盛頓報導", "美國之音"),
    ("鉅亨網記者王小明 台北", "鉅亨網"),  # a publisher and its reporter, the name glued to 記者
    ("鉅亨網編譯王小明／綜合外電", "鉅亨網"),
    ("据新华社记者张三报道，", "新华社"),  # the agency, not its reporter's name
    ("本報記者王小明台北報導", ""),  # the host's own, unnamed
    ("（記者王小明／綜合報導）", ""),
    ("首席记者王小明报道", ""),  # a rank, no publisher
    ("一位记者王小明报道", ""),
    ("北京记者张三报道", ""),  # where the reporter is, not whose
    ("（台北報導）", ""),
    ("（综合报道）", ""),
])
def test_a_leads_credit_names_its_publisher(mark, source):
    assert clean_text(raw_article(paragraphs=[mark + _LEAD, *PARAGRAPHS[1:]])).source == source


# A battery of credits ending the text, made up, none from a page
@pytest.mark.parametrize("credit, source", [
    ("（本文轉載自風傳媒）", "風傳媒"),  # where the text was taken from, in the sign-off's brackets
    ("（本文原刊於天下雜誌）", "天下雜誌"),  # the magazine, not the whole phrase
    ("（轉載自《遠見雜誌》）", "遠見雜誌"),
    ("（編輯：王小明）", ""),
])
def test_a_sign_off_says_where_the_text_first_appeared(credit, source):
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], PARAGRAPHS[-1] + credit])).source == source


@pytest.mark.parametrize("line, fields", [
    ("原文刊載於天下雜誌", [("credited source", "天下雜誌")]),
    ("本文由江城日报授权转载", [("credited source", "江城日报")]),  # who let the host print it
    ("江城日报授权转载", [("credited source", "江城日报")]),
    ("经“江城发布”授权转载，转载请联系原作者", [("credited source", "江城发布")]),
    ("本文经作者授权转载", None),  # a writer's leave names no publisher
    ("本文由张三授权发布", None),
    ("已获授权", None),
])
def test_an_authorised_reprint_names_who_authorised_it(line, fields):
    assert parse_info_line(line) == fields


def test_a_lead_with_no_full_stop_above_the_first_paragraph():
    # a lead cut like a teaser (`…的步伐……`) is no paragraph by its stops: read as the lead all the same
    lead = "东风网城关2月19日消息(记者 张三)春节假期，趁着大好春光，游客纷纷迈开前往乡村的步伐，人们在这里尽情呼吸山林间的清新空气……"
    head = ["范文大全,分享全网优秀范文", "范文大全 > " + TITLE, "时间:2020-05-06 22:44:19", TITLE]
    paragraphs = [lead, *(first + second for first, second in zip(PARAGRAPHS, PARAGRAPHS[1:]))]  # (paragraphs of a page's length)
    assert clean_text(raw_article(head=head, paragraphs=paragraphs)).source == "东风网"


@pytest.mark.parametrize("credit, text, source", [
    ("(中青報·中青網記者 王小明)", "《中國青年報》記者奔赴各地", "中國青年報"),  # the short name, expanded by the text's
    ("（北青报·北青网记者 张三）", "今日出版的《北京青年报》刊发评论", "北京青年报"),
    ("（中青报记者 张三）", "站长说他每天都读《人民日报》", "中青报"),  # another paper the text names: the short name stays
    ("（记者 张三）", "《中国青年报》记者奔赴各地", ""),  # no short name to expand
])
def test_a_papers_own_report_named_by_its_short_name(credit, text, source):
    lead = "本報廣州1月14日電" + credit + "春运首日，车站客流平稳有序，志愿者在站前广场为旅客提供热水和指引服务。"
    page = raw_article(paragraphs=[text + "，记录春运首日的温暖瞬间。", lead, *PARAGRAPHS[1:]])
    assert clean_text(page).source == source


@pytest.mark.parametrize("line, day", [
    ("時間：2024年5月13日(一) 15:30", "2024-05-13T15:30:00"),  # the weekday alone in brackets, between day and time
    ("時間：2024/05/13（一）15:30", "2024-05-13T15:30:00"),
    ("日期：2024年5月13日（日）", "2024-05-13"),
])
def test_a_weekday_in_brackets_between_the_day_and_its_time(line, day):
    assert parse_info_line(line) == [("date", day)]
