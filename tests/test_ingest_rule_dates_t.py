"""Stated dates read on round t's tune pages (branch `head15`), each shape written as made-up lines:
an English weekday after a comma (`2016/09/08, Thursday`), a name and its day under the headline
with no time (`X 2020-07-23`), and on a saved HTML page the time its date element prints for the day
the <meta> tags give alone (`<div>2013.06.29 04:17 pm</div>`, or the date in pieces)."""
from __future__ import annotations

import pytest

from digest.ingest.dates import parse_date_text
from digest.ingest.extract import extract_html
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize(("text", "value"), [
    ("2016/09/08, Thursday", "2016-09-08"),
    ("2016-09-08 Thu 10:30", "2016-09-08T10:30:00"),
    ("2016/09/08, Thursday 10:30", "2016-09-08T10:30:00"),
    ("2016/09/08, Thursdayness", None),  # (no weekday: a word)
])
def test_an_english_weekday_after_the_day(text, value):
    assert parse_date_text(text) == value


def test_a_dated_line_above_the_headline_with_its_weekday_is_the_date():
    article = clean_text("\n".join(["作者 王小明", "2016/09/08, Thursday", "", TITLE, *PARAGRAPHS]))
    assert article.date.value == "2016-09-08" and article.date.confidence == "stated"
    assert body_text(article) == PARAGRAPHS


# (the text names a later day, which a guess would take)
_LONG = ["江城电竞比赛今天下午在市政府四楼多媒体简报室举行颁奖仪式,两支代表队分别获得十万元和七万五千元奖金,"
         "8月29日将与其他五个城市的获胜队伍争夺最后的总冠军。",
         "本届比赛是目前国内最大的业余电子竞技赛事之一,每年超过两千名选手参与,去年该赛事还获得了年度最佳电竞活动奖,"
         "今年又新增了一个手机游戏项目。"]


@pytest.mark.parametrize("line", ["Jiangcheng8 2020-07-23", "小明的家 2020/07/23"])
def test_a_name_and_its_day_under_the_headline_is_the_date(line):
    article = clean_text("\n".join([TITLE, line, *_LONG]))
    assert article.date.value == "2020-07-23" and article.date.confidence == "stated"


def test_a_name_and_its_day_under_the_text_is_no_stamp():
    article = clean_text("\n".join([TITLE, *_LONG, "Jiangcheng8 2020-07-23"]))  # (a teaser's in a list)
    assert article.date.value[:10] != "2020-07-23"


def _page(date_html: str, meta: str = '<meta name="pubdate" content="2013-06-29">') -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    # (far below the headline, out of the header's reach: a table cell of the page's layout)
    return (f"<html><head><title>{TITLE}</title>{meta}</head><body><h1>{TITLE}</h1>"
            f"<div class='story'>{paragraphs * 4}</div><table><tr><td>{date_html}</td></tr></table></body></html>")


@pytest.mark.parametrize("date_html", ['<div class="time">2013.06.29 04:17 pm</div>',
                                       "<span>2013年</span><span>06月</span><span>29日</span><span>16:17</span>"])
def test_a_day_alone_in_the_meta_tags_takes_the_time_of_the_pages_date_element(date_html):
    page = extract_html("page.html", _page(date_html))
    assert page.html.date == "2013-06-29T16:17:00"


def test_two_times_that_day_say_no_time():
    # (a list of the day's stories, each with its time: none of them is the article's)
    page = extract_html("page.html", _page("<ul><li>2013-06-29 10:15</li><li>2013-06-29 16:17</li></ul>"))
    assert page.html.date == "2013-06-29"


def test_a_time_on_another_day_is_not_taken():
    page = extract_html("page.html", _page('<div class="time">2013.06.28 04:17 pm</div>'))
    assert page.html.date == "2013-06-29"
