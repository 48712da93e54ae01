"""Search: the Pagefind index written with the site, and Chinese queries typed without spaces
finding the articles that contain them, in a real browser over HTTP, at a host's root and
under a sub-path. Also: the index is rebuilt only when the articles' search data changed, a
missing indexer is a warning and not a failed build, and `digest serve` refreshes the index in
the background without deleting it or waking its own watcher."""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from browser import close_browser, needs_chromium, open_browser
from conftest import BASIC_CONFIG, SiteProject
from digest.build import BuildOptions, build_site
from digest.output import Staging
from digest.search import ENTRY_FILE, SEARCH_DIR, find_indexer, has_index, pair_text
from digest.session import BuildSession
from serving import start_serve

# Off CI a missing Pagefind binary skips; in CI the tests run (pip installs pagefind[extended]).
needs_pagefind = pytest.mark.skipif(not os.environ.get("CI") and find_indexer()[0] is None,
                                    reason="pagefind[extended] is not installed")

AI_COMPANY = "一家人工智能公司完成新一轮融资"


def _add_articles(project: SiteProject) -> None:
    project.article("2025/06/ai.md", title=AI_COMPANY, source="新浪科技", topics="[人工智能]", tags="[融资]",
                    body="总部位于杭州的人工智能公司深度求索宣布完成新一轮融资。公司表示，资金将用于数据标注与算力建设。\n")
    # Has 人工, 智能 and 公司, but never 人工智能公司 in a row: it may be found, but after the one that has it.
    project.article("2025/06/phone.md", title="智能手机出货量回升", source="财新", date="2025-06-10", topics="[财经]",
                    body="多家手机公司表示，人工成本上升，但智能手机的出货量在第二季度回升。\n")
    project.article("2025/06/bank.md", title="央行下调存款准备金率", source="新华社", date="2025-06-12", topics="[财经]",
                    body="央行宣布下调存款准备金率0.5个百分点，释放长期资金约1万亿元。\n")


@pytest.fixture
def search_project(project: SiteProject) -> SiteProject:
    project.write("digest.yaml", BASIC_CONFIG.replace("search: false", "search: true"))
    _add_articles(project)
    return project


def test_chinese_runs_are_indexed_as_character_pairs():
    def decoded(text: str) -> list[str]:
        words = []
        for word in text.split():
            if re.fullmatch(r"_[0-9a-z]{4}([0-9a-z]{4})?", word):
                words.append("".join(chr(int(word[i:i + 4], 36)) for i in range(1, len(word), 4)))
            else:
                words.append(word)
        return words

    assert decoded(pair_text("人工智能公司")) == ["人工", "工智", "智能", "能公", "公司", "司"]
    assert decoded(pair_text("Meta入股49%后,AI独角兽")) == ["Meta", "入股", "股", "49%", "后", ",AI", "独角", "角兽", "兽"]
    assert decoded(pair_text("ＡＩ公司")) == ["AI", "公司", "司"]  # full-width letters folded (NFKC)


def test_staging_runs_its_hook_before_the_swap_and_keeps_generated_files(tmp_path):
    site = tmp_path / "site"
    seen: list[Path] = []

    def hook(folder: Path) -> None:
        assert (folder / "index.html").is_file(), "the hook sees the complete new site"
        seen.append(folder)
        (folder / SEARCH_DIR).mkdir()
        (folder / SEARCH_DIR / ENTRY_FILE).write_text("{}")

    first = Staging(site, hook, (SEARCH_DIR,))
    first.add("index.html", b"<p>1</p>")
    first.commit()
    assert seen and seen[0] != site and has_index(site)
    again = Staging(site, hook, (SEARCH_DIR,))
    again.add("index.html", b"<p>1</p>")
    stats = again.commit()
    assert (stats.written, stats.removed) == (0, 0), "the index is not an output: it never counts as removed"
    assert len(seen) == 1, "nothing changed: nothing written, the hook not run"
    forced = Staging(site, hook, (SEARCH_DIR,))
    forced.add("index.html", None)
    forced.commit(force=True)
    assert len(seen) == 2 and (site / "index.html").read_bytes() == b"<p>1</p>" and has_index(site)


