"""Shapes of a stated publisher and a stated date that round `n` of the real pages showed the rules
missing, each written as made-up lines of its shape (input -> what is read), with a negative
beside it where the shape could be read too widely."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, clean_text, raw_article


@pytest.mark.parametrize("tail", [["汽車相關新聞"], ["房地产相关新闻"], ["教育其他新闻"]])
def test_a_topics_related_list_header_names_no_publisher(tail):
    assert clean_text(raw_article(tail=tail)).source == ""


@pytest.mark.parametrize("line, fields", [
    ("文|城市周刊记者 王晓明", [("credited source", "城市周刊"), ("author", "王晓明")]),  # the paper, not its 记者
    ("文 | 江南晚报首席记者 李华", [("credited source", "江南晚报"), ("author", "李华")]),
    ("文|本报记者 王晓明", [("author", "王晓明")]),  # the host's own: no publisher named (the writer, not his rank)
])
def test_a_writers_credit_with_the_papers_reporter(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("value", ["原创/投稿/转载", "原創／投稿／轉載", "网络/转载"])
def test_a_templates_list_of_choices_names_no_publisher(value):
    assert ("source", value) not in (parse_info_line(f"时间:2024-05-13 来源:{value} 作者:管理员") or [])


def test_the_lead_names_the_publisher_under_a_templates_choices():
    lead = "江城网消息(晚间新闻):连日来，全市多家博物馆创新展陈方式，灵活调整开放时间，满足公众参观需求。"
    page = raw_article(head=["时间:2024-05-13 来源:原创/投稿/转载 作者:管理员"], paragraphs=[lead, *PARAGRAPHS[1:]])
    assert clean_text(page).source == "江城网"


@pytest.mark.parametrize("line, org", [
    ("本文最初发表于 Data Science Weekly ,经原作者授权,由某某中文站翻译并分享。", "Data Science Weekly"),
    ("本文最初發表於《城市週刊》，經授權轉載。", "城市週刊"),
    ("文章最早刊登于江城晚报", "江城晚报"),
])
def test_where_an_article_first_appeared(line, org):
    assert parse_info_line(line) == [("credited source", org)]


def test_a_first_appearance_needs_a_name():
    assert parse_info_line("本文最初发表于2024年5月") is None


@pytest.mark.parametrize("credit, source", [
    ("（出处:城市科学报 本报记者 王晓明/摄 李华/文）", "城市科学报"),  # a labelled 出处 run into the caption
    ("(出處:江南日報)", "江南日報"),
    ("（图片出处:某某图库）", ""),  # a picture's credit
])
def test_a_labelled_origin_at_the_end_of_the_text(credit, source):
    last = PARAGRAPHS[-1] + " 图为活动现场。 " + credit
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], last])).source == source


@pytest.mark.parametrize("lead, source", [
    ("《城市科技日报》27日讯，今日，在第二届低空经济论坛春季会上，联盟理事长发表公开演讲表示将加快发展。", "城市科技日报"),
    ("《江南商報》5月3日訊，今日，本市舉行新聞發布會，介紹一季度經濟運行情況，多項指標好於預期。", "江南商報"),
])
def test_a_dateline_with_the_publication_in_title_marks(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS[1:]])).source == source


def test_a_publishers_reporters_after_a_bullet_opening_the_lead():
    page = raw_article(head=["2025-08-03 06:15:35", "□江城新闻记者 王晓明/文 李华/图"])
    assert clean_text(page).source == "江城新闻"


@pytest.mark.parametrize("line, day", [
    ("user_01 發表於 22/8/2008 07:51:39 | 顯示全部樓層 |閱讀模式 IP:- 香港", "2008-08-22T07:51:39"),  # a forum's buttons in Traditional
    ("张三 发表于 2024-5-13 10:30 IP属地:广东", "2024-05-13T10:30:00"),  # where the poster was
])
def test_a_forum_posts_date_beside_its_buttons(line, day):
    assert parse_info_line(line) == [("date", day)]


@pytest.mark.parametrize("line, fields", [
    ("當前報章2024年12月24日", [("date", "2024-12-24")]),  # an e-paper's issue, the day glued to its label
    ("本期报纸：2024年12月24日", [("date", "2024-12-24")]),
    ("当地时间2018年12月9日，某市遭暴雨袭击，道路被洪水淹没。", None),  # a sentence, not a label
])
def test_an_issues_label_before_its_day(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, fields", [
    ("（总台央视记者 张三）", [("credited source", "总台央视"), ("author", "张三")]),  # the words before 记者 are the name
    ("(總臺央視記者 張三)", [("credited source", "總臺央視"), ("author", "張三")]),
    ("江城日报社会部记者 张三", [("credited source", "江城日报"), ("author", "张三")]),  # a desk, not the name
    ("江城晚报/凤网通讯员 李四", [("credited source", "江城晚报"), ("author", "李四")]),  # a second outlet
])
def test_a_publishers_whole_name_before_its_reporter(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, fields", [
    ("某某县政府新闻稿 113/12/26 行政处新闻科王五", [("credited source", "某某县政府")]),  # the issuer's press release
    ("某某市卫生健康局新聞稿", [("credited source", "某某市卫生健康局")]),
    ("市政府新闻稿指出，今年全市经济运行平稳", None),  # a sentence that cites one
])
def test_an_issuers_press_release_line(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, fields", [
    ("中華民國113年05月13日 下午 3:45", [("date", "2024-05-13T15:45:00")]),  # the era's whole name: no 中華 as a publisher
    ("發布日期：中华民国 113 年 5 月 13 日", [("date", "2024-05-13")]),
])
def test_the_republics_whole_name_before_its_year(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, fields", [
    ("文／張三（自由時報記者）", [("credited source", "自由時報"), ("author", "張三")]),  # the writer, then whose reporter
    ("作者：李四（新华社记者）", [("credited source", "新华社"), ("author", "李四")]),
    ("文／王五", [("author", "王五")]),
])
def test_a_writer_with_the_paper_in_brackets(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("sign_off, source", [("(江城财经)", "江城财经"), ("（某某财经）", "某某财经"), ("(完)", ""), ("(某某社国际)", "某某社国际")])
def test_a_financial_publishers_sign_off_glued_to_the_text(sign_off, source):
    last = PARAGRAPHS[-1] + sign_off
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], last])).source == source


@pytest.mark.parametrize("lead, source", [
    ("路透台北13日電，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定，市民反應不一。", ""),  # not 路透台
    ("東森電視台台北13日電，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", "東森電視台"),
    ("中央社台北13日電，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", "中央社"),
])
def test_the_place_after_a_dateline_keeps_its_tai(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS[1:]])).source == source


@pytest.mark.parametrize("lead, source", [
    ("（江城報記者張三／台北報導）政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", "江城報"),  # where it was filed, after a slash
    ("（記者張三／台北報導）政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", ""),
])
def test_a_reporters_credit_filed_from_a_place_after_a_slash(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS[1:]])).source == source


@pytest.mark.parametrize("lead, source", [
    ("《江城早報》訊，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", "江城早報"),  # the paper's mark in title marks
    ("某某週刊報導，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", "某某週刊"),  # a weekly's report
    ("《某某》讯，政府今日公布新一輪防疫措施，包括放寬入境檢疫及社交距離規定。", ""),
])
def test_a_papers_mark_in_title_marks_and_a_weeklys_report(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS[1:]])).source == source


@pytest.mark.parametrize("line, fields", [
    ("江城晚报·江城视频记者 张三", [("credited source", "江城晚报"), ("author", "张三")]),  # the paper, then its app
    ("某某日报·某某在线记者 李四", [("credited source", "某某日报"), ("author", "李四")]),
])
def test_a_papers_reporter_credited_with_its_app(line, fields):
    assert parse_info_line(line) == fields
