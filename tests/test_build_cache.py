"""Whatever makes digest fast must not make it wrong: a cold build (on all cores), a build with
a warm cache, and an in-memory render give byte-identical sites."""
from __future__ import annotations

import pickle
import shutil

import pytest

from digest import parallel
from digest.build import BuildOptions, build_site, render_files
from digest.pickles import save_in_background


def _site_files(root):
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _many_articles(project, count=60):
    for number in range(count):
        day = 1 + number % 28
        project.article(f"2025/{5 + number % 2:02d}/n{number}.md", title=f"第{number}篇新闻", date=f"2025-0{5 + number % 2}-{day:02d}",
                        topics="[人工智能]" if number % 3 else "[财经]", tags=f"[标签{number % 7}, 标签{number % 5}]",
                        body=f"第{number}篇的正文。" * (1 + number % 4) + "\n")


def test_cold_parallel_warm_cache_and_in_memory_builds_are_identical(project, tmp_path, monkeypatch):
    _many_articles(project)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 1)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 7)
    cold = build_site(project.root)
    assert cold.ok and cold.stats.written == cold.files
    cold_files = _site_files(project.root)
    warm = build_site(project.root)
    assert warm.ok and warm.stats.written == 0 and warm.stats.unchanged == warm.files
    assert _site_files(project.root) == cold_files
    shutil.rmtree(project.root / "site")  # warm cache, no output folder: every file from the store
    rebuilt = build_site(project.root)
    assert rebuilt.ok and rebuilt.stats.written == 0 and rebuilt.stats.restored == rebuilt.files
    assert _site_files(project.root) == cold_files
    monkeypatch.setattr(parallel, "MIN_PARALLEL_FILES", 10**9)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_PAGES", 10**9)
    in_memory, problems = render_files(project.root)
    assert not [p for p in problems if p.is_error]
    assert {f.path: f.data for f in in_memory} == cold_files


def test_a_page_edited_by_hand_in_site_is_rendered_again(project):
    project.article("2025/06/a.md", title="甲")
    assert build_site(project.root).ok
    page = project.root / "site/2025/06/a/index.html"
    good = page.read_bytes()
    page.write_text("tampered")
    result = build_site(project.root)
    assert result.ok and result.stats.written == 1
    assert page.read_bytes() == good


def test_template_errors_in_worker_processes_are_reported(project, monkeypatch):
    _many_articles(project, 20)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_PAGES", 1)
    monkeypatch.setattr(parallel, "PAGES_PER_TASK", 3)
    project.write("templates/article.html", '{% extends "base.html" %}{% block main %}{{ page.article.nope }}{% endblock %}')
    result = build_site(project.root, BuildOptions(use_cache=False))
    assert not result.ok
    errors = [str(p) for p in result.errors]
    assert len(errors) == 1 and "templates/article.html:1" in errors[0]
    assert not (project.root / "site").exists()


def _age_files(root, seconds=60):
    """Make every input look saved a minute ago: digest trusts no mtime younger than 2 s."""
    import os
    import time
    past = time.time() - seconds
    for path in root.rglob("*"):
        if path.is_file() and "site" not in path.relative_to(root).parts:
            os.utime(path, (past, past))


def test_a_build_whose_inputs_did_not_change_only_checks_the_output(project, monkeypatch, digest_cli):
    import digest.build
    project.article("2025/06/a.md", title="甲", topics="[未声明的话题]")
    _age_files(project.root)
    first = digest_cli("-C", project.root, "build")
    assert first.code == 0 and "warning: topic '未声明的话题' is not declared" in first.err
    real_prepare = digest.build.prepare_site
    monkeypatch.setattr(digest.build, "prepare_site", lambda *a, **k: (_ for _ in ()).throw(AssertionError("rebuilt")))
    again = digest_cli("-C", project.root, "build")
    assert again.code == 0 and "0 written" in again.out
    assert "warning: topic '未声明的话题' is not declared" in again.err, "warnings are repeated"
    # A changed input, or a damaged output, means a real build.
    (project.root / "site/index.html").write_text("damaged")
    monkeypatch.setattr(digest.build, "prepare_site", real_prepare)
    assert digest_cli("-C", project.root, "build").code == 0
    assert "甲" in project.page("index.html")
    project.article("2025/06/b.md", title="乙")
    _age_files(project.root, 30)
    assert digest_cli("-C", project.root, "build").code == 0
    assert (project.root / "site/2025/06/b/index.html").is_file()


