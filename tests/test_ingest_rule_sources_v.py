"""Sources read on round v's tune pages (branch `src17`), each shape written as made-up lines with
negatives beside them: a publisher's name glued to the day's label (`江城电力网发布时间:2021-07-28`),
as a mirror joins the spans, is a name beside its date."""
from __future__ import annotations

import pytest

from digest.ingest.credits import CREDITED
from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text


@pytest.mark.parametrize(("line", "org"), [("江城电力网发布时间:2021-07-28 00:00:00", "江城电力网"),
                                           ("江城日报发布日期：2021-07-28", "江城日报")])
def test_a_name_glued_to_the_days_label_is_a_name_beside_its_date(line, org):
    fields = parse_info_line(line)
    assert fields is not None and (CREDITED, org) in fields and any(kind == "date" for kind, _ in fields)
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source == org and line not in article.body


@pytest.mark.parametrize("line", ["张三发布时间:2021-07-28", "新闻发布时间:2021-07-28", "首页发布时间:2021-07-28 10:00"])
def test_a_person_or_a_channel_glued_to_the_days_label_names_no_publisher(line):
    assert all(kind not in (CREDITED, "source") for kind, _ in parse_info_line(line) or [])
