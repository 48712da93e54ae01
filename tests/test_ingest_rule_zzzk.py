"""Shapes met in the twenty-sixth session (rounds zzzk on). Headlines: a portal's page number after
the headline (`…幸福城(2)`, `…采收季【6】`), a forum's `[复制链接]` button after the thread's subject.
Furniture: a forum's posting buttons (`发新话题 回复该主题`)."""
from __future__ import annotations

import pytest

from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, clean_text, clean_under_title


def _page(*top: str) -> str:
    return "\n".join([*top, *PARAGRAPHS]) + "\n"


def _taken_from_under_the_text(line: str) -> bool:
    """`line` printed under the text is taken out of the body, and every paragraph of the text stays whole."""
    body = clean_text(_page(TITLE) + line + "\n").body
    return line not in body and all(paragraph in body for paragraph in PARAGRAPHS)


@pytest.mark.parametrize("printed, headline", [
    ("安徽巢湖:扮靓文明城市风景线 打造百姓幸福城(2)", "安徽巢湖:扮靓文明城市风景线 打造百姓幸福城"),
    ("中國最大產棉區——新疆進入棉花采收季【6】", "中國最大產棉區——新疆進入棉花采收季"),
    ("安徽巢湖:扮靓文明城市风景线 打造百姓幸福城（12）", "安徽巢湖:扮靓文明城市风景线 打造百姓幸福城"),
])
def test_a_portals_page_number_after_the_headline_is_no_part_of_it(printed, headline):
    assert clean_text(_page(printed)).title == headline


@pytest.mark.parametrize("headline", ["城镇老旧小区改造面临的难题亟待完善(三)", "中国体育彩票超级大乐透第24期开奖(1)"])
def test_a_series_part_or_a_first_page_stays(headline):
    assert clean_text(_page(headline)).title == headline


def test_a_forums_copy_link_button_after_the_subject_is_no_part_of_the_headline():
    article = clean_text(_page("注册", "发新话题 回复该主题", "江北县竞相招聘退伍回乡的军地两用人才 [复制链接]", "1#"))
    assert article.title == "江北县竞相招聘退伍回乡的军地两用人才"


@pytest.mark.parametrize("line", ["发新话题 回复该主题", "發新話題 回覆該主題", "发新话题"])
def test_a_forums_posting_buttons_are_furniture(line):
    assert furniture_reason(line, "top") is not None and furniture_reason(line, "tail") is not None


_CAPTIONS = ["12月9日,在太原市的一个美术培训班,学生们正在埋头苦练。随着考试的日益临近,艺考培训市场也猛然升温。新华社记者燕雁摄",
             "12月9日,在太原市的一个美术培训班,一名学生正在练习素描。新华社记者燕雁摄",
             "12月9日,在太原市的一个美术培训班,两名学生正在进行色彩练习。新华社记者燕雁摄"]


def test_a_photo_storys_credit_names_the_photographers_outlet_and_stays_in_its_captions():
    article = clean_text("\n".join(_CAPTIONS) + "\n")
    assert article.source == "新华社"
    assert not article.spam_tokens  # (a credit on every caption is no farm's stamp)
    assert (article.title + article.body).count("新华社记者燕雁摄") == 3


def test_a_gallerys_page_numbers_after_the_credit_do_not_hide_it():
    article = clean_text("交通部门人员在东阳乡协助垃圾转运工作,自从垃圾分类推行以来,东阳乡垃圾减量50%。新华社记者 彭昭之 摄【1】【2】【3】\n")
    assert article.source == "新华社"


def test_a_pictures_credit_under_an_article_names_no_publisher():
    article = clean_text("\n".join([TITLE, *PARAGRAPHS, "志愿者为流浪小猫喂食。新京报记者 杨柳 摄"]) + "\n")
    assert article.source == ""


