"""A progress bar for batches, on a terminal only (a log or a pipe gets nothing). No dependency."""
from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_ITEMS = 20  # a handful of files is done before a bar would be read
REFRESH_SECONDS = 0.1
WIDTH = 30


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled and total >= MIN_ITEMS and self.stream.isatty()
        self._last = 0.0
        self._shown = False

    def update(self, done: int, phase: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < REFRESH_SECONDS:
            return
        self._last = now
        filled = WIDTH * done // max(1, self.total)
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r{phase:<9} [{bar}] {done}/{self.total}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * (WIDTH + 40) + "\r")
            self.stream.flush()
            self._shown = False
