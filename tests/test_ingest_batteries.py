"""Date lines and source lines in the forms Chinese news pages print them, written from how such
pages are made rather than copied from the real set: each under a headline, above the text, must
give its day (and time) as stated, and its publisher, and leave the text as it is."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

DATE_LINES = [
    '2024年5月13日10:30',
    '【发布时间：2024-05-13 10:30:00】',
    '发布时间：2024-05-13 10:30:00 【字体：大 中 小】',
    '2024/05/13 10:30:00 PM',
    'May 13, 2024 10:30 AM',
    '2024年05月13日 10:30 星期一',
    '2024年05月13日 星期一 10:30',
    '二〇二四年五月十三日',
    '时间：2024-05-13 10:30 来源：新华网',
    '发稿时间：2024-05-13 10:30',
    '发布：2024-05-13 10:30',
    '日期：2024-05-13\u3000\u3000来源：人民网\u3000\u3000作者：张三',
    '2024-05-13 10:30:15 来源: 澎湃新闻 编辑: 李四 阅读 1234',
    '更新於 2024/05/13 10:30',
    '2024.05.13 10:30',
    '2024-5-13',
    '发布日期:2024-05-13 浏览量:123',
    '文章来源：本站 发布时间：2024年05月13日 点击数：',
    '2024-05-13 10:30 | 新华社',
    '作者：张三 | 2024-05-13',
    '新华网 2024-05-13 10:30',
    '2024年5月13日 10:30 中国新闻网',
    '[2024-05-13]',
    '（2024-05-13）',
    '13 May 2024',
    '2024-05-13 10:30 北京',
    '2024-05-13 10:30 发布于北京',
    '发布于 2024-05-13 10:30 · IP 属地北京',
    '編輯：王五 2024年5月13日 上午10:30',
    '中央社 2024/05/13 10:30',
    '2024/05/13 10:30 中央社 記者張三台北13日電',
    '最後更新：2024/05/13 10:30',
    '刊登日期：2024/05/13',
    '113/05/13 10:30',
    '民國113年5月13日',
    'Posted on 2024-05-13 by admin',
    '2024-05-13 10:30:00.0',
    '2024年5月13日 周一 10:30',
    '2024-05-13 週一',
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_a_date_line_gives_the_stated_day(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert str(article.date.value).startswith("2024-05-13") and article.date.confidence == "stated"
    assert body_text(article) == PARAGRAPHS


SOURCE_LINES = [
    ('来源：新华网', '新华网'),
    ('来源: 澎湃新闻', '澎湃新闻'),
    ('稿源：经济日报', '经济日报'),
    ('來源：中央社', '中央社'),
    ('2024-05-13 10:30 来源：中国新闻网 作者：张三', '中国新闻网'),
    ('2024-05-13 10:30:15 来源: 澎湃新闻 编辑: 李四 阅读 1234', '澎湃新闻'),
    ('本文来源：第一财经', '第一财经'),
    ('文章来源：人民日报', '人民日报'),
    ('信息来源：市政府办公室', '市政府办公室'),
    ('转自：环球时报', '环球时报'),
    ('转载自 21世纪经济报道', '21世纪经济报道'),
    ('出处：南方都市报', '南方都市报'),
    ('来源丨36氪', '36氪'),
    ('来源 | 界面新闻', '界面新闻'),
    ('【来源：央视新闻】', '央视新闻'),
    ('新华网 2024-05-13 10:30', '新华网'),
    ('2024-05-13 10:30 新华社', '新华社'),
    ('中央社 2024/05/13 10:30', '中央社'),
    ('原标题：某某某 来源：北京日报', '北京日报'),
    ('来源：北京日报客户端', '北京日报客户端'),
    ('责任编辑：王五 来源：光明网', '光明网'),
    ('作者：张三 来源：科技日报', '科技日报'),
    ('本文转载自微信公众号“财经十一人”', '财经十一人'),
    ('本文来自微信公众号：虎嗅APP（ID：huxiu_com），作者：张三', '虎嗅APP'),
    ('原文来自华尔街见闻', '华尔街见闻'),
    ('来源：经济观察网 记者 张三', '经济观察网'),
    ('發佈時間：2024/05/13 來源：自由時報', '自由時報'),
    ('2024年05月13日 10:30 来源：人民网－人民日报', '人民网-人民日报'),
    ('来源：“学习强国”学习平台', '学习强国'),  # (the quoted name, not the platform's word after it)
    ('编者按：本文转载自“经济日报”微信公众号', '经济日报'),
    ('文：張三｜端傳媒記者', '端傳媒'),  # (the writer, a bar, the paper whose reporter)
    ('東海新聞網記者張三/花蓮報導', '東海新聞網'),  # (the paper's reporter, then where filed from: not `…記者張三`)
    ('東海新聞網記者張三、李四／綜合報導', '東海新聞網'),
    ('作者：张三 | 新华网', '新华网'),
    ('新华社客户端 2024-05-13 10:30', '新华社客户端'),  # (a publisher's app is its name; `下载客户端` a button)
    ('下载客户端 2024-05-13 10:30', ''),
    # a publisher's name alone under the headline, however it ends (`财经`, `周末`, a paper's edition)
    ('第一财经', '第一财经'),
    ('南方周末', '南方周末'),
    ('人民日报海外版', '人民日报海外版'),
]
# notes under the text: where it came from, a dash before the label, the title closing the name; a
# note that retells hearsay names no one and is the text's own
SIGN_OFFS = [
    ('——来源：中国日报网', '中国日报网'),
    ('—— 本文来自澎湃新闻', '澎湃新闻'),
    ('（本文原載《信報》，經作者授權轉載）', '信報'),
    ('本文首發於《天下雜誌》第789期', '天下雜誌'),
    ('本文原载于《经济观察报》2024年5月13日', '经济观察报'),
    ('（本文原载《读书》杂志，作者系某大学教授）', '读书'),
    ('——完——', ''),
    ('（据新华社报道）', '新华社'),
    # the original a translation was made from
    ('本文编译自《经济学人》', '经济学人'),
    ('译自：The Economist', 'The Economist'),
    ('本文翻译自 The Verge，原作者 John Smith', 'The Verge'),
    ('本文由某某网编译自 Wired', 'Wired'),
]


@pytest.mark.parametrize(("line", "publisher"), [*SIGN_OFFS, ('（据外媒报道）', None)])
def test_a_note_under_the_text_gives_the_publisher(line, publisher):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]))
    assert (article.source or "") == (publisher or "")
    assert body_text(article) == PARAGRAPHS + ([line] if publisher is None else [])


LEADS = [
    ('新华社北京5月13日电（记者张三）国务院总理今天主持召开会议，研究部署相关工作。', '新华社'),
    ('中新网5月13日电 据外媒报道，某公司今天发布新产品，引发市场关注。', '中新网'),
    ('本报讯（记者 张三）5月13日，市政府召开新闻发布会，介绍相关情况。', ''),
    ('【环球时报综合报道】据美国媒体13日报道，某公司发布了新款芯片。', '环球时报'),
    ('（中央社記者張三台北13日電）行政院今天召開會議，通過多項法案。', '中央社'),
    ('央视网消息：5月13日，国家统计局发布最新数据，显示经济持续恢复。', '央视网'),
    ('据新华社消息，5月13日，某地发生地震，目前暂无人员伤亡报告。', '新华社'),
    ('人民网北京5月13日电 （记者张三）今天，教育部召开新闻发布会。', '人民网'),
    ('界面新闻记者 | 张三\n界面新闻编辑 | 李四\n5月13日，某公司宣布完成新一轮融资。', '界面新闻'),
    ('文 | 张三 来源 | 财经杂志\n5月13日，某公司宣布完成新一轮融资。', '财经杂志'),
    # a note opening the lead on where the text first ran (the day and the page around the title)
    ('（作者按：本文原载于12月1日《信报》A25版）房委会早前公布最新轮候情况，个案再创新高。', '信报'),
    ('(編者按:本文首發於《天下雜誌》)某公司今天宣布完成新一輪融資，估值倍增。', '天下雜誌'),
    ('（本文原刊于2024年5月13日《经济观察报》）某公司宣布完成新一轮融资。', '经济观察报'),
    ('（作者按：本文写于去年冬天，数据截至十一月）房委会早前公布最新轮候情况。', ''),
    # a broadcaster's or paper's programme reporting, opening the lead (`据X《节目》报道` without the 据)
    ('5月13日，中央电视台《朝闻天下》报道某地应对寒潮保障供电。', '中央电视台'),
    ('5月13日，湖南卫视《新闻联播》栏目报道了某地的抗洪工作。', '湖南卫视'),
    ('昨日，東森電視台《晚間新聞》報導，某公司宣布裁員。', '東森電視台'),
    ('5月13日，某公司《年度报告》报道了今年的营收情况。', ''),
    # a site's template filled with its category names (`作者:百科`) says less than the lead's dateline;
    # a person in the author field leaves the labelled source first
    ('[休闲] 时间:2024-05-13 10:30:06 来源:蓝天头条 作者:百科 点击:13次\n央视网消息:5月13日，国家统计局发布最新数据。', '央视网'),
    ('时间:2024-05-13 10:30:06 来源:蓝天头条 作者:娱乐资讯\n中新网5月13日电 国家统计局发布最新数据。', '中新网'),
    ('时间:2024-05-13 10:30:06 来源:光明网 作者:张三\n央视网消息:5月13日，国家统计局发布最新数据。', '光明网'),
    # a publisher's credit opening the lead, in square or tortoise-shell brackets as in round ones
    ('【自由時報／記者張三／台北報導】行政院今天召開會議，通過多項法案。', '自由時報'),
    ('〔自由時報記者張三／台北報導〕行政院今天召開會議，通過多項法案。', '自由時報'),
    ('【中央社記者張三台北13日電】行政院今天召開會議，通過多項法案。', '中央社'),
    ('［星島日報報道］行政長官今日表示，政府會加快推出措施。', '星島日報'),
    ('〔記者張三／台北報導〕行政院今天召開會議，通過多項法案。', ''),
    # a channel's desk in brackets (the host's own) names no publisher
    ('〔即時新聞／綜合報導〕行政院今天召開會議，通過多項法案。', ''),
    ('（國際新聞／綜合報導）美國聯準會今天宣布維持利率不變。', ''),
    ('【財經新聞】美國聯準會今天宣布維持利率不變，市場反應平淡。', ''),
    # a paper printing an agency's wire: `据新华社电`, then the lead
    ('据新华社电 5月13日，国家统计局发布最新数据，显示经济持续恢复。', '新华社'),
    ('据中新社电，国家统计局5月13日发布最新数据。', '中新社'),
    ('据新华社拉萨电（记者 张三）记者近日从自治区农业农村厅了解到，去年改造卫生厕所4.66万座。', '新华社'),  # (its place, no day)
    # a paper named by its country and its title: the title
    ('据英国《金融时报》报道，某公司宣布完成新一轮融资。', '金融时报'),
    ('据美国《华尔街日报》5月13日报道，某公司宣布完成新一轮融资。', '华尔街日报'),
    ('据中国之声《新闻纵横》报道，某地发生地震，目前暂无人员伤亡报告。', '中国之声'),
    # a broadcaster's own report opening its lead, as a paper's (`新京报报道，`): 电台, 之声, 卫视
    ('澳門電台報導，政府今日公布新措施，以協助中小企業渡過難關。', '澳門電台'),
    ('中国之声报道，5月13日，某地发生地震，目前暂无人员伤亡报告。', '中国之声'),
    ('湖南卫视报道，某地今年的早稻收成比去年增加了两成。', '湖南卫视'),
    ('路透社报道，某公司今天发布新产品，引发市场关注。', ''),  # (an agency's report is cited by another's)
    # a site and the paper it carries, joined by a dash, then the paper's mark: the paper
    ('东方网-新民晚报讯 5月13日，某地发生地震，目前暂无人员伤亡报告。', '新民晚报'),
    ('零距离网-西江都市报讯(记者 张三 通讯员 李四)5月13日，某地发生地震。', '西江都市报'),
    ('东方网-娱乐频道讯 5月13日，某地发生地震，目前暂无人员伤亡报告。', ''),
    # a broadcaster's long name with its channel's number, its country before it: the broadcaster
    ('据新加坡新传媒8频道新闻报道，在马来西亚，原定今天举行的集会突然喊停。', '新传媒8频道新闻'),
    ('据美国有线电视新闻网报道，某公司今天发布新产品，引发市场关注。', '美国有线电视新闻网'),
    # a forum's anti-copy watermark glued before the lead's credit
    ("1 v' x% { R\" J$ C0 o) p) v〔自由時報記者張三/台北報導〕行政院今天召開會議，通過多項法案。", '自由時報'),
]


# a source line goes into the front matter; a lead that names its publisher is the article's text
# and stays (its credit lines above it go)
@pytest.mark.parametrize(("lines", "publisher", "kept"), [(line, publisher, "") for line, publisher in SOURCE_LINES]
                         + [(lead, publisher, lead.splitlines()[-1]) for lead, publisher in LEADS])
def test_a_source_line_or_a_lead_gives_the_publisher(lines, publisher, kept):
    article = clean_text("\n".join([TITLE, lines, *PARAGRAPHS]))
    assert (article.source or "") == publisher
    assert body_text(article) == ([kept] if kept else []) + PARAGRAPHS


# lines that look like credits and name no publisher: a channel's desk, hearsay, several outlets
# retold, the writer's own claim, a picture's or a figure's credit
NO_PUBLISHER = [
    ('head', '〔即時新聞／綜合報導〕'),
    ('head', '即时新闻 2024-05-13 10:30'),
    ('head', '来源：网络 作者：佚名'),
    ('head', '本报记者 张三 李四'),
    ('head', '本周末'),
    ('head', '国际财经'),
    ('lead', '据新华社、央视新闻等媒体报道，某地发生地震。'),
    ('lead', '据知情人士透露，某公司今天发布新产品，引发市场关注。'),
    ('lead', '【深度报道】某公司今天发布新产品，引发市场关注。'),
    ('tail', '（本文为作者原创，转载请注明出处）'),
    ('tail', '（图片来源：视觉中国）'),
    ('tail', '（数据来源：国家统计局）'),
    ('tail', '（作者系某大学教授）'),
]


@pytest.mark.parametrize(("where", "line"), NO_PUBLISHER)
def test_a_line_that_names_no_publisher_gives_none(where, line):
    lines = [TITLE, *PARAGRAPHS, line] if where == "tail" else [TITLE, line, *PARAGRAPHS]
    assert (clean_text("\n".join(lines)).source or "") == ""


# a feature's scene set in short lines over a cut lead (no full stop: no paragraph yet) that opens
# with the paper's reporters' credit: the credit is the lead's, however many lines stand above it
@pytest.mark.parametrize("head", [
    ['时间:初冬', '地点:城南一条老街', '情景:一间面馆外排起长队,排队的大多是附近的老人'],
    ['時間:深秋', '地點:港島北角一條橫街', '人物:一位獨居的婆婆', '情景:素食館外排了一條長龍'],
])
def test_a_reporters_credit_under_a_scene_gives_the_paper(head):
    credit = '(文汇报记者 张三、李四)“这碗面,对我来说就是一顿年夜饭!”住在城南的婆婆说,她每天都来排队,风雨无阻,因为'
    paragraphs = [first + second for first, second in zip(PARAGRAPHS[::2], PARAGRAPHS[1::2])]  # (long: paragraphs)
    article = clean_text("\n".join([TITLE, *head, credit, *paragraphs]))
    assert article.source == '文汇报'
    assert body_text(article)[-len(paragraphs):] == paragraphs


# the site naming itself elsewhere on the page (its more-news link, its registered name, its feed's
# footer, an app's name over the headline): a credit with that name is the host's, no publisher;
# another outlet's credit stays; a link to another story names no one
HOST_NAMED = [
    (['来源：云海新闻网'], ['《更多云海新闻网报道》'], ''),
    (['云海新聞網記者張三/花蓮報導'], ['《更多云海新聞網報導》'], ''),
    (['2024-05-13 10:30 來源:云海傳媒網'], ['網站熱線:0631-1234567  網絡實名:云海傳媒網'], ''),
    (['来源：云海新闻网'], ['The post 数据独角兽遭遇客户流失潮 first appeared on 云海新闻网.'], ''),
    (['来源：新京报'], ['《更多云海新闻网报道》'], '新京报'),
    (['来源：新京报'], ['更多相关新闻'], '新京报'),
    ([], ['上一篇:今日辟谣(2024年5月12日)'], ''),
    ([], ['《更多云海新闻网报道》'], ''),
]


@pytest.mark.parametrize(("head", "tail", "publisher"), HOST_NAMED)
def test_a_name_the_site_gives_itself_is_no_publisher(head, tail, publisher):
    article = clean_text("\n".join([TITLE, *head, *PARAGRAPHS, *tail]))
    assert (article.source or "") == publisher
    assert body_text(article)[:len(PARAGRAPHS)] == PARAGRAPHS


@pytest.mark.parametrize(("credit", "publisher"), [('云上新闻  2024-05-13 17:05:35', ''), ('新华社  2024-05-13 17:05:35', '新华社')])
def test_an_apps_name_over_the_headline_is_the_hosts(credit, publisher):
    article = clean_text("\n".join(['跳到主要内容', '云上', '', TITLE, '', credit, *PARAGRAPHS]))
    assert (article.source or "") == publisher
    assert article.title == TITLE


# the writer's credit run on after the text's last sentence (a footer of any length under it): the
# publisher whose reporter wrote it (its rank, `融媒体`, and `社` are not the name); a person alone names no one
@pytest.mark.parametrize(("credit", "publisher"), [
    ('文/东海日报社融媒体记者 张三', '东海日报'),
    ('文｜东海晚报记者 张三 李四', '东海晚报'),
    ('文/张三', ''),
])
def test_a_reporters_credit_after_the_last_sentence_gives_the_paper(credit, publisher):
    footer = ['欢迎关注本网微信公众号', '新闻热线:0471-1234567', '声明:', '一、凡注明来源为本网的所有文字、图片等作品，版权均属本网所有。未经授权不得转载。']
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + credit, *footer]))
    assert (article.source or "") == publisher


def test_a_reporters_credit_line_keeps_the_paper_without_its_rank():
    assert clean_text("\n".join([TITLE, '文/东海日报社融媒体记者 张三', *PARAGRAPHS])).source == '东海日报'


# a body signing the text off with its writers (a society, a congress, a bureau), an excerpt's cut
# mark after the bracket or not; names from the less common family names too; a person alone names no one
@pytest.mark.parametrize(("line", "publisher"), [
    ('(东山县红十字会 齐小红)...', '东山县红十字会'),
    ('（东山县科学技术协会 聂文 詹小兵）', '东山县科学技术协会'),
    ('(东山县商务局 乔文华)…', '东山县商务局'),
    ('(齐小红 聂文)...', ''),
])
def test_a_bodys_sign_off_gives_the_body(line, publisher):
    assert (clean_text("\n".join([TITLE, *PARAGRAPHS, line])).source or "") == publisher


# the publication the text's people talk to, named without title marks when it ends as a publisher's
# name does: told its reporter, interviewed by it, told a broadcaster; hearsay and the host name no one
@pytest.mark.parametrize(("sentence", "publisher"), [
    ('一位业内人士告诉东海日报记者，今年的订单比去年少了三成。', '东海日报'),
    ('他在接受东海新闻网记者采访时表示，今年的订单比去年少了三成。', '东海新闻网'),
    ('多位业者和买家告诉美国之音，经济低迷重创了消费者信心。', '美国之音'),
    ('一位业内人士告诉记者，今年的订单比去年少了三成。', ''),
    ('一位业内人士告诉本报记者，今年的订单比去年少了三成。', ''),
    ('一位业内人士告诉媒体，今年的订单比去年少了三成。', ''),
])
def test_the_publication_spoken_to_without_title_marks(sentence, publisher):
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], sentence, *PARAGRAPHS[1:]]))
    assert (article.source or "") == publisher


# a paper's own reporter going out for the story, after a question or two opening the lead
@pytest.mark.parametrize(("lead", "publisher"), [
    ('即将毕业的新一届毕业生求职状况如何？他们最渴望找到什么样的工作？用人单位又看重什么？带着这些问题，'
     '昨天上午，东海晚报记者走访了在市会展中心举行的首场专场招聘会。', '东海晚报'),
    ('如何破除高标准农田建设的体制机制障碍，畅通资金来源和渠道，让建设更高质量、更可持续？近期，'
     '东海日报记者前往多地，探访建成区和在建区。', '东海日报'),
    ('即将毕业的新一届毕业生求职状况如何？他们最渴望找到什么样的工作？用人单位又看重什么？带着这些问题，'
     '昨天上午，记者走访了在市会展中心举行的首场专场招聘会。', ''),
])
def test_a_papers_reporter_further_into_the_lead_gives_the_paper(lead, publisher):
    assert (clean_text("\n".join([TITLE, lead, *PARAGRAPHS])).source or "") == publisher


YEARLESS_LINES = [
    ("6月15日 07:30 · 208 阅读", ""),
    ("6月15日 07:30", ""),
    ("06-15 07:30 · 阅读 208", ""),
    ("6月15日 07:30 · 新华网", "新华网"),
    ("6月15日 07:30 来源：新华网", "新华网"),
    ("发布时间：6月15日 07:30", ""),
]


@pytest.mark.parametrize("line, publisher", YEARLESS_LINES)
def test_an_info_line_without_its_year_is_metadata(line, publisher):
    """Portals print the day without its year: the line is the page's stamp, not text, and the
    day gets the latest year that does not put it after the page was saved."""
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert body_text(article) == PARAGRAPHS
    assert article.date.value[5:16] == "06-15T07:30" and article.date.confidence == "medium"
    assert article.source == publisher


@pytest.mark.parametrize("line", ["6月15日", "6月15日，记者来到现场。", "6月15日 07:30，记者来到现场。"])
def test_a_day_without_its_year_opening_text_or_heading_a_chronicle_stays(line):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]))
    assert line in " ".join(body_text(article)).replace("## ", "")
