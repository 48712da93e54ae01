"""Headlines read on round t's tune pages (branch `head15`), each shape written as made-up lines: the
address of the page a post copied, glued before the headline, is no part of it; a saved page's
<title> of parts between bars whose first part the page prints alone as a line (no <h1>) gives that part."""
from __future__ import annotations

import pytest

from digest.ingest.extract import extract_html
from digest.ingest.headline_text import clean_headline
from test_ingest_helpers import PARAGRAPHS


@pytest.mark.parametrize(("line", "headline"), [
    ("http://www.example.com/edu/2012/04-02/3793790.shtml江城撤点并校过快 专家建议适时恢复", "江城撤点并校过快 专家建议适时恢复"),
    ("https://example.cn/news/2024/05/《江城》今晚开播", "《江城》今晚开播"),
    ("http://example.com/a.htmliPhone发布会今天举行", "http://example.com/a.htmliPhone发布会今天举行"),  # (where the link ends is unsure)
    ("江城撤点并校过快 http://www.example.com/1.shtml", "江城撤点并校过快 http://www.example.com/1.shtml"),
])
def test_a_link_glued_before_the_headline_goes(line, headline):
    assert clean_headline(line) == headline


def _page(title: str, printed: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<html><head><title>{title}</title></head><body><table><tr><td>{printed}</td></tr></table>"
            f"<div class='story'>{paragraphs}</div></body></html>")


def test_the_first_part_of_a_barred_title_printed_alone_on_the_page_is_the_headline():
    # (no <h1>: the <title> gives the headline, then another story's and the channel's names)
    page = extract_html("page.html", _page("江城免费公交第二天 零星冲突 | 江城试乘券抢爆 | 国内要闻", "江城免费公交第二天 零星冲突"))
    assert page.html.title == "江城免费公交第二天 零星冲突"


def test_a_barred_title_whose_first_part_the_page_does_not_print_stays():
    page = extract_html("page.html", _page("江城免费公交第二天 零星冲突 | 江城试乘券抢爆 | 国内要闻", "国内要闻"))
    assert page.html.title.startswith("江城免费公交第二天 零星冲突 | 江城试乘券抢爆")
