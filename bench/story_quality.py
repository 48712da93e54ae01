"""Stories on real coverage: do independent reports of one event become one story?

    python bench/story_quality.py [--rounds ROUND ...] [--split tune|holdout|all] [--show N] [--background N]
    python bench/story_quality.py --rounds s t u v w --added x [--show N]

The real same-event set (bench/events/<round>.yaml, one file a collecting round: real pages of
events from different outlets, follow-ups on other days, templated series; SOURCE.md has the
counts; --rounds names the rounds to measure, every round by default) is ingested as a user
would (`digest ingest` into a fresh site), each report dated as its page states, else on its event's day (a few hours
apart, deterministically), and mixed into the THUCNews background (1,000 real articles, each
dated on one of the events' days, give or take three days, so every event has unrelated news
around it). Then the site index is built and its stories compared with the gold events:

- pairwise precision and recall over the pairs of reports (same story vs same event);
- B-cubed precision, recall and F1 over the reports;
- false merges: stories joining reports of different events (follow-ups and templated series
  included), and stories joining a report with a background article;
- background stories: stories among THUCNews articles (a templated series merged is one).

With --added, the rounds' events are measured alone and then with the added rounds' reports in
the site too: the pairs of reports of one event (of --rounds) that are one story alone and not with
the others, and the other way round. Other events' reports should not pull an event's reports
apart (bench/README.md: issue 14's robustness).

Holdout: events whose sha1(event id) % 3 == 0 (never tuned on; `--show` prints tune only).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from digest.config import Config  # noqa: E402
from digest.content import ParseSettings, parse_article  # noqa: E402
from digest.index import build_index  # noqa: E402

EVENTS = HERE / "events"
THUCNEWS = HERE.parents[1] / "shared/corpus/thucnews-cnews-1k/cnews.val.1000.txt"
TZ = timezone(timedelta(hours=8))
FLOORS = {"pairwise precision": 0.95, "pairwise recall": 0.85, "B-cubed F1": 0.9}


def holdout(event_id: str) -> bool:
    return int(hashlib.sha1(event_id.encode()).hexdigest(), 16) % 3 == 0


@dataclasses.dataclass(frozen=True)
class Report:
    id: str
    event: str
    date: datetime
    split: str


def event_files(rounds=None) -> list[Path]:
    """The rounds' files (bench/events/<round>.yaml, e.g. t.yaml for round t): every round when
    none is named."""
    files = sorted(EVENTS.glob("*.yaml"))
    unknown = set(rounds or ()) - {f.stem for f in files}
    if unknown:
        raise SystemExit(f"no such round in {EVENTS}: {', '.join(sorted(unknown))}")
    return [f for f in files if not rounds or f.stem in rounds]


def round_names(values: list[str] | None) -> list[str] | None:
    """--rounds as typed: `u`, `t s` or `t,s`."""
    return [name for value in values or () for name in value.split(",") if name] or None


def load_reports(rounds=None) -> list[Report]:
    reports = []
    for path in event_files(rounds):
        for event in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]:
            day = _day(event.get("date")) or _day(next((r.get("date") for r in event["reports"] if r.get("date")), None))
            for n, report in enumerate(event["reports"]):
                stated = _day(report.get("date"))
                if stated and day and len(str(report["date"]).strip()) == 7 and (stated.year, stated.month) == (day.year, day.month):
                    stated = None  # a page that states only the month: its event's day is in it
                # a stated day far from the event is a reprint's own date: a digest would list it then
                when = stated or (day + timedelta(hours=3 + 5 * n) if day else None)
                if when is None:
                    continue
                reports.append(Report(report["id"], event["id"], when, "holdout" if holdout(event["id"]) else "tune"))
    return reports


def _day(value) -> datetime | None:
    if value is None:
        return None
    text = str(value).strip()
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y-%m"):
        try:
            return datetime.strptime(text[:16] if pattern.endswith("%M") else text[:len(pattern) + 2], pattern).replace(tzinfo=TZ)
        except ValueError:
            continue
    return None


def ingest(reports: list[Report], work: Path) -> dict[str, object]:
    """The reports as a user's site has them after `digest ingest`: report id -> Article."""
    raw = work / "scraped"
    raw.mkdir()
    for report in reports:
        (raw / f"{report.id}.txt").write_bytes((EVENTS / "reports" / f"{report.id}.txt").read_bytes())
    site = work / "site"
    site.mkdir()
    (site / "digest.yaml").write_text("title: t\nbase_url: https://example.org/\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "digest", "-C", str(site), "ingest", "-q", str(raw)], check=False)
    settings = ParseSettings("Asia/Shanghai", 120)
    articles = {}
    for path in sorted((site / "content").rglob("*.md")):
        article, _problems = parse_article(path.relative_to(site).as_posix(), path.read_bytes(), settings)
        if article is None:
            continue
        ids = [Path(str(article.extra.get("raw", ""))).stem] + [Path(str(s.get("raw", ""))).stem
                                                             for s in article.extra.get("sources") or [] if isinstance(s, dict)]
        for report_id in ids:
            if report_id:
                articles[report_id] = article
    return articles


def background(reports: list[Report], count: int, rng: random.Random):
    """THUCNews articles (title and body as index_quality.py splits them), each dated on one of
    the events' days, give or take three days."""
    from index_quality import make_article, split_title  # noqa: PLC0415 - the bench folder's own helpers

    days = sorted({r.date for r in reports})
    lines = [line.rstrip("\n").split("\t", 1) for line in THUCNEWS.open(encoding="utf-8") if "\t" in line][:count]
    articles = []
    for i, (_label, text) in enumerate(lines):
        title, body = split_title(text)
        articles.append(make_article(f"bg{i:04d}", title, body, rng.choice(days) + timedelta(hours=rng.randint(-72, 72))))
    return articles


def evaluate(background_count: int = 1000, indexer=None, rounds=None):
    """(the index, its report articles, event and split by slug, the background articles), for
    the events of `rounds` (every round when None)."""
    rng = random.Random(7)
    reports = load_reports(rounds)
    with tempfile.TemporaryDirectory() as folder:
        by_report = ingest(reports, Path(folder))
    articles, event_of, split_of = [], {}, {}
    for report in reports:
        article = by_report.get(report.id)
        if article is None:
            continue
        slug = f"r-{report.id}"
        # one article per report (ingest merges copies into one file: here each report counts)
        articles.append(dataclasses.replace(article, slug=slug, path=f"content/{slug}.md", date=report.date,
                                            updated=None, draft=False, related=(), tags=(), topics=()))
        event_of[slug], split_of[slug] = report.event, report.split
    back = background(reports, background_count, rng) if background_count and THUCNEWS.is_file() else []
    index, _problems = build_index(articles + back, Config(root=Path(".")), indexer)
    return index, articles, event_of, split_of, back


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong stories (tune split only)")
    parser.add_argument("--background", type=int, default=1000)
    parser.add_argument("--rounds", nargs="+", metavar="ROUND",
                        help="only the events of these rounds (bench/events/<round>.yaml); default every round")
    parser.add_argument("--added", nargs="+", metavar="ROUND",
                        help="compare the events of --rounds alone and with these rounds' reports added")
    args = parser.parse_args()
    rounds = round_names(args.rounds)
    if args.added:
        return compare_added(rounds, round_names(args.added), args.background, args.show)
    started = time.perf_counter()
    index, articles, event_of, split_of, back = evaluate(args.background, rounds=rounds)
    seconds = time.perf_counter() - started
    story_of = {slug: story.id for slug, story in index.story_of.items()}
    print(f"rounds {', '.join(f.stem for f in event_files(rounds))}: "
          f"{len(articles)} real reports of {len(set(event_of.values()))} events (ingested), "
          f"{len(back)} THUCNews articles around them; ingested and indexed in {seconds:.1f} s")
    print("\n| measure | tune | holdout | all | floor |\n|---|---|---|---|---|")
    rows = {split: measure(articles, event_of, split_of, story_of, index, split) for split in ("tune", "holdout", "all")}
    for key in rows["all"]:
        floor = f"≥ {FLOORS[key]}" if key in FLOORS else ""
        print(f"| {key} | {rows['tune'][key]} | {rows['holdout'][key]} | {rows['all'][key]} | {floor} |")
    if args.show:
        show(index, event_of, split_of, args.show)
    return 0


def measure(articles, event_of, split_of, story_of, index, split: str) -> dict[str, str]:
    slugs = [a.slug for a in articles if split == "all" or split_of[a.slug] == split]
    # each report alone is its own cluster when it is in no story
    cluster = {slug: story_of.get(slug, slug) for slug in slugs}
    same_event = same_story = both = 0
    for i, a in enumerate(slugs):
        for b in slugs[i + 1:]:
            gold, found = event_of[a] == event_of[b], cluster[a] == cluster[b]
            same_event += gold
            same_story += found
            both += gold and found
    precision = both / same_story if same_story else 1.0
    recall = both / same_event if same_event else 1.0
    members = defaultdict(list)
    for slug in slugs:
        members[cluster[slug]].append(slug)
    b_precision = sum(sum(event_of[o] == event_of[s] for o in members[cluster[s]]) / len(members[cluster[s]]) for s in slugs) / len(slugs)
    by_event = defaultdict(list)
    for slug in slugs:
        by_event[event_of[slug]].append(slug)
    b_recall = sum(sum(cluster[o] == cluster[s] for o in by_event[event_of[s]]) / len(by_event[event_of[s]]) for s in slugs) / len(slugs)
    f1 = 2 * b_precision * b_recall / (b_precision + b_recall) if b_precision + b_recall else 0.0
    wrong_events = sum(1 for story in index.stories
                       if len({event_of[a.slug] for a in story.articles if a.slug in event_of
                               and (split == "all" or split_of[a.slug] == split)}) > 1)
    with_background = sum(1 for story in index.stories
                          if any(a.slug in event_of and (split == "all" or split_of[a.slug] == split) for a in story.articles)
                          and any(a.slug not in event_of for a in story.articles))
    background_only = sum(1 for story in index.stories if all(a.slug not in event_of for a in story.articles))
    return {
        "reports": str(len(slugs)),
        "pairwise precision": f"{precision:.3f} ({both}/{same_story})",
        "pairwise recall": f"{recall:.3f} ({both}/{same_event})",
        "B-cubed precision": f"{b_precision:.3f}",
        "B-cubed recall": f"{b_recall:.3f}",
        "B-cubed F1": f"{f1:.3f}",
        "stories joining different events": str(wrong_events),
        "stories joining a report and background": str(with_background),
        "stories of background articles only": str(background_only),
    }


def one_story_pairs(rounds, background_count: int) -> tuple[dict[tuple[str, str], bool], dict[str, str]]:
    """Every pair of reports of one event (of `rounds`' events, in a site of `rounds`' reports
    and the background) -> whether they are in one story; and the split by report."""
    index, articles, event_of, split_of, _back = evaluate(background_count, rounds=rounds)
    story_of = {slug: story.id for slug, story in index.story_of.items()}
    by_event = defaultdict(list)
    for article in articles:
        by_event[event_of[article.slug]].append(article.slug)
    pairs = {(a, b): story_of.get(a, a) == story_of.get(b, b)
             for slugs in by_event.values() for i, a in enumerate(sorted(slugs)) for b in sorted(slugs)[i + 1:]}
    return pairs, split_of


def compare_added(rounds, added, background_count: int, limit: int) -> int:
    """The pairs of one event that adding other rounds' reports to the site splits or joins."""
    if not rounds:
        raise SystemExit("--added needs --rounds (the events to follow)")
    alone, split_of = one_story_pairs(rounds, background_count)
    together, _ = one_story_pairs(sorted(set(rounds) | set(added)), background_count)
    print(f"events of rounds {', '.join(rounds)}, alone and with the reports of {', '.join(added)} added "
          f"({background_count} THUCNews articles around them)")
    print("\n| pairs of one event | tune | holdout | all |\n|---|---|---|---|")
    rows = {"one story alone": lambda p: alone[p], "one story with the others": lambda p: together.get(p, False),
            "split by the others": lambda p: alone[p] and not together.get(p, False),
            "joined by the others": lambda p: together.get(p, False) and not alone[p]}
    for name, test in rows.items():
        counts = [sum(1 for p in alone if test(p) and (split in ("all", split_of[p[0]]))) for split in ("tune", "holdout", "all")]
        print(f"| {name} | {' | '.join(map(str, counts))} |")
    if limit:
        print("\ntune pairs split by the others:")
        for pair in [p for p in sorted(alone) if alone[p] and not together.get(p, False) and split_of[p[0]] == "tune"][:limit]:
            print(f"  {pair[0]} {pair[1]}")
    return 0


def show(index, event_of, split_of, limit: int) -> None:
    shown = 0
    for story in index.stories:
        events = {event_of.get(a.slug, "background") for a in story.articles}
        if len(events) > 1 and all(split_of.get(a.slug, "tune") == "tune" for a in story.articles) and shown < limit:
            shown += 1
            print(f"\nwrong story {story.id}:")
            for a in story.articles:
                print(f"  {event_of.get(a.slug, 'background'):<40} {a.date:%Y-%m-%d} {a.title[:40]}")


if __name__ == "__main__":
    raise SystemExit(main())
