"""Rule spam_tokens: a word planted at the start of many lines, found by its distribution."""
from __future__ import annotations

import pytest

from digest.ingest.rules import BatchStats
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


@pytest.mark.parametrize("token", ["营口", "云帆优选", "经济", "seo8", "XYZ"])
@pytest.mark.parametrize("spaced", [True, False])
def test_any_kind_of_token_is_removed_from_title_and_lines(token, spaced):
    article = clean_text(raw_article(token=token, spaced=spaced))
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS
    assert article.spam_tokens == (token,)
    removals = [r for r in article.removals if r.rule == "spam_tokens"]
    assert len(removals) == len(PARAGRAPHS) + 1 and "opens 8 of 8 lines" in removals[0].why


def test_a_token_on_most_lines_only_is_still_found():
    lines = [f"鞍山{p}" if index % 3 else p for index, p in enumerate(PARAGRAPHS)]
    article = clean_text(f"鞍山 {TITLE}\n" + "\n".join(lines) + "\n")
    assert body_text(article) == PARAGRAPHS and article.title == TITLE


def test_a_token_followed_by_an_emoji_marker_is_found():
    text = raw_article(token="锦州", spaced=False).replace("锦州一场", "锦州(🏮) 一场")
    assert body_text(clean_text(text)) == PARAGRAPHS


def test_a_legitimate_mention_inside_a_sentence_stays():
    paragraphs = list(PARAGRAPHS)
    paragraphs[2] = "分析人士表示，营口港的吞吐量也受到影响。客户往往需要分享专有数据。"
    article = clean_text(raw_article(token="营口", paragraphs=paragraphs))
    assert body_text(article) == paragraphs


def test_the_subject_of_an_article_opening_some_lines_stays():
    paragraphs = ["小米今天发布了新款手机，小米的股价随之上涨。", "分析师认为，小米的新品定价合理。",
                  "小米表示，新机将于下周开售。小米还宣布了新的门店计划。", "此前，小米曾多次推迟发布会。",
                  "业内人士指出，手机市场竞争激烈，小米面临压力。"]
    article = clean_text(raw_article(title="小米发布新款手机", paragraphs=paragraphs))
    assert article.title == "小米发布新款手机" and body_text(article) == paragraphs
    assert article.spam_tokens == ()


def test_speaker_labels_of_an_interview_stay():
    paragraphs = ["记者：这次改革的重点是什么？", "张明：重点是服务企业。", "记者：企业的反应如何？",
                  "张明：反应很积极，大家都很支持。", "记者：下一步有什么打算？", "张明：继续推进。"]
    assert body_text(clean_text(raw_article(title="专访张明", paragraphs=paragraphs))) == paragraphs


def test_a_token_planted_on_other_pages_of_the_batch_is_found_on_a_sparse_page():
    text = f"丹东{TITLE}\n" + "\n".join([f"丹东{PARAGRAPHS[0]}", *PARAGRAPHS[1:]]) + "\n"
    assert clean_text(text).title == f"丹东{TITLE}"  # two lines of eight: no evidence on the page alone
    article = clean_text(text, batch=BatchStats(spam_tokens=frozenset({"丹东"})))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_tokens_in_related_news_titles_go_too():
    text = raw_article(token="本溪", tail=["相关新闻", "- 本溪哈萨克斯坦最大物流枢纽建成投用详细阅读", "2025-06-1562"])
    article = clean_text(text)
    assert article.blocks[0].items[0].title == "哈萨克斯坦最大物流枢纽建成投用"


def test_rule_off_keeps_the_tokens():
    article = clean_text(raw_article(token="营口"), rules={"spam_tokens": False})
    assert article.title == f"营口 {TITLE}"
