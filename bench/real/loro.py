#!/usr/bin/env python3
"""Headlines, furniture, body starts and lost text, leave-one-round-out: the rounds studied against
the rounds not studied and the holdout.

    python bench/real/loro.py --study ijm [--save FILE] [--diff FILE]

A rule written from the pages of some rounds (`--study`, by the first letter of the page ids)
should lift the tune pages of the other rounds too, or at least not lower them; the holdout is
the last check. One ingest of the whole batch (as `bench/ingest_real.py` runs it); per round of the
tune split the misses (headlines, furniture lines, body starts) and the characters lost, then
three aggregates: the rounds studied, the rounds not studied, the holdout. `--save` keeps each tune
page's figures; `--diff` lists the tune pages whose figures moved against a saved run: the pages of
the rounds studied with their titles, the others by id and counts alone (reading them would make
them studied). Holdout pages are never listed.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_real import HTML_DIR, ingest, load_cases, page_round, parse_rounds, round_of, score  # noqa: E402

MEASURES = ("headlines exact", "furniture removed", "body starts right")


def figures(cases: list, outputs: dict, now: datetime) -> dict:
    tallies = score(cases, outputs, now)
    lost, total = tallies["body characters lost"]
    return {name: (tallies[name].right, tallies[name].total) for name in MEASURES} | {"lost": (lost, total)}


def row(name: str, values: dict) -> str:
    cells = [f"{right}/{total} ({right / total:.1%})" if total else "-" for right, total in (values[m] for m in MEASURES)]
    lost, total = values["lost"]
    return f"| {name} | " + " | ".join(cells) + f" | {lost} ({lost / max(1, total):.2%}) |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--study", default="", help="the rounds whose tune pages were read (letters their ids start with; `y,z,za` by commas)")
    parser.add_argument("--save", type=Path, help="write each tune page's figures to this JSON file")
    parser.add_argument("--diff", type=Path, help="list the tune pages whose figures moved against this saved file")
    parser.add_argument("--html", type=Path, default=HTML_DIR)
    args = parser.parse_args()
    cases = load_cases(args.html)
    studied_rounds = parse_rounds(args.study, {round_of(case) for case in cases})
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    now = datetime.now()
    tune = [case for case in cases if case.split == "tune"]
    rounds = sorted({round_of(case) for case in tune}, key=lambda name: (len(name), name))
    print("| tune, by round | headline misses | furniture misses | body start misses | characters lost |")
    print("|---|---|---|---|---|")
    for name in rounds:
        values = figures([case for case in tune if round_of(case) == name], outputs, now)
        misses = [total - right for right, total in (values[m] for m in MEASURES)]
        print(f"| {name}{' (studied)' if name in studied_rounds else ''} | " + " | ".join(map(str, misses)) + f" | {values['lost'][0]} |")
    print()
    print("| pages | " + " | ".join(MEASURES) + " | body characters lost |")
    print("|---|---|---|---|---|")
    groups = {"rounds studied": [case for case in tune if round_of(case) in studied_rounds],
              "rounds not studied": [case for case in tune if round_of(case) not in studied_rounds],
              "tune": tune, "holdout": [case for case in cases if case.split == "holdout"]}
    for name, members in groups.items():
        if members:
            print(row(name, figures(members, outputs, now)))
    pages = {}
    for case in tune:
        article = outputs.get(case.id, ("missing", None, ""))[1]
        values = figures([case], outputs, now)
        pages[case.id] = {"title": article.title if article else "",
                          "misses": [total - right for right, total in (values[m] for m in MEASURES)], "lost": values["lost"][0]}
    if args.save:
        args.save.write_text(json.dumps(pages, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        print("\nmoved (headline, furniture, start misses; characters lost), before -> now:")
        for page_id, now_values in pages.items():
            old = before.get(page_id)
            if old and (old["misses"], old["lost"]) != (now_values["misses"], now_values["lost"]):
                studied = page_round(page_id) in studied_rounds
                titles = f"  {old['title']!r} -> {now_values['title']!r}" if studied and old["title"] != now_values["title"] else ""
                print(f"  {page_id}{'' if studied else ' (not studied)'}: {old['misses']} {old['lost']} -> "
                      f"{now_values['misses']} {now_values['lost']}{titles}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
