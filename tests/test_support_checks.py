"""The site validators in tests/support can pass, and can fail on each kind of fault."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from support.checks import (
    all_problems, feed_problems, html_problems, link_problems, sitemap_problems,
    sitemap_xsd_missing, vnu_missing,
)

BASE = "https://example.org/"
SUB = "https://example.org/digest/"
POST = "文章/你好/"  # a Chinese path, percent-encoded in some links
POST_Q = "%E6%96%87%E7%AB%A0/%E4%BD%A0%E5%A5%BD/"

# Off CI a missing tool skips; in CI (CI=true) the test runs and fails with how to install it.
_IN_CI = bool(os.environ.get("CI"))
needs_vnu = pytest.mark.skipif(not _IN_CI and vnu_missing() is not None, reason=str(vnu_missing()))
needs_xsd = pytest.mark.skipif(not _IN_CI and sitemap_xsd_missing() is not None,
                               reason=str(sitemap_xsd_missing()))


def _page(title: str, body: str, base: str, canonical: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{base}{canonical}">
<link rel="stylesheet" href="{'../../' if canonical else ''}style.css?v=1">
<link rel="alternate" type="application/atom+xml" href="{base}atom.xml">
</head>
<body>
<main id="content">
{body}
</main>
</body>
</html>
"""


