"""Sources read on round t's tune pages (branch `head15`), each shape written as made-up lines: the
publication spoken to named as a paper and its site joined by a dot (`告诉X报·X网记者`); the title a
text was reprinted from, a notice after it (`（本文转载自合作伙伴《X》，未经授权，不得转载）`)."""
from __future__ import annotations

import pytest

from digest.ingest.chinese import for_matching
from digest.ingest.credits import CREDITED
from digest.ingest.info_lines import parse_info_line
from digest.ingest.interviewers import interviewer
from digest.ingest.model import Line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(("text", "org"), [
    ("今年51岁的王老师在这所小学任教。他告诉江城报·江城网记者,当年学校有500多名学生。", "江城报·江城网"),
    ("他告诉江城日报记者,当年学校有500多名学生。", "江城日报"),
])
def test_a_paper_and_its_site_joined_by_a_dot_are_the_publication_spoken_to(text, org):
    found = interviewer(_lines("小学的变迁", text))
    assert found is not None and found.value == org


def test_a_dot_between_a_paper_and_a_person_joins_no_name():
    # (`告诉X报·张三`: no reporter after it, so nobody was told as a publication's reporter)
    assert interviewer(_lines("小学的变迁", "他告诉江城报·张三,当年学校有500多名学生。")) is None


@pytest.mark.parametrize(("line", "org"), [
    ("（本文转载自合作伙伴《江城日报》，未经授权，不得转载）", "江城日报"),
    ("(本文轉載自合作夥伴《江城日報》,未經授權,不得轉載)", "江城日報"),
    ("本文转自《江城日报》。", "江城日报"),
])
def test_the_title_a_text_was_reprinted_from_names_it_whatever_notice_follows(line, org):
    assert parse_info_line(line) == [(CREDITED, org)]
    article = clean_text("\n".join([TITLE, "据环球社报道,江城将投资逾五千亿元建立新工厂,以满足不断增长的芯片需求。", *PARAGRAPHS, line]))
    assert for_matching(article.source) == for_matching(org)  # (the reprint's original over the report it cites)


def test_a_notice_without_the_title_reprinted_from_names_no_one():
    assert parse_info_line("本文来自江城网，未经授权，不得转载") is None  # (the host's own notice)


def test_a_sites_name_under_the_texts_last_paragraph_gives_way_to_the_leads_dateline():
    text = ("新华网昆明6月28日电 据江城县委宣传部通报,6月28日15时50分,江城县一个村民小组发生山体滑坡,"
            "据群众反映,滑坡体上有4人正在采集中草药,现已失去联系,滑坡导致公路中断。")
    article = clean_text("\n".join([text, "环球资讯网", "Copyright © 2014-2024 example.com. All Rights Reserved.", "环球网"]))
    assert article.source == "新华网"


def test_a_sites_name_under_the_text_still_names_it_when_nothing_else_does():
    text = ("据江城县委宣传部通报,6月28日15时50分,江城县一个村民小组发生山体滑坡,"
            "据群众反映,滑坡体上有4人正在采集中草药,现已失去联系,滑坡导致公路中断。")
    article = clean_text("\n".join([text, "环球资讯网", "Copyright © 2014-2024 example.com. All Rights Reserved.", "环球网"]))
    assert article.source == "环球资讯网"


def test_a_labelled_source_naming_the_host_and_its_channel_is_the_hosts_own():
    # (the breadcrumb's home link names the site; the caption's sign-off names the picture's publisher)
    page = ["江城号首页 > 首页头条 > 图片新闻", TITLE, "2024-03-25 10:14:59  来源:江城号-图片新闻",
            "2024年3月23日,江城区南城街道巡河队正在对南官河进行常态化保洁作业。近年来,江城区坚持党建引领治水护水,"
            "建立区、乡、村三级河长责任体系。张三摄(环球图片网)", *PARAGRAPHS[:1]]
    assert clean_text("\n".join(page)).source == "环球图片网"


def test_a_labelled_source_naming_another_site_and_a_channel_stays():
    page = ["江城号首页 > 首页头条 > 图片新闻", TITLE, "2024-03-25 10:14:59  来源:环球网-图片新闻", *PARAGRAPHS]
    assert clean_text("\n".join(page)).source == "环球网-图片新闻"
