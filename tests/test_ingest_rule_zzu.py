"""Shapes met in the twenty-fifth session (rounds zzu to zzzj). Dates: a two-digit year under a
date's label (`时间:19-07-23`), an ambiguous day read in the order the page states elsewhere. Sources:
a channel's name or a farm's trade in the 来源 field, an outlet's desk abroad (`读特驻台记者`), a kind of
paper with no name (`晚报讯`), 来源 in title marks, a bracketed mark with its programme, a labelled
breadcrumb naming the host, an institute in the author's field, `据X消息` from an office, what an outlet
learned, a Malaysian wire's dateline. Furniture: a feed or channel label, a BBS post's header and
footer, a farm's closing formula, a picture's giver, a pager, a site's welcome, imprint and office
hours, a previous/next link."""
from __future__ import annotations

import pytest

from digest.ingest.info_lines import parse_info_line
from digest.ingest.layout import furniture_reason
from digest.ingest.menus import breadcrumb_root
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, clean_under_title


@pytest.mark.parametrize("line, day", [
    ("时间:19-07-23来源:中国电力化工网 点击: 次", "2019-07-23"),
    ("发布时间：24.05.13 10:30", "2024-05-13T10:30:00"),
    ("日期:99-01-02", "1999-01-02"),
])
def test_a_two_digit_year_under_a_dates_label_is_read(line, day):
    assert ("date", day) in parse_info_line(line)


def test_a_two_digit_year_line_gives_the_pages_date_and_source():
    article = clean_under_title("时间:19-07-23来源:中国电力化工网 点击: 次")
    assert article.date.value == "2019-07-23" and article.date.confidence == "stated"
    assert article.source == "中国电力化工网"


@pytest.mark.parametrize("line", ["时间:19-13-23", "比分:19-07-23"])
def test_no_day_is_made_of_a_month_that_cannot_be_or_a_score(line):
    assert not any(kind == "date" for kind, _ in parse_info_line(line) or ())


@pytest.mark.parametrize("label", ["今日头条", "部门动态", "热门"])
def test_a_feed_label_a_space_before_the_headline_is_no_part_of_it(label):
    article = clean_text(f"{label} 新宾公安局成功拦截诈骗资金守护百姓钱袋子\n" + "\n".join(PARAGRAPHS) + "\n")
    assert article.title == "新宾公安局成功拦截诈骗资金守护百姓钱袋子"


@pytest.mark.parametrize("headline", ["两会速递|向东:政府工作报告的起草过程是一个集众智汇众力的过程",
                                      "关注!阜阳已建成16处应急避难场所"])
def test_a_columns_name_run_into_the_headline_stays(headline):
    assert clean_text(headline + "\n" + "\n".join(PARAGRAPHS) + "\n").title == headline


@pytest.mark.parametrize("line", ["来源:休闲", "来源:时尚", "來源:娛樂"])
def test_a_channels_name_in_the_source_field_names_no_publisher(line):
    assert clean_under_title("时间:2010-12-5 17:23:32  作者:百科   " + line).source == ""


def test_a_named_outlet_in_the_source_field_stays():
    assert clean_under_title("时间:2010-12-5 17:23:32  来源:财经网").source == "财经网"


@pytest.mark.parametrize("line, source", [
    ("读特驻台记者 张雪松", "读特"),
    ("(作者:读特驻台记者 张雪松)", "读特"),
    ("新华社驻台记者 张三", "新华社"),
    ("中央电视台记者 张三", "中央电视台"),
])
def test_an_outlets_desk_abroad_is_no_part_of_its_name(line, source):
    fields = parse_info_line(line)
    assert ("credited source", source) in fields and ("author", line.split()[-1].strip(")")) in fields


def test_a_kind_of_paper_without_its_name_is_no_source():
    article = clean_text(TITLE + "\n晚报讯(记者王传普 通讯员向卫华)8月22日,恩施市舞阳街道办事处七里坪村2只家养犬接受了免疫注射。\n"
                         + "\n".join(PARAGRAPHS) + "\n")
    assert article.source == ""


def test_a_source_in_title_marks_run_into_the_texts_end_is_read():
    article = clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + " 作者:张小燕 来源:《国家电网报》\n")
    assert article.source == "国家电网报"


@pytest.mark.parametrize("line", [
    "发信人: knox()",
    "发信人: knox (诺克斯), 信区: Science",
    "整理人: kinnyhui(2002-06-30 22:47:51), 站内信件",
    "發信站: 水木社區 (Mon Jun 30 22:47:51 2002)",
    "※ 来源:.月光软件站 http://www.moon-soft.com.[FROM: 61.141.215.43]",
    "※ 修改:·knox 于 Jun 30 22:50:01 修改本文·[FROM: 61.141.215.43]",
])
def test_a_bbs_posts_header_and_footer_are_furniture(line):
    assert furniture_reason(line, "top") is not None and furniture_reason(line, "tail") is not None


