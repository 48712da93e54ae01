"""Rules of the seventeenth session, each shape written as made-up lines: an agency sending a
photo item (`新华社发`, `新華社發（张三 摄）`) ending its text names the publisher, and the text stays;
a text file holding HTML's markup beside its words (`…。</p> <br>常常…`) reads as a browser shows it."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

_PHOTO_TEXT = "11月28日,高铁列车停靠在江城北站。当日,江城高铁正式开通运营,全长约247公里,设计时速为250公里。"


@pytest.mark.parametrize("credit", ["环球社发", "环球社发(张小明 摄)", "環球社發（江城熊猫研究中心供圖）"])
def test_an_agency_sending_a_photo_item_names_it_and_the_text_stays(credit):
    article = clean_text("\n".join(["江城高铁开通运营", _PHOTO_TEXT + credit]))
    assert article.source in ("环球社", "環球社")
    assert "江城高铁正式开通运营" in article.body


def test_a_sentence_about_what_an_agency_sent_is_no_credit():
    article = clean_text("\n".join(["江城高铁开通运营", _PHOTO_TEXT, "该照片由环球社发出后被广泛转载,引起关注。"]))
    assert article.source == ""


def test_markup_in_a_text_file_reads_as_a_browser_shows_it():
    line = " ".join([f'<p class="ql-block">{PARAGRAPHS[0]}</p>', f"<br>{PARAGRAPHS[1]}<br/>",
                      f'<font size="3">{PARAGRAPHS[2]}</font>'])
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS[3:]]))
    assert body_text(article) == PARAGRAPHS
    removed = [removal for removal in article.removals if removal.rule == "markup_tags"]
    assert removed and "<br/>" in removed[0].text and removed[0].line == 2


def test_a_tag_the_text_writes_about_stays():
    text = "前端工程师介绍,页面布局可以用<div>标签把内容分组,再用样式表控制位置与间距,这种做法已经很常见。"
    article = clean_text("\n".join([TITLE, text, *PARAGRAPHS]))
    assert text in article.body.replace("\\<", "<")


def test_the_markup_rule_can_be_switched_off():
    line = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS[2:]]), rules={"markup_tags": False})
    assert "<p>" in article.body.replace("\\<", "<")
