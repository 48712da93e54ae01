"""Caches on disk: a value pickled into a file atomically (written beside it, then renamed), so
a crash or a second build at the same time never leaves half a cache to be read."""
from __future__ import annotations

import gc
import os
import pickle
import tempfile
import threading
from pathlib import Path
from typing import IO, Any
from collections.abc import Callable

Dump = Callable[[Any, IO[bytes]], None]


def dump_pickle(value: Any, stream: IO[bytes]) -> None:
    pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)


def save_atomically(path: Path, value: Any, dump: Dump = dump_pickle) -> None:
    """`dump` writes the value into the open file (by default, one pickle)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            dump(value, stream)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def save_in_background(path: Path, value: Any, dump: Dump = dump_pickle) -> Callable[[bool], None]:
    """save_atomically in a forked child, so that the caller goes on meanwhile (on the other
    core) and its own memory never holds what pickling a large value allocates; returns a
    function that waits for the child and, given True, raises OSError if it failed. Where fork
    is missing, or other threads run (a child would inherit the locks they hold), it saves here
    and now."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        save_atomically(path, value, dump)
        return _saved
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child: coverage does not follow it
        code = 1
        try:
            gc.freeze()  # the child only reads: keep the collector from walking the inherited heap
            save_atomically(path, value, dump)
            code = 0
        finally:
            os._exit(code)
    return lambda check=True: _wait_for(pid, path, check)


def _wait_for(pid: int, path: Path, check: bool) -> None:
    _pid, status = os.waitpid(pid, 0)
    if check and os.waitstatus_to_exitcode(status) != 0:
        raise OSError(f"could not write {path}")


def _saved(check: bool = True) -> None:
    """Nothing to wait for."""
