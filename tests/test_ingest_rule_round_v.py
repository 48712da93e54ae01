"""Furniture read from the page itself (issue 13, branch `furn17`, round `v` and the tune misses of
other rounds of the same kinds, checked leave-one-round-out): a paragraph of the text printed again
under it and cut off mid-clause, or a summary box that runs the paragraphs under it together. Each
with the text it must keep."""
from __future__ import annotations

from digest.ingest.summaries import cut_copy, runs_on
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

LEAD = "10月26日11时14分，搭载神舟十七号载人飞船的长征二号F遥十七运载火箭在酒泉卫星发射中心点火发射，约10分钟后飞船与火箭成功分离。"


def test_a_paragraph_printed_again_under_the_text_and_cut_off_goes():
    cut = LEAD[:40]  # (`…运载火箭在酒泉卫`: no sentence of its own)
    body = body_text(clean_text("\n".join([TITLE, LEAD, *PARAGRAPHS[:3], cut, PARAGRAPHS[3]])))
    assert body == [LEAD, *PARAGRAPHS[:4]]


def test_a_copy_that_ends_a_sentence_or_has_no_clause_stays():
    texts = [LEAD + "此后飞船进入预定轨道。", "甲"]
    assert cut_copy(LEAD[:40], texts, 1, 0)
    assert not cut_copy(LEAD, texts, 1, 0)  # (it ends a sentence: a refrain, a quote)
    # a headline that a summary line above starts with (`…曝光` over `…曝光:↓↓↓↓`) has no clauses: the headline
    texts = ["中學生凌晨被鎖港鐵彩虹站內 出Po求救 港鐵跟進結局曝光:↓↓↓↓", "甲"]
    assert not cut_copy("中學生凌晨被鎖港鐵彩虹站內 出Po求救 港鐵跟進結局曝光", texts, 1, 0)
    # only the text's paragraphs (from its start) are copied so: a line above the text is not
    texts = [LEAD, "标题", "甲"]
    assert not cut_copy(LEAD[:40], texts, 2, 1)
    assert cut_copy(LEAD[:40], texts, 2, 0)


def test_a_short_line_the_text_starts_with_stays():
    # (under 20 characters: a subheading or a label the paragraph opens with)
    assert not cut_copy("10月26日11时14分，搭载", [LEAD, "甲"], 1, 0)


def test_a_summary_that_runs_the_paragraphs_under_it_together_goes():
    # `…同时登场。手机方面,将会有…...` over the two paragraphs it was cut from: a summary box
    summary = (PARAGRAPHS[0] + PARAGRAPHS[1])[:60] + "..."
    body = body_text(clean_text("\n".join([TITLE, summary, *PARAGRAPHS[:4]])))
    assert body == PARAGRAPHS[:4]


def test_a_headline_over_the_lead_or_a_paragraph_that_goes_on_stays():
    texts = [PARAGRAPHS[0] + PARAGRAPHS[1][:10], PARAGRAPHS[0], PARAGRAPHS[1]]
    assert runs_on(texts[0], texts, 0)
    # the line under it does not end its sentence (a headline, `…客户雪崩` over `…`): no summary of it
    texts = ["数据公司交易惊动市场 客户雪崩" + PARAGRAPHS[1][:20], "数据公司交易惊动市场 客户雪崩", PARAGRAPHS[1]]
    assert not runs_on(texts[0], texts, 0)
    # a line no longer than the paragraph under it is that paragraph's business (`teases`, `cut_copy`)
    texts = [PARAGRAPHS[0][:30], PARAGRAPHS[0]]
    assert not runs_on(texts[0], texts, 0)


OTHER_STORIES = ["兩岸破冰之旅成果豐碩 |國民黨的一小步，兩岸關係的一大步!", "花蓮縣政府公務員聯名致函議會請求重新審查預算"]


def test_two_other_headlines_under_a_share_bar_that_closed_the_text_go():
    body = body_text(clean_text("\n".join([TITLE, *PARAGRAPHS[:4], "分享", *OTHER_STORIES])))
    assert body == PARAGRAPHS[:4]


def test_two_headline_shaped_lines_under_the_text_with_no_bar_stay():
    # (a text's own last lines may be two unpunctuated ones: three make a list, or two under a bar)
    body = body_text(clean_text("\n".join([TITLE, *PARAGRAPHS[:4], *OTHER_STORIES])))
    assert body[:4] == PARAGRAPHS[:4] and len(body) == 6
