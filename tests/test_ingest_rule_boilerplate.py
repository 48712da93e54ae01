"""Rules boilerplate_patterns and boilerplate_repeated: portal furniture, by kind and by frequency."""
from __future__ import annotations

import pytest

from digest.ingest.boilerplate import boilerplate_reason
from test_ingest_helpers import PARAGRAPHS, body_text, clean_text, raw_article, run_ingest, write_inputs


@pytest.mark.parametrize("line", [
    "炒股就看某某分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！",
    "海量资讯、精准解读，尽在某某财经APP", "下载某某客户端，领取新人红包", "打开某某新闻，阅读体验更佳",
    "责任编辑：张三", "（责任编辑：李四 SN123）", "编辑：王五 校对：赵六", "原标题：某公司发布新产品",
    "免责声明：本文仅代表作者个人观点，与本站立场无关。", "风险提示：投资有风险，不构成投资建议。",
    "本文来自某某网，转载请注明出处。", "扫描二维码，关注官方微信", "返回搜狐，查看更多", "（完）", "分享到：微信 微博",
    "Copyright © 2025 某某网 All Rights Reserved", "責任編輯：張三",
    '点击上方 "大数据肌肉猿"关注, 星标一起成长', "后台回复【加群】,进入高质量学习交流群", "分享让更多人看到", "更多新聞請搜尋🔍風傳媒",
    "【本文由《TVBS新聞網》授權提供。】", "打开网易新闻 查看精彩图片",
    # pitches and appeals in other words than the example's
    "炒基金就上某某理财，低费率一站式服务", "买理财就用某某宝，新人专享超低费率", "喜欢这篇文章？请点赞、在看、转发",
    # a player's and a share bar's words, a page's status message
    "分享至", "转播到腾讯微博", "視頻介紹", "聽新聞", "登录超时,稍后再试", "加载中…",
    # what a page says to a reader it does not serve, and a feed's footer
    "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。", "本页面内容不允许直接阅读,请通过《信阳日报》客户端浏览查看。",
    "提示:請先登錄再進行評論,", "The post 快訊/杜蘇芮襲台!7縣市停班停課 first appeared on 紘威新聞網.",
    # three roles of an editorial chain, each with its name, whatever a mangled encoding left before it
    "?。ㄋ苫ńW(wǎng)編輯 孫淑萍 初審 齊源 復審 李明丹 終審 王久權)",
])
def test_kinds_of_boilerplate_are_recognised(line):
    assert boilerplate_reason(line)


@pytest.mark.parametrize("line", [
    "关注两会：代表委员热议民生", "全面推进乡村振兴", "编辑部认为这件事很重要。", "“学习西班牙语可以打开在拉美国家海量的机会。”",
    "温馨提示：目前市场上有些不法商家将水货伪装成行货销售，请消费者注意辨别，选购正规渠道产品。",
    "该机具有无线上网、音乐、视频播放等多种功能，通过应用商店可下载各种游戏、学习、商务等各类软件。",
    "登录超时后系统会自动退出，用户需要重新输入密码。", "视频介绍了这座城市的变化。",
    "老人表示，子女请他先登录再查看社保信息，他觉得很麻烦。", "The post office reopened on Monday.",
    "他说编辑张三和校对李四还有审核王五都在现场",
    "该视频获得网友点赞、转发超过10万次，引发热议。", "网友纷纷点赞、转发这条消息。",
    "炒股就上这家券商的说法并不可信，专家提醒投资者理性看待。",
])
def test_ordinary_lines_are_not_boilerplate(line):
    assert boilerplate_reason(line) is None


def test_pattern_rule_removes_whole_lines_and_keeps_the_original_title():
    article = clean_text(raw_article(head=["炒股就看某某研报，权威，专业，助您把握机会！", "原标题：数据公司的困境"],
                                     tail=["责任编辑：张三"]))
    assert body_text(article) == PARAGRAPHS
    assert [r.line for r in article.removals if r.rule == "boilerplate_patterns"] == [2, 3, 11]
    assert any(f.field == "original_title" and f.value == "数据公司的困境" for f in article.found)


def test_pattern_rule_off_keeps_them():
    article = clean_text(raw_article(tail=["责任编辑：张三"]), rules={"boilerplate_patterns": False, "page_furniture": False})
    assert body_text(article)[-1] == "责任编辑：张三"


SLOGAN = "看新闻，懂生活，天天都精彩"  # no pattern knows it: only its repetition gives it away


