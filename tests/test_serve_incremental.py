"""Incremental rebuilds (what `digest serve` does after each change) give byte for byte the
site a full `digest build` gives, over a sequence of edits, additions, renames and deletions."""
from __future__ import annotations

import shutil
import time

import pytest

import digest.build
import digest.load
from conftest import article_text
from digest.build import BuildOptions, build_site
from digest.errors import sort_problems
from digest.serve.session import BuildSession


def _full_build(project, tmp_path, problems: list | None = None) -> dict[str, bytes]:
    """The site a full build gives (and, into `problems`, what it reports)."""
    copy = tmp_path / "full"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project.root, copy, ignore=shutil.ignore_patterns("site", ".digest-cache"))
    result = build_site(copy, BuildOptions(use_cache=False))
    assert result.ok
    if problems is not None:
        problems.extend(result.problems)
    site = copy / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _session_before_edits(project) -> BuildSession:
    """The site `_edits` works on, built once."""
    project.article("2025/06/a.md", title="甲", tags="[谷歌, OpenAI]", topics="[人工智能]")
    project.article("2025/06/b.md", title="乙", tags="[谷歌, OpenAI]", topics="[人工智能]", date="2025-06-15")
    for day in range(1, 6):
        project.article(f"2025/05/n{day}.md", title=f"新闻{day}", date=f"2025-05-0{day}", topics="[财经]", tags="[央行]")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    return session


def _edits(project):
    yield "edit a body", lambda: project.article("2025/06/a.md", title="甲", tags="[谷歌, OpenAI]", topics="[人工智能]",
                                                 body="新的正文。改过了。\n")
    yield "change a title", lambda: project.article("2025/06/a.md", title="甲（更新）", tags="[谷歌, OpenAI]",
                                                    topics="[人工智能]", body="新的正文。改过了。\n")
    yield "retitle an article others list as related", lambda: project.article(
        "2025/06/b.md", title="乙换了标题", tags="[谷歌, OpenAI]", topics="[人工智能]", date="2025-06-15")
    yield "retag an article into another group", lambda: project.article(
        "2025/05/n1.md", title="新闻1", date="2025-05-01", topics="[人工智能]", tags="[谷歌, OpenAI]")
    yield "add an article", lambda: project.article("2025/06/c.md", title="丙", tags="[谷歌]", topics="[财经]",
                                                    date="2025-06-20")
    yield "rename a file", lambda: (project.root / "content/2025/06/c.md").rename(project.root / "content/2025/06/c2.md")
    yield "delete an article", lambda: (project.root / "content/2025/06/b.md").unlink()
    yield "edit a template", lambda: project.write("templates/404.html",
                                                   '{% extends "base.html" %}{% block main %}<h1>没有这页</h1>{% endblock %}')
    yield "change the config", lambda: project.write("digest.yaml", (project.root / "digest.yaml").read_text()
                                                     .replace("title: 测试摘要", "title: 新名字"))
    yield "add a static file", lambda: project.write("static/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    yield "move an article to another month", lambda: project.article("2025/06/a.md", title="甲（更新）", date="2025-07-02",
                                                                      tags="[谷歌]", body="新的正文。改过了。\n")
    yield "remove a template override", lambda: (project.root / "templates/404.html").unlink()
    yield "respell a tag on most of its articles", lambda: (
        project.article("2025/06/a.md", title="甲（更新）", date="2025-07-02", tags="[谷歌, openai]", body="新的正文。改过了。\n"),
        project.article("2025/06/c2.md", title="丙", tags="[谷歌, openai]", topics="[财经]", date="2025-06-20"))
    yield "file two articles under a topic digest.yaml does not declare", lambda: (
        project.article("2025/05/n4.md", title="新闻4", date="2025-05-04", topics="[财经, 宏观]", tags="[央行]"),
        project.article("2025/05/n5.md", title="新闻5", date="2025-05-05", topics="[宏观]", tags="[央行]"))
    yield "edit an article under it", lambda: project.article(
        "2025/05/n5.md", title="新闻5（改）", date="2025-05-05", topics="[宏观]", tags="[央行]", body="改了。\n")
    yield "take one article out of it", lambda: project.article(
        "2025/05/n4.md", title="新闻4", date="2025-05-04", topics="[财经]", tags="[央行]")
    yield "take the last one out", lambda: project.article(
        "2025/05/n5.md", title="新闻5（改）", date="2025-05-05", topics="[财经]", tags="[央行]", body="改了。\n")
    yield "make an article a draft", lambda: project.article("2025/05/n2.md", title="新闻2", date="2025-05-02",
                                                             topics="[财经]", tags="[央行]", draft="true")
    yield "date an article in the future", lambda: project.article("2025/05/n3.md", title="新闻3", date="2999-05-03",
                                                                   topics="[财经]", tags="[央行]")
    yield "publish them again", lambda: (
        project.article("2025/05/n2.md", title="新闻2", date="2025-05-02", topics="[财经]", tags="[央行]"),
        project.article("2025/05/n3.md", title="新闻3", date="2025-05-03", topics="[财经]", tags="[央行]"))
    yield "edit the newest and the oldest article at once", lambda: (
        project.article("2025/06/a.md", title="甲（再更新）", date="2025-07-02", tags="[谷歌]", body="又改了。\n"),
        project.article("2025/05/n1.md", title="新闻1", date="2025-05-01", topics="[人工智能]", tags="[谷歌, OpenAI]",
                        body="第一条也改了。\n"))


