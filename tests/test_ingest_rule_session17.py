"""Rules of the seventeenth session, each shape written as made-up lines: an agency sending a
photo item (`新华社发`, `新華社發（张三 摄）`) ending its text names the publisher, and the text stays."""
from __future__ import annotations

import pytest

from test_ingest_helpers import clean_text

_PHOTO_TEXT = "11月28日,高铁列车停靠在江城北站。当日,江城高铁正式开通运营,全长约247公里,设计时速为250公里。"


@pytest.mark.parametrize("credit", ["环球社发", "环球社发(张小明 摄)", "環球社發（江城熊猫研究中心供圖）"])
def test_an_agency_sending_a_photo_item_names_it_and_the_text_stays(credit):
    article = clean_text("\n".join(["江城高铁开通运营", _PHOTO_TEXT + credit]))
    assert article.source in ("环球社", "環球社")
    assert "江城高铁正式开通运营" in article.body


def test_a_sentence_about_what_an_agency_sent_is_no_credit():
    article = clean_text("\n".join(["江城高铁开通运营", _PHOTO_TEXT, "该照片由环球社发出后被广泛转载,引起关注。"]))
    assert article.source == ""
