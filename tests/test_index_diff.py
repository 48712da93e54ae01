"""What the index patch says it touched must be all that changed: the planner and index.json
look only there (a miss would leave a page or an index.json entry stale in digest serve)."""
from __future__ import annotations

from digest.index import diff as index_diff
from digest.serve.session import BuildSession

from test_serve_incremental import _edits, _session_before_edits


def _brute_force(old, new, parts):
    """The changes found by comparing every article, without what the patch recorded."""
    patches = dict(index_diff._PATCHES)
    index_diff._PATCHES.clear()
    index_diff._LAST[:] = [None, None, None, frozenset()]
    try:
        return index_diff.changed_articles(old, new, parts)
    finally:
        index_diff._PATCHES.update(patches)


def test_the_patch_names_every_article_whose_data_changed(project):
    session = _session_before_edits(project)
    patched = reordered = 0
    for what, edit in _edits(project):
        old = session._previous.index
        edit()
        assert session.rebuild().ok, what
        new = session._previous.index
        patched += new in index_diff._PATCHES
        for parts in (index_diff.PAGE_PARTS, index_diff.ENTRY_PARTS):
            index_diff._LAST[:] = [None, None, None, frozenset()]
            assert index_diff.changed_articles(old, new, parts) == _brute_force(old, new, parts), what
        # (the patch also says whether the articles kept their order: the planner and index.json trust it)
        same = [a.slug for a in old.articles] == [a.slug for a in new.articles]
        assert index_diff.same_order(old, new) == same, what
        reordered += new in index_diff._PATCHES and not same
    assert patched >= 8  # most edits patch the index (the test would be empty otherwise)
    assert reordered  # ... and some of those move an article


def test_a_tag_respelt_by_most_of_its_articles_changes_the_others_too(project):
    # the others' tag lists are new tuples of the same Term names, except for a renamed tag
    for number in range(40):
        tags = "[OpenAI, 芯片]" if number < 3 else f"[标签{number % 7}]"
        project.article(f"2025/05/n{number}.md", title=f"新闻{number}", date=f"2025-05-{number % 28 + 1:02d}",
                        topics="[财经]", tags=tags, body=f"第{number}条新闻的正文。")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    renamed_in_a_patch = False
    for number in range(10, 14):
        old = session._previous.index
        project.article(f"2025/05/n{number}.md", title=f"新闻{number}", date=f"2025-05-{number % 28 + 1:02d}",
                        topics="[财经]", tags="[openai]", body=f"第{number}条新闻的正文。")
        assert session.rebuild().ok
        new = session._previous.index
        for parts in (index_diff.PAGE_PARTS, index_diff.ENTRY_PARTS):
            index_diff._LAST[:] = [None, None, None, frozenset()]
            assert index_diff.changed_articles(old, new, parts) == _brute_force(old, new, parts)
        names = {t.slug: t.name for t in new.tags}
        renamed_in_a_patch |= names.get("openai") == "openai" and new in index_diff._PATCHES \
            and {t.slug: t.name for t in old.tags}.get("openai") == "OpenAI"
    assert renamed_in_a_patch


def test_edits_under_an_undeclared_topic_are_patched_and_named(project):
    # topics digest.yaml does not declare are grouped (and warned about) like declared ones
    for number in range(40):
        project.article(f"2025/05/n{number}.md", title=f"新闻{number}", date=f"2025-05-{number % 28 + 1:02d}",
                        topics="[宏观]" if number < 20 else "[财经]", tags=f"[标签{number % 7}]",
                        body=f"第{number}条新闻的正文。")
    session = BuildSession(project.root)
    assert session.rebuild().ok
    patched = 0
    for number in (3, 4, 25):
        old = session._previous.index
        project.article(f"2025/05/n{number}.md", title=f"新闻{number}（改）", date=f"2025-05-{number % 28 + 1:02d}",
                        topics="[宏观]", tags=f"[标签{number % 7}]", body=f"第{number}条新闻改过的正文。")
        result = session.rebuild()
        assert result.ok
        new = session._previous.index
        patched += new in index_diff._PATCHES
        for parts in (index_diff.PAGE_PARTS, index_diff.ENTRY_PARTS):
            index_diff._LAST[:] = [None, None, None, frozenset()]
            assert index_diff.changed_articles(old, new, parts) == _brute_force(old, new, parts)
        warned = sorted(p.path for p in result.problems if "宏观" in p.message)
        assert warned == sorted(a.path for a in next(t for t in new.topics if t.name == "宏观").articles)
    assert patched >= 2
