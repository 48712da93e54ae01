"""Rule related_blocks: related-links and related-news blocks under any header become records."""
from __future__ import annotations

import pytest

from digest.ingest.blocks import is_header, parse_date_views
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article


@pytest.mark.parametrize("line, name", [
    ("相关链接：", "相关链接"), ("相关新闻", "相关新闻"), ("【相关阅读】", "相关阅读"), ("延伸阅读", "延伸阅读"),
    ("猜你喜欢", "猜你喜欢"), ("▲大家都在看", "大家都在看"), (">>为你推荐", "为你推荐"), ("—— 热门推荐 ——", "热门推荐"),
    ("[往期回顾]", "往期回顾"), ("相關新聞", "相關新聞"), ("本周热门", "本周热门"), ("编辑推荐:", "编辑推荐"),
    # the kind of item before the block's word
    ("新闻推荐", "新闻推荐"), ("推荐图文", "推荐图文"), ("推薦文章", "推薦文章"), ("视频推荐", "视频推荐"),
    ("※你可能還想看：", "你可能還想看"),  # a reference mark for a bullet, as Taiwanese papers print it
    # an English theme's headers
    ("Recent Posts", "Recent Posts"), ("RELATED ARTICLES", "RELATED ARTICLES"), ("You may also like", "You may also like"),
    ("— Related News —", "Related News"), ("Editor's Picks", "Editor's Picks"),
])
def test_headers_are_recognised_by_their_words(line, name):
    assert is_header(line) == name


@pytest.mark.parametrize("line", ["相关部门表示将加强监管。", "猜测", "推荐理由很简单，价格便宜", "更多的人选择了留下",
                                  "新闻发布会现场", "文章指出", "视频显示", "新闻报道称，该公司已经停产",
                                  "Recent posts show a rise", "More news later"])
def test_sentences_are_not_headers(line):
    assert is_header(line) is None


@pytest.mark.parametrize("text, parsed", [
    ("2025-06-1634", ("2025-06-16", 34)),
    ("2025-06-0734", ("2025-06-07", 34)),
    ("2025-6-345", ("2025-06-03", 45)),
    ("2025-06-16", ("2025-06-16", None)),
    ("2025-06-16 12:30 阅读 120", ("2025-06-16", 120)),
    ("2025年6月16日 浏览：88", ("2025-06-16", 88)),
    ("2025-06-16 34次", ("2025-06-16", 34)),
])
def test_dates_fused_with_view_counts_are_split(text, parsed):
    assert parse_date_views(text) == parsed


def test_related_news_become_records_with_title_teaser_date_views():
    article = clean_text(raw_article(tail=[
        "相关新闻", "- 世卫组织警告苏丹霍乱疫情有可能蔓延至邻国详细阅读",
        "中新社北京6月14日电 世界卫生组织警告称，苏丹霍乱疫情极有可能蔓延至周...", "2025-06-1653",
        "- 哈萨克斯坦最大物流运输枢纽建成投用详细阅读", "记者13日从驻津央企中建六局获悉，该枢纽已建成投用。", "2025-06-1562",
    ]))
    assert body_text(article) == PARAGRAPHS
    (block,) = article.blocks
    assert block.header == "相关新闻"
    first, second = block.items
    assert (first.title, first.date, first.views) == ("世卫组织警告苏丹霍乱疫情有可能蔓延至邻国", "2025-06-16", 53)
    assert first.teaser.startswith("中新社北京6月14日电")
    assert (second.title, second.date, second.views) == ("哈萨克斯坦最大物流运输枢纽建成投用", "2025-06-15", 62)
    assert second.teaser == "记者13日从驻津央企中建六局获悉，该枢纽已建成投用。"  # a whole-sentence teaser too


def test_related_links_with_video_lengths():
    article = clean_text(raw_article(tail=["猜你喜欢:", "- 推荐02:34西扎和贝聿铭两位建筑大师的交集",
                                           "- 边城珲春跨境游正热：外国游客青睐看中医", "京东 MALL 北京首店开业"]))
    items = article.blocks[0].items
    assert [(item.title, item.duration) for item in items] == [  # a headline without a bullet is an item too
        ("西扎和贝聿铭两位建筑大师的交集", "02:34"), ("边城珲春跨境游正热：外国游客青睐看中医", ""), ("京东 MALL 北京首店开业", "")]
    assert body_text(article) == PARAGRAPHS


def test_an_unknown_header_followed_by_headline_bullets_is_a_block():
    article = clean_text(raw_article(tail=["看点速递", "- 新西兰将试行免签政策", "- 珠海市原党组成员被双开",
                                           "- 伊朗外长表示美国是同谋", "- 国防军工热度飙升"]))
    assert article.blocks[0].header == "看点速递" and len(article.blocks[0].items) == 4
    assert body_text(article) == PARAGRAPHS


