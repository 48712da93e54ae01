"""Layouts the generator did not plant at first (bench `--layout other`): an ad's label between two
paragraphs, other stories each with its day under no header, the text's sign-off or info line
under it with a list after it, a sign-off that says 来源."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, body_text, clean_text, raw_article

@pytest.mark.parametrize("label", ["推广", "广告", "— 广告 —", "▼ 广告 ▼", "AD"])
def test_an_ad_label_between_paragraphs_goes(label):
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], label, *PARAGRAPHS[1:]]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("label", ["推广费用由企业承担。", "广告业"])
def test_a_line_that_only_begins_with_the_word_stays(label):
    assert label in body_text(clean_text(raw_article(paragraphs=[PARAGRAPHS[0], label, *PARAGRAPHS[1:]])))


DATED = ["市场回暖带动企业继续发力促销（02-18）", "香港第三例确诊甲型流感病例情况稳定（05-25）", "直逼五万基金周开户数创一年来新高（04-11）"]
UNDATED = ["组图：从蓬松度说起看秋冬外套怎么选", "人社部长：医保最高支付额今年提到人均收入", "公牛剩四战领先四胜场仍未锁定第一"]


@pytest.mark.parametrize("items", [
    DATED,
    ["牛年指数基金扎堆发行记者昨日获悉 2025-08-25", "现场：犀利哥难逃犯规梦魇 2025-12-17", "海归创业：从守株待兔到荒原逐鹿 2025-02-14"],
    ["[04-20] 国王对火箭前瞻：休城冲八不容有失", "[12-14] 十里河特色街提前预热五一市场", "[02-24] 街拍镜头下的年度最佳着装明星"],
])
def test_other_stories_each_with_its_day_go_though_a_line_of_the_text_ends_no_sentence(items):
    # (a text with a line that ends no sentence may set lines in a headline's shape: an undated
    # run under it is not taken for a list, a run whose lines each carry a day is)
    paragraphs = [*PARAGRAPHS[:-1], PARAGRAPHS[-1].rstrip("。")]
    assert body_text(clean_text(raw_article(paragraphs=paragraphs, tail=items))) == paragraphs


def test_undated_lines_in_a_headline_shape_under_such_a_text_stay():
    paragraphs = [*PARAGRAPHS[:-1], PARAGRAPHS[-1].rstrip("。")]
    assert body_text(clean_text(raw_article(paragraphs=paragraphs, tail=UNDATED))) == [*paragraphs, *UNDATED]


@pytest.mark.parametrize("tail", [
    ["(扬子晚报)", *UNDATED],  # a list right under it
    ["(扬子晚报)", "下载客户端，领取新人红包", *UNDATED],  # a notice, then the list
    ["(扬子晚报)", *("- " + item for item in UNDATED)],  # a bulleted list, which would take it for its header
])
def test_a_publisher_in_brackets_under_the_text_names_it_whatever_list_follows(tail):
    article = clean_text(raw_article(tail=tail))
    assert article.source == "扬子晚报"
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line, source", [("（来源：财联社）", "财联社"), ("本文来源于中新网", "中新网")])
def test_an_info_line_over_a_bulleted_list_is_no_header_of_it(line, source):
    article = clean_text(raw_article(tail=[line, *("· " + item for item in DATED)]))
    assert article.source == source
    assert body_text(article) == PARAGRAPHS


def test_a_labelled_sign_off_outranks_a_portal_claiming_the_piece():
    last = PARAGRAPHS[-1] + "（来源：钛媒体）"
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], last], tail=["本文系和讯网独家稿件，未经授权不得转载"]))
    assert article.source == "钛媒体"


def test_an_unlabelled_sign_off_does_not_outrank_a_credit_line():
    # (only 来源 makes the brackets a labelled source; `（X）` stays after the credit lines, as it was)
    article = clean_text(raw_article(head=["来源：新京报"], paragraphs=[*PARAGRAPHS[:-1], PARAGRAPHS[-1] + "（钛媒体）"]))
    assert article.source == "新京报"


@pytest.mark.parametrize("tail, source", [
    (["本文来源于远山日报"], "远山日报"),  # a line that says 来源
    (["（远山日报）"], "远山日报"),  # the text's sign-off on its own line
    ([], "山前网"),  # the claim alone still names it
])
def test_a_site_claiming_the_piece_ranks_after_what_the_text_names(tail, source):
    # (`本文系X独家稿件` is a template a portal prints on every copy it hosts: the page's own
    # 来源 or sign-off says whose text it is)
    article = clean_text(raw_article(head=["本文系山前网独家稿件，未经授权不得转载"], tail=tail))
    assert article.source == source
    assert body_text(article) == PARAGRAPHS


def test_a_claim_is_read_from_a_line_or_its_evidence():
    from digest.ingest.credits import claims_piece
    assert claims_piece("本文系山前网独家稿件，未经授权不得转载") and claims_piece("line 3: 本文系山前网原创稿件")
    assert not claims_piece("本文来源于山前网") and not claims_piece("line 3: 来源：山前网")
