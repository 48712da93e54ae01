"""Time the index (analysis, vectors, neighbours, topics, tags, related, stories) on a
generated corpus, cold and after one edit.

    python3 ../shared/bench/gen_corpus.py 10000 /tmp/bench-10000   # once
    python bench/index_speed.py /tmp/bench-10000/digest [--strip]

--strip removes topics and tags from every other article, so digest assigns them.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.build import BuildOptions, prepare_site  # noqa: E402
from digest.index import build_index  # noqa: E402
from digest.indexer import Indexer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("--strip", action="store_true")
    args = parser.parse_args()
    site = prepare_site(args.project, BuildOptions())
    articles = list(site.index.articles)
    if args.strip:
        articles = [dataclasses.replace(a, topics=(), tags=()) if n % 2 else a for n, a in enumerate(articles)]
    indexer = Indexer(site.config)
    started = time.perf_counter()
    build_index(articles, site.config, indexer)
    cold = time.perf_counter() - started
    edited = dataclasses.replace(articles[7], text=articles[7].text + "补充报道：公司宣布新的合作计划。",
                                 content_hash=articles[7].content_hash + "-edit")
    articles[7] = edited
    started = time.perf_counter()
    build_index(articles, site.config, indexer)
    warm = time.perf_counter() - started
    print("| articles | cold index s | index after one edit s | rows recomputed by the edit |\n|---|---|---|---|")
    print(f"| {len(articles)} | {cold:.2f} | {warm:.2f} | {indexer.graph.recomputed_rows} |")


if __name__ == "__main__":
    main()
