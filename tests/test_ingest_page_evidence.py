"""Furniture told by what the whole page shows (issue 13, branch `head13d`, checked leave-one-round-out):
a run of other stories' headlines after a text whose writer ends lines with sentences, and one stray
line between the headline and the text whose words the text never uses. Each with the text it must
keep."""
from __future__ import annotations

from digest.ingest.story_lists import story_list
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article

OTHER_STORIES = ["AI全面上攻美股四大指數大漲!那斯達克飆348點 輝達、台積電ADR皆漲近4%",
                 "銀彈上膛瞄準發射!八大公股月撒40億狂掃「它」13萬張 「這5檔ETF」同步吸金破10億",
                 "拜登警告以军若胆敢进攻 炮弹援助将终止 美国国会两党议员对此看法不一"]  # (longer than a tag)


LONG = PARAGRAPHS * 3  # (a long text, every line a sentence's end)


def test_a_run_of_other_stories_headlines_after_a_long_punctuated_text_goes():
    assert body_text(clean_text(raw_article(paragraphs=LONG, tail=OTHER_STORIES))) == LONG
    # under a text that leaves a line of its own unpunctuated the run is not known to be other
    # stories: it stays (a short text whose every line ends a sentence: `test_ingest_story_runs.py`)
    loose = [PARAGRAPHS[0], "这家公司的未来仍然充满变数", *PARAGRAPHS[1:]]
    assert "那斯達克" in "\n".join(body_text(clean_text(raw_article(paragraphs=loose, tail=OTHER_STORIES))))


def test_two_such_lines_or_a_post_without_sentence_ends_keep_them():
    # two lines in a headline's shape after the text may be its own last words (clean articles end so)
    assert story_list(OTHER_STORIES[:2], [TITLE, *LONG]) == set()
    # a post that sets its sentences on lines without a sentence's end: its lines are its text
    post = ["今天的夕阳特别好看 我们在江边走了很久", "风吹过来的时候 大家都笑了起来", "这样的日子希望可以多一点",
            "明天我们还要再来这里看看", "朋友说下次要带上相机一起来"]
    lines = [*post, *OTHER_STORIES]
    assert story_list(lines, post[:3]) == set()


def test_lines_that_use_the_articles_words_or_rows_of_its_table_stay():
    article = [TITLE, *LONG]
    own = ["数据公司的客户雪崩仍在继续扩大", "谷歌微软等主要客户也在疏远这家公司", "客户往往需要分享专有数据和原型产品"]
    assert story_list(own, article) == set()
    table = ["嘉義市:停班停課安排已經公布", "台南市:停班停課安排已經公布", "高雄市:停班停課安排已經公布"]
    assert story_list(table, article) == set()
    assert story_list(OTHER_STORIES, [TITLE, *LONG]) == {0, 1, 2}


def test_one_stray_line_between_the_headline_and_the_text_goes():
    for stray in ("0人赞同了该回答", "特约记者佟亮", "8.5万", "a-a+"):
        assert body_text(clean_text(raw_article(head=[stray]))) == PARAGRAPHS, stray


def test_one_heading_or_a_piece_of_a_sentence_under_the_headline_stays():
    # a heading's word alone, a piece of a sentence, a date: the text's, whether or not it repeats their words
    for kept in ("案情回顾", "人物档案", "停在门口……", "12月11日凌晨"):
        assert kept in "\n".join(body_text(clean_text(raw_article(head=[kept])))), kept
    # a short line that the text's words confirm is its subtitle or heading: it stays too
    assert "数据公司客户流失" in "\n".join(body_text(clean_text(raw_article(head=["数据公司客户流失"]))))
    assert clean_text(raw_article(head=["0人赞同了该回答"])).title == TITLE
