#!/usr/bin/env python3
"""`digest ingest` on all 1,998 inews-ccf2019 items, as a new user feeds them (not redistributed:
../shared/corpus/inews-ccf2019/, SOURCE.md there).

    python bench/ingest_inews.py [--show-sample] [--keep DIR]

Each item is written as it was scraped: its title line, then its content (literal `\\n` sequences
and all; an item without a title starts with its content). Prints the characters each rule
removed, dates in the future (must be 0), empty titles (must be 0), drafts and why, and the real
text lost on a hand-checked sample: 40 items drawn with a fixed seed, whose removed lines that are
real text are listed in `inews_gold.yaml` (ids and those lines only; a line counts as lost while the
body written does not hold it). `--show-sample` prints what was removed from each sampled item,
and its title, to check the gold by hand. Exits 1 when a future date or an
empty title is written.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from digest.ingest.report import IngestResult
from digest.ingest.run import ingest_paths
from digest.ingest.settings import IngestSettings

INEWS = HERE.parents[1] / "shared" / "corpus" / "inews-ccf2019"
GOLD = HERE / "inews_gold.yaml"
SAMPLE_SEED, SAMPLE_SIZE = 17, 40
# rules that change characters, not text: not counted as removals
_FORMAT_RULES = ("spaces", "invisible_chars", "escaped_breaks", "html_entities")


def item_name(split: str, idx: int) -> str:
    return f"inews-{split}-{idx:04d}.txt"


def write_items(folder: Path) -> list[str]:
    """Every item as `title\\ncontent`, as scraped; the names, in corpus order."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    names = []
    for split in ("dev", "test"):
        for line in (INEWS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            name = item_name(split, item["idx"])
            title = item["title"].strip()
            (folder / name).write_text((title + "\n" if title else "") + item["content"], encoding="utf-8")
            names.append(name)
    return names


def ingest(work: Path) -> tuple[list[str], IngestResult, Path]:
    names = write_items(work / "inputs")
    project = work / "site"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    (project / "digest.yaml").write_text("title: inews\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    return names, ingest_paths(project, [work / "inputs"], IngestSettings()), project


def front_matter(project: Path, rel: str) -> dict:
    text = (project / rel).read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def sample_names(names: list[str]) -> list[str]:
    return sorted(random.Random(SAMPLE_SEED).sample(names, SAMPLE_SIZE))


def load_gold() -> dict[str, list[str]]:
    """item name -> its removed lines that are real text (hand-checked)."""
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8")) or []
    gold = {}
    for entry in entries:
        split, idx = entry["item"].split("/")
        gold[item_name(split, int(idx))] = entry.get("real_text") or []
    return gold


def measure(names: list[str], result: IngestResult, project: Path, now: datetime) -> dict:
    by_rule: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    future, empty, failed = [], [], Counter()
    for outcome in result.outcomes:
        article = outcome.article
        if outcome.status == "failed" or article is None:
            failed[outcome.reason] += 1
            continue
        for removal in article.removals:
            if removal.rule not in _FORMAT_RULES:
                by_rule[removal.rule] += len(removal.text)
        if outcome.status == "duplicate":
            continue
        front = front_matter(project, outcome.output)
        if str(front.get("date", ""))[:10] > now.date().isoformat():
            future.append(f"{outcome.input}: {front.get('date')}")
        if not str(front.get("title") or "").strip():
            empty.append(outcome.input)
        if front.get("draft"):
            drafts["(articles)"] += 1
            drafts.update({warning.check for warning in article.warnings if warning.serious})
    return {"by_rule": by_rule, "future": future, "empty": empty, "drafts": drafts, "failed": failed,
            "articles": sum(1 for o in result.outcomes if o.status in ("written", "updated", "unchanged")),
            "duplicates": sum(1 for o in result.outcomes if o.status == "duplicate")}


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sample_loss(result: IngestResult, project: Path, sample: list[str], gold: dict[str, list[str]]) -> tuple[int, int, int]:
    """(real-text characters lost, all characters removed, real-text characters in the gold) over
    the sample. A gold line is lost while the body written for its item (or the article its copy
    joined) does not hold it: removed, or taken for the headline."""
    outcomes = {Path(o.input).name: o for o in result.outcomes}
    lost = removed = known = 0
    for name in sample:
        outcome = outcomes[name]
        article = outcome.article
        removed += sum(len(r.text) for r in (article.removals if article else ()) if r.rule not in _FORMAT_RULES)
        rel = outcome.duplicate_of or outcome.output
        body = _plain((project / rel).read_text(encoding="utf-8").split("---\n", 2)[2]) if rel else ""
        for line in gold.get(name, []):
            known += len(_plain(line))
            lost += 0 if _plain(line) in body else len(_plain(line))
    return lost, removed, known


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--show-sample", action="store_true", help="print what was removed from each sampled item")
    args = parser.parse_args()
    if not INEWS.is_dir():
        print(f"needs {INEWS}", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="ingest-inews-"))
    started = time.perf_counter()
    names, result, project = ingest(work)
    seconds = time.perf_counter() - started
    figures = measure(names, result, project, datetime.now())
    chars = sum(len((work / "inputs" / name).read_text(encoding="utf-8")) for name in names)
    print(f"inews-ccf2019: {len(names)} items, {chars:,} characters; ingested in {seconds:.1f}s: "
          f"{figures['articles']} articles, {figures['duplicates']} near-duplicates merged, "
          f"{sum(figures['failed'].values())} failed {dict(figures['failed'])}")
    print("\ncharacters removed, by rule:")
    for rule, count in sorted(figures["by_rule"].items(), key=lambda item: -item[1]):
        print(f"  {rule:<22}{count:>8,}  {count / chars:.3%}")
    print(f"\ndates in the future: {len(figures['future'])}", *figures["future"][:10], sep="\n  ")
    print(f"empty titles: {len(figures['empty'])}", *figures["empty"][:10], sep="\n  ")
    drafts = figures["drafts"]
    print(f"drafts: {drafts.pop('(articles)', 0)}; by serious warning (an article may have several): "
          + (", ".join(f"{check} {count}" for check, count in drafts.most_common()) or "none"))
    sample = sample_names(names)
    gold = load_gold() if GOLD.is_file() else {}
    lost, removed, known = sample_loss(result, project, sample, gold)
    print(f"\nsample of {len(sample)} items (seed {SAMPLE_SEED}): {removed:,} characters removed; real text lost: "
          f"{lost:,} characters (of {known:,} in the hand-checked gold: real text some version removed)")
    if args.show_sample:
        outcomes = {Path(o.input).name: o for o in result.outcomes}
        for name in sample:
            outcome = outcomes[name]
            article = outcome.article
            print(f"\n== {name} {outcome.status} {outcome.output or outcome.duplicate_of}"
                  f" title={article.title if article else ''!r}")
            for removal in (article.removals if article else ()):
                if removal.rule not in _FORMAT_RULES:
                    print(f"  [{removal.rule} l{removal.line}] {removal.text}  ({removal.why})")
    print(f"\nwork folder: {work}")
    return 1 if figures["future"] or figures["empty"] else 0


if __name__ == "__main__":
    sys.exit(main())