def test_a_bbs_posts_header_is_no_headline():
    article = clean_text("发信人: knox()\n整理人: kinnyhui(2002-06-30 22:47:51), 站内信件\n" + TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n")
    assert article.title == TITLE and "knox" not in article.body


@pytest.mark.parametrize("line", [
    "本文就为大家分享到这里,希望小伙伴们会喜欢。",
    "关于巨鹏预制菜进校园,以及的相关信息分享结束,感谢你的耐心阅读,希望对你有所帮助。",
])
def test_a_farms_closing_formula_is_furniture(line):
    article = clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n" + line + "\n")
    assert body_text(article) == PARAGRAPHS


@pytest.mark.parametrize("line", [
    "圖由林芝市林草局提供",
    "图片由受访者提供",
    "2026年上海新年音乐会。照片由张天宇提供。",
    "中華白海豚母子,右邊的幼年期白海豚仍為灰色的外表。 © 張恒嘉攝 / 台灣媽祖魚保育聯盟提供",
])
def test_a_pictures_giver_said_in_words_makes_a_caption(line):
    assert furniture_reason(line, "body") == "a photo caption"


@pytest.mark.parametrize("line", ["他表示，这些图由专家绘制提供。", "他说今天的分享结束了,希望大家喜欢。"])
def test_a_sentence_that_says_as_much_stays(line):
    assert furniture_reason(line, "body") is None


def test_an_empty_label_spaced_before_its_colon_is_no_part_of_the_source():
    fields = parse_info_line("来源 :人民日报海外版 访问次数 : 发布时间:2020-09-15 11:18 打印")
    assert ("source", "人民日报海外版") in fields and ("date", "2020-09-15T11:18:00") in fields


@pytest.mark.parametrize("mark, source", [
    ("【新疆卫视 《新闻联播》】", "新疆卫视"),
    ("【仪器仪表商情网 市场分析】", "仪器仪表商情网"),
])
def test_a_bracketed_mark_with_its_programme_or_column_names_the_outlet(mark, source):
    assert clean_under_title(mark + PARAGRAPHS[0]).source == source


@pytest.mark.parametrize("crumb, root", [
    ("您现在的位置:硅谷网> 资讯> 美国硅谷>", "硅谷网"),
    ("您的位置：东南网 > 国内", "东南网"),
    ("当前位置：首页 > 新闻", None),
])
def test_a_labelled_breadcrumb_names_the_host(crumb, root):
    assert breadcrumb_root(crumb) == root


def test_the_hosts_own_name_in_the_source_field_gives_way_to_the_original():
    article = clean_text("您现在的位置:硅谷网> 资讯> 美国硅谷>\n" + TITLE + "\n2020-08-27 17:12 作者:殷万妮 来源:硅谷网综合\n"
                         "来源/首席人物观(ID:sxrenwuguan)\n" + "\n".join(PARAGRAPHS) + "\n")
    assert article.source == "首席人物观"


@pytest.mark.parametrize("label", ["新闻动态", "行业动态", "财经新闻"])
def test_a_channels_label_between_the_headline_and_the_text_is_furniture(label):
    article = clean_under_title(label)
    assert body_text(article) == PARAGRAPHS


def test_a_heading_word_between_the_headline_and_the_text_stays():
    assert body_text(clean_under_title("案情回顾"))[0] == "## 案情回顾"


def test_a_sites_name_then_its_welcome_is_furniture():
    assert furniture_reason("村网通总站 蔡庄村 141679.nync.com 欢迎您!", "top") is not None
    assert furniture_reason("他对记者说：欢迎您!", "body") is None


@pytest.mark.parametrize("line, source", [
    ("发表时间:2025/09/29 作者:才博智慧治理研究院", "才博智慧治理研究院"),
    ("作者：中国汽车工业协会", "中国汽车工业协会"),
])
def test_an_institute_in_the_authors_field_is_credited(line, source):
    assert ("credited source", source) in parse_info_line(line)


def test_a_box_drawing_slash_separates_a_papers_credit():
    assert parse_info_line("【聯合報╱記者曹以會/台北報導】") == [("credited source", "聯合報"), ("author", "曹以會")]


@pytest.mark.parametrize("line", ["1/4 下一页 上一页 首页 尾页", "共4页 1 2 3 4 下一页", "首页 上一页 1 2 3 下一页 尾页"])
def test_a_pager_is_furniture_wherever_it_stands(line):
    assert furniture_reason(line, "end") is not None and furniture_reason(line, "body") is not None


def test_a_pager_and_a_mobile_menu_under_a_paragraph_cut_off_by_them_go():
    cut = "长宁区愚园路第一幼儿园大班女孩小叶(化名)前些日子在幼儿园接受视力检查,因为被发现有近视症"
    article = clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n" + cut + "\n1/4 下一页 上一页 首页 尾页\n返回\n刷新\nWAP首页\n网页版\n登录\n")
    assert body_text(article) == [*PARAGRAPHS, cut]


@pytest.mark.parametrize("line", [
    "马来西亚登嘉楼州举办的季风杯比赛   摄影: Choo Yut Shing, Flickr。",
    "1999年6月罕見疾病基金會成立,為台灣罕見疾病領域開啟新的篇章。圖片提供:財團法人罕見疾病基金會。",
])
def test_a_pictures_giver_under_a_label_after_its_caption_makes_a_caption(line):
    assert furniture_reason(line, "body") == "a photo caption"


def test_a_source_run_into_the_next_label_keeps_its_whole_name():
    assert parse_info_line("來源: 長垣融媒發布時間:2023-04-03 09:18:13") == [("source", "長垣融媒"), ("date", "2023-04-03T09:18:13")]


@pytest.mark.parametrize("line", ["文章來源:紹興食堂承包", "来源:球磨机厂家", "来源:XX装修"])
def test_a_trade_a_farm_sells_in_the_source_field_names_no_publisher(line):
    assert not any(kind == "source" for kind, _ in parse_info_line("发布时间:2022-03-24 19:06:31 " + line))


@pytest.mark.parametrize("lead, source", [
    ("据国家卫生健康委消息，全国心理援助热线12356已于近日开通，民众可以拨打热线寻求帮助。", ""),
    ("据西安发布消息，全国心理援助热线12356已于近日开通，民众可以拨打热线寻求帮助。", ""),
    ("据新华社消息，全国心理援助热线12356已于近日开通，民众可以拨打热线寻求帮助。", "新华社"),
    ("据南华早报报道，全国心理援助热线12356已于近日开通，民众可以拨打热线寻求帮助。", "南华早报"),
])
def test_news_an_office_gave_out_is_no_outlets_report(lead, source):
    assert clean_under_title(lead).source == source


def test_a_sites_owner_said_after_its_name_is_its_imprint():
    article = clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + "\nCopyright@2012-2022 邵陽新聞網 All Right Reserved\n"
                         "中共邵陽市委、邵陽市人民政府新聞官方網站,中共邵陽市委宣傳部主管主辦\n")
    assert body_text(article) == PARAGRAPHS


