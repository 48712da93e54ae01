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
from collections.abc import Iterator

STORE_DIR = "site"  # inside .digest-cache/


class OutputStore:
    def __init__(self, path: Path):
        self.path = path

    def file(self, rel: str) -> Path:
        return self.path.joinpath(*rel.split("/"))

    def sync(self, site_dir: Path) -> None:
        """Make the store mirror site_dir: link what is new, unlink what is gone. Files shared
        with the last build are the same inode on both sides and cost one directory read."""
        if not site_dir.is_dir():
            return
        site = dict(_inodes(site_dir))
        stored = dict(_inodes(self.path))
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


def _inodes(root: Path, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(relative path, inode) of every file under root, from directory entries alone."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _inodes(Path(entry.path), f"{prefix}{entry.name}/")
        elif entry.is_file(follow_symlinks=False):
            yield f"{prefix}{entry.name}", entry.inode()