def test_a_farms_disclaimer_names_the_account_it_shares():
    article = clean_text(_page(TITLE) + "聲明:此文由 嘉善羅星發布 分享發布,并不意味本站贊同其觀點,文章內容僅供參考。"
                         "此文如侵犯到您的合法權益,請聯系我們 kefu@example.com\n")
    assert article.source == "嘉善羅星發布"
    assert "分享發布" not in article.body


def test_a_disclaimer_that_shares_nobodys_words_names_no_one():
    article = clean_text(_page(TITLE) + "声明:本站文章均来自网络,如有侵权请联系删除。\n")
    assert article.source == ""


@pytest.mark.parametrize("lead, source", [
    ("煙草在線沾益消息 云南沾益區播樂鄉各煙葉收購點8月25日正式開秤收購煙葉,拉開了2016年煙葉收購的序幕。", "煙草在線"),
    ("人民网北京消息 北京市今天发布了新的人才引进政策,涉及落户、住房和子女教育等多个方面。", "人民网"),
])
def test_an_outlets_name_then_the_place_it_filed_from_names_the_outlet(lead, source):
    assert clean_text("\n".join([TITLE, lead, *PARAGRAPHS]) + "\n").source == source


@pytest.mark.parametrize("line", ["辣椒種植基地。拍攝:吳建華", "村民喜获丰收。拍摄:吴建华"])
def test_a_photographers_label_makes_a_caption(line):
    assert furniture_reason(line, "body") == "a photo caption"


@pytest.mark.parametrize("line", [
    "本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。景点纪实网 对此不承担任何保证责任。",
    "本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。",
    "安吉駐家房產網網頁內的所有信息均為用戶自由發布,交易時請注意識別信息的虛假,交易風險自負!",
    "欢迎访问 景点纪实网!",
    "Hash:e760aaf645953d4cd708d6833f235d43f4b3e848",
    "(苏报融媒记者 周哲 刘争 文/图)",
])
def test_a_sites_notices_greeting_hash_and_credits_are_furniture(line):
    assert _taken_from_under_the_text(line)


@pytest.mark.parametrize("line", ["记者核实了这些信息的真实性,当事人表示愿意承担责任。",
                                  "法院认定,权利人可以要求侵权人停止侵害并赔偿损失。"])
def test_sentences_about_truth_or_rights_in_an_article_stay(line):
    assert line in clean_text(_page(TITLE) + line + "\n").body


def test_a_headline_that_asks_with_a_list_in_it_is_no_keyword_list():
    headline = "計程車、禮賓車、白牌車、Uber到底誰合法誰違法?台灣租賃車亂象多,澳洲怎麼做?"
    article = clean_text(_page(headline, headline, "澳洲雪梨計程車。圖/Shutterstock",
                               "先前熱議的「韓國女遊客在台灣疑遭計程車司機性侵」事件,引發了一個後續討論:「為何韓國遊客來台灣,會選擇包下計程車當作旅遊的交通工具?」"))
    assert article.title == headline


def test_a_spam_pages_keywords_are_still_no_headline():
    article = clean_text(_page("精品久久,最新国产,久久福利,天天精品,福利一区", TITLE))
    assert article.title == TITLE


_ERROR = ("Warning: preg_match(): Compilation failed: lookbehind assertion is not fixed length at offset 0 in "
          "C:\\wordpress\\wp-content\\themes\\x\\functions.php on line 492")


def test_a_servers_error_printed_over_the_text_is_neither_headline_nor_stamp():
    article = clean_text("\n".join([_ERROR] * 4 + PARAGRAPHS) + "\n")
    assert "Warning" not in article.title and "Warning" not in article.body
    assert not article.spam_tokens  # (the line number the errors end with is no farm's stamp)
    assert article.title == PARAGRAPHS[0] and article.body.startswith(PARAGRAPHS[0])  # (its first sentence stands in)


