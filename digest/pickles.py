"""Caches on disk: a value pickled into a file atomically (written beside it, then renamed), so
a crash or a second build at the same time never leaves half a cache to be read."""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def save_atomically(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
