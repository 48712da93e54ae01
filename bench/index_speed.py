"""Time the index (vectors, neighbours, topics, tags, related, stories, the site index) on a
generated corpus: the index alone, with every article's text analysis given, as a build with
a warm parse cache has it.

    python3 ../shared/bench/gen_corpus.py 10000 /tmp/bench-10000   # once
    python bench/index_speed.py /tmp/bench-10000/digest [--strip] [--repeat 3]

--strip removes topics and tags from every other article, so digest assigns them. The parsed
articles (with their analyses) are cached in --cache (default: a file in the temp folder named
after the project), so only the first run parses.

Reports, medians of --repeat runs:
* cold: a fresh Indexer, analyses given (build_index from nothing);
* one edit: a reused Indexer after one article's text changed (its analysis given, as the parse
  step computes it), for an article without and one with front-matter topics;
* an article added, one removed, one's topics changed in front matter;
* no change: the same articles again;
and checks that the index after the edits equals a fresh build's.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.index.analysis import analyze  # noqa: E402
from digest.build import BuildOptions, select_published  # noqa: E402
from digest.load import load_articles, parse_settings  # noqa: E402
from digest.incremental.cache import ArticleCache  # noqa: E402
from digest.config import load_config  # noqa: E402
from digest.index.site import build_index  # noqa: E402
from digest.index.indexer import Indexer  # noqa: E402


# Put before an article's text: its opening is what the analysis reads.
LEAD = "快讯：公司宣布新的合作计划，双方将在人工智能芯片领域展开合作。"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--strip", action="store_true", help="remove topics and tags from every other article")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, help="parsed-article cache file (default: in the temp folder)")
    args = parser.parse_args()
    config, _problems = load_config(args.project, None)
    cache_file = args.cache or Path(tempfile.gettempdir()) / (
        "digest-index-bench-" + hashlib.sha1(str(args.project.resolve()).encode()).hexdigest()[:12] + ".pickle")
    started = time.perf_counter()
    analyses: dict = {}
    articles, _found = load_articles(config, ArticleCache(cache_file, parse_settings(config)), analyses)
    parse_seconds = time.perf_counter() - started
    articles = select_published(articles, config, BuildOptions())
    if args.strip:
        articles = [dataclasses.replace(a, topics=(), tags=()) if n % 2 else a for n, a in enumerate(articles)]
    print(f"{len(articles)} articles, parsed or read from {cache_file} in {parse_seconds:.1f} s (not part of the index)\n")

    def fresh_indexer() -> Indexer:
        indexer = Indexer(config)
        indexer.remember_analyses(analyses)
        return indexer

    cpu: dict[str, list[float]] = {}

    def timed(indexer: Indexer, items: list, what: str = "") -> float:
        begun, processor = time.perf_counter(), time.process_time()
        build_index(items, config, indexer)
        cpu.setdefault(what, []).append(time.process_time() - processor)  # all threads
        return time.perf_counter() - begun

    rows: list[tuple[str, list[float], str]] = []
    cold = []
    indexer = fresh_indexer()
    for _ in range(args.repeat):
        indexer = fresh_indexer()
        cold.append(timed(indexer, articles, "cold"))
    rows.append(("cold: fresh indexer, analyses given", cold, "cold"))
    counter = iter(range(10**6))

    def edit(article, **changes):
        """A changed copy of an article, with the analysis the parse step would compute."""
        changed = dataclasses.replace(article, content_hash=f"{article.content_hash}-{next(counter)}", **changes)
        analyses[changed.content_hash] = analyze(changed.title, changed.text)
        indexer.remember_analyses({changed.content_hash: analyses[changed.content_hash]})
        return changed

    current = list(articles)
    plain = [i for i, a in enumerate(current) if not a.topics][: args.repeat * 2]
    curated = [i for i, a in enumerate(current) if a.topics][: args.repeat * 2]
    scenarios = [
        ("one edit (text) of an article without topics", plain,
         lambda i: current.__setitem__(i, edit(current[i], text=LEAD + current[i].text))),
        ("one edit (text) of an article with topics", curated,
         lambda i: current.__setitem__(i, edit(current[i], text=LEAD + current[i].text))),
        ("one article's topics changed in front matter", curated,
         lambda i: current.__setitem__(i, edit(current[i], topics=(config.topics[-1].name,) if config.topics else ()))),
        ("one article added", list(range(args.repeat)),
         lambda i: current.append(edit(current[i], slug=f"bench-added-{i}", path=f"content/bench-added-{i}.md"))),
        ("one article removed", list(range(args.repeat)), lambda i: current.pop(len(current) // 2)),
        ("no change", list(range(args.repeat)), lambda i: None),
    ]
    for name, targets, change in scenarios:
        if not targets:  # (a corpus whose every article has topics has no plain one)
            continue
        times = []
        for i in targets[: args.repeat]:
            change(i)
            times.append(timed(indexer, current, name))
        rows.append((name, times, f"rows recomputed: {indexer.graph.recomputed_rows}" if "edit" in name else ""))
    # The state saved for the next process (digest build keeps it in .digest-cache/index.pickle).
    with tempfile.TemporaryDirectory() as folder:
        state_file = Path(folder) / "index.pickle"
        saves, loads, after = [], [], []
        for i in range(args.repeat):
            begun = time.perf_counter()
            indexer.save(state_file)
            saves.append(time.perf_counter() - begun)
            begun = time.perf_counter()
            indexer = Indexer.restore(state_file, config)
            loads.append(time.perf_counter() - begun)
            assert indexer._state is not None, "the saved state was not restored"
            indexer.remember_analyses(analyses)
            edited = plain or curated  # (a corpus whose every article has topics has no plain one)
            position = edited[(args.repeat + i) % len(edited)]
            current[position] = edit(current[position], text=LEAD + current[position].text)
            after.append(timed(indexer, current, "after restore"))
        size = state_file.stat().st_size / 2**20
    rows.append(("save the state (pickle)", saves, f"{size:.0f} MB"))
    rows.append(("restore the state (unpickle)", loads, ""))
    rows.append(("one edit, first build after a restore (site index rebuilt)", after, "after restore"))
    patched, _ = build_index(current, config, indexer)
    fresh, _ = build_index(list(current), config, fresh_indexer())
    same = (
        [a.slug for a in patched.articles] == [a.slug for a in fresh.articles]
        and {k: [a.slug for a in v] for k, v in patched.related.items()} == {k: [a.slug for a in v] for k, v in fresh.related.items()}
        and [(t.slug, [a.slug for a in t.articles]) for t in patched.tags] == [(t.slug, [a.slug for a in t.articles]) for t in fresh.tags]
        and [(t.slug, [a.slug for a in t.articles]) for t in patched.topics] == [(t.slug, [a.slug for a in t.articles]) for t in fresh.topics]
        and [(s.id, [a.slug for a in s.articles]) for s in patched.stories] == [(s.id, [a.slug for a in s.articles]) for s in fresh.stories]
        and patched.topic_source == fresh.topic_source and patched.tag_source == fresh.tag_source
    )
    print("| index of", len(current), "articles | median s | CPU s (all threads) | runs s | |\n|---|---|---|---|---|")
    for name, times, note in rows:
        key = note if note in cpu else name
        used = f"{statistics.median(cpu[key]):.3f}" if key in cpu else ""
        note = "" if note in cpu else note
        print(f"| {name} | {statistics.median(times):.3f} | {used} | {' '.join(f'{t:.3f}' for t in times)} | {note} |")
    print(f"\nindex after the edits equals a fresh build's: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
