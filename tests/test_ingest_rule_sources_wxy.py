"""Sources read on the tune pages of rounds w, x and y (branch `srcy`), each shape written as made-up
lines with negatives beside them: a paper's issue line without brackets (`《江城教育报》2022年03月30日第16版`)
or a magazine's month (`《江城商讯》2020年11月特刊 | 进进出出`) names the publication, as the bracketed
form did; the words before 记者 that say what kind of reporter (`全媒记者`, `融媒体中心记者`) name no
publisher; a picture's credit (`图片源于:X`) names who supplied the picture; a value with no letter in
it (`来源:•`) and a comment's vote beside its day (`推荐`) name no one; an outlet's reporter at work
anywhere in the text (`江城新闻记者采访了…`) names it, as the publication interviewing does; an organisation
alone in the author's field gives way to the lead's report; a lead marked by the kind of paper alone
(`晨报讯`) names the paper the page prints in full (`江城晨报`); an ad's clauses in a source field (a long
value, a comma between Han words, not a list of publishers) name no one."""
from __future__ import annotations

import pytest

from digest.ingest.credits import CREDITED, paper_issue
from digest.ingest.datelines import fuller_name
from digest.ingest.info_lines import parse_info_line
from digest.ingest.interviewers import interviewer
from digest.ingest.model import Line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text


@pytest.mark.parametrize(("line", "paper", "day"), [
    ("《江城教育报》2022年03月30日第16版", "江城教育报", "2022-03-30"),
    ("《江城日报》 2024年5月13日 第 A04 版", "江城日报", "2024-05-13"),
    ("《江城日报》（2024年05月13日 第04版）", "江城日报", "2024-05-13"),
    ("《江城商讯》2020年11月特刊 | 进进出出", "江城商讯", None),
    ("《江城画报》2021年3月号", "江城画报", None),
])
def test_a_papers_issue_line_names_the_paper_and_its_day(line, paper, day):
    fields = paper_issue(line)
    assert fields is not None and ("source", paper) in fields
    assert [value for kind, value in fields if kind == "date"] == ([day] if day else [])


@pytest.mark.parametrize("line", ["《江城日报》2024年05月13日", "《红楼梦》2024年5月", "江城日报2024年05月13日第16版",
                                  "《江城日报》2024年05月13日第16版称,江北新区成立", "《江城商讯》2020年11月"])
def test_a_title_and_a_day_alone_or_a_sentence_is_no_issue_line(line):
    assert paper_issue(line) is None


def test_the_issue_line_under_the_text_is_the_publisher_and_furniture():
    line = "《江城教育报》2022年03月30日第16版"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert article.source == "江城教育报" and article.date.value.startswith("2022-03-30") and line not in article.body


@pytest.mark.parametrize("line", ["全媒记者 张小明", "融媒体中心记者:张小明", "全媒体记者 张小明", "融媒记者 张小明"])
def test_a_reporters_rank_before_the_name_names_no_publisher(line):
    fields = parse_info_line(line) or []
    assert ("author", "张小明") in fields and all(kind not in (CREDITED, "source") for kind, _ in fields)
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source == "" and article.author == "张小明" and line not in article.body


@pytest.mark.parametrize(("line", "org"), [("江城晚报记者 张小明", "江城晚报"), ("每经记者 张小明", "每经")])
def test_a_publishers_reporter_still_names_it(line, org):
    assert (CREDITED, org) in (parse_info_line(line) or [])


@pytest.mark.parametrize("line", ["图片源于:江城水运网", "图片源自：江城水运网"])
def test_a_pictures_credit_names_no_publisher(line):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:1], line, *PARAGRAPHS[1:]]))
    assert article.source == ""


@pytest.mark.parametrize("stamp", ["• 来源:• 发布时间: 2025-03-05", "2024-11-07 01:05:40 推荐", "2024-11-07 01:05:40 不推荐"])
def test_a_mark_or_a_vote_where_a_name_should_be_names_no_one(stamp):
    article = clean_text("\n".join([TITLE, stamp, *PARAGRAPHS]))
    assert article.source == ""


def test_a_name_beside_its_day_is_still_read():
    article = clean_text("\n".join([TITLE, "2024-11-07 01:05:40 江城晚报", *PARAGRAPHS]))
    assert article.source == "江城晚报"


