"""Shapes met in the twenty-seventh session (rounds zzzy on). Sources: an info line that names the
publisher and then its reporters without labels (`2025-04-28 黔東南新聞網 楊庭軍 王先春 邰 有`), a notice
issued jointly (its issuers stacked over the day), a `(供稿:X)` sign-off, an outlet's dateline with the
city it filed from run on (`广西新闻网柳州讯`), a government page's table of a document's particulars
(`| 索 引 号 | … | 发布机构 | 苍溪县政府 |`)."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, raw_article


def _page(*top: str, tail: tuple[str, ...] = ()) -> str:
    return raw_article(top[0], head=list(top[1:]), tail=list(tail))


@pytest.mark.parametrize("line, source", [
    ("2025-04-28 黔東南新聞網 楊庭軍 王先春 高志敏 歐敬文 邰 有 石強", "黔東南新聞網"),
    ("大众新闻 田汝晔 张铭铭 2025-11-03 14:32:50 原创", "大众新闻"),
    ("2019-08-28 08:54    梧州日報   記者 李欣鞠 通訊員 姚遠", "梧州日報"),
])
def test_the_publishers_reporters_after_its_name_are_no_channels(line, source):
    article = clean_text(_page(TITLE, line))
    assert article.source == source
    assert article.date.confidence == "stated"
    assert line not in article.body and all(paragraph in article.body for paragraph in PARAGRAPHS)


def test_a_placed_name_beside_an_accounts_label_is_not_cut_into_a_reporter():
    # (`官方账号` after a name of eight characters: its rest, `方账号`, is no person's name)
    article = clean_text(_page(TITLE, "2024-05-18 16:56 发布于北京 环球时报新媒体官方账号"))
    assert article.source in ("", "环球时报新媒体")
    assert str(article.date.value) == "2024-05-18T16:56:00" and article.date.confidence == "stated"
    assert all(paragraph in article.body for paragraph in PARAGRAPHS)


_ISSUERS = ("日照市东港区住房和城乡建设局", "日照市公安局交通警察支队东港大队", "铁建发展(日照)环境治理有限公司")


def test_a_notice_issued_jointly_is_signed_by_its_first_issuer_and_keeps_every_signature():
    article = clean_text(_page("道路施工封闭公告", tail=(*_ISSUERS, "2023年3月14日")))
    assert article.source == "日照市东港区住房和城乡建设局"
    assert str(article.date.value) == "2023-03-14"
    assert all(issuer in article.body for issuer in _ISSUERS) and "2023年3月14日" in article.body


def test_three_short_lines_with_no_day_under_them_are_still_other_stories():
    tail = ("东港区老旧小区改造全面启动", "交警发布春节出行提示", "日照港一季度吞吐量创新高")
    article = clean_text(_page(TITLE, tail=tail))
    assert not any(line in article.body for line in tail)


@pytest.mark.parametrize("closing, source", [
    ("(供稿:子長市文化館)", "子長市文化館"),
    ("(供稿单位:县农业农村局)", "县农业农村局"),
])
def test_a_labelled_supplier_signs_the_text_off(closing, source):
    paragraphs = [*PARAGRAPHS[:-1], PARAGRAPHS[-1] + closing]
    article = clean_text("\n".join([TITLE, *paragraphs]) + "\n")
    assert article.source == source


@pytest.mark.parametrize("lead, source", [
    ("广西新闻网柳州讯(记者韦巍)昨日上午,柳州市柳侯公园里游人如织,热闹非凡。", "广西新闻网"),
    ("烟草在线沾益消息 今年以来,沾益区烟草专卖局持续开展市场检查。", "烟草在线"),
])
def test_the_city_an_outlet_filed_from_is_no_part_of_its_name(lead, source):
    article = clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n")
    assert article.source == source


_TABLE = ("索 引 号 | 008478033/2021-0985 | 公文种类 | 其他 | 发布机构 | 苍溪县政府 |",
          "发布日期 | 2021-10-26 | 主题词 | 老旧小区 |")


def test_a_government_pages_table_of_particulars_gives_the_publisher_and_the_day():
    article = clean_text(_page(*_TABLE))
    assert article.source == "苍溪县政府"
    assert str(article.date.value) == "2021-10-26" and article.date.confidence == "stated"
    assert "索 引 号" not in article.title and "索 引 号" not in article.body


@pytest.mark.parametrize("row", ["首页 | 新闻 | 体育 | 娱乐", "姓名 | 张三 | 职务 | 局长"])
def test_a_row_of_labels_we_do_not_know_is_no_info_line(row):
    assert parse_info_line(row) is None


@pytest.mark.parametrize("line, fields", [
    ("(报告出品方/作者:广发证券,罗佳荣,方程嫣)", [("source", "广发证券"), ("author", "罗佳荣")]),
    ("（报告出品方/作者：国泰君安证券，李少年）", [("source", "国泰君安证券"), ("author", "李少年")]),
    ("报告出品方/作者:广发证券", [("source", "广发证券")]),
])
def test_a_research_reports_maker_is_the_firm_not_its_label(line, fields):
    assert parse_info_line(line) == fields


def test_a_section_named_in_the_breadcrumb_is_no_publisher():
    article = clean_text(_page("歡迎來到應城市人民醫院官方網站!", "醫院新聞", "當前位置:首頁 > 醫院概況 > 醫院新聞", TITLE,
                               "來源:本站      點擊:797      時間:2022-10-08"))
    assert article.source == ""
    assert article.title == TITLE


@pytest.mark.parametrize("lead, source", [
    ("“鄂州融媒”微信公眾號消息,5月26日晚,順豐航空一架波音747-400全貨機從鄂州直飛美國洛杉磯。", "鄂州融媒"),
    ("(澳門電台消息) 拱北海關統計,2025年全年經大橋口岸通行的進出境車輛共680.8萬輛次,是首次年度突破600萬輛次。", "澳門電台"),
])
def test_an_outlets_mark_opening_the_lead_names_it(lead, source):
    article = clean_text("\n".join([lead, *PARAGRAPHS]) + "\n")
    assert article.source == source
    assert lead.split(" ")[0] in article.title + article.body  # (the mark is the lead's, no headline of its own)


def test_an_outlets_name_and_report_alone_under_the_text_signs_it_off():
    article = clean_text(_page(TITLE, tail=("甘肃台报道。",)))
    assert article.source == "甘肃台"


@pytest.mark.parametrize("closing", ["据新华社报道。", "相关新闻报道。"])
def test_a_report_cited_under_the_text_signs_nothing(closing):
    assert clean_text(_page(TITLE, tail=(closing,))).source == ""


def test_a_one_line_pages_headline_runs_into_its_labelled_source_with_no_date():
    line = ("凉山木里突发泥石流 386人及时撤离成功避险 来源:中国温泉旅游度假网 作者:佚名 "
            "今年凉山境内多地发生森林火灾,尤其木里、西昌、喜德等地过火面积大,带来较高次生隐患威胁。省自然资源厅及时派出专家组开展排查。")
    article = clean_text(line + "\n")
    assert article.title == "凉山木里突发泥石流 386人及时撤离成功避险"
    assert article.source == "中国温泉旅游度假网"
    assert article.body.startswith("今年凉山境内多地发生森林火灾")


def test_a_placeholder_source_run_in_after_the_headline_names_no_one():
    line = ("凉山木里突发泥石流 386人及时撤离成功避险 来源:网络 "
            "今年凉山境内多地发生森林火灾,尤其木里、西昌、喜德等地过火面积大,带来较高次生隐患威胁。省自然资源厅及时派出专家组开展排查。")
    assert clean_text(line + "\n").source == ""


@pytest.mark.parametrize("printed, headline", [
    ("世界短讯!美哉 黄河开河", "美哉 黄河开河"),
    ("当前消息!打造节约“新食尚” | 我市开展制止餐饮浪费专项行动", "打造节约“新食尚” | 我市开展制止餐饮浪费专项行动"),
    ("每日簡訊:暑期生意火爆的密室逃脫 存在四大無法忽視安全隱患", "暑期生意火爆的密室逃脫 存在四大無法忽視安全隱患"),
    ("莲花|冰莲花来了!(图)", "冰莲花来了!(图)"),
    ("大众帮办|一盒药的“双轨价”:线上便宜近5元", "大众帮办|一盒药的“双轨价”:线上便宜近5元"),  # (a column's name, not in the headline)
])
def test_a_farms_feed_or_keyword_stamp_before_the_headline_goes(printed, headline):
    assert clean_text(_page(printed)).title == headline


@pytest.mark.parametrize("lead, source", [
    ("kaiyun中国宁波网讯 从最初的一根杆子,到后来的一座座球场,宁波的村民们有了自己的运动场地。", "中国宁波网"),
    ("中文字幕日产中新网广州4月21日电 (王华 蓝天)广州市今天发布消息,全市新开工项目超过一百个。", "中新网"),
])
def test_a_hijackers_words_glued_before_the_datelines_name_are_no_part_of_it(lead, source):
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == source


@pytest.mark.parametrize("name", ["国产大飞机网", "在线中国网", "金沙县融媒体中心"])
def test_a_name_that_starts_with_such_a_word_keeps_it(name):
    assert clean_text(_page(TITLE, f"来源:{name}")).source == name


def test_a_sites_address_glued_to_its_name_goes_to_the_source_url():
    article = clean_text(_page(TITLE, "來源:安吉新聞網www.ajnews.cn"))
    assert article.source == "安吉新聞網"
    assert parse_info_line("來源:安吉新聞網www.ajnews.cn") == [("source_url", "http://www.ajnews.cn"), ("source", "安吉新聞網")]
    assert parse_info_line("本文来源:宝博体育-www.bzkbhg.com") == [("label", "")]  # (a name that ends in a dash is cut off)


def test_a_sites_invitation_to_come_to_it_is_no_credit():
    assert clean_text(_page("查家谱请上孙氏家谱网", TITLE)).source == ""


def test_a_paper_and_its_apps_joint_mark_on_a_line_of_its_own_names_the_first():
    assert clean_text("\n".join(["青海新聞網·大美青海客戶端訊", *PARAGRAPHS]) + "\n").source == "青海新聞網"


@pytest.mark.parametrize("line", ["来源:信息发布平台 发布时间:2015-05-20 19:53:25", "摘自:.nlcd/", "可參考相關同類新聞"])
def test_a_templates_word_or_a_cut_address_or_a_pointer_names_no_publisher(line):
    assert clean_text(_page(TITLE, line)).source == ""


def test_a_dash_between_the_source_and_its_day_is_no_part_of_the_name():
    assert clean_text(_page(TITLE, "來源:武漢晚報-- 2012-11-05 14:45:23 字號:TT")).source == "武漢晚報"


def test_a_conjunction_before_the_papers_own_reporter_is_no_name():
    lead = "我國食鹽專營制度是廢還是立正在關鍵時刻,但本報記者了解到,多家鹽業企業已經提交了改革建議。"
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == ""


@pytest.mark.parametrize("line", ["《望东方周刊》记者王晓 | 深圳报道", "《望东方周刊》记者 王晓"])
def test_a_publications_reporter_under_its_title_marks_is_a_byline(line):
    assert parse_info_line(line) == [("credited source", "望东方周刊"), ("author", "王晓")]


@pytest.mark.parametrize("line", ["24,3761次浏览", "(原题)养生大楼”众生相", "用戶註冊天數 2553", "签到天数: 374 天", "鲜花(18) 鸡蛋(0)"])
def test_a_counter_an_original_titles_note_or_a_posters_stats_is_furniture(line):
    body = clean_text(_page(TITLE, line)).body
    assert line not in body and all(paragraph in body for paragraph in PARAGRAPHS)


def test_a_one_line_pages_headline_runs_into_a_lead_that_opens_with_its_day():
    line = ("3家不合格的眼镜店被查封 昨日,记者从市质监局了解到,在市质监局开展的“爱眼工程”活动期间,"
            "执法人员对3家眼镜店存在的镜架及镜片来源不清问题进行了查处。")
    article = clean_text(line + "\n")
    assert article.title == "3家不合格的眼镜店被查封"
    assert article.body.startswith("昨日,记者从市质监局了解到")
