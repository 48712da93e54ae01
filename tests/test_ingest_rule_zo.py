"""Shapes met in the twenty-second session (rounds zo and zp, and batteries of made-up lines): a
field's label in brackets with its colon left out (`【来源】 X`), a compiled report's first source
(`本文综合自X、Y`), and the site a rights notice names (`转载请注明出处：X`, `本文版权归X所有`) when no
line labels a source."""
from __future__ import annotations

import re

import pytest

from digest.ingest.chinese import for_matching
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

OUTLETS = ["新京报", "南方+", "36氪", "第一财经", "FT中文网", "澎湃新闻"]


def _clean(*lines: str, top: bool = False):
    return clean_text("\n".join([TITLE, *lines, *PARAGRAPHS] if top else [TITLE, *PARAGRAPHS, *lines]) + "\n")


@pytest.mark.parametrize("top", [True, False])
@pytest.mark.parametrize("shape", ["【来源】 {o}", "【來源】{o}", "[来源] {o}", "〔稿源〕 {o}"])
def test_a_label_in_brackets_without_its_colon_is_read(shape, top):
    for outlet in OUTLETS:
        line = shape.format(o=outlet)
        article = _clean(line, top=top)
        assert for_matching(article.source) == for_matching(outlet), line
        assert line not in article.body


def test_an_author_label_in_brackets_is_a_field_and_a_bracketed_column_is_not():
    article = _clean("【作者】 何丽苑", "【来源】 南方+客户端")
    assert article.source == "南方+客户端" and "何丽苑" not in article.body
    # a lead's bracketed mark or a column's name is no label: the text keeps it
    assert "【热点】" in _clean("【热点】 据悉，此次活动吸引了众多市民参与，现场气氛热烈，主办方表示将持续举办。").body


@pytest.mark.parametrize("shape", ["本文综合自{o}、新快网。", "本文综合自{o}", "文章综合整理自{o}、人民网、新华网"])
def test_a_compiled_report_credits_its_first_source(shape):
    for outlet in OUTLETS:
        assert for_matching(_clean(shape.format(o=outlet)).source) == for_matching(outlet), shape


@pytest.mark.parametrize("shape", ["如需转载请务必注明出处：{o}", "如需轉載請務必注明出處:{o}", "转载请注明来源：{o}。",
                                   "版权声明：本文版权归{o}所有，未经允许任何单位或个人不得转载，侵权必究。", "（本条新闻版权归{o}所有，转载请注明出处）"])
def test_a_rights_notice_names_the_site_that_owns_the_text(shape):
    for outlet in OUTLETS:
        line = shape.format(o=outlet)
        article = _clean(line)
        assert for_matching(article.source) == for_matching(outlet), line
        assert line not in article.body


@pytest.mark.parametrize("line", ["声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，请与我们取得联系。",
                                  "如若转载，请注明出处：https://www.example.com/article/724063.html",
                                  "转载请注明出处。", "本站文章版权归作者所有，转载请注明出处：本站"])
def test_a_rights_notice_naming_nobody_credits_nobody(line):
    assert _clean(line).source == ""


def test_a_labelled_source_wins_over_a_rights_notice():
    article = _clean("来源：中国新闻网", "所有版权归中国经济网所有。")
    assert article.source == "中国新闻网"


@pytest.mark.parametrize("after", [" 【编辑:李岩】", "（编辑：李岩）", "（完）", " [责任编辑：张三]"])
def test_a_sign_off_with_the_editors_note_after_it_names_the_publisher(after):
    """`…环比分别增长2.5%。(工人日报) 【编辑:李岩】`: a portal's repost signs off with its original, then
    prints its own editor; the sign-off still names the publisher."""
    for outlet in ["工人日报", "新京报", "澎湃新闻", "中新网"]:
        for sign_off in (f"（{outlet}）", f"（来源：{outlet}）"):
            article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + sign_off + after]) + "\n")
            assert article.source == outlet, sign_off + after


@pytest.mark.parametrize("line", ["湛江云媒客户端原创，未经授权不得转载", "红星新闻独家稿件，未经许可禁止转载。", "（潮新闻原创，转载请注明出处）"])
def test_an_outlets_claim_on_its_own_piece_credits_it(line):
    outlet = re.match(r"（?(.+?)(?:原创|独家)", line)[1]
    assert _clean(line).source == outlet


@pytest.mark.parametrize("line", ["作者原创，未经授权不得转载", "本站原创，转载请注明出处", "原创文章，未经允许禁止转载"])
def test_a_claim_naming_no_outlet_credits_nobody(line):
    assert _clean(line).source == ""


