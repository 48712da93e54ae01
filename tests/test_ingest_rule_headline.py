"""The headline among the top lines, by evidence that does not depend on one site: a channel's
stamp before it, a wire's `题：` line, the headline printed again in pieces, a page title that
keeps a word the extractor dropped."""
from __future__ import annotations

import pytest

from digest.ingest.headline_text import clean_headline
from digest.ingest.paragraphs import is_keyword_list
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


def test_a_headline_under_a_channels_stamp_is_no_speakers_words():
    # `焦点新闻：…！` has the shape of a speaker's words (`记者：…！`), but its prefix is a channel
    page = "\n".join(["够Fun", "Now Playing", "← Back to list", "焦点新闻：数据独角兽遭遇客户流失潮！", "Oct 12, 2021",
                      *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "数据独角兽遭遇客户流失潮！"
    assert body_text(article) == PARAGRAPHS
    # a person's words in that shape stay text, not a headline
    quoted = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "张三：这笔交易本应是加冕时刻！", *PARAGRAPHS]) + "\n")
    assert quoted.title == "数据独角兽遭遇客户流失潮"


def test_a_headline_printed_whole_then_in_pieces_is_the_whole():
    whole = "出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 与印度总理莫迪举行会见"
    pieces = ["出席中印领导人第二次非正式会晤", "并对尼泊尔进行国事访问", "习近平抵达金奈", "与印度总理莫迪举行会见"]
    lead = "新华社印度金奈10月11日电（记者孙勇）国家主席习近平11日在金奈会见印度总理莫迪。莫迪对习近平来到金奈表示热烈欢迎。"
    page = "\n".join(["01版：要 闻", "02版：要 闻", whole, *pieces, "( 2019-10-12 ) 稿件来源：新华每日电讯", lead, *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == whole
    assert body_text(article) == [lead, *PARAGRAPHS]
    assert set(pieces) <= {r.text for r in article.removals}
    # lines that only begin the headline's words are not its pieces: they stay
    kept = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "数据独角兽", *PARAGRAPHS]) + "\n")
    assert kept.title == "数据独角兽遭遇客户流失潮" and "数据独角兽" in "".join(body_text(kept))


def test_a_wires_headline_under_a_caption_is_the_headline():
    caption = "9月27日上午，安康市旬阳县人民法院公开开庭审理一案。 中新社发 邓浩军 摄"
    page = "\n".join([caption, "|", "中新网安康旬阳9月27日电 题：亲历周正龙案的法庭内外", "作者 冽玮 程成", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "亲历周正龙案的法庭内外"
    assert caption in {r.text for r in article.removals}
    assert body_text(article)[-len(PARAGRAPHS):] == PARAGRAPHS
    # under a line that may be the headline itself, the wire line is not looked for
    headed = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "中新网北京9月27日电 题：另一个标题", *PARAGRAPHS]) + "\n")
    assert headed.title == "数据独角兽遭遇客户流失潮"


