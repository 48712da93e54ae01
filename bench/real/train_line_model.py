#!/usr/bin/env python3
"""Fit rule `line_model` (digest/ingest/line_model.py) to the tune pages' gold, and say how it does
on pages it was not fitted to.

    pip install scikit-learn   # for this script only: digest reads the fitted weights, not sklearn
    python bench/real/train_line_model.py [--threshold 0.8] [--write] [--no-rounds]

One ingest of the whole batch with the rule off (it reads what the rules before it leave). Each
text line of an article is labelled furniture when a gold furniture line is it or most of it
(`ingest_real.furniture_left`), else text. Then:

- leave-one-round-out: each tune round scored by a model fitted to the other tune rounds; the
  holdout by the model fitted to all tune rounds (its pages are counted, never read);
- per threshold and split, the furniture lines it would take, the text lines and the share of
  text characters it would take with them (lines the rule does not read, paragraphs and whole
  sentences, `line_model.scored`, count as not taken);
- `--write`: the model fitted to all tune pages written to `line_model.json` (weights under
  `MIN_WEIGHT` dropped), with the threshold.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from digest.ingest.line_model import MODEL_FILE, RULE, line_features, line_keys, scored  # noqa: E402
from digest.ingest.markdown_text import unescape_markdown  # noqa: E402
from digest.ingest.model import Line  # noqa: E402
from digest.ingest.paragraphs import table_cells  # noqa: E402
from digest.ingest.settings import IngestSettings  # noqa: E402
from ingest_real import furniture_left, ingest, load_cases, page_round, plain  # noqa: E402

C = 4.0  # (1 and 10 tried: 4 takes the most furniture at the same text)
MIN_WEIGHT = 0.05  # (the smaller ones change no decision on the set's lines: the script counts them)
THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


def text_lines(body: str) -> list[Line]:
    """The article's lines as the rule sees them (body_markdown, read back)."""
    lines = []
    for number, block in enumerate(part for part in body.split("\n\n") if part.strip()):
        heading = block.startswith("## ")
        lines.append(Line(number + 1, unescape_markdown(block[3:] if heading else block), heading=heading))
    return lines


def labelled_lines(cases: list, outputs: dict) -> list[dict]:
    rows = []
    for case in cases:
        status, article, _ = outputs.get(case.id, (None, None, None))
        if case.kind != "text" or "furniture" not in case.gold or article is None:
            continue
        furniture = [str(item) for item in case.gold.get("furniture") or []]
        lines = text_lines(article.body)
        keys = line_keys(lines)
        cells = table_cells(lines)  # (the rule reads no table cell: furniture_scores)
        for index, line in enumerate(lines):
            key = plain(line.text)
            if not key:
                continue
            rows.append({"split": case.split, "round": page_round(case.id), "size": len(key), "read": scored(line.text) and index not in cells,
                         "features": line_features(lines, index, keys),
                         "label": int(any(furniture_left(item, [key], "") for item in furniture))})
    return rows


def fit(vectors, labels) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000).fit(vectors, labels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--write", action="store_true", help=f"write the model fitted to all tune pages to {MODEL_FILE.name}")
    parser.add_argument("--no-rounds", action="store_true",
                        help="skip the leave-one-round-out fits (one fit a tune round: about an hour for 130 rounds); "
                             "the tune rows of the table are then in-sample")
    args = parser.parse_args()
    cases = load_cases()
    settings = IngestSettings()
    settings.rules[RULE] = False
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work), settings)
    rows = labelled_lines(cases, outputs)
    vectorizer = DictVectorizer()
    vectors = vectorizer.fit_transform([row["features"] for row in rows])
    labels = np.array([row["label"] for row in rows])
    splits = np.array([row["split"] for row in rows])
    rounds = np.array([row["round"] for row in rows])
    sizes = np.array([row["size"] for row in rows])
    tune = splits == "tune"
    scores = np.zeros(len(rows))
    for name in [] if args.no_rounds else sorted(set(rounds[tune])):
        train, test = tune & (rounds != name), tune & (rounds == name)
        scores[test] = fit(vectors[train], labels[train]).predict_proba(vectors[test])[:, 1]
    model = fit(vectors[tune], labels[tune])
    scores[~tune] = model.predict_proba(vectors[~tune])[:, 1]
    if args.no_rounds:
        scores[tune] = model.predict_proba(vectors[tune])[:, 1]
    scores[~np.array([row["read"] for row in rows])] = 0.0  # (lines the rule does not read: paragraphs, sentences)
    print(f"{len(rows)} text lines of {len({row['round'] for row in rows})} rounds; furniture left by the rules: "
          f"tune {labels[tune].sum()}, holdout {labels[~tune].sum()}\n")
    print("| split (tune: leave-one-round-out), threshold | furniture lines taken | text lines taken | text characters taken |")
    print("|---|---|---|---|")
    for split in ("tune", "holdout"):
        chosen = splits == split
        text_total = sizes[chosen & (labels == 0)].sum()
        for threshold in THRESHOLDS:
            taken = chosen & (scores >= threshold)
            print(f"| {split}, {threshold} | {(taken & (labels == 1)).sum()}/{(chosen & (labels == 1)).sum()} | "
                  f"{(taken & (labels == 0)).sum()} | {sizes[taken & (labels == 0)].sum() / text_total:.3%} |")
    if args.write:
        weights = {name: round(float(weight), 4) for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0])
                   if abs(weight) >= MIN_WEIGHT}
        kept = np.array([abs(weight) >= MIN_WEIGHT for weight in model.coef_[0]])
        pruned = 1 / (1 + np.exp(-(vectors @ np.where(kept, model.coef_[0], 0.0) + model.intercept_[0])))
        model_scores = model.predict_proba(vectors)[:, 1]
        print(f"\nweights under {MIN_WEIGHT} dropped: {int(((pruned >= args.threshold) != (model_scores >= args.threshold)).sum())} "
              f"of {len(rows)} lines decided otherwise")
        MODEL_FILE.write_text(json.dumps({
            "about": f"rule {RULE}: logistic regression fitted by bench/real/train_line_model.py on {date.today()} to the "
                     f"gold of {int(tune.sum())} text lines of the real-page test set's tune split (bench/real/SOURCE.md)",
            "threshold": args.threshold, "intercept": round(float(model.intercept_[0]), 4), "weights": weights,
        }, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
        print(f"\nwrote {MODEL_FILE} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
