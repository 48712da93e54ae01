#!/usr/bin/env python3
"""How fast `digest ingest` is on a big batch: N noisy articles, one command, wall time.

    python bench/ingest_speed.py [--n 10000] [--runs 2] [--html-share 0.1] [--off RULE]

Generates (once, reused while N and the seed stay the same) N distinct noisy articles with
ingest_noise.py --mix (sentences of several THUCNews articles per article, 10% saved HTML pages,
GB18030 and UTF-8 files), then times `python -m digest -C SITE ingest INPUTS -q` in a new
process: the first run into an empty site, then re-runs on the same input (which must write
nothing). The issue's budget: 10,000 articles in under 30 s on this 2-core machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ingest_noise  # noqa: E402

BUDGET_SECONDS = 30.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=2, help="runs on the same input (the first writes everything)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--html-share", type=float, default=0.1)
    parser.add_argument("--work", type=Path, default=None, help="folder (default /tmp/ingest-speed-N)")
    parser.add_argument("--off", action="append", default=[], metavar="RULE",
                        help="switch a rule off (repeatable): what it costs, against a run with it on")
    args = parser.parse_args()
    work = args.work or Path(f"/tmp/ingest-speed-{args.n}")
    marker = work / "generated.json"
    wanted = {"n": args.n, "seed": args.seed, "html": args.html_share}
    if not marker.is_file() or json.loads(marker.read_text()) != wanted:
        shutil.rmtree(work, ignore_errors=True)
        started = time.perf_counter()
        ingest_noise.generate(work / "noisy", args.n, "heldout", args.seed, mix=True, html_share=args.html_share)
        marker.write_text(json.dumps(wanted))
        print(f"generated {args.n} articles in {time.perf_counter() - started:.1f}s")
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir()
    rules_off = "".join(f"    {name}: false\n" for name in args.off)
    (site / "digest.yaml").write_text("title: speed\ntimezone: Asia/Shanghai\n" + (f"ingest:\n  rules:\n{rules_off}" if rules_off else ""),
                                      encoding="utf-8")
    os.sync()  # the previous run's files, just deleted, are not this run's disk work
    size = sum(path.stat().st_size for path in (work / "noisy" / "inputs").iterdir())
    print(f"{args.n} inputs, {size / 1e6:.1f} MB, {os.cpu_count()} cores")
    print(f"load average before: {os.getloadavg()[0]:.1f} (other work on this machine slows the wall time;"
          " cpu s is what ingest itself used)")
    print("| run | wall s | cpu s (all processes) | articles/s | result |\n|---|---|---|---|---|")
    first = None
    for run in range(1, args.runs + 1):
        started = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run([sys.executable, "-m", "digest", "-C", str(site), "ingest", str(work / "noisy" / "inputs"), "-q"],
                              cwd=HERE.parent, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        report = json.loads((site / "raw" / "ingest-report.json").read_text(encoding="utf-8"))["summary"]
        summary = ", ".join(f"{value} {key}" for key, value in report.items() if value and key != "inputs")
        print(f"| {run} | {seconds:.1f} | {cpu:.1f} | {args.n / seconds:.0f} | exit {done.returncode}: {summary} |")
        first = first if first is not None else seconds
        if done.returncode not in (0, 1):
            print(done.stderr[-2000:], file=sys.stderr)
            return 2
    verdict = "within" if first <= BUDGET_SECONDS else "OVER"
    print(f"\nfirst run {first:.1f}s: {verdict} the {BUDGET_SECONDS:.0f}s budget for {args.n} articles")
    return 0 if first <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
