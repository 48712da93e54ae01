"""A page scraped as one line: its headline, set apart by spaces, runs into its lead or into its
info line (input text -> title, date, source and the body a user gets)."""
from __future__ import annotations

import pytest

from digest.ingest.run_in import run_in_headline
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text

LEAD = "".join(PARAGRAPHS[:3])


def test_a_headline_run_into_its_lead_is_the_title_and_the_lead_stays():
    article = clean_text(f"成都至香港高铁列车开通 黄强宣布开通 在香港回归26周年之际,{LEAD}\n")
    assert article.title == "成都至香港高铁列车开通 黄强宣布开通"
    assert body_text(article)[0].startswith("在香港回归26周年之际,一场价值290亿美元的交易")


def test_the_info_between_headline_and_lead_states_the_date_and_publisher():
    text = f"數十記者遭滋擾恐嚇 灣仔警區重案組跟進調查 (20:21) 發佈於 1 年 前 2024 年 10 月 31 日 By 明報 記協今年9月曾表示,{LEAD}\n"
    article = clean_text(text)
    assert article.title == "數十記者遭滋擾恐嚇 灣仔警區重案組跟進調查"
    assert article.date.value == "2024-10-31T20:21:00" and article.date.confidence == "stated"
    assert article.source == "明報"
    assert body_text(article)[0].startswith("記協今年9月曾表示,") and "發佈於" not in article.body


def test_a_site_name_in_latin_letters_beside_the_date_is_info_not_headline():
    article = clean_text(f"廣東省省長發表新春賀詞 感謝港澳台同胞支持 i-Cable 2023年01月21日 【有線新聞】廣東省省長表示,{LEAD}\n")
    assert article.title == "廣東省省長發表新春賀詞 感謝港澳台同胞支持"
    assert article.date.value.startswith("2023-01-21")


@pytest.mark.parametrize("line", [
    f"中新网7月16日电 据应急管理部官微消息,{LEAD}",  # a wire's dateline opens the text
    f"东北网4月1日讯(记者 张广义)为配合地铁施工,{LEAD}",  # (a bracket left open)
    f"「周董」周杰伦日前宣布将于12 月在台北大巨蛋举行演唱会,{LEAD}",  # a number cut by a space
    f"华为最新旗舰手机Mate60 Pro上周开售后反应热烈,{LEAD}",  # a name cut by a space
    f"美国总统透过社群平台 Truth Social 宣布，{LEAD}",  # the clause goes on past the space
    f"习近平 李克强 王沪宁 出席大会并讲话,{LEAD}",  # names one after another
    f"体育播报3月2日宣 本轮中超,{LEAD}",
])
def test_text_that_only_has_spaces_in_it_has_no_run_in_headline(line):
    assert run_in_headline(line) is None


def test_a_page_with_its_own_headline_line_is_left_as_it_was():
    article = clean_text("数据独角兽遭遇客户流失潮\n" + f"成都至香港高铁列车开通 黄强宣布开通 在香港回归26周年之际,{LEAD}\n")
    assert article.title == "数据独角兽遭遇客户流失潮"
    assert body_text(article)[0].startswith("成都至香港高铁列车开通 黄强宣布开通")


@pytest.mark.parametrize("poster", ["cityfan V管理員", "admin 站长", "xiaoming LV3会员"])
def test_a_posters_name_and_rank_beside_the_date_are_info_not_headline(poster):
    """A farm's or forum's one-line post: the poster's name and rank stand between the headline and
    its date, as a site's name in letters does."""
    article = clean_text(f"馬來西亞九成青少年已接種新冠疫苗 {poster} /2023-06-19/191閱讀/0評論 衛生部長表示,{LEAD}\n")
    assert article.title == "馬來西亞九成青少年已接種新冠疫苗"
    assert article.date.value.startswith("2023-06-19")


def test_a_headlines_own_last_word_before_the_date_stays():
    # (only a rank goes with the name: `…會員大會 2023年…` keeps 大會, a word of the headline)
    article = clean_text(f"江城商會舉行第三屆 會員大會 2023年06月19日 商會會長表示,{LEAD}\n")
    assert article.title == "江城商會舉行第三屆 會員大會"


def test_a_date_after_the_leads_first_clause_is_the_leads():
    """`<headline> 为进一步…意识,…,2024年10月10日,一场…`: the date is in the lead's sentence, no info line."""
    lead = f"为进一步培养青年一代的责任担当意识,促使其关注留守儿童,2024年10月10日,一场捐书活动顺利举行。{LEAD}"
    article = clean_text(f"江城关爱留守儿童爱心捐赠计划成功举行 {lead}\n")
    assert article.title == "江城关爱留守儿童爱心捐赠计划成功举行"
    assert body_text(article)[0].startswith("为进一步培养青年一代")
    assert article.date.confidence != "stated"
