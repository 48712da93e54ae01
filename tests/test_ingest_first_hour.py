"""Issue 17, "a new user's first hour": what ingest did wrong on real scraped items (inews-ccf2019),
each case made up in the shape of the real one, checked in the Markdown written, the report and
the terminal."""
from __future__ import annotations

from pathlib import Path

from conftest import BASIC_CONFIG
from test_ingest_helpers import PARAGRAPHS, raw_article, run_ingest, write_inputs

# A self-media post that breaks its sentences into short lines, one of them shaped like a
# related-list header (`点击…视频`).
VERSE = ["我们官博那条", "采访花絮", "点击过百万的视频", "就出自他手~", "小林同学", "是新闻频道", "《早间新闻》的主持人",
         "镜头前", "清亮的嗓音", "和极快的反应", "总能抓住观众的注意力", "下乡采访时", "随手一拍", "就是大片", "台下的他",
         "爱好摄影，也爱跑步", "是不是很眼熟？"]


def test_a_biography_broken_into_short_lines_is_text_not_a_link_list(project, digest_cli, tmp_path):
    page = raw_article(paragraphs=PARAGRAPHS[:3] + VERSE + ["祝大家生活愉快，我们明天再见！"])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"post.txt": page}))
    _, body = result.article("post.txt")
    for line in VERSE:
        assert line in body
    removed = result.entry("post.txt")["removed"]
    assert not [entry for entry in removed if entry["rule"] in ("related_blocks", "page_furniture")]
    assert result.entry("post.txt")["blocks"] == []


def test_a_related_list_after_the_text_still_goes(project, digest_cli, tmp_path):
    page = raw_article(tail=["相关新闻", "- 世卫组织警告苏丹霍乱疫情有可能蔓延至邻国", "- 哈萨克斯坦最大物流运输枢纽建成投用",
                             "- 北京今年将新增绿地面积超过一千公顷"])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    _, body = result.article("a.txt")
    assert "霍乱" not in body and result.entry("a.txt")["blocks"][0]["header"] == "相关新闻"


def test_an_aside_in_parentheses_or_a_line_with_sentence_punctuation_is_not_a_heading(project, digest_cli, tmp_path):
    asides = ["（张某，男，资深编辑，已婚）", "（李某，男，资深记者，", "自称永远的90后）", "头可秃，稿可误"]
    page = raw_article(paragraphs=[PARAGRAPHS[0], *asides, *PARAGRAPHS[1:3], "信任的代价", *PARAGRAPHS[3:]])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    _, body = result.article("a.txt")
    for aside in asides:
        assert f"\n{aside}\n" in body and f"## {aside}" not in body
    assert "\n## 信任的代价\n" in body  # a bare short line between paragraphs still is one


def test_a_portal_label_after_an_underscore_leaves_the_title(project, digest_cli, tmp_path):
    inputs = write_inputs(tmp_path / "in", {
        "a.txt": raw_article(title="河南一化工厂发生中毒事件 致3人死亡_事故", head=["来源：新华网 2025-06-14"]),
        "b.txt": raw_article(title="请问网上认识的朋友借钱不还怎么办，可以起诉吗..._律师365", paragraphs=PARAGRAPHS[3:],
                             head=["来源：新华网 2025-06-14"]),
        "c.txt": raw_article(title="snake_case命名规范的由来", head=["来源：新华网 2025-06-14"], paragraphs=[
            "程序员给变量起名时，常用下划线把单词连起来，这种写法后来有了一个形象的名字。",
            "据介绍，这一叫法最早出现在上世纪的编程社区，用来和驼峰命名法相区分，如今已被多种语言的规范采纳。",
            "业内人士认为，统一的命名规范能让代码更易读，也能减少团队协作中的误解和返工。"]),
    })
    result = run_ingest(digest_cli, project.root, inputs)
    assert result.article("a.txt")[0]["title"] == "河南一化工厂发生中毒事件 致3人死亡"
    assert result.article("b.txt")[0]["title"] == "请问网上认识的朋友借钱不还怎么办，可以起诉吗..."
    assert result.article("c.txt")[0]["title"] == "snake_case命名规范的由来"  # no label at the end: a real title


