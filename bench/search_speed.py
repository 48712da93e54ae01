"""Search index speed: digest's own index (digest/search/files.py) against Pagefind, on the same
documents of the peer benchmark's generated corpus (`../shared/bench/gen_corpus.py`).

    /work/venv/bin/python bench/search_speed.py                     # 1,000 and 10,000 articles
    /work/venv/bin/python bench/search_speed.py 1000 --pagefind     # and Pagefind once per size
    /work/venv/bin/python bench/search_speed.py 1000 --pagefind --pairs   # and as digest fed it before

The corpus is /tmp/bench-N/digest (generated when missing). Its articles are parsed once with
digest's parser and their search documents kept in /tmp/search-bench-N.pickle. Timed, best of
--runs: computing the index of all articles and writing it into an empty folder (what
`digest build` does when the articles changed), wall and CPU time of this one process;
separately the key that decides whether the index must be rebuilt. Pagefind (the
`pagefind[extended]` package, no longer a dependency of digest; `pip install` it to compare)
indexes one HTML page per article with the same title and text: as they are, and with
--pairs as digest used to feed it (every Chinese run as overlapping pairs, each an ASCII word).
The machine's load average is printed with the table: the machine may be shared.
"""
from __future__ import annotations

import argparse
import html
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.search.staged import documents_key, search_docs, write_index  # noqa: E402
from digest.search.docs import SearchDoc  # noqa: E402
from digest.search.files import MANIFEST, char_tables, index_files  # noqa: E402

GEN_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "gen_corpus.py"


def load_docs(size: int) -> list[SearchDoc]:
    return load_site(size)[0]


def load_site(size: int) -> tuple[list[SearchDoc], tuple]:
    """The search documents of the bench corpus of `size` articles and its stories
    (stories.story_groups, as `digest build` finds them), kept in /tmp after the first call."""
    corpus = Path(f"/tmp/bench-{size}")
    if not (corpus / "digest" / "content").is_dir():
        subprocess.run([sys.executable, str(GEN_CORPUS), str(size), str(corpus)], check=True)
    saved = Path(f"/tmp/search-bench-{size}.v2.pickle")
    stamp = (corpus / "manifest.json").stat().st_mtime_ns if (corpus / "manifest.json").exists() else 0
    if saved.exists():
        with saved.open("rb") as handle:
            kept_stamp, docs, stories = pickle.load(handle)
        if kept_stamp == stamp:
            return docs, stories
    from digest.build import BuildOptions, load_articles, parse_settings, select_published
    from digest.incremental.cache import ArticleCache
    from digest.config import load_config
    from digest.index import build_index
    from digest.search.stories import story_groups
    config, _problems = load_config(corpus / "digest")
    print(f"parsing and indexing {size} articles (once)...", file=sys.stderr, flush=True)
    articles, _found = load_articles(config, ArticleCache(None, parse_settings(config)))
    published = select_published(articles, config, BuildOptions())
    docs = search_docs(published)
    stories = story_groups(build_index(published, config)[0].stories)
    with saved.open("wb") as handle:
        pickle.dump((stamp, docs, stories), handle)
    return docs, stories


def time_digest(docs: list[SearchDoc], runs: int) -> dict:
    char_tables()  # once per process, ~0.1 s
    best = None
    for _ in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="search-bench-"))
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            files = index_files(docs)
            write_index(files, folder / "index")
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            shutil.rmtree(folder)
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "cpu": cpu, "files": files}
    files = best.pop("files")
    key = time.perf_counter()
    documents_key(docs)
    best["key"] = time.perf_counter() - key
    shards = [len(data) for name, data in files.items() if name.startswith("t/")]
    best.update(count=len(files), mb=sum(map(len, files.values())) / 1e6, shards=len(shards), largest=max(shards),
                manifest=len(files[MANIFEST]))
    return best


_CJK_RUN = re.compile("[\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


def _paired(text: str) -> str:
    """How digest fed Pagefind before: each Chinese run as its pairs and last character, each
    written `_` + 4 base-36 digits a character."""
    def code(char: str) -> str:
        number, digits = ord(char), ""
        while number:
            number, digit = divmod(number, 36)
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        return digits.rjust(4, "0")

    def pairs(match: re.Match[str]) -> str:
        codes = [code(c) for c in match.group()]
        return " " + " ".join([f"_{a}{b}" for a, b in zip(codes, codes[1:])] + [f"_{codes[-1]}"]) + " "
    return _CJK_RUN.sub(pairs, text)


def time_pagefind(docs: list[SearchDoc], paired: bool) -> float | None:
    try:
        from pagefind.service import get_executable
        binary = get_executable()
    except Exception:  # noqa: BLE001 - not installed: no row
        return None
    if binary is None:
        return None
    site = Path(tempfile.mkdtemp(prefix="search-bench-pagefind-"))
    try:
        convert = _paired if paired else (lambda text: text)
        for doc in docs:
            page = site / doc.url / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            body = "".join(f"<p>{html.escape(convert(p))}</p>\n" for p in doc.text.split("\n") if p.strip())
            page.write_text(f'<!DOCTYPE html><html lang="{"und" if paired else "zh-cn"}"><head><meta charset="utf-8">'
                            f"<title>-</title></head><body><main data-pagefind-body><h1>{html.escape(convert(doc.title))}</h1>\n"
                            f"{body}</main></body></html>\n", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([str(binary), "--site", str(site), "--output-path", str(site / "pagefind")], cwd=site,
                       check=True, capture_output=True)
        return time.perf_counter() - started
    finally:
        shutil.rmtree(site, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pagefind", action="store_true", help="time Pagefind once per size on the same documents")
    parser.add_argument("--pairs", action="store_true", help="with --pagefind: also as digest fed it before (slow)")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        docs = load_docs(size)
        chars = sum(len(d.title) + len(d.text) for d in docs)
        digest = time_digest(docs, args.runs)
        plain = time_pagefind(docs, False) if args.pagefind else None
        pairs = time_pagefind(docs, True) if args.pagefind and args.pairs else None
        rows.append((size, chars, digest, plain, pairs))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nsearch index, best of {args.runs} (machine load average {load}, {os.cpu_count()} cores)\n")
    print("| articles | characters | digest: index computed + written (wall / CPU) | key | files | MB | shards (largest) | manifest | Pagefind, same documents | Pagefind, pairs |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for size, chars, d, plain, pairs in rows:
        show = lambda value: f"{value:.2f} s" if value is not None else "—"  # noqa: E731
        print(f"| {size:,} | {chars / 1e6:.1f} M | {d['wall']:.2f} s / {d['cpu']:.2f} s | {d['key']:.2f} s | {d['count']} "
              f"| {d['mb']:.1f} | {d['shards']} ({d['largest'] / 1024:.0f} KB) | {d['manifest'] / 1024:.1f} KB "
              f"| {show(plain)} | {show(pairs)} |")


if __name__ == "__main__":
    main()
