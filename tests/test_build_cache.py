"""Whatever makes digest fast must not make it wrong: a cold build (on all cores), a build with
a warm cache, and an in-memory render give byte-identical sites."""
from __future__ import annotations

import shutil

from digest import parallel
from digest.build import BuildOptions, build_site, render_files


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
    shutil.rmtree(project.root / "site")  # warm cache, empty output folder: every file written again
    rebuilt = build_site(project.root)
    assert rebuilt.ok and rebuilt.stats.written == rebuilt.files
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