def test_a_slug_used_twice_then_fixed_rebuilds_as_a_full_build(project, tmp_path):
    for day in range(1, 6):
        project.article(f"2025/05/n{day}.md", title=f"新闻{day}", date=f"2025-05-0{day}", topics="[财经]", tags="[央行]")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    clash = project.article("2025/05/n9.md", title="重名", date="2025-05-09", topics="[财经]", tags="[央行]", slug="n2")
    assert not session.rebuild({str(clash)}).ok
    fixed = project.article("2025/05/n2.md", title="新闻2（改）", date="2025-05-02", topics="[财经]", tags="[央行]")
    assert session.rebuild({str(fixed)}).ok is False  # n9 still claims the slug
    clash.unlink()
    assert session.rebuild({str(clash)}).ok
    assert project.files() == _full_build(project, tmp_path)


def _inputs(root):
    """What a watcher sees: every input file with its size and mtime."""
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")
            if p.is_file() and not {"site", ".digest-cache"} & set(p.relative_to(root).parts)}


@pytest.mark.parametrize("verify,hinted", [(True, False), (False, False), (False, True)],
                         ids=["every-page-checked", "as-served", "watcher-paths"])
def test_incremental_rebuilds_equal_full_builds(project, tmp_path, monkeypatch, verify, hinted):
    # verify: the pages the planner leaves out are fingerprinted anyway and must be unchanged;
    # hinted: the rebuild is told which paths changed, as the watcher tells `digest serve`
    monkeypatch.setattr("digest.build.VERIFY_PLANNER", verify)
    session = _session_before_edits(project)
    for what, edit in _edits(project):
        before = _inputs(project.root)
        edit()
        after = _inputs(project.root)
        changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
        result = session.rebuild(changed if hinted else None)
        assert result.ok, (what, result.problems)
        reported: list = []
        assert project.files() == _full_build(project, tmp_path, reported), f"after: {what}"
        assert sort_problems(result.problems) == reported, f"after: {what}"


def test_large_files_are_compared_in_memory_and_their_old_copies_removed(project, tmp_path, monkeypatch):
    # every file counts as large here: compared with the bytes written last instead of read
    # back, and replaced with the old copy removed off the build thread
    monkeypatch.setattr("digest.serve.session.LARGE_FILE", 1)
    session = _session_before_edits(project)
    for what, edit in _edits(project):
        edit()
        assert session.rebuild().ok, what
        deadline = time.monotonic() + 10
        while any(p.name.startswith(".digest-") for p in (project.root / "site").rglob("*")) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert project.files() == _full_build(project, tmp_path), f"after: {what}"


