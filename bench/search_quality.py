"""Search quality on real queries (issue 18): recall@10 and MRR of digest's search, run with
digest/search/reader.py, the Python twin of the search page's script (the same terms, folding,
scores and order; tests/test_search.py checks the browser agrees on the cases it covers).

    /work/venv/bin/python bench/search_quality.py            # the table (tune and holdout aggregates)
    /work/venv/bin/python bench/search_quality.py -v         # and every tune query that misses
    /work/venv/bin/python bench/search_quality.py --browser  # and every query again in Chromium
    /work/venv/bin/python bench/search_quality.py --ingested # the reports as `digest ingest` makes them
    /work/venv/bin/python bench/search_quality.py --rounds u # only the events of bench/events/u.yaml
    /work/venv/bin/python bench/search_quality.py --no-stories  # the index without the site's stories

The site: the 1,000 THUCNews articles (`../shared/corpus/thucnews-cnews-1k/`, title and body split
as bench/index_quality.py does) plus every report of `bench/events/` (real pages of the events
and templated-series articles of every round, bench/events/<round>.yaml; with --rounds, of the
rounds named only: the site then holds those reports alone), each written as the Markdown
article file a user would have after scraping it: title = the report's headline (the gold one;
its first line for the reports whose headline the collector did not note), date = the date the
page states, else its event's date (else 2020-07-01, for the few series articles with no date),
source = the outlet, body = the page text exactly as scraped, one
paragraph a line, furniture (navigation, "下一篇", related links) included. THUCNews articles get
dates spread evenly over the reports' years (2015-2025), so that "newer first" favours neither.
The files go through digest's own parser (`parse_article`: Markdown, summary), the index is
written by `index_files` and the site's stories (digest's index of the same articles) added to it
by `with_stories`, as `digest build` does (`--no-stories`: the index without them). With --ingested, the reports are instead the
articles `digest ingest` makes of the pages (bench/story_quality.py's ingest: its own title, date
and source, furniture and leaked pinyin readings removed, copies of one text merged into one
article), as a digest user's site has them.

Every event (and every one-report article of a templated series) has 2-4 queries as a reader
types them. For each query: recall@10 = the share of the event's reports in the first ten
results; MRR = 1 / rank of the first of them (0 when none is found). A query is Traditional
when OpenCC's t2s changes it, else Simplified. Holdout: events whose
int(sha1(event id), 16) % 3 == 0; only their aggregate is printed, never a query of theirs.

With --browser the index is also put behind a real search page (bench/search_browser.py) and
every query is typed into it in headless Chromium: the first 10 results search.js shows (its
first page) must be reader.py's first 10, and the table is printed again from the browser's
lists (MRR counts a first report below rank 10 as 0 there).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.config import Config  # noqa: E402
from digest.content.article import ParseSettings, parse_article  # noqa: E402
from digest.index import build_index  # noqa: E402
from digest.search.files import index_files  # noqa: E402
from digest.search.reader import search  # noqa: E402
from digest.search.staged import search_docs  # noqa: E402
from digest.search.stories import stories_data, story_groups, with_stories  # noqa: E402

HERE = Path(__file__).resolve().parent
EVENTS = HERE / "events"
CORPUS = HERE.parents[1] / "shared/corpus/thucnews-cnews-1k/cnews.val.1000.txt"
TZ = timezone(timedelta(hours=8))
SETTINGS = ParseSettings(timezone="Asia/Shanghai", summary_chars=120)


def split_title(line: str) -> tuple[str, str]:
    """As bench/index_quality.py: the title ends at the first space within 6-30 characters, else
    it is the first 20 characters."""
    cut = next((i for i, c in enumerate(line) if c.isspace()), -1)
    cut = cut if 6 <= cut <= 30 else 20
    return line[:cut], line[cut:].strip()


def holdout(event_id: str) -> bool:
    return int(hashlib.sha1(event_id.encode()).hexdigest(), 16) % 3 == 0


def article_file(title: str, when: datetime, source: str, body: str) -> bytes:
    paragraphs = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {when:%Y-%m-%d %H:%M}\n"
            f"source: {json.dumps(source, ensure_ascii=False)}\n---\n\n{paragraphs}\n").encode()


def report_date(report: dict, event: dict) -> datetime:
    stated = report.get("date")
    for value in (stated, event["date"]):
        if value is None:
            continue
        text = str(value)
        for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m"):
            try:
                return datetime.strptime(text, pattern).replace(tzinfo=TZ)
            except ValueError:
                pass
    return datetime(2020, 7, 1, tzinfo=TZ)  # 5 one-report articles with no date at all: mid-range


def load_events(rounds=None) -> list[dict]:
    """The events of the rounds named (bench/events/<round>.yaml), of every round when None."""
    files = sorted(EVENTS.glob("*.yaml"))
    unknown = set(rounds or ()) - {f.stem for f in files}
    if unknown:
        raise SystemExit(f"no such round in {EVENTS}: {', '.join(sorted(unknown))}")
    events = []
    for path in files:
        if not rounds or path.stem in rounds:
            events += yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
    return events


def build_site_docs(events: list[dict], ingested: bool = False):
    """The search documents of the site, the url path of each report (with `ingested`, of
    each report `digest ingest` kept, copies merged as it merges them), and the site's stories
    as digest's index makes them (stories.story_groups)."""
    articles, url_of = [], {}
    if ingested:
        articles, url_of = ingested_reports(events)
    for event in [] if ingested else events:
        for report in event["reports"]:
            text = (EVENTS / "reports" / f"{report['id']}.txt").read_text(encoding="utf-8")
            title = report.get("headline") or next(line.strip() for line in text.splitlines() if line.strip())
            raw = article_file(title, report_date(report, event), report.get("outlet") or "", text)
            article, problems = parse_article(f"content/{report['id']}.md", raw, SETTINGS)
            assert article is not None, problems
            articles.append(article)
            url_of[report["id"]] = article.url_path
    lines = [line.rstrip("\n").split("\t", 1) for line in CORPUS.open(encoding="utf-8") if "\t" in line]
    start, end = datetime(2015, 1, 1, tzinfo=TZ), datetime(2025, 12, 31, tzinfo=TZ)
    step = (end - start) / len(lines)
    for i, (_label, text) in enumerate(lines):
        title, body = split_title(text)
        article, problems = parse_article(f"content/thuc{i:04d}.md", article_file(title, start + step * i, "新浪", body), SETTINGS)
        assert article is not None, problems
        articles.append(article)
    index, _problems = build_index(articles, Config(root=Path(".")))
    return search_docs(articles), url_of, story_groups(index.stories)


