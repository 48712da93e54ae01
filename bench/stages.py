#!/usr/bin/env python3
"""Where a cold `digest build` goes, stage by stage, in one in-process build.

    python3 bench/stages.py SITE [--aside DIR]

SITE's site/ and .digest-cache/ are moved into DIR (default: beside SITE) first, so the build is
cold. For each stage the build reports (parse, index, render, search): wall seconds, CPU of this
process and of its child processes (parse and render workers, the search index's process, the
cache writer), this process's peak RSS and the largest child's so far. Run it from the checkout
to measure (PYTHONPATH=... to measure another one); wall times on a shared machine are noisy,
the CPU and memory columns much less so.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # after PYTHONPATH: it may name another checkout

from digest.build import build_site
from digest.options import BuildOptions
from digest.progress import Progress


class StageTimes(Progress):
    """A progress display that prints nothing and records each stage's start instead."""

    def __init__(self) -> None:
        super().__init__(enabled=False)
        self.marks: list[tuple[str, float, float, float, int, int, float, int]] = []
        self.mark("start")

    def mark(self, name: str) -> None:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        self.marks.append((name, time.perf_counter(), own.ru_utime + own.ru_stime,
                           children.ru_utime + children.ru_stime, own.ru_maxrss, children.ru_maxrss,
                           own.ru_stime + children.ru_stime, own.ru_minflt + children.ru_minflt))

    def stage(self, name: str, total: int = 0, size: int | None = None) -> None:
        self.mark(name)

    def close(self) -> None:
        self.mark("end")
        # (children count once they have ended: a stage's pool of workers is counted in the stage that closes it)
        print("| stage | wall s | this process CPU s | children CPU s | of which system s | page faults k | peak RSS MB | largest child MB |")
        print("|---|---|---|---|---|---|---|---|")
        for before, after in zip(self.marks, self.marks[1:]):
            name, wall, own, children, _rss, _crss, system, faults = before
            _, wall2, own2, children2, rss2, crss2, system2, faults2 = after
            print(f"| {name} | {wall2 - wall:.2f} | {own2 - own:.2f} | {children2 - children:.2f} | {system2 - system:.2f} "
                  f"| {(faults2 - faults) / 1000:.0f} | {rss2 / 1024:.0f} | {crss2 / 1024:.0f} |")
        first, last = self.marks[0], self.marks[-1]
        print(f"| total | {last[1] - first[1]:.2f} | {last[2] - first[2]:.2f} | {last[3] - first[3]:.2f} | {last[6] - first[6]:.2f} "
              f"| {(last[7] - first[7]) / 1000:.0f} | | |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--aside", type=Path, help="where the old site/ and .digest-cache/ go (default: beside SITE)")
    args = parser.parse_args()
    aside = args.aside or args.site.parent
    for name in ("site", ".digest-cache"):
        if (args.site / name).exists():
            os.rename(args.site / name, aside / f"{args.site.name}-{name.lstrip('.')}-{time.time_ns()}")
    os.sync()
    result = build_site(args.site, BuildOptions(), progress=StageTimes())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
