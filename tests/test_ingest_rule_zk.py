"""Shapes met in the twenty-first session (rounds zk and zl, and batteries of made-up lines): a
reporter's credit after the writer's role (`文丨新京报记者 张三`: the publisher is the paper, never the
role glued to it; 丨 is a Han character to a pattern), a publisher's name ending in a plus sign
(`南方+`), a scraper's or a board's label before the text on its line (`新聞內容:`)."""
from __future__ import annotations

import pytest

from digest.ingest.chinese import for_matching
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

ROLES = ["", "文/", "文丨", "文 | ", "文｜", "采写：", "撰文：", "整合 ", "综合 ", "文图/", "图文/", "□", "●"]
PAPERS = ["新京报", "每日经济新闻", "北京青年报", "极目新闻", "红星新闻"]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_credit_after_the_writers_role_names_the_paper(role, where):
    for paper in PAPERS:
        line = f"{role}{paper}记者 徐睿翔"
        lines = [TITLE, line, *PARAGRAPHS] if where == "top" else [TITLE, *PARAGRAPHS, line]
        article = clean_text("\n".join(lines) + "\n")
        assert for_matching(article.source) == for_matching(paper), line
        assert line not in article.body


def test_a_papers_app_after_a_role_credits_the_paper():
    """`整合 新华日报·交汇点记者 徐睿翔`: the paper is the publisher (its app, 交汇点, is the paper's),
    and the credit line is no text."""
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "整合 新华日报·交汇点记者 徐睿翔"]) + "\n")
    assert article.source == "新华日报" and "徐睿翔" not in article.body


@pytest.mark.parametrize("line", ["南方+ 2024-05-13 10:30", "2024-05-13 10:30 南方+", "2024-05-13 10:30 | 南方+"])
def test_a_plus_sign_ending_a_publishers_name_is_the_names(line):
    """`南方+` (a paper's app) beside the day: the plus is part of the name; a `+关注` button is not a name."""
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]) + "\n")
    assert article.source == "南方+"
    assert clean_text("\n".join([TITLE, "2024-05-13 10:30 +关注", *PARAGRAPHS]) + "\n").source == ""


@pytest.mark.parametrize("label", ["新聞內容:", "新闻内容：", "内容：", "正文:", "Article Content: "])
def test_a_label_before_the_text_on_its_line_goes_and_what_follows_is_read(label):
    """`新聞內容:108/03/25 聯合報 記者侯俐安/臺北報導` on a board's news post: the label goes, the rest is
    an info line (a ROC date, the paper, its reporter); before the lead, the lead stays."""
    info = clean_text("\n".join([TITLE, "新聞網址:https://udn.com/news/story/7266/3716741", f"{label}108/03/25 聯合報 記者侯俐安/臺北報導",
                                  *PARAGRAPHS]) + "\n")
    assert (info.source, info.date.value, info.date.confidence) == ("聯合報", "2019-03-25", "stated")
    assert label.strip() not in info.body and "侯俐安" not in info.body
    lead = clean_text("\n".join([TITLE, label + PARAGRAPHS[0], *PARAGRAPHS[1:]]) + "\n")
    assert lead.body.startswith(PARAGRAPHS[0][:20]) and label.strip() not in lead.body


def test_a_platform_accounts_label_on_an_info_line_is_a_field_of_its_own():
    """`媒體:中國林業網  作者:佚名   專業號:鄱湖人家 2023-02-23 08:33:44`: the poster's account on the
    platform is a credit of its own (below the labelled source), not part of the author's field."""
    from digest.ingest.info_lines import parse_info_line

    fields = parse_info_line("媒體:中國林業網  作者:佚名   專業號:鄱湖人家 2023-02-23 08:33:44")
    assert fields is not None and ("source", "中國林業網") in fields and ("date", "2023-02-23T08:33:44") in fields
    assert not any(kind == "author" and "鄱湖人家" in value for kind, value in fields)
    article = clean_text("\n".join([TITLE, "媒體:中國林業網  作者:佚名   專業號:鄱湖人家 2023-02-23 08:33:44", *PARAGRAPHS]) + "\n")
    assert article.source == "中國林業網" and article.date.value == "2023-02-23T08:33:44"
    assert not any(kind == "author" for kind, _ in parse_info_line("作者:佚名   專業號:鄱湖人家 2023-02-23 08:33:44"))


def test_a_short_kicker_over_an_e_papers_headline_is_not_its_main_headline():
    """An e-paper's kicker (引题) over the headline (`10月1日起` / `调味电子烟将下架`): the headline is
    the line under it, though the kicker's words are all in the text too."""
    lines = ["2022年09月20日", "第02版:02", "", "10月1日起", "", "调味电子烟将下架", "",
             "《电子烟强制性国家标准》将于今年10月1日起实施。届时，所有调味电子烟将下架，全国统一电子烟交易管理平台只提供国标烟草口味电子烟。",
             *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "调味电子烟将下架"


@pytest.mark.parametrize("notice", ["本文為轉載,不代表微天津立場,僅供讀者參考。", "本文为转载，不代表微天津立场，仅供读者参考。", "以上内容仅供网友参考，不构成投资建议。"])
def test_a_reprints_notice_for_the_readers_reference_goes(notice):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, notice]) + "\n")
    assert notice not in article.body and article.body.rstrip().endswith(PARAGRAPHS[-1][-10:])


