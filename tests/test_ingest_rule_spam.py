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


def test_a_person_who_opens_the_paragraphs_and_is_he_in_their_next_sentences_stays():
    """A short article about one person opens each paragraph with the name and its next sentences
    with 他: the name opens no sentence inside a line, yet it is the subject, not a stamp."""
    paragraphs = ["金馬獎落幕，擔任評審團主席的李安不負眾望，評出最優秀作品。他日前談到台灣電影時難掩憂心。",
                  "李安認為，台灣電影的結構不健全。他說這類電影很悶。總而言之，電影需要觀眾。",
                  "李安認為電影工作者的難處在於窮困。反之，商業片的導演更需承受票房的壓力。",
                  "談到大陸電影，李安直言很多片子不如市場好。他認為導演有的孤芳自賞。",
                  "李安愛之深，責之切。平常儒雅的他，談電影毫不妥協。"]
    article = clean_text(raw_article(title="李安失望台灣商業片 不會進戲院", paragraphs=paragraphs))
    assert article.title == "李安失望台灣商業片 不會進戲院" and body_text(article) == paragraphs
    assert article.spam_tokens == ()


def test_a_long_subject_the_text_speaks_of_opening_several_lines_stays():
    # each line a representative's words: the phrase is the page's subject, its pairs all over the text
    paragraphs = ["全国人大香港代表团昨日乘飞机到北京，准备出席即将召开的全国人大会议。代表们在机场接受访问。",
                  "港区全国人大代表吴秋北表示，各位代表将不负市民的期望和信任，认真履职。",
                  "港区全国人大代表陈曼琪表示，自己这次的主轴是守正和创新。",
                  "港区全国人大代表陈振英相信，今年焦点会是政府工作报告。", "代表团将在北京停留十天。"]
    article = clean_text(raw_article(title="全国人大香港代表团启程赴京", paragraphs=paragraphs))
    assert body_text(article) == paragraphs and article.spam_tokens == ()


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


LONG_PARAGRAPHS = [p + "这一消息随即引发了市场的广泛关注。分析师普遍认为，短期内局面难以扭转。" for p in PARAGRAPHS]


def test_a_word_the_page_uses_set_apart_at_the_start_of_the_title_and_lines_is_planted():
    # 教育 is this article's subject (mentioned mid-sentence several times), but `教育 ` opening the
    # title and lines, set apart by a space, is a stamp
    paragraphs = ["该研究关注高等教育的国际竞争力，教育投入持续增长。", "报告认为，教育质量决定人才储备。",
                  *PARAGRAPHS[:4]]
    lines = [f"教育 {p}" if index % 2 == 0 else p for index, p in enumerate(paragraphs)]
    article = clean_text(f"教育 {TITLE}\n" + "\n".join(lines) + "\n")
    assert article.title == TITLE and body_text(article) == paragraphs


def test_two_lines_set_apart_by_the_same_word_are_enough_when_it_is_nowhere_else():
    lines = [f"秦皇岛 {PARAGRAPHS[0]}", PARAGRAPHS[1], f"秦皇岛 {PARAGRAPHS[2]}", PARAGRAPHS[3]]
    article = clean_text(f"{TITLE}\n" + "\n".join(lines) + "\n")
    assert body_text(article) == PARAGRAPHS[:4]


def test_a_token_opening_lines_but_none_of_the_sentences_inside_them_is_planted():
    lines = [f"月光宝盒{p}" if index % 2 == 0 else p for index, p in enumerate(LONG_PARAGRAPHS)]
    article = clean_text(f"{TITLE}\n" + "\n".join(lines) + "\n")
    assert body_text(article) == LONG_PARAGRAPHS and article.spam_tokens == ("月光宝盒",)


def test_dates_and_counts_opening_lines_are_not_tokens():
    paragraphs = ["12月1日，全市开展消防安全检查。", "12月3日，一家轮胎厂发生火灾，无人员伤亡。",
                  "12月5日，消防部门通报了检查结果。", "12月8日，多家企业被责令整改。"]
    article = clean_text(raw_article(title="火灾频发敲响警钟", paragraphs=paragraphs))
    assert body_text(article) == paragraphs and article.spam_tokens == ()


