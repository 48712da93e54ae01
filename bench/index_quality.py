"""Quality of digest's topics, related articles and stories on a labelled corpus (issue 4).

    python bench/index_quality.py [--corpus ../shared/corpus/thucnews-cnews-1k/cnews.val.1000.txt]
        [--seed 1] [--same-day] [--hours 8] [--count N]

Protocol: the corpus's labels are declared as topics; every other article (a random half, by
--seed) keeps its label in front matter, digest assigns the rest. Reports macro-F1 of the
assigned topics (an article left without a topic counts as wrong), precision@5 of related
articles (share of the 5 that carry the same label), and stories: near-duplicate variants of
every 10th article (Traditional characters, noise, edits, a new headline) must land in their
original's story, and no story may hold two originals that are not near-copies of each other.
Dates: one article every 8 hours in corpus order (variants 1-30 hours after their original), or
all on one day with --same-day (the hardest case for event grouping). --count N keeps the first
N articles: a small site, where how rare a word is rests on few articles.
"""
from __future__ import annotations

import argparse
import functools
import random
import re
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.config import Config, Topic  # noqa: E402
from digest.content.article import Article  # noqa: E402
from digest.index.site import build_index  # noqa: E402
from digest.index.stories import containment, shingles  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/thucnews-cnews-1k/cnews.val.1000.txt"
TZ = timezone(timedelta(hours=8))


def split_title(line: str) -> tuple[str, str]:
    """Title and body are fused: the title ends at the first space within 6-30 characters,
    else it is the first 20 characters."""
    match = re.search(r"\s", line)
    cut = match.start() if match and 6 <= match.start() <= 30 else 20
    return line[:cut], line[cut:].strip()