@needs_pagefind
def test_build_writes_the_index_the_search_page_and_a_search_box(search_project, digest_cli):
    result = digest_cli("-C", search_project.root, "build", "-v")
    assert result.code == 0, result.err
    assert "search index not written" not in result.err
    assert re.search(r"search: indexed 3 articles", result.out)
    site = search_project.root / "site"
    assert has_index(site)
    assert '"und"' in (site / SEARCH_DIR / ENTRY_FILE).read_text(), "indexed in the language that is never re-cut"
    home = search_project.page("index.html")
    assert '<form class="search-box" role="search" action="/search/" method="get">' in home
    page = search_project.page("search/index.html")
    assert 'name="q"' in page and 'data-index="/pagefind/"' in page
    assert re.search(r'<script type="module" src="/search\.[0-9a-f]{10}\.js"></script>', page)


@needs_pagefind
def test_the_index_is_rebuilt_only_when_the_articles_search_data_changed(search_project):
    root = search_project.root
    assert build_site(root).ok
    entry = root / "site" / SEARCH_DIR / ENTRY_FILE
    before = entry.stat()
    unchanged = build_site(root)
    assert unchanged.stats.written == 0 and unchanged.stats.removed == 0 and unchanged.search is None
    search_project.write("static/extra.css", "p { margin: 0; }")  # a new file: the site changes, articles do not
    restyled = build_site(root)
    assert restyled.ok and restyled.stats.written == 1
    assert "unchanged" in restyled.search.message
    assert entry.stat().st_ino == before.st_ino, "the previous index is linked into the new site"
    search_project.article("2025/06/bank.md", title="央行下调存款准备金率", source="新华社", date="2025-06-12",
                           body="央行宣布降准，这是今年第二次。\n")
    edited = build_site(root)
    assert edited.ok and edited.search.message.startswith("indexed 3 articles")
    (root / "site" / SEARCH_DIR / ENTRY_FILE).unlink()
    repaired = build_site(root)
    assert repaired.search is not None and repaired.search.ok and has_index(root / "site")


def test_a_missing_indexer_is_a_warning_and_the_site_is_still_built(search_project, digest_cli, monkeypatch):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(search_project.root / "no-such-pagefind"))
    result = digest_cli("-C", search_project.root, "build")
    assert result.code == 0
    assert "search: warning: search index not written" in result.err
    assert "pagefind[extended]" in result.err
    site = search_project.root / "site"
    assert (site / "index.html").is_file() and (site / "search/index.html").is_file()
    assert not has_index(site)


@needs_pagefind
def test_search_false_builds_no_search_page_box_or_index(search_project, digest_cli):
    assert digest_cli("-C", search_project.root, "build").code == 0
    assert has_index(search_project.root / "site")
    search_project.write("digest.yaml", BASIC_CONFIG)  # search: false
    assert digest_cli("-C", search_project.root, "build").code == 0
    site = search_project.root / "site"
    assert not (site / SEARCH_DIR).exists() and not (site / "search").exists()
    assert "search-box" not in search_project.page("index.html")
    assert not list(site.glob("search.*.js"))


# In a real browser --------------------------------------------------------------------------

class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """The built site under a base path, as a static host would serve it."""

    def __init__(self, *args, prefix: str, **kwargs):
        self.prefix = prefix
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "no-such-file")
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def _serving(site: Path, prefix: str):
    handler = functools.partial(_SiteHandler, directory=str(site), prefix=prefix)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(params=["https://example.org/", "https://example.org/digest/"], ids=["root", "sub-path"])
def served(request, search_project):
    assert build_site(search_project.root, BuildOptions(base_url=request.param)).ok
    with _serving(search_project.root / "site", urlsplit(request.param).path) as base:
        yield base


@pytest.fixture
def browser():
    driver = open_browser(390, 844)
    yield driver
    close_browser(driver)


def _results(driver, timeout: float = 10) -> list[dict[str, str]]:
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, timeout, poll_frequency=0.05).until(
        lambda d: d.find_element("id", "search-status").text not in ("", "正在搜索…"))
    return driver.execute_script("""
        return [...document.querySelectorAll('.search-result')].map(item => ({
            title: item.querySelector('h2 a').textContent, href: item.querySelector('h2 a').getAttribute('href'),
            meta: item.querySelector('.meta').textContent, excerpt: item.querySelector('.summary').textContent,
            marks: [...item.querySelectorAll('mark')].map(m => m.textContent)}));""")


