"""Who published a text, read from its people's words: the publication they talk to (`对《X》记者说`,
`接受《X》采访`) is the publisher when the page names none otherwise (a title in marks that nobody
talks to, two such publications, a stated source or the site's own logo leave it unread); words
that address a body (`你们公安局`) name no publisher, nor does the site's masthead over the headline."""
from __future__ import annotations

import pytest

from digest.ingest.publishers import bare_publisher
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, raw_article


def _with(sentence: str, at: int = 2) -> list[str]:
    return [*PARAGRAPHS[:at], sentence, *PARAGRAPHS[at:]]


@pytest.mark.parametrize("sentence, source", [
    ("半年前，当他在实验室对《江城时报》记者说出这句话时，没有人相信。", "江城时报"),
    ("有投資人向《中國創業家》描述，這個賽道時常出現這樣的場景。", "中國創業家"),  # Traditional, no reporter
    ("他在敲钟前对《晚点 LatePost》分享了他此刻的想法：不会停下。", "晚点 LatePost"),  # a space inside the marks
    ("赛场外，《城市新闻周刊》分别在不同场合专访了两位创始人。", "城市新闻周刊"),
    ("该公司负责人日前接受《江城商报》记者专访时表示，产能将翻番。", "江城商报"),
    ("他告诉《江城晚报》记者张小明，这里的房子早已卖完。", "江城晚报"),
    ("外交部发言人在回应《南洋早报》提问时说，双方将继续沟通。", "南洋早报"),  # a question answered
    ("他在回答《江城商报》记者的提问时表示，价格不会再涨。", "江城商报"),
    ("《江城科学报》在采访中了解到，多家企业已经布局数字农业。", "江城科学报"),  # what it learnt interviewing
    ("一位在《江城科学报》采访过的农场主说，标准化很难。", "江城科学报"),
])
def test_the_publication_spoken_to_is_the_publisher(sentence, source):
    assert clean_text(raw_article(paragraphs=_with(sentence))).source == source


@pytest.mark.parametrize("sentence", [
    "他说，《证券期货投资者适当性管理办法》已于2017年7月1日起正式实施。",  # a law: nobody talks to it
    "她向记者推荐了《平凡的世界》，说这本书改变了她。",  # a book recommended to a reporter
    "《江城日报》报道称，当地将新建三所学校。",  # another paper's report, cited: not an interview
    "他对《江城时报》记者说，另一位则接受《城市周刊》采访时表示反对。",  # two outlets: no one of them
    "他回应《红楼梦》里的一句话，引来一片掌声。",  # a book's words answered: no question asked
])
def test_no_interview_names_no_publisher(sentence):
    assert clean_text(raw_article(paragraphs=_with(sentence))).source == ""


def test_a_stated_source_outranks_the_interviewer():
    page = raw_article(head=["2024-05-13 10:30 来源：城市网"], paragraphs=_with("他对《江城时报》记者说，这里的房子早已卖完。"))
    assert clean_text(page).source == "城市网"


def test_the_sites_own_logo_makes_it_the_host():
    """`《X》标志` (a logo's alternative text) over the text: the outlet's own site, its interview
    names no publisher (FORMAT.md: not the host)."""
    page = raw_article(head=["《江城时报》标志"], paragraphs=_with("他对《江城时报》记者说，这里的房子早已卖完。"))
    assert clean_text(page).source == ""


@pytest.mark.parametrize("line, name", [
    ("你们公安局", None),  # a caller's question broken over short lines: words to a body, not its name
    ("咱们居委会", None),
    ("这家报社", None),
    ("江城市公安局", "江城市公安局"),  # the body's own name
])
def test_words_addressing_a_body_are_no_publishers_name(line, name):
    assert bare_publisher(line) == name


def test_a_question_broken_over_short_lines_names_no_publisher():
    page = raw_article(head=["警察同志", "我想问一下…", "你们公安局", "会不会在网上办案啊?"])
    assert clean_text(page).source == ""


def test_a_name_on_top_over_the_headline_is_the_sites_masthead():
    """`僑務電子報` over the headline is the site naming itself: the line goes, the name is the host's,
    no publisher; the same name under the headline credits one."""
    masthead = clean_text("\n".join(["跳到主要內容區塊", "江城電子報", ":::", TITLE, "2025-05-05", *PARAGRAPHS]) + "\n")
    assert masthead.source == "" and masthead.title == TITLE and "江城電子報" not in masthead.body
    credit = clean_text("\n".join([TITLE, "江城電子報", "2025-05-05", *PARAGRAPHS]) + "\n")
    assert credit.source == "江城電子報"