def ingested_reports(events: list[dict]):
    """The reports as `digest ingest` makes them of the scraped pages (bench/story_quality.py:
    title, date and source as ingest finds them, furniture and leaked pinyin removed, copies
    merged): the articles, and the url path of each report kept."""
    import tempfile

    sys.path.insert(0, str(HERE))
    from story_quality import Report, ingest

    reports = [Report(r["id"], e["id"], report_date(r, e), "") for e in events for r in e["reports"]]
    with tempfile.TemporaryDirectory() as folder:
        by_report = ingest(reports, Path(folder))
    articles = list({id(a): a for a in by_report.values()}.values())
    return articles, {report_id: article.url_path for report_id, article in by_report.items()}


def traditional(query: str) -> bool:
    import opencc

    return opencc.OpenCC("t2s").convert(query) != query


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the tune queries that miss")
    parser.add_argument("--browser", action="store_true", help="run every query in headless Chromium too")
    parser.add_argument("--ingested", action="store_true", help="the reports as `digest ingest` makes them of the pages")
    parser.add_argument("--no-stories", action="store_true", help="an index without the site's stories (as before issue 18's stories)")
    parser.add_argument("--rounds", nargs="+", metavar="ROUND",
                        help="only the events of these rounds (bench/events/<round>.yaml, `u` or `t,s`); default every round")
    args = parser.parse_args()
    rounds = [name for value in args.rounds or () for name in value.split(",") if name] or None
    events = load_events(rounds)
    docs, url_of, stories = build_site_docs(events, args.ingested)
    started = time.perf_counter()
    files = index_files(docs)
    seconds = time.perf_counter() - started
    plain = sum(map(len, files.values()))
    if not args.no_stories:
        files = with_stories(files, stories_data(stories, [doc.url for doc in docs]))
    size = sum(map(len, files.values()))
    rows = []  # (split, script, recall, rr)
    query_seconds = []
    ranked: dict[str, list[str]] = {}
    for event in events:
        split = "holdout" if holdout(event["id"]) else "tune"
        for query in event.get("queries") or []:
            began = time.perf_counter()
            urls = ranked[query] = [hit.meta[0] for hit in search(files.__getitem__, query)]
            query_seconds.append(time.perf_counter() - began)
            rows.append(measure(event, split, query, urls, url_of, args.verbose))
    print(f"\nrounds {', '.join(rounds) if rounds else 'all'}: {len(docs)} articles ({len(url_of)} reports), index {size / 1e6:.2f} MB in {len(files)} files "
          f"({size - plain:,} bytes of them the file of its {len(stories)} stories), "
          f"built in {seconds:.2f} s; {len(rows)} queries, median {sorted(query_seconds)[len(query_seconds) // 2] * 1000:.0f} ms "
          f"in Python\n")
    table(rows)
    if args.browser:
        shown = in_browser(files, list(ranked))
        differ = [q for q in ranked if shown[q] != ranked[q][:10]]
        print(f"\nin Chromium: {len(ranked) - len(differ)} of {len(ranked)} queries show reader.py's first 10 results"
              + (f"; differ: {differ}" if differ else "") + "\n")
        table([measure(event, "holdout" if holdout(event["id"]) else "tune", query, shown[query], url_of, False)
               for event in events for query in event.get("queries") or []])


