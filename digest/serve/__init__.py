"""`digest serve`: a preview server on 127.0.0.1 that serves nothing outside site/, a watcher,
incremental rebuilds in a session, and live reload in the open browser tabs."""
from __future__ import annotations

from digest.lazy import exports

# What other packages use, by the module that defines it (loaded on first use).
__all__, __getattr__ = exports(__name__, {
    "serve": "server",
})
