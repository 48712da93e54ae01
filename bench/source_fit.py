#!/usr/bin/env python3
"""Fit the weights of the publisher's candidate scores (digest/ingest/source_scores.py) on the tune
pages of the real set, and check them leave-one-round-out.

    python bench/source_fit.py [--write] [--only-unfound] [--penalty 2] [--unseen k=9276af6^,l=72c9b63^,m=af65c30^]

Each page's candidates are read from its lines as the rule `metadata_lines` gets them; a candidate
is right when it is the gold's publisher (or a spelling `source_also` accepts). A logistic
regression (numpy, L2) learns the weights; the threshold is the score above which the best
candidate is taken, chosen on the training pages so that a right name where the rules found none
counts 1 and a name invented where the page names none counts `--penalty`. Leave-one-round-out:
for each collecting round (the id's first letter; `html`), weights and threshold fitted on the
other rounds' tune pages, then sources right and "no source where none is named" on that round's
tune pages, the rules' reading first and the scored name only where they found none (as ingest
does). The rules were tuned on every tune round, so a round left out is not new to them: `--unseen
ROUND=COMMIT,…` reads each round's sources with the code of a commit from before the round was
collected (a checkout in a temporary folder), and the scored name fills in where those rules found
none: the fallback on pages its rules never saw, at each threshold. `--write` saves the weights fitted on every tune page to digest/ingest/source_weights.json.
The holdout is never read here.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from digest.ingest.clean import read_source  # noqa: E402
from digest.ingest.rules import RULES, RuleContext  # noqa: E402
from digest.ingest.source_scores import WEIGHTS, Candidate, candidates, score  # noqa: E402
from ingest_real import Case, ingest, load_cases, plain, round_of  # noqa: E402

L2 = 1.0
STEPS = 3000


def metadata_lines(case: Case):
    source, _ = read_source(case.file, 10 ** 8)
    page = source.page
    for rule in RULES:
        if rule.name == "metadata_lines":
            return page.lines
        if rule.default:
            page = rule.apply(page, RuleContext())
    return page.lines


def accepted(case: Case) -> set[str]:
    gold = case.gold
    return {plain(str(name)) for name in [gold.get("source"), *(gold.get("source_also") or [])] if name}


def rules_source(article) -> str:
    """What the rules read (the scored name taken out: the fit decides it afresh)."""
    if article is None:
        return ""
    scored = next((item for item in article.found if item.field == "scored_source"), None)
    if scored is not None and article.source == scored.value and not any(item.field == "source" for item in article.found):
        return ""
    return article.source


def fit(pages: list[tuple[Case, list[Candidate]]], keys: list[str]) -> dict[str, float]:
    rows, labels = [], []
    for case, found in pages:
        want = accepted(case)
        for candidate in found:
            values = dict(candidate.features)
            rows.append([values.get(key, 0.0) for key in keys])
            labels.append(float(plain(candidate.name) in want))
    x, y = np.array(rows), np.array(labels)
    w = np.zeros(len(keys))
    positive = max(1.0, y.sum())
    balance = np.where(y > 0, (len(y) - positive) / positive, 1.0)  # (few candidates are right: weigh them up)
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ ((p - y) * balance) / len(y) + L2 * w / len(y)
        w -= 0.5 * gradient
    return {key: round(float(value), 4) for key, value in zip(keys, w)}


def pick(found: list[Candidate], weights: dict[str, float]) -> tuple[float, str]:
    best = max(((score(candidate, weights), candidate.name) for candidate in found), default=(-np.inf, ""))
    return best


def threshold(pages, rules: dict[str, str], weights: dict[str, float], penalty: float) -> float:
    """The score above which the best name is taken where the rules found none: most gain on these pages."""
    picks = []
    for case, found in pages:
        if rules[case.id]:
            continue
        value, name = pick(found, weights)
        want = accepted(case)
        gain = 1.0 if name and plain(name) in want else (-penalty if not want else 0.0)
        picks.append((value, gain))
    best, best_gain, total = np.inf, 0.0, 0.0
    for value, gain in sorted(picks, reverse=True):
        total += gain
        if total > best_gain:
            best, best_gain = value, total
    return float(best)


def tally(pages, rules, weights, limit) -> tuple[int, int, int, int]:
    right = named = none_right = none = 0
    for case, found in pages:
        want = accepted(case)
        got = rules[case.id]
        if not got and weights is not None:
            value, name = pick(found, weights)
            got = name if value >= limit else ""
        if want:
            named += 1
            right += plain(got) in want
        else:
            none += 1
            none_right += not got
    return right, named, none_right, none


_AS_OF = """
import json, shutil, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from digest.ingest.run import ingest_paths
from digest.ingest.settings import IngestSettings
with tempfile.TemporaryDirectory() as work:
    work = Path(work)
    (work / "in").mkdir(); (work / "site").mkdir()
    (work / "site" / "digest.yaml").write_text("title: bench\\ntimezone: Asia/Shanghai\\n")
    for name in sys.argv[2:]:
        shutil.copyfile(name, work / "in" / Path(name).name)
    result = ingest_paths(work / "site", [work / "in"], IngestSettings())
    print(json.dumps({Path(o.input).stem: o.article.source if o.article else "" for o in result.outcomes}))
