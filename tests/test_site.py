"""The built site as a reader and a host get it."""
from __future__ import annotations

import json
import re

import feedparser

from conftest import article_text


def _build(digest_cli, project, *args):
    result = digest_cli("-C", project.root, "build", *args)
    assert result.code == 0, result.err
    return result


def test_article_page_shows_what_a_reader_needs(project, digest_cli):
    project.write("content/2025/06/meta-scale.md", article_text(
        title="Meta入股49%后,Scale遭遇客户流失", source="华尔街见闻", source_url="https://wallstreetcn.com/a/1",
        topics="[人工智能]", tags="[Scale AI, Meta]",
        body="一场价值290亿美元的交易。本应是加冕时刻！\n\n## 信任的代价\n\n谷歌带头出走。\n"))
    _build(digest_cli, project)
    html = project.page("2025/06/meta-scale/index.html")
    assert '<html lang="zh-CN">' in html
    assert "<h1>Meta入股49%后,Scale遭遇客户流失</h1>" in html
    assert '<time datetime="2025-06-14T09:30:00+08:00">2025年6月14日 09:30</time>' in html
    assert '来源：<a href="https://wallstreetcn.com/a/1" rel="nofollow noopener">华尔街见闻</a>' in html
    assert '<a href="/topics/ai/">人工智能</a>' in html
    assert '<a href="/tags/scale-ai/">Scale AI</a>' in html
    assert "约 1 分钟读完" in html
    assert "一场价值290亿美元的交易。本应是加冕时刻！" in html
    assert '<h2 id="信任的代价">信任的代价</h2>' in html
    assert '<link rel="canonical" href="https://example.org/2025/06/meta-scale/">' in html


def test_slug_from_a_chinese_file_name_is_pinyin(project, digest_cli):
    project.article("2025/06/谷歌出走.md", title="谷歌出走")
    _build(digest_cli, project)
    assert (project.root / "site/2025/06/gu-ge-chu-zou/index.html").is_file()


def test_unknown_front_matter_keys_reach_templates(project, digest_cli):
    project.article("2025/06/a.md", via="THUCNews")
    project.write("templates/article.html", '{% extends "base.html" %}{% block main %}<p id="via">{{ page.article.extra.via }}</p>{% endblock %}')
    _build(digest_cli, project)
    assert '<p id="via">THUCNews</p>' in project.page("2025/06/a/index.html")


def test_project_templates_override_the_theme_file_by_file(project, digest_cli):
    project.article("2025/06/a.md")
    project.write("templates/404.html", '{% extends "base.html" %}{% block main %}<h1>迷路了</h1>{% endblock %}')
    _build(digest_cli, project)
    assert "<h1>迷路了</h1>" in project.page("404.html")
    assert 'class="masthead"' in project.page("404.html"), "base.html still comes from the theme"


def test_drafts_and_future_articles_are_left_out_unless_asked(project, digest_cli):
    project.article("2025/06/published.md", title="已发布")
    project.article("2025/06/draft.md", title="草稿", draft="true")
    project.article("2099/01/future.md", title="未来", date="2099-01-01")
    _build(digest_cli, project)
    site = project.files()
    assert "2025/06/published/index.html" in site
    assert not any("draft" in path or "future" in path for path in site)
    assert "草稿" not in site["atom.xml"].decode() and "未来" not in site["index.json"].decode()
    _build(digest_cli, project, "--drafts", "--future")
    site = project.files()
    assert "2025/06/draft/index.html" in site and "2099/01/future/index.html" in site


def test_topic_and_tag_pages_are_paginated_newest_first(project, digest_cli):
    markets = ["沪指收涨", "创业板走弱", "北向资金流入", "银行股领跌", "港股反弹"]
    for day in range(1, 6):
        # Different bodies: identical ones would be copies of one story, listed once.
        project.article(f"2025/06/a{day}.md", title=f"第{day}篇", date=f"2025-06-0{day}", topics="[财经]", tags="[股市]",
                        body=f"{markets[day - 1]}，第{day}个交易日的行情。")
    _build(digest_cli, project)
    first = project.page("topics/finance/index.html")
    assert [int(n) for n in re.findall(r">第(\d)篇</a>", first)] == [5, 4]
    assert '<a rel="next" href="/topics/finance/page/2/">' in first
    third = project.page("topics/finance/page/3/index.html")
    assert re.findall(r">第(\d)篇</a>", third) == ["1"]
    assert '<a rel="prev" href="/topics/finance/page/2/">' in third
    assert "第 3 / 3 页" in third
    assert (project.root / "site/tags/gu-shi/page/3/index.html").is_file()
    archive = project.page("archive/index.html")
    assert "<h2>2025年</h2>" in archive and '<a href="/archive/2025/06/">6月</a> <span class="count">5</span>' in archive
    assert "第1篇" in project.page("archive/2025/06/page/3/index.html")


def test_feeds_site_wide_and_per_topic(project, digest_cli):
    project.article("2025/06/a.md", title="人工智能新闻", topics="[人工智能]", source="新华社")
    project.article("2025/06/b.md", title="财经新闻", topics="[财经]", date="2025-06-15")
    _build(digest_cli, project)
    site = feedparser.parse(project.page("atom.xml"))
    assert not site.bozo
    assert [e.title for e in site.entries] == ["财经新闻", "人工智能新闻"]
    assert site.entries[1].link == "https://example.org/2025/06/a/"
    topic = feedparser.parse(project.page("topics/ai/atom.xml"))
    assert [e.title for e in topic.entries] == ["人工智能新闻"]
    assert topic.entries[0].author == "新华社"


