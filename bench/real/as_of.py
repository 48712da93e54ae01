#!/usr/bin/env python3
"""Sources and stated dates of a collecting round as the code of an older commit reads them, beside
today's code: how the rules did on pages they had never seen, and how much of today's figure on
that round was tuned on it.

    python bench/real/as_of.py ROUND=COMMIT [ROUND=COMMIT …] [--split tune|holdout|all] [--readings]

e.g. `k=9276af6^ l=72c9b63^ m=af65c30^`: each round's text pages (the id's first letter) ingested
as one batch by a checkout of COMMIT (a temporary git worktree, removed afterwards), and by the
working tree. A commit from before a round was collected never saw its pages: its figure on them
is the rules' figure on new pages, the one a rule written from the round studied does not move.
`--readings` counts, over the rounds asked, which reading named each source then and now (the
lead's dateline, an info line labelled 来源, a name beside a date, a name on a line of its own…) and
whether it was right, another name, or invented where the page names none: which mechanisms hold
on pages their rules never saw. Only counts are printed (the holdout's rows are aggregates, like
every holdout figure).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ingest_real import Case, load_cases, plain, round_of  # noqa: E402

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
    out = {}
    for o in result.outcomes:
        if o.article is None:
            continue
        credit = next((f for f in o.article.found if f.field == "source" and f.value == o.article.source), None)
        out[Path(o.input).stem] = [o.article.source, o.article.date.value, credit.evidence if credit else ""]
    print(json.dumps(out))
"""


def read_as_of(commit: str | None, cases: list[Case]) -> dict[str, tuple[str, str, str]]:
    """id -> (source, date, the evidence that named the source) as the code of `commit` (None: the working tree) reads the pages."""
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


def counts(cases: list[Case], read: dict[str, tuple[str, str, str]]) -> dict[str, tuple[int, int]]:
    right = named = empty = unnamed = dated = dates = 0
    for case in cases:
        source, day, _ = read.get(case.file.stem, ("", "", ""))
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


def reading(source: str, evidence: str) -> str:
    """The kind of reading that named a source, from its evidence: `the lead's dateline`, an info
    line labelled 来源, or for a name printed without that label, what stood beside it."""
    text = re.sub(r"^line \d+: ", "", evidence).strip()
    if not text:
        return "no evidence (the HTML page's tags, a merged copy)"
    if re.match(r"https?://", text):
        return "a web address"
    described = re.match(r"(?:the |a |an )?[a-z][a-z'\- ]{3,}", text)
    if described:
        return described.group(0).strip()
    if re.search(r"(?:来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自)[ \u3000]*[:：]", text):
        return "an info line: labelled 来源 (稿源, 转自…)"
    if re.search(r"[\u4e00-\u9fff]{1,4}[ \u3000]*[:：]", text):
        return "an info line: beside other labels (作者, 时间…)"
    if re.search(r"(?:19|20)\d{2}[-/.年]", text):
        return "unlabelled: a name beside a date"
    if re.search(r"[记記]者", text):
        return "unlabelled: a name with its reporters"
    return "unlabelled: a name on a line of its own" if len(text) <= len(source) + 3 else "unlabelled: another credit"


def tally_readings(cases: list[Case], read: dict[str, tuple[str, str, str]], tally: collections.Counter) -> None:
    for case in cases:
        source, _, evidence = read.get(case.file.stem, ("", "", ""))
        if not source or "source" not in case.gold:
            continue
        gold = case.gold
        accepted = {plain(str(name)) for name in [gold.get("source"), *(gold.get("source_also") or [])] if name}
        verdict = "right" if plain(source) in accepted else "another name" if accepted else "invented"
        tally[(reading(source, evidence), verdict)] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rounds", nargs="+", help="ROUND=COMMIT: a round (the letters an id starts with) and a commit from before it")
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--readings", action="store_true", help="count which reading named each source, then and now")
    args = parser.parse_args()
    cases = [case for case in load_cases() if case.kind == "text" and args.split in ("all", case.split)]
    measures = ("sources right", "no source where none is named", "stated dates right")
    print(f"| round ({args.split}), rules as of | " + " | ".join(f"{name}: then / now" for name in measures) + " |")
    print("|---|" + "---|" * len(measures))
    readings: dict[str, collections.Counter] = {"then": collections.Counter(), "now": collections.Counter()}
    for item in args.rounds:
        name, commit = item.split("=", 1)
        group = [case for case in cases if round_of(case) == name]
        read_then, read_now = read_as_of(commit, group), read_as_of(None, group)
        then, now = counts(group, read_then), counts(group, read_now)
        cells = [f"{then[key][0]}/{then[key][1]} / {now[key][0]}/{now[key][1]}" for key in measures]
        print(f"| {name}, {commit} | " + " | ".join(cells) + " |")
        tally_readings(group, read_then, readings["then"])
        tally_readings(group, read_now, readings["now"])
    if args.readings:
        kinds = sorted({kind for counter in readings.values() for kind, _ in counter})
        print(f"\n| reading that named the source ({args.split}) | then: right / another name / invented | now |")
        print("|---|---|---|")
        for kind in kinds:
            cells = [" / ".join(str(readings[when][(kind, verdict)]) for verdict in ("right", "another name", "invented"))
                     for when in ("then", "now")]
            print(f"| {kind} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
