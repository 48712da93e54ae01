"""A page scraped as one line whose headline holds a colon between its phrases and runs into its
info, a content system's labelled fields after the date, then a lead whose first clause is short
(`中江富兴:百亩竹林育山珍 鲜嫩春笋采收忙 2022/4/11 9:58:00 发布者:daijun 来源:X 浏览次数:12657 内容提要:
食过春笋,…`, v036; branch `head17`)."""
from __future__ import annotations

import pytest

from digest.ingest.run_in import run_in_headline
from test_ingest_helpers import clean_text

_LEAD = "食过春笋,才知春之味。眼下,正是春笋大量上市的季节,在江城镇的500余亩竹林里,破土而出的竹笋绿意盎然,煞是喜人。"


def test_a_colon_headline_its_dated_labelled_info_and_a_short_first_clause():
    line = f"江城:百亩竹林育山珍 鲜嫩春笋采收忙 2022/4/11 9:58:00 发布者:admin 来源:江城广播电视台 浏览次数:12657 内容提要: {_LEAD}"
    article = clean_text(line + "\n")
    assert article.title == "江城:百亩竹林育山珍 鲜嫩春笋采收忙"
    assert article.date.value == "2022-04-11T09:58:00" and article.date.confidence == "stated"
    assert article.body.strip() == _LEAD


@pytest.mark.parametrize("line", [
    f"江城:妥善转移安置受灾群众 {_LEAD}",  # (no dated info after the colon's phrases: a section's head in the text, no headline)
    f"江城:百亩竹林育山珍 鲜嫩春笋采收忙 食过春笋,才知春之味。{_LEAD}",  # (no info between: the lead's first clause is too short to say)
])
def test_without_a_dated_info_the_colon_ends_the_run(line):
    assert run_in_headline(line) is None


def test_a_time_with_seconds_is_the_infos():
    run_in = run_in_headline(f"江城百亩竹林春笋采收忙 2022/4/11 9:58:00 {_LEAD}")
    assert run_in is not None and run_in.date == "2022-04-11T09:58:00"
