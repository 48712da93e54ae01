"""A headline without the wrapping a page gives it, by the wrapping's shape and by what the page
states elsewhere (issue 13): a site's name after a separator, a name the page credits, a field's
label, buttons; the lines that are no headline (a report's mark, a forum's slogan, a document's
code); the headline printed again as the page wraps it; an English site's account lines; a list of
other stories under a reprint credit."""
from __future__ import annotations

import pytest

from digest.ingest.headline_text import clean_headline, unwrap_named
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text

HEADLINE = "台风过境多地停课 市民出行受影响"


@pytest.mark.parametrize("wrapped", [
    f"{HEADLINE} - 36氪", f"{HEADLINE} - 德國之聲", f"{HEADLINE} – BBC News 中文",
    f"{HEADLINE} | 新浪财经", f"{HEADLINE} - 每日头条", f"{HEADLINE}_新浪科技_新浪网", f"{HEADLINE} - 北京日报客户端",
    f"{HEADLINE}-廊坊新闻网 - 廊坊...", f"{HEADLINE}--四川频道", f"标 题:{HEADLINE}", f"原标题：{HEADLINE}", f"查看完整版本: {HEADLINE}", f"{HEADLINE} [打印本页]", f"{HEADLINE}【关闭】",
    f"{HEADLINE} --閱讀人次 : 1567", f"{HEADLINE} | 浏览次数：2,031",
])
def test_a_sites_name_a_label_and_buttons_around_a_headline_go(wrapped):
    assert clean_headline(wrapped) == HEADLINE


@pytest.mark.parametrize("headline", [
    "访客络绎不绝，平日里“村BA”圣地有多热闹？丨手记",  # a column's label after 丨 is the headline's own
    "专访郭嘉铨：无惧抹黑 让市民知道守护香港的决心丨香港新闻",
    "中国 - 东盟博览会在南宁开幕",  # a dash between the headline's own words
    "A股 - 沪指收涨1% 券商股领涨，成交额破万亿",
    "网友热议这条视频的评论",  # a last word that is a button's word, not in brackets
    "标题党为何屡禁不止",
    "这条新闻的点击:10万+",  # (a counter's word in the headline's own sentence, no digits only)
    "泰州民建 - 新闻动态 - 民建江苏省委调研组来泰开展课题调研",  # a site's page whose headline comes last
])
def test_a_headlines_own_words_stay(headline):
    assert clean_headline(headline) == headline


def test_a_name_the_page_states_goes_from_either_end_of_the_headline():
    # `作者:张璋` on the page: the prefix is its author's name, set apart by a bar
    assert unwrap_named("张璋 | 政策执行中的“一刀切”现象", ("张璋", "政治学人")) == "政策执行中的“一刀切”现象"
    # `来源:战略前沿技术`: the page's title cut its name off
    assert unwrap_named("盘点史上十大重磅论文，中国13篇文章登上封面! 战略前沿技", ("战略前沿技术",)) \
        == "盘点史上十大重磅论文，中国13篇文章登上封面!"
    assert unwrap_named(f"{HEADLINE} - news.example.com", ()) == HEADLINE
    assert unwrap_named(f"4.25 {HEADLINE}", ()) == f"4.25 {HEADLINE}"  # a day, not a host
    # a name the page does not state stays; so does a name that is the headline's subject
    assert unwrap_named("棱镜 | 数据业大整顿：爬虫与现金贷共生共荣", ("腾讯新闻",)) == "棱镜 | 数据业大整顿：爬虫与现金贷共生共荣"
    assert unwrap_named("华为发布新手机 销量创新高", ("新华社",)) == "华为发布新手机 销量创新高"


