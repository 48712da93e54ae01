"""A deck the text says again (issue 13, branch `furny`, from the tune pages' list of lines that a
longer line of the page holds): a line above the text's first paragraph whose words that paragraph
says again, from anywhere in it (after its dateline, an encoding's slips aside), is the page's
standfirst, not the text's start; a headline the lead repeats, a pull quote the text says again
further down and a caption that copies the lead with its credit stay."""
from __future__ import annotations

from digest.ingest.summaries import deck_said_again
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

DECK = "记者在多地田间看到，收割机开足马力驰骋在麦田中，一排排小麦被整齐地切割脱粒，广袤农田一片繁忙景象。"
HEAD = [TITLE, "2025-05-29 10:30 来源：某某日报"]  # (a deck stands under the article's info line)
LEAD = "本报北京5月29日电（记者张三）全国三夏大规模小麦机收全面展开。" + DECK + "今年的收获进度快于往年。"


def test_a_deck_the_first_paragraph_says_again_goes():
    body = body_text(clean_text("\n".join([*HEAD, DECK, LEAD, *PARAGRAPHS[:3]])))
    assert body == [LEAD, *PARAGRAPHS[:3]]
    assert body_text(clean_text("\n".join([TITLE, DECK, LEAD, *PARAGRAPHS[:3]]))) == [LEAD, *PARAGRAPHS[:3]]


def test_a_deck_cut_off_or_over_a_subheading_goes():
    cut = DECK[:36] + "……"
    assert deck_said_again(cut, [*HEAD, cut, LEAD], 2)
    assert deck_said_again(DECK, [*HEAD, DECK, "前言", LEAD], 2)  # (a short line between them)


def test_a_headline_the_lead_says_again_stays():
    # no sentence of its own: the headline, however much of it the lead holds
    headline = "全国三夏大规模小麦机收全面展开 收割机开足马力驰骋在麦田中"
    assert not deck_said_again(headline, ["首页 > 要闻", "某某网", headline, LEAD], 2)
    assert not deck_said_again(DECK, [DECK, LEAD], 0)  # (the page's first line)



def test_the_rest_of_a_paragraph_the_line_above_runs_on_into_stays():
    # `…面对渠道愈演愈` / `烈的回扣风,…。` over `面对渠道愈演愈烈的回扣风,…。…`: one paragraph broken across lines
    # (its start glued to the headline), the text's own first words, whatever the paragraph under it repeats
    paragraph = "面对家装渠道愈演愈烈的回扣风，消费者虽有耳闻却又苦无良策，只有在商家与家装公司的相互勾结中被动挨宰的份。"
    rest = paragraph[8:]
    again = paragraph + "据调查，回扣比例高者达六成，行业普遍的潜规则是四成左右。"
    assert not deck_said_again(rest, ["是谁造成家装公司拿回扣" + paragraph[:8], rest, again], 1)
    assert deck_said_again(rest, ["是谁造成家装公司拿回扣", rest, again], 1)


def test_a_pull_quote_the_text_says_again_further_down_stays():
    # the first paragraph under it is another: the quote is the text's first paragraph
    quote = "马莉表示，改成这样唱起来不觉得拗口吗？我们并不尊重自己的经典文化，随意就去丑化或者消解掉。"
    texts = [*HEAD, quote, PARAGRAPHS[0], "她说：" + quote + "这并不值得提倡。"]
    assert not deck_said_again(quote, texts, 2)


def test_the_lead_a_caption_copies_with_its_credit_stays():
    # (the picture's caption under the lead is the lead again, signed: the lead is the text)
    caption = LEAD + "新华社记者 李四 摄"
    assert not deck_said_again(LEAD, [*HEAD, LEAD, caption, *PARAGRAPHS[:2]], 2)
    assert body_text(clean_text("\n".join([*HEAD, LEAD, caption, *PARAGRAPHS[:2]])))[0] == LEAD


def test_a_paragraph_printed_twice_with_a_few_words_changed_stays():
    # (the deck near all of the paragraph under it: a text's summary paragraph and its body, both the text's)
    again = DECK.replace("驰骋在麦田中", "在麦田中驰骋") + "收获正当时。"
    assert not deck_said_again(DECK, [*HEAD, DECK, again, *PARAGRAPHS[:2]], 2)


def test_words_a_long_paragraph_shares_in_another_order_are_no_deck():
    # (its clauses in another order: the pairs of characters are there, the deck's sentence is not said again)
    clauses = DECK.rstrip("。").split("，")
    scattered = PARAGRAPHS[0] + "，".join(reversed(clauses)) + "。" + PARAGRAPHS[1]
    assert not deck_said_again(DECK, [*HEAD, DECK, scattered], 2)
    assert deck_said_again(DECK, [*HEAD, DECK, PARAGRAPHS[0] + DECK + PARAGRAPHS[1]], 2)


def test_a_paragraph_that_ends_on_the_words_of_the_one_above_keeps_both():
    # (the words said again at the end of a long paragraph, not from its opening: the text repeating itself)
    later = PARAGRAPHS[0] + PARAGRAPHS[1] + PARAGRAPHS[2] + DECK
    assert not deck_said_again(DECK, [*HEAD, DECK, later], 2)


def test_a_deck_taken_out_is_still_the_clean_copy_a_stuffer_pushed_its_keywords_into():
    # (the summary goes as the page's deck; the check for a keyword-stuffed copy still reads it)
    summary = ("暑期接近尾声,记者从市文明办了解到,假期期间,六所高校的近千名学生志愿者走进城市博物馆、图书馆和美术馆,"
               "为游客提供讲解、引导和咨询服务。")
    stuffed = ("暑期接近尾声,暑期记者从市文明办了解到,近千名假期期间,大学生六所高校的近千名学生志愿者走进城市博物馆、"
               "图书馆和美术馆,开展志愿为游客提供讲解、引导和咨询服务,展现了青年一代的风采,博物馆志愿服务受到欢迎。")
    article = clean_text("\n".join(["暑期近千名大学生走进城市博物馆", HEAD[1], summary, stuffed, *PARAGRAPHS[:2]]))
    assert body_text(article) == [stuffed, *PARAGRAPHS[:2]]
    assert any("keyword-stuffed" in warning.message for warning in article.warnings)