@pytest.mark.parametrize("place", ["乌鲁木齐", "烏魯木齊", "哈尔滨", "郑州市", "义乌", "东方"])
def test_a_dateline_of_a_place_and_a_day_names_no_publisher(place):
    """`乌鲁木齐2月19日讯 通讯员…报道：` opens a report filed from a place, its paper left unnamed."""
    lead = f"{place}2月19日讯 通讯员俞国瑞、赵宇飞报道：近日，南航CZ6611航班由广州起飞，经停郑州，顺利抵达阿勒泰。"
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n")
    assert article.source == "", lead


@pytest.mark.parametrize("outlet", ["界面新闻", "中山日报", "IT之家", "新疆日报"])
def test_a_publishers_dateline_still_names_it(outlet):
    lead = f"{outlet}2月19日讯 近日，南航CZ6611航班由广州起飞，经停郑州，顺利抵达阿勒泰，这是今年春运新开的航线。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == outlet


@pytest.mark.parametrize("line", ["涉及版权问题,请及时与站长取得联系,及时删除,凉山州网-凉山彝族自治州新闻媒体平台(www.liangshanzhou.com)",
                                  "如有侵犯您的权益，请联系站长删除。", "Like Viralcham Facebook!不出门也能知天下事~~(请点我)", "类别:"])
def test_a_sites_footer_goes(line):
    article = _clean(line)
    assert line not in article.body and article.body.startswith(PARAGRAPHS[0][:10])


@pytest.mark.parametrize("line", ["他表示，站长联系了当地派出所，对方很快赶到现场。", "Tech giants like Facebook and Google face new rules in the EU this year."])
def test_a_sentence_that_names_a_webmaster_or_facebook_stays(line):
    assert line in _clean(line).body


@pytest.mark.parametrize("sign_off, body", [("（附属和平医院供稿）", "附属和平医院"), ("(区农业农村局 供稿)", "区农业农村局"),
                                            ("（附属和平医院供稿） 【编辑:李岩】", "附属和平医院")])
def test_a_body_that_supplied_the_text_signs_it_off(sign_off, body):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + sign_off]) + "\n")
    assert article.source == body, sign_off


@pytest.mark.parametrize("line, body", [("（附属和平医院供稿）", "附属和平医院"), ("(区农业农村局 供稿)", "区农业农村局")])
def test_a_supplied_by_line_of_its_own_credits_the_body_and_goes(line, body):
    article = _clean(line)
    assert article.source == body and "供稿" not in article.body


def test_a_credit_with_a_division_slash_is_read():
    """`記者張上耕∕基隆報導`: a division slash (U+2215) printed for the slash."""
    article = _clean("記者張上耕∕基隆報導", top=True)
    assert article.author == "張上耕" and "張上耕" not in article.body


@pytest.mark.parametrize("line", ["此页面上的内容需要较新版本的 Adobe Flash Player。", "获取 Adobe Flash Player", "天门市民政局官方网站正在改版升级中,敬请期待!",
                                  "Login Form", "沒有留言:", "張貼留言", "網友評論0條 查看全文(共1頁)"])
def test_a_pages_widgets_and_notices_go(line):
    article = _clean(line)
    assert line not in article.body and article.body.rstrip().endswith(PARAGRAPHS[-1][-10:])


@pytest.mark.parametrize("line", ["新京报评论员 张三", "南方日报特约评论员 李四", "中国青年报研究员 王五"])
def test_a_publishers_commentator_or_researcher_credits_it(line):
    outlet = re.match(r"(.+?报)", line)[1]
    article = _clean(line, top=True)
    assert article.source == outlet and line not in article.body


def test_a_joint_mark_of_outlets_with_an_address_credits_the_first():
    lead = "市场星报、安徽财经网(www.ahcaijing.com)、掌中安徽讯(闵梦珂 记者 禹志强)为深刻汲取火灾事故教训，区民政局联合消防救援大队开展养老机构消防安全专项检查。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == "市场星报"


@pytest.mark.parametrize("mark, source", [("【环球航空报道】", "环球航空"), ("【中国科技网报道】", "中国科技网"), ("【深度报道】", ""), ("【两会报道】", ""), ("【现场报道】", "")])
def test_a_reports_bracketed_mark_names_its_publisher_but_a_kind_of_report_does_not(mark, source):
    lead = mark + "临近4月，罂粟花开。广东省河源市城南的偏僻山区，一架白色的四旋翼无人机腾空而起，开始巡查。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == source


