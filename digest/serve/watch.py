"""Watching the project for changes with watchfiles: content/, templates/, static/, the
theme, and digest.yaml. Editor temp and backup files are ignored; bursts are coalesced by
watchfiles; every batch goes into a queue, so changes arriving during a build are kept for
the next one, never lost. The output folder is never watched."""
from __future__ import annotations

import queue
import threading
from pathlib import Path

import watchfiles

from digest.config import CONFIG_FILE
from digest.render import THEME_DIR

WATCHED_DIRS = ("content", "templates", "static")
# watchfiles yields a batch once no event came for STEP_MS (up to DEBOUNCE_MS in all).
STEP_MS = 15
DEBOUNCE_MS = 400
# An empty batch every TIMEOUT_MS tells that the watcher is armed (and lets it notice `stop`).
TIMEOUT_MS = 50

_NOISE_SUFFIXES = ("~", ".swp", ".swo", ".swx", ".swn", ".tmp", ".temp", ".part", ".crdownload",
                   ".bak", ".orig", ".rej", ".kate-swp", ".pyc")
_NOISE_NAMES = {"4913", ".DS_Store", "Thumbs.db", "desktop.ini"}


def is_editor_noise(path: str) -> bool:
    """Files editors and tools write beside the real one while saving (vim's 4913 and .swp,
    emacs's #x# and .#x, backups ending in ~, LibreOffice locks, hidden temp files)."""
    name = Path(path).name
    return (
        name in _NOISE_NAMES
        or name.startswith((".", "#", "~$"))
        or name.endswith(_NOISE_SUFFIXES)
        or "__pycache__" in Path(path).parts
    )


class ProjectWatcher:
    """Pushes sets of changed paths into `changes`; stops when `stop` is set."""

    def __init__(self, root: Path, changes: queue.Queue[set[str]], stop: threading.Event,
                 watch_theme: bool = True):
        self.root = root.resolve()
        self.changes = changes
        self.stop = stop
        self.watch_theme = watch_theme
        self._tree_stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._root_ready = threading.Event()
        self._trees_ready = threading.Event()

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Block until both watchers are armed: a change made after this is never missed."""
        return self._root_ready.wait(timeout) and self._trees_ready.wait(timeout)

    def start(self) -> None:
        self._spawn(self._watch_root)
        self._spawn(self._watch_trees)

    def _spawn(self, target) -> None:
        thread = threading.Thread(target=target, daemon=True, name=f"digest-{target.__name__}")
        thread.start()
        self._threads.append(thread)

    def _tree_paths(self) -> list[Path]:
        paths = [self.root / name for name in WATCHED_DIRS if (self.root / name).is_dir()]
        if self.watch_theme:
            paths.append(THEME_DIR)
        return paths

    def _watch_root(self) -> None:
        """digest.yaml, and the appearance or removal of a watched folder (non-recursive:
        the output folder below the root must not be watched)."""
        def relevant(_change: watchfiles.Change, path: str) -> bool:
            return Path(path).name in (CONFIG_FILE, *WATCHED_DIRS)

        for batch in watchfiles.watch(self.root, watch_filter=relevant, recursive=False, step=STEP_MS,
                                      debounce=DEBOUNCE_MS, stop_event=self.stop, yield_on_timeout=True,
                                      rust_timeout=TIMEOUT_MS, raise_interrupt=False):
            self._root_ready.set()
            if not batch:
                continue
            paths = {path for _change, path in batch}
            if any(Path(p).name in WATCHED_DIRS for p in paths):
                self._tree_stop.set()  # restart the tree watcher on the new set of folders
            self.changes.put(paths)

    def _watch_trees(self) -> None:
        def relevant(_change: watchfiles.Change, path: str) -> bool:
            return not is_editor_noise(path)

        while not self.stop.is_set():
            self._tree_stop.clear()
            paths = self._tree_paths()
            if not paths:
                self._trees_ready.set()
                self._tree_stop.wait(0.5)
                continue
            stop = _either(self.stop, self._tree_stop)
            for batch in watchfiles.watch(*paths, watch_filter=relevant, step=STEP_MS, debounce=DEBOUNCE_MS,
                                          stop_event=stop, yield_on_timeout=True, rust_timeout=TIMEOUT_MS,
                                          raise_interrupt=False):
                self._trees_ready.set()
                if batch:
                    self.changes.put({path for _change, path in batch})


class _either:
    """An event-like object set when either of two events is (what watchfiles polls)."""

    def __init__(self, first: threading.Event, second: threading.Event):
        self.first, self.second = first, second

    def is_set(self) -> bool:
        return self.first.is_set() or self.second.is_set()
