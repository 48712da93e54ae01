"""Body text a digest must keep, and the furniture around it it must drop (issue 13, round `m`):
an article's own outline and directory stay; bar credits, a theme's age line, gallery counters,
file-name captions and a last-line menu go."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.info_lines import parse_info_line
from digest.ingest.layout import furniture_reason
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article

OUTLINE = ["本次分享主要包含以下四个部分：", "• 第一部分，简单回顾 AI 助手的发展历史", "• 第二部分，介绍产品的业务背景",
           "• 第三部分，介绍近四年来的发展演进", "• 第四部分，对未来进行展望"]


def test_an_outline_the_article_announces_is_its_text_not_a_related_list():
    article = clean_text("\n".join([TITLE, PARAGRAPHS[0], *OUTLINE, *PARAGRAPHS[1:]]) + "\n")
    body = "\n".join(body_text(article))
    assert "本次分享主要包含以下四个部分" in body and "第四部分，对未来进行展望" in body
    # a short header we do not know, over bulleted headlines, is still another stories' list
    related = ["大家还在看", "• 某地发布暴雨预警", "• 某公司发布新款手机", "• 某球队晋级决赛"]
    listed = clean_text("\n".join([TITLE, *PARAGRAPHS, *related]) + "\n")
    assert "某公司发布新款手机" not in "\n".join(body_text(listed))


def test_a_directory_of_hotlines_after_the_text_is_text():
    rows = ["緊急求助或服務熱線", "治安警察局", "緊急求助熱線  999、110、112", "支援熱線  2857 3333", "消防局",
            "緊急電話  2857 2222", "澳門海關  2855 9944", "司法警察局 993", "鏡湖醫院  2837 1333"]
    body = "\n".join(body_text(clean_text(raw_article(tail=rows))))
    assert "支援熱線" in body and "鏡湖醫院" in body and "治安警察局" in body
    # two numbers in a footer are still its contacts
    footer = "\n".join(body_text(clean_text(raw_article(tail=["新闻热线 010-12345678", "广告热线 010-87654321"]))))
    assert "新闻热线" not in footer


def test_pictures_file_names_and_the_captions_under_them_go_the_text_between_stays():
    page = [TITLE, PARAGRAPHS[0], "6.jpg", "测体温", "7.jpg", "登记", PARAGRAPHS[1], "8.jpg", "健康筛查", *PARAGRAPHS[2:]]
    assert body_text(clean_text("\n".join(page) + "\n")) == PARAGRAPHS
    # one picture's file name over a short line: that line may be the text's subheading, it stays
    single = [TITLE, PARAGRAPHS[0], "1.jpg", "大会安排", *PARAGRAPHS[1:]]
    assert "大会安排" in "\n".join(body_text(clean_text("\n".join(single) + "\n")))  # (as its heading)


@pytest.mark.parametrize("line", ["编辑 | 陈彩娴", "運營 | 芋頭", "编辑整理|田育珍 猿辅导", "分享嘉宾|杨振宇博士 OPPO 认知计算技术负责人",
                                  "责任编辑;白岚", "排版:报社胡同", "摄像:范昊天、吴君、张天翊", "• A+", "跳至内容", "分享到…"])
def test_credits_with_a_bar_and_page_buttons_are_boilerplate(line):
    assert boilerplate_reason(line)


@pytest.mark.parametrize("line", ["视频|男子勇救落水儿童获表彰", "编辑 | 他说，这件事还没有结束。"])
def test_a_channel_prefixed_headline_or_a_sentence_is_no_bar_credit(line):
    assert not boilerplate_reason(line)


@pytest.mark.parametrize("line, where", [
    ("admin8个月前 (04-15)数码56", "head"), ("人物报道1年前 (2023)发布 aixure", "head"), ("图6/32", "body"),
    ("廣告 更多內容請繼續往下閱讀", "body"), ("往下看更多文章", "body"), ("• 評論0", "body"), ("百科98256人已围观", "body"),
    ("| 医院简介| 联系方式| 在线留言|", "end"), ("區議員是區內保長，居民的事就是區議員的事。資料圖片", "body"),
    ("2020年9月20日，北京大學舉辦新生開學典禮。視覺中國 ?圖", "body"),
])
def test_furniture_of_round_m_by_shape(line, where):
    assert furniture_reason(line, where)


@pytest.mark.parametrize("line, where", [("他说这是资料图片。", "body"), ("2/3", "body"), ("三个月前(2023)的事", "body"),
    # a paragraph a picture's credit was glued to is text
    ("2000年，我国全面实现了普及九年义务教育的目标，但这与世界发达国家比相去甚远，也尚未达到新时代发展对劳动者文化素养的要求。 视觉中国 图", "body")])
def test_text_of_the_same_words_is_no_furniture(line, where):
    assert not furniture_reason(line, where)


@pytest.mark.parametrize("line", ["2025年05月01日   •   7万次阅读", "2021年11月30日 16:02 最後更新:16:30", "所属分类:科技"])
def test_info_lines_with_counts_in_wan_last_updated_times_and_categories(line):
    assert parse_info_line(line)


def test_a_subheading_over_the_excerpts_cut_off_last_paragraph_is_text():
    # (fourteenth session, branch `furn14`) the short line is the text's, a paragraph follows it
    cut = "张红文委员将在今年两会围绕商业航天建言献策；王巍代表关注航天技术在民用领域的应用与转化"
    body = "\n".join(body_text(clean_text(raw_article(tail=["心系航天事业发展", cut]))))
    assert "心系航天事业发展" in body and cut in body
    # a short line over a timetable, a name alone over a paragraph, a picture's title: not subheadings
    for tail in (["星期一至星期五", "7am, 7.30am, 8am, 8.30am, 9am, 1pm, 5pm, 6pm, 7pm, 8pm"], ["周杰伦", cut],
                 ["嘉宾登船前合影", cut]):
        assert tail[0] not in "\n".join(body_text(clean_text(raw_article(tail=tail))))