def test_end_of_article_furniture_goes_and_is_reported(project, digest_cli, tmp_path):
    last = "业内人士认为，这笔交易最终可能成为一把达摩克利斯之剑。"
    inputs = write_inputs(tmp_path / "in", {
        "a.txt": raw_article(paragraphs=PARAGRAPHS[:-1] + [last + "返回搜狐，查看更多 责任编辑："], head=["来源：新华网 2025-06-14"]),
        "b.txt": raw_article(title="另一条新闻的标题在这里", paragraphs=[p[::-1] for p in PARAGRAPHS],
                             tail=["—end—请转发朋友圈，长按识别二维码关注我们，投稿请联系编辑部"], head=["来源：新华网 2025-06-14"]),
    })
    result = run_ingest(digest_cli, project.root, inputs)
    _, body = result.article("a.txt")
    assert body.rstrip().endswith(last)
    removed = [(entry["rule"], entry["text"]) for entry in result.entry("a.txt")["removed"]]
    assert ("boilerplate_patterns", "返回搜狐，查看更多 责任编辑：") in removed
    _, body = result.article("b.txt")
    assert "end" not in body and "朋友圈" not in body
    assert any(entry["text"].startswith("—end—") and "end-of-article" in entry["why"] for entry in result.entry("b.txt")["removed"])


def test_an_info_line_with_an_impossible_date_is_still_an_info_line(project, digest_cli, tmp_path):
    page = raw_article(head=["2025-13-45 09:30 来源：新华网"])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    front, body = result.article("a.txt")
    assert front["source"] == "新华网" and "2025-13-45" not in body and "来源" not in body
    assert not str(front["date"]).startswith("2025-13")
    entry = result.entry("a.txt")
    assert any(removal["rule"] == "metadata_lines" and removal["text"] == "2025-13-45 09:30 来源：新华网" for removal in entry["removed"])
    assert "‘2025-13-45 09:30’ is not a date: not used" in [warning["message"] for warning in entry["warnings"]]


def test_no_future_date_is_written_and_the_stated_one_is_reported(project, digest_cli, tmp_path):
    page = raw_article(head=["来源：新华网 2078-12-18"], paragraphs=["2018年12月15日，" + PARAGRAPHS[0], *PARAGRAPHS[1:]])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    front, _ = result.article("a.txt")
    assert str(front["date"]).startswith("2018-12-15") and front["source"] == "新华网"
    warnings = [warning["message"] for warning in result.entry("a.txt")["warnings"]]
    assert any(message.startswith("the stated date 2078-12-18 is after the day of ingest") for message in warnings)


def test_an_input_without_a_headline_is_a_draft_with_a_stand_in_title(project, digest_cli, tmp_path):
    inputs = write_inputs(tmp_path / "in", {
        "post-0536.txt": "周末加班  好累啊  天又热\n周末加班  好累啊  天又热\n",  # all of it furniture by its shape
        "essay.txt": "".join(PARAGRAPHS[:3]) + "\n" + "\n".join(PARAGRAPHS[3:]) + "\n",  # a paragraph on top
    })
    result = run_ingest(digest_cli, project.root, inputs)
    front, _ = result.article("post-0536.txt")
    assert front["title"] == "post-0536" and front["draft"] is True
    assert "no title line: the title is the file name (post-0536.txt); set `title:`" in front["ingest_warnings"]
    front, body = result.article("essay.txt")
    assert front["title"] == PARAGRAPHS[0] and front["draft"] is True and body.startswith(PARAGRAPHS[0])
    assert "line 1: no title line: the title is the first sentence of line 1; set `title:`" in front["ingest_warnings"]
    assert "2 drafts for not article: content/" in result.out  # the terminal names them
    built = digest_cli("-C", project.root, "build", "--drafts")
    assert built.code == 0, built.err