def test_a_body_edit_rerenders_only_pages_that_show_it(project):
    # Different subjects: articles that say the same thing day after day would form a story,
    # and an edit that changes who is in it changes the listings.
    subjects = ["央行降息", "股市上涨", "基金发行", "债券收益", "银行理财", "外汇储备", "黄金价格", "房贷利率"]
    for day in range(1, 9):
        project.article(f"2025/05/n{day}.md", title=f"新闻{day}", date=f"2025-05-0{day}", topics="[财经]", tags="[央行]",
                        summary="固定的摘要。", body=f"第{day}篇的第一句：{subjects[day - 1]}。\n")
    session = BuildSession(project.root)
    first = session.rebuild()
    project.write("content/2025/05/n3.md", article_text(title="新闻3", date="2025-05-03", topics="[财经]", tags="[央行]",
                                                         summary="固定的摘要。", body="第3篇的第一句：基金发行。\n\n后来补充的一段。\n"))
    result = session.rebuild()
    assert result.ok
    # Its page, the feeds with full text and index.json; not the listings that show its title.
    assert "2025/05/n3/index.html" in result.changed
    assert not any(path.startswith(("topics/finance/index", "tags/", "archive/")) for path in result.changed)
    assert result.rendered < first.rendered / 2


def test_a_broken_rebuild_keeps_the_last_good_site(project):
    project.article("2025/06/a.md", title="甲")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    before = project.files()
    project.write("content/2025/06/a.md", "---\ntitle: [坏\n---\n")
    result = session.rebuild()
    assert not result.ok
    assert "content/2025/06/a.md:3:1: error: front matter is not valid YAML" in str(result.errors[0])
    assert project.files() == before
    project.article("2025/06/a.md", title="甲修好了")
    assert session.rebuild().ok
    assert "甲修好了" in project.page("2025/06/a/index.html")


@pytest.mark.parametrize("template", ['{% extends "base.html" %}{% block main %}{{ page.nope }}{% endblock %}'])
def test_a_broken_template_keeps_the_last_good_site(project, template):
    project.article("2025/06/a.md", title="甲")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    before = project.files()
    project.write("templates/article.html", template)
    result = session.rebuild()
    assert not result.ok and "templates/article.html:1" in str(result.errors[0])
    assert project.files() == before


def _articles_in_a_month(project):
    for day in range(1, 6):
        project.article(f"2025/05/n{day}.md", title=f"新闻{day}", date=f"2025-05-0{day}", topics="[财经]", tags="[央行]")


def test_a_save_through_a_temp_file_is_an_edit_not_a_rescan(project, tmp_path, monkeypatch):
    # editors (and the live-reload probe) write `x.md.something` and rename it over `x.md`:
    # the watcher reports both paths; the temp one is gone by the time the build looks
    _articles_in_a_month(project)
    session = BuildSession(project.root)
    assert session.rebuild().ok
    scans = []
    real_scan = digest.load.scan_article_files
    monkeypatch.setattr("digest.load.scan_article_files", lambda *args: scans.append(args) or real_scan(*args))
    target = project.root / "content/2025/05/n3.md"
    temp = target.with_name("n3.md.save-tmp")
    temp.write_text(article_text(title="新闻3（改）", date="2025-05-03", topics="[财经]", tags="[央行]"), encoding="utf-8")
    temp.replace(target)
    assert session.rebuild({str(temp), str(target)}).ok
    assert scans == []
    assert "新闻3（改）" in project.page("2025/05/n3/index.html")
    assert project.files() == _full_build(project, tmp_path)


def test_a_folder_of_articles_moved_as_one_event_is_rescanned(project, tmp_path):
    _articles_in_a_month(project)
    project.article("2025/06/a.md", title="甲", topics="[人工智能]", tags="[谷歌]")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    before, after = project.root / "content/2025/05", project.root / "content/old-may"
    before.rename(after)  # a watcher reports the two folders, not the files inside
    assert session.rebuild({str(before), str(after)}).ok
    assert project.files() == _full_build(project, tmp_path)
    after.rename(before)
    assert session.rebuild({str(after), str(before)}).ok
    assert project.files() == _full_build(project, tmp_path)


def test_serve_after_site_was_deleted_links_pages_back_from_the_output_store(project, tmp_path):
    _articles_in_a_month(project)
    assert build_site(project.root).ok  # `digest build`: fills .digest-cache/ and its output store
    built = project.files()
    shutil.rmtree(project.root / "site")
    result = BuildSession(project.root).rebuild()
    assert result.ok
    assert result.rendered == 2  # the data files always written (index.json, sitemap), no page
    assert project.files() == built == _full_build(project, tmp_path)