def test_a_long_row_of_keywords_above_the_headline_is_no_text():
    keywords = "_".join(["国内在线播放酒店", "欧美精品视频", "国产成人精品久久56", "亚洲欧美高清国产", "精品无码视频观看",
                         "高清一级毛片", "亚洲欧美日韩一区二区三区", "精品2020激情五月"]) + ",色五月,另类 专区 欧美 制服"
    page = "\n".join([keywords, "首页 新闻频道 县市新闻", "数据独角兽遭遇客户流失潮", "2015-10-16 13:22 来源：宁德网", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "数据独角兽遭遇客户流失潮"
    assert body_text(article) == PARAGRAPHS
    assert keywords in {r.text for r in article.removals}
    assert is_keyword_list("小草av-中日韩毛片-亚洲男人av-91精品久久久久-日韩天堂在线-国产午夜精品一区二区三区嫩草")
    assert not is_keyword_list("A股-港股-美股-期货-外汇五个市场今天同时开盘。投资者关注度很高，成交量创下新高。")
    assert not is_keyword_list("上海-北京-广州-深圳-成都五个城市的房价走势出现分化，其中一线城市的成交量在连续三个月下降之后首次出现回升迹象")
    # a long line of text that has dashes and bars in it is text
    text = "据报道，" + "-".join(["A股", "港股", "美股", "期货", "外汇"]) + "五个市场今天同时开盘，" * 8 + "投资者关注度很高"
    assert text in "".join(body_text(clean_text("\n".join(["数据独角兽遭遇客户流失潮", text, *PARAGRAPHS]) + "\n")))


def test_a_headline_printed_twice_under_a_teaser_is_the_headline():
    teaser = "一名中学生在社交平台发片求救，声称在凌晨被锁于地铁站内，现场已锁上铁闸，事主无法出站。"
    headline = "中学生凌晨被锁地铁站内 出帖求救 港铁跟进结局曝光"
    lead = "一名中学生日前在社交平台发帖求救，声称凌晨被锁于地铁站内。港铁跟进后，结局曝光。"
    page = "\n".join([teaser, "事件迅即成为网民热议焦点，详情如下：", headline + "：↓↓↓↓", headline, lead, *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == headline
    assert body_text(article) == [lead, *PARAGRAPHS]
    # a caption printed twice there (under two pictures) is no headline: the text is not about it
    captions = clean_text("\n".join([PARAGRAPHS[0], "网络源于图片，供参考", PARAGRAPHS[1], "网络源于图片，供参考", *PARAGRAPHS[2:]]) + "\n")
    assert PARAGRAPHS[0] in "".join(body_text(captions))
    # a short line under the first paragraph, shown once, is no headline: the paragraph stays text
    once = clean_text("\n".join([PARAGRAPHS[0], "一家公司的转型之路", *PARAGRAPHS[1:]]) + "\n")
    assert PARAGRAPHS[0] in body_text(once)


def test_the_original_title_under_a_headline_less_pages_first_paragraph_is_the_headline():
    page = "\n".join([PARAGRAPHS[0], "原标题：国家防总部署台风“利奇马”防御 启动Ⅲ级应急响应", *PARAGRAPHS[1:]]) + "\n"
    article = clean_text(page)
    assert article.title == "国家防总部署台风“利奇马”防御 启动Ⅲ级应急响应"
    assert body_text(article) == PARAGRAPHS
    # far down the text, a 原标题 line is a quoted note: the first sentence stands in as before
    far = clean_text("\n".join([*PARAGRAPHS[:4], "原标题：国家防总部署台风防御", *PARAGRAPHS[4:]]) + "\n")
    assert far.title != "国家防总部署台风防御"


def test_a_long_headline_that_the_lead_repeats_is_no_summary():
    headline = "数据独角兽遭遇客户流失潮 多家科技巨头暂停合作并寻求尽快转移工作负载"
    lead = headline + "。" + PARAGRAPHS[0]
    page = "\n".join([headline, "2017-02-27 08:57 来源:中国新闻网", "客户集体逃离", lead, *PARAGRAPHS[1:]]) + "\n"
    article = clean_text(page)
    assert article.title == headline
    assert body_text(article)[-len(PARAGRAPHS) + 1:] == PARAGRAPHS[1:]


@pytest.mark.parametrize("info", [" 2025-06-14 09:30 来源：新华网", " 来源：新华网 2025-06-14 09:30", " 发布时间：2025-06-14 09:30 来源:新华网",
                                  " (2025-06-14 09:30) 来源：新华网", "2025-06-14 09:30 来源：新华网", "\u00a02025-06-14 09:30 来源：新华网",
                                  " 文章来源：新华网 发布时间：2025-06-14 09:30", "\u3000\u30002025年06月14日 09:30\u3000来源：新华网",
                                  "发布时间：2025-06-14 09:30 来源：新华网", "（2025-06-14 09:30）来源：新华网", " | 2025-06-14 09:30 | 来源：新华网",
                                  " 新华网 2025-06-14 09:30", " http://www.example.com/ \u3000 2025-06-14 09:30 来源：新华网"])
def test_a_headline_with_its_info_line_run_in_keeps_the_headline(info):
    headline = "290亿美元交易演变为客户雪崩"  # (a headline's words come back in its text)
    article = clean_text("\n".join(["首页 新闻 科技", f"{headline}{info}", *PARAGRAPHS]) + "\n")
    assert article.title == headline
    assert article.date.value == "2025-06-14T09:30:00" and article.source == "新华网"
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["China Daily微信公众号 2020-10-21 15:22", "中国青年报·中青在线记者 李晨赫 来源:中国青年报 2017年05月18日",
                                  "人民日报 2024-05-13 08:49", "数据公司遭遇客户流失潮(图片来源:视频截图)"])
def test_a_name_or_a_credit_before_the_date_is_no_headline(line):
    article = clean_text("\n".join(["数据独角兽遭遇客户流失潮", line, *PARAGRAPHS]) + "\n")
    assert article.title == "数据独角兽遭遇客户流失潮"
    assert body_text(article) == PARAGRAPHS


def test_a_headline_of_short_words_apart_is_no_menu_when_the_text_is_about_them():
    headline = "客户雪崩 交易演变 数据公司"  # (words apart like a menu's)
    article = clean_text("\n".join(["首页 新闻 体育 财经", headline, "2025-06-14 09:30", *PARAGRAPHS]) + "\n")
    assert article.title == headline
    assert body_text(article) == PARAGRAPHS
    # a menu stays a menu, even when the text mentions its words
    menu = clean_text("\n".join(["订户专享 赠阅文章", "数据独角兽遭遇客户流失潮", "订户专享赠阅文章：" + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert menu.title == "数据独角兽遭遇客户流失潮"


def test_a_main_headline_over_its_subtitle_is_the_headline_and_the_subtitle_goes():
    main, subtitle = "交易的冲击波来得异常迅猛", "多家竞争对手展开谈判 寻求转移工作负载"
    page = "\n".join(["您的位置：首页 / 新闻动态", main, subtitle, "来源：青海日报 发布时间：2022-01-25 09:18", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == main
    assert body_text(article) == PARAGRAPHS
    assert subtitle in {r.text for r in article.removals}
    # a line above whose words the text does not repeat is no main headline (a site's slogan, a column)
    other = clean_text("\n".join(["欢迎访问本站官方网站", main, "2022-01-25 09:18", *PARAGRAPHS]) + "\n")
    assert other.title == main and body_text(other) == PARAGRAPHS


def test_a_wires_dateline_under_the_headline_is_no_subtitle():
    wire = "新华社北京1月11日电 题：中国战“疫”五字诀"
    article = clean_text("\n".join(["数据独角兽遭遇客户流失潮", wire, *PARAGRAPHS]) + "\n")
    assert wire in "".join(body_text(article)) or article.title == "中国战“疫”五字诀"
    assert wire not in {r.text for r in article.removals if r.why == "the headline's subtitle"}


def test_the_headline_printed_again_inside_the_page_goes():
    headline = "焦点新闻：政府还没择定接种加强针的时间！"
    page = "\n".join(["← Back to list", headline, "Oct 12, 2021", PARAGRAPHS[0], headline, *PARAGRAPHS[1:]]) + "\n"
    article = clean_text(page)
    assert article.title == "政府还没择定接种加强针的时间！"
    assert headline not in body_text(article)
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("raw, clean", [("即時港聞 數十記者遭滋擾恐嚇 灣仔警區重案組跟進調查", "數十記者遭滋擾恐嚇 灣仔警區重案組跟進調查"),
                                        ("正文 馬來西亞九成12至17歲人口已接種新冠疫苗", "馬來西亞九成12至17歲人口已接種新冠疫苗"),
                                        ("生活 生活焦点", "生活 生活焦点"),  # (a menu, too short to be a headline under a label)
                                        ("快乐 大本营今晚播出", "快乐 大本营今晚播出")])  # (no channel's label)
def test_a_channels_label_a_space_before_the_headline_goes(raw, clean):
    assert clean_headline(raw) == clean


def test_a_byline_glued_to_the_headline_without_a_date_stays_with_it():
    # (glued, and no date: `…背出来的作者：季超` may be the title's own words)
    article = clean_text("\n".join(["290亿美元交易演变为客户雪崩作者：季超", *PARAGRAPHS]) + "\n")
    assert article.title == "290亿美元交易演变为客户雪崩作者：季超"


def test_a_headline_padded_with_a_run_of_commas_is_the_headline():
    # (one comma at the end is a clause going on into the next line: a paragraph, not a headline)
    article = clean_text("\n".join(["南岗至陡沟支线客运公交开通,,,,,,", *PARAGRAPHS]) + "\n")
    assert article.title == "南岗至陡沟支线客运公交开通,,,,,," and body_text(article) == PARAGRAPHS
    article = clean_text("\n".join(["在“就地過年”的政策倡議下,", *PARAGRAPHS]) + "\n")
    assert article.title != "在“就地過年”的政策倡議下,"


def test_a_name_the_text_quotes_as_a_papers_is_not_the_headline():
    # the account's name under the headline, which the text names in book-title marks, is who published it
    quoted = "上市前夕，公司创始人对《晚点 LatePost》分享了他此刻的想法，并谈到了公司下一步的计划和打算。"
    article = clean_text("\n".join(["MiniMax 融资故事:4年7轮,谁在推动中国AI资本盛宴", "晚点LatePost", *PARAGRAPHS[:2], quoted,
                                    *PARAGRAPHS[2:]]) + "\n")
    assert article.title == "MiniMax 融资故事:4年7轮,谁在推动中国AI资本盛宴"


def test_a_lead_ending_on_a_half_width_question_mark_is_text_under_the_headline():
    headline = "這波流感到底多厲害?國家衛計委發話了!預防流感可別走這些誤區"
    lead = ("這兩天, 因流感多發, 多地醫院門急診和住院患者、重症患者增多, 有醫院兒科醫生超負荷工作病倒、科室停診, "
            "國家衛計委新聞發佈會專門介紹流感情況……流感儼然一副來勢洶洶的樣子, 今年的流感到底有多強勢?")
    text = ["其實寒冬之中“流感”來勢洶洶, 不僅中國流感活動處於冬季高峰, 北美、歐洲等地的流感病例數量同樣明顯增多。據報導, 入冬至今, 全球多地出現流感高發現象。",
            *PARAGRAPHS]
    article = clean_text("\n".join(["您的位置:首頁>健康>正文", headline, lead, "1", "來勢洶洶 流感不只在中國", *text]) + "\n")
    assert article.title == headline
    assert body_text(article)[0] == lead


def test_a_headline_spaced_out_like_its_text_is_the_headline_not_a_menu():
    spaced = " ".join("香港天文台發出最新熱帶氣旋警告")
    text = [" ".join("香港天文台發出最新熱帶氣旋警告八號西北烈風或暴風信號在上午7時40分發出。預料本港吹西北風，平均風速每小時六十三公里或以上。"),
            *PARAGRAPHS]
    article = clean_text("\n".join(["搜索", spaced, "發表於 2008-8-22 07:51:39", *text]) + "\n")
    assert article.title == "香港天文台發出最新熱帶氣旋警告"  # (printed close: the spaces are the page's layout)


def test_a_share_label_glued_after_the_headline_goes_with_it():
    article = clean_text("\n".join(["首頁 -> 視頻 ->通時事", "新春澳門人氣旺 遊客直呼沒想到!分享到:", *PARAGRAPHS]) + "\n")
    assert article.title == "新春澳門人氣旺 遊客直呼沒想到!" and body_text(article) == PARAGRAPHS


def test_the_headline_again_after_the_sites_own_dateline_goes():
    headline = "中国多地暂停现场招聘活动 网上招聘“不打烊”"
    lead = "中新社南昌1月27日电 (记者 王剑)" + PARAGRAPHS[0]
    article = clean_text("\n".join([headline, "2020-01-27 16:22  中国新闻网", f"西安兵马俑在线1月27日讯 (抗击新型肺炎){headline}", lead,
                                    *PARAGRAPHS[1:]]) + "\n")
    assert article.title == headline and body_text(article) == [lead, *PARAGRAPHS[1:]]
    # a wire's `…电 题：<the headline>` opens its text: it stays
    wire = f"新华社北京10月17日电 题：{headline}"
    article = clean_text("\n".join([headline, wire, *PARAGRAPHS]) + "\n")
    assert body_text(article)[0].startswith("新华社北京10月17日电")


def test_a_page_without_a_headline_line_names_it_under_a_label_anywhere():
    """A farm's copy prints the text first and its headline at the foot, after `标题：`."""
    for label in ("标题：", "标题:", "新闻标题：", "標題："):
        article = clean_text("\n".join([*PARAGRAPHS, f"{label}吕巷镇召开创城工作第二次测评情况通报暨迎检动员会"]) + "\n")
        assert article.title == "吕巷镇召开创城工作第二次测评情况通报暨迎检动员会"
        assert body_text(article) == PARAGRAPHS
    # a sentence of the text that happens to start so is no headline
    sentence = "标题：这是一段很长的文字，说的是会议的内容，而且它以句号结尾，显然是正文的一部分。"
    article = clean_text("\n".join([*PARAGRAPHS, sentence]) + "\n")
    assert "吕巷镇" not in article.title and article.title != sentence[3:]


@pytest.mark.parametrize("value, title", [
    ("“教育局宣布明日全部学校停课”", "教育局宣布明日全部学校停课"),  # the field's value set apart in quotes
    ("「教育局宣布明日全部學校停課」", "教育局宣布明日全部學校停課"),
    ("“山竹”袭击本港 教育局宣布明日停课", "“山竹”袭击本港 教育局宣布明日停课"),  # quotes inside the headline stay
    ("“山竹”袭击本港 “全部”停课", "“山竹”袭击本港 “全部”停课"),
])
def test_a_labelled_headline_in_quotes_is_the_words_inside(value, title):
    article = clean_text("\n".join([*PARAGRAPHS, f"标题:{value}"]) + "\n")
    assert article.title == title


def test_a_headline_printed_twice_in_a_row_over_its_subtitle_is_the_headline():
    # a forum's repost: the poster's line, the headline twice (the copy goes as furniture), a subtitle
    # whose words the text uses more, then the text: the line printed twice is the headline
    subtitle = "数据公司客户流失超过历年同期"
    lead = "本网讯(记者 张三)数据独角兽遭遇的客户流失超过历年同期，数据公司正在寻求新的客户，多家竞争对手已经展开谈判。"
    # (the poster's line with a two-digit year and no time: not read as a date, `发表于 09.2.18 09:45:52` is)
    page = ["闲不住 发表于 09.2.18", "", TITLE, "", TITLE, subtitle, "", lead, *PARAGRAPHS[1:]]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == TITLE
    # printed once, the subtitle under it is still weighed as before
    once = clean_text("\n".join(["闲不住 发表于 09.2.18", "", TITLE, subtitle, "", lead, *PARAGRAPHS[1:]]) + "\n")
    assert once.title == subtitle


@pytest.mark.parametrize("line", ["網絡整理 2024-03-31", "舉報 2025-03-10", "博主:admin admin 2024-07-01 22:04:39 379 0条评论"])
def test_a_day_and_a_few_words_under_the_headline_are_its_info_line(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    assert article.date.value[:4] in line and article.date.confidence == "stated"  # (the day it states is the article's)


def test_a_dated_sentence_under_the_headline_stays():
    lead = "2024年3月31日，记者在现场看到，数据公司的客户正在流失。"
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n")
    assert body_text(article)[0] == lead


def test_a_dated_info_line_does_not_take_a_short_piece_of_text_with_it():
    # (a short line alone there goes only on its own evidence; the info line is not its second)
    pieces = ["一到周末，出去逛街", "特别是在东风市场这边门口", "都能看到很多摩托车、三轮车", "停在门口……"]
    article = clean_text("\n".join([TITLE, "——某某360网 2018-12-17——", *pieces, *PARAGRAPHS]) + "\n")
    assert "停在门口……" in body_text(article)


def test_a_galleries_headline_under_its_caption_over_the_byline_is_the_headline():
    caption = "1月21日，山西太原火车站，返乡学生在人潮中进站上车。2016年中国铁路春运将于1月24日开启，各地火车站率先迎来大批学生与农民工返乡客流。"
    headline = "春运在即 太原火车站迎来学生与农民工返乡客流[组图]"
    page = [caption, headline, "发布时间: 2016-01-22 08:57:07 | 来源: 中国新闻网 | | 责任编辑: 郑亮", "直接点击图片或者使用键盘'←' '→'键翻页"]
    article = clean_text("\n".join(page) + "\n")
    assert article.title == headline and body_text(article) == [caption]
    # an article's text whose last line is short, a footer's byline under it: no headline there
    last = "这家数据公司的客户流失"
    text = clean_text("\n".join([*PARAGRAPHS, last, "来源: 某某网 2024-01-01 10:00"]) + "\n")
    assert text.title != last


@pytest.mark.parametrize("raw, clean", [
    ("江城區會履職制 市民可監察議員 政情 發布時間: 2023/05/05 分享:", "江城區會履職制 市民可監察議員"),  # a channel's word, then the labelled date
    ("江城新区规划获批 要闻 发布时间：2023-05-05 10:30", "江城新区规划获批"),
    ("江城新区规划获批 新华网 2023-05-05 10:30", "江城新区规划获批"),  # (a name and the bare date, as before)
    ("江城新区规划获批 http://www.example.com/ \u3000 2005-07-18 13:03:17", "江城新区规划获批"),  # the site's address
])
def test_a_channels_word_before_a_labelled_date_is_the_infos(raw, clean):
    assert clean_headline(raw) == clean



def test_a_headline_in_two_short_halves_under_a_breadcrumb_ending_in_it_is_the_headline():
    """`首页 > 新闻天中 抢收抢烘 颗粒归仓` over `抢收抢烘 颗粒归仓`: the crumbs name the page's headline last;
    two short halves a space apart read as menu words otherwise (and still do with no crumb over them)."""
    page = "\n".join(["首页 > 新闻天中 抢收抢烘 颗粒归仓", "抢收抢烘 颗粒归仓", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "抢收抢烘 颗粒归仓"
    assert body_text(article) == PARAGRAPHS
    menu = clean_text("\n".join(["首页 > 新闻中心", "抢收抢烘 颗粒归仓", TITLE, *PARAGRAPHS]) + "\n")
    assert menu.title == TITLE


@pytest.mark.parametrize("raw, clean", [
    ("“90后”,疯狂“造人” 90后都很疯狂怎么办 90后努力建房买车", "“90后”,疯狂“造人”"),  # search phrases, each repeating a word
    ("江城地铁5号线开通 地铁5号线时刻表 地铁5号线票价多少", "江城地铁5号线开通"),
    ("特首明日前往廣深 香港居民盼她帶回通關時間表", "特首明日前往廣深 香港居民盼她帶回通關時間表"),  # two halves of a headline
    ("颱風文資災損 文化部補助2億 李遠現勘古厝", "颱風文資災損 文化部補助2億 李遠現勘古厝"),  # halves that repeat nothing
])
def test_search_phrases_after_a_headline_go(raw, clean):
    assert clean_headline(raw) == clean