def test_a_list_inside_the_article_is_not_a_block():
    tail = ["主要措施包括：", "- 加强市场监管，严厉打击违法行为。", "- 完善社会保障体系，提高保障水平。", "- 推进改革开放，扩大对外合作。"]
    article = clean_text(raw_article(tail=tail))
    assert article.blocks == () and body_text(article)[-3:] == [r"\- 加强市场监管，严厉打击违法行为。",
                                                               r"\- 完善社会保障体系，提高保障水平。",
                                                               r"\- 推进改革开放，扩大对外合作。"]


def test_rule_off_keeps_the_block_as_text():
    article = clean_text(raw_article(tail=["相关新闻", "- 新西兰将试行免签政策"]),
                         rules={"related_blocks": False, "page_furniture": False, "line_model": False})
    assert article.blocks == () and "新西兰将试行免签政策" in article.body


def test_headlines_that_ask_or_exclaim_at_the_end_of_a_block_are_in_it():
    tail = ["推荐阅读 >", "- 公牛剩4战领先4胜场未锁定第1", "- 吕秀莲赞成民进党人到大陆访问", "奇才下季不做重大调整？",
            "集体大肆追捧：飞行员夹克", "《诛神ol》时尚日"]
    article = clean_text(raw_article(tail=tail))
    assert body_text(article) == PARAGRAPHS
    assert "奇才下季不做重大调整？" in [item.title for item in article.blocks[0].items]
    # a portal's headlines that shout at a teaser's length (`…龍獅隊員:十年後再來表演舞獅爭霸!`)
    tail = ["相關新聞 |", "視頻更 多", "28支龍獅隊齊集錦田爭奪“獅王”殊榮 龍獅隊員:十年後再來表演舞獅爭霸!",
            "周潤發率“百歲”港星團跑馬拉松:重在完成,重在和觀眾打個招呼", "樓市寒冬已過?現在是買樓好時機嗎?聽聽地產專家怎麼說",
            "誰能成為下一個Labubu? 潮玩商家們為何集體聚焦盲盒發展?"]
    article = clean_text(raw_article(tail=tail))
    assert body_text(article) == PARAGRAPHS
    assert len(article.blocks[0].items) == 5


def test_a_dated_entry_under_another_is_no_byline_that_ends_the_block():
    # (`香港再次获评为全球最自由经济体2025-09-26` reads like a name beside its day: a byline, were it no bullet)
    tail = ["相关新闻", "- 竞争力领跑全球 中国生物制造产业总规模近万亿元2025-09-26", "- 4.8亿元补贴来了!全国国庆文化和旅游消费月启动2025-09-26",
            "- 香港再次获评为全球最自由经济体2025-09-26", "- 四十载艺术积累 非遗传承人杨惠姗琉璃马新作在沪全球首发2025-09-26"]
    article = clean_text(raw_article(tail=tail))
    assert body_text(article) == PARAGRAPHS and len(article.blocks[0].items) == 4


def test_a_short_question_in_the_article_after_a_block_stays():
    tail = ["相关新闻", "- 新西兰将试行免签政策", "- 珠海市原党组成员被双开", "你看出来了吗？", PARAGRAPHS[0]]
    article = clean_text(raw_article(paragraphs=PARAGRAPHS[1:], tail=tail))
    assert body_text(article)[-2:] == ["你看出来了吗？", PARAGRAPHS[0]]


def test_an_english_themes_recent_posts_with_read_more_links_are_a_block():
    posts = ["Recent Posts", "澳人今年聖誕節支出將減少 16 億澳元",
             "Finder 的新數據顯示，由於生活成本持續上漲，澳人今年節日季的支出預計將比去年減少。 Read More", "2 days ago",
             "澳內政部：難民接收量創幾十年來新高", "內政部稱，澳大利亞接收的難民數量達到了最高水平。 Read More"]
    article = clean_text(raw_article(tail=posts))
    assert body_text(article) == PARAGRAPHS
    assert [block.header for block in article.blocks] == ["Recent Posts"]


_LEAD_CUT = "江城网城关2月19日消息(记者 张三)春节假期，趁着大好春光，游客纷纷迈开前往乡村的步伐，人们在这里尽情呼吸山林间的清新空气……"


def test_a_list_header_over_the_articles_own_headline_and_lead_is_no_list():
    # `相关推荐` printed over the page's own headline again and its lead (cut off like a teaser)
    page = raw_article(head=["时间:2020-05-06 22:44:19", "相关推荐", TITLE], paragraphs=[_LEAD_CUT, *PARAGRAPHS])
    article = clean_text(page)
    assert article.blocks == () and body_text(article)[0] == _LEAD_CUT and "相关推荐" not in article.body


def test_a_list_that_holds_the_articles_headline_among_others_is_a_list():
    tail = ["相关推荐", TITLE, "江城多家博物馆延长开放时间", "春运首日客流平稳有序"]
    article = clean_text(raw_article(tail=tail))
    assert len(article.blocks) == 1 and body_text(article) == PARAGRAPHS


TEXT = [first + second for first, second in zip(PARAGRAPHS[::2], PARAGRAPHS[1::2])]  # (paragraphs of 60 characters or more)


