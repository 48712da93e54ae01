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

from ingest_real import HTML_DIR, Case, Tally, ingest, load_cases, plain, round_of, score  # noqa: E402

MEASURES = {"sources": ("sources right", "no source where none is named"),
            "dates": ("stated dates right", "no future date")}


# what stands before and after the gold's name where the page prints it: the shape of the evidence
# a missed source had (counted, no page named: the holdout may be asked too)
_BEFORE = [("labelled 来源/稿源/出处", r"(?:来源|來源|稿源|出处|出處|来自|來自|转自|轉自|转载自|轉載自|摘自|选自|選自)[:：]?\s*$"),
           ("据/據 X", r"[据據]\s*《?$"), ("bracket 【X", r"[【\[〔]\s*$"), ("bracket （X", r"[(（]\s*$"),
           ("after a date or time", r"\d\s*$"), ("line start", r"^\s*$"),
           ("after a comma", r"[,，]\s*$"), ("after a space", r"[ \u3000]$"), ("after a sentence end", r"[。！？]\s*$"),
           ("after letters", r"[A-Za-z]$"), ("after Han", r"[\u4e00-\u9fff]$"), ("after a mark", r".$")]
_AFTER = [("X记者/記者", r"^\s*(?:特派|实习|見習|见习|首席)?[记記]者"), ("X…电/讯 dateline", r"^[^，,。]{0,12}?日[电電讯訊]"),
          ("X讯/訊", r"^(?:专讯|專訊|讯|訊|消息)"), ("X报道/報導", r"^(?:报道|報導|报导)"),
          ("X + date", r"^\s*[|｜·•]?\s*(?:19|20)\d{2}"), ("X】", r"^\s*[】\]〕]"), ("X）", r"^\s*[)）]"), ("line end", r"^\s*$"),
          ("X注意到/获悉/了解到", r"^(?:注意到|獲悉|获悉|了解到|瞭解到)"), ("X：/X:", r"^\s*[:：]"), ("X + a space", r"^[ \u3000]"),
          ("X, a comma", r"^[,，]"), ("X + a sentence end", r"^[。！？]"), ("X + digits", r"^\d"), ("X + letters", r"^[A-Za-z]"),
          ("X + Han", r"^[\u4e00-\u9fff]"), ("X + a mark", r"^[^\w\s]")]


def evidence(case: Case) -> str:
    """Where and in what shape the page names its gold source: `top|labelled 来源…` and so on."""
    import re
    lines = case.file.read_text(encoding="utf-8", errors="replace").splitlines() if case.kind == "text" else []
    names = [str(name) for name in [case.gold["source"], *(case.gold.get("source_also") or [])]]
    for number, line in enumerate(lines):
        for name in names:
            at = line.find(name)
            if at < 0:
                continue
            where = f"line {number}" if number < 5 else "end" if number >= len(lines) - 5 else "middle"
            before = next((label for label, pattern in _BEFORE if re.search(pattern, line[:at])), "other")
            after = next((label for label, pattern in _AFTER if re.search(pattern, line[at + len(name):])), "other")
            after = after.replace("a mark", "a mark " + line[at + len(name)]) if after == "X + a mark" else after  # (which mark: no words)
            return f"{where} | {before} | {after}"
    return "not on the page" if case.kind == "text" else "html"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--measures", default="sources,dates", help="comma-separated: " + ", ".join(MEASURES))
    parser.add_argument("--html", type=Path, default=HTML_DIR)
    parser.add_argument("--evidence", action="store_true", help="count the shapes of evidence of the missed sources")
    args = parser.parse_args()
    names = [name for key in args.measures.split(",") for name in MEASURES[key.strip()]]
    cases = [case for case in load_cases(args.html)]
    with tempfile.TemporaryDirectory() as work:
        outputs = ingest(cases, Path(work))
    now = datetime.now()
    chosen = [case for case in cases if args.split in ("all", case.split)]
    rounds = sorted({round_of(case) for case in chosen}, key=lambda name: (name == "html", name))
    print(f"| round ({args.split}) | pages | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for name in [*rounds, "all"]:
        group = [case for case in chosen if name == "all" or round_of(case) == name]
        results = score(group, outputs, now)
        cells = [results[measure].cell() if isinstance(results[measure], Tally) else "-" for measure in names]
        print(f"| {name} | {len(group)} | " + " | ".join(cells) + " |")
    if args.evidence:
        counts: dict[str, int] = {}
        for case in chosen:
            gold = case.gold
            article = outputs.get(case.id, ("", None, ""))[1]
            if gold.get("source") and article is not None and plain(article.source) not in {
                    plain(str(name)) for name in [gold["source"], *(gold.get("source_also") or [])]}:
                key = ("none found: " if not article.source else "another name: ") + evidence(case)
                counts[key] = counts.get(key, 0) + 1
        print()
        for key, count in sorted(counts.items(), key=lambda item: -item[1]):
            print(f"{count:3d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
