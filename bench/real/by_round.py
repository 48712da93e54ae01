#!/usr/bin/env python3
"""Sources and stated dates on real pages, round by round: how far the rules generalise.

    python bench/real/by_round.py [--split tune|holdout|all] [--measures sources,dates]

The text pages were collected in rounds (the first letter of a page's id, `a` … `l`); each round
came from pages nobody had tuned on when it was collected. A rule fitted to the rounds studied
lifts those and not the others: read a change's effect on the rounds you did NOT look at
(leave-one-round-out). One ingest of the whole batch (as `bench/ingest_real.py` runs it), then
the measures of `score()` per round; HTML pages are one row of their own. The holdout's rows are
aggregates (no page named), like every holdout figure.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_real import HTML_DIR, Tally, ingest, load_cases, score  # noqa: E402

MEASURES = {"sources": ("sources right", "no source where none is named"),
            "dates": ("stated dates right", "no future date")}


def round_of(case_id: str) -> str:
    return "html" if case_id.startswith("html:") else case_id[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--measures", default="sources,dates", help="comma-separated: " + ", ".join(MEASURES))
    parser.add_argument("--html", type=Path, default=HTML_DIR)
    args = parser.parse_args()
    names = [name for key in args.measures.split(",") for name in MEASURES[key.strip()]]
    cases = [case for case in load_cases(args.html)]
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    now = datetime.now()
    chosen = [case for case in cases if args.split in ("all", case.split)]
    rounds = sorted({round_of(case.id) for case in chosen}, key=lambda name: (name == "html", name))
    print(f"| round ({args.split}) | pages | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for name in [*rounds, "all"]:
        group = [case for case in chosen if name == "all" or round_of(case.id) == name]
        results = score(group, outputs, now)
        cells = [results[measure].cell() if isinstance(results[measure], Tally) else "-" for measure in names]
        print(f"| {name} | {len(group)} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
