"""Search in a real browser: query to results on the 10,000-article bench site, page load
included, in headless Chromium (tests/browser.py's flags).

    /work/venv/bin/python bench/search_browser.py            # 10,000 articles
    /work/venv/bin/python bench/search_browser.py 1000 --runs 5

The search page and its script come from a real `digest build` of a small site; its index
folder is then replaced by the index of the bench corpus's N articles (`bench/search_speed.py`'s
documents of `../shared/bench/gen_corpus.py` and their stories, the same files `digest build`
would write for them; `--no-stories` leaves the stories out). The site is served over HTTP on 127.0.0.1. Each measurement is one navigation to
`/search/?q=…` with the browser's cache cleared (cold: page, stylesheet, script, manifest, fold
map, shards and chunks all fetched), timed in the page from the navigation's start to the moment
the status line announces the results (a MutationObserver installed before any script runs);
then the same query typed again on the open page (warm: files cached in the page).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import statistics
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from browser import close_browser, open_browser  # noqa: E402
from digest.build import build_site  # noqa: E402
from digest.search.files import index_files  # noqa: E402
from digest.search.staged import SEARCH_DIR, write_index  # noqa: E402
from search_speed import load_site  # noqa: E402

from digest.search.stories import stories_data, with_stories  # noqa: E402

QUERIES = ["人工智能公司", "新能源汽车销量", "央行降准", "公积金贷款额度", "國貿大廈爆破", "苏州 爆破", '"团结稳定"',
           "住建部", "AI 芯片", "长江客轮倾覆", "量子计算机突破", "华为"]
WATCH = """
window.__searchDone = null;
new MutationObserver(() => {
  const status = document.getElementById('search-status');
  if (status && /^(找到|没有找到)/.test(status.textContent) && window.__searchDone === null) {
    window.__searchDone = performance.now();
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def small_site(folder: Path) -> Path:
    (folder / "content/2025/06").mkdir(parents=True)
    (folder / "digest.yaml").write_text("title: 搜索基准\nbase_url: https://example.org/\nsearch: true\n", encoding="utf-8")
    (folder / "content/2025/06/a.md").write_text("---\ntitle: 一篇文章\ndate: 2025-06-01\n---\n\n正文。\n", encoding="utf-8")
    report = build_site(folder)
    assert report.ok, report
    return folder / "site"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", nargs="?", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3, help="navigations per query")
    parser.add_argument("--no-stories", action="store_true", help="an index without the corpus's stories")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="search-browser-"))
    try:
        site = small_site(work)
        docs, stories = load_site(args.size)
        files = index_files(docs)
        plain = sum(map(len, files.values()))
        if not args.no_stories:
            files = with_stories(files, stories_data(stories, [doc.url for doc in docs]))
        shutil.rmtree(site / SEARCH_DIR)
        write_index(files, site / SEARCH_DIR)
        size = sum(map(len, files.values()))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        driver = open_browser(1280, 900)
        cold, warm, counts = [], [], {}
        try:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
            driver.execute_cdp_cmd("Network.enable", {})
            for _ in range(args.runs):
                for query in QUERIES:
                    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                    driver.get(base + "search/?q=" + quote(query))
                    cold.append(_wait(driver))
                    counts[query] = driver.find_element("id", "search-status").text
                    driver.execute_script("""window.__searchDone = null; window.__typed = performance.now();
                        const input = document.getElementById('search-query');
                        input.value = arguments[0] + ' '; input.form.requestSubmit();""", query)
                    warm.append(_wait(driver) - driver.execute_script("return window.__typed"))
            assert driver.get_log("browser") == []
        finally:
            close_browser(driver)
            server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{args.size:,} articles, index {size / 1e6:.2f} MB in {len(files)} files ({plain / 1e6:.2f} MB without the "
          f"file of its {len(stories)} stories); {len(QUERIES)} queries x {args.runs} "
          f"(load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {os.cpu_count()} cores)\n")
    for query, status in counts.items():
        print(f"  {query}: {status}")
    print(f"\nthe browser's first navigation: {cold[0]:.0f} ms; the slowest five cold: {', '.join(f'{v:.0f}' for v in sorted(cold)[-5:])}")
    print("\n| query to results, headless Chromium | median ms | p90 ms | max ms |\n|---|---|---|---|")
    for name, values in (("cold: navigation with an empty cache, page load included", cold),
                         ("warm: the query submitted again on the open page", warm)):
        values = sorted(values)
        print(f"| {name} | {statistics.median(values):.0f} | {values[int(0.9 * (len(values) - 1))]:.0f} | {values[-1]:.0f} |")


def _wait(driver, timeout: float = 20) -> float:
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, timeout, poll_frequency=0.02).until(lambda d: d.execute_script("return window.__searchDone") is not None)
    return driver.execute_script("return window.__searchDone")


if __name__ == "__main__":
    main()
