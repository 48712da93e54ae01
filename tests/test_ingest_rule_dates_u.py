"""Stated dates in the forms a content system prints by default (branch `head16`, read from round u's
tune page u010 and a battery of made-up info lines): a spaced dash between the day and its time
(`05/18/2023 - 09:00`), an English weekday before a day of digits (`Fri, 05/18/2023 - 09:00`), an
ordinal day before an English month (`18th May 2023`), a day and its time joined by `at`
(`May 18, 2023 at 9:00 am`)."""
from __future__ import annotations

import pytest

from digest.ingest.dates import normalize_date_forms, parse_date_text
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize(("text", "value"), [
    ("05/18/2023 - 09:00", "2023-05-18T09:00:00"),
    ("2023-05-18 - 09:00", "2023-05-18T09:00:00"),
    ("18.05.2023 – 09:00", "2023-05-18T09:00:00"),
    ("Fri, 05/18/2023 - 09:00", "2023-05-18T09:00:00"),
    ("Thursday, 2023-05-18", "2023-05-18"),
    ("Tue. 2023/05/16", "2023-05-16"),
    ("18th May 2023", "2023-05-18"),
    ("Sun, 1st Jun 2020 10:00", "2020-06-01T10:00:00"),
    ("May 18, 2023 at 9:00 pm", "2023-05-18T21:00:00"),
    ("2023-05-18 at 09:00", "2023-05-18T09:00:00"),
    ("05/18/2023 -", None),  # (a dash and no time: no form of a day's)
    ("Monkey 05/18/2023", None),  # (a word, no weekday)
])
def test_a_content_systems_date_forms(text, value):
    assert parse_date_text(text) == value


def test_at_joins_only_a_day_and_its_time():
    assert normalize_date_forms("flat 3 at 10:00") == "flat 3 at 10:00"


@pytest.mark.parametrize("line", ["05/18/2023 - 09:00", "Fri, 05/18/2023 - 09:00", "May 18, 2023 at 9:00 am"])
def test_the_dated_line_under_the_headline_is_the_date(line):
    article = clean_text("\n".join(["SHARE", TITLE, "", line, "", *PARAGRAPHS]))
    assert article.date.value == "2023-05-18T09:00:00" and article.date.confidence == "stated"
    assert body_text(article) == PARAGRAPHS
