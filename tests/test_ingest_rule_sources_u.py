"""Sources read on round u's tune pages (branch `src16`), each shape written as made-up lines: a
source given only by its address gives way to the lead's dateline; a site signing its own page with
its domain (`本文来源:X-www.x.com`, `信息来源:x.com.cn`) names no publisher; an agency's dateline
opening the text names it over a stamp line's `来源:`; the publication that interviewed someone
(`接受《X》访问`) or learnt what it reports (`《X》获悉，`); the name after a repost mark
(`文章来源:转载· X`); a platform's default name for a user beside a date (`昵稱535749 2019-04-18`)
names no one; an agency supplying a photo item (`新华社供图` ending it, alone or after its caption); a source labelled inside the text over a
site's template line (`来源:X 作者:科技`); a finance outlet's own reporter in the lead
(`第一财经记者近期走访…`)."""
from __future__ import annotations

import pytest

from digest.ingest.credits import CREDITED
from digest.ingest.info_lines import parse_info_line
from digest.ingest.interviewers import interviewer
from digest.ingest.model import Line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text

def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


_WIRE_LEAD = "（環球社記者張大明江城21日電）江城連續下雨超過一星期，今天太陽露臉，稻農把握天晴機會忙著收割，同時農業部門宣布啟動收購。"


def test_an_address_as_the_source_gives_way_to_the_leads_dateline():
    # `文章来源:http://…` names a site by where the copy was found; the dateline names the agency
    article = clean_text("\n".join([TITLE, "2018.6.21", "文章来源:http://www.example.com.tw/news/aloc/201806210223-1.aspx",
                                    _WIRE_LEAD, *PARAGRAPHS]))
    assert article.source == "環球社"


def test_an_address_as_the_source_still_names_the_site_when_nothing_else_does():
    article = clean_text("\n".join([TITLE, "2018.6.21", "文章来源:http://news.example.com/news/aloc/201806210223-1.aspx",
                                    *PARAGRAPHS]))
    assert article.source == "news.example.com"


@pytest.mark.parametrize("line", ["本文来源:江城体育app网页登录-www.example.com", "本文来源:jc·江城-www.example.com",
                                  "信息来源:example.com.cn", "来源：jc-news.com"])
def test_a_site_signing_its_page_with_its_address_names_no_publisher(line):
    assert all(kind != "source" for kind, _ in parse_info_line(line) or [])
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]))
    assert article.source == ""


@pytest.mark.parametrize(("line", "org"), [("来源：江城网 www.example.com", "江城网"), ("来源：江城日报", "江城日报"),
                                           ("来源:Engadget", "Engadget")])
def test_a_name_beside_its_address_or_alone_still_names_the_publisher(line, org):
    assert ("source", org) in parse_info_line(line)


def test_an_agencys_dateline_opening_the_text_names_it_over_a_stamp_lines_source():
    lead = "环球社江城12月20日电(记者张小明)江城医保局12月20日发布新一批定点医药机构相关人员欺诈骗保典型案例。"
    article = clean_text("\n".join(["发布时间:2025-12-21 06:02:21 来源: 江城女性网", lead, *PARAGRAPHS]))
    assert article.source == "环球社"


def test_a_papers_dateline_does_not_outrank_the_labelled_source():
    # (`江城网12月20日电`: a site's own dateline; the labelled source still comes first)
    lead = "江城网12月20日电 江城医保局12月20日发布新一批定点医药机构相关人员欺诈骗保典型案例。"
    article = clean_text("\n".join(["发布时间:2025-12-21 06:02:21 来源: 江城日报", lead, *PARAGRAPHS]))
    assert article.source == "江城日报"


@pytest.mark.parametrize(("text", "org"), [
    ("江城燕窝商会会长张大明在接受《江城日报》访问时称,本地燕窝年产量约为400吨。", "江城日报"),
    ("江城燕窩商會會長張大明在接受《江城日報》訪問時稱,本地燕窩年產量約為400噸。", "江城日報"),
    ("网约车司机李伟决定不出车了。《江城周刊》获悉,平台此次是常规的淡旺季调价。", "江城周刊"),
    ("網約車司機李偉決定不出車了。《江城週刊》獲悉,平台此次是常規的淡旺季調價。", "江城週刊"),
    ("《江城周刊》记者了解到,平台此次是常规的淡旺季调价。", "江城周刊"),
])
def test_the_publication_that_interviewed_or_learnt_names_the_publisher(text, org):
    found = interviewer(_lines("网约车调价", text))
    assert found is not None and found.value == org


