"""How real pages state who published an article, by shape rather than by site: sign-offs at the
end of the text, a reprinting site's mark with the original's credit, leads that name their
publisher (`X快讯`, `X获悉`, `本报讯 据X报道`), a paper's own report (`本报讯`) named elsewhere,
label and separator variants on info lines, and names fused to dates (input -> the source)."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from digest.ingest.publishers import bare_publisher
from test_ingest_helpers import PARAGRAPHS, clean_text, raw_article


def _with_last(last: str, tail: list[str] | None = None) -> str:
    return raw_article(paragraphs=[*PARAGRAPHS[:-1], PARAGRAPHS[-1] + last], tail=tail)


def _source_with(where: str, line: str) -> str:
    """The source of an article with `line` ending its text ("end"), opening it ("lead") or
    above its headline ("head")."""
    paragraphs = list(PARAGRAPHS)
    if where == "end":
        paragraphs[-1] += line
    elif where == "lead":
        paragraphs[0] = line + paragraphs[0]
    return clean_text(raw_article(head=[line] if where == "head" else [], paragraphs=paragraphs)).source


@pytest.mark.parametrize("last, source", [
    ("（总台央视记者 乔全兴 李雯婷 ）", "总台央视"),  # reporters, a space before the bracket
    ("(新华视点)", "新华视点"),  # an agency's column
    ("(市場監管總局網站)", "市場監管總局網站"),  # a site, in Traditional characters
    ("(综合整理自澎湃新闻、智东西、雷锋网等)", "澎湃新闻"),  # compiled from several: the first
    ("（預警信息來源:國家預警信息發布中心）", "國家預警信息發布中心"),  # any labelled 来源, whatever its name ends with
])
def test_a_sign_off_in_brackets_ending_the_text_names_the_publisher(last, source):
    assert clean_text(_with_last(last)).source == source


def test_a_sign_off_counts_in_the_texts_last_paragraph_above_a_long_footer():
    footer = ["上一篇：市区道路施工公告", "下一篇：暑期游泳安全提示", "【查看完整讨论话题】 | 【用户登录】 | 【用户注册】", "网站地图 | 联系我们"]
    last = "业内人士认为，这笔看似风光的交易，最终可能成为一把刺向其核心业务的达摩克利斯之剑，而这一切，在业内人士看来，才刚刚开始。（新华视点）"
    assert clean_text(raw_article(paragraphs=[*PARAGRAPHS[:-1], last], tail=footer)).source == "新华视点"


@pytest.mark.parametrize("last", [
    "(图片来源：新华社)",  # a picture's credit
    "(数据来源：国家统计局)",  # a figure's
    "(来源：网络)",  # no one named
    "(市中心)",  # a place in brackets, no publisher's name
])
def test_brackets_that_credit_no_publisher_of_the_text_are_not_its_source(last):
    assert clean_text(_with_last(last)).source == ""


@pytest.mark.parametrize("lead, source", [
    ("【大紀元9月27日訊】(明報新聞網2008年9月27日報導) 中度颱風薔蜜過去三小時強度略微增強，中央氣象局預計強度還會增強。", "明報新聞網"),
    ("【新唐人亚太电视台2016年06月15日讯】日前，有网友在微博爆料，使馆门前出现拆弹部队，多名穿着防护服的人员在现场。", "新唐人亚太电视台"),
    ("【國際日報*亮點國際】香港特區行政長官林鄭月娥明日前往廣州和深圳，與兩地領導人會面，市民盼她帶回通關時間表。", "國際日報"),
    ("本报讯 据中央人民广播电台中国之声《新闻纵横》报道，在央视播出的一期节目中，协会副秘书长说了一番话。", "中央人民广播电台中国之声"),
    ("每經AI快訊,11月1日,市場監管總局發布第三季度食品安全監督抽檢情況的通告,多類食品抽檢不合格率低於總體。", "每經AI快訊"),
    ("36氪获悉，这家公司已完成新一轮融资，本轮融资由多家机构联合领投，资金将用于研发。", "36氪"),
    ("IT之家 6 月 1 日消息，这家公司今日正式发布了新一代手机，售价与上一代持平。", "IT之家"),
    ("钛媒体App 6月1日消息，这家公司今日宣布完成组织架构调整，多个事业部合并。", "钛媒体App"),
    ("雷锋网消息，这家公司今日发布了新一代芯片，性能较上一代提升一倍。", "雷锋网"),
    ("C114讯 2月24日消息（艾斯）这家公司今日发布了新的基站产品，性能大幅提升。", "C114"),  # its mark, not `C114讯`
    ("站长之家（ChinaZ.com）5月13日 消息：这家公司今天发布了新产品，售价与上一代持平。", "站长之家"),  # its name in letters too
    ("【on.cc東網專訊】警方昨日在旺角拘捕一名男子，案件交由油尖區刑事調查隊跟進。", "on.cc東網"),
    ("新京报快讯（记者 张三）今日上午，北京地铁一号线部分车站临时封闭，乘客需绕行换乘。", "新京报"),
])
def test_a_lead_that_names_its_publisher(lead, source):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == source


@pytest.mark.parametrize("lead", [
    "财经快讯，多家公司今日发布公告，市场成交额较前一交易日有所放大。",  # a channel's flash
    "据中国载人航天工程办公室消息，经空间站应用与发展阶段飞行任务总指挥部研究决定，任务将按计划实施。",  # an office, not a publisher
    "根據新加坡總理公署發布的消息，總理將於下週出訪鄰國，並與多國領導人會面。",  # according to a statement
    "记者从市统计局获悉，今年上半年全市居民人均可支配收入同比增长，增速较一季度加快。",  # no one named
])
def test_a_lead_that_names_no_publisher(lead):
    assert clean_text(raw_article(paragraphs=[lead, *PARAGRAPHS])).source == ""


def test_an_agencys_byline_without_names_outranks_a_bare_name_above_the_headline():
    head = ["信阳日报客户端", "一端在手 信息全有", "更快!看中国高铁“新动作”", "□新华社记者"]
    assert clean_text(raw_article(title="第04版:时事新闻 PDF版阅读", head=head)).source == "新华社"


def test_an_agencys_dateline_opening_a_paragraph_under_a_long_header():
    header = [f"频道{n} 首页 | 新闻 | 图片 | 视频 | 专题 | 论坛" for n in range(12)]
    lead = "新华社北京6月1日电 国家统计局今天发布数据，5月份全国居民消费价格同比上涨，环比有所回落。"
    paragraphs = ["本站是一家综合性资讯网站，提供新闻、财经、科技、娱乐等资讯服务，欢迎广大网友访问。", *PARAGRAPHS[:6], lead]
    assert clean_text(raw_article(head=header, paragraphs=paragraphs)).source == "新华社"


@pytest.mark.parametrize("masthead, source", [("焦作日报", "焦作日报"), ("", "")])
def test_a_papers_own_report_takes_the_paper_a_line_names_alone(masthead, source):
    lead = "本报讯(记者丰舒潍)记者昨日从市公共交通总公司获悉，为进一步增强公交服务能力，市公交总公司将新开线路。"
    head = [masthead] if masthead else []
    assert clean_text(raw_article(head=["第03版：要闻", *head], paragraphs=[lead, *PARAGRAPHS])).source == source


@pytest.mark.parametrize("line, fields", [
    ("来源∶新京报", [("source", "新京报")]),  # a ratio sign for the colon
    ("来源︰新京报", [("source", "新京报")]),  # a vertical form
    ("来源﹕新京报", [("source", "新京报")]),  # a small colon
    ("文／张三\u3000来源／新京报", [("author", "张三"), ("source", "新京报")]),  # full-width slashes
    ("供稿：北京市统计局", [("source", "北京市统计局")]),
    ("来源：微信公众号 新京报", [("source", "新京报")]),  # the platform's word before the name
    ("转自：微信公众号“新京报”", [("source", "新京报")]),  # and quotes around it
    ("来源:BRTV北京时间收集", [("source", "BRTV北京时间")]),  # who compiled it
    ("文章转载自新京报", [("credited source", "新京报")]),
    ("本文来自微信公众号：新京报（ID:xjb）", [("credited source", "新京报")]),  # (its closing bracket cut off)
    ("2024-05-13 10:30 来自新京报", [("date", "2024-05-13T10:30:00"), ("source", "新京报")]),
    ("2021-09-18 中国东方电气集团有限公司 11 0", [("date", "2021-09-18"), ("credited source", "中国东方电气集团有限公司")]),
    ("China Daily微信公众号 2020-10-21 15:22", [("date", "2020-10-21T15:22:00"), ("credited source", "China Daily微信公众号")]),
    ("2021-06-18 21:49:35 21世纪经济报道 21财经APP", [("date", "2021-06-18T21:49:35"), ("credited source", "21世纪经济报道")]),
    ("特派記者賴錦宏/北京報導聯合報", [("credited source", "聯合報"), ("author", "賴錦宏")]),  # the paper signing after
    ("每经记者 张三", [("credited source", "每经"), ("author", "张三")]),  # a paper's short name before 记者
    ("驻京记者 张三", [("author", "张三")]),  # a desk, not a paper
    ("香港01 記者 張三", [("credited source", "香港01"), ("author", "張三")]),  # a name with digits, a space before 记者
    ("楚天金报讯 记者 严华", [("credited source", "楚天金报"), ("author", "严华")]),  # the paper, not its mark
    ("来源：@新京报", [("source", "新京报")]),  # an account's handle
    ("资料来源：新京报", [("source", "新京报")]),  # whose report the material is (`資料來源：中央社`)
    ("资料来源：国家统计局", [("label", "")]),  # where the figures came from: no publisher
    ("原创 张三 新京报 2024-05-13 10:30 北京",  # a WeChat article's header: writer, account, day, where
     [("date", "2024-05-13T10:30:00"), ("credited source", "新京报"), ("author", "张三")]),
    ("新京报 | 作者 张三 | 2024-05-13", [("date", "2024-05-13"), ("source", "新京报")]),  # a label, a space, its value
    ("首页 | 双语新闻", None),  # a breadcrumb, not a writer and a paper
    ("本文首发于新京报", [("credited source", "新京报")]),  # where it first appeared
    ("本文经授权转载自新京报", [("credited source", "新京报")]),
    ("▌本文来源：新京报", [("source", "新京报")]),  # a bar for a bullet
])
def test_info_line_shapes(line, fields):
    assert parse_info_line(line) == fields


@pytest.mark.parametrize("line, name", [
    ("亿欧网  •  扫码分享", "亿欧网"),  # a name beside its buttons
    ("扫描二维码下载客户端", None),  # a button
])
def test_a_bare_name_beside_its_buttons(line, name):
    assert bare_publisher(line) == name


def test_a_lead_that_retells_several_reports_names_none_of_them():
    lead = "据联合新闻网、中时新闻网等台媒5日晚间消息，佛光山开山宗长星云大师于5日安详离世，享年96岁。"
    later = "据中时新闻网报道，星云大师晚年身体状况不佳，多次出入医院，近期因血压过低住进加护病房。"
    assert clean_text(raw_article(paragraphs=[lead, later, *PARAGRAPHS])).source == ""


@pytest.mark.parametrize("info, source", [
    ("2023-02-21 10:26 来源:学术参考网 作者:未知", "中国科学报"),  # the site's template, filled with its own name
    ("来源:无毒不丈夫网   作者:娱乐   时间:2025-01-25 04:30:03", "中国科学报"),  # its author field a channel's name
    ("2023-02-21 10:26 来源:光明日报 作者:张三", "光明日报"),  # a real credit: the label wins, as before
])
def test_a_templates_source_says_less_than_the_leads_dateline(info, source):
    lead = "中国科学报7月16日报道 针对一项关于现代人起源的重要研究，中外学者在顶刊上展开了多次争锋，引发关注。"
    assert clean_text(raw_article(head=[info], paragraphs=[lead, *PARAGRAPHS])).source == source



@pytest.mark.parametrize("lead, source", [
    ("中新網北京 7 月 13 日電 ( 潘心怡 ) 連日來，", "中新網"),  # a dateline with its digits spaced out
    ("（总台央视记者 曹岩 吴薇）", "总台央视"),  # whoever's reporters open the lead, by any name
    ("中国日报网（记者 张三）", "中国日报网"),  # a publisher's name, then its reporter
    ("据《经济参考报》报道，", "经济参考报"), ("據中央社報導，", "中央社"), ("【环球时报综合报道】", "环球时报"),
    ("5月13日，CNMO注意到，", "CNMO"),  # a name in letters that noticed it: the outlet writing
    ("CNBC报道，", None),  # one outlet's report cited by another
    ("（驻京记者 张三）", None), ("据了解，", None),
])
def test_the_lead_names_its_publisher_in_more_shapes(lead, source):
    article = clean_text(raw_article(paragraphs=[lead + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert (article.source or None) == source


@pytest.mark.parametrize("line, source, date", [
    ("来源：新京报记者 张三", "新京报", None),  # the paper, not its reporter
    ("来源：中国新闻网2024年05月13日10:30", "中国新闻网", "2024-05-13T10:30:00"),  # a date glued to the name
    ("来源：《经济参考报》 2024年05月13日", "经济参考报", "2024-05-13"),
    ("来源:《人民日报》2024-05-13 10:30:21", "人民日报", "2024-05-13T10:30:21"),
    ("原文来源：人民网", "人民网", None),
    ("张三 2024-05-13 10:30 阅读 12", None, "2024-05-13T10:30:00"),  # who posted it, a person: no publisher
    ("编辑于 2024-05-13 10:30", None, "2024-05-13T10:30:00"),  # a label, not a name
    ("發布日期：114-05-13", None, "2025-05-13"),
])
def test_info_lines_name_the_publisher_where_its_name_ends(line, source, date):
    article = clean_text(raw_article(head=[line]))
    assert (article.source or None) == source
    assert date is None or article.date.value == date


@pytest.mark.parametrize("line", ["来源：j9集团官网官方直营平台", "彩神ap官网平台2023-01-31 16:05", "来源：某某娱乐官方网站入口"])
def test_a_site_describing_itself_is_the_host_not_a_publisher(line):
    article = clean_text(raw_article(head=[line, "中新社记者 李安江 郭晋嘉"]))
    assert article.source == "中新社"  # the byline's agency, not the farm's self-description
    assert clean_text(raw_article(head=[line])).source == ""


def test_a_farm_template_naming_itself_yields_to_the_reporters_credit():
    page = raw_article(head=["作者:佚名 来源于:某某书画网"], paragraphs=[*PARAGRAPHS[:2], "(总台央视记者 曹岩 吴薇)", *PARAGRAPHS[2:]])
    assert clean_text(page).source in ("总台央视", "总台")


@pytest.mark.parametrize("line, source", [
    ("中国经济报道  2021-05-30 19:09     浏览量:168789", "中国经济报道"),  # a publication named …报道 beside the date
    ("2024-05-13 10:30 北京报道", ""),  # where a report was filed
    ("婦女·女人觀天下 2023年5期", "婦女·女人觀天下"), ("《求是》2024年第10期", "求是"),  # a magazine's issue line
])
def test_names_beside_a_date_or_an_issue(line, source):
    assert clean_text(raw_article(head=[line])).source == source


def test_a_wire_dateline_translated_word_for_word_names_the_agency():
    lead = "中国新闻社,北京,6月18日(记者Chen Su)"
    assert clean_text(raw_article(paragraphs=[lead + PARAGRAPHS[0], *PARAGRAPHS[1:]])).source == "中国新闻社"


@pytest.mark.parametrize("last, source", [
    ("*本文系观察者网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，否则将追究法律责任。", "观察者网"),
    ("注：本文转载自新华网", "新华网"), ("——据新华社", "新华社"), ("本文来源于“财经十一人”公众号", "财经十一人"),
    ("本文来自投稿，不代表本站立场", ""),  # a contribution: no one named
])
def test_notes_under_the_text_name_the_publisher(last, source):
    assert clean_text(raw_article(tail=[last])).source == source


@pytest.mark.parametrize("where, line, source", [
    ("end", "（星島日報報道）", "星島日報"), ("end", "（大紀元記者張三報導）", "大紀元"),  # signed at the end
    ("lead", "（大紀元記者張三台北報導）", "大紀元"), ("lead", "【新唐人北京時間2024年05月13日訊】", "新唐人"),
    ("lead", "［NOWnews今日新聞］", "NOWnews今日新聞"), ("lead", "〔記者張三／台北報導〕", ""),
    ("head", "三立新聞網 張三 報導", "三立新聞網"), ("head", "民視新聞／張三 台北報導", "民視新聞"),
    ("head", "ETtoday新聞雲 記者張三／台北報導", "ETtoday新聞雲"), ("head", "鏡週刊 張三", "鏡週刊"),
    ("head", "國際新聞 中東", ""),  # a channel and a region: no writer, no publisher
])
def test_traditional_pages_credits(where, line, source):
    assert _source_with(where, line) == source


@pytest.mark.parametrize("where, line, source", [
    ("lead", "证券时报e公司讯，", "证券时报e公司"), ("lead", "格隆汇5月13日丨", "格隆汇"), ("lead", "雷锋网按：", "雷锋网"),
    ("lead", "21世纪经济报道记者 张三 北京报道 ", "21世纪经济报道"), ("lead", "界面新闻记者 | 张三 ", "界面新闻"),
    ("head", "机器之心报道", "机器之心"), ("head", "新智元报道 编辑：桃子", "新智元"), ("head", "量子位 报道 | 公众号 QbitAI", "量子位"),
    ("head", "原创 张三 中国基金报", "中国基金报"), ("head", "21世纪经济报道 张三 北京报道", "21世纪经济报道"), ("head", "第一财经 张三", "第一财经"),
    ("head", "美国纽约报道", ""), ("head", "中国科学报7月16日报道", "中国科学报"),  # where it was filed; a dated report (a dateline)
    ("lead", "审讯，", ""), ("end", "（中新网记者 张三 摄）", ""),  # a word ending in 讯; a photographer's credit
])
def test_finance_and_tech_media_credits(where, line, source):
    assert _source_with(where, line) == source


@pytest.mark.parametrize("lead, source", [
    ("【环球网报道 记者 张三】", "环球网"), ("环球网报道 记者 张三 ", "环球网"), ("【环球网科技综合报道】", "环球网"),
    ("【环球时报驻美国特约记者 张三 环球时报特约记者 李四】", "环球时报"), ("大众网·海报新闻记者 张三 济南报道 ", "大众网·海报新闻"),
    ("扬子晚报网5月13日讯（记者 张三）", "扬子晚报网"), ("中新网客户端北京5月13日电 ", "中新网客户端"),  # the place is no part of the name
    ("（中央社台北13日電）", "中央社"), ("据“平安北京”微信公众号消息，", "平安北京"),
])
def test_reposted_leads_name_their_publisher(lead, source):
    assert clean_text(raw_article(paragraphs=[lead + PARAGRAPHS[0], *PARAGRAPHS[1:]])).source == source


@pytest.mark.parametrize("where, line, source", [
    ("head", "发布时间：2024-05-13 来源：市政府办公室 字号：[大 中 小]", "市政府办公室"),  # the font buttons in brackets
    ("lead", "龙游县融媒体中心讯（通讯员 张三）", "龙游县融媒体中心"),  # a county's media centre: not 媒体 hearsay
])
def test_government_and_local_pages(where, line, source):
    assert _source_with(where, line) == source


@pytest.mark.parametrize("line, source", [
    ("来源：据新京报", "新京报"), ("来源：转自新京报", "新京报"), ("来源：新京报、人民网", "新京报"), ("来源：新京报综合", "新京报"),
    ("来源：新浪财经-自媒体综合", "新浪财经-自媒体综合"),  # a portal's own label for its self-media
])
def test_a_labelled_source_without_the_words_around_its_name(line, source):
    assert clean_text(raw_article(head=[line])).source == source


def test_a_papers_own_desk_is_no_publisher():
    article = clean_text(raw_article(head=["香港新聞組／香港8日電"]))
    assert article.source == "" and "香港新聞組" not in article.body
