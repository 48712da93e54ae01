"""Work spread over all cores: articles are independent until the index, so parsing them
is split across worker processes (forked, so they start in milliseconds and share the code)."""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator

from digest.cache import ParsedEntry
from digest.content import ParseSettings, parse_article

# Below this many files a pool costs more than it saves.
MIN_PARALLEL_FILES = 200


def worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def parse_many(files: list[tuple[str, bytes]], settings: ParseSettings) -> Iterator[tuple[str, bytes, ParsedEntry]]:
    workers = worker_count()
    if len(files) < MIN_PARALLEL_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for rel, raw in files:
            yield rel, raw, parse_article(rel, raw, settings)
        return
    chunk = max(16, len(files) // (workers * 8))
    batches = [files[i: i + chunk] for i in range(0, len(files), chunk)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for batch, entries in zip(batches, pool.map(_parse_batch, batches, [settings] * len(batches))):
            for (rel, raw), entry in zip(batch, entries):
                yield rel, raw, entry


def _parse_batch(batch: list[tuple[str, bytes]], settings: ParseSettings) -> list[ParsedEntry]:
    return [parse_article(rel, raw, settings) for rel, raw in batch]
