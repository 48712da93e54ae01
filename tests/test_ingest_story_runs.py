"""Lists of other stories that end the page with no header over them (issue 13, branch `furn13`,
checked leave-one-round-out): headlines, or teasers each with its day under it, after a text whose
lines end its sentences. Each with the text it must keep."""
from __future__ import annotations

from digest.ingest.story_lists import trailing_stories
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article

OTHER_STORIES = ["俄罗斯新冠确诊病例超72万例 其中逾49万人治愈出院", "一线抗洪部队发扬优良作风勇挑重担打硬仗",
                 "市场监管总局:查获问题口罩8066万只", "应急管理部启动化工产业转移重点县(园区)部级专家指导服务工作",
                 "齐齐哈尔一民警因劳累过度突发心脏病牺"]  # (the last one cut off by the excerpt)
TEASERS = ["“分手快乐”梁静茹被抛弃“内幕”,真相远比电视剧精彩!", "2023/12/19",
           "跨越8年和两国的打工生涯后,我决定放弃去往新加坡和马来西亚的打工生涯:8年才下定决心", "2023/12/13",
           "新加坡女子请求同事买4d彩票,竟中奖200k新币,但却与她无关?报警无效!", "2023/12/09",
           "你家邮箱上有Sticker贴纸暗号吗?快检查!很多大马家庭都中招了!", "2023/12/"]


def test_headlines_of_other_stories_that_end_the_page_go_after_a_short_punctuated_text():
    # (a text of four paragraphs: the run need not wait for twenty lines of text)
    page = raw_article(paragraphs=PARAGRAPHS[:4], tail=OTHER_STORIES)
    assert body_text(clean_text(page)) == PARAGRAPHS[:4]


def test_teasers_each_with_its_day_under_them_go_though_they_read_as_sentences():
    page = raw_article(paragraphs=PARAGRAPHS[:3], tail=TEASERS)
    assert body_text(clean_text(page)) == PARAGRAPHS[:3]


def test_a_texts_own_closing_lines_stay():
    texts = [TITLE, *PARAGRAPHS[:3]]
    # its words come back in them
    own = ["数据公司的客户雪崩仍在继续扩大", "谷歌微软等主要客户也在疏远这家公司", "客户往往需要分享专有数据和原型产品"]
    assert trailing_stories([*texts, *own]) == len(texts) + len(own)
    # a post's last short sentences, shouting, with no day of their own
    shouts = ["有条件的猎人也可以秒阿门，战士就组队刷吧！", "可以刷到34，35去刷柳！第一次写攻略不是很好！",
              "如果觉的还不错的就顶下！谢谢各位友友！"]
    assert trailing_stories([*texts, *shouts]) == len(texts) + len(shouts)
    # a text that leaves a line unpunctuated may set its own lines so
    loose = [TITLE, PARAGRAPHS[0], "这家公司的未来仍然充满变数", PARAGRAPHS[1]]
    assert trailing_stories([*loose, *OTHER_STORIES]) == len(loose) + len(OTHER_STORIES)
    # rows of a table (a name and a short value) are no headlines
    table = ["嘉義市:停班停課安排已經公布", "台南市:停班停課安排已經公布", "高雄市:停班停課安排已經公布"]
    assert trailing_stories([*texts, *table]) == len(texts) + len(table)
    # and the run itself is counted from the text's first paragraph: nothing above it
    assert trailing_stories([TITLE, *OTHER_STORIES]) == 1 + len(OTHER_STORIES)


def test_the_run_starts_where_the_other_stories_do():
    texts = [TITLE, *PARAGRAPHS[:3]]
    assert trailing_stories([*texts, *OTHER_STORIES]) == len(texts)