def test_an_event_its_organisers_run_stays():
    line = "本次活动由四川省林业厅、成都市人民政府主办。"
    assert line in body_text(clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n" + line + "\n"))


@pytest.mark.parametrize("line", ["工作时间:8:00-18:00", "办公时间：周一至周五 9:00-17:00"])
def test_a_sites_office_hours_are_a_contact_field(line):
    assert furniture_reason(line, "tail") is not None and furniture_reason(line, "top") is not None


def test_a_one_line_pages_dateline_after_its_info_starts_the_lead():
    article = clean_text("海航系申请开通长沙天津经西安及青岛至伦敦航线 2016-11-08 来源:UKER Top News 中英网11月8日讯 "
                         "中国民用航空最新消息:海航系申请开通长沙、天津经西安及青岛至伦敦航线。据民航局网站公示,海南航空将于明年开通新航线。\n")
    assert article.title == "海航系申请开通长沙天津经西安及青岛至伦敦航线"
    assert article.source == "UKER Top News" and article.date.value == "2016-11-08"
    assert body_text(article)[0].startswith("中英网11月8日讯 中国民用航空最新消息")


@pytest.mark.parametrize("lead, source", [
    ("7月27日,云南网从云南省普洱市公安局获悉,当地警方破获一起特大运输毒品案,缴获冰毒40.258公斤。", "云南网"),
    ("近日，他从朋友那里获悉，当地警方破获一起特大运输毒品案，缴获冰毒40公斤。", ""),
])
def test_what_an_outlet_learned_opening_the_lead_names_it(lead, source):
    assert clean_under_title(lead).source == source


def test_a_malaysian_wire_dateline_names_the_agency_in_its_brackets():
    lead = "八打灵再也 6 月 6 日(马新社)——种植和原产业部谨慎乐观地认为,马来西亚今年的橡胶手套出口收入将能够实现两位数的增长。"
    assert clean_under_title(lead).source == "马新社"


@pytest.mark.parametrize("line", ["• 上一篇文章:", "• 下一篇文章: 没有了", "上一篇新闻：X市召开会议"])
def test_a_previous_or_next_article_link_is_furniture(line):
    assert furniture_reason(line, "tail") is not None and furniture_reason(line, "end") is not None


def test_a_papers_name_in_title_marks_signing_off_the_page_is_its_source():
    article = clean_text(TITLE + "\n" + "\n".join(PARAGRAPHS) + "\n《中国质量报》\n")
    assert article.source == "中国质量报" and body_text(article) == PARAGRAPHS


def test_an_ambiguous_day_takes_the_order_the_page_states_elsewhere():
    article = clean_text(TITLE + "\n12/01/2009\n对华援助协会2009年12月1日\n" + "\n".join(PARAGRAPHS) + "\n")
    assert article.date.value == "2009-12-01"


def test_an_ambiguous_day_alone_is_read_day_first():
    assert clean_text(TITLE + "\n12/01/2009\n" + "\n".join(PARAGRAPHS) + "\n").date.value == "2009-01-12"
