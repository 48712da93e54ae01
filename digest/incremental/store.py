"""The output store: `.digest-cache/site/`, a mirror of the last site `digest build` wrote,
made of hard links to the very same files (so it costs no disk space).

site/ is often moved, deleted or replaced by deploy tools and benchmarks; the store lets the
next build take every page whose fingerprint is unchanged from here instead of rendering it
again (an unchanged page is never rendered twice), and lets a build whose inputs did not change
at all put the whole site back by linking. A file is only taken from the store when its size
and mtime are those the page memo recorded when digest wrote it: a file changed in place
behind digest's back (which would change both names of it) is never used.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from collections.abc import Iterable

from digest.links import tree_inodes

STORE_DIR = "site"  # inside .digest-cache/


class OutputStore:
    def __init__(self, path: Path):
        self.path = path

    def file(self, rel: str) -> Path:
        return self.path.joinpath(*rel.split("/"))

    def sync(self, site_dir: Path, files: Iterable[tuple[str, int]] | None = None) -> None:
        """Make the store mirror site_dir: link what is new, unlink what is gone. Files shared
        with the last build are the same inode on both sides and cost one directory read.
        `files`: site_dir's (relative path, inode) pairs when the caller knows them (the build
        that just wrote it: walking 100,000 folders again took ~3 s)."""
        if not site_dir.is_dir():
            return
        site = dict(tree_inodes(site_dir) if files is None else files)
        stored = dict(tree_inodes(self.path))
        source, store = str(site_dir), str(self.path)  # strings, not Paths: once per file of the site
        made: set[str] = set()
        try:
            for rel, inode in site.items():
                if stored.get(rel) == inode:
                    continue
                target = f"{store}/{rel}"
                if rel in stored:
                    os.unlink(target)
                else:
                    folder = rel.rpartition("/")[0]
                    if folder not in made:
                        os.makedirs(f"{store}/{folder}", exist_ok=True)
                        made.add(folder)
                os.link(f"{source}/{rel}", target)
            for rel in stored.keys() - site.keys():
                self.file(rel).unlink(missing_ok=True)
        except OSError:
            # no hard links here (another filesystem, a full disk): no store, rather than copies
            self.clear()

    def clear(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