def test_in_a_content_farms_batch_the_title_and_one_line_of_a_short_page_are_enough():
    text = f"酒店{TITLE}\n{PARAGRAPHS[0]}\n酒店{PARAGRAPHS[1]}\n{PARAGRAPHS[2]}\n"
    assert clean_text(text).title == f"酒店{TITLE}"  # on its own, 酒店 could be what the page is about
    article = clean_text(text, batch=BatchStats(farm=True))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS[:3]


def test_a_farm_batch_leaves_the_subject_of_a_long_page_alone():
    paragraphs = [f"民生加银{PARAGRAPHS[0]}", *PARAGRAPHS[1:], *LONG_PARAGRAPHS[:3]]
    article = clean_text(raw_article(title="民生加银首个基金面市", paragraphs=paragraphs), batch=BatchStats(farm=True))
    assert article.title == "民生加银首个基金面市" and body_text(article) == paragraphs


def test_a_batch_token_on_one_line_only():
    paragraphs = [PARAGRAPHS[0], f"星辰娱乐{PARAGRAPHS[1]}", *PARAGRAPHS[2:]]
    batch = BatchStats(spam_tokens=frozenset({"星辰娱乐", "投资"}))
    assert body_text(clean_text(raw_article(paragraphs=paragraphs), batch=batch)) == PARAGRAPHS
    # a two-character word glued to one line may be the start of a longer one: 投资者 is not 投资 + 者
    investors = [*PARAGRAPHS[:3], "投资者对此反应冷淡，成交量明显萎缩。", *PARAGRAPHS[3:]]
    assert body_text(clean_text(raw_article(paragraphs=investors), batch=batch)) == investors


def test_the_batch_adds_up_weak_evidence_from_several_pages():
    from digest.ingest.batch import learn_from_batch
    from digest.ingest.clean import Survey

    strong = Survey(("宝鸡",), (), (1,))
    weak = Survey((), (), (2,), token_hints=(("宝鸡", 2, 0), ("胡锦涛", 3, 2)))
    subject = Survey((), (), (3,), token_hints=(("胡锦涛", 3, 1),))
    learned = learn_from_batch([strong, weak, subject], 0.8)
    assert "宝鸡" in learned.spam_tokens and "胡锦涛" not in learned.spam_tokens
    assert not learned.farm  # too few pages to tell
    pages = [Survey(("宝鸡",), (), (index,)) for index in range(4)] + [Survey((), (), (9,))] * 6
    assert learn_from_batch(pages, 0.8).farm


def test_in_a_farms_batch_a_batch_token_opening_a_third_of_a_short_page_goes():
    # 宝鸡 was found on another page of the batch; here it is glued to two of five lines (not the
    # title) and nowhere else: in a content farm's batch, on a page with no other stamp, a stamp
    lines = [f"宝鸡{PARAGRAPHS[0]}", f"宝鸡{PARAGRAPHS[1]}", PARAGRAPHS[2]]
    text = f"{TITLE}\n来源：新华网\n" + "\n".join(lines) + "\n"
    farm = BatchStats(spam_tokens=frozenset({"宝鸡"}), farm=True)
    assert body_text(clean_text(text, batch=farm)) == PARAGRAPHS[:3]
    assert body_text(clean_text(text, batch=BatchStats(spam_tokens=frozenset({"宝鸡"})))) == lines  # not a farm: kept


def test_a_batch_token_the_page_also_uses_goes_when_it_opens_lines_and_none_of_their_sentences():
    # 市场 is a word this article uses (mid-sentence, as often as it opens lines), but it opens
    # half the lines and not one of the many sentences inside them: the farm's token
    paragraphs = [p if index % 2 == 0 else p.replace("市场的", "业内的") for index, p in enumerate(LONG_PARAGRAPHS)]
    lines = [f"市场{p}" if index % 2 == 0 else p for index, p in enumerate(paragraphs)]
    text = f"{TITLE}\n" + "\n".join(lines) + "\n"
    assert body_text(clean_text(text, batch=BatchStats(spam_tokens=frozenset({"市场"})))) == paragraphs