@pytest.mark.parametrize("credit", ["(签发:王帮海)", "签发：王帮海", "（审稿：李四）", "（终审：张三）"])
def test_who_signed_off_or_reviewed_the_item_is_a_credit_not_text(credit):
    """A government page's sign-off (`(签发:王帮海)`): the editorial chain's last role, a credit."""
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, credit]) + "\n")
    assert credit not in article.body


def test_a_dashed_subtitle_under_the_headline_and_its_info_line_is_the_headlines():
    """`千年古鎮再顯新風韻` / `甘孜日報 2017年03月17日` / `——瀘定縣冷磧鎮小城鎮建設走筆`: the paper's
    subtitle, not the text's first line."""
    lines = ["千年古鎮再顯新風韻", "甘孜日報    2017年03月17日", "   ——瀘定縣冷磧鎮小城鎮建設走筆", *PARAGRAPHS]
    article = clean_text("\n".join(lines) + "\n")
    assert article.title == "千年古鎮再顯新風韻" and "瀘定縣" not in article.body
    assert article.body.startswith(PARAGRAPHS[0][:20])


@pytest.mark.parametrize("suffix", ["丨Yahoo奇摩新聞", "丨ETtoday新聞雲", "丨自由時報電子報", "丨北京日报", "|搜狐", " - 新浪", "丨网易"])
def test_a_sites_name_after_the_headline_goes_without_other_evidence(suffix):
    """A page's title with the site after a bar (丨 too, when the name ends in a site's or a paper's
    word, or is a portal's bare name): the headline is before it."""
    headline = "杭州亚运会开幕式今晚举行"
    article = clean_text("\n".join([headline + suffix, "2023-09-23 10:30", *PARAGRAPHS]) + "\n")
    assert article.title == headline


@pytest.mark.parametrize("title", ["访客络绎不绝,平日里“村BA”圣地有多热闹?丨手记", "防火不松懈 护林保平安丨香港一线"])
def test_a_columns_mark_after_the_headline_stays(title):
    article = clean_text("\n".join([title, "2023-09-23 10:30", *PARAGRAPHS]) + "\n")
    assert article.title == title


@pytest.mark.parametrize("sign_off, source", [("（综合新京报、新华社）", "新京报"), ("(综合澎湃新闻、人民日报)", "澎湃新闻"), ("（综合自央视新闻客户端、新华社）", "央视新闻客户端")])
def test_a_text_compiled_from_outlets_is_credited_to_the_first(sign_off, source):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + sign_off]) + "\n")
    assert article.source == source


@pytest.mark.parametrize("line, when", [
    ("发布日期：2024-05-13 时间：10:30", "2024-05-13T10:30:00"),  # (the day's time under a label of its own: ingest failed on it)
    ("成文日期：2024-05-12 发布日期：2024-05-13 时间：10:30", "2024-05-13T10:30:00"),
    ("新京报 | 10:30 2024-05-13", "2024-05-13T10:30:00"),  # (the time before the day, after a name)
    ("来源：新京报 10:30 2024/05/13", "2024-05-13T10:30:00"),
])
def test_a_days_time_printed_apart_from_it_is_the_days(line, when):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]) + "\n")
    assert (article.date.value, article.date.confidence) == (when, "stated")


@pytest.mark.parametrize("line", ["发布时间：20240513", "日期:20240513 来源:新京报"])
def test_a_days_digits_run_together_under_a_date_label_are_the_day(line):
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]) + "\n")
    assert (article.date.value, article.date.confidence) == ("2024-05-13", "stated")
    # (not a day: `20241399`; a bare number elsewhere is no date either)
    assert clean_text("\n".join([TITLE, "发布时间：20241399", *PARAGRAPHS]) + "\n").date.confidence != "stated"


@pytest.mark.parametrize("top", [["|", "马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。", "您需要 登录 才可以下载或查看,没有账号?立即注册", "x"],
                                 ["写问题"], ["写文章 | 发帖"]])
def test_a_forums_sign_up_call_and_its_buttons_over_the_headline_are_furniture(top):
    """A Discuz forum's default sign-up call over a post, a Q&A site's `写问题` button: the headline is under them."""
    headline = "县工业园区东区产业建设拉开序幕"
    article = clean_text("\n".join([*top, headline, *PARAGRAPHS]) + "\n")
    assert article.title == headline and "注册" not in article.body and "写问题" not in article.body


def test_a_source_labels_logo_on_a_saved_page_names_the_publisher(project, digest_cli, tmp_path):
    """`新聞來源：<a><img alt="今日新聞"></a>` under the headline: the logo's text is the source's name."""
    from test_ingest_helpers import run_ingest, write_inputs

    headline = "學生要求馬英九對話 總統府：不會接受"
    html = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline} - 華視新聞網</title></head><body>'
            f'<div class="news"><h1>{headline}</h1><p>2014/03/23 12:10</p>'
            '<div>新聞來源：<a href="http://www.nownews.com.tw"><img src="/images/logo.jpg" alt="今日新聞"></a></div>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + '</div></body></html>')
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"page.html": html}))
    front, body = result.article("page.html")
    assert front["source"] == "今日新聞" and PARAGRAPHS[0] in body