@pytest.mark.parametrize("line", [
    "本文關鍵詞:蘇北運河 船閘 航道疏浚項目啟動 標簽:蘇北運河 疏浚項目啟動",
    "热门关键词:",
    "*本网站有权删除任何具有性别歧视、人身攻击、庸俗、诋毁或种族主义性质的留言。",
    "朱立倫。 1,007,733 個讚 · 14,441 人正在談論這個。政治人物",
])
def test_keywords_comment_rules_and_a_social_pages_counts_are_furniture(line):
    assert _taken_from_under_the_text(line)


@pytest.mark.parametrize("text, source", [
    ("采棉机在新疆生产建设兵团第五师双河市八十六团的一处棉田采收棉花(9月18日摄)。\n"
     "金秋九月,我国最大产棉区新疆的千万亩棉花陆续吐絮,天山北坡棉区开始机械化采收。\n新华社发(吕羡林 摄)\n", "新华社"),
    ("8月24日,威宁自治县气象局组织9个人工影响天气作业炮站开展人工增雨防雹作业,共开展作业12次。 沈光勇 摄 (贵州图片库发)\n", "贵州图片库"),
])
def test_the_agency_that_sent_a_photo_storys_picture_out_published_it(text, source):
    assert clean_text(text).source == source


@pytest.mark.parametrize("line", [
    "当前没有任何公告!",
    "还没有评论,快来发表第一个评论!",
    "调整字体: 【大号】【中号】【小号】",
    "贵州日报报刊社 贵州日报当代融媒体集团 出版 国内统一刊号:CN52-0013 代号65-1",
    "廣告聲明:文內含有的對外跳轉鏈接(包括不限于超鏈接、二維碼、口令等形式),用于傳遞更多信息,節省甄選時間,結果僅供參考,IT之家所有文章均包含本聲明。",
    "軟媒旗下網站: IT之家 最會買 - 返利返現優惠券 iPhone之家 Win7之家 Win10之家 Win11之家",
])
def test_empty_boxes_a_font_switch_a_papers_imprint_an_ad_statement_and_sister_sites_are_furniture(line):
    assert _taken_from_under_the_text(line)


def test_an_empty_notice_box_is_no_headline():
    assert clean_text(_page("当前没有任何公告!", TITLE)).title == TITLE


def test_an_issue_it_appeared_in_names_the_publication():
    article = clean_text(_page(TITLE) + "本文刊登於今日合庫,第575期\n")
    assert article.source == "今日合庫"


@pytest.mark.parametrize("line", [
    "發佈留言 (Atom)",
    "訂閱： 文章 (Atom)",
    "轉載請標注來源!更多LED資訊敬請關注官網(www.example.cn)或搜索微信公眾賬號(LEDinside)。",
    "642a5967-5e03-446e-9f62-8c992cae245ccopy.jpg)",
])
def test_a_blogs_feed_links_a_reprint_request_and_an_images_name_are_furniture(line):
    assert _taken_from_under_the_text(line)


def test_a_pages_address_under_its_label_is_its_url():
    article = clean_text(_page(TITLE) + "本文网址: http://www.example.com/b5/2021/09/15/a103217230.html\n")
    assert article.source_url == "http://www.example.com/b5/2021/09/15/a103217230.html"


@pytest.mark.parametrize("printed", ["預防近視新發重點在低齡段(主題)", "預防近視新發重點在低齡段（引題）"])
def test_an_epapers_label_for_the_title_is_no_part_of_the_headline(printed):
    assert clean_text(_page(printed)).title == "預防近視新發重點在低齡段"


def test_a_like_prompt_that_asks_first_is_furniture():
    assert _taken_from_under_the_text("喜歡我們的文章嗎?按個讚吧!")


@pytest.mark.parametrize("name", ["开yun体育网", "雷火平台"])
def test_a_betting_sites_name_in_the_source_field_names_no_publisher(name):
    assert clean_under_title(f"来源:{name}  发布时间:2023-05-01").source == ""


def test_a_county_named_like_a_casino_brand_is_still_a_publisher():
    assert clean_under_title("来源:金沙县融媒体中心  发布时间:2023-05-01").source == "金沙县融媒体中心"