@pytest.mark.parametrize(("text", "org"), [
    ("一年将尽,业内人士怎么看?江城新闻记者采访了四位不同背景的从业者。", "江城新闻"),
    ("江城晚报记者走访发现,多家药店已经恢复供应。", "江城晚报"),
    ("一年將盡,業內人士怎麼看?江城新聞記者採訪了四位從業者。", "江城新聞"),
])
def test_an_outlets_reporter_at_work_anywhere_in_the_text_names_it(text, org):
    found = interviewer([Line(1, "业内人士谈衰退"), Line(2, "前面的一段话没有提到任何人。"), Line(3, text)])
    assert found is not None and found.value == org


@pytest.mark.parametrize("text", [
    "据江城新闻记者了解到,多家药店已经恢复供应。",
    "当地电视台记者采访了几位居民。",
    "江城晚报记者走访发现,药店恢复供应;江北日报记者了解到,价格没有变化。",  # (two outlets: no one of them)
    "记者走访发现,多家药店已经恢复供应。",
])
def test_hearsay_a_local_station_two_outlets_or_an_unnamed_reporter_name_no_one(text):
    assert interviewer([Line(1, "业内人士谈衰退"), Line(2, text)]) is None


def test_the_reporter_at_work_names_the_publisher_of_a_page_that_names_no_other():
    text = "一年将尽,业内人士怎么看?江城新闻记者采访了四位不同背景的从业者。"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, text]))
    assert article.source == "江城新闻"


@pytest.mark.parametrize("field", [["作者：江城传媒"], ["作者:", "江城传媒"]])
def test_an_organisation_alone_in_the_authors_field_gives_way_to_the_leads_report(field):
    # (a forum's print view: the poster's account in the author's field, the report it copies in the lead)
    lead = "据江北日报报道,今年首三季江城的旅游收益已经超过去年全年总收入,增长主要来自周边城市的游客。"
    article = clean_text("\n".join([TITLE, *field, "时间:2007-10-20 11:41", lead, *PARAGRAPHS]))
    assert article.source == "江北日报"


def test_an_organisation_in_the_authors_field_still_names_a_page_whose_lead_names_none():
    article = clean_text("\n".join([TITLE, "作者：江城传媒", "时间:2007-10-20 11:41", *PARAGRAPHS]))
    assert article.source == "江城传媒"


@pytest.mark.parametrize(("texts", "name"), [
    (["晨报讯(张小明 江城晨报、X视频首席记者李四) 4月22日上午,市民来到公安分局。"], "江城晨报"),
    (["晚报讯 市民来到公安分局。", "《江北晚报》记者 张小明"], "江北晚报"),
    (["晨报讯 市民来到公安分局,江城晨报与江北晨报都报道了此事。"], "晨报"),  # (two full names: neither)
    (["晨报讯 市民来到公安分局。"], "晨报"),
    (["晨报讯 市民在江城晨报社门口排队。"], "晨报"),  # (inside a word: `晨报社门口`)
])
def test_a_lead_marked_by_the_kind_of_paper_names_the_paper_the_page_prints_in_full(texts, name):
    assert fuller_name("晨报" if texts[0].startswith("晨") else "晚报", texts) == name


def test_a_full_name_is_never_changed():
    assert fuller_name("新京报", ["北京新京报记者 张三"]) == "新京报"


def test_the_leads_short_mark_is_completed_in_the_article():
    lead = "晨报讯(张小明 江城晨报、X视频首席记者李四) 4月22日上午,市民董先生专程来到公安分局,将锦旗送到民警手中。"
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]))
    assert article.source == "江城晨报"


def test_an_ads_clauses_in_the_source_field_name_no_one_and_the_line_is_still_furniture():
    stamp = "来源:江城彩灯-浩瀚彩灯热诚为你设计彩灯,仿真 作者:不详"
    article = clean_text("\n".join([TITLE, stamp, *PARAGRAPHS]))
    assert article.source == "" and stamp not in article.body


@pytest.mark.parametrize(("stamp", "org"), [("来源:江城日报,江北晚报", "江城日报"), ("来源:Reuters,AP", "Reuters")])
def test_a_source_field_without_clauses_is_still_read(stamp, org):
    assert clean_text("\n".join([TITLE, stamp, *PARAGRAPHS])).source.startswith(org)


def test_a_long_list_of_publishers_is_no_ads_clauses():
    article = clean_text("\n".join([TITLE, "来源:江城日报,江北晚报,江南都市报,江东网", *PARAGRAPHS]))
    assert article.source.startswith("江城日报")