def test_a_page_title_with_the_sites_name_before_the_headline_is_not_the_headline():
    """`環球頭條-環球新聞報 議員之聲 <headline>` over the headline itself: the page's <title>, its site
    and channel before the headline; the headline is the line without them."""
    headline = "議員之聲|梁孫旭就助力休閒漁業發展豐富旅遊產品提出書面質詢"
    article = clean_text("\n".join([f"環球頭條-環球新聞報 議員之聲 {headline}", headline, *PARAGRAPHS]) + "\n")
    assert article.title == headline


def test_a_headline_split_over_two_lines_keeps_its_first_part():
    """`A B` over `原标题:A` and `B`: the line in full is the headline (its first part names no site)."""
    article = clean_text("\n".join(["兰州百姓共读一封家书 短短一天内 阅读量近20万次", "原标题:兰州百姓共读一封家书",
                                    "短短一天内 阅读量近20万次", *PARAGRAPHS]) + "\n")
    assert article.title == "兰州百姓共读一封家书 短短一天内 阅读量近20万次"


def test_a_letter_spaced_press_release_gets_its_day_and_a_closed_up_headline():
    """A government's release set with a space after every character: its day (in Chinese numerals)
    is stated, its headline printed close."""
    lines = ["新 聞 公 佈", "政 府 制 訂 措 施 協 助 漁 民 度 過 休 漁 期", "二 ○ 一 ○ 年 五 月 十 五 日 ( 星 期 六 )",
             "政 府 制 訂 措 施 , 在 今 年 南 海 實 施 的 休 漁 期 內 協 助 本 地 漁 民 。", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "政府制訂措施協助漁民度過休漁期"
    assert str(article.date.value) == "2010-05-15" and article.date.confidence == "stated"


def test_a_publications_title_marks_then_its_writer_credit_it():
    article = _clean("《笔尖网》文/笔尖观察", top=True)
    assert article.source == "笔尖网" and "笔尖观察" not in article.body


@pytest.mark.parametrize("lead", ["据新京报此前报道，4月9日，河北武安市一名女童在武校内意外死亡，此事引发外界对武校管理的关注。",
                                  "据澎湃新闻早前报道，4月9日，河北武安市一名女童在武校内意外死亡，此事引发外界对武校管理的关注。"])
def test_an_earlier_report_cited_in_the_lead_is_not_the_source(lead):
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == ""


def test_a_persons_name_supplying_the_text_is_no_publisher():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + "     (郭文虎  供稿)"]) + "\n")
    assert article.source == ""


def test_a_county_media_centres_sign_off_with_its_writers_credits_it():
    article = _clean("(兴安融媒 傅鸿元 艾丽君)")
    assert article.source == "兴安融媒"


def test_a_labelled_title_under_the_text_takes_its_copy_in_the_text_with_it():
    """A farm's copy prints the title between paragraphs and again as `标题:…` under the text."""
    lines = [PARAGRAPHS[0], "[本地]3000多名小棋手展开智斗", PARAGRAPHS[1], "标题:[本地]3000多名小棋手展开智斗"]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "[本地]3000多名小棋手展开智斗" and "小棋手" not in article.body


@pytest.mark.parametrize("line", ["摘编:admin888;   摘编日期:2011年6月8日", "全部评论(0)", "查看评论", "二、凡來源非北疆新聞的新聞(作品)只代表本網傳播該消息,並不代表贊同其觀點。"])
def test_more_of_a_pages_footer_goes(line):
    article = _clean(line)
    assert line not in article.body and article.body.rstrip().endswith(PARAGRAPHS[-1][-10:])


@pytest.mark.parametrize("line", ["🀄️宝博棋牌手机版🎊 www.cdmczf.com", "c85:com-www:c85:com", "九五至尊游戏平台网址 www.outdodc.com", "http://www.c85.com"])
def test_a_line_of_web_addresses_and_a_short_name_goes(line):
    article = clean_text("\n".join([TITLE, line, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) + "\n")
    assert "com" not in article.body and article.title == TITLE


@pytest.mark.parametrize("line", ["邮 箱:csxwjjyjb@163.com", "论文地址:https://arxiv.org/ftp/arxiv/papers/2212/2212.06721.pdf",
                                  "据悉，详情可登录www.gov.cn查询。"])
def test_a_contact_a_reference_or_a_sentence_with_an_address_stays(line):
    """Inside the text (under it, a labelled address is the page's footer)."""
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) + "\n")
    assert line in article.body


@pytest.mark.parametrize("line", ["扫描到手机,新闻随时看", "loading...", "3 条评论:", "编者按", "本站原创文章,转载请附上原文链接。",
                                  "大家觉得写的好,用你的鼠标点击下右上角的推荐,谢谢大家。", "0% (10)"])
