"""Sources read on round v's tune pages (branch `src17`), each shape written as made-up lines with
negatives beside them: a publisher's name glued to the day's label (`江城电力网发布时间:2021-07-28`),
as a mirror joins the spans, is a name beside its date; a stamp line whose person field names a site
(`编辑:九乡新闻网`) is the site's template and gives way to the lead's dateline; someone speaking to an
outlet's reporter (`向江城都市报记者反映称`) names the outlet, as the interviewer; a publisher's team
credited alone (`□江城日报社采访组`), as its unnamed reporters are (`□新华社记者`), names it; a
platform account's label glued before the lead (`华人号:江城头条-欧洲江城头条米兰2月18日电`) is read past,
and a dateline whose name ends in the account's names the publisher, whatever its ending."""
from __future__ import annotations

import pytest

from digest.ingest.credits import CREDITED
from digest.ingest.info_lines import parse_info_line
from digest.ingest.interviewers import interviewer
from digest.ingest.model import Line
from digest.ingest.publishers import lead_publisher
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


_WIRE_LEAD = "江城网江北8月25日电(记者张小明)24日5点50分赶到江北医院时,记者立即意识到:如果我要挂号,已经太晚了。"


@pytest.mark.parametrize("stamp", ["来源:百科文库 编辑:九乡资讯网 时间:2024/04/28 06:04:56",
                                   "来源：百科文库 作者：九乡网 2024-04-28"])
def test_a_stamp_line_whose_person_field_names_a_site_gives_way_to_the_leads_dateline(stamp):
    # (a person's field filled with a site's name: the site's template, signing its copy)
    article = clean_text("\n".join([TITLE, stamp, _WIRE_LEAD, *PARAGRAPHS]))
    assert article.source == "江城网"


@pytest.mark.parametrize("stamp", ["来源:江城日报 编辑:张小红 时间:2024/04/28 06:04:56", "稿源：江城日报"])
def test_a_stamp_line_with_a_person_in_its_fields_keeps_its_source_over_the_dateline(stamp):
    article = clean_text("\n".join([TITLE, stamp, _WIRE_LEAD, *PARAGRAPHS]))
    assert article.source == "江城日报"


@pytest.mark.parametrize(("text", "org"), [
    ("1月21日,小王等人向江城都市报记者反映称,去年9月她们在驾校交钱报名。", "江城都市报"),
    ("一位家长对江城网记者表示,学校已经退还了费用。", "江城网"),
    ("一位家长跟江城晚报记者张小明说,学校已经退还了费用。", "江城晚报"),
])
def test_someone_speaking_to_an_outlets_reporter_names_the_outlet(text, org):
    found = interviewer([Line(1, "驾校消失了"), Line(2, text)])
    assert found is not None and found.value == org


@pytest.mark.parametrize("text", [
    "小王向记者反映称,去年9月她们在驾校交钱报名。",  # (no outlet named)
    "小王向本报记者反映称,去年9月她们在驾校交钱报名。",  # (the host's own)
    "小王向当地电视台记者反映称,去年9月她们在驾校交钱报名。",  # (which one, it does not say)
    "小王向江城都市报记者反映称驾校搬空,又对江城晚报记者表示要退费。",  # (two outlets: neither)
])
def test_no_outlet_or_several_name_no_interviewer(text):
    assert interviewer([Line(1, "驾校消失了"), Line(2, text)]) is None


@pytest.mark.parametrize(("line", "org"), [("□江城日报社采访组", "江城日报社"), ("江城日报联合调研组", "江城日报"), ("■江城晚报报道组", "江城晚报")])
def test_a_publishers_team_credited_alone_names_it(line, org):
    assert parse_info_line(line) == [(CREDITED, org)]
    article = clean_text("\n".join([line, *PARAGRAPHS]))  # (over the text, on a page with no headline)
    assert article.source == org and line not in article.title


@pytest.mark.parametrize("line", ["调研组", "江城调研组", "中央第一巡视组"])
def test_a_team_with_no_publisher_names_none(line):
    assert all(kind != CREDITED for kind, _ in parse_info_line(line) or [])


@pytest.mark.parametrize(("lead", "org"), [
    ("华人号:江城头条-欧洲江城头条米兰2月18日电 当地时间2月17日,米兰华侨华人企业家联谊会举办新春团拜会。", "欧洲江城头条"),
    ("华人号:江城头条 - 江城头条米兰2月18日电 当地时间2月17日,联谊会举办新春团拜会。", "江城头条"),
    ("百家号:江城晚报-新华社北京2月18日电 当地时间2月17日,联谊会举办新春团拜会。", "新华社"),  # (another's wire: the lead as it reads)
])
def test_an_accounts_label_before_the_lead_is_read_past(lead, org):
    assert lead_publisher(lead) == org


def test_an_accounts_label_before_a_lead_with_no_dateline_names_no_one():
    assert lead_publisher("华人号:江城头条-当地时间2月17日,米兰华侨华人企业家联谊会举办新春团拜会。") is None