def test_a_scheduled_article_appears_when_its_time_comes(project, monkeypatch):
    import time
    import digest.build
    project.article("2025/06/a.md", title="甲")
    project.article("2030/01/later.md", title="定时发布", date="2030-01-01T08:00:00+08:00")
    _age_files(project.root)
    assert build_site(project.root).ok
    assert not (project.root / "site/2030/01/later/index.html").exists()
    real_time = time.time
    monkeypatch.setattr(digest.build.time, "time", lambda: real_time() + 10 * 365 * 86400)
    monkeypatch.setattr(digest.build, "datetime", _FutureDatetime)
    assert build_site(project.root).ok
    assert (project.root / "site/2030/01/later/index.html").is_file()


class _FutureDatetime:
    """datetime as seen ten years from now."""

    @staticmethod
    def now(tz=None):
        from datetime import datetime, timedelta
        return datetime.now(tz) + timedelta(days=3650)


def test_a_site_moved_away_is_put_back_from_the_store_without_rendering(project, monkeypatch, digest_cli, tmp_path):
    import digest.build
    _many_articles(project, 12)
    _age_files(project.root)
    assert digest_cli("-C", project.root, "build").code == 0
    built = _site_files(project.root)
    (project.root / "site").rename(tmp_path / "deployed")  # as a deploy script or a benchmark does
    monkeypatch.setattr(digest.build, "prepare_site", lambda *a, **k: (_ for _ in ()).throw(AssertionError("rebuilt")))
    again = digest_cli("-C", project.root, "build")
    assert again.code == 0 and f"{len(built)} restored from .digest-cache/" in again.out
    assert _site_files(project.root) == built


def test_after_an_edit_only_changed_pages_are_rendered_even_when_site_is_gone(project, monkeypatch):
    from digest.render import pages as render
    _many_articles(project, 12)
    assert build_site(project.root).ok
    shutil.rmtree(project.root / "site")
    project.article("2025/05/n0.md", title="第0篇新闻（更正）", date="2025-05-01", topics="[财经]",
                    tags="[标签0, 标签0]", body="更正后的正文。\n")
    rendered = []
    real_render = render.SiteRenderer.render
    monkeypatch.setattr(render.SiteRenderer, "render", lambda self, job: rendered.append(job.path) or real_render(self, job))
    result = build_site(project.root)
    assert result.ok and result.stats.written == len(rendered) and result.stats.restored == result.files - len(rendered)
    assert "2025/05/n0/index.html" in rendered and result.stats.restored > 0
    expected, _problems = render_files(project.root)
    assert _site_files(project.root) == {f.path: f.data for f in expected}


def test_a_stored_page_changed_behind_digests_back_is_never_used(project):
    project.article("2025/06/a.md", title="甲")
    assert build_site(project.root).ok
    good = project.page("2025/06/a/index.html")
    stored = project.root / ".digest-cache/site/2025/06/a/index.html"
    (project.root / "site").rename(project.root.parent / "moved-site")
    stored.write_text("changed in place", encoding="utf-8")  # both names of the file change
    result = build_site(project.root)
    assert result.ok and project.page("2025/06/a/index.html") == good


def test_a_cache_saved_in_the_background_is_whole_once_waited_for(tmp_path):
    value = {"entries": [("a.md", "x" * 1000)] * 100, "n": 7}
    wait = save_in_background(tmp_path / "cache" / "c.pickle", value)
    wait(True)
    assert pickle.loads((tmp_path / "cache" / "c.pickle").read_bytes()) == value
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["c.pickle"]  # no temporary file left


def test_a_failed_background_save_is_reported_when_waited_for(tmp_path):
    (tmp_path / "not-a-folder").write_text("")
    with pytest.raises(OSError):
        save_in_background(tmp_path / "not-a-folder" / "c.pickle", 1)(True)


def test_a_large_previous_site_is_removed_apart_once_the_new_one_is_in_place(project, monkeypatch):
    from digest.incremental import output
    monkeypatch.setattr(output, "REMOVE_APART_FILES", 0)  # every site counts as large
    _many_articles(project, 12)
    assert build_site(project.root).ok
    (project.root / ".site.old-1-1").mkdir()  # left by a removal that was killed
    (project.root / ".site.old-1-1" / "index.html").write_text("old")
    project.article("2025/05/n0.md", title="第0篇新闻（更正）", date="2025-05-01", topics="[财经]",
                    tags="[标签0, 标签0]", body="更正后的正文。\n")
    assert build_site(project.root).ok
    assert "更正后的正文" in project.page("2025/05/n0/index.html")  # the new site is whole at once
    expected, _problems = render_files(project.root)
    assert _site_files(project.root) == {f.path: f.data for f in expected}
    for remover in output._REMOVERS:
        remover.wait(timeout=30)
    assert sorted(p.name for p in project.root.iterdir() if p.name.startswith(".site")) == []
