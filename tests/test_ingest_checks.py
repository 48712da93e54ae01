"""Warnings for the curator; serious ones make the article a draft."""
from __future__ import annotations

import random

import pytest

from test_ingest_helpers import PARAGRAPHS, clean_text, raw_article

DATED = ["来源：新华网 2025-06-14"]


def checks_of(article):
    return {warning.check for warning in article.warnings}


def test_lost_quote_is_a_warning_not_a_draft():
    paragraphs = [PARAGRAPHS[0], "该公司CEO表示：", PARAGRAPHS[1], "另一位高管说：", "“我们会继续合作。”", *PARAGRAPHS[2:]]
    article = clean_text(raw_article(paragraphs=paragraphs, head=DATED))
    lost = [w for w in article.warnings if w.check == "lost_quotes"]
    assert [w.line for w in lost] == [4]  # the second one is followed by its quote
    assert not article.draft


def test_short_body_is_a_draft():
    article = clean_text(raw_article(paragraphs=["只有一句话。"], head=DATED))
    assert "short_body" in checks_of(article) and article.draft


def test_an_error_page_is_not_an_article():
    article = clean_text("404 Not Found\n您访问的页面不存在，请返回首页。\n")
    assert "not_article" in checks_of(article) and article.draft


def test_shuffled_text_is_flagged_and_real_text_is_not():
    real = "".join(PARAGRAPHS)
    chars = list(real)
    random.Random(3).shuffle(chars)
    shuffled = "".join(chars)
    assert "shuffled_text" not in checks_of(clean_text(raw_article(paragraphs=[real], head=DATED)))
    article = clean_text(raw_article(paragraphs=[shuffled], head=DATED))
    assert "shuffled_text" in checks_of(article) and article.draft


def test_a_list_of_repeated_items_is_not_shuffled_text():
    # a typhoon day's closures: twenty bulleted items saying the same words, and one sentence
    places = "基隆市 台北市 新北市 桃园市 新竹市 新竹县 宜兰县 苗栗县 台中市 彰化县 南投县 云林县 嘉义市 嘉义县 台南市 高雄市 屏东县 花莲县 台东县 澎湖县"
    items = [f"• {place}:{'正常' if index % 3 else '停止'}上班上课" for index, place in enumerate(places.split())]
    article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], *items], head=DATED))
    assert "shuffled_text" not in checks_of(article)


def test_checks_can_be_switched_off(project, digest_cli, tmp_path):
    from test_ingest_helpers import run_ingest, write_inputs

    project.write("digest.yaml", "title: t\ningest:\n  checks:\n    short_body: false\n    undated: false\n")
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": "标题\n只有一句话。\n"}))
    front, _ = result.article("a.txt")
    assert "draft" not in front


def test_the_catalog_names_every_check_and_rule_in_order():
    from digest.ingest.catalog import CHECK_NAMES, RULE_INFO
    from digest.ingest.checks import CHECKS
    from digest.ingest.rules import RULES

    assert tuple(CHECKS) == CHECK_NAMES
    assert [rule.name for rule in RULES] == [name for name, _summary, _default in RULE_INFO]


# A farm's copy of a report, put through the old 伪原创 synonym table (通过 -> 经由过程, 能够 ->
# 可以或许, 观众 -> 不雅众, 消费者 -> 花费者, 大家 -> 年夜家, 相关部门表示 -> 相干部分暗示...):
# every word exists, the Chinese reads wrong. Written for this test.
SPUN = [
    "本市今年的文化旅逛季昨天开幕，相干部分暗示，活动将持续到十月底，预计吸引年夜量不雅众前来参加。",
    "据介绍，主办方经由过程线上线下两种方式发放消费券，花费者可以或许在全市三百多家商户使用。",
    "记者在现场看到，不少市民带着孩子排队入场，现场秩序良好，志愿者不断引导年夜家有序参观。",
    "主办方还表示，今年新增了夜间演出和非遗展示，希望让更多市民感受城市的文化魅力。",
]