def test_a_word_stamped_on_the_title_and_at_the_end_of_another_line_goes():
    text = "\n".join([f"雅蝶{TITLE}", PARAGRAPHS[0], "信任的代价雅蝶", *PARAGRAPHS[1:4]])
    article = clean_text(text)
    assert article.title == TITLE
    assert "雅蝶" not in article.body and "信任的代价" in article.body
    # the page's own word, used in its text too, stays
    own = "\n".join(["雅蝶公司发布新品", "雅蝶公司今天发布了新品，市场反应热烈。", "新品的名字叫雅蝶", *PARAGRAPHS[1:4]])
    assert clean_text(own).title == "雅蝶公司发布新品"


def test_a_headline_shown_three_times_does_not_make_its_first_word_a_stamp():
    headline = "天文台發出八號東南烈風或暴風信號"
    page = "\n".join([headline, "", headline, "", headline, "", "天文台表示，八號東南烈風或暴風信號在上午1時40分發出，取代三號強風信號。",
                      "天文台預料，本港風勢會持續增強，市民應留在安全地方。", *PARAGRAPHS[:4],
                      "市民可留意天文台的最新消息。"]) + "\n"
    article = clean_text(page)
    assert article.title == headline
    assert not [r for r in article.removals if r.rule == "spam_tokens"]


def test_a_name_that_opens_a_masthead_a_menu_and_a_lead_is_no_stamp():
    # `中新` opens four lines, but goes on only as 中新网 and 中新社: the start of names, not a word
    # planted before whatever the line says
    lead = "中新社乌鲁木齐7月14日电 (苟继鹏)旅游旺季来临的新疆又遇上“古尔邦节”，来自五湖四海的游客和当地民众同游。"
    lines = ["中新网", "中新网首页|安徽|北京|上海|重庆|福建", "今年古尔邦节假期新疆累计接待游客逾885万人次", lead,
             *PARAGRAPHS[:3], "中新社记者 张三"]
    article = clean_text("\n".join(lines))
    assert lead in body_text(article)
    assert not [r for r in article.removals if r.rule == "spam_tokens"]


def test_a_stamp_on_the_title_and_its_echo_still_goes():
    # the title printed again as the lead's first line goes on as the title does: one line, so a
    # token on it and on one other line is still a stamp
    lines = ["河池 板材联盟如何更好引导家居环保消费", "河池 板材联盟如何更好引导家居环保消费时间：2009年11月18日",
             "河池 这期的议题是板材联盟如何更好的引导家居环保消费。", *PARAGRAPHS[:3]]
    article = clean_text("\n".join(lines))
    assert "河池" not in article.title and not any(line.startswith("河池") for line in body_text(article))


@pytest.mark.parametrize("stamp", [lambda text: f"【盘锦】{text}", lambda text: f"[vx123]{text}",
                                   lambda text: f"盘锦｜{text}", lambda text: f"〔鑫盛配资〕 {text}",
                                   lambda text: f"#盘锦# {text}", lambda text: f"★盘锦★{text}", lambda text: f"@盘锦 {text}",
                                   lambda text: f"盘锦—{text}", lambda text: f"（盘锦）{text}",
                                   lambda text: f"{text}盘锦", lambda text: f"{text} vx123", lambda text: f"{text}（盘锦）"])