def test_an_info_lines_author_wrapped_around_the_headline_goes_in_a_page():
    page = "\n".join(["网站首页 > 学术探索 > 理论研究 > 阅读信息", "张璋 | 政策执行中的“一刀切”现象:一个制度主义的分析",
                      "点击:  作者:张璋    来源:政治学人  发布时间:2017-12-17 09:20:58", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "政策执行中的“一刀切”现象:一个制度主义的分析"
    assert body_text(article) == PARAGRAPHS


def test_a_names_question_is_a_headline_and_an_interviews_question_is_not():
    page = "\n".join(["戴庆成:香港新议会运作一年表现如何?", "早", "点", "港澳突搜", *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == "戴庆成:香港新议会运作一年表现如何?"
    interview = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "记者：这笔交易本应是加冕时刻吗？", *PARAGRAPHS]) + "\n")
    assert interview.title == "数据独角兽遭遇客户流失潮"


def test_a_reports_mark_and_a_forums_slogan_are_no_headline():
    marked = "\n".join(["青島新聞APP", "打開", "大批吃貨來襲 淄博游客井噴!記者為你揭開“燒烤之城”流量密碼",
                        "2023-04-18 21:17    青島新聞網", "【青島新聞網獨家】", "(記者 宋波鴻)", *PARAGRAPHS]) + "\n"
    assert clean_text(marked).title == "大批吃貨來襲 淄博游客井噴!記者為你揭開“燒烤之城”流量密碼"
    forum = "\n".join(["「风下之乡」沙巴论坛 - 沙巴人聚集之地", "找回密码", "查看: 610|回复: 17",
                       "摊贩申诉遇到警察索贿,拿五百元还倒掉炖汤", "发表于 2021-6-23 23:20:17 | 显示全部楼层 |阅读模式", *PARAGRAPHS]) + "\n"
    assert clean_text(forum).title == "摊贩申诉遇到警察索贿,拿五百元还倒掉炖汤"


def test_the_headline_printed_again_as_the_page_wraps_it_goes_but_a_wires_title_line_stays():
    page = "\n".join(["标题: 沙县在行动!疫苗“多跑路”,群众“少跑腿” [打印本页]", "标题: 沙县在行动!疫苗“多跑路”,群众“少跑腿”",
                      *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "沙县在行动!疫苗“多跑路”,群众“少跑腿”"
    assert body_text(article) == PARAGRAPHS
    wire = "新华社北京10月17日电 题:聚焦中国瞩目盛会——来自十九大新闻中心的观察"
    wired = clean_text("\n".join(["聚焦中国 瞩目盛会——来自十九大新闻中心的观察", "2017-10-17 20:10:40  来源:新华社", wire,
                                  *PARAGRAPHS]) + "\n")
    assert wire in body_text(wired)


def test_an_english_sites_account_lines_are_furniture():
    page = "\n".join(["Login", "Welcome! Login in to your account", "Remember me Lost your password?",
                      "数据独角兽遭遇客户流失潮", *PARAGRAPHS, "WP2Social Auto Publish Powered By : XYZScripts.com"]) + "\n"
    article = clean_text(page)
    assert article.title == "数据独角兽遭遇客户流失潮"
    assert body_text(article) == PARAGRAPHS


def test_a_list_of_stories_under_a_reprint_credit_is_a_list():
    stories = ["林靖恩沉寂3天「首度回應」了!爆10天奪財產 不忍重砲反擊", "曝心路歷程!Lulu認「凌晨爆哭」一路飆淚 訴12年心酸",
               "頭獎800萬一注獨得!今彩539「獎落這縣市」1秒爽買房"]
    page = "\n".join(["数据独角兽遭遇客户流失潮", *PARAGRAPHS, "延伸閱讀:", *stories, "【本文由《TVBS新聞網》授權提供。】"]) + "\n"
    article = clean_text(page)
    assert body_text(article) == PARAGRAPHS
    assert [item.title for block in article.blocks for item in block.items][:3] == stories


def test_a_channels_link_shape_on_top_of_the_page_is_its_headline():
    headline = "快訊/凱米暴風籠罩全台!「已達停止上班上課標準」新竹縣市25日停班課"
    article = clean_text("\n".join([headline, "記者羅欣怡/新竹報導", *PARAGRAPHS]) + "\n")
    assert article.title == headline
    # under the text, the same shape is a link to another story
    linked = clean_text("\n".join(["数据独角兽遭遇客户流失潮", *PARAGRAPHS, "快讯/另一家公司宣布退出合作"]) + "\n")
    assert body_text(linked) == PARAGRAPHS


def test_a_forums_attachment_counters_and_a_call_to_follow_on_social_networks_are_furniture():
    page = "\n".join(["数据独角兽遭遇客户流失潮", PARAGRAPHS[0], "(, 下载次数: 83)", PARAGRAPHS[1], "(IMG_0123.jpg, 下载次数: 61)",
                      *PARAGRAPHS[2:], "LIKE我们的官方脸书网页以获取更多新信息",
                      "请加入我们的FacebookTwitterG+,或者新浪微博获取最快资讯"]) + "\n"
    assert body_text(clean_text(page)) == PARAGRAPHS
    # the text may name a network and a download count in its sentences
    said = "该公司表示，用户可以关注我们的后续报道，应用的下载次数已超过一百万次。"
    assert said in body_text(clean_text("\n".join(["数据独角兽遭遇客户流失潮", *PARAGRAPHS, said]) + "\n"))


def test_a_pictures_credit_alone_and_a_caption_marked_as_a_picture_are_captions():
    captions = ["照片取自Bernama", "(上图)给力迎新标语", "南開大學錄取通知書。 ( 南開大學招辦供圖 ) 鐘欣 攝"]
    page = "\n".join(["数据独角兽遭遇客户流失潮", PARAGRAPHS[0], *captions, *PARAGRAPHS[1:]]) + "\n"
    article = clean_text(page)
    assert body_text(article) == PARAGRAPHS
    assert set(captions) <= {removal.text for removal in article.removals}
    # a sentence about a photo stays text
    said = "照片来自一位读者，他在现场拍下了这一幕，并发给了我们的记者。"
    assert said in body_text(clean_text("\n".join(["数据独角兽遭遇客户流失潮", PARAGRAPHS[0], said, *PARAGRAPHS[1:]]) + "\n"))


def test_a_name_alone_under_the_headline_is_a_byline_and_a_word_alone_a_heading():
    article = clean_text("\n".join(["数据独角兽遭遇客户流失潮", "陈芝", *PARAGRAPHS]) + "\n")
    assert body_text(article) == PARAGRAPHS
    assert "陈芝" in {removal.text for removal in article.removals}
    # a word alone there that is no name may be the text's first heading: it stays
    for heading in ("案情回顾", "人物档案", "交易背后的逻辑"):
        headed = clean_text("\n".join(["数据独角兽遭遇客户流失潮", heading, *PARAGRAPHS]) + "\n")
        assert heading in "".join(body_text(headed))