def test_a_spun_article_is_a_draft_naming_the_odd_phrases_and_keeps_its_text(project, digest_cli, tmp_path):
    from test_ingest_helpers import run_ingest, write_inputs

    folder = write_inputs(tmp_path / "in", {"spun.txt": raw_article(paragraphs=SPUN, head=DATED),
                                            "clean.txt": raw_article(head=DATED)})
    result = run_ingest(digest_cli, project.root, folder)
    front, body = result.article("spun.txt")
    assert front["draft"] is True
    warning = " ".join(str(entry) for entry in front["ingest_warnings"])
    assert "machine-spun" in warning
    for form, word in (("经由过程", "通过"), ("花费者", "消费者"), ("相干部分", "相关")):
        assert f"{form}({word})" in warning  # the evidence: what was seen and what it stands for
    assert "score" in warning
    flat = body.replace("\n", "")
    assert all(paragraph in flat for paragraph in SPUN)  # flagged, never cut
    clean_front, _ = result.article("clean.txt")
    assert "draft" not in clean_front and "ingest_warnings" not in clean_front


def test_real_words_in_their_own_sense_are_not_spinning():
    from digest.ingest.spinning import spinning

    text = ("宇宙中的暗物质至今是谜。高僧示寂后，寺院按旧例办理后事。他把握住了机会，一向谨慎，"
            "年夜饭后全家看春晚。小说念到一半停了。双方和谈破裂，机构和个人都受影响。"
            # the senses that measuring on real news turned up (bench/README.md)
            "这支队伍创造了奇迹。他被送进精神病院。对此不理不睬。此行获益良多。"
            # and the old table's words in their own sense: amiable, the lands within the seas,
            # secondary, nothing more than, a group, a peaceful life
            "他待人平易近人。海内存知己，海内外侨胞。次要矛盾与次要原因。这不外是开始。每个团体都报了名。祝你一生平安。")
    assert spinning(text).score == 0
    assert not spinning("".join(PARAGRAPHS)).spun


def test_the_old_tables_forms_for_reasons_regulators_and_engines_are_seen():
    from digest.ingest.spinning import spinning

    # (原因 -> 缘故原由, 监管 -> 羁系, 发动机 -> 发念头, 监督管理 -> 监视治理, 实施召回 -> 实验召回: round r)
    spun = "市场羁系总局公布了召回的缘故原由，涉及发念头总成的缺陷居多，企业已实验召回。"
    result = spinning(spun)
    assert result.spun and "缘故原由(原因)" in result.evidence()
    # a sudden notion and the regulator's own name are no spinning
    assert spinning("他突发念头，决定去旅行。萌发念头的那一刻，市场监督管理总局公布了召回原因。").score == 0


def test_the_people_spinner_is_seen_in_either_script():
    from digest.ingest.checks import Draft
    from digest.ingest.model import DateGuess, Line
    from digest.ingest.spinning import spinning

    # 人 -> 东说念主, 道 -> 说念, 美 -> 好意思: the example table, on a farm that may also
    # turn the copy into Traditional characters
    spun = "据报说念，这名男东说念主昨天在好意思国被捕，当地东说念主都知说念他。警方暗示案件仍在调查。"
    assert spinning(spun).spun and "东说念主(人)" in spinning(spun).evidence()
    traditional = "據報說念，這名男東說念主昨天在好意思國被捕，當地東說念主都知說念他。"
    assert spinning(traditional).spun
    draft = Draft("标题", (Line(1, spun),), DateGuess("2025-06-14", "high"))
    assert [w.check for w in checks_of_draft(draft)] == ["shuffled_text"]


def checks_of_draft(draft):
    from digest.ingest.checks import shuffled_text

    return shuffled_text(draft)


