"""Files as hard links: an unchanged output file is the same file from build to build (its mtime
kept, no extra disk space), with a copy where links are impossible (another filesystem)."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path


def link_tree(source: Path, target: Path) -> int:
    """Copy a folder as hard links (a copy where links are impossible), keeping mtimes;
    returns the number of files. (Paths as strings and each folder made once, its parent made
    before it: a 10,000-article site has 10,000 folders, and pathlib's joins and `mkdir -p`
    walks took most of a warm build's time.)"""
    count = 0
    os.makedirs(target, exist_ok=True)
    folders = [(os.fspath(source), os.fspath(target))]
    while folders:
        folder, into = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                out = os.path.join(into, entry.name)
                if entry.is_dir(follow_symlinks=False):
                    try:
                        os.mkdir(out)
                    except FileExistsError:
                        pass
                    folders.append((entry.path, out))
                elif not entry.is_dir():  # (a link to a folder is left out, as os.walk leaves it)
                    link_or_copy(entry.path, out)
                    count += 1
    return count


def link_or_copy(source: Path | str, target: Path | str) -> None:
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