def test_removals_in_text_with_literal_line_breaks_name_the_line_a_person_sees(project, digest_cli, tmp_path):
    dumped = "\\n".join([*PARAGRAPHS[:3], "责任编辑：张三", *PARAGRAPHS[3:]])  # one raw line, literal \n between
    page = raw_article(head=["来源：新华网 2025-06-14"], paragraphs=[dumped], tail=["本文来源：新华网"])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    entry = result.entry("a.txt")
    removed = {item["text"]: item for item in entry["removed"]}
    # raw line 3 holds lines 3 to 10 once its 7 literal \n are line breaks; the credit is the 4th of them
    assert removed["责任编辑：张三"]["line"] == 6 and removed["本文来源：新华网"]["line"] == 11
    assert "raw line 3 is lines 3–10" in removed["\\n" * 7]["why"]
    assert "literal \\n made line breaks" in entry["line_numbers"]
    _, body = result.article("a.txt")
    assert all(paragraph in body for paragraph in PARAGRAPHS) and "张三" not in body


def test_every_run_keeps_its_own_report_and_the_latest_is_linked(project, digest_cli, tmp_path):
    first = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "one", {"a.txt": raw_article(head=["来源：新华网 2025-06-14"])}))
    second = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "two", {
        "b.txt": raw_article(title="另一篇新闻的标题", paragraphs=[p[::-1] for p in PARAGRAPHS], head=["来源：新华网 2025-06-14"])}))
    reports = sorted((project.root / "raw" / "ingest-reports").glob("*.json"))
    assert len(reports) == 2 and all(f"report: raw/ingest-reports/{path.name}" in run.out for path, run in zip(reports, (first, second)))
    import json
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in reports]
    assert [entry["input"].rsplit("/", 1)[-1] for run in runs for entry in run["inputs"]] == ["a.txt", "b.txt"]
    assert (project.root / "raw" / "ingest-report.json").read_bytes() == reports[1].read_bytes()


def test_the_summary_names_what_each_duplicate_joined_and_the_guessed_dates(project, digest_cli, tmp_path):
    undated = [f"据悉，{paragraph}" if index == 0 else paragraph for index, paragraph in enumerate(PARAGRAPHS)]
    inputs = write_inputs(tmp_path / "in", {
        "a.txt": raw_article(paragraphs=["6月13日，" + PARAGRAPHS[0], *PARAGRAPHS[1:]]),  # a day in the text: a guess
        "b.txt": raw_article(paragraphs=undated, head=["来源：财经网 2025-06-14"]),  # a copy of a.txt
    })
    result = run_ingest(digest_cli, project.root, inputs)
    output = result.entry("a.txt")["output"]
    assert f"  1 duplicate: raw/b.txt joined {output}\n" in result.out
    assert "  1 date guessed with low confidence (set `date:` where wrong): " not in result.out  # b's stated date is a's now
    pairs = [PARAGRAPHS[0:2], PARAGRAPHS[2:4], PARAGRAPHS[4:6], [PARAGRAPHS[6], PARAGRAPHS[0][::-1]]]
    many = write_inputs(tmp_path / "many", {f"g{index}.txt": raw_article(
        title=f"第{index}条新闻的标题", paragraphs=[f"6月{index + 10}日，{pair[0]}", pair[1]]) for index, pair in enumerate(pairs)})
    brief = run_ingest(digest_cli, _site(tmp_path / "brief"), many)
    assert "\n  4 dates guessed with low confidence (set `date:` where wrong): content/" in brief.out
    assert "-06-10); content/" in brief.out and "; and 1 more (-v lists them all)\n" in brief.out
    every = run_ingest(digest_cli, _site(tmp_path / "every"), many, options=("-v",))
    assert "-06-13)\n" in every.out and "more (-v lists them all)" not in every.out


def _site(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "digest.yaml").write_text(BASIC_CONFIG, encoding="utf-8")
    return root


def test_a_short_first_line_that_shouts_is_still_the_headline(project, digest_cli, tmp_path):
    title = "天哪！本省居首！占了三个！十大危险路段公布！"
    unpunctuated = "针对近期交通事故暴露出的道路安全隐患按照统一部署各地交管部门集中开展危险路段排查整治行动"
    page = raw_article(title=title, paragraphs=[unpunctuated, *PARAGRAPHS])
    result = run_ingest(digest_cli, project.root, write_inputs(tmp_path / "in", {"a.txt": page}))
    front, body = result.article("a.txt")
    assert front["title"] == title and body.startswith(unpunctuated)