def test_the_old_pseudo_original_table_is_seen_by_its_forms():
    from digest.ingest.spinning import spinning

    # 民 -> 平易近, 安全 -> 平安, 个人 -> 团体, 主要 -> 次要, 国内 -> 海内, 不完全 -> 不齐全 (real farm pages)
    food = "卫生部分对高速办事区的食物平安进行检查，人平易近群众关心的问题得到回应。"
    found = spinning(food)
    assert found.spun and "人平易近(民)" in found.evidence() and "食物平安(安全)" in found.evidence()
    paris = "据不齐全统计，法国华人约莫60万。良多初到海内市场的人次要来自山东，每团体都有故事。不外近几年好些了。"
    assert spinning(paris).spun


def test_a_homophone_spinner_shows_in_the_function_words():
    from digest.ingest.spinning import spinning

    # 的 -> 得, 在 -> 再: no odd word, but a profile no edited text has
    text = "今天得天气很好，硬要说得话，再公园里散步得人很多。" * 3 + "大家再这里聊天得时候很开心，再家里得人也出来了。"
    found = spinning(text)
    assert found.spun and "得×" in found.evidence() and "再×" in found.evidence()
    cantonese = "佢哋今日喺公園度散步，個天氣好得好，人多得滯，搵唔到位坐，唔得閒食飯，記得帶遮。" * 3
    assert not spinning(cantonese).spun


def test_the_spun_check_is_switched_off_with_shuffled_text(project, digest_cli, tmp_path):
    from test_ingest_helpers import run_ingest, write_inputs

    project.write("digest.yaml", "title: t\ningest:\n  checks:\n    shuffled_text: false\n")
    result = run_ingest(digest_cli, project.root,
                        write_inputs(tmp_path / "in", {"spun.txt": raw_article(paragraphs=SPUN, head=DATED)}))
    front, _ = result.article("spun.txt")
    assert "draft" not in front and "machine-spun" not in str(front.get("ingest_warnings"))


def test_the_5118_style_spinner_is_seen_and_its_words_in_their_own_sense_are_not():
    from digest.ingest.spinning import spinning

    # 已经覆盖 -> 曾经笼罩, 国家 -> 国度, 中心 -> 核心, 表示 -> 示意, 普通 -> 个别
    spun = ("交通运输部公路局副局长王太25日示意,目前以国度高速公路为主体的高速公路网络曾经笼罩了98.8%的城区人口"
            "及地级行政核心;个别国道基本笼罩县级。")
    assert spinning(spun).spun and "国度(国家)" in spinning(spun).evidence()
    clean = "乌云笼罩着这个古老的国度，他点头示意大家安静，只有个别人没有听见，城市的核心区依旧灯火通明。"
    assert not spinning(clean).spun


# Two more spinners' word lists: each spun text is flagged with its forms as evidence; the same words
# in their own sense are not counted at all.
SPINNERS = [
    pytest.param(  # 消息 -> 音讯, 显示 -> 显现, 公开 -> 揭露, 历史 -> 前史, 技术 -> 技能, 资本 -> 本钱, 农村 -> 乡村, 往年 -> 终年
        "据新华网音讯,农业乡村部数据显现,本年小麦机收根本完毕,进度比终年快两天。另据财经音讯,"
        "这家公司正考虑初次揭露募股,前史正在重演:本钱继续押注,技能进步放缓。",
        ["网音讯(消息)", "农业乡村部(农业农村部)"],
        # no news from him, showing, exposing, a prehistory, a skill, the stake one has, all year
        # round, finished, satisfied, the key points, to handle
        "他离家多年音讯全无,脸上显现出笑容。记者揭露了黑幕,这是那场运动的前史。学一门技能是他做生意的本钱,"
        "山顶终年积雪。会议完毕,大家都很满意,他记下了要点,又去窗口办理司法鉴定手续。",
        id="yinxun-xianxian"),
    pytest.param(  # 监督 -> 监视, 不合格 -> 不及格, 通报 -> 传递, 严格控制 -> 严酷节制, 处置 -> 措置, 食品安全 -> 食物平安
        "市场监管总局传递显示,上半年完成食物平安监视抽检263万批次,抽检不及格率为2.6%。"
        "监管部门依法严酷节制风险,已及时开展核查措置。",
        ["监视抽检(监督抽检)", "传递(通报)"],
        "他数学考试不及格,老师传递给他一张纸条。警方监视着嫌疑人的住处。她节制饮食,"
        "一路平安到家,那件旧事他一直不知如何措置才好。",
        id="food-safety"),
    pytest.param(  # the people spinner's table: 模型 -> 模子, 排行榜 -> 名次榜, 综合 -> 空洞, 全国重点实验室 -> 寰宇要点实际室
        "环球最大的开源社区公布了最新的开源大模子名次榜,名次榜中三款大模子空洞评分越过70,测试涵盖阅读贯穿、"
        "逻辑推理等六大评测。北京大学寰宇要点实际室主任与中国科学期间信息商榷所所长出席。",
        ["大模子(模型)", "寰宇要点(全国)"],
        # a mould, empty words, a research post held for discussion, to run through
        "老师傅用木头做了一个模子,这番话空洞无物,这个问题还值得商榷。一条小路贯穿整个村子,他在实验室里做了实际测量。",
        id="moxing-muzi"),
    pytest.param(  # 研究院 -> 研讨院, 市场 -> 商场, 历史 -> 前史 (the 音讯 table)
        "对话人:支菲娜(中国艺术研讨院教授)。本年的中国电影商场炽热,一季度票房创下前史新高。",
        ["电影商场(市场)", "前史新高(历史)"],
        "周末,新开的商场里挤满了顾客,电影院的票也卖光了。研讨会上,专家谈到了这座城市的前史遗迹。",
        id="yanjiuyuan-shangchang"),
]