def test_an_american_clocks_day_has_its_month_first_and_a_bar_after_the_headline_goes():
    """`3/10/2011 11:26:37 AM` under `抗旱打井夺丰收 |` (an ASP.NET site's English default): 10 March;
    without the 12-hour clock a day that can be either stays day first."""
    article = clean_text("\n".join(["抗旱打井夺丰收 |", "3/10/2011 11:26:37 AM", *PARAGRAPHS]) + "\n")
    assert (article.title, article.date.value) == ("抗旱打井夺丰收", "2011-03-10T11:26:37")
    assert clean_text("\n".join([TITLE, "3/10/2011 11:26:37", *PARAGRAPHS]) + "\n").date.value == "2011-10-03T11:26:37"


@pytest.mark.parametrize("lead, source", [
    ("根據聯合報報導，北京故宮博物院院長日前在一個公開場合上透露營業額。", "聯合報"),
    ("根据新京报报道，北京故宫博物院院长日前在一个公开场合上透露营业额。", "新京报"),
    ("根據蘋果所公布的資訊，新機將於下月上市，價格與上一代相同。", ""),  # (what a company published: no outlet)
    ("根据新加坡总理公署发布的消息，总理将于下周出访。", ""),
])
def test_a_lead_that_says_according_to_whose_report_names_it(lead, source):
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n")
    assert article.source == source


@pytest.mark.parametrize("line, headline", [
    ("「繡界探險-刺繡文化之旅」成果發表展 3/7~3/18文化觀光處展覽館2樓展出<大和傳媒>", "「繡界探險-刺繡文化之旅」成果發表展 3/7~3/18文化觀光處展覽館2樓展出"),
    ("当前信息:反诈工作有成效!工信部:2021年以来拦截涉诈电话20亿次", "反诈工作有成效!工信部:2021年以来拦截涉诈电话20亿次"),
    ("小学生参观<非遗>展览 感受传统文化魅力", "小学生参观<非遗>展览 感受传统文化魅力"),  # (angle brackets inside: the headline's)
])
def test_a_sites_signature_in_angle_brackets_and_a_current_item_label_leave_the_headline(line, headline):
    article = clean_text("\n".join([line, "2024-05-13 10:30", *PARAGRAPHS]) + "\n")
    assert article.title == headline


@pytest.mark.parametrize("widget", ["展开", "菜单", "收起", "保护视力色:"])
def test_a_pages_menu_and_display_buttons_are_furniture(widget):
    article = clean_text("\n".join([widget, TITLE, "2024-05-13 10:30", *PARAGRAPHS, widget]) + "\n")
    assert article.title == TITLE and widget not in [line.strip() for line in article.body.splitlines()]


@pytest.mark.parametrize("lead, source", [
    ("安徽网 大皖客户端讯 5月6日，萧县公安局黄口派出所联合刑警大队，经过一番周密部署，最终成功抓获。", "安徽网"),
    ("新安晚报 安徽网 大皖客户端讯 5月6日，萧县公安局黄口派出所联合刑警大队，经过一番周密部署。", "新安晚报"),
    ("齐鲁晚报·齐鲁壹点讯 5月6日，萧县公安局黄口派出所联合刑警大队，经过一番周密部署。", "齐鲁晚报"),
])
def test_a_papers_joint_mark_with_its_site_and_app_names_the_first(lead, source):
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n")
    assert article.source == source


def test_a_pictures_clause_with_its_agency_a_space_apart_is_a_caption():
    """`人们在…槟城庙会上游玩 新华社 摄` over a photo story's text: captions, not its text."""
    captions = ["人们在马来西亚槟城州首府乔治市举行的槟城庙会上游玩 新华社 摄", "儿童在马来西亚槟城州首府乔治市举行的槟城庙会上体验剪纸 新华社 摄"]
    article = clean_text("\n".join(["马来西亚槟城庙会", "新华社2023年04月04日", *captions, *PARAGRAPHS]) + "\n")
    assert article.body.startswith(PARAGRAPHS[0][:20]) and "新华社 摄" not in article.body
    # a sentence that names the agency and its photographers is text
    line = "这组照片由新华社 摄影记者在庙会现场拍摄，记录了节日的热闹场面。"
    assert line in clean_text("\n".join([TITLE, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) + "\n").body


def test_a_row_of_a_video_sites_words_with_one_adult_sites_word_is_a_farm_row():
    from digest.ingest.stuffing import farm_row

    assert farm_row("国产精品亚洲日韩AU在线,精品国产亚洲一区二区三区在线观看,亚洲 欧美 日韩 卡通 另类,国产 欧洲日韩亚洲")
    assert not farm_row("国产电影精品展映周,在线观看人数创新高,亚洲电影节开幕")  # (a video site's words alone: news about films)
