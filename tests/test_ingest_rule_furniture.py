"""Rule page_furniture and the headline: what real pages put around an article, and the headline
found among it; info, credit and dateline lines read as metadata."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.headline_text import clean_headline
from digest.ingest.layout import furniture_reason
from digest.ingest.menus import is_breadcrumb
from digest.ingest.info_lines import parse_info_line
from digest.ingest.publishers import lead_publisher
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


@pytest.mark.parametrize("line", ["首页 > 新闻 > 正文", "首頁 > 正文", "首页财经新闻文章正文", "您的位置：首页 / 国内",
                                  "您当前的位置:首页 > 财经新闻 > 金融理财 > 某某标题", "当前位置： 首页 > 要闻"])
def test_breadcrumbs(line):
    assert is_breadcrumb(line)


@pytest.mark.parametrize("line", ["首页发布了新版本，用户反响热烈。", "新闻 > 评论", "A > B"])
def test_not_breadcrumbs(line):
    assert not is_breadcrumb(line)


@pytest.mark.parametrize("line, where", [
    ("为达最佳浏览效果，建议使用 Chrome、Firefox 或 Microsoft Edge 的浏览器。", "head"),
    ("电脑版", "head"), ("生活 生活焦点", "head"), ("Home News World", "head"),
    ("颱風強風告警範圍。圖／取自中央氣象署網站", "body"), ("▲中央氣象署發布最新地震報告。（圖／氣象署提供）", "body"),
    ("这是王毅在回答记者提问。新华社记者李鑫摄", "body"), ("请继续往下阅读...", "body"), ("0:00 /0:00", "body"),
    (">>上一篇：某某发布会举行", "body"), ("原文标题：", "body"), ("图片", "body"), ("172.30.142.64", "body"),
    ("客服信箱: service@example.com.tw", "tail"),
    ("海葵越来越靠近台湾,花莲县率先宣布明天放台风假。(中央气象局提供)", "body"), ("报社领导与读者合影。李庚伟摄", "body"),
    ("首相进入首相官邸。攝於29日，東京永田町", "body"), ("苹果邀请函海报。来源:苹果微信号“Apple”截图", "body"),
    ("消防员在演练。 图源:北京市天安门地区消防救援支队", "body"), ("市民在燒烤攤唱歌。圖源網絡", "body"),
    ("人们在发布会上拍摄样机。 新华社发", "body"), ("共 9967字,需浏览 20分钟", "body"),
    ("水里鄉民過中秋,聯歡晚會一起同樂。〈記者吳素珍攝〉", "body"), ("某某村媒体采访行启动。某某市委宣传部提供", "body"),
    ("(上接第1版)", "body"), ("（下转A3版）", "body"), ("AI导读:", "head"),
    ("757616a833001e6a4451902164e74e23", "body"), ("人氣 1030", "body"), ("0則留言", "body"),
    # a blog's comment form and a closed one; a share bar by the networks it names; an empty label
    ("你的電郵地址並不會被公開。 必要欄位標記為 *", "tail"), ("您的电子邮箱地址不会被公开。 必填项已用 * 标注", "tail"),
    ("抱歉,评论功能暂时关闭!", "tail"), ("评论已关闭。", "end"), ("相關熱詞搜索:", "tail"),
    # an English theme's sign-in box, a comment box's bare label
    ("Login", "tail"), ("Welcome! Login in to your account", "tail"), ("Remember me Lost your password?", "tail"), ("留言", "tail"),
])
def test_furniture_by_shape(line, where):
    assert furniture_reason(line, where)


@pytest.mark.parametrize("line", ["分享至Facebook 分享至Line 分享至X", "跳到主要內容區塊", "列印 | 轉寄 | Email"])
def test_portal_chrome_by_its_words(line):
    assert boilerplate_reason(line)


@pytest.mark.parametrize("line, where", [
    ("对美(组图)", "body"), ("编辑点评：柠檬黄很扎眼，小面积运用就已经很亮。(文/马焱 摄/滚叔)", "body"),
    ("图为何物，至今无人知晓。", "body"), ("整座城市都是我们的后盾", "end"), ("18岁女孩四战美国高考", "head"),
    ("公司计划明年推出下载量更高的应用，并在全球上线。", "tail"),
    ("他说，这是我们的目标。来源：新华社", "body"), ("招商安本增利跌0.15%，居于末位。（全景网/陈丹蓉）", "body"),
    ("郑州各进城高速收费口上演节后返程堵。(河南商报记者 王访贤 文/图)", "body"), ("我要感谢玩家多给我带来的一切！(感谢玩家“lunhuiba”倾情提供以上稿件)", "body"),
    ("他说，用户的邮箱地址不会被公开。", "body"), ("评论关闭后，网友转向了微博。", "body"), ("分享至微信群的截图引发热议", "body"),
])
def test_text_that_only_looks_like_furniture(line, where):
    assert furniture_reason(line, where) is None


def test_the_headline_is_found_under_the_furniture_and_the_furniture_goes():
    page = "\n".join(["本网站使用Cookie技术提供更好的阅读体验，点这里了解隐私声明。", "首页 > 财经 > 正文", "生活 生活焦点",
                      TITLE, "2025/12/27 23:49 记者廖耀东/台中报导", *PARAGRAPHS, "热门新闻", "推荐文章", "客服信箱: a@b.cn"])
    article = clean_text(page)
    assert article.title == TITLE
    assert article.date.value == "2025-12-27T23:49:00" and article.date.confidence == "stated"
    assert article.author == "廖耀东"
    assert body_text(article) == PARAGRAPHS
    furniture = {r.text: r.why for r in article.removals if r.rule == "page_furniture"}
    assert {"本网站使用Cookie技术提供更好的阅读体验，点这里了解隐私声明。", "首页 > 财经 > 正文", "生活 生活焦点"} <= set(furniture)
    assert {r.text for r in article.removals} >= {"热门新闻", "推荐文章", "客服信箱: a@b.cn"}  # (whichever rule took them)
    assert [f.line for f in article.found if f.field == "title"] == [4]  # the headline is the page's fourth line


def test_a_sites_description_above_the_headline_and_its_dated_line_goes():
    description = "某某新闻网：报道本地的脉动与新政策，详实反映居民的生活百态。"
    headline = "290亿美元交易演变为客户雪崩"  # (a headline's words come back in its text)
    page = "\n".join([description, "Save on Cookie Cutters.", headline, "2025年6月14日 09:30", *PARAGRAPHS])
    article = clean_text(page)
    assert article.title == headline and body_text(article) == PARAGRAPHS
    assert article.date.value == "2025-06-14T09:30:00"
    assert description in {r.text for r in article.removals}
    # three sentences on three lines above a dated line are the article's text, not a description
    lines = [*PARAGRAPHS[:3], "保存到相册", "2018-12-15 13:42 上传", *PARAGRAPHS[3:]]
    kept = clean_text("\n".join([TITLE, *lines]))
    assert kept.title == TITLE and PARAGRAPHS[0] in body_text(kept)


def test_a_list_above_the_headline_ends_where_the_headline_and_its_byline_start():
    page = "\n".join(["更多文章", "当前位置:首页 >> 华侨·华人 >>" + TITLE[:12], TITLE,
                      "时间:2014-08-07 17:36来源:中新网 作者:宣萱", *PARAGRAPHS])
    article = clean_text(page)
    assert article.title == TITLE and article.source == "中新网"
    assert body_text(article) == PARAGRAPHS


def test_a_labelled_summary_that_the_text_repeats_goes_and_one_it_does_not_stays():
    deck = "核心提示：" + PARAGRAPHS[0][:40] + "…"
    article = clean_text("\n".join([TITLE, "2025-06-14 来源：新华网", deck, *PARAGRAPHS]))
    assert body_text(article) == PARAGRAPHS and deck in {r.text for r in article.removals}
    own = "导语：这是一段不在正文里重复的导语文字，它概括了全文的要点和背景。"
    kept = clean_text("\n".join([TITLE, "2025-06-14 来源：新华网", own, *PARAGRAPHS]))
    assert body_text(kept) == [own, *PARAGRAPHS]


def test_a_headline_in_brackets_alone_or_run_into_its_lead():
    alone = clean_text("\n".join(["【政协年中工作会议】", "2015-09-23 来源: 上海普陀", *PARAGRAPHS]))
    assert alone.title == "政协年中工作会议" and alone.source == "上海普陀" and body_text(alone) == PARAGRAPHS
    fused = clean_text("\n".join(["【郑州地铁5号线被困者发声】" + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert fused.title == "郑州地铁5号线被困者发声" and body_text(fused) == PARAGRAPHS
    wire = clean_text("\n".join(["【看某某网 2016年06月15日讯】" + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert wire.title != "看某某网 2016年06月15日讯"  # a wire's mark is no headline


def test_a_first_line_that_goes_on_is_text_not_a_headline():
    lines = ["丰镇市气象台12月15日10时57分发布寒潮蓝色预警信号：", "48小时内丰镇市最低气温将要下降8℃以上，17日早晨最低气温将至零下24度。",
             *PARAGRAPHS]
    article = clean_text("\n".join(lines))
    assert body_text(article)[0] == lines[0] and article.title.startswith("丰镇市气象台")


def test_a_page_whose_text_is_a_caption_keeps_it():
    caption = "10月5日，瑞典卡罗琳医学院在斯德哥尔摩宣布，中国女科学家屠呦呦分享2015年诺贝尔生理学或医学奖。新华社记者 王成云 摄"
    article = clean_text("\n".join(["中国药学家屠呦呦获诺贝尔奖", caption]))
    assert body_text(article) == [caption]
    # beside the article's own text, the same line is a caption and goes
    beside = clean_text("\n".join([TITLE, *PARAGRAPHS[:3], caption, *PARAGRAPHS[3:]]))
    assert caption not in body_text(beside) and body_text(beside) == PARAGRAPHS


def test_a_page_without_a_headline_keeps_its_first_paragraph():
    article = clean_text("\n".join(["美国职篮湖人队今天以121比114击败金块队，终止对手开季4连胜，詹姆斯拿下28分。", *PARAGRAPHS]))
    assert body_text(article)[0].startswith("美国职篮湖人队") and article.draft


@pytest.mark.parametrize("raw, clean", [
    ("中国记者节:记者的工作,绝不是\"等通知\" - 新闻详情", "中国记者节:记者的工作,绝不是\"等通知\""),
    ("某地暴雨致多条道路积水_网易新闻", "某地暴雨致多条道路积水"),
    ("法国总统访华成果丰硕 双方拓展合作_中国_法国_全球", "法国总统访华成果丰硕 双方拓展合作"),
    ("那一夜,我们没有采访******", "那一夜,我们没有采访"), ("• 债市一年:分析框架万变不离其宗", "债市一年:分析框架万变不离其宗"),
    ("新華社北京3月15日電 題:中國兩會 世界關注", "中國兩會 世界關注"), ("谁在受益？ - 张三", "谁在受益？ - 张三"),
    ("2023年中國破3.9萬宗毒品案 繳獲各類毒品243噸 (23:42)", "2023年中國破3.9萬宗毒品案 繳獲各類毒品243噸"),
    ("安徽日报采访团来滁“寻梦和美乡村”_", "安徽日报采访团来滁“寻梦和美乡村”"),
])
def test_headlines_lose_their_wrapping(raw, clean):
    assert clean_headline(raw) == clean


@pytest.mark.parametrize("line, fields", [
    ("财经新闻2025年06月15日 07:30 208admin", [("date", "2025-06-15T07:30:00")]),
    ("发布时间: 2025/6/12 16:44:34 | 20 次阅读", [("date", "2025-06-12T16:44:34")]),
    ("编辑/2021-03-25/ 分类:某某文章/阅读:", [("date", "2021-03-25")]),
    # a forum post's line: the poster, the day, the thread's buttons (in Traditional) and the poster's place
    ("stephen_c_y_h 發表於 22/8/2008 07:51:39 | 顯示全部樓層 |閱讀模式 IP:- 香港", [("date", "2008-08-22T07:51:39")]),  # (fields a slash apart: the editor's left empty)
    ("2016/9/27 08:19(9/27 10:22 更新)", [("date", "2016-09-27T08:19:00")]),
    (" date 2025-08-29 2025-08-29 07:00", [("date", "2025-08-29T07:00:00")]),
    ("人民日报2024-05-13 08:49", [("date", "2024-05-13T08:49:00"), ("source", "人民日报")]),
    ("时间:2020-07-29 10:49:13  来源:  作者:网络", [("date", "2020-07-29T10:49:13")]),  # placeholders name no one
    ("信息分类: 通知   发布机构: 某县人民政府办公室", [("source", "某县人民政府办公室")]),
    ("新聞來源 (不包括新聞圖片): 格隆匯", [("source", "格隆匯")]),
    ("来源:网络整理", [("label", "")]),
    ("原文链接:http://agri.example.gov.cn/xwfb/sxyw/202403/t20240301_8876674.html",
     [("source_url", "http://agri.example.gov.cn/xwfb/sxyw/202403/t20240301_8876674.html")]),
    ("06-12 11:39", [("label", "")]),
    ("2021 01/26 08:52", [("date", "2021-01-26T08:52:00")]),
    ("南方plus| 2023-02-08 08:26:15", [("date", "2023-02-08T08:26:15"), ("credited source", "南方plus")]),
])
def test_info_lines(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line", ["2025年6月14日，会议在北京召开", "新闻 2025年6月14日", "2025-06-14 至 2025-06-20",
                                  "3-5 月份的销售", "昨天篮网与山猫的比赛"])
def test_not_info_lines(line):
    assert parse_info_line(line) is None


@pytest.mark.parametrize("lead, publisher", [
    ("（中央社記者盧太城台東縣27日電）梅姬颱風已經接觸到蘭嶼", "中央社"), ("新华社北京6月1日电 国务院", "新华社"),
    ("【Now新聞台】警方拘捕一男子", "Now新聞台"), ("新京報訊 (記者李超)一條微博", "新京報"), ("【明報專訊】美孚新邨", "明報"),
    ("【看中國2024年2月13日訊】從大年初一", "看中國"), ("智東西6月24日報道,6月13日", "智東西"), ("據金十數據報道,高盛", "金十數據"),
    ("區農業農村局供稿 11月16日下午,區農業農村局組織", "區農業農村局"),
    ("【郑州地铁5号线被困者发声】据央视新闻消息,7月20日傍晚6时前后,受强降水影响", "央视新闻"),
    ("参考消息网7月6日报道 据英国《金融时报》网站5日报道", "参考消息网"), ("C114讯 2月24日消息(颜翊)今日,华为", "C114"),
    ("新京報貝殼財經訊(記者韋博雅)3月12日,華爲", "新京報貝殼財經"), ("中關村在線消息:進入8月以來", "中關村在線"),
    ("汇通财经APP讯——上证指数上午收盘报3282.61点", "汇通财经APP"), ("新京报报道,据介绍,受伤民警系", "新京报"),
    ("【新唐人亞太台 2018 年 10 月 24 日訊】再來看到", "新唐人亞太台"),
    ("据越通社驻马来西亚记者报道,马来西亚总理", "越通社"), ("最新消息:某公司", None), ("旅游资讯 1 0", None), ("路透社报道,据报道,谷歌正尝试", None), ("据媒体报道，某公司", None), ("本报讯（记者 张三）", None), ("6月13日据媒体报道", None),
    ("机锋资讯:2025 年 7 月 15 日晚些时候消息,英伟达", "机锋资讯"), ("北京时间5月15日消息,英伟达", None),
    ("据悉:2025年5月15日消息,某公司", None),
])
def test_the_lead_names_its_publisher(lead, publisher):
    assert lead_publisher(lead) == publisher


def test_the_paper_an_aggregator_reprinted_from_is_the_source():
    page = "\n".join([TITLE, "类别:健康 发布时间:2023-06-27 03:24:00 来源:每日看点快看", "本文转自:光明日报", *PARAGRAPHS])
    article = clean_text(page)
    assert article.source == "光明日报" and body_text(article) == PARAGRAPHS


def test_credit_lines_name_the_publisher_but_a_labelled_source_wins():
    article = clean_text("\n".join([TITLE, "聯合報／ 記者胡瑞玲／台北即時報導", *PARAGRAPHS]))
    assert (article.source, article.author) == ("聯合報", "胡瑞玲")
    article = clean_text("\n".join([TITLE, "（本文首发于某某财经）", "稿源：上海证券报", *PARAGRAPHS]))
    assert article.source == "上海证券报"


def test_what_a_server_or_a_scraper_leaves_of_the_pages_machinery_goes():
    warning = "Warning: include(./template/footer.html): failed to open stream: No such file or directory in /www/a.html on line 47"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:3], '<cite id="kjewv"></cite>', '<b id="x"><legend id="x"></legend></b>',
                                    *PARAGRAPHS[3:], warning]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    for line in ("<他们>的故事", "a<b and c>d", "Warning: 台风将于今晚登陆"):
        assert not furniture_reason(line, "body")


def test_previous_and_next_links_prompts_and_a_comment_form_go():
    article = clean_text("\n".join([TITLE, "Please login first!", *PARAGRAPHS, "上一主題:大河漲水小河滿 “千", "下一主题:祝贺:某某荣获",
                                    "Next Article", "喜欢就按个赞吧!!!", "你好某某网,欢迎发表评论 取消回复"]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    for line in ("Next, the article", "喜欢点赞的人", "取消回复的按钮在哪里，他问道。很多人都不知道这个功能的用法。"):
        assert not furniture_reason(line, "body")


@pytest.mark.parametrize("line", ["会议召开。数据由统计局提供", "他说：我们会继续努力。各方提供"])
def test_not_a_caption_credit(line):
    assert not furniture_reason(line, "body")


def test_a_note_on_where_the_article_first_appeared_goes():
    note = "本文最初发表于 The Gradient ,经原作者授权,由某某中文站翻译并分享。"
    article = clean_text("\n".join([TITLE, note, *PARAGRAPHS]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_a_byline_with_its_place_a_space_apart_is_no_headline():
    article = clean_text("\n".join(["本報記者石飛月 北京報道", *PARAGRAPHS]))
    assert body_text(article) == PARAGRAPHS and "记者" not in article.title and "記者" not in article.title


def test_a_source_label_glued_before_a_lead_that_names_it_again_goes():
    lead = "人民網北京10月12日電 (記者李棟)" + PARAGRAPHS[0]
    article = clean_text("\n".join([TITLE, "來源:人民網 " + lead, *PARAGRAPHS[1:]]))
    assert body_text(article) == [lead, *PARAGRAPHS[1:]] and article.source == "人民網"
    # a label before other words is the text's business
    article = clean_text("\n".join([TITLE, "来源:网络 据报道" + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert body_text(article)[0].startswith("来源:网络")


def test_a_forum_threads_chrome_goes_and_names_no_source():
    article = clean_text("\n".join([TITLE, "楼主", "本帖最後由 小明 於 2019-5-3 08:12 PM 編輯", *PARAGRAPHS, "使用道具 举报",
                                    "只看该作者", "查看: 1,234 | 回覆: 5", "沙发"]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    assert article.source == "" and article.date.value[:4] != "2019"
    for line in ("楼主说得对", "支持", "回复 引用"):
        assert not furniture_reason(line, "body")


def test_a_related_lists_header_after_the_text_goes_without_its_list():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "随机推荐 更多>>"]))
    assert body_text(article) == PARAGRAPHS
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "You may also like"]))
    assert body_text(article) == PARAGRAPHS


def test_a_desks_credit_for_a_video_goes():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "配音:郭錦清", "新華社音視頻部製作"]))
    assert body_text(article) == PARAGRAPHS
    assert not boilerplate_reason("他在工作室制作") and not boilerplate_reason("本片由央视纪录频道出品")


def test_a_summary_under_its_label_on_the_line_above_goes():
    summary = "首届低空经济展览会盛大开幕,500多架航空器亮相,展示了低空经济的蓬勃发展。其中,电动垂直起降飞行器成为亮点。"
    article = clean_text("\n".join([TITLE, "AI导读:", summary, *PARAGRAPHS]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    # without its label the same paragraph is the text's first
    article = clean_text("\n".join([TITLE, summary, *PARAGRAPHS]))
    assert body_text(article) == [summary, *PARAGRAPHS]


def test_reading_time_counts_and_an_empty_comment_box_are_widgets():
    article = clean_text("\n".join([TITLE, "全文共9839字,阅读大约需要23分钟", "1,650次阅读", "没有评论", *PARAGRAPHS[:3],
                                    "• 本文字数:7664 字", "閱讀完需:約 25 分鐘", "阅读数:979   本文字数:301", *PARAGRAPHS[3:],
                                    "欢迎 发表评论:", "暂时没有评论", "暫無評論,快搶沙發吧~"]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    # whatever the text calls itself (`本篇文章`, `这篇文章`), above the headline or under it
    for line in ("本篇文章200字,读完约1分钟", "这篇文章2048字，读完约需4分钟"):
        assert furniture_reason(line, "head") and furniture_reason(line, "body")
    # what the text says of reading and comments is no widget
    for line in ("没有评论的日子里他很孤独", "阅读需要勇气", "本文字数有限", "他读完全文需要23分钟以上。", "这篇文章他读完用了5分钟"):
        assert not furniture_reason(line, "body")


def test_the_buttons_and_labels_portals_print_around_an_article_go():
    head = ["【字体：大 中 小】", "[打印] [关闭]", "扫一扫在手机打开当前页", "分享到：微信 微博", "【纠错】", "打印本页 | 关闭窗口"]
    tail = ["返回顶部", "上一篇：某某会议召开 下一篇：某某活动举行", "【我要纠错】 责任编辑：张三", "点击排行", "相关阅读：",
            "网友评论", "已有0人参与", "登录 注册"]
    article = clean_text("\n".join([TITLE, *head, *PARAGRAPHS, *tail]))
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_widgets_links_and_a_stored_pages_date_field():
    article = clean_text("\n".join([" date 2026-02-19 某电台17日表示，已恢复广播。（路透档案照）", TITLE, *PARAGRAPHS[:4],
                                    "请继续往下阅读...", "12次阅读", *PARAGRAPHS[4:], "前文回顾：某某数据打造爆款(上)",
                                    "上 / 下一篇新闻", "手机查看"]))
    assert article.date.value == "2026-02-19" and article.date.confidence == "stated"
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_a_report_starts_at_its_dateline():
    lead = "新华社北京6月1日电（记者张三）" + PARAGRAPHS[0]
    article = clean_text("\n".join([TITLE, "居民向人大代表反映问题。", "活动现场", lead, *PARAGRAPHS[1:]]))
    assert body_text(article) == [lead, *PARAGRAPHS[1:]]
    assert article.source == "新华社"
    # without a dateline, a short line under the headline may be a subtitle: it stays
    article = clean_text("\n".join([TITLE, "一家公司的转型之路", *PARAGRAPHS]))
    assert body_text(article)[0] == "## 一家公司的转型之路"  # (kept, as a heading)


def test_a_breadcrumb_ending_in_the_headline_gives_the_headline():
    crumb = f"您的当前位置:首页 > 焦点 > {TITLE} 正文"
    article = clean_text("\n".join([crumb, "时间:2025-06-14 09:30 来源:新华网", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS
    removed = [r.text for r in article.removals if r.rule == "page_furniture"]
    assert "您的当前位置:首页 > 焦点 >" in removed


def test_the_headline_keeps_its_punctuation_when_the_page_title_above_it_dropped_it():
    page = "\n".join(["一张手绘地图一颗闪闪红心一腔赤诚热血", "", "一张手绘地图，一颗闪闪红心，一腔赤诚热血", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "一张手绘地图，一颗闪闪红心，一腔赤诚热血"
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["微信截图_20210918150711", "IMG_20230101_1200.jpg", "![]()", "![图片](https://a.cn/1.png)",
                                  "[an error occurred while processing the directive]"])
def test_scraper_leftovers_inside_the_text_go(line):
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) + "\n")
    assert body_text(article) == PARAGRAPHS


def test_a_forums_watermark_goes_where_the_page_has_several():
    marks = ["% d- b* i4 Z+ k; r/ e", ", l8 [! V4 Q- M6 ]) y/ H+ h) |", "0 y7 H8 y9 e: _( b. e( w"]
    page = [TITLE, PARAGRAPHS[0], marks[0], PARAGRAPHS[1], marks[1], *PARAGRAPHS[2:4], marks[2], *PARAGRAPHS[4:]]
    assert body_text(clean_text("\n".join(page) + "\n")) == PARAGRAPHS
    alone = [TITLE, PARAGRAPHS[0], "x1 y2 z3 w4 q5", *PARAGRAPHS[1:]]  # one such line may be the text's own
    assert "x1 y2 z3 w4 q5" in body_text(clean_text("\n".join(alone) + "\n"))


def test_a_kicker_and_a_byline_point_at_the_headline_between_them():
    page = "\n".join(["中青报客户端", "中国青年报-中青在线官方微信平台", "2017年05月18日 星期四", "中青在线",
                      "“一带一路”国际合作高峰论坛上的志愿者——", "我们是小小“螺丝钉”",
                      "中国青年报·中青在线记者 李晨赫 实习生 曹华威  来源:中国青年报  ( 2017年05月18日   03 版)",
                      *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "我们是小小“螺丝钉”"
    assert article.source == "中国青年报"
    assert article.date.value == "2017-05-18"
    assert body_text(article)[-1] == PARAGRAPHS[-1]


def test_other_stories_teasers_under_the_article_go_but_one_cut_off_last_line_stays():
    teasers = ["体育播报9月7日宣 《每日体育报》撰文写道，巴萨主席拉波尔塔正面临着他的赛季首场“决赛”。巴萨是否可以及...",
               "2025-09-08体育播报9月8日宣 拜仁今夏追求沃尔特马德未果，马特乌斯还在期间公开“抬价”，并引发赫内斯的辱骂。但夏窗最..."]
    article = clean_text(raw_article(tail=teasers))
    assert body_text(article) == PARAGRAPHS
    cut = PARAGRAPHS[:-1] + [PARAGRAPHS[-1][:30] + "..."]
    assert body_text(clean_text(raw_article(paragraphs=cut))) == cut


def test_a_wechat_repost_credits_the_account_it_copies_not_the_mirror():
    page = "\n".join([TITLE, "公文搜 2021-08-14 13:09:56 优秀公文",
                      "公文咩咩 微信号 gongwenmiemie 2020-02-21 收录于话题以下文章来源于刺猬公社 ,作者刺猬编辑部",
                      *PARAGRAPHS]) + "\n"
    assert clean_text(page).source == "刺猬公社"


@pytest.mark.parametrize("raw, clean", [
    ("警拘一男子涉發表煽動文字 案件由警方國安處跟進 警拘一男子涉發表煽動文字 案件由…", "警拘一男子涉發表煽動文字 案件由警方國安處跟進"),
    ("每日觀點:臺媒:臺灣佛光山星云大師圓寂", "臺媒:臺灣佛光山星云大師圓寂"),
    ("世界焦点!出发!百名记者奔赴高质量发展一线", "出发!百名记者奔赴高质量发展一线"),
    ("教育部：今年高考报名人数1342万", "教育部：今年高考报名人数1342万"),  # a speaker, not a channel
])
def test_a_headline_printed_twice_or_under_a_channels_stamp(raw, clean):
    assert clean_text(raw_article(title=raw)).title == clean


def test_the_original_title_above_a_text_without_headline_is_the_headline():
    article = clean_text("原标题:连续三日发布暴雨蓝色预警四川紧急避险转移8953人\n" + "\n".join(PARAGRAPHS) + "\n")
    assert article.title == "连续三日发布暴雨蓝色预警四川紧急避险转移8953人"
    assert body_text(article) == PARAGRAPHS


def test_a_summary_above_the_headline_goes_and_the_text_it_repeats_stays():
    page = "\n".join([PARAGRAPHS[0] + PARAGRAPHS[1], TITLE, "2017-02-27 08:57 来源:中国新闻网",
                      PARAGRAPHS[0] + PARAGRAPHS[1], *PARAGRAPHS[2:]]) + "\n"
    article = clean_text(page)
    assert article.title == TITLE and article.source == "中国新闻网"
    assert body_text(article) == [PARAGRAPHS[0] + PARAGRAPHS[1], *PARAGRAPHS[2:]]


def test_a_table_of_names_and_values_ending_the_article_stays():
    table = ["北部", "• 基隆市：正常上班上課", "• 台北市：正常上班上課", "• 新北市：停止上班上課", "南部", "• 高雄市：停止上班上課"]
    article = clean_text(raw_article(tail=table))
    assert [line.lstrip("#* ").lstrip("•-* ") for line in "\n".join(body_text(article)).splitlines()][-6:] == \
        [line.lstrip("• ") for line in table]


def test_the_writers_own_ellipsis_ends_the_text_a_sites_cut_marks_a_teaser():
    ending = "他说，这一切才刚刚开始，我们等着瞧吧……"
    assert body_text(clean_text(raw_article(tail=[ending])))[-1] == ending


@pytest.mark.parametrize("name", ["中华人民共和国国家统计局", "海丰消防救援大队", "区应急管理局"])
def test_a_public_body_named_under_the_headline_is_the_source(name):
    page = "\n".join([TITLE, "(2016年10月19日)", name, *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.source == name and body_text(article) == PARAGRAPHS


def test_a_report_kind_under_the_headline_is_not_a_publisher():
    page = "\n".join(["anmi 发表于 2024-1-27 23:01:45", "火情通报", "火情通报", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "火情通报" and article.source == ""


def test_a_deck_under_the_headline_stays_with_the_text():
    # (news corpora keep a 导语 as the article's first paragraph: it is the writer's, not the site's)
    line = "导语：2011春夏时装周终于圆满结束，可是真正的秋冬时尚才刚刚开始，答案就由这些当红模特来为你开启灵感吧。"
    assert body_text(clean_text(raw_article(head=[line])))[0] == line


def test_a_long_note_that_runs_into_the_text_stays():
    line = "本文经授权转自公众号谈心社（id：txs163）从2006年开始，北京师范大学纪录片中心开始拍摄一群刚上幼儿园的孩子，" * 2
    assert body_text(clean_text(raw_article(head=[line])))[0] == line


@pytest.mark.parametrize("line", ["您看到此篇文章时的感受是:", "这篇文章是在2 年前刊登", "《当今大马》标志",
                                  "#恒指 #科指 #晶片股", "From our sponsors",
                                  "特别声明:本栏目内容均从网络收集或者网友提供,如果资料损害了您的权益,请与站长联系,我们将及时删除。"])
def test_widgets_and_notices_around_the_text_go(line):
    article = clean_text(raw_article(tail=[line]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("lead, publisher", [
    ("路透旧金山8月28日 - 美国消费电子公司苹果邀请媒体参加9月9日举办的特别活动，外界普遍预计将发布新款手机。", "路透"),
    ("【欧洲时报记者田皓雪子报道】2021年12月，《欧洲时报》英国版正式迎来创刊十周年纪念，中英各界人士送上祝福。", "欧洲时报"),
])
def test_wire_and_bracketed_reporter_datelines_name_the_publisher(lead, publisher):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == publisher


def test_a_subtitle_points_at_the_headline_above_it_and_a_site_slogan_is_no_headline():
    page = "\n".join(["中外网 - 关注中外最新动态!", "点燃青春激情 共筑精神家园", "——《中国青年报》金牌读者回家侧记", *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == "点燃青春激情 共筑精神家园"


def test_a_labelled_source_on_the_first_line_is_no_headline():
    page = "\n".join(["(来源:西部证券研究发展中心)", TITLE, *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == TITLE and article.source == "西部证券研究发展中心"


def test_a_production_credit_above_the_text_and_an_accounts_id_name_the_source():
    assert clean_text(raw_article(head=["大資料文摘出品"])).source == "大資料文摘"
    assert clean_text(raw_article(head=["來源丨投資人說(ID:touzirenshuo)", "作者丨金木研"])).source == "投資人說"


@pytest.mark.parametrize("lead, publisher", [
    ("宁波GQY视讯董秘谢诚正爆红互动平台，该现象备受市场关注。《每日经济新闻》记者浏览了近一个月来该公司的互动内容后发现，"
     "该公司的回复十分认真，从不敷衍了事。", "每日经济新闻"),
    ("中新经纬客户端8月30日电 据苹果微信号消息，北京时间30日凌晨，苹果对外发布了秋季新品发布会的邀请函。", "中新经纬客户端"),
    # the paper's own reporter opening the lead, with no dateline
    ("中國航天報記者采訪了航天兩大集團部分代表委員，他們關注的議題集中在以下領域：", "中國航天報"),
    ("《每日经济新闻》记者注意到，该公司的回复十分认真，从不敷衍了事，引来不少投资者点赞。", "每日经济新闻"),
    # ... but not "this paper's" reporter, nor reporters in general, nor a reporters' day
    ("本报记者从市应急管理局获悉，国庆中秋假期全市安全生产形势保持稳定。", ""),
    ("多名记者在现场看到，救援队伍已经连夜赶赴灾区，搜救被困群众。", ""),
    ("中国青年报记者节当天，报社组织了一场座谈会，回顾过去一年的报道。", ""),
    # a paper set apart from the lead by a space, a finance brand's dateline
    ("據人民日報 山東省畜牧獸醫信息中心最新統計顯示，上周山東省生豬和豬肉價格繼續攀高。", "人民日報"),
    ("新华财经北京11月15日电 据国家发展改革委监测，36个大中城市精瘦肉零售价格周均价上涨。", "新华财经"),
])
def test_a_publication_named_by_its_reporter_or_its_apps_dateline(lead, publisher):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == publisher


@pytest.mark.parametrize("line", ["本文是42章经的一篇文章，作者是曲凯，讲述了一个顶级AI产品经理的自我修养。",
                                  "原文收录在国家发展改革委国际合作中心课题组研究报告新加坡章节。", "•报纸编辑:黄旭"])
def test_notes_about_the_article_and_editors_above_its_text_go(line):
    assert body_text(clean_text(raw_article(head=[line]))) == PARAGRAPHS


def test_a_short_headline_shown_twice_is_the_headline_once():
    page = "\n".join(["anmi 发表于 2024-1-27 23:01:45", "火情通报", "火情通报", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == "火情通报" and body_text(article) == PARAGRAPHS


def test_the_company_that_runs_the_site_is_no_headline():
    page = "\n".join(["Logo", "VOCO Media Inc. 網絡新聞媒體集團", TITLE, *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == TITLE


def test_a_listen_button_is_no_publisher():
    page = "\n".join([TITLE, "聽新聞", *PARAGRAPHS]) + "\n"
    article = clean_text(page)
    assert article.title == TITLE and article.source == "" and body_text(article) == PARAGRAPHS


def test_an_agencys_dateline_as_a_sign_off_and_a_credit_line_name_the_source():
    assert clean_text(raw_article(tail=["(据新华社北京6月15日电)"])).source == "新华社"
    assert clean_text(raw_article(tail=["文图据新华社、中新网"])).source == "新华社"


@pytest.mark.parametrize("line", ["{{nowplay.song.artist}}", "{{title}} | {{author}}", "第04版:时事新闻 PDF版阅读", "第3版：要闻"])
def test_template_fields_and_e_paper_page_labels_are_no_headline(line):
    article = clean_text("\n".join([line, TITLE, *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_a_spam_pages_keywords_one_dash_apart_are_no_headline():
    page = "\n".join(["小草av-中日韩毛片-亚洲男人av-精品久久-日韩天堂在线", TITLE, *PARAGRAPHS]) + "\n"
    assert clean_text(page).title == TITLE


def test_a_notice_signed_off_by_its_issuer_and_day_keeps_both_and_names_the_source():
    page = "\n".join([TITLE, *PARAGRAPHS, "張家界市公安局永定分局", "2021年8月5日", "返回欄目", "舉報此信息"]) + "\n"
    article = clean_text(page)
    assert body_text(article)[-2:] == ["張家界市公安局永定分局", "2021年8月5日"]
    assert article.source == "張家界市公安局永定分局"
    # a name and a day that are no sign-off (a tag, then the page's stamp) stay furniture
    stamped = clean_text("\n".join([TITLE, *PARAGRAPHS, "热门标签", "2021年8月5日"]) + "\n")
    assert body_text(stamped) == PARAGRAPHS


def test_a_cut_off_line_ending_in_a_publishers_ending_is_no_publisher():
    assert clean_text(raw_article(tail=["有網"])).source == ""
    assert clean_text(raw_article(tail=["直新闻"])).source == "直新闻"


def test_a_tag_line_and_a_hash_inside_the_text_go():
    page = "\n".join([TITLE, PARAGRAPHS[0], "8c08cc9114decdd597603cb2727a51c", PARAGRAPHS[1], "TAG:疫苗  工作  属地", PARAGRAPHS[2]])
    assert body_text(clean_text(page + "\n")) == PARAGRAPHS[:3]


@pytest.mark.parametrize("caption", ["11日，武警战士在江西鄱阳县搬运抗洪物资。新华社记者 周 密摄",
                                     "11日,武警戰士在江西鄱陽縣鄱陽鎮江家嶺村搬運抗洪物資。新華社記者 周 密攝"])
def test_a_caption_signed_by_a_photographer_whose_name_is_spaced_out_goes(caption):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:3], caption, *PARAGRAPHS[3:]]))
    assert body_text(article) == PARAGRAPHS


def test_a_translation_of_the_headline_above_a_chinese_text_goes():
    head = ["'Hermès of durian': The luxury fruit cashing in on China's billion-dollar appetite",
            "Oficina de Estadísticas: de enero a julio de 2018, las ganancias de las empresas industriales"]
    assert body_text(clean_text(raw_article(head=head))) == PARAGRAPHS


def test_a_bilingual_texts_english_paragraphs_and_an_english_headline_stay():
    english = "A senior Chinese official says China has overtaken Japan to become the world's second largest economy."
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], english, *PARAGRAPHS[1:]]))
    assert english in body_text(article)
    title = "China Says it Surpassed Japan as No. 2 Economy"
    assert clean_text(raw_article(title=title)).title == title


@pytest.mark.parametrize("line", ["分享", "取消分享", "关注微博", "生成海报", "参与评论", "打印 | 关闭"])
def test_a_row_of_buttons_goes_wherever_it_is(line):
    # (rounds za and zb's tune pages: zb013, zb014, zb022, zb030)
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS[:3], line, *PARAGRAPHS[3:]]))
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", ["关注", "分享是一种美德，也是一种快乐。", "收藏家张先生表示，这件藏品来历清楚。"])
def test_words_of_a_button_in_the_text_stay(line):
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS[:3], line, *PARAGRAPHS[3:]]))
    assert line in body_text(article)


@pytest.mark.parametrize("line", ["【延伸閱讀】台灣商港禁空拍 港灣風光成絕響?", "[相关阅读] 北京今年将建成10条地铁线路"])
def test_another_storys_headline_under_a_related_label_goes(line):
    # (round zb's tune page zb023: three of them between the paragraphs)
    article = clean_text(raw_article(paragraphs=[*PARAGRAPHS[:3], line, *PARAGRAPHS[3:]]))
    assert body_text(article) == PARAGRAPHS


def test_a_sentence_under_a_related_label_stays():
    line = "【延伸阅读】专家指出，这一政策将于明年实施。"
    assert line in body_text(clean_text(raw_article(paragraphs=[*PARAGRAPHS[:3], line, *PARAGRAPHS[3:]])))
