"""Sources read on round u's tune pages (branch `src16`), each shape written as made-up lines: a
source given only by its address gives way to the lead's dateline; a site signing its own page with
its domain (`本文来源:X-www.x.com`, `信息来源:x.com.cn`) names no publisher."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

_WIRE_LEAD = "（環球社記者張大明江城21日電）江城連續下雨超過一星期，今天太陽露臉，稻農把握天晴機會忙著收割，同時農業部門宣布啟動收購。"


def test_an_address_as_the_source_gives_way_to_the_leads_dateline():
    # `文章来源:http://…` names a site by where the copy was found; the dateline names the agency
    article = clean_text("\n".join([TITLE, "2018.6.21", "文章来源:http://www.example.com.tw/news/aloc/201806210223-1.aspx",
                                    _WIRE_LEAD, *PARAGRAPHS]))
    assert article.source == "環球社"


def test_an_address_as_the_source_still_names_the_site_when_nothing_else_does():
    article = clean_text("\n".join([TITLE, "2018.6.21", "文章来源:http://news.example.com/news/aloc/201806210223-1.aspx",
                                    *PARAGRAPHS]))
    assert article.source == "news.example.com"


@pytest.mark.parametrize("line", ["本文来源:江城体育app网页登录-www.example.com", "本文来源:jc·江城-www.example.com",
                                  "信息来源:example.com.cn", "来源：jc-news.com"])
def test_a_site_signing_its_page_with_its_address_names_no_publisher(line):
    assert all(kind != "source" for kind, _ in parse_info_line(line) or [])
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source == ""


@pytest.mark.parametrize(("line", "org"), [("来源：江城网 www.example.com", "江城网"), ("来源：江城日报", "江城日报"),
                                           ("来源:Engadget", "Engadget")])
def test_a_name_beside_its_address_or_alone_still_names_the_publisher(line, org):
    assert ("source", org) in parse_info_line(line)
