"""What a new user meets: nothing left out without a word, warnings that do not bury the error,
and common mistakes answered with a fitting message, an exit status, and no trace on disk."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import yaml


from digest import progress
from digest.build import BuildOptions, build_site


def _tree(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_build_and_check_end_with_what_was_left_out(project, digest_cli):
    project.article("2025/06/a.md", title="发布的")
    project.article("2025/06/d.md", title="草稿", draft="true")
    project.article("2025/06/f.md", title="未来的", date="2099-01-01")
    project.write("content/2025/06/scraped.txt", "一篇没有清洗的文章\n")
    for command in ("build", "check"):
        result = digest_cli("-C", project.root, command)
        assert result.code == 0, result.err
        last = result.out.strip().splitlines()[-1]
        assert last.startswith("left out: 1 draft (--drafts); 1 dated in the future (--future); "
                               "1 file in content/ that is not Markdown"), result.out
        assert "digest ingest" in last
    # -v names every file; the no-change build says the same as the real one
    result = digest_cli("-C", project.root, "build", "-v")
    assert "  content/2025/06/d.md: draft" in result.out
    assert "  content/2025/06/f.md: dated in the future" in result.out
    assert "  content/2025/06/scraped.txt: file in content/ that is not Markdown" in result.out
    assert "0 written" in result.out
    # with the flags, nothing is left out but the text file
    result = digest_cli("-C", project.root, "build", "--drafts", "--future")
    assert "left out: 1 file in content/" in result.out and "draft" not in result.out
    assert "built 3 articles" in result.out


def test_many_warnings_of_one_kind_are_one_group_and_errors_come_last(project, digest_cli):
    for number in range(30):
        project.article(f"2025/06/a{number:02d}.md", title=f"文章{number}", topics=f"[未声明{number % 3}]")
    project.write("content/2025/06/broken.md", "---\ntitle: 坏的\ndate: 明天\n---\n正文。\n")
    result = digest_cli("-C", project.root, "build")
    assert result.code == 1
    lines = result.err.splitlines()
    declared = [line for line in lines if "is not declared" in line]
    assert len(declared) == 3, result.err  # three examples of thirty
    assert "… and 27 more warning(s) like these (30 in 30 file(s); -v lists them all)" in result.err
    # the error is at the bottom, above the count, not buried among the warnings
    assert "content/2025/06/broken.md:3:7: error: `date` is not a date" in lines[-3]
    assert lines[-1] == "build failed: 1 error, 30 warnings; nothing was written"
    verbose = digest_cli("-C", project.root, "build", "-v")
    assert sum("is not declared" in line for line in verbose.err.splitlines()) == 30


def test_a_folder_that_is_not_a_site_is_left_as_it_was(tmp_path, digest_cli, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    for command in ("build", "check", "serve"):
        result = digest_cli(command)
        assert result.code == 1
        assert "digest.yaml: error: no digest.yaml here or in any folder above it" in result.err
        assert "digest init DIR" in result.err and "site/ was left" not in result.err
    typo = tmp_path / "typo"
    result = digest_cli("-C", typo, "build")
    assert result.code == 1
    assert f"{typo} is not a folder (-C {typo})" in result.err
    assert not typo.exists()
    assert _tree(tmp_path) == ["empty"]  # no .digest-cache/, no site/


def test_the_site_is_found_from_a_folder_inside_it(project, digest_cli, monkeypatch):
    project.article("2025/06/a.md")
    monkeypatch.chdir(project.root / "content" / "2025")
    result = digest_cli("build")
    assert result.code == 0, result.err
    assert (project.root / "site" / "index.html").is_file()
    assert not (project.root / "content" / "2025" / "site").exists()
    assert not (project.root / "content" / "2025" / ".digest-cache").exists()


def test_ports_and_hosts_are_checked_with_a_clean_message(project):
    project.article("2025/06/a.md")

    def serve(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "digest", "-C", str(project.root), "serve", *args],
                              capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONWARNINGS": ""})

    for port, message in (("99999", "99999 is not a port number: use 0-65535"), ("http", "'http' is not a port number")):
        done = serve("--port", port)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    done = serve("--host", "no-such-host.invalid", "--port", "0")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "'no-such-host.invalid' is not a known host name or address; use 127.0.0.1" in done.stderr
    assert "--port 0" not in done.stderr  # not the port-in-use hint
    assert not (project.root / "site").exists()


def test_init_writes_a_gitignore_and_a_pages_workflow_that_builds(tmp_path, digest_cli):
    site = tmp_path / "mysite"
    assert digest_cli("init", site).code == 0
    ignored = (site / ".gitignore").read_text(encoding="utf-8").split()
    assert "/site/" in ignored and "/.digest-cache/" in ignored
    assert "/.site.building-*/" in ignored and "/.site.old-*/" in ignored  # a build under way, an old site going
    workflow = yaml.safe_load((site / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[0] == "python -m pip install digest-ssg"  # the distribution's name on the package index
    assert {"with": {"path": "site"}, "uses": "actions/upload-pages-artifact@v3"} in steps
    # the workflow's build command, as GitHub would run it from a clean checkout
    build = runs[1].replace("${{ steps.pages.outputs.base_url }}", "https://user.github.io/mysite").split()
    assert build[:2] == ["digest", "build"]
    result = digest_cli("-C", site, *[arg.strip('"') for arg in build[1:]])
    assert result.code == 0, result.err
    assert 'href="https://user.github.io/mysite/' in (site / "site/index.html").read_text(encoding="utf-8")


def test_theme_copies_the_defaults_to_start_an_override_and_never_overwrites(project, digest_cli):
    project.article("2025/06/a.md", title="主题测试")
    result = digest_cli("-C", project.root, "theme", "article.html", "style.css")
    assert result.code == 0
    assert "copied templates/article.html" in result.out and "copied static/style.css" in result.out
    template = project.root / "templates/article.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}<p>我的版式</p>", 1),
                        encoding="utf-8")
    assert digest_cli("-C", project.root, "build").code == 0
    assert "<p>我的版式</p>" in project.page("2025/06/a/index.html")
    # again, with everything: the edited file is kept, the others are copied
    result = digest_cli("-C", project.root, "theme")
    assert "kept templates/article.html: the site has its own" in result.out
    assert "我的版式" in template.read_text(encoding="utf-8")
    assert (project.root / "templates/partials/macros.html").is_file()
    assert digest_cli("-C", project.root, "build").code == 0
    listed = digest_cli("-C", project.root, "theme", "--list").out
    assert "templates/base.html  (overridden in this site)" in listed
    result = digest_cli("-C", project.root, "theme", "artcle.html")
    assert result.code == 1 and "no theme file 'artcle.html'" in result.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_build_shows_its_stages_on_a_terminal_and_nothing_in_a_pipe(project, digest_cli, monkeypatch):
    for number in range(progress.MIN_ITEMS + 10):
        project.article(f"2025/06/a{number:03d}.md", title=f"第{number}篇文章", body="人工智能公司发布新模型。" * 5)
    terminal = _Terminal()
    result = build_site(project.root, BuildOptions(), progress=progress.Progress(terminal))
    assert result.ok
    shown = terminal.getvalue()
    for stage in ("parse ", "index…", "render "):
        assert stage in shown, shown[-500:]
    assert "search…" in shown or "write…" in shown
    assert f"{progress.MIN_ITEMS + 10}/{progress.MIN_ITEMS + 10}" in shown  # the parse bar reaches its end
    assert shown.endswith("\r\x1b[2K")  # the line is erased before the build's report
    piped = digest_cli("-C", project.root, "build", "--no-cache")  # captured: not a terminal
    assert "\r" not in piped.out + piped.err and "[###" not in piped.err
