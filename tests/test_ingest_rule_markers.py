"""Rules emoji_markers and planted_symbols: emoji and symbols planted in parentheses, any emoji
or symbol, both parenthesis widths; runs of symbols planted between the words of a page."""
from __future__ import annotations

import pytest

from digest.ingest.batch import learn_from_batch
from digest.ingest.clean import Survey
from digest.ingest.dedup import make_sketch
from digest.ingest.markers import remove_markers
from digest.ingest.rules import BatchStats
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize("planted, clean", [
    ("大语(😔)言模型", "大语言模型"),
    ("大语（🚀）言模型", "大语言模型"),
    ("大语(🚀）言模型", "大语言模型"),
    ("其业务((💂)涵盖与大公司的合作)依然强劲", "其业务(涵盖与大公司的合作)依然强劲"),
    ("其业务（（🦈）涵盖与大公司的合作）依然强劲", "其业务（涵盖与大公司的合作）依然强劲"),
    ("Garrett Lord表示:(🛁)", "Garrett Lord表示:"),
    ("国旗(🇨🇳)飘扬", "国旗飘扬"),
    ("一(👨‍👩‍👧)家人", "一家人"),
    ("点(👍🏽)赞", "点赞"),
    ("按(1️⃣)键", "按键"),
    ("红(❤️)心", "红心"),
    ("Scale (🔥) AI", "Scale AI"),
    ("( 😀 )开头", "开头"),
    ("大语(★)言模型", "大语言模型"),
    ("大语（◆）言模型", "大语言模型"),
    ("数(✿)据", "数据"),
    ("数(⬛)据", "数据"),
    ("大语[😔]言模型", "大语言模型"),
    ("大语【😔】言模型", "大语言模型"),
    ("大语〔🚀〕言模型", "大语言模型"),
    ("大语［★］言模型", "大语言模型"),
    ("大语{😔}言模型", "大语言模型"),
    ("大语<😔>言模型", "大语言模型"),
])
def test_markers_go_and_the_text_closes_up(planted, clean):
    assert remove_markers(planted)[0] == clean


@pytest.mark.parametrize("text", ["第(1)条", "(A)选项", "温度(℃)", "(注：本文有删节)", "（完）", "得分(3:1)",
                                  "【图】", "[1]", "他回了个「😂」", "《三体》", "<br>"])
def test_real_parentheses_stay(text):
    assert remove_markers(text) == (text, [])


def test_rule_reports_each_line_and_marker():
    article = clean_text(f"{TITLE}\n在合作(🍈)中，客(🕒)户通常会共享数据。\n")
    assert body_text(article) == ["在合作中，客户通常会共享数据。"]
    assert [(r.rule, r.line, r.text) for r in article.removals] == [("emoji_markers", 2, "(🍈) (🕒)")]


def test_rule_off_keeps_the_markers():
    article = clean_text(f"{TITLE}\n在合作(🍈)中，客户通常会共享数据。\n", rules={"emoji_markers": False})
    assert "(🍈)" in article.body


def test_a_word_stamped_on_a_related_news_item_is_a_stamp():
    from digest.ingest.markers import stamped_word

    assert stamped_word("- 信息(🍖) 购机赠送精美相机包详细阅读") == "信息"
    assert stamped_word("锦州（🏮） 一场交易") == "锦州"
    assert stamped_word("大语(😔)言模型") is None


@pytest.mark.parametrize("planted, clean", [("蛋(🥚(🚜))糕", "蛋糕"), ("天((🌈)🚆)气", "天气"), ("雨((☔)(🌂))伞", "雨伞")])
def test_nested_markers_go_until_none_is_left(planted, clean):
    assert remove_markers(planted)[0] == clean


def _plant(text: str, runs: list[str]) -> str:
    """`text` with a run of symbols after every clause's last character, before its mark."""
    out, index = [], 0
    for char in text:
        if char in "，。、" and index < len(runs):
            out.append(runs[index])
            index += 1
        out.append(char)
    return "".join(out)