@pytest.mark.parametrize("text", [
    "他在书中写道,《江城往事》获得了读者的好评。",  # (a book's title, no interview)
    "他访问了《江城日报》编辑部,了解到报纸的历史。",  # (visiting its office: nobody told it anything)
])
def test_a_title_without_an_interview_or_what_it_learnt_names_no_one(text):
    assert interviewer(_lines("网约车调价", text)) is None


@pytest.mark.parametrize(("line", "org"), [("来源：转载· 江城财经", "江城财经"), ("来源:转载 | 江城日报", "江城日报"),
                                           ("來源:轉載/江城日報", "江城日報")])
def test_a_repost_mark_before_the_name_leaves_the_name(line, org):
    assert ("source", org) in parse_info_line(line)


def test_a_repost_mark_before_the_name_inside_the_text_leaves_the_name():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:-1], PARAGRAPHS[-1] + "文章来源:转载· 江城财经", "图片来源: 转 载 · 江城财经"]))
    assert article.source == "江城财经"


def test_a_repost_mark_alone_names_no_one():
    assert all(kind != "source" for kind, _ in parse_info_line("来源: 转载") or [])


@pytest.mark.parametrize("line", ["昵稱535749 2019-04-18", "2019年11月25日 18:57　昵称abc123", "会员12345 2019-04-18"])
def test_a_platforms_default_name_for_a_user_beside_the_date_names_no_publisher(line):
    assert all(kind not in ("source", CREDITED) for kind, _ in parse_info_line(line) or [])


def test_a_name_beside_the_date_still_names_the_publisher():
    assert (CREDITED, "环球消息") in parse_info_line("2019年11月25日 18:57　环球消息")


_PHOTO_ITEM = "近日,位于江城的核电厂1号机组核岛开始混凝土浇筑,项目进入主体工程建设阶段。图为工人在1号机组核岛上浇筑混凝土。"


@pytest.mark.parametrize("ending", [["环球社供图"], ["图为江城核电1号机组汽轮机厂房。 环球社供稿"]])
def test_an_agency_supplying_a_photo_item_names_it(ending):
    article = clean_text("\n".join(["第01版 要闻", "江城首台核电机组开工建设", "2026年01月20日", _PHOTO_ITEM, *ending]))
    assert article.source == "环球社"
    assert ending[0] not in article.body


@pytest.mark.parametrize("ending", ["江城晚报供图", "图为工人在浇筑混凝土。环球社供图 张三摄影", "环球社供图的照片显示,工人在浇筑混凝土。"])
def test_a_picture_credit_of_another_shape_names_no_agency(ending):
    article = clean_text("\n".join(["第01版 要闻", "江城首台核电机组开工建设", "2026年01月20日", _PHOTO_ITEM, ending]))
    assert article.source == ""


def test_a_source_labelled_inside_the_text_names_it_over_a_sites_template():
    # (`作者:科技`: the template's author field filled with a channel, so its `来源:` is the site's own)
    text = ("江城市实施海洋伏季休渔。(记者 张小明)来源:江城日报 记者21日从市海洋与渔业局获悉,"
            "所有应休渔船应于5月1日12时前回到船籍港所在地休渔,严防伏休渔船擅自离港违规出海作业。")
    article = clean_text("\n".join([TITLE, "[健康] 时间:2025-09-02 15:22:01 来源:江城资讯网 作者:科技 点击:120次", text, *PARAGRAPHS]))
    assert article.source == "江城日报"


def test_a_source_labelled_inside_the_text_leaves_a_named_author_s_line_first():
    text = ("江城市实施海洋伏季休渔。(记者 张小明)来源:江城日报 记者21日从市海洋与渔业局获悉,"
            "所有应休渔船应于5月1日12时前回到船籍港所在地休渔,严防伏休渔船擅自离港违规出海作业。")
    article = clean_text("\n".join([TITLE, "时间:2025-09-02 15:22:01 来源:江城晚报 作者:李四", text, *PARAGRAPHS]))
    assert article.source == "江城晚报"


def test_a_finance_outlets_own_reporter_in_the_lead_names_it():
    lead = "网约车司机的收入问题始终是行业焦点议题,近期平台抽成比例再次引发广泛讨论。"
    article = clean_text("\n".join([TITLE, lead, "江城财经记者近期走访多位网约车司机发现,司机们的焦虑更多指向市场饱和。", *PARAGRAPHS]))
    assert article.source == "江城财经"


def test_a_reporter_unnamed_by_any_outlet_names_no_one():
    lead = "网约车司机的收入问题始终是行业焦点议题,近期平台抽成比例再次引发广泛讨论。"
    article = clean_text("\n".join([TITLE, lead, "记者近期走访多位网约车司机发现,司机们的焦虑更多指向市场饱和。", *PARAGRAPHS]))
    assert article.source == ""