def write_site(root: Path, base: str = BASE) -> Path:
    """A good two-page site with a feed, a sitemap and robots.txt, published at `base`."""
    prefix = base.split("example.org", 1)[1]
    index = f"""<h1 id="intro">首页</h1>
<p><a href="{POST_Q}#%E6%91%98%E8%A6%81">你好</a> <a href="{prefix}{POST}">同一篇</a>
<a href="#">顶部</a> <a href="#top">顶部</a> <a href="#intro">简介</a>
<a href="mailto:editor@example.org">邮件</a> <a href="https://other.example.com/x">外链</a>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<img src="logo.png" srcset="logo.png 1x, logo.png 2x" alt="标志"></p>"""
    post = """<article><h1>你好</h1><h2 id="摘要">摘要</h2>
<p><a href="../../">首页</a> <a href="../../index.html#intro">简介</a>
<a href="../../atom.xml">订阅</a></p></article>"""
    files = {
        "index.html": _page("首页", index, base, ""),
        f"{POST}index.html": _page("你好", post, base, POST),
        "style.css": "body { margin: 0 auto; max-width: 40rem; }\n",
        "logo.png": "",
        "atom.xml": f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>{base}</id>
  <title>每日精选</title>
  <updated>2024-05-02T08:00:00+08:00</updated>
  <author><name>编辑部</name></author>
  <link rel="self" href="{base}atom.xml"/>
  <link rel="alternate" href="{base}"/>
  <entry>
    <id>{base}{POST}</id>
    <title>你好</title>
    <updated>2024-05-02T08:00:00Z</updated>
    <link href="{base}{POST_Q}#%E6%91%98%E8%A6%81"/>
  </entry>
</feed>
""",
        "sitemap.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}</loc><lastmod>2024-05-02</lastmod></url>
  <url><loc>{base}{POST_Q}</loc></url>
</urlset>
""",
        "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def edit(site: Path, rel: str, old: str, new: str) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(params=[BASE, SUB], ids=["root", "subpath"])
def good(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    return write_site(tmp_path / "site", request.param), request.param


def test_good_site_has_no_link_or_feed_problems(good: tuple[Path, str]) -> None:
    site, base = good
    assert link_problems(site, base) == []
    assert feed_problems(site, base) == []


@needs_xsd
def test_good_site_has_no_sitemap_problems(good: tuple[Path, str]) -> None:
    assert sitemap_problems(*good) == []


Fault = Callable[[Path], None]
FAULTS: dict[str, tuple[Fault, Callable[[Path, str], list[str]], str, str]] = {
    # name: (break the site, checker, base_url, text the one problem must contain)
    "broken link": (lambda s: edit(s, "index.html", 'href="#intro"', 'href="missing.html"'),
                    link_problems, BASE, "index.html: broken link missing.html (no file missing.html"),
    "missing anchor": (lambda s: edit(s, f"{POST}index.html", "index.html#intro", "index.html#nope"),
                       link_problems, BASE, "broken link ../../index.html#nope (no id or name 'nope'"),
    "missing srcset image": (lambda s: edit(s, "index.html", "logo.png 2x", "logo@2x.png 2x"),
                             link_problems, BASE, "broken link logo@2x.png (no file logo@2x.png"),
    "root-relative link under a sub-path": (
        lambda s: edit(s, "index.html", f'href="/digest/{POST}"', f'href="/{POST}"'),
        link_problems, SUB, f"broken link /{POST} (root-relative path outside the base path /digest/"),
    "entry without id": (lambda s: edit(s, "atom.xml", f"<id>{BASE}{POST}</id>", ""),
                         feed_problems, BASE, "atom.xml: entry 1: entry has no <id>"),
    "entry date not RFC 3339": (lambda s: edit(s, "atom.xml", "2024-05-02T08:00:00Z", "2024年5月2日"),
                                feed_problems, BASE, "is not an RFC 3339 date-time"),
    "entry link to a missing anchor": (lambda s: edit(s, "atom.xml", "#%E6%91%98%E8%A6%81", "#nope"),
                                       feed_problems, BASE, "entry link"),
    "feed without rel=self": (lambda s: edit(s, "atom.xml", 'rel="self"', 'rel="related"'),
                              feed_problems, BASE, 'feed has no <link rel="self">'),
    "sitemap loc with no file": (lambda s: edit(s, "sitemap.xml", "</urlset>", f"<url><loc>{BASE}gone/</loc></url></urlset>"),
                                 sitemap_problems, BASE, "sitemap.xml:5: <loc> https://example.org/gone/: no file gone/index.html"),
    "sitemap not XSD-valid": (lambda s: edit(s, "sitemap.xml", "2024-05-02", "yesterday"),
                              sitemap_problems, BASE, "sitemap.xml:3: XSD:"),
    "page missing from the sitemap": (lambda s: edit(s, "sitemap.xml", f"<url><loc>{BASE}{POST_Q}</loc></url>", ""),
                                      sitemap_problems, BASE, f"page {POST}index.html"),
    "robots.txt without Sitemap": (lambda s: edit(s, "robots.txt", "Sitemap:", "# Sitemap:"),
                                   sitemap_problems, BASE, "robots.txt: no `Sitemap: https://example.org/sitemap.xml`"),
}


@pytest.mark.parametrize("name", FAULTS)
def test_checker_finds_the_fault(name: str, tmp_path: Path) -> None:
    break_site, checker, base, expected = FAULTS[name]
    if checker is sitemap_problems and not _IN_CI and sitemap_xsd_missing():
        pytest.skip(str(sitemap_xsd_missing()))
    site = write_site(tmp_path / "site", base)
    assert checker(site, base) == []
    break_site(site)
    problems = checker(site, base)
    assert len(problems) == 1 and expected in problems[0], problems


def test_external_and_special_links_are_skipped(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    edit(site, "index.html", "<h1", '<a href="tel:+861234"></a><a href="javascript:void(0)"></a>'
         '<a href="//cdn.example.net/x.js"></a><a href="https://example.org/nope.html#x"></a><h1')
    assert link_problems(site, BASE) == [
        "index.html: broken link https://example.org/nope.html#x (no file nope.html; line 12)"]


@needs_vnu
def test_vnu_passes_a_valid_site(tmp_path: Path) -> None:
    assert html_problems(write_site(tmp_path / "site")) == []


@needs_vnu
def test_vnu_finds_invalid_html_and_css(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    edit(site, f"{POST}index.html", "<h1>", "<blink>旧</blink><h1>")
    edit(site, "style.css", "margin: 0 auto;", "colr: red;")
    problems = sorted(html_problems(site))
    assert len(problems) == 3, problems  # blink is both unknown and obsolete
    assert all(p.startswith(f"{POST}index.html:12:10: ") and "blink" in p for p in problems[1:])
    assert problems[0].startswith("style.css:1:") and "colr" in problems[0]


@needs_vnu
@needs_xsd
def test_all_problems_on_a_good_site(tmp_path: Path) -> None:
    assert all_problems(write_site(tmp_path / "site", SUB), SUB) == []


def test_missing_vnu_jar_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="npm ci --prefix tests/validators|java"):
        html_problems(write_site(tmp_path / "site"), jar=tmp_path / "no.jar")