@pytest.mark.parametrize(("spun", "evidence", "clean"), SPINNERS)
def test_a_spinner_is_seen_and_its_words_in_their_own_sense_are_not(spun, evidence, clean):
    from digest.ingest.spinning import spinning

    found = spinning(spun)
    assert found.spun and all(form in found.evidence() for form in evidence)
    assert spinning(clean).score == 0


def test_a_paragraph_printed_again_with_keywords_pushed_in_is_flagged_and_a_plain_repeat_is_not():
    from digest.ingest.checks import Draft, shuffled_text
    from digest.ingest.model import DateGuess, Line

    title = "暑期近千名大学生走进城市博物馆开展志愿服务"
    summary = ("暑期接近尾声,记者从市文明办了解到,假期期间,六所高校的近千名学生志愿者走进城市博物馆、图书馆和美术馆,"
               "为游客提供讲解、引导和咨询服务,展现了青年一代的风采。")
    stuffed = ("暑期接近尾声,暑期记者从市文明办了解到,近千名假期期间,大学生六所高校的近千名学生志愿者走进城市博物馆、"
               "图书馆和美术馆,开展志愿为游客提供讲解、引导和咨询服务,展现了青年一代的风采。")
    rest = "博物馆一层正在举办古代文明展,每天来到这里的观众络绎不绝。志愿者总会耐心解答游客的问题,为他们提供帮助。"

    def warned(*paragraphs):
        draft = Draft(title, tuple(Line(n, text) for n, text in enumerate(paragraphs, 1)), DateGuess("2025-08-20", "high"))
        return [warning.message for warning in shuffled_text(draft)]

    found = warned(summary, stuffed, rest)
    assert found and "keyword-stuffed" in found[0] and "近千名" in found[0]
    # the same page shape, clean: the summary printed again as it is, or cut off, or reworded
    assert warned(summary, summary, rest) == []
    assert warned(summary[:60] + "…", summary, rest) == []
    expanded = summary.replace("记者从", "本报记者昨天从").replace("展现了", "充分展现了当代")
    assert warned(summary, expanded, rest) == []


