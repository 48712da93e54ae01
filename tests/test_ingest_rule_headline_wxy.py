"""Headlines on rounds w, x and y's tune pages (branch `heady`), each shape as made-up lines, decided by
the page's own evidence where vocabulary would not reach an unseen site: a site's name before a colon
that the text under it never uses is the site's stamp (w041), a row of hyphen-joined keywords after an
underscore is a page template's (w041), a bracketed name the page prints again as a line of its own
further down is the outlet's stamp, while a column's bracketed label stays (x010), a numeral spaced
inside brackets after the headline is a farm's pager, a series' part printed tight stays (m059, y043)."""
from __future__ import annotations

from digest.ingest.headline_page import without_echoed_stamp, without_stamp
from digest.ingest.headline_text import clean_headline
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

_TEXT = "\n".join(PARAGRAPHS)


def test_a_site_name_before_a_colon_the_text_never_uses_goes():
    assert without_stamp(f"江城文史网:{TITLE}", _TEXT) == TITLE
    assert without_stamp(f"jcwh.cn：{TITLE}", _TEXT) == TITLE


def test_a_name_before_a_colon_the_text_uses_stays():
    # (`互联网:…` over a text about the internet: the headline's topic, not a site)
    text = _TEXT + "\n互联网企业的数据交易正在改变行业格局。"
    assert without_stamp("互联网:数据交易改变行业格局", text) == "互联网:数据交易改变行业格局"
    # (the headline's own words repeat it)
    assert without_stamp("江城网:江城网用户突破一千万", _TEXT) == "江城网:江城网用户突破一千万"


def test_a_column_label_or_a_speaker_before_a_colon_stays():
    for headline in (f"特稿:{TITLE}", f"王小明:{TITLE}", f"国家统计局:{TITLE}"):
        assert without_stamp(headline, _TEXT) == headline


def test_the_stamp_and_a_keyword_row_come_off_a_page_title():
    line = f"江城文史网:{TITLE}_数据-客户-交易-行业"
    article = clean_text("\n".join([line, "", "编辑:王小明", "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE


def test_a_row_of_hyphen_joined_keywords_after_an_underscore_goes():
    assert clean_headline(f"{TITLE}_数据-客户-交易") == TITLE
    # (two words joined by a hyphen are no row: a name's, `…_中国-东盟`)
    assert clean_headline(f"{TITLE}_中国-东盟博览会会刊特别报道") != TITLE


def test_a_bracketed_name_the_page_prints_again_further_down_goes():
    lines = ("2023-02-21 14:44:59", *PARAGRAPHS, "全部评论", "延伸阅读", "江城融媒", "×")
    assert without_echoed_stamp(f"【江城融媒】{TITLE}", lines) == TITLE
    article = clean_text("\n".join([f"【江城融媒】{TITLE}", *lines]) + "\n")
    assert article.title == TITLE


def test_a_bracketed_label_printed_nowhere_else_or_near_the_head_stays():
    lines = ("2023-02-21 14:44:59", *PARAGRAPHS, "全部评论")
    assert without_echoed_stamp(f"【西街观察】{TITLE}", lines) == f"【西街观察】{TITLE}"
    # (as a line of its own right under the headline: the column's heading)
    near = ("西街观察", "2023-02-21 14:44:59", *PARAGRAPHS)
    assert without_echoed_stamp(f"【西街观察】{TITLE}", near) == f"【西街观察】{TITLE}"


def test_a_numeral_spaced_inside_brackets_is_a_pager():
    assert clean_headline(f"{TITLE}( 二 )") == TITLE
    assert clean_headline(f"{TITLE}（ 12 ）") == TITLE
    assert clean_headline(f"{TITLE}(三)") == f"{TITLE}(三)"  # (a series' part, printed tight)
