"""Broken input: every error named by file and line, all in one run, and site/ left untouched."""
from __future__ import annotations

from conftest import article_text


def test_errors_name_file_line_and_column_all_in_one_run(project, digest_cli):
    project.article("2025/06/good.md", title="好文章")
    project.write("content/2025/06/bad-date.md", "---\ntitle: 日期坏了\ndate: 明天\n---\n正文。\n")
    project.write("content/2025/06/bad-yaml.md", "---\ntitle: 引号\ndate: 2025-06-01\ntags: [a, b\n---\n正文。\n")
    project.write("content/2025/06/no-fence.md", "title: 没有分隔线\n\n正文。\n")
    project.write("content/2025/06/no-title.md", "---\ndate: 2025-06-01\nsource: 新华社\n---\n正文。\n")
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    err = result.err
    assert "content/2025/06/bad-date.md:3:7: error: `date` is not a date: '明天'" in err
    assert "content/2025/06/bad-yaml.md:5:1: error: front matter is not valid YAML" in err
    assert "content/2025/06/no-fence.md:1:1: error: no front matter" in err
    assert "content/2025/06/no-title.md:1: error: missing `title`" in err
    assert err.count("hint:") >= 4
    assert "build failed: 4 errors; nothing was written" in err  # there was no site/ to keep
    assert not (project.root / "site").exists()


def test_failed_build_leaves_previous_site_untouched(project, digest_cli):
    project.article("2025/06/a.md", title="第一篇")
    assert digest_cli("-C", project.root, "build").code == 0
    before = project.files()
    mtimes = {p: p.stat().st_mtime_ns for p in (project.root / "site").rglob("*")}
    project.article("2025/06/b.md", title="第二篇")
    project.write("content/2025/06/broken.md", "---\ntitle: [未闭合\ndate: 2025-06-01\n---\n")
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert "content/2025/06/broken.md:3:5: error: front matter is not valid YAML: while parsing a flow sequence (started at line 2)" in result.err
    assert project.files() == before
    assert {p: p.stat().st_mtime_ns for p in (project.root / "site").rglob("*")} == mtimes
    assert not list(project.root.glob(".site.*")), "no staging folder is left behind"


def test_template_syntax_error_points_into_the_template(project, digest_cli):
    project.article("2025/06/a.md")
    project.write("templates/article.html", '{% extends "base.html" %}\n{% block main %}\n{{ page.article.title }\n{% endblock %}\n')
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert "templates/article.html:3: error: template error" in result.err


def test_undefined_variable_in_template_is_an_error_with_its_line(project, digest_cli):
    project.article("2025/06/a.md")
    project.write("templates/article.html", '{% extends "base.html" %}\n{% block main %}\n<p>ok</p>\n<p>{{ page.article.no_such_field }}</p>\n{% endblock %}\n')
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert "templates/article.html:4: error: template error:" in result.err
    # In the template author's terms: the name written, the names there are.
    assert "`page.article.no_such_field` is not defined: `page.article` has no `no_such_field`" in result.err
    assert "`page.article` has: " in result.err and "title" in result.err
    assert "SiteContext" not in result.err and "digest." not in result.err
    # One broken template, many pages: the error is reported once.
    assert result.err.count(": error: ") == 1


def test_misspelt_template_names_get_did_you_mean(project, digest_cli):
    project.article("2025/06/a.md")
    cases = {
        "{{ site.titel }}": ("`site.titel` is not defined: `site` has no `titel`", "did you mean `site.title`?"),
        "{{ titel }}": ("`titel` is not defined here", "this template can use: "),
        "{{ page.article.date|datezh }}": ("unknown filter `datezh`", "did you mean `date_zh`?"),
        "{% if 2 is evn %}x{% endif %}": ("unknown test `evn`", "did you mean `even`?"),
    }
    for expression, (message, hint) in cases.items():
        project.write("templates/article.html", '{% extends "base.html" %}\n{% block main %}\n' + expression + "\n{% endblock %}\n")
        result = digest_cli("-C", project.root, "build")
        assert result.code == 1, expression
        assert f"templates/article.html:3: error: template error: {message}" in result.err, result.err
        assert hint in result.err, result.err
        assert result.err.count(": error: ") == 1, result.err  # found when compiling: not again per page


def test_template_syntax_error_is_reported_once(project, digest_cli):
    for name in ("a", "b", "c"):
        project.article(f"2025/06/{name}.md", title=name)
    project.write("templates/article.html", '{% extends "base.html" %}\n{% block main %}{% if %}{% endblock %}\n')
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert result.err.count(": error: ") == 1, result.err
    assert "templates/article.html:2: error: template error:" in result.err


def test_check_validates_without_writing(project, digest_cli):
    project.article("2025/06/a.md")
    result = digest_cli("-C", project.root, "check")
    assert result.code == 0, result.err
    assert "ok: 1 article, " in result.out
    assert not (project.root / "site").exists()
    assert not (project.root / ".digest-cache").exists()  # not even the cache
    project.write("content/2025/06/b.md", article_text(title="x", date="2025-13-01"))
    result = digest_cli("-C", project.root, "check")
    assert result.code == 1
    assert "content/2025/06/b.md:3:7" in result.err