_SCHEDULE = ["比赛时间:", "2月2日 20:05 混双循环赛第1轮", "2月3日 9:05 混双循环赛第2轮", "2月3日 14:05 混双循环赛第3轮",
             "2月7日 20:05 混双半决赛", "2月8日 20:05 混双金牌赛"]


def test_a_schedule_after_the_text_is_the_texts_and_names_no_publisher():
    article = clean_text(_page(TITLE) + "\n".join(_SCHEDULE) + "\n")
    assert all(row in article.body for row in _SCHEDULE[1:])
    assert article.source == ""
    assert not any(warning.check == "shuffled_text" for warning in article.warnings)  # (a schedule's rows are no prose)


def test_one_dated_line_under_the_text_is_still_its_info():
    article = clean_text(_page(TITLE) + "6月3日 10:20 新华社\n")
    assert "新华社" not in article.body


def test_a_list_the_text_announces_with_a_colon_is_no_list_of_stories():
    lines = ["跨境理財通分北向通和南向通:", "• 北向通指香港及澳門合資格居民投資內地銀行銷售的合資格投資產品",
             "• 南向通指內地合資格居民投資港澳銀行銷售的合資格理財產品", "• 兩者均設有每名投資者的個人額度及總額度限制"]
    article = clean_text(_page(TITLE) + "\n".join(lines) + "\n")
    assert all(line.lstrip("• ") in article.body for line in lines)


@pytest.mark.parametrize("line", ["附件:浙江省低收入农户小额信贷贴息资金审核表.xlsx", "附件2：申报表.docx"])
def test_a_notices_attached_file_is_furniture(line):
    assert _taken_from_under_the_text(line)


def test_a_sentence_about_an_attachment_stays():
    line = "申报单位须按附件要求填写审核表,并于6月30日前报送县农业农村局。"
    assert line in clean_text(_page(TITLE) + line + "\n").body


def test_a_traditional_word_that_opens_with_a_particles_character_is_no_particle():
    lines = ["植樹節到,林務局嘉義林區管理處鼓勵民眾參與植樹活動,於植樹月辦理天天贈苗活動,請大家把握機會為臺灣植樹。",
             "地點1:林務局嘉義林區管理處觸口工作站,有七里香、含笑花、桂花苗木,平日200株。地點2:玉井工作站,有桂花苗木,平日100株。"
             "地點3:林務局嘉義林區管理處側門,有七里香苗木,平日100株。"]
    article = clean_text(_page(TITLE) .replace(PARAGRAPHS[0], lines[0] + "\n" + lines[1]))
    assert not any(warning.check == "shuffled_text" for warning in article.warnings)


@pytest.mark.parametrize("printed, headline", [
    ("2022年共和国部长义务植树活动在京举行-", "2022年共和国部长义务植树活动在京举行"),
    ("爱游戏ayx官方入口:马来西亚槟城9月起执行“无塑料袋”方针", "马来西亚槟城9月起执行“无塑料袋”方针"),
])
def test_a_lone_dash_after_the_headline_and_a_hijackers_entrance_before_it_go(printed, headline):
    assert clean_text(_page(printed)).title == headline


def test_a_headline_glued_to_its_dated_label_may_end_in_a_number():
    line = ("全国碳市场每周成交数据20211122-20211126发表时间:2021-12-01 15:42 本周全国碳市场碳排放配额(CEA)总成交量7,131,454吨,"
            "总成交额301,195,535.98元,挂牌协议交易成交量较上周明显增加。")
    article = clean_text(line + "\n")
    assert article.title == "全国碳市场每周成交数据20211122-20211126"
    assert article.date.value == "2021-12-01T15:42:00" and article.date.confidence == "stated"


@pytest.mark.parametrize("line", ["张淼龙摄(人民视觉)", "安 可摄(人民视觉)"])
def test_a_photographers_credit_alone_on_its_line_is_a_caption(line):
    assert furniture_reason(line, "body") == "a photo caption"