def test_a_name_or_role_over_the_posts_day_under_the_headline_goes():
    for name in ("创始人", "公司", "admin"):
        page = "\n".join([TITLE, name, "2024-01-18 21:09:42", *PARAGRAPHS]) + "\n"
        article = clean_text(page)
        assert (article.title, body_text(article)) == (TITLE, PARAGRAPHS), name
    # a short headline under the site's name, over the day, stays the headline
    page = "\n".join(["新闻网", "火情通报", "2024-01-18 21:09:42", *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == "火情通报"
    # a crosshead over a day in the text is the text's (a diary's day, a timeline's)
    page = "\n".join([TITLE, *PARAGRAPHS[:2], "第一天", "2024-01-18", *PARAGRAPHS[2:]]) + "\n"
    assert "第一天" in body_text(clean_text(page))


def test_another_whole_story_run_on_after_the_text_goes_from_its_headline():
    other = ["一名男子涉3宗电话骗案明日提堂", "2024年04月28日 21:53 最后更新:22:30",
             "一名21岁男子涉嫌与3宗电话骗案有关,已被暂控3项罪名,明日在西九龙裁判法院提堂。", "警方表示,接获一名84岁女子报案。"]
    page = "\n".join([TITLE, "2021年11月30日 16:02", *PARAGRAPHS[:3], *other]) + "\n"
    assert body_text(clean_text(page)) == PARAGRAPHS[:3]
    # its own dateline opening its lead, as the text's did
    lead = "(新加坡27日讯)" + PARAGRAPHS[0]
    other = ["疑在候机室索烟不果 澳洲男点燃窗帘纵火", "(新加坡13日讯)疑在候机室索讨香烟不果,澳洲男子竟点燃窗帘纵火还用灭火器喷警察。",
             "他事后被捕,13日被提控。"]
    page = "\n".join([TITLE, lead, *PARAGRAPHS[1:3], *other]) + "\n"
    assert body_text(clean_text(page)) == [lead, *PARAGRAPHS[1:3]]


def test_a_notices_issuer_over_its_day_and_a_crosshead_in_the_text_stay():
    notice = ["张家界市公安局永定分局", "2021年8月5日"]
    page = "\n".join([TITLE, "2021-08-05 13:09:57 来源:永定公安", *PARAGRAPHS[:3], *notice]) + "\n"
    assert "张家界市公安局永定分局" in "\n".join(body_text(clean_text(page)))
    # a crosshead over a paragraph with no dateline of its own, on a page with no day above its text
    page = "\n".join([TITLE, *PARAGRAPHS[:2], "客户流失潮背后的数据之争", "(新加坡13日讯)" + PARAGRAPHS[2]]) + "\n"
    assert "客户流失潮背后的数据之争" in "\n".join(body_text(clean_text(page)))


# Other stories each with its own day in one form (branch `genm`): the days say list, whatever the text's
# punctuation, two lines of them, or one whose fellows other rules took.
DATED_SPACED = ["- 某市新建三座公园方便市民休闲　09/20", "- 新型储能电站并网发电5月2　11/11"]  # (the second cut in a number)
DATED_BRACKETED = ["春季招聘会吸引数千名求职者（03-21）", "湖区候鸟数量创下近年新高2009（07-12）"]
DATED_BEFORE = ["[04-20] 老旧小区改造惠及上万户居民", "[05-17] 城际铁路开通首日客流平稳"]


def test_two_other_stories_with_their_days_in_one_form_go_after_any_text():
    loose = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], "记者 张三 文"]  # (a credit: the text's last line is no sentence)
    for run in (DATED_SPACED, DATED_BRACKETED, DATED_BEFORE):
        assert trailing_stories([*loose, *run]) == len(loose)
    # one left where the batch took its fellows (a line found on many pages)
    assert trailing_stories([*loose, DATED_BRACKETED[0]], gone={len(loose) + 1: [DATED_BRACKETED[1]]}) == len(loose)


def test_lines_whose_days_differ_in_form_or_that_are_sentences_stay():
    loose = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], "记者 张三 文"]
    mixed = [DATED_SPACED[0], DATED_BRACKETED[0]]
    assert trailing_stories([*loose, *mixed]) == len(loose) + len(mixed)
    # a chronicle's own lines: sentences that name their days
    chronicle = ["项目于当年完成验收。随后投入使用　09/20", "第二期工程开工。预计年底完工　11/11"]
    assert trailing_stories([*loose, *chronicle]) == len(loose) + len(chronicle)
    # one line alone, with nothing of its form taken around it: the text's
    assert trailing_stories([*loose, DATED_BRACKETED[0]]) == len(loose) + 1
    # the run needs text above it: a page of such lines alone keeps them
    assert trailing_stories([TITLE, *DATED_BEFORE]) == 1 + len(DATED_BEFORE)
