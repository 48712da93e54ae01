"""What a reader notices: the example site (with one article made to be awkward: a long URL, a
long English word, a wide table and code) read at phone width in headless Chromium, with no
page wider than the screen and no request leaving the site's origin; pages that need no
JavaScript; the head a search engine or a link preview reads; and, when the shared tools are
installed, Lighthouse's mobile audit of the home, an article and a topic page."""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from browser import close_browser, needs_chromium, open_browser
from conftest import REPO, article_text
from digest.build import BuildOptions, build_site

AWKWARD = article_text(
    title="一篇排版困难的文章：超长网址与宽表格", date="2025-06-20T08:00:00+08:00", source="测试来源",
    topics="[人工智能]", tags="[排版]",
    body="原文链接：https://example.com/a/very/long/path/that/never/breaks/" + "x" * 120 + "\n\n"
         "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3 + " 是一个很长的英文单词。\n\n"
         "| 公司 | 2023 年营收 | 2024 年营收 | 同比变化 | 员工人数 | 总部所在地 | 主要业务 |\n"
         "|---|---|---|---|---|---|---|\n"
         "| 某某人工智能科技有限公司 | 1,234,567 万元 | 2,345,678 万元 | +90.0% | 12,345 | 北京市海淀区 | 大模型与数据标注 |\n\n"
         "```\nprint('a very long line of code that is much wider than any phone screen could ever show at once')\n```\n")

PAGES = ["", "2025/06/pai-ban/", "2025/06/meta-scale-ai-kehu-liushi/", "topics/ai/", "topics/", "tags/",
         "archive/", "archive/2025/06/", "related/", "search/?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD", "404.html"]


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reader") / "project"
    root.mkdir()
    shutil.copy(REPO / "digest.yaml", root)
    for folder in ("content", "templates", "static"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    (root / "content/2025/06").mkdir(parents=True, exist_ok=True)
    (root / "content/2025/06/pai-ban.md").write_text(AWKWARD, encoding="utf-8")
    result = build_site(root, BuildOptions(use_cache=False))
    assert result.ok, "\n".join(map(str, result.errors))
    return root / "site"


@pytest.fixture(scope="module")
def base(example_site):
    handler = functools.partial(_QuietHandler, directory=str(example_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def _html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


@needs_chromium
def test_no_page_scrolls_sideways_at_phone_width_and_no_request_leaves_the_site(base):
    driver = open_browser(390, 844)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        for page in PAGES:
            driver.get(base + page)
            if page.startswith("search/"):
                from selenium.webdriver.support.ui import WebDriverWait
                WebDriverWait(driver, 10).until(lambda d: d.find_elements("css selector", ".search-result"))
            widths = driver.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            assert widths[0] <= widths[1], f"/{page} is {widths[0]}px wide at a {widths[1]}px screen"
            wide = driver.execute_script("""
                return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1
                    && !e.closest('pre, table, .visually-hidden, .skip')).map(e => e.tagName + '.' + e.className).slice(0, 5)""")
            assert wide == [], f"/{page}: elements past the right edge: {wide}"
            requests = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
            foreign = [url for url in requests if not url.startswith(base)]
            assert foreign == [], f"/{page} requested {foreign}"
        assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        close_browser(driver)


def test_pages_need_no_javascript_and_load_nothing_from_elsewhere(example_site):
    for page in _html_pages(example_site):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(example_site).as_posix()
        scripts = re.findall(r"<script\b[^>]*>", html)
        if rel == "search/index.html":
            assert scripts == [re.search(r'<script type="module" src="/search\.[0-9a-f]{10}\.js">', html).group()]
        else:
            assert all('type="application/ld+json"' in s for s in scripts), f"{rel}: {scripts}"
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src")):
            for element in re.findall(rf"<{tag}\b[^>]*>", html):
                if tag == "link" and re.search(r'rel="(canonical|alternate)"', element):
                    continue  # addresses, not requests
                url = re.search(rf'{attr}="([^"]*)"', element)
                assert url is None or url.group(1).startswith("/") and not url.group(1).startswith("//"), f"{rel}: {element}"


def test_every_page_has_a_title_description_canonical_and_link_preview(example_site):
    for page in _html_pages(example_site):
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(example_site).as_posix()
        assert re.search(r"<title>[^<]+</title>", html), rel
        assert re.search(r'<meta name="description" content="[^"]+">', html), rel
        assert re.search(r'<meta property="og:title" content="[^"]+">', html), rel
        assert re.search(r'<link rel="icon" href="/favicon\.svg"', html), rel
        if rel == "404.html":
            assert '<meta name="robots" content="noindex">' in html and 'rel="canonical"' not in html
        else:
            url = "https://example.org/" + rel.removesuffix("index.html")
            assert f'<link rel="canonical" href="{url}">' in html, rel
            assert f'<meta property="og:url" content="{url}">' in html, rel


def test_article_pages_carry_news_article_structured_data(example_site):
    html = (example_site / "2025/06/meta-scale-ai-kehu-liushi/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert data["headline"].startswith("Meta入股49%后") and data["author"]["name"] == "华尔街见闻"
    assert data["datePublished"] == "2025-06-14T09:30:00+08:00"
    assert data["mainEntityOfPage"] == "https://example.org/2025/06/meta-scale-ai-kehu-liushi/"
    assert data["publisher"]["name"] == "新闻摘要" and data["inLanguage"] == "zh-CN"
    assert '<meta property="og:type" content="article">' in html
    assert "<title>Meta入股49%后,AI独角兽Scale遭遇客户流失潮,谷歌带头&#34;逃离&#34; · 新闻摘要</title>" in html


# Lighthouse (the shared tools' runner; skipped where it is not installed) --------------------

LIGHTHOUSE = REPO.parent / "shared" / "tools" / "a11y-lighthouse.sh"


def _lighthouse_missing() -> str | None:
    if not LIGHTHOUSE.is_file():
        return f"{LIGHTHOUSE} not found"
    check = subprocess.run(["bash", "-c", f'. "{LIGHTHOUSE.parent}/_common.sh" && test -x "$NODE_BIN/lighthouse"'],
                           capture_output=True)
    return None if check.returncode == 0 else "Lighthouse is not installed (the shared tools' harness)"


@pytest.mark.skipif(_lighthouse_missing() is not None, reason=str(_lighthouse_missing()))
@pytest.mark.parametrize("page", ["", "2025/06/meta-scale-ai-kehu-liushi/", "topics/ai/"], ids=["home", "article", "topic"])
def test_lighthouse_mobile_scores(base, page):
    # Accessibility, best practices and SEO must be 100. Performance is 95-100 on a quiet
    # machine; under load its simulated timings swing, so the test asks for 85.
    env = {**os.environ, "LH_MIN_PERF": "85", "LH_MIN_A11Y": "100", "LH_MIN_BP": "100", "LH_MIN_SEO": "100"}
    run = subprocess.run(["bash", str(LIGHTHOUSE), base + page], capture_output=True, text=True, env=env, timeout=300)
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr
    assert run.returncode == 0 and "a11y-lighthouse: PASS" in summary, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"accessibility 100, best-practices 100, seo 100", summary), summary  # not the axe fallback
