#!/usr/bin/env python3
"""Sources and stated dates of a collecting round as the code of an older commit reads them, beside
today's code: how the rules did on pages they had never seen, and how much of today's figure on
that round was tuned on it.

    python bench/real/as_of.py ROUND=COMMIT [ROUND=COMMIT …] [--split tune|holdout|all]

e.g. `k=9276af6^ l=72c9b63^ m=af65c30^`: each round's text pages (the id's first letter) ingested
as one batch by a checkout of COMMIT (a temporary git worktree, removed afterwards), and by the
working tree. A commit from before a round was collected never saw its pages: its figure on them
is the rules' figure on new pages, the one a rule written from the round studied does not move.
Only counts are printed (the holdout's rows are aggregates, like every holdout figure).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ingest_real import Case, load_cases, plain  # noqa: E402

REPO = HERE.parents[1]
# run inside the checkout: each page's source and date as that code reads them
_READ = """
import json, shutil, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from digest.ingest.run import ingest_paths
from digest.ingest.settings import IngestSettings
with tempfile.TemporaryDirectory() as work:
    work = Path(work)
    (work / "in").mkdir()
    (work / "site").mkdir()
    (work / "site" / "digest.yaml").write_text("title: bench\\ntimezone: Asia/Shanghai\\n")
    for name in sys.argv[2:]:
        shutil.copyfile(name, work / "in" / Path(name).name)
    result = ingest_paths(work / "site", [work / "in"], IngestSettings())
    print(json.dumps({Path(o.input).stem: [o.article.source, o.article.date.value] if o.article else ["", ""]
                      for o in result.outcomes}))
"""


def read_as_of(commit: str | None, cases: list[Case]) -> dict[str, tuple[str, str]]:
    """id -> (source, date) as the code of `commit` (None: the working tree) reads the pages."""
    files = [str(case.file) for case in cases]
    if commit is None:
        out = subprocess.run([sys.executable, "-c", _READ, str(REPO), *files], check=True, capture_output=True,
                             text=True, cwd=tempfile.gettempdir()).stdout
        return {key: tuple(value) for key, value in json.loads(out.splitlines()[-1]).items()}
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", folder, commit], check=True)
        try:
            out = subprocess.run([sys.executable, "-c", _READ, folder, *files], check=True, capture_output=True,
                                 text=True, cwd=tempfile.gettempdir()).stdout
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", folder], check=True)
    return {key: tuple(value) for key, value in json.loads(out.splitlines()[-1]).items()}


def counts(cases: list[Case], read: dict[str, tuple[str, str]]) -> dict[str, tuple[int, int]]:
    right = named = empty = unnamed = dated = dates = 0
    for case in cases:
        source, day = read.get(case.file.stem, ("", ""))
        gold = case.gold
        if gold.get("source"):
            named += 1
            right += plain(source) in {plain(str(name)) for name in [gold["source"], *(gold.get("source_also") or [])]}
        elif "source" in gold:
            unnamed += 1
            empty += not source
        if gold.get("date"):
            dates += 1
            dated += day.startswith(str(gold["date"]).replace(" ", "T"))
    return {"sources right": (right, named), "no source where none is named": (empty, unnamed),
            "stated dates right": (dated, dates)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", nargs="+", help="ROUND=COMMIT: a round (an id's first letter) and a commit from before it")
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    args = parser.parse_args()
    cases = [case for case in load_cases() if case.kind == "text" and args.split in ("all", case.split)]
    measures = ("sources right", "no source where none is named", "stated dates right")
    print(f"| round ({args.split}), rules as of | " + " | ".join(f"{name}: then / now" for name in measures) + " |")
    print("|---|" + "---|" * len(measures))
    for item in args.rounds:
        name, commit = item.split("=", 1)
        group = [case for case in cases if case.id[0] == name]
        then, now = counts(group, read_as_of(commit, group)), counts(group, read_as_of(None, group))
        cells = [f"{then[key][0]}/{then[key][1]} / {now[key][0]}/{now[key][1]}" for key in measures]
        print(f"| {name}, {commit} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
