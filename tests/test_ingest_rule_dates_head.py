"""Stated dates the page prints in its head without a label (branch `datey`), each shape as made-up
lines: a date with its time in the first line under the headline, spaced or glued to what follows
and with its seconds (`2021 年 3 月 4 日05:06:07某某评论…`), or with the time before the day inside
a run-in line (`… 08:15 2021/03/04 某某报 …`)."""
from __future__ import annotations

from datetime import date

import pytest

from digest.ingest.dates import _timed_date
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