# Mixed symbols of several blocks, with the `=`, `-` and `…` a farm puts among them.
RUNS = ["✿◈▣", "♢▦=", "⬟✦", "◍▩…", "☀✪-", "❖⬢", "◐✧", "▧☽", "⚑✥", "❂▥", "⬙✶", "◊☂"]


def test_runs_of_mixed_symbols_planted_between_the_words_go():
    planted = [_plant(paragraph, RUNS) for paragraph in PARAGRAPHS[:3]]
    article = clean_text("\n".join([TITLE, *planted, *PARAGRAPHS[3:]]))
    assert body_text(article) == PARAGRAPHS
    removed = [r for r in article.removals if r.rule == "planted_symbols"]
    assert [r.line for r in removed] == [2, 3, 4] and removed[0].text.startswith("✿◈▣ ♢▦=")
    # the page is a farm's: a draft, with the evidence
    assert any(w.check == "shuffled_text" and w.serious and "planted inside its sentences" in w.message for w in article.warnings)


def test_a_number_keeps_its_digits_when_a_run_sits_in_it():
    line = "活动价9■=.9元,门店数达8•-●△★.8万家,去年15▪-○.5万家,总量升至3◆▷.2倍。"
    article = clean_text("\n".join([TITLE, line, _plant(PARAGRAPHS[0], RUNS), *PARAGRAPHS[1:]]))
    assert body_text(article)[:2] == ["活动价9.9元,门店数达8.8万家,去年15.5万家,总量升至3.2倍。", PARAGRAPHS[0]]


@pytest.mark.parametrize("line", [
    "评分：口味★★★★☆，环境★★★☆☆，服务★★★★★，价格●●●○○。",  # ratings: one kind of symbol each
    "二○二○年二月以来，赌收三十六个月最高。",  # ○ for zero
    "勒布朗•詹姆斯和斯蒂芬•库里、凯文•杜兰特、卡哇伊•莱昂纳德同场。",  # a name's separator
    "五一假期：★5月1日开放；★5月2日闭馆；★5月3日夜场；★5月4日闭园。",  # bullets after clause marks
    "该酒店为5★级，曾获®认证，A•B测试与C◆D方案、E★F评级均已完成。",  # three runs, one kind each
])
def test_an_editors_symbols_stay(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert body_text(article)[0] == line
    assert not [r for r in article.removals if r.rule == "planted_symbols"]


def test_a_planted_page_keeps_its_zeros():
    planted = [_plant(paragraph, RUNS) for paragraph in PARAGRAPHS[:3]]
    article = clean_text("\n".join([TITLE, *planted, "二○二○年二月以来，赌收三十六个月最高。", *PARAGRAPHS[3:]]))
    assert body_text(article)[3] == "二○二○年二月以来，赌收三十六个月最高。"


def test_three_planted_runs_are_not_yet_a_planted_page():
    line = _plant(PARAGRAPHS[0], RUNS[:3])
    assert line != PARAGRAPHS[0]
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS[1:]]))
    assert body_text(article)[0] == line


def test_rule_off_keeps_the_planted_runs():
    planted = [_plant(paragraph, RUNS) for paragraph in PARAGRAPHS[:3]]
    article = clean_text("\n".join([TITLE, *planted, *PARAGRAPHS[3:]]), rules={"planted_symbols": False})
    assert body_text(article)[:3] == planted


# A farm's marks without brackets: an emoji inside a word, about one a paragraph.
BARE = ["一场价值290亿美元的交易，本应是这家数据公司的加冕时刻，却正迅速演变为一场客户雪🏮崩。",
        "报道指出，除谷歌外，微软等其他主要客户也在疏远这家🌈公司，另一家公司同样寻求退出。",
        "分析人士表示，这种集体逃离背后的逻辑清晰而残酷。客户往往需要分享专有数据和原型🚀产品。",
        "这笔交易的冲击波来得异常迅猛，多家竞争对手已经展开谈🍈判，寻求尽快转移工作负载。",
        "对谷歌而言，这一决定并非心血来潮。谷歌在过去一年多的时间里，已经开始寻求供应🕒商的多元化。",
        "面对客户的疑虑，该公司的发言人在一份声明中强调，其业务依然强劲，并承诺保护客户数🧡据。",
        "业内人士认为，这笔看似风光的交易，最终可能成为一把刺向其核心业务的达摩😔克利斯之剑。"]