def measure(event: dict, split: str, query: str, urls: list[str], url_of: dict, verbose: bool) -> tuple:
    wanted = {url_of[r["id"]] for r in event["reports"] if r["id"] in url_of}
    recall = len(wanted & set(urls[:10])) / len(wanted)
    rank = next((i + 1 for i, url in enumerate(urls) if url in wanted), None)
    if verbose and split == "tune" and (recall < 1 or not rank or rank > 1):
        print(f"{event['id']:40} {query!r:28} recall@10 {recall:.2f} first at {rank} of {len(urls)}")
    return split, "traditional" if traditional(query) else "simplified", recall, 1 / rank if rank else 0.0


def in_browser(files: dict[str, bytes], queries: list[str]) -> dict[str, list[str]]:
    """Each query typed into the search page in headless Chromium: the urls of the results shown."""
    import functools
    import http.server
    import shutil
    import tempfile
    import threading

    sys.path.insert(0, str(HERE.parent / "tests"))
    sys.path.insert(0, str(HERE))
    from browser import close_browser, open_browser
    from search_browser import WATCH, _Quiet, _wait, small_site

    from digest.search.staged import SEARCH_DIR, write_index

    work = Path(tempfile.mkdtemp(prefix="search-quality-"))
    try:
        site = small_site(work)
        shutil.rmtree(site / SEARCH_DIR)
        write_index(files, site / SEARCH_DIR)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        driver = open_browser(1280, 900)
        shown = {}
        try:
            driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/search/")
            for query in queries:
                driver.execute_script("""window.__searchDone = null;
                    const input = document.getElementById('search-query');
                    input.value = arguments[0]; input.form.requestSubmit();""", query)
                _wait(driver)
                shown[query] = [href.lstrip("/") for href in driver.execute_script(
                    "return [...document.querySelectorAll('.search-result h2 a')].map(a => a.getAttribute('href'))")]
            # (Chromium warns when a page replaces its address hundreds of times in seconds, as here)
            log = [entry for entry in driver.get_log("browser") if "Throttling navigation" not in entry["message"]]
            assert log == [], log
        finally:
            close_browser(driver)
            server.shutdown()
        return shown
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(rows: list[tuple]) -> None:
    print("| queries | split | n | recall@10 | MRR |")
    print("|---|---|---|---|---|")
    for split in ("tune", "holdout", None):
        for script in (None, "simplified", "traditional"):
            chosen = [r for r in rows if (split is None or r[0] == split) and (script is None or r[1] == script)]
            if not chosen:
                continue
            recall = sum(r[2] for r in chosen) / len(chosen)
            mrr = sum(r[3] for r in chosen) / len(chosen)
            print(f"| {script or 'all'} | {split or 'both'} | {len(chosen)} | {recall:.3f} | {mrr:.3f} |")
    print()


if __name__ == "__main__":
    main()
