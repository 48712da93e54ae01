"""Furniture read from the page itself (issue 13, branch `furn17`, round `v` and the tune misses of
other rounds of the same kinds, checked leave-one-round-out): a paragraph of the text printed again
under it and cut off mid-clause, or a summary box that runs the paragraphs under it together; two
other headlines under a share bar that closed the text; an info line printed in a table cell, its
spaces turned into question marks, a comment button after it. Each with the text it must keep."""
from __future__ import annotations

from digest.ingest.info_lines import parse_info_line
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


def test_an_info_line_in_a_table_cell_with_mangled_spaces_and_a_comment_link_is_read():
    # (`??`: the spaces an encoding turned into question marks; the cell's bars; `我來說兩句`, a button)
    fields = parse_info_line("| 2021-05-06 17:14:17??來源:福建省地震局 責任編輯:王姍菲 我來說兩句 |")
    assert fields == [("date", "2021-05-06T17:14:17"), ("source", "福建省地震局"), ("editor", "王姍菲")]
    assert ("source", "新华网") in parse_info_line("2014-02-07 07:42? 袁  晗?来源:新华网  责任编辑:林锦   我来说两句")


def test_a_question_before_a_word_that_opens_a_label_is_no_info_line():
    assert parse_info_line("今年的房价会涨吗?来源于哪里的消息最可信") is None
    assert parse_info_line("2021年是关键一年?编辑部的同事们都这样认为,大家各抒己见") is None


def test_a_table_cell_that_a_longer_cell_above_starts_with_stays():
    texts = ["中共某市某县纪律检查委员会，某县监察委员会纪检监察职位四", "中共某市某县纪律检查委员会，某县监察委员会"]
    assert not cut_copy(texts[1], texts, 1, 0)