def test_connectors_stuffed_in_as_paragraphs_are_flagged_and_one_on_its_own_line_is_not():
    """A rewriter stuffs connectors in as paragraphs of their own (`其实,` / `反过来看,`) between
    the copied paragraphs; a page that wraps or bolds one connector, or lists short items ending
    in commas (`下周一，` / `5月20日至31日，`), is no farm."""
    from digest.ingest.checks import Draft, shuffled_text
    from digest.ingest.model import DateGuess, Line

    def warned(*paragraphs):
        draft = Draft("标题", tuple(Line(n, text) for n, text in enumerate(paragraphs, 1)), DateGuess("2025-08-20", "high"))
        return [warning.message for warning in shuffled_text(draft)]

    body = PARAGRAPHS[:4]
    found = warned("其实,", body[0], "反过来看,", body[1], "值得注意的是，", body[2], body[3])
    assert found and "connector" in found[0] and "反过来看," in found[0]
    assert warned("其实,", "其实,", body[0], "其实,", body[1], body[2]) == []  # one connector, however often
    assert warned(body[0], "此外，", body[1], "然而", body[2], "同时", body[3]) == []  # no comma: a heading
    assert warned("下周一，", "5月20日至31日，", "京沪高速北京方向，", *body) == []


def test_keyword_lines_between_the_clauses_of_a_sentence_are_flagged_and_a_wrapped_line_is_not():
    """A farm pushes keyword lines in between a sentence's clauses: the text goes on after each,
    starting with a comma (`,供難民安身,`); a badly wrapped page does so once or twice."""
    from digest.ingest.checks import Draft, shuffled_text
    from digest.ingest.model import DateGuess, Line

    def warned(*paragraphs):
        draft = Draft("标题", tuple(Line(n, text) for n, text in enumerate(paragraphs, 1)), DateGuess("2025-08-20", "high"))
        return [warning.message for warning in shuffled_text(draft)]

    clauses = [piece + "，" for piece in "".join(PARAGRAPHS).replace("。", "，").split("，") if piece][:5]
    stuffed = [clauses[0]]
    for keyword, clause in zip(["加盟创业", "喜饼礼盒", "网络营销", "主机托管"], clauses[1:]):
        stuffed += [keyword, "，" + clause]
    found = warned(*stuffed, *PARAGRAPHS)
    assert found and "clause mark" in found[0]
    wrapped = [clauses[0], "，" + clauses[1], "、" + clauses[2], clauses[3]]
    assert warned(*wrapped, *PARAGRAPHS) == []


def test_a_betting_sites_name_pushed_into_the_text_makes_a_draft_and_news_about_gambling_does_not():
    """A farm hijacking a page for a casino pushes its name, with the words of its advertising,
    into the sentences (`金沙app手机版社区饭堂…`, `365体育官网市中心血站` again and again, Traditional
    too); news about gambling names the trade (`博彩平台`, `彩票网站`) or a resort, not a casino's
    site, and a brand named once without a stuffer's marks may be a place, a car or a studio."""
    stuffed = [
        [PARAGRAPHS[0], "金沙app手机版" + PARAGRAPHS[1], *PARAGRAPHS[2:]],
        [PARAGRAPHS[0], "9月26日，365体育官网市中心血站联合市红十字会开展献血活动。", "365体育官网市中心血站副站长表示，欢迎市民参与。", *PARAGRAPHS[1:]],
        [PARAGRAPHS[0], "演出一般设在村委戏台，开户注册送体验金简单接地气。", *PARAGRAPHS[1:]],
        [PARAGRAPHS[0], "查明02manbetx.com 原因，依法依規嚴肅問責。", *PARAGRAPHS[1:]],
        [PARAGRAPHS[0], "自己虽不是申慱亞洲官方網:本地人，卻被滑雪場的優越條件吸引，來到申慱亞洲官方網:滑雪。", *PARAGRAPHS[1:]],
        [PARAGRAPHS[0], "荔枝种植大户称，大发彩票788356安卓版手机版茂名是全球闻名的中国荔乡。", *PARAGRAPHS[1:]],
    ]
    for paragraphs in stuffed:
        article = clean_text(raw_article(paragraphs=paragraphs, head=DATED))
        found = [w.message for w in article.warnings if w.check == "shuffled_text"]
        assert found and "betting site" in found[0] and article.draft, paragraphs[1]
    # a hijacker's welcome line or menu is page furniture, not stuffing
    from digest.ingest.stuffing import betting_sites
    assert betting_sites(["欢迎来到爱游戏官方入口官方网站!", "金沙app手机版 | 首页 | 新闻中心"]) == ()
    news = [
        "警方查明，该团伙搭建境外博彩平台和彩票网站，以百家乐等赌博游戏引诱群众投注。",
        "澳门金沙城中心今年接待旅客逾千万人次，威尼斯人度假村的会展业务同步回暖。",
        "市民可通过咪咕体育App和中国体育彩票官网查询赛果，推动大发展平台建设。",
        "金沙江流域水电开发平台建设加快，太阳城小区业主委员会发布通知。",
        "程某通过手机在互联网皇冠网站连续参与足球赌博，另一人在金沙网站投注。",
        "超强飓风于昨天晚上从北领地半岛登陆，朝西边移动。",
        # (a name once, with one word of a site and nothing of a stuffer's: a place, a car, a studio)
        "游客可在沙巴网站预订行程，欧宝官网也公布了新车价格，九游平台上线新游戏。",
    ]
    for line in news:
        article = clean_text(raw_article(paragraphs=[PARAGRAPHS[0], line, *PARAGRAPHS[1:]], head=DATED))
        assert "shuffled_text" not in checks_of(article), line