def test_invalid_config_is_reported_with_its_line(project, digest_cli):
    project.write("digest.yaml", "title: 站\nbase_url: example.org\npagination: -3\nlanguag: zh\n")
    project.article("2025/06/a.md")
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert "digest.yaml:2:11: error: `base_url`: base_url must be an absolute http(s) URL" in result.err
    assert "digest.yaml:3:13: error: `pagination`" in result.err
    # the key's own column, and the key it was meant to be
    assert "digest.yaml:4:1: warning: unknown setting `languag` (ignored)\n    hint: did you mean `language`?" in result.err
    # errors last, then the count; only the settings are reported: the rest would follow from them
    assert result.err.splitlines()[-1] == "build failed: 2 errors, 1 warning; nothing was written"
    assert "content/" not in result.err
    assert not (project.root / ".digest-cache").exists()


def test_settings_typos_duplicates_and_ingest_section_are_checked(project, digest_cli):
    project.write("digest.yaml", "title: 站\nbase_url: https://example.org/\npaginaton: 10\ntitle: 又一个\n"
                                 "ingest:\n  max_byte: 3\n  rules: {spam_token: false}\n")
    project.article("2025/06/a.md")
    result = digest_cli("-C", project.root, "check")
    assert result.code == 1
    err = result.err
    assert "digest.yaml:3:1: warning: unknown setting `paginaton` (ignored)\n    hint: did you mean `pagination`?" in err
    assert "digest.yaml:4:1: error: `title` is set twice (lines 1 and 4)" in err
    assert "digest.yaml:6:3: warning: unknown setting `ingest: max_byte` (ignored)\n    hint: did you mean `max_bytes`?" in err
    assert "digest.yaml:7:11: warning: unknown ingest rule `spam_token` (ignored)\n    hint: did you mean `spam_tokens`?" in err
    project.write("digest.yaml", "title: 站\nbase_url: https://example.org/\n")
    assert digest_cli("-C", project.root, "check").code == 0


def test_missing_project_says_how_to_start(tmp_path, digest_cli):
    result = digest_cli("-C", tmp_path, "build")
    assert result.code == 1
    assert "no digest.yaml" in result.err
    assert "digest init" in result.err


def test_duplicate_slugs_are_an_error_naming_both_files(project, digest_cli):
    project.article("2025/06/a.md", slug="same")
    project.article("2025/07/b.md", slug="same")
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    assert "content/2025/07/b.md:4: error: slug 'same' is already used by content/2025/06/a.md" in result.err


def test_wrong_types_in_front_matter(project, digest_cli):
    project.write("content/a.md", "---\ntitle: 标题\ndate: 2025-06-01\ntags: {a: 1}\ndraft: maybe\nslug: Not A Slug\nsource_url: ftp://x\n---\n正文\n")
    result = digest_cli("-C", project.root, "check")
    assert result.code == 1
    assert "content/a.md:4:7: error: `tags` must be a list" in result.err
    assert "content/a.md:5:8: error: `draft` must be true or false" in result.err
    assert "content/a.md:6:7: error: `slug` 'Not A Slug'" in result.err
    assert "slug: not-a-slug" in result.err
    assert "content/a.md:7:13: error: `source_url` is not an http(s) URL" in result.err


def test_non_utf8_file_gets_a_clear_error(project, digest_cli):
    (project.root / "content").mkdir()
    (project.root / "content" / "gbk.md").write_bytes(article_text(title="中文标题").encode("gbk"))
    result = digest_cli("-C", project.root, "check")
    assert result.code == 1
    assert "content/gbk.md:2: error: the file is not valid UTF-8" in result.err
    assert "digest ingest" in result.err


def test_a_file_gone_before_its_worker_reads_it_is_reported_and_the_rest_parsed(tmp_path):
    # On a first build the parse workers read the files: one deleted after the scan (an editor
    # saving by rename, a sync tool) is a problem for that file alone, serial or in workers.
    from digest.content import ParseSettings, content_hash
    from digest.parallel import MIN_PARALLEL_FILES, parse_many

    for count in (3, MIN_PARALLEL_FILES + 5):
        sources = []
        for i in range(count):
            path = tmp_path / f"a{i}.md"
            path.write_text(article_text(title=f"第{i}篇"), encoding="utf-8")
            sources.append((f"content/a{i}.md", str(path), None))
        (tmp_path / "a1.md").unlink()
        parsed = {rel: (digest, entry) for rel, digest, entry in parse_many(sources, ParseSettings("Asia/Shanghai", 120))}
        assert parsed["content/a1.md"] == ("", "No such file or directory")
        digest, (article, problems, analysis) = parsed["content/a2.md"]
        assert digest == content_hash((tmp_path / "a2.md").read_bytes())
        assert article.title == "第2篇" and not problems and analysis is not None
        assert len(parsed) == count