STORIES = [
    ["暴雨导致城区多处道路积水，交通一度中断。", "气象部门发布橙色预警，提醒市民减少外出。", "抢险队伍连夜排水，目前主干道已恢复通行。"],
    ["新学期开学在即，多所学校完成校舍检修。", "教育部门要求各校落实安全责任制度。", "家长们纷纷为孩子准备新学期的学习用品。"],
    ["本地足球队主场战胜对手，取得三连胜。", "主教练赛后表示，球队状态正在逐步回升。", "下一轮比赛将在客场进行，对手实力较强。"],
    ["新能源汽车销量持续增长，充电设施加快建设。", "多家车企推出新车型，价格竞争日趋激烈。", "业内预计全年销量将再创新高。"],
    ["博物馆推出夜间开放活动，吸引大量游客。", "展览涵盖青铜器、书画和陶瓷等珍贵文物。", "馆方表示将根据客流情况调整开放时间。"],
]


def _story(index: int, extra: list[str]) -> str:
    return raw_article(title=f"第{index}号新闻的标题", paragraphs=STORIES[index % len(STORIES)], tail=extra)


def test_a_line_on_many_stories_of_a_batch_is_learned(project, digest_cli, tmp_path):
    stories = {f"s{index}.txt": _story(index, [SLOGAN]) for index in range(4)}
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", stories))
    assert result.report()["batch"]["boilerplate_lines"] >= 1
    for name in stories:
        _front, body = result.article(name)
        assert SLOGAN not in body
        assert any(r["rule"] == "boilerplate_repeated" and r["text"] == SLOGAN for r in result.entry(name)["removed"])


def test_learned_lines_are_remembered_for_a_later_single_file(project, digest_cli, tmp_path):
    run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {f"s{i}.txt": _story(i, [SLOGAN]) for i in range(4)}))
    later = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "later", {"one.txt": _story(4, [SLOGAN])}))
    _front, body = later.article("one.txt")
    assert SLOGAN not in body


def test_copies_of_one_story_do_not_make_its_lines_boilerplate(project, digest_cli, tmp_path):
    stories = {f"copy{i}.txt": _story(1, []) for i in range(4)}
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", stories))
    _front, body = result.article("copy0.txt")
    assert all(paragraph in body for paragraph in STORIES[1])


def test_repeated_rule_off(project, digest_cli, tmp_path):
    project.write("digest.yaml", "title: t\ningest:\n  rules:\n    boilerplate_repeated: false\n")
    stories = {f"s{index}.txt": _story(index, [SLOGAN]) for index in range(4)}
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", stories))
    assert SLOGAN in result.article("s0.txt")[1]


SITES = ["晚报网", "东方财富网", "全景网", "新闻早班车", "财经头条", "界面财经", "今日观察"]
SEVEN_STORIES = [*STORIES, PARAGRAPHS[:3], PARAGRAPHS[3:6]]


@pytest.mark.parametrize("template", ["看新闻，上{}", "（本文首发于{}）", "{}，让资讯更有价值"])
def test_a_short_line_naming_a_different_site_on_each_story_is_learned(project, digest_cli, tmp_path, template):
    stories = {f"s{index}.txt": raw_article(title=f"第{index}号新闻的标题", paragraphs=paragraphs,
                                            tail=[template.format(SITES[index])])
               for index, paragraphs in enumerate(SEVEN_STORIES)}
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", stories))
    for index, name in enumerate(stories):
        _front, body = result.article(name)
        assert template.format(SITES[index]) not in body and all(p in body for p in SEVEN_STORIES[index])


def test_a_speaker_who_asks_readers_to_follow_their_school_is_not_a_notice():
    line = "林颖婷：各位新浪网友大家好，今天很高兴借这个平台介绍一下这个项目，希望大家关注我们厦门大学。"
    assert body_text(clean_text(raw_article(paragraphs=[*PARAGRAPHS, line])))[-1] == line
    assert body_text(clean_text(raw_article(tail=["关注我们，第一时间获取最新资讯"]))) == PARAGRAPHS


@pytest.mark.parametrize("line", [
    "(中國日報湖南記者站 馮志偉 朱友芳)", "（宿州市红十字会 齐会霞）",  # the body a report came from and its people
    "千島湖新聞網 責任編輯:徐滿萍", "國際中心/張立德 編撰 責任編輯/陳",  # an outlet or desk, then its editor
    "編輯寧可堅?責編李琰",  # a chain whose space an encoding turned into `?`
])
def test_credits_of_a_body_or_an_outlet_and_its_editor(line):
    assert boilerplate_reason(line) == "a credit or contact line"


@pytest.mark.parametrize("line", ["市政府办公室责任编辑张三负责此事。", "（据宿州市红十字会介绍）", "（中国日报湖南记者站报道了此事）"])
def test_sentences_that_name_a_body_or_an_editor_are_no_credits(line):
    assert boilerplate_reason(line) is None