"""


def sources_as_of(commit: str, files: list[Path]) -> dict[str, str]:
    """Each file's source as the code of `commit` reads it (in a checkout of its own)."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["git", "-C", str(HERE.parent), "worktree", "add", "-q", "--detach", folder, commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _AS_OF, folder, *map(str, files)], check=True,
                                 capture_output=True, text=True, cwd=tempfile.gettempdir()).stdout
        finally:
            subprocess.run(["git", "-C", str(HERE.parent), "worktree", "remove", "--force", folder], check=True)
    return json.loads(out.splitlines()[-1])


def unseen(spec: str, tune, keys, penalty: float) -> None:
    print("\n| round, rules as of | sources right: those rules | + scored at threshold 6 / 5 / 4 / 3 / 2 | none where none: those rules | + scored |")
    print("|---|---|---|---|---|")
    for item in spec.split(","):
        name, commit = item.split("=")
        test = [page for page in tune if round_of(page[0]) == name]
        rules = sources_as_of(commit, [case.file for case, _ in test])
        rules = {case.id: rules.get(case.id, "") for case, _ in test}
        weights = fit([page for page in tune if round_of(page[0]) != name], keys)
        before = tally(test, rules, None, 0)
        after = [tally(test, rules, weights, limit) for limit in (6, 5, 4, 3, 2)]
        print(f"| {name}, {commit} | {before[0]}/{before[1]} | " + " / ".join(str(row[0]) for row in after)
              + f" | {before[2]}/{before[3]} | " + " / ".join(str(row[2]) for row in after) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--only-unfound", action="store_true", help="fit on the pages where the rules find none only")
    parser.add_argument("--penalty", type=float, default=2.0)
    parser.add_argument("--unseen", default="", help="ROUND=COMMIT,…: rules as of a commit that never saw the round")
    args = parser.parse_args()
    cases = [case for case in load_cases() if "source" in case.gold]
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    rules = {case.id: rules_source(outputs.get(case.id, ("", None, ""))[1]) for case in cases}
    tune = [(case, candidates(metadata_lines(case))) for case in cases if case.split == "tune"]
    keys = sorted({key for _, found in tune for candidate in found for key, _ in candidate.features})

    def training(pages):
        return [page for page in pages if not args.only_unfound or not rules[page[0].id]]
    rounds = sorted({round_of(case) for case, _ in tune}, key=lambda name: (name == "html", name))
    print("| round (tune) | sources right: rules | + scored (left out) | none where none: rules | + scored (left out) |")
    print("|---|---|---|---|---|")
    sums = np.zeros(8, dtype=int)
    for name in rounds:
        train = [page for page in tune if round_of(page[0]) != name]
        test = [page for page in tune if round_of(page[0]) == name]
        weights = fit(training(train), keys)
        limit = threshold(train, rules, weights, args.penalty)
        before = tally(test, rules, None, 0)
        after = tally(test, rules, weights, limit)
        sums += np.array([*before, *after])
        print(f"| {name} | {before[0]}/{before[1]} | {after[0]}/{after[1]} | {before[2]}/{before[3]} | {after[2]}/{after[3]} |")
    print(f"| all | {sums[0]}/{sums[1]} ({sums[0] / sums[1]:.1%}) | {sums[4]}/{sums[5]} ({sums[4] / sums[5]:.1%}) | "
          f"{sums[2]}/{sums[3]} ({sums[2] / sums[3]:.1%}) | {sums[6]}/{sums[7]} ({sums[6] / sums[7]:.1%}) |")
    if args.unseen:
        unseen(args.unseen, tune, keys, args.penalty)
    weights = fit(training(tune), keys)
    limit = threshold(tune, rules, weights, args.penalty)
    print(f"\nfitted on every tune page: threshold {limit:.2f}; in-sample {tally(tune, rules, weights, limit)}")
    print(json.dumps(dict(sorted(weights.items(), key=lambda item: -abs(item[1]))), ensure_ascii=False))
    if args.write:
        WEIGHTS.write_text(json.dumps({"weights": weights, "threshold": round(limit, 4),
                                       "fitted": "bench/source_fit.py on the tune pages of bench/real"},
                                      ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written: {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
