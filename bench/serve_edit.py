#!/usr/bin/env python3
"""One edit in `digest serve`, stage by stage, in-process.

    python3 bench/serve_edit.py SITE [--edits 5] [--profile FILE]
    python3 bench/serve_edit.py SITE --served [--edits 5]

Starts a `BuildSession` on SITE (use a site built once, so that the session starts from its
caches), rebuilds once, makes one warm-up edit, then times `session.rebuild()` (page on disk)
after each of `--edits` edits of one article's body (a paragraph added) and as many of its title
(front matter), and prints the median of each stage: reading and parsing the changed file, the
indexer's update (and its steps), the site index patch, the incremental planner, rendering and
writing (the rest). The article is put back as it was at the end. `--profile FILE` writes a cProfile
of the last edit's rebuild of each kind (FILE with .body or .title before its suffix).
`--served`: the figure `bench/speed.py` gives instead, through a real `digest serve` (its
watcher, its search index refreshed after each rebuild): from saving a body edit to the
article's page on disk with the edit in it, with `speed.py`'s own loop. Wall times on a shared machine are noisy: give several edits.
"""
from __future__ import annotations

import argparse
import cProfile
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: it may name another checkout

from digest import build as build_module
from digest.build import PreparedSite
from digest.incremental import IncrementalPlanner
from digest.index import indexer as indexer_module
from digest.index import patch as patch_module
from digest.index import site as site_module
from digest.index import update as update_module
from digest.options import BuildOptions
from digest.serve.session import BuildSession

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, function):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.perf_counter() - started
    wrapper.__name__ = getattr(function, "__name__", name)
    return wrapper


def timed_generator(name: str, function):
    def wrapper(*args, **kwargs):
        items = function(*args, **kwargs)
        while True:
            started = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                SPENT[name] += time.perf_counter() - started
                return
            SPENT[name] += time.perf_counter() - started
            yield item
    return wrapper


def instrument() -> list[str]:
    """Time the stages of a rebuild (the names, in the order printed)."""
    build_module.load_articles = timed("load (read, parse)", build_module.load_articles)
    indexer_module.Indexer.facts = timed("index: indexer update", indexer_module.Indexer.facts)
    update_module.UPDATE_STEPS = tuple(timed(f"  {step.__name__}", step) for step in update_module.UPDATE_STEPS)
    patch_module.SiteState.patch = timed("index: site index patch", patch_module.SiteState.patch)
    site_module.build_index = timed("index (all)", site_module.build_index)
    build_module.build_index = site_module.build_index
    IncrementalPlanner.plan = timed("planner", IncrementalPlanner.plan)
    PreparedSite.outputs = timed_generator("render (outputs)", PreparedSite.outputs)
    return ["load (read, parse)", "index (all)", "index: indexer update",
            *(f"  {step.__name__}" for step in update_module.UPDATE_STEPS), "index: site index patch",
            "planner", "render (outputs)"]


def edit_body(original: str, number: int) -> str:
    return original + f"\n\n新增段落 bench{number}。\n"


def edit_title(original: str, number: int) -> str:
    edited, count = re.subn(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} {number}"', original, count=1, flags=re.M)
    assert count == 1, "no quoted title in the front matter"
    return edited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--article", type=int, help="which article (by sorted path; default: the middle one)")
    parser.add_argument("--served", action="store_true", help="time edits through `digest serve` (speed.py's loop)")
    args = parser.parse_args()
    root = args.site.resolve()
    if args.served:
        served(root, args.edits, args.article)
        return
    names = instrument()
    session = BuildSession(root, BuildOptions())
    started = time.perf_counter()
    first = session.rebuild()
    print(f"first build: {time.perf_counter() - started:.1f} s, {first.articles} articles, ok={first.ok}", flush=True)
    session.settle_memory()
    articles = sorted((root / "content").rglob("*.md"))
    article = articles[len(articles) // 2 if args.article is None else args.article]
    original = article.read_text(encoding="utf-8")
    rows: dict[str, list[dict[str, float]]] = {}
    try:
        for kind, edit in (("body", edit_body), ("title", edit_title)):
            rows[kind] = []
            for number in range(args.edits + 1):
                article.write_text(edit(original, number), encoding="utf-8")
                SPENT.clear()
                profile = cProfile.Profile() if args.profile and number == args.edits else None
                cpu, started = time.process_time(), time.perf_counter()
                if profile:
                    profile.enable()
                result = session.rebuild({str(article)})
                if profile:
                    profile.disable()
                    profile.dump_stats(args.profile.with_suffix(f".{kind}{args.profile.suffix}"))
                wall, cpu = time.perf_counter() - started, time.process_time() - cpu
                assert result.ok and result.changed, (result.problems, result.changed)
                if number:  # the first edit of each kind warms up
                    rows[kind].append({**SPENT, "rebuild (page on disk)": wall, "rebuild CPU": cpu})
                print(f"{kind} edit {number}: {wall * 1000:.0f} ms, {result.rendered} rendered, "
                      f"{len(result.changed)} changed", flush=True)
                session.settle_memory()
    finally:
        article.write_text(original, encoding="utf-8")
        session.rebuild({str(article)})
        session.search.wait(900)  # site/ as `digest build` leaves it, search index included
    print(f"\nmedian of {args.edits} edits, ms ({first.articles} articles)")
    print("| stage | body edit | title edit |\n|---|---|---|")
    for name in ["rebuild (page on disk)", "rebuild CPU", *names]:
        cells = [statistics.median(row.get(name, 0.0) for row in rows[kind]) * 1000 for kind in ("body", "title")]
        print(f"| {name} | {cells[0]:.1f} | {cells[1]:.1f} |")


def served(root: Path, edits: int, number: int | None) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from speed import _edit_loop, digest_cmd

    articles = sorted((root / "content").rglob("*.md"))
    article = articles[len(articles) // 2 if number is None else number]
    times = _edit_loop(digest_cmd(root, "serve", "--port", "0"), None, article, root / "site", article.stem,
                       r"serving .* at http", edits)
    print("digest serve, one body edit, page on disk, s:", [round(t, 3) for t in times],
          "median", round(statistics.median(times), 3))


if __name__ == "__main__":
    main()