def test_a_block_under_the_text_that_ends_on_a_headline_takes_its_teaser_to_the_pages_end():
    teaser = ("總統賴清德今天表示,沒必要去修《國籍法》,特別免除來自中國的新住民對中華民國的單一忠誠責任。修法成功只不過是增加"
              "社會對來自中國大陸新住民疑慮而已。民主文教基金會董事長直言,當")
    article = clean_text(raw_article(paragraphs=TEXT, tail=["其他人也在看", "桂宏誠:賴17條後 賴清德就已經懷疑陸配忠誠度", teaser]))
    assert body_text(article) == TEXT
    # up to the next block's header, which goes too
    tail = ["相关报道", "国庆假期粤苏鲁等地游客接待量居前 周边游仍是主流", *TEXT[:2], "【相关文章】"]
    assert body_text(clean_text(raw_article(paragraphs=TEXT, tail=tail))) == TEXT


def test_paragraphs_under_a_headline_in_a_block_stay_unless_the_text_came_before_and_nothing_follows():
    headline = "国庆假期粤苏鲁等地游客接待量居前 周边游仍是主流"
    # a header over the article itself (no paragraph above it)
    page = "\n".join([TITLE, "相关报道", headline, *TEXT]) + "\n"
    assert TEXT[0] in body_text(clean_text(page))
    # more than a teaser's lines under the headline, and no header or page end after them
    tail = ["相关报道", headline, *TEXT, *PARAGRAPHS[:2], "编辑：王明"]
    assert TEXT[0] in body_text(clean_text(raw_article(paragraphs=[PARAGRAPHS[6] * 2], tail=tail)))


def test_a_numbered_list_under_a_short_heading_takes_no_paragraphs_after_it():
    # (a heading the words do not name: the text's own list, and the notes under it are the text's)
    rows = ["合格单位", "1、佛山市顺德区顺晟餐具清洁服务有限公司", "2、佛山市顺德区大良金怡康餐具消毒服务部",
            "3、佛山市顺德区来康餐具消毒有限公司", "4、佛山市顺德区兆晖餐具清洁有限公司", TEXT[0], TEXT[1]]
    assert body_text(clean_text(raw_article(paragraphs=TEXT[2:], tail=rows)))[-2:] == TEXT[:2]


@pytest.mark.parametrize("line, name", [
    # any mark around the name, not only the marks seen so far (`▍`, `≡`, `*`, `◈`, `》`)
    ("▍新闻推荐", "新闻推荐"), ("≡ 相关推荐", "相关推荐"), ("*猜你喜欢*", "猜你喜欢"), ("◈ 延伸阅读 ◈", "延伸阅读"),
    ("》相关文章", "相关文章"), ("精选推荐", "精选推荐"),
])
def test_headers_are_recognised_whatever_marks_them(line, name):
    assert is_header(line) == name


@pytest.mark.parametrize("line", ["▍相关部门表示将加强监管。", "≡ 推荐理由很简单，价格便宜", "*新闻发布会现场*"])
def test_marked_sentences_are_not_headers(line):
    assert is_header(line) is None


ITEMS = ["- 世卫组织警告苏丹霍乱疫情有可能蔓延至邻国", "- 哈萨克斯坦最大物流运输枢纽建成投用", "- 教育部称大三学生可应征入伍",
         "- 人民币升值留学费用总体下降"]


def test_a_marked_header_of_unknown_words_over_items_of_another_mark_is_a_block():
    article = clean_text(raw_article(tail=["● 今日关注", *ITEMS]))
    assert body_text(article) == PARAGRAPHS
    (block,) = article.blocks
    assert [item.title for item in block.items] == [item[2:] for item in ITEMS]




def test_a_lone_section_number_over_the_texts_own_numbered_list_heads_no_block():
    # a WeChat template prints a section's number on a line of its own (`4`) over the notice's own list
    places = ["1、点军区至喜幼儿园(位于点军街办佳和家园小区)", "2、点军区联棚幼儿园(位于点军区联棚乡集镇联棚小学旁)",
              "3、点军区土城幼儿园(位于土城乡集镇土城中学旁)", "4、点军区桥边幼儿园(位于点军大道200号丽桥瑞园小区)"]
    paragraphs = ["根据有关规定，现将点军区公办幼儿园2021年招生工作公告如下：",
                  "点军区公办幼儿园面向所在乡镇、街道辖区范围内年满3周岁、身体健康的适龄幼儿招生。",
                  "招生时间为6至7月份，各幼儿园分别发布招生公告，家长带相关资料到各幼儿园进行资格审查。"]
    raw = "\n".join(["点军区公办幼儿园2021年招生公告", *paragraphs, "四、招生幼儿园名单", "4", *places,
                     "原标题：《点军区公办幼儿园2021年招生公告》", "阅读原文"]) + "\n"
    article = clean_text(raw)
    assert all(place in body_text(article) for place in places)
    assert not article.blocks