def test_emoji_planted_inside_words_without_brackets_go():
    article = clean_text("\n".join([TITLE, *BARE]))
    assert body_text(article) == PARAGRAPHS
    assert {r.rule for r in article.removals} == {"planted_symbols"}
    # markers, not a spun text: no warning for them
    assert not [w for w in article.warnings if w.check == "shuffled_text"]


def test_emoji_that_only_ever_stand_inside_the_sentences_go():
    planted = ["一场价值290亿美元的交易，本应是🏮这家数据公司的加冕时刻，却正迅速演变为一场客户雪崩。",
               "报道指出，除谷歌外，微软等其他🍈主要客户也在疏远这家公司，另一家公司同样寻求退出。", *PARAGRAPHS[2:]]
    article = clean_text("\n".join([TITLE, *planted]))
    assert body_text(article) == PARAGRAPHS


def test_a_post_whose_emoji_also_end_its_lines_keeps_them():
    casual = ["今天天气真好😊我们一起去公园散步，孩子们玩得很开心🎈", "晚上吃了火锅🍲味道不错，下次还来！😋",
              "周末加班好累😭明天终于可以休息了。", "收到礼物好感动❤️谢谢大家的祝福。", "新年快乐🎉祝大家万事如意。"]
    article = clean_text("\n".join([TITLE, *casual, *PARAGRAPHS]))
    assert body_text(article)[:5] == casual


def test_an_emoji_that_cuts_a_word_goes_alone():
    line = "他们的市场消🏂费者遍布全国，新品牌主要就是引入设计师作品。"
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert body_text(article)[0] == "他们的市场消费者遍布全国，新品牌主要就是引入设计师作品。"


LONE = "周末加班好累😭明天终于可以休息了，大家都在等这一天。"  # (one emoji between two words: it cuts none)


def test_a_lone_emoji_between_words_stays_on_its_own_page():
    article = clean_text("\n".join([TITLE, LONE, *PARAGRAPHS]))
    assert body_text(article)[0] == LONE


def test_a_lone_emoji_between_words_goes_in_a_batch_that_marks_its_copies():
    article = clean_text("\n".join([TITLE, LONE, *PARAGRAPHS]), batch=BatchStats(marked=True))
    assert body_text(article)[0] == LONE.replace("😭", "")
    # (an emoji that ends a clause is not between two words: it stays)
    ending = "今天的比赛我们终于赢了，球员和球迷都非常高兴😊"
    article = clean_text("\n".join([TITLE, ending, *PARAGRAPHS]), batch=BatchStats(marked=True))
    assert body_text(article)[0] == ending


def test_the_batch_is_a_marking_farms_when_a_fifth_of_its_pages_carried_marks():
    def surveys(marked: int, pages: int) -> list[Survey]:
        return [Survey((), (), make_sketch(f"第{index}篇文章的正文内容各不相同，编号{index * 7919}。"), marked=index < marked)
                for index in range(pages)]
    assert learn_from_batch(surveys(2, 10), 0.8).marked
    assert not learn_from_batch(surveys(1, 10), 0.8).marked
    assert not learn_from_batch(surveys(2, 4), 0.8).marked  # (too few pages to tell a farm)


def test_a_flag_between_two_words_is_one_emoji():
    line = "东部的企业正在🇺🇸向西部转移，新的产业园区已经陆续建成投产。"
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]), batch=BatchStats(marked=True))
    assert body_text(article)[0] == line.replace("🇺🇸", "")
    # and one that cuts a word goes on its own page too
    cut = "他在去年转会加盟了这支球🇨🇳队，并且很快成为主力。"
    article = clean_text("\n".join([TITLE, cut, *PARAGRAPHS]))
    assert body_text(article)[0] == cut.replace("🇨🇳", "")
