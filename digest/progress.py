"""One status line for long work on a terminal (a build's stages: parse, index, render, write,
search; an ingest's reading and cleaning) with a bar where it has a count. A pipe, a log file or -q gets nothing; a small site is
done before a bar could be read, so it gets nothing either."""
from __future__ import annotations

import sys
import time
from typing import TextIO

MIN_ITEMS = 200  # below this, a stage is over in a blink
REFRESH_SECONDS = 0.1
WIDTH = 30


class Progress:
    def __init__(self, stream: TextIO | None = None, enabled: bool = True, min_items: int = MIN_ITEMS) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.min_items = min_items
        self._visible = False
        self.name = ""
        self.total = 0
        self.done = 0
        self._last = 0.0
        self._shown = False

    def stage(self, name: str, total: int = 0, size: int | None = None) -> None:
        """A new stage of `total` steps (0: no count). `size` (default `total`) decides whether
        it is worth showing: a stage without a count passes the number of articles."""
        self.name, self.total, self.done = name, total, 0
        self._visible = self.enabled and (total if size is None else size) >= self.min_items
        self._draw(force=True)

    def advance(self, steps: int = 1) -> None:
        self.done += steps
        if self._visible:
            self._draw(force=self.done == self.total)  # the full bar is always seen

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")  # erase the line: what follows is the build's report
            self.stream.flush()
            self._shown = False

    def _draw(self, force: bool = False) -> None:
        if not self._visible:
            return
        now = time.monotonic()
        if not force and now - self._last < REFRESH_SECONDS:
            return
        self._last = now
        if self.total:
            filled = WIDTH * min(self.done, self.total) // self.total
            line = f"{self.name:<8} [{'#' * filled}{'-' * (WIDTH - filled)}] {self.done:,}/{self.total:,}"
        else:
            line = f"{self.name}…"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._shown = True


NO_PROGRESS = Progress(enabled=False)