@needs_chromium
@needs_pagefind
def test_a_chinese_query_without_spaces_finds_the_article_that_contains_it(served, browser):
    browser.get(served + "search/?q=" + quote("人工智能公司"))
    found = _results(browser)
    assert found, browser.find_element("id", "search-status").text
    first = found[0]
    assert first["title"] == AI_COMPANY, "the article with the query in a row comes first"
    assert first["href"] == urlsplit(served).path + "2025/06/ai/"
    assert first["meta"] == "2025年6月14日 · 新浪科技"
    assert "人工智能公司" in first["marks"] and "深度求索" in first["excerpt"]
    assert "人工智能公司" in browser.find_element("id", "search-status").text
    # A word the index's dictionary would cut differently from the browser's (数据|标注 vs 数据|标|注).
    browser.get(served + "search/?q=" + quote("数据标注"))
    assert [r["title"] for r in _results(browser)] == [AI_COMPANY]
    browser.get(served + "search/?q=" + quote("量子计算机"))
    assert _results(browser) == [] and "没有找到" in browser.find_element("id", "search-status").text
    assert browser.get_log("browser") == []


@needs_chromium
@needs_pagefind
def test_the_search_box_in_the_header_is_a_plain_form_that_leads_to_the_results(served, browser):
    from selenium.webdriver.common.keys import Keys
    browser.get(served)
    browser.find_element("id", "site-search").send_keys("准备金率", Keys.ENTER)
    found = _results(browser)
    assert urlsplit(browser.current_url).path == urlsplit(served).path + "search/"
    assert [r["title"] for r in found] == ["央行下调存款准备金率"]
    query = browser.find_element("id", "search-query")
    query.clear()
    query.send_keys("手机")  # searched as it is typed
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda d: "手机" in d.find_element("id", "search-status").text)
    assert [r["title"] for r in _results(browser)] == ["智能手机出货量回升"]
    assert "q=%E6%89%8B%E6%9C%BA" in browser.current_url, "the address keeps the query"


@needs_chromium
def test_the_search_page_says_so_when_there_is_no_index(search_project, browser, monkeypatch, tmp_path):
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "none"))
    assert build_site(search_project.root).ok
    assert "<noscript>" in search_project.page("search/index.html")  # without JavaScript: where to browse
    with _serving(search_project.root / "site", "/") as base:
        browser.get(base + "search/?q=" + quote("央行"))
        _results(browser)
        assert "搜索暂时不可用" in browser.find_element("id", "search-status").text


# digest serve ---------------------------------------------------------------------------------

@needs_pagefind
def test_serve_refreshes_the_index_in_the_background_and_never_deletes_it(search_project):
    session = BuildSession(search_project.root)
    assert session.rebuild().ok
    assert session.search.wait(60) and session.search.last is not None and session.search.last.ok
    site = search_project.root / "site"
    assert has_index(site)
    entry = (site / SEARCH_DIR / ENTRY_FILE).read_bytes()
    search_project.article("2025/06/new.md", title="新能源汽车销量创新高", date="2025-06-13", body="比亚迪6月销量创新高。\n")
    result = session.rebuild()
    assert result.ok and not any(p.startswith(SEARCH_DIR) for p in result.changed)
    assert session.search.wait(60) and session.search.last.message.startswith("indexed 4 articles")
    assert (site / SEARCH_DIR / ENTRY_FILE).read_bytes() != entry
    # A new session on the existing site (digest serve started again) keeps the index.
    fresh = BuildSession(search_project.root)
    assert fresh.rebuild().ok and has_index(site)
    assert fresh.search.wait(60)
    assert not list(site.parent.glob(".site.search-*")), "the scratch folder is gone"


@needs_pagefind
def test_writing_the_index_does_not_wake_the_watcher(search_project):
    server = start_serve(search_project.root, "-v")
    try:
        server.wait_for_output(r"search: indexed 3 articles", timeout=60)
        time.sleep(1.5)  # longer than the watcher's debounce
        assert not any(line.startswith("rebuilt") for line in server.lines), "".join(server.lines)
        response = server.get("/pagefind/pagefind-entry.json")
        assert response.status == 200
    finally:
        server.stop()
