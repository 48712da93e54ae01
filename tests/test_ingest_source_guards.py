"""A source that names no publisher is passed over whatever reading found it (`网络整理` beside a
date, `本版摄影` over a page's photographers), and dates stated in two shapes the rules dropped: an
English label in capitals with `on` before the day, and a labelled source followed by its writer,
the day and a view count. Made-up lines of each shape (issue 13, branch `src13e`)."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import clean_text, raw_article


@pytest.mark.parametrize("head", [
    ["网络整理 2020-04-26 03:04"],  # a placeholder beside the date
    ["■ 本版摄影 记者 王晓明 李华"],  # this page's photographers
])
def test_a_credit_that_names_no_one_gives_no_source(head):
    article = clean_text(raw_article(head=head))
    assert article.source == ""


def test_a_credit_that_names_no_one_leaves_the_next_reading():
    article = clean_text(raw_article(head=["网络整理 2020-04-26 03:04", "来源：新京报"]))
    assert article.source == "新京报"


@pytest.mark.parametrize("line, day", [
    ("POSTED ON 18 Dec 2017", "2017-12-18"),
    ("Published on 3 March 2021", "2021-03-03"),
])
def test_an_english_date_label_in_any_case(line, day):
    assert parse_info_line(line) == [("date", day)]
    assert clean_text(raw_article(head=[line])).date.value == day


def test_a_source_its_writer_the_day_and_a_view_count_on_one_line():
    fields = parse_info_line("来源:中国电动车网  宋子奎  2016-2-25  浏览16685次")
    assert fields == [("source", "中国电动车网"), ("author", "宋子奎"), ("date", "2016-02-25")]
    article = clean_text(raw_article(head=["来源:中国电动车网  宋子奎  2016-2-25  浏览16685次"]))
    assert (article.source, article.author, article.date.value) == ("中国电动车网", "宋子奎", "2016-02-25")


def test_a_sentence_that_says_posted_on_is_no_date_line():
    assert parse_info_line("He posted on 18 Dec 2017 that the plant would close.") is None
