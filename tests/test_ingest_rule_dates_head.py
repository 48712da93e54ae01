"""Stated dates the page prints in its head without a label (branch `datey`), each shape as made-up
lines: a date with its time in the first line under the headline, spaced or glued to what follows
and with its seconds (`2021 年 3 月 4 日05:06:07某某评论…`), or with the time before the day inside
a run-in line (`… 08:15 2021/03/04 某某报 …`); a day alone at an edge of a head line (`…通车5 Mar 2021`,
`2021年3月5号 晴 …`, `当地时间2021-03-05,…`)."""
from __future__ import annotations

from datetime import date

import pytest

from digest.ingest.dates import _edge_day, _timed_date, normalize_date_forms
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

_SAVED = date(2026, 1, 1)


@pytest.mark.parametrize(("line", "value"), [
    ("2021 年 3 月 4 日05:06:07园艺评论12 views阅读3分钟", "2021-03-04T05:06:07"),
    ("2021年3月4日 05:06 某某网", "2021-03-04T05:06:00"),
    ("江城新建大桥 今日通车 08:15 2021/03/04 江城日报 记者王明", "2021-03-04T08:15:00"),
])
def test_a_date_and_its_time_in_the_first_lines_is_stated(line, value):
    guess = _timed_date((line,), _SAVED)
    assert guess is not None and guess.value == value and guess.confidence == "stated"


@pytest.mark.parametrize("line", [
    "08:15 2021/03/04 10:20 江城日报",  # (the day's own time after it: no time before the day)
    "江城新建大桥,08:15 2021/03/04 江城日报",  # (after a clause of text: the text's, not the page's stamp)
    "2031年3月4日 05:06 某某网",  # (after the page was saved: never a future date)
])
def test_no_stamp_from_a_later_clause_or_a_future_day(line):
    guess = _timed_date((line,), _SAVED)
    assert guess is None or guess.value != "2021-03-04T08:15:00"


def test_a_spaced_date_with_its_seconds_under_the_headline_dates_the_page():
    article = clean_text("\n".join([TITLE, "2021 年 3 月 4 日05:06:07园艺评论12 views阅读3分钟", "", *PARAGRAPHS]))
    assert article.date.value == "2021-03-04T05:06:07" and article.date.confidence == "stated"


@pytest.mark.parametrize(("line", "value"), [
    ("江城新建大桥今日通车5 Mar 2021", "2021-03-05"),  # (glued after the headline, in English)
    ("江城新建大桥今日通车 2021-03-05", "2021-03-05"),
    ("2021年3月5号 晴 读书笔记第3篇", "2021-03-05"),  # (a diary's heading, 号 for 日)
    ("当地时间2021-03-05,江城新建大桥", "2021-03-05"),  # (after a stamp's label)
])
def test_a_day_at_the_edge_of_a_head_line_is_stated(line, value):
    guess = _edge_day((line,), _SAVED)
    assert guess is not None and guess.value == value and guess.confidence == "stated"


@pytest.mark.parametrize("line", [
    "2021年3月5日起施行新规",  # (the day a text reports, opening its clause)
    "2021年3月5日,江城新建大桥通车",
    "2021-03-05",  # (a day alone: the bare date line's rules read it)
    "江城新建大桥 2021-03-05 至 2021-03-09",  # (two days: a span, no stamp)
    "江城新建大桥今日通车 2031-03-05",  # (after the page was saved)
])
def test_no_edge_day_from_a_clause_a_span_or_a_future_day(line):
    assert _edge_day((line,), _SAVED) is None


def test_a_day_glued_after_a_headline_removed_above_the_text_dates_the_page():
    article = clean_text("\n".join(["新闻中心", "", TITLE + "5 Mar 2021", "", *PARAGRAPHS]))
    assert article.date.value == "2021-03-05" and article.date.confidence == "stated"


def test_hao_for_the_day_after_a_full_year_and_month():
    assert normalize_date_forms("2018年5月1号 阴") == "2018年5月1日 阴"
    assert normalize_date_forms("5月1号出发") == "5月1号出发"  # (no year: left as it was)


@pytest.mark.parametrize("cells", [("2021-03-05", "10:20"), ("2021年3月5日", "10:20:11"), ("10:20", "2021/03/05")])
def test_a_day_and_its_time_in_cells_one_under_the_other_are_one_stamp(cells):
    article = clean_text("\n".join([TITLE, *cells, "来源：江城日报", "", *PARAGRAPHS]))
    assert article.date.value.startswith("2021-03-05T10:20") and article.date.confidence == "stated"
    assert not any(cell in article.body for cell in cells)  # (the time cell no longer left in the text)


def test_a_time_alone_under_a_paragraph_is_not_joined_to_a_day_in_the_text():
    article = clean_text("\n".join([TITLE, "", *PARAGRAPHS[:3], "10:20", *PARAGRAPHS[3:]]))
    assert "T10:20" not in article.date.value


def test_a_low_guess_reads_the_forms_a_stated_date_is_read_in():
    text = "江城机场扩建工程的第一期已于15 Mar 2019完工,第二期工程预计在明年下半年竣工,届时旅客量将翻一番。"
    article = clean_text("\n".join([TITLE, "", text, *PARAGRAPHS]))
    assert article.date.value == "2019-03-15" and article.date.confidence == "low"


def test_with_no_day_in_the_text_the_one_day_the_head_names_is_the_guess():
    article = clean_text("\n".join([TITLE + "(2021年3月5日-3月9日)", "", *PARAGRAPHS]))
    assert article.date.value == "2021-03-05" and article.date.confidence == "low"
    two = clean_text("\n".join([TITLE + "(2021年3月5日-2021年3月9日)", "", *PARAGRAPHS]))
    assert two.date.confidence == "none"  # (two days: no one day to take)
