#!/usr/bin/env python3
"""Would a model learned from the gold pick the headline line better than the rules, on pages
nobody studied? (Tried and dropped: bench/README.md, "A line model".)

    pip install scikit-learn   # for this script only: digest does not use it
    python bench/real/headline_ranker.py

The first 25 lines of each text page are candidates, the one that is the gold headline (or holds
it with at most 60% more) the answer. A logistic regression on the line's character 1-2-grams and
27 shape and evidence features (position, length, sentence end, digits, separators, the share of
its character pairs the text below uses, copies of it on the page, the first line holding it)
picks the best-scoring line of each page: each tune round scored by a model of the other tune
rounds, the holdout by one of all tune rounds (counted, never read). Beside it, how often the
rules' title comes from the gold's line (exact, or the gold's with more around it).
"""
from __future__ import annotations

import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_real import ingest, load_cases, page_round, plain  # noqa: E402

TOP = 25


def leave_one_round_out(features, labels: np.ndarray, splits: np.ndarray, rounds: np.ndarray) -> np.ndarray:
    """Each tune round scored by a model of the other tune rounds; the holdout by one of all of them."""
    scores = np.zeros(len(labels))
    tune = splits == "tune"
    for name in sorted(set(rounds[tune])):
        train, test = tune & (rounds != name), tune & (rounds == name)
        scores[test] = LogisticRegression(C=4, max_iter=3000).fit(features[train], labels[train]).decision_function(features[test])
    scores[~tune] = LogisticRegression(C=4, max_iter=3000).fit(features[tune], labels[tune]).decision_function(features[~tune])
    return scores


def candidate_features(lines: list[str], index: int) -> list[float]:
    text, raw = lines[index], lines[index]
    size = len(text)
    below = "".join(lines[index + 1:])
    pairs = {text[i:i + 2] for i in range(size - 1)}
    others = lines[:index] + lines[index + 1:]
    first_long = next((i for i, line in enumerate(lines) if len(line) >= 60), TOP)
    return [index == 0, index == 1, index == 2, index < 5, index < 10, index / TOP, (index - first_long) / TOP,
            index == first_long - 1, index < first_long, min(size, 100) / 100, size < 6, size < 10, 10 <= size <= 40,
            size > 50, size > 80, bool(re.search(r"[。！？!?]$", text)), text.count("，") + text.count(","),
            sum(char.isdigit() for char in text) / max(1, size), sum(char.isascii() and char.isalpha() for char in text) / max(1, size),
            len(re.findall(r"[>|_/｜»›]", raw)), len([pair for pair in pairs if pair in below]) / max(1, len(pairs)),
            sum(other == text for other in others), sum(text in other and other != text and size >= 6 for other in others),
            sum(other in text and other != text and len(other) >= 6 for other in others),
            bool(index and lines[0] and text in lines[0]), bool(re.search(r"\d{4}[-/年]\d{1,2}", text)), "：" in raw or ":" in raw]


def headline_try(cases: list, outputs: dict) -> None:
    pages, rows = [], []
    for case in cases:
        status, article, _ = outputs.get(case.id, (None, None, None))
        if case.kind != "text" or not case.gold.get("headline"):
            continue
        want, got = plain(str(case.gold["headline"])), plain(article.title if article else "")
        lines = [plain(line) for line in case.file.read_text(encoding="utf-8").splitlines() if plain(line)][:TOP]
        pages.append({"split": case.split, "rules": bool(got) and want in got})
        for index, line in enumerate(lines):
            rows.append((len(pages) - 1, line, candidate_features(lines, index),
                         int(line == want or (want in line and len(line) <= 1.6 * len(want))), page_round(case.id)))
    grams = HashingVectorizer(analyzer="char", ngram_range=(1, 2), n_features=2 ** 16, alternate_sign=False)
    features = hstack([grams.transform([row[1] for row in rows]), csr_matrix(np.array([row[2] for row in rows], dtype=float))]).tocsr()
    labels = np.array([row[3] for row in rows])
    owner = np.array([row[0] for row in rows])
    scores = leave_one_round_out(features, labels, np.array([pages[row[0]]["split"] for row in rows]), np.array([row[4] for row in rows]))
    right = defaultdict(lambda: [0, 0, 0])
    for number, page in enumerate(pages):
        mine = np.where(owner == number)[0]
        tally = right[page["split"]]
        tally[0] += int(len(mine) > 0 and labels[mine[np.argmax(scores[mine])]] == 1)
        tally[1] += page["rules"]
        tally[2] += 1
    print("\n| headline line: split | model's line right | rules' title from the gold's line |")
    print("|---|---|---|")
    for split, (model, rules, total) in right.items():
        print(f"| {split} | {model}/{total} ({model / total:.1%}) | {rules}/{total} ({rules / total:.1%}) |")


def main() -> int:
    cases = load_cases()
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    headline_try(cases, outputs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