def test_text_wrapped_at_a_fixed_width_is_not_keyword_stuffed():
    """A forum post wrapped at 78 columns starts some lines with the comma the wrap left
    (`，停在路邊…`): no keyword was pushed in between its clauses."""
    wrapped = [
        "為避免車禍憾事，同時減輕警方站崗負擔，交通部今年擴大補助科技執法，三大類別包含",
        "，區間測速取締、公車停靠區違規臨停、大客貨車違規行駛高架路段，共已有十縣市參與",
        "，總預算達到四千六百萬元。交通部提醒開車族別以為沒被看見就以身試法，科技執法照",
        "樣能讓違規現形、開出罰單。去年七月，萬里隧道首度實施區間測速取締，從原本有一成",
        "，超速去年底大降到剩百分之零點五六。下月除了將加入北宜公路，同時也擴大到六縣市",
        "，停在路邊讓公車無法靠站的整排計程車成為幫凶，交通部道安會啟動補助科技執法，在",
        "公車停靠區前、後，裝設可辨識車牌、車種的攝影機，車輛停靠超過三分鐘就自動取締。",
    ]
    assert len({len(line) for line in wrapped}) <= 2
    article = clean_text("\n".join(["交通科技執法 十縣市全天候監控", "2019-03-25 聯合報", *wrapped]) + "\n")
    assert "shuffled_text" not in checks_of(article)
    from digest.ingest.stuffing import cut_clauses, hard_wrapped
    assert hard_wrapped(wrapped) and cut_clauses(wrapped) == 0
    # paragraphs of any length that start with a clause mark, as a stuffer leaves them, still count
    paragraphs = [wrapped[0], "，" + PARAGRAPHS[0], "，" + PARAGRAPHS[1][:30], "，" + PARAGRAPHS[2], "，" + PARAGRAPHS[3][:50]]
    assert not hard_wrapped(paragraphs) and cut_clauses(paragraphs) == 4


def test_a_row_of_an_adult_sites_words_a_vertical_bar_apart_is_no_headline():
    """`国产日韩久久久久丨人成在线观看丨…` (丨 apart) over a page: furniture, the headline under it."""
    row = "丨".join(["国产日韩久久久久", "人成在线观看", "不卡福利视频", "一线毛片", "天堂资源国产精品", "免费人成在线观看",
                    "欧美成人影院", "精品人妻少妇一区二区三区不卡", "中文字幕乱码亚洲无线码小说", "日韩av片无码一区二区不卡"])
    article = clean_text("\n".join([row, "", "國家文物局暗訪發現 某古建竟設允許抽煙提示牌", "2015-01-26", *PARAGRAPHS]) + "\n")
    assert article.title == "國家文物局暗訪發現 某古建竟設允許抽煙提示牌"
    assert "毛片" not in article.body
