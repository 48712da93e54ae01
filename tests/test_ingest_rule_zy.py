"""Shapes met in the twenty-third session: a source's label written `源自：`, and a Taiwanese paper's
name before its reporter's byline in brackets (`中國時報【記者王小明╱台南報導】`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest.chinese import for_matching
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, clean_under_title

LEAD = "高麗菜每年上演「菜土菜金」戲碼，今年也不例外，9月風災後菜價一度飆高，如今產地價格崩跌，農民叫苦連天。"




@pytest.mark.parametrize("line", ["作者:佚名 源自:中國水處理工程網", "源自：中国水处理工程网", "文章源自: 中国水处理工程网"])
def test_a_source_labelled_source_from_is_read(line):
    article = clean_under_title(line)
    assert for_matching(article.source) == "中国水处理工程网"
    assert "源自" not in article.body and not article.author


@pytest.mark.parametrize("byline, paper", [
    ("中國時報【記者莊曜聰╱台南報導】", "中國時報"),
    ("中國時報【莊曜聰╱台南報導】", "中國時報"),
    ("自由時報〔記者王小明／台北報導〕", "自由時報"),
    ("聯合報【記者王小明、李大華/綜合報導】", "聯合報"),
])
def test_a_papers_name_before_its_bracketed_byline_names_the_source(byline, paper):
    article = clean_under_title(byline + LEAD)
    assert article.source == paper
    assert LEAD in article.body


def test_a_bracketed_byline_without_a_papers_name_names_no_source():
    # (`〔記者王小明／台北報導〕`: the host's own reporter, whoever the host is)
    assert not clean_under_title("〔記者王小明／台北報導〕" + LEAD).source


def test_an_adult_sites_row_on_top_is_no_headline_and_goes():
    row = "天天av影院免费看,99久久精品无码一,AV综合色无码不卡,中久无码永久在线观看"
    article = clean_text("\n".join([row, "", "人民网", "人民网>>上海频道", "", TITLE, "", "2024年05月13日10:30 |", "小字号", "",
                                    *PARAGRAPHS]) + "\n")
    assert article.title == TITLE
    assert "无码" not in article.body and "影院" not in article.body


SHORT_FIRST = ["11月5日，全区公路桥梁安全隐患排查整治专题会召开。", "区委常委、统战部部长冯静，副区长鄢光忠参加会议。", *PARAGRAPHS]


def test_a_deck_that_runs_on_across_short_first_paragraphs_goes():
    deck = "摘要:11月5日，全区公路桥梁安全隐患排查整治专题会召开。区委常委、统战部部长冯静，副区长鄢光忠参加会议。" + PARAGRAPHS[0][:30]
    article = clean_text("\n".join([TITLE, "2019年11月07日 14:29", deck, "", *SHORT_FIRST]) + "\n")
    assert article.body.startswith(SHORT_FIRST[0]) and "摘要" not in article.body


def test_a_summary_label_left_empty_goes():
    article = clean_text("\n".join([TITLE, "2012-3-6 15:03:00 来源:网络", "摘要:... ...", *PARAGRAPHS]) + "\n")
    assert article.body.startswith(PARAGRAPHS[0]) and "摘要" not in article.body


@pytest.mark.parametrize("last", ["到了“第七个月”，刘女士再打电话时，竟然得到了一个惊喜:查体表",
                                  "她说，新地址离学校很近，孩子上学方便"])
def test_a_cut_off_last_sentence_that_mentions_a_call_or_an_address_stays(last):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, last]) + "\n")
    assert article.body.rstrip().endswith(last)


@pytest.mark.parametrize("line", ["客服电话：400-810-1234", "电邮 *", "地址:北京市朝阳区建国路88号", "邮箱 news@example.com",
                                  "版权所有 示例网"])
def test_a_contact_line_under_the_text_still_goes(line):
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, line]) + "\n")
    assert line not in article.body


@pytest.mark.parametrize("name", ["中福养老网", "楚天都市报", "央视新闻"])
def test_a_publishers_name_in_square_brackets_ending_the_text_is_its_source(name):
    last = "武汉市消防局要求，各家养老机构应在室内安装烟感报警器，对整改不合格的养老机构将取消其资质。"
    assert _clean_end(last + f"【{name}】").source == name
    # (a bracketed word that is no publisher's name, `【完】`, `【详细】`, names none)
    assert not _clean_end(last + "【详细】").source


def _clean_end(last: str):
    return clean_text("\n".join([TITLE, *PARAGRAPHS, last]) + "\n")


def test_a_first_line_cut_at_a_space_after_the_particle_de_is_one_sentence():
    line = "医保基金作为人民群众的 “看病钱”“救命钱”，容不得半点侵占。近日，国家医保局通过大数据智能筛查与飞行检查联动，查处两起欺诈骗保案件。"
    article = clean_text("\n".join([line, "", *PARAGRAPHS]) + "\n")
    assert article.body.startswith("医保基金作为人民群众的")
    assert article.title != "医保基金作为人民群众的"


def test_a_listed_companys_name_opening_its_lines_is_no_planted_token():
    # (bench/real/pages/zzc014.txt: a page scraped without its headline, its first line twice)
    page = Path(__file__).parent.parent.joinpath("bench/real/pages/zzc014.txt").read_text(encoding="utf-8")
    article = clean_text(page)
    assert article.body.startswith("安源煤业(600397.SH)9月3日晚间公告称") and "安源煤业3日停牌" in article.body
    assert not article.spam_tokens


def test_a_numbered_list_inside_the_text_under_a_header_of_its_own_stays():
    points = ["1.2019-2023年二手车交易复合增速6.6%，超过新车市场复合增速", "2.燃油二手车需求集中在15万以下低价车型",
              "3.新能源二手车用户偏好“大车”，中型以上需求占比高达62%"]
    long = [PARAGRAPHS[at] + PARAGRAPHS[at + 1] for at in (0, 2, 4)]  # (paragraphs of sixty characters and more)
    article = clean_text("\n".join([TITLE, long[0], "【核心观点】", *points, *long[1:]]) + "\n")
    assert all(point in article.body for point in points)


TONELESS = ("在“雙(shuang)碳(tan)”目標驅(qu)動下,包括動(dong)力電(dian)池在內的新能(neng)源產(chan)業成為黃金賽道,"
            "不僅受到資(zi)本市場大力追捧,也成為地方推動產(chan)業轉(zhuan)型升級的重要抓手。")


def test_readings_leaked_without_tone_marks_go_on_a_page_full_of_them():
    article = clean_text("\n".join([TITLE, "來源:經濟日(ri)報 點(dian)擊數:25464次", TONELESS, *PARAGRAPHS]) + "\n")
    assert "(" not in article.body and "雙碳" in article.body and "新能源產業" in article.body
    assert article.source == "經濟日報"


def test_a_pun_glossing_words_with_others_readings_stays():
    pun = "还意（hai)犹(mei)未(guo)尽(gou)是不是时（mei)光(tian)太(dou)快了？明年见啦！"
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, pun]) + "\n")
    assert pun in article.body


def test_a_reading_printed_twice_goes_with_its_copy():
    line = "國(guó)(guó)務院(yuàn)(yuàn)總理李強3月17日主持召開新一屆國務院第一次全體會議,會議宣布國務院領導同志分工。"
    article = clean_text("\n".join([TITLE, line, *PARAGRAPHS]) + "\n")
    assert article.body.startswith("國務院總理李強")


@pytest.mark.parametrize("line", ["放大字體  縮小字體 發布日期:2013-08-02 來源:東南早報瀏覽次數:29",
                                  "放大字体  缩小字体 发布日期:2013-08-02 来源:东南早报阅读:29"])
def test_a_views_label_glued_to_a_source_is_no_part_of_its_name(line):
    article = clean_under_title(line)
    assert for_matching(article.source) == "东南早报" and article.date.value.startswith("2013-08-02")


@pytest.mark.parametrize("line", ["漫画:高岳", "插图：李明", "绘图:王芳"])
def test_an_illustrators_credit_inside_the_text_goes(line):
    # (between paragraphs, where a cartoon stood: under the text the tail's rule takes any short line)
    assert line not in clean_text("\n".join([TITLE, *PARAGRAPHS[:3], line, *PARAGRAPHS[3:]]) + "\n").body


def test_a_sponsors_line_with_its_hotline_goes_and_a_sentence_about_supplies_stays():
    sponsor = ("上述信息由云杰机电设备工程有限公司提供,云杰机电设备工程有限公司主要针对临时用电需求,为客户提供电缆出租等服务,"
               "详情登入:http://www.example.com 免费咨询热线:400-8277-400。")
    kept = "上述信息由市统计局提供，数据显示全市用电量同比增长百分之五。"
    body = clean_text("\n".join([TITLE, *PARAGRAPHS, kept, sponsor]) + "\n").body
    assert sponsor not in body and kept in body


@pytest.mark.parametrize("note", [" (Chinese Only)", "（只有中文）", " (English Version)"])
def test_a_language_note_after_the_headline_is_no_part_of_it(note):
    assert clean_text("\n".join([TITLE + note, "2024-05-13 10:30", *PARAGRAPHS]) + "\n").title == TITLE


def test_a_link_to_the_previous_story_with_its_day_names_no_source_and_gives_no_date():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "(0)", "上一篇 2024年11月29日 11:09", "下一篇 2024年11月29日 11:13"]) + "\n")
    assert not article.source and article.date.confidence == "none"
    assert "上一篇" not in article.body


def test_a_label_left_empty_before_a_views_label_names_no_source():
    assert not clean_under_title("時間:2023-09-20 17:30:00 | 來源: 本文被閱讀次數:").source


def test_a_trainee_reporters_sign_off_names_no_publisher():
    last = "南安市排球協會會長告訴記者,氣排球越來越受到中老年人的青睞。(見習記者 葉凱茹 通訊員 黃毅強)"
    assert not clean_text("\n".join([TITLE, *PARAGRAPHS, last]) + "\n").source


def test_a_forums_watermark_after_the_headline_is_no_part_of_it_and_a_score_stays():
    marked = "南湖街道嘉南社区居民委员会公告 \" B+ g* c' k; l1 j3 [# z7 b"
    assert clean_text("\n".join([marked, "2021-04-09", *PARAGRAPHS]) + "\n").title == "南湖街道嘉南社区居民委员会公告"
    # (letters and numbers a space apart with no mark beside a letter: a score, a model's name)
    assert clean_text("\n".join(["中国队 2 : 1 胜 日本 3 4 5", "2021-04-09", *PARAGRAPHS]) + "\n").title.endswith("3 4 5")