def test_a_stamp_in_brackets_before_a_bar_or_after_the_last_sentence_goes(stamp):
    stamped = [stamp(paragraph) if index % 4 != 3 else paragraph for index, paragraph in enumerate(PARAGRAPHS)]
    article = clean_text("\n".join([stamp(TITLE), *stamped]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    assert {r.rule for r in article.removals} == {"spam_tokens"}


def test_a_columns_label_and_an_interviews_speakers_stay():
    column = ["【深度】" + PARAGRAPHS[0], *PARAGRAPHS[1:]]  # a label on one line, not on the headline
    assert body_text(clean_text("\n".join([TITLE, *column]))) == column
    speakers = [f"【{'记者' if index % 2 else '张三'}】{paragraph}" for index, paragraph in enumerate(PARAGRAPHS)]
    assert body_text(clean_text("\n".join([TITLE, *speakers]))) == speakers


def test_a_word_after_the_last_sentence_of_lines_but_also_inside_the_text_stays():
    lines = [paragraph + "谷歌" for paragraph in PARAGRAPHS[:4]] + PARAGRAPHS[4:]  # the page speaks of 谷歌
    article = clean_text("\n".join([TITLE + "谷歌", *lines]))
    assert body_text(article) == lines


def test_a_stamp_glued_to_the_end_of_the_title_and_lines_goes_and_a_stamped_related_item_keeps_its_bullet():
    stamped = [paragraph + "闪电贷" if index % 4 != 3 else paragraph for index, paragraph in enumerate(PARAGRAPHS)]
    article = clean_text("\n".join([TITLE + "闪电贷", *stamped]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    page = "\n".join(["【盘锦】" + TITLE, *["【盘锦】" + p for p in PARAGRAPHS[:4]], *PARAGRAPHS[4:],
                      "相关新闻", "- 【盘锦】谷歌推出新一代人工智能模型", "- 【盘锦】微软宣布收购一家游戏公司"])
    article = clean_text(page)
    assert body_text(article) == PARAGRAPHS
    assert all(not item.title.startswith("【") for block in article.blocks for item in block.items)


def test_headings_that_end_with_the_words_the_text_is_about_stay():
    text = [*PARAGRAPHS[:2], "推动数据产业发展", "数据公司的发展离不开客户的信任，发展的关键在于发展质量，各方都在谈发展。",
            "坚持创新发展", *PARAGRAPHS[2:4], "实现高质量发展", *PARAGRAPHS[4:]]
    article = clean_text("\n".join(["数据独角兽的高质量发展", *text]))
    assert article.title == "数据独角兽的高质量发展"


def test_a_speaker_who_heads_the_headline_and_the_turns_of_an_interview_stays():
    turns = [f"{'马化腾' if index % 2 else '记者'}：{paragraph}" for index, paragraph in enumerate(PARAGRAPHS)]
    article = clean_text("\n".join(["马化腾：数据公司的困境是暂时的", *turns]))
    assert article.title == "马化腾：数据公司的困境是暂时的" and body_text(article) == turns


@pytest.mark.parametrize("stamp", [lambda text: f"【盘锦】{text}", lambda text: f"盘锦｜{text}", lambda text: f"{text}盘锦"])
def test_a_batch_token_in_another_form_goes_from_a_page_too_lightly_stamped_to_show_it(stamp):
    # two stamped lines of eight and an unstamped headline: too little on this page alone; the
    # batch found 盘锦 stamped on other pages, so here it goes too (a mid-sentence 盘锦 stays)
    mention = PARAGRAPHS[3][:20] + "盘锦" + PARAGRAPHS[3][20:]
    paragraphs = [*PARAGRAPHS[:3], mention, *PARAGRAPHS[4:]]
    lines = [stamp(p) if index in (1, 4) else p for index, p in enumerate(paragraphs)]
    text = "\n".join([TITLE, *lines])
    assert body_text(clean_text(text)) == lines
    assert body_text(clean_text(text, batch=BatchStats(spam_tokens=frozenset({"盘锦"})))) == paragraphs


def test_a_batch_token_the_page_uses_mid_sentence_or_as_a_name_stays():
    batch = BatchStats(spam_tokens=frozenset({"新闻"}))
    lines = ["来源：央视新闻", PARAGRAPHS[0] + "新闻", *PARAGRAPHS[1:]]  # one line ends with it: not enough
    assert body_text(clean_text("\n".join([TITLE, *lines]), batch=batch)) == [lines[1], *PARAGRAPHS[1:]]
    talk = [p[:10] + "盘锦" + p[10:] for p in PARAGRAPHS]  # the page speaks of 盘锦 throughout
    lines = ["【盘锦】" + talk[0], "【盘锦】" + talk[1], *talk[2:]]
    assert body_text(clean_text("\n".join([TITLE, *lines]), batch=BatchStats(spam_tokens=frozenset({"盘锦"})))) == lines


def test_the_batch_learns_a_token_from_labels_and_end_words_of_several_lightly_stamped_pages():
    import datetime

    from digest.ingest.batch import learn_from_batch
    from digest.ingest.clean import Source, Survey, survey_source
    from digest.ingest.normalize import page_from_text
    from digest.ingest.settings import load_settings

    settings, _ = load_settings({"rules": {}})

    def survey(text: str) -> Survey:
        source = Source("p.txt", page_from_text("p.txt", text), "utf-8", "text", datetime.date(2025, 6, 20))
        return survey_source(source, settings)[0]

    labelled = "\n".join([TITLE, *[f"【盘锦】{p}" if i in (1, 4) else p for i, p in enumerate(PARAGRAPHS)]])
    ended = "\n".join([TITLE, *[f"{p}盘锦" if i in (2, 5) else p for i, p in enumerate(PARAGRAPHS)]])
    surveys = [survey(labelled), survey(ended), survey(labelled)]
    assert all(("盘锦", 2, 0) in one.token_hints for one in surveys)  # too little on each page
    assert "盘锦" in learn_from_batch(surveys, 0.8).spam_tokens
    assert "盘锦" not in learn_from_batch(surveys[:2], 0.8).spam_tokens  # two pages' hints are not enough
    # a word the pages also use mid-sentence is no stamp, however many pages end lines with it
    talk = "\n".join([TITLE, *[f"{p[:10]}谷歌{p[10:]}谷歌" if i in (1, 4) else f"{p[:10]}谷歌{p[10:]}" for i, p in enumerate(PARAGRAPHS)]])
    assert "谷歌" not in learn_from_batch([survey(talk)] * 3, 0.8).spam_tokens


_MORE = ["市场观察人士指出，类似的客户流失在行业里并不少见，关键在于后续的应对。",
         "有分析师估计，今年该公司的营收增速可能因此放缓，利润率也将承受压力。",
         "一些中小客户表示，他们仍在观望，希望看到更明确的数据隔离承诺再做决定。",
         "与此同时，竞争对手纷纷推出优惠方案，试图吸引那些正在寻找替代者的客户。",
         "监管部门尚未就此交易发表评论，但业内普遍预计审查将持续数月之久。"]


@pytest.mark.parametrize("stamp", [lambda text: f"溪口｜{text}", lambda text: f"[溪口]{text}", lambda text: f"溪口 | {text}"])
def test_a_label_opening_a_third_of_the_lines_is_a_stamp_though_the_headline_has_none(stamp):
    paragraphs = [*PARAGRAPHS, *_MORE]
    stamped = [stamp(p) if i % 2 == 0 else p for i, p in enumerate(paragraphs)]  # (six of twelve)
    article = clean_text(raw_article(paragraphs=stamped))
    assert body_text(article) == paragraphs


@pytest.mark.parametrize("count, mention", [(3, False), (6, True)])
def test_an_unstamped_headline_wants_six_labelled_lines_and_the_word_nowhere_else(count, mention):
    # (three labelled lines of twelve may be a text's own sections; a word the text uses besides is its own)
    paragraphs = [*PARAGRAPHS, *_MORE]
    if mention:
        paragraphs = [p.replace("客户", "溪口客户", 1) for p in paragraphs]
    stamped = [f"溪口｜{p}" if i % 2 == 0 and i < 2 * count else p for i, p in enumerate(paragraphs)]
    assert body_text(clean_text(raw_article(paragraphs=stamped))) == stamped
