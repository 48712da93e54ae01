"""Giving freed memory back to the system, so that what a large build no longer holds does not
count in its resident memory, nor in the render workers forked from it.

CPython frees objects to the C allocator, which keeps their pages for the next allocations:
when what is freed is more than what comes after, the pages are better returned."""
from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on: glibc only
    except (OSError, AttributeError):
        return None


def give_back_free_memory() -> None:
    """Return the C heap's free pages to the system (glibc's malloc_trim; elsewhere nothing).
    It walks the heap: call it after freeing much, not on every small build."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
