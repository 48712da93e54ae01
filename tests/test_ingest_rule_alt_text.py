"""A picture's alt text over its caption (issue 13, branch `furny`, round `w`'s tune pages): a short
line the caption right under it says again (`某地猕猴桃园` over `▲某地猕猴桃园`, over `(本文配图为某地
猕猴桃园秋景)`) was printed where the image was: both go. A subheading, and a short line the caption
does not say again, stay. And a previous/next link with a space before its colon (`上一篇 : …`),
a breadcrumb under its position label naming a long site (`您当前位置:某市-某某新闻网 > 县区新闻`)."""
from __future__ import annotations

from digest.ingest.layout import furniture_reason
from digest.ingest.pictures import alt_text_over
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


def test_the_alt_text_over_a_marked_caption_goes_with_it():
    lines = [TITLE, *PARAGRAPHS[:2], "某地猕猴桃园", "▲某地猕猴桃园", *PARAGRAPHS[2:4], "山间果园秋景", "(本文配图为山间果园秋景一角)", PARAGRAPHS[4]]
    assert body_text(clean_text("\n".join(lines))) == PARAGRAPHS[:5]


def test_a_short_line_the_caption_does_not_say_again_stays():
    assert alt_text_over("某地猕猴桃园", "▲某地猕猴桃园")
    assert not alt_text_over("丰收时节", "▲某地猕猴桃园")
    assert not alt_text_over("果园。", "▲果园。")  # (a sentence: the text's)
    assert not alt_text_over("园", "▲某地猕猴桃园")  # (too short to tell)
    lines = [TITLE, *PARAGRAPHS[:2], "丰收时节", "▲某地猕猴桃园", *PARAGRAPHS[2:4]]
    assert "## 丰收时节" in body_text(clean_text("\n".join(lines)))  # (a subheading)


def test_a_previous_or_next_link_with_a_space_before_its_colon_is_a_widget():
    assert furniture_reason("上一篇 : 某地今日举行防汛演练 每日热闻", "tail") == "a page widget (a previous/next link)"
    assert furniture_reason("下一篇 : 最后一页", "tail") == "a page widget (a previous/next link)"


def test_a_crumb_under_its_position_label_may_name_a_long_site():
    from digest.ingest.menus import is_breadcrumb
    assert is_breadcrumb("您当前位置:某市-中国某某市-某某新闻网 > 县区新闻 > 正文")
    assert is_breadcrumb("您现在的位置:某某广播电视报> 节目")
    # (a sentence that names a place is no crumb, label or not)
    assert not is_breadcrumb("您当前位置:某市中心广场，请沿指示牌前往 > 东门")
    assert not is_breadcrumb("某市-中国某某市-某某新闻网 > 县区新闻 > 要闻速览")  # (no label: its parts are too long for crumbs)
