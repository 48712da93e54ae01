"""Writing `site/` atomically: the new site is assembled in a sibling folder and swapped in only
when complete, so a failed build never leaves a half-written site. A file whose bytes did not
change is hard-linked from the previous site instead of rewritten (its mtime is kept, so hosts
and rsync see no change), and files no longer produced disappear with the old folder."""
from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING
from collections.abc import Callable, Iterable, Iterator

from digest.links import link_or_copy, tree_inodes
from digest.options import WriteStats

if TYPE_CHECKING:  # kept light: the no-change shortcut restores sites without the renderer
    from digest.render import OutputFile

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
# Removing the previous site costs an rmdir for each folder, and every article page has its own:
# up to ~1 ms each on some filesystems, seconds at 10,000 articles, paid by every rebuild after an
# edit. A site this large is renamed aside and removed by a detached process instead.
REMOVE_APART_FILES = 2000
_REMOVER = "import shutil, sys\nfor path in sys.argv[1:]:\n    shutil.rmtree(path, ignore_errors=True)\n"
_REMOVERS: list[subprocess.Popen] = []  # kept, so that they are reaped, not warned about


class Staging:
    """Receives the new site file by file. The folder beside `output_dir` is created only when
    a file actually differs from the previous site, so a rebuild that changes nothing writes
    nothing at all."""

    def __init__(self, output_dir: Path, before_swap: Callable[[Path], None] | None = None,
                 generated: tuple[str, ...] = ()):
        """`before_swap(folder)` runs on the complete new site just before it is swapped in (the
        search indexer); it writes the folders named in `generated` (e.g. "search/index"), which
        are not outputs: their files in the previous site do not count as removed."""
        self.output_dir = output_dir
        self.before_swap = before_swap
        self.generated = tuple(name.rstrip("/") + "/" for name in generated)
        self.path = output_dir.with_name(f".{output_dir.name}.building-{os.getpid()}")
        self._output = str(output_dir)
        self.stats = WriteStats()
        self.inodes: dict[str, int] = {}  # each file added -> its inode, as it will be in the new site
        self._pending_links: list[str] = []  # unchanged files, linked once the folder exists
        self._dirs: set[str] = set()  # folders made in the staging folder, relative
        self._open = False

    def add(self, rel: str, data: bytes | None, source: Path | None = None) -> os.stat_result:
        """Add one file; `data=None` keeps the file as it is in `source` (by default the
        previous site's). Returns the stat of the file as it will be in the new site."""
        stat = self._add(rel, data, source)
        self.inodes[rel] = stat.st_ino
        return stat

    def files(self) -> Iterator[tuple[str, int]]:
        """(relative path, inode) of every file of the site just committed: the outputs added,
        as they were added, and what `before_swap` wrote into the `generated` folders (read from
        their directories). The output store mirrors the site from this without walking it."""
        yield from self.inodes.items()
        for folder in self.generated:
            yield from tree_inodes(self.output_dir / folder, folder)

    def _add(self, rel: str, data: bytes | None, source: Path | None) -> os.stat_result:
        if rel in self.inodes:
            raise ValueError(f"two outputs want the same file: {rel}")
        previous = f"{self._output}/{rel}"  # strings, not Paths: this runs for every file of the site
        same_as_previous = data is not None and _same_bytes(previous, data)
        if data is not None and not same_as_previous and source is not None and _same_bytes(source, data):
            data = None  # not in site/, but the output store has these very bytes
        if data is None and source is not None and str(source) != previous:
            # right in the output store, not (or no longer) in site/: a change to site/
            self.stats.restored += 1
            self._ensure_open()
            self._link(rel, source)
            return source.stat()
        if data is None or same_as_previous:
            self.stats.unchanged += 1
            if self._open:
                self._link(rel, Path(previous))
            else:
                self._pending_links.append(rel)
            return os.stat(previous)
        self._ensure_open()
        stat = _write(self._target(rel), data)
        self.stats.written += 1
        self.stats.bytes_written += len(data)
        return stat

    def add_all(self, files: Iterable[OutputFile]) -> None:
        for file in files:
            self.add(file.path, file.data)

    def commit(self, force: bool = False) -> WriteStats:
        """Swap the new site in, unless nothing changed at all (and not `force`)."""
        self.stats.removed = sum(1 for rel in _walk_files(self.output_dir)
                                 if rel not in self.inodes and not rel.startswith(self.generated))
        if not self.stats.changed and not force and self.output_dir.is_dir():
            self.discard()
            return self.stats
        self._ensure_open()
        if self.before_swap is not None:
            self.before_swap(self.path)
        if self.output_dir.exists():
            exchange_folders(self.path, self.output_dir)
            remove_old_site(self.path, self.output_dir, len(self.inodes))  # the folder now holds the previous site
        else:
            os.rename(self.path, self.output_dir)
        self._open = False
        return self.stats

    def discard(self) -> None:
        if self._open:
            shutil.rmtree(self.path, ignore_errors=True)
            self._open = False

    def _ensure_open(self) -> None:
        if self._open:
            return
        if self.path.exists():
            shutil.rmtree(self.path)
        self.output_dir.parent.mkdir(parents=True, exist_ok=True)
        self.path.mkdir()
        self._open = True
        for rel in self._pending_links:
            self._link(rel, self.output_dir.joinpath(*rel.split("/")))
        self._pending_links.clear()

    def _target(self, rel: str) -> str:
        folder, _, _name = rel.rpartition("/")
        if folder not in self._dirs:
            os.makedirs(f"{self.path}/{folder}", exist_ok=True)
            self._dirs.add(folder)
        return f"{self.path}/{rel}"

    def _link(self, rel: str, previous: Path) -> None:
        link_or_copy(previous, Path(self._target(rel)))