def test_index_json_lists_every_article(project, digest_cli):
    project.article("2025/06/a.md", title="甲", topics="[人工智能]", tags="[OpenAI, 大模型]", source="新华社")
    project.article("2025/06/b.md", title="乙", topics="[人工智能]", tags="[OpenAI, 大模型]", date="2025-06-15")
    _build(digest_cli, project)
    data = json.loads(project.page("index.json"))
    by_title = {a["title"]: a for a in data["articles"]}
    assert by_title["甲"]["url"] == "https://example.org/2025/06/a/"
    assert by_title["甲"]["source"] == "新华社"
    assert by_title["甲"]["tags"] == ["OpenAI", "大模型"]
    assert by_title["甲"]["related"] == ["https://example.org/2025/06/b/"]
    assert by_title["甲"]["story"] == by_title["乙"]["story"] is not None


def test_sub_path_base_url_prefixes_every_internal_link(project, digest_cli):
    project.article("2025/06/a.md", topics="[人工智能]", tags="[AI]")
    _build(digest_cli, project, "--base-url", "https://example.org/digest/")
    for path, data in project.files().items():
        if not path.endswith((".html", ".xml", ".txt")):
            continue
        text = data.decode()
        for link in re.findall(r'(?:href|src)="([^"]+)"', text):
            if link.startswith("/"):
                assert link.startswith("/digest/"), f"{path}: {link}"
            elif link.startswith("http") and "example.org" in link:
                assert link.startswith("https://example.org/digest/"), f"{path}: {link}"
    assert "Sitemap: https://example.org/digest/sitemap.xml" in project.page("robots.txt")
    assert "<loc>https://example.org/digest/2025/06/a/</loc>" in project.page("sitemap.xml")


def test_unchanged_files_are_not_rewritten_and_stale_ones_removed(project, digest_cli):
    # Unrelated bodies: removing b must not change a's page (a related article would).
    project.article("2025/06/a.md", title="甲", body="央行宣布下调存款准备金率。")
    project.article("2025/06/b.md", title="乙", tags="[独有标签]", body="湖人队主场击败勇士队。")
    _build(digest_cli, project)
    site = project.root / "site"
    page_a = site / "2025/06/a/index.html"
    inode, mtime = page_a.stat().st_ino, page_a.stat().st_mtime_ns
    result = _build(digest_cli, project)
    assert "0 written" in result.out and "0 removed" in result.out
    assert (page_a.stat().st_ino, page_a.stat().st_mtime_ns) == (inode, mtime)
    (project.root / "content/2025/06/b.md").unlink()
    result = _build(digest_cli, project)
    assert not (site / "2025/06/b").exists()
    assert not (site / "tags/du-you-biao-qian").exists()
    assert page_a.stat().st_mtime_ns == mtime, "the page of an untouched article keeps its file"


def test_stylesheet_is_fingerprinted_and_linked(project, digest_cli):
    project.article("2025/06/a.md")
    _build(digest_cli, project)
    css = [p for p in project.files() if p.endswith(".css")]
    assert len(css) == 1 and re.fullmatch(r"style\.[0-9a-f]{10}\.css", css[0])
    assert f'href="/{css[0]}"' in project.page("index.html")


def test_home_page_groups_latest_stories_by_topic(project, digest_cli):
    report = "据知情人士透露，谷歌计划切断与数据标注公司Scale AI的合作，原因是Meta入股Scale AI后客户担心数据安全。"
    project.article("2025/06/a.md", title="谷歌切断合作", topics="[人工智能]", tags="[谷歌, Scale AI]", source="华尔街见闻",
                    body=report + "谷歌原计划今年支付约2亿美元。")
    project.article("2025/06/b.md", title="谷歌与Scale分手", topics="[人工智能]", tags="[谷歌, Scale AI]", source="新浪科技",
                    date="2025-06-15", body=report)
    project.article("2025/06/c.md", title="央行降息", topics="[财经]", date="2025-06-10", body="央行宣布下调政策利率25个基点。")
    _build(digest_cli, project)
    home = project.page("index.html")
    ai = home.index('id="topic-ai"')
    finance = home.index('id="topic-finance"')
    assert ai < home.index("谷歌与Scale分手", ai) < finance < home.index("央行降息", finance)
    assert "同一事件另有 1 篇报道" in home
    related = project.page("related/index.html")
    assert "谷歌切断合作" in related and "谷歌与Scale分手" in related and "央行降息" not in related


def test_init_creates_a_project_that_builds(tmp_path, digest_cli):
    result = digest_cli("init", tmp_path / "new")
    assert result.code == 0
    result = digest_cli("-C", tmp_path / "new", "build")
    assert result.code == 0, result.err
    assert (tmp_path / "new/site/index.html").is_file()
    assert digest_cli("init", tmp_path / "new").code == 1


def test_cache_gives_the_same_site_and_is_ignored_when_settings_change(project, digest_cli):
    project.article("2025/06/a.md", title="甲", body="第一句。" * 40)
    _build(digest_cli, project, "--no-cache")
    assert not (project.root / ".digest-cache").exists()
    cold = project.files()
    _build(digest_cli, project)
    assert (project.root / ".digest-cache/articles.pickle").is_file()
    _build(digest_cli, project)
    assert project.files() == cold
    # summary_chars changes what parsing produces: a cache from other settings must not be used.
    project.write("digest.yaml", (project.root / "digest.yaml").read_text() + "summary_chars: 20\n")
    _build(digest_cli, project)
    assert "第一句。第一句。第一句。第一句。第一句。</p>" in project.page("2025/06/a/index.html")
