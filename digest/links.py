"""Files as hard links: an unchanged output file is the same file from build to build (its mtime
kept, no extra disk space), with a copy where links are impossible (another filesystem)."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path


def link_tree(source: Path, target: Path) -> int:
    """Copy a folder as hard links (a copy where links are impossible), keeping mtimes;
    returns the number of files."""
    count = 0
    for folder, _dirs, names in os.walk(source):
        rel = Path(folder).relative_to(source)
        (target / rel).mkdir(parents=True, exist_ok=True)
        for name in names:
            link_or_copy(Path(folder) / name, target / rel / name)
            count += 1
    return count


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link to `source` at `target`; a copy keeping the mtime where links are impossible
    (another filesystem)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def tree_inodes(root: Path, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(relative path, inode) of every file under root, from directory entries alone; paths
    start with `prefix` (e.g. "search/" for a subfolder's files named as in the whole site)."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from tree_inodes(Path(entry.path), f"{prefix}{entry.name}/")
        elif entry.is_file(follow_symlinks=False):
            yield f"{prefix}{entry.name}", entry.inode()
