"""`digest serve`: a preview server on 127.0.0.1 that serves nothing outside site/, a watcher,
incremental rebuilds in a session, and live reload in the open browser tabs."""