def test_a_blogs_and_a_portals_widgets_go(line):
    article = _clean(line)
    assert line not in article.body and article.body.rstrip().endswith(PARAGRAPHS[-1][-10:])


def test_a_sentence_that_counts_comments_stays():
    assert "他说，3条评论就够了。" in _clean("他说，3条评论就够了。").body


def test_a_day_a_comma_and_its_half_of_the_day():
    """`2025-11-07, 凌晨 1:05`: the time belongs to the day (a comma between them)."""
    article = _clean("2025-11-07, 凌晨 1:05", top=True)
    assert str(article.date.value).startswith("2025-11-07T01:05") and article.date.confidence == "stated"


def test_a_rights_notice_naming_the_outlet_or_its_rights_holders_credits_the_outlet():
    line = "本作品的版权为南方周末或相关著作权人所有,任何第三方未经授权,不得转载,否则即为侵权。"
    article = _clean(line)
    assert article.source == "南方周末" and line not in article.body


def test_a_tickers_day_gives_way_to_the_day_printed_over_the_headline():
    """A ticker of headlines, each under the same day, above the article, whose own day is printed once
    right over its headline: the article's day is that one."""
    ticker = [line for n in range(4) for line in ("2025/09/22", f"樺加沙颱風來襲 第{n + 1}則快訊標題在此處")]
    lines = ["快訊", *ticker, "最新消息", "2023/06/07", "國教署推「Line食安通報小尖兵」 強化食安通報即時性", "記者:謝昀宸 台中報導", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert str(article.date.value) == "2023-06-07"


def test_a_day_printed_under_each_teaser_and_by_the_article_is_the_articles():
    """The same day over the ticker and over the article (a report of that day): no other day wins."""
    ticker = [line for n in range(4) for line in ("2025/09/22", f"樺加沙颱風來襲 第{n + 1}則快訊標題在此處")]
    lines = ["快訊", *ticker, "最新消息", "2025/09/22", TITLE, *PARAGRAPHS, "相關新聞", "2025/09/21", "另一則新聞的標題寫在這裡"]
    assert str(clean_text("\n".join(lines) + "\n").date.value) == "2025-09-22"


@pytest.mark.parametrize("line", ["体裁分类:工作部署       主题分类:城乡建设、环境保护       文号:       索引号000357376/2020-114",
                                  "阅读 参与讨论 评论(0)", "下文中****为隐藏内容,仅对千里马会员开放,如需查看完整内容请 或 拨打咨询热线: 400-688-2000"])
def test_a_government_pages_fields_and_a_paywall_go(line):
    article = _clean(line, top=True)
    assert line not in article.body and article.title == TITLE


def test_a_source_with_its_address_glued_on_is_read():
    assert _clean("文章来源:安康日报http://www.akxw.cn/").source == "安康日报"


def test_a_sentence_opening_with_a_word_a_particle_starts_is_no_spinners_mark():
    """`。地方主管機關…`: 地方 (local) is a word; one such sentence among a few is no shuffled text."""
    text = ("為讓學童吃得更健康更營養，教育部在2014年建置校園食材登錄平臺，推動各級學校午餐食材管理電子化，落實午餐食材履歷追蹤與食安問題溯源。"
            "學校可即時回報是否使用問題食材，並上傳相關佐證資料及輸入後續處置方式。地方主管機關除可透過通報系統即時接收學校通報外，"
            "也能掌握轄內學校處理情形，國教署表示將持續精進相關機制，確保學童吃得安心，家長也能放心讓孩子在學校用餐，"
            "同時鼓勵各校善用平臺資料進行午餐菜色規劃與供應商管理，並定期辦理研習課程協助承辦人員熟悉操作流程與通報時效要求。")
    article = clean_text("\n".join([TITLE, text]) + "\n")
    assert not any(warning.check == "shuffled_text" for warning in article.warnings)


def test_the_sources_app_named_before_the_headline_is_not_the_headlines():
    """`新华社客户端 <headline>` over a 新华社 dateline: the agency's app set apart before it, the page's title's."""
    lead = "新华社上海3月8日电（记者 张三）在上海市新闻发布会上，戴着透明口罩的手语翻译让听障人士看清口型，更好地了解防疫信息。"
    article = clean_text("\n".join(["新华社客户端 戴口罩的手语翻译:上海让听障人士更懂新冠", lead, *PARAGRAPHS]) + "\n")
    assert article.title == "戴口罩的手语翻译:上海让听障人士更懂新冠" and article.source == "新华社"
