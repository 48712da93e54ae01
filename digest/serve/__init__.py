"""`digest serve`: a preview server on 127.0.0.1 that serves nothing outside site/, a watcher,
incremental rebuilds in a session, and live reload in the open browser tabs."""
from __future__ import annotations

import importlib
from typing import Any

# What other packages use, by the module that defines it: loaded on first use, so importing
# one module of the package does not load the others.
_EXPORTS = {
    "serve": "server",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
