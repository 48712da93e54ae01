#!/usr/bin/env python3
"""Fit the headline scorer's weights on the tune split of the real pages, and check them
leave-one-round-out.

    python bench/headline_fit.py              # candidate-level accuracy per round: hand weights, fitted leaving the round out
    python bench/headline_fit.py --bench      # the same through the whole bench (headlines exact per round, ~13 runs)

Each tune page is cleaned alone up to its headline; the lines `choose_headline` weighs are its
candidates, with their features (digest/ingest/headline_evidence.py), and the one whose cleaned
text is the gold headline is the answer (pages whose headline is chosen by another rule, or whose
gold is none of the candidates, do not count). The model is a conditional logistic regression: a
softmax over a page's candidates of the weights times their features, L2-regularised towards the
hand weights. Holdout pages are never read (ingest_real.holdout).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import ingest_real  # noqa: E402

from digest.ingest import clean, headline, headline_evidence  # noqa: E402
from digest.ingest.headline_text import clean_headline  # noqa: E402
from digest.ingest.rules import BatchStats  # noqa: E402
from digest.ingest.settings import IngestSettings  # noqa: E402

NAMES = tuple(headline_evidence.HAND_WEIGHTS)
HAND = np.array([headline_evidence.HAND_WEIGHTS[name] for name in NAMES])
L2 = 0.05


def candidates(case: ingest_real.Case) -> list[tuple[str, np.ndarray]]:
    """The lines choose_headline weighs on this page, in order, with their features."""
    seen: dict[int, tuple[str, np.ndarray]] = {}
    real = headline.headline_features

    def spy(line, index, lines, *rest):  # type: ignore[no-untyped-def]
        features, notes = real(line, index, lines, *rest)
        seen[index] = (line.text, np.array([features[name] for name in NAMES], dtype=float))
        return features, notes
    headline.headline_features = spy
    try:
        source, _ = clean.read_source(case.file, 10**7)
        clean.clean_source(source, IngestSettings(), BatchStats())
    finally:
        headline.headline_features = real
    return [seen[index] for index in sorted(seen)]


def dataset(cases: list[ingest_real.Case]) -> list[tuple[str, np.ndarray, int]]:
    """(round, candidates' features, the gold one's position) for every page where it is known."""
    rows = []
    for case in cases:
        gold = ingest_real.plain(str(case.gold.get("headline") or ""))
        if not gold:
            continue
        found = candidates(case)
        answers = [position for position, (text, _) in enumerate(found) if ingest_real.plain(clean_headline(text)) == gold]
        if len(found) >= 2 and answers:
            rows.append((ingest_real.round_of(case), np.stack([features for _, features in found]), answers[0]))
    return rows


def fit(rows: list[tuple[str, np.ndarray, int]], steps: int = 400, rate: float = 0.5) -> np.ndarray:
    """Weights that make each page's gold candidate the likeliest (gradient ascent on the mean log
    likelihood, L2 towards the hand weights)."""
    weights = HAND.copy()
    for _ in range(steps):
        gradient = -L2 * (weights - HAND)
        for _, features, answer in rows:
            scores = features @ weights
            chance = np.exp(scores - scores.max())
            chance /= chance.sum()
            gradient += (features[answer] - chance @ features) / len(rows)
        weights += rate * gradient
    return weights


def accuracy(rows: list[tuple[str, np.ndarray, int]], weights: np.ndarray) -> tuple[int, int]:
    return sum(int(np.argmax(features @ weights) == answer) for _, features, answer in rows), len(rows)


def bench_rounds(cases: list[ingest_real.Case], weights: np.ndarray) -> dict[str, str]:
    """Headlines exact per round of the tune split, the whole bench run with these weights."""
    headline_evidence.WEIGHTS.clear()
    headline_evidence.WEIGHTS.update(zip(NAMES, weights.tolist()))  # (the cleaning pool is forked: it inherits them)
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest_real.ingest(cases, Path(work))
    tune = [case for case in cases if case.split == "tune"]
    result = {}
    for name in sorted({ingest_real.round_of(case) for case in tune}):
        tally = ingest_real.score([case for case in tune if ingest_real.round_of(case) == name], outputs, datetime.now())["headlines exact"]
        result[name] = f"{tally.right}/{tally.total}"
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", action="store_true", help="leave-one-round-out through the whole bench")
    args = parser.parse_args()
    cases = ingest_real.load_cases()
    tune = [case for case in cases if case.split == "tune"]
    rows = dataset(tune)
    rounds = sorted({name for name, _, _ in rows}, key=lambda name: (len(name), name))
    print(f"{len(rows)} tune pages whose headline is among the weighed lines")
    print("| round | pages | hand weights | fitted without the round |")
    print("|---|---|---|---|")
    totals = [0, 0, 0]
    folds = {}
    for name in rounds:
        inside = [row for row in rows if row[0] == name]
        weights = fit([row for row in rows if row[0] != name])
        folds[name] = weights
        hand, count = accuracy(inside, HAND)
        fitted, _ = accuracy(inside, weights)
        totals = [totals[0] + count, totals[1] + hand, totals[2] + fitted]
        print(f"| {name} | {count} | {hand} | {fitted} |")
    print(f"| all | {totals[0]} | {totals[1]} ({totals[1] / totals[0]:.1%}) | {totals[2]} ({totals[2] / totals[0]:.1%}) |")
    if args.bench:
        print("\nheadlines exact per round, whole bench (fitted without the round, read on the round):")
        hand = bench_rounds(cases, HAND)
        left_out = {name: bench_rounds(cases, weights)[name] for name, weights in folds.items()}
        for name in rounds:
            print(f"  {name}: hand {hand.get(name)}  fitted without it {left_out[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