def _write(path: str, data: bytes) -> os.stat_result:
    """Write a new file, unbuffered; its stat as written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        return os.fstat(fd)
    finally:
        os.close(fd)


def _same_bytes(path: Path | str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as stream:
            return stream.read() == data
    except OSError:
        return False


def _walk_files(root: Path) -> Iterable[str]:
    if not root.is_dir():
        return
    for folder, _dirs, files in os.walk(root):
        rel = Path(folder).relative_to(root).as_posix()
        prefix = "" if rel == "." else rel + "/"
        for name in files:
            yield prefix + name


def remove_old_site(old: Path, output_dir: Path, files: int) -> None:
    """Remove `old`, a previous site swapped out of `output_dir`; `files`: about how many it holds.
    A large one is renamed `.site.old-…` and removed by a detached process (with any such
    folder an earlier one did not finish), so the build does not wait for it."""
    _REMOVERS[:] = [remover for remover in _REMOVERS if remover.poll() is None]
    if files < REMOVE_APART_FILES:
        shutil.rmtree(old, ignore_errors=True)
        return
    prefix = f".{output_dir.name}.old-"
    aside = output_dir.with_name(f"{prefix}{os.getpid()}-{time.time_ns()}")
    try:
        os.rename(old, aside)
    except OSError:
        shutil.rmtree(old, ignore_errors=True)
        return
    trash = sorted(str(path) for path in output_dir.parent.glob(f"{prefix}*"))
    try:
        _REMOVERS.append(subprocess.Popen([sys.executable, "-c", _REMOVER, *trash], stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
    except OSError:
        shutil.rmtree(aside, ignore_errors=True)


def exchange_folders(a: Path, b: Path) -> None:
    """Atomically swap two folders (Linux renameat2); elsewhere, two renames in quick succession."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        renameat2 = None
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
        if result == 0:
            return
    aside = b.with_name(b.name + ".old")
    if aside.exists():
        shutil.rmtree(aside)
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)
