"""One function over many independent inputs in forked worker processes, which inherit what it
reads (the index's whole state) instead of receiving it; only the inputs (a few numbers each)
and the answers travel. Used where a full computation asks one question per candidate: the
index's story graph, its verdict on each pair of rows (at 100,000 articles ~47,000 pairs, 18 s on one
core, while the other idles)."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from typing import Any

_FUNCTION: Callable[..., Any] | None = None  # set just before the pool forks: the workers inherit it


def forked_map(function: Callable[..., Any], inputs: Sequence[tuple[Any, ...]], min_inputs: int,
               near: Callable[[], Sequence[float]] | None = None) -> list[Any]:
    """[function(*each) for each in inputs], in forked workers when there are at least
    `min_inputs` and fork is safe (no other thread: `digest serve` asks here); the same list
    either way. What the calls cache in a worker stays there: `near`, asked only when workers
    are used, gives each input a position (a day, say) such that inputs close together read the
    same cached things, and each worker then gets a run of neighbouring inputs instead of a
    share of all of them."""
    global _FUNCTION
    workers = core_count()
    if len(inputs) < min_inputs or workers < 2 or threading.active_count() > 1 or "fork" not in get_all_start_methods():
        return [function(*each) for each in inputs]
    parts = split_inputs(len(inputs), workers, near() if near is not None else None)
    results: list[Any] = [None] * len(inputs)
    _FUNCTION = function
    try:
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            for part, answers in zip(parts, pool.map(_answer_all, [[inputs[i] for i in part] for part in parts])):
                for index, answer in zip(part, answers):
                    results[index] = answer
    finally:
        _FUNCTION = None
    return results


def split_inputs(count: int, parts: int, near: Sequence[float] | None = None) -> list[list[int]]:
    """The positions of `count` inputs in `parts` parts of (nearly) equal size: runs of
    neighbouring positions by `near`, else dealt out like cards (neighbouring inputs, a row's
    pairs, cost alike, so each part gets its share of the dear ones)."""
    if near is None:
        return [list(range(start, count, parts)) for start in range(min(parts, count))]
    order = sorted(range(count), key=near.__getitem__)
    size = max(1, -(-count // parts))
    return [order[start:start + size] for start in range(0, count, size)]


def _answer_all(inputs: Sequence[tuple[Any, ...]]) -> list[Any]:
    assert _FUNCTION is not None
    return [_FUNCTION(*each) for each in inputs]


def core_count() -> int:
    """The cores this process may run on (worker processes and threads are sized by it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