def make_article(slug: str, title: str, body: str, when: datetime, topics=(), source="") -> Article:
    return Article(path=f"content/{slug}.md", slug=slug, title=title, date=when, updated=when, source=source,
                   source_url="", topics=tuple(topics), tags=(), summary="", draft=False, related=(),
                   body_html="", text=body, headings=(), reading_minutes=1, content_hash=f"{slug}:{hash((title, body))}")


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def variants(title: str, body: str, rng: random.Random) -> dict[str, tuple[str, str]]:
    s2t = _s2t()
    noisy = list(body)
    for _ in range(max(1, len(noisy) // 50)):
        noisy.insert(rng.randrange(len(noisy) + 1), rng.choice("，。的了是在和 abc123"))
    sentences = [s for s in re.split(r"(?<=[。！？])", body) if s]
    if len(sentences) > 3:
        del sentences[rng.randrange(len(sentences))]
        sentences = sentences[: max(2, int(len(sentences) * 0.8))]
    return {
        "traditional": (s2t.convert(title), s2t.convert(body)),
        "noise": (title, "".join(noisy) + "（责任编辑：王小明）更多精彩内容请关注微信公众号"),
        "edited": ("转载：" + title + "（图）", "".join(sentences)),
        "retitled": ("最新消息", body),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--same-day", action="store_true")
    parser.add_argument("--hours", type=float, default=8, help="hours between articles (without --same-day)")
    parser.add_argument("--show", action="store_true", help="print the non-copy merges (THUCNews is background data)")
    parser.add_argument("--count", type=int, default=0, help="only the first COUNT articles (a small site)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = [line.rstrip("\n").split("\t", 1) for line in args.corpus.open(encoding="utf-8") if "\t" in line]
    lines = lines[:args.count] if args.count else lines
    labels = sorted({label for label, _ in lines})
    known = set(rng.sample(range(len(lines)), len(lines) // 2))
    start = datetime(2010, 1, 1, tzinfo=TZ)
    when = (lambda i: start) if args.same_day else (lambda i: start + timedelta(hours=args.hours * i))
    articles, label_of, original_of = [], {}, {}
    for i, (label, text) in enumerate(lines):
        slug = f"a{i:04d}"
        title, body = split_title(text)
        articles.append(make_article(slug, title, body, when(i), [label] if i in known else []))
        label_of[slug] = label
        if i % 10 == 0:
            for kind, (vt, vb) in variants(title, body, rng).items():
                vslug = f"{slug}-{kind}"
                articles.append(make_article(vslug, vt, vb, when(i) + timedelta(hours=rng.randint(1, 30)), [label] if i in known else []))
                original_of[vslug] = slug
    config = Config(root=Path("."), topics=tuple(Topic(name=label, slug=f"t{n}") for n, label in enumerate(labels)))
    originals = [a for a in articles if a.slug in label_of]
    # Topics and related on the corpus as it is; stories on the corpus plus the variants.
    started = time.perf_counter()
    index, _ = build_index(originals, config)
    seconds = time.perf_counter() - started
    report_topics(index, originals, label_of, labels, known_slugs={f"a{i:04d}" for i in known})
    report_related(index, originals, label_of)
    with_variants, _ = build_index(articles, config)
    report_stories(with_variants, articles, original_of, label_of, args.show)
    when_note = "all on one day" if args.same_day else f"one article every {args.hours:g} hours"
    print(f"\nindex of {len(originals)} articles built in {seconds:.2f} s; dates: {when_note}; seed {args.seed}")


def report_topics(index, originals, label_of, labels, known_slugs) -> None:
    assigned = [a for a in originals if a.slug not in known_slugs]
    guesses = {a.slug: [t.name for t in index.topics_of[a.slug]] for a in assigned}
    f1s = []
    for label in labels:
        tp = sum(1 for a in assigned if label in guesses[a.slug] and label_of[a.slug] == label)
        fp = sum(1 for a in assigned if label in guesses[a.slug] and label_of[a.slug] != label)
        fn = sum(1 for a in assigned if label not in guesses[a.slug] and label_of[a.slug] == label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    none = sum(1 for a in assigned if not guesses[a.slug])
    confidences = [index.topic_source[a.slug].confidence for a in assigned if guesses[a.slug]]
    print("| measure | value | floor |\n|---|---|---|")
    print(f"| topic macro-F1 ({len(assigned)} assigned by digest) | {sum(f1s) / len(f1s):.4f} | 0.93 |")
    print(f"| articles left without a topic (low confidence) | {none} | |")
    print(f"| median confidence of assigned topics | {sorted(confidences)[len(confidences) // 2]:.2f} | |" if confidences else "")


def report_related(index, originals, label_of) -> None:
    precisions = [
        sum(1 for r in index.related[a.slug][:5] if label_of[r.slug] == label_of[a.slug]) / 5
        for a in originals
    ]
    print(f"| related precision@5 | {sum(precisions) / len(precisions):.4f} | 0.90 |")


def report_stories(index, articles, original_of, label_of, show: bool = False) -> None:
    story_of = {slug: story.id for slug, story in index.story_of.items()}
    placed = sum(1 for v, o in original_of.items() if o in story_of and story_of.get(v) == story_of[o])
    kinds = Counter(v.rsplit("-", 1)[1] for v, o in original_of.items() if not (o in story_of and story_of.get(v) == story_of[o]))
    by_slug = {a.slug: a for a in articles}
    merged, copies = 0, 0
    for story in index.stories:
        members = sorted({original_of.get(a.slug, a.slug) for a in story.articles})
        if len(members) < 2:
            continue
        texts = [shingles(by_slug[m].text) for m in members]
        near = all(max(containment(texts[i], texts[j]) for j in range(len(members)) if j != i) >= 0.6 for i in range(len(members)))
        copies += near
        merged += not near
        if show:
            print(f"{'copies' if near else 'merge'} of {len(members)}:")
            for m in members:
                print(f"  {m} {label_of.get(m, '')} {by_slug[m].title[:40]} | {by_slug[m].text[:100]}")
    print(f"| near-duplicate variants in their original's story | {placed}/{len(original_of)} | all |")
    print(f"| variants missed, by kind | {dict(kinds) or '-'} | |")
    print(f"| stories merging originals that are not copies of each other (templated series, or one event "
          f"reported twice: see bench/README.md) | {merged} | |")
    print(f"| stories merging originals that are near-copies in the corpus itself | {copies} | |")
    print(f"| stories | {len(index.stories)} | |")


if __name__ == "__main__":
    main()
