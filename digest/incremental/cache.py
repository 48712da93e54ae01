"""The build cache in `.digest-cache/`: parsed articles keyed by content hash, so an unchanged
article is never parsed twice. A cache written by another digest version or with other parse
settings is ignored (and replaced), never trusted."""
from __future__ import annotations

import os
import pickle
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from collections.abc import Callable, Collection

from digest import __version__
from digest.errors import Problem
from digest.pickles import save_atomically, save_in_background

if TYPE_CHECKING:  # the cache is read before anything heavy is imported (see shortcut.py)
    from digest.content import Article, ParseSettings
    from digest.index import TextAnalysis

CACHE_DIR = ".digest-cache"
RACY_NS = 2_000_000_000
_FORMAT = 3

# Pickling a str keeps a UTF-8 copy of it for as long as the str lives (CPython caches it in the
# str): ~10 KB an article for its HTML and text, held by the process that writes the cache (at
# 100,000 articles the build's largest) and, in digest serve, which writes it itself, for good.
# So these are encoded here, into bytes that live only while their part is written.
ENCODED_FIELDS = ("body_html", "text", "summary", "title")
ARTICLES_PER_PART = 1000

# A file's parse result: the article (None when it has errors), its problems, and the analysis
# of its words for the index (segmentation is as costly as the Markdown, so it is cached too).
ParsedEntry = tuple["Article | None", "list[Problem]", "TextAnalysis | None"]


class ArticleCache:
    """(relative path, content hash) -> parse result, plus each file's last seen size and
    mtime, so an unchanged file is not even read again. Entries not used by a build are
    dropped when it is saved, so the cache never outgrows the content."""

    def __init__(self, path: Path | None, settings: ParseSettings, background: bool = False):
        """`background`: the cache file is written by a forked child while the build goes on
        (see wait_saved); for a one-shot build, not for digest serve, whose threads forbid it."""
        self.path = path
        self.background = background
        self._saving: Callable[[bool], None] | None = None  # waits for a background save
        self.key = (_FORMAT, __version__, settings)
        self._entries: dict[tuple[str, str], ParsedEntry] = {}
        self._stats: dict[str, tuple[int, int, str]] = {}  # rel -> (size, mtime_ns, content hash)
        self._racy: set[str] = set()  # read within a clock tick of a write: read again next time
        self._used: set[tuple[str, str]] = set()
        self._dirty = False
        self.files: list[tuple[str, str]] | None = None  # (rel, full path) of the last build's articles
        self.last_results: dict[str, ParsedEntry] | None = None  # rel -> the last build's parse result
        self.last_load: Any = None  # what load_articles made of them (build.LoadedArticles)
        self.file_names: set[str] = set()  # the rel paths in `files`
        self.unread: set[str] = set()  # those that could not be read
        self.other_files: list[str] = []  # files under content/ that are not Markdown (the last full scan's)
        if path is not None:
            self._entries, self._stats = self._load(path)

    def _load(self, path: Path) -> tuple[dict, dict]:
        """(See _dump_cache for the file's layout.)"""
        try:
            with path.open("rb") as stream:
                key, stats, rest = pickle.load(stream)
                if key != self.key:
                    return {}, {}
                articles: list[Article | None] = []
                while len(articles) < len(rest):
                    articles.extend(map(_unpacked, pickle.load(stream)))
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError, UnicodeDecodeError):
            return {}, {}
        return {entry_key: (article, problems, analysis) for (entry_key, problems, analysis), article in zip(rest, articles)}, stats

    def begin(self, keep: bool = False) -> None:
        """Start a build: track afresh which entries it uses (or, with `keep`, go on from the
        last build's: digest serve, told which files changed, looks at those only)."""
        if not keep:
            self._used = set()

    def racy_files(self) -> set[str]:
        """Files read too soon after a write to trust their size and mtime (see note_read)."""
        return self._racy

    def forget_file(self, rel_path: str) -> None:
        """A file that is gone: its entry is not used any more."""
        seen = self._stats.pop(rel_path, None)
        if seen is not None:
            self._used.discard((rel_path, seen[2]))
            self._entries.pop((rel_path, seen[2]), None)
        self._racy.discard(rel_path)

    def knows_file(self, rel_path: str) -> bool:
        """Whether some version of the file was read before (else no entry can match its bytes)."""
        return rel_path in self._stats

    def known_hash(self, rel_path: str, stat: os.stat_result) -> str | None:
        """The content hash of a file whose size and mtime have not changed since it was read."""
        seen = self._stats.get(rel_path)
        if seen is not None and rel_path not in self._racy and seen[:2] == (stat.st_size, stat.st_mtime_ns):
            return seen[2]
        return None

    def note_read(self, rel_path: str, stat: os.stat_result, content_hash: str) -> None:
        before = self._stats.get(rel_path)
        if before is not None and before[2] != content_hash:  # the old version is not used any more
            self._used.discard((rel_path, before[2]))
            self._entries.pop((rel_path, before[2]), None)
        self._stats[rel_path] = (stat.st_size, stat.st_mtime_ns, content_hash)
        # A second write of the same size within the filesystem's timestamp granularity would
        # leave size and mtime unchanged (git's "racily clean" problem): distrust fresh files.
        if time.time_ns() - stat.st_mtime_ns < RACY_NS:
            self._racy.add(rel_path)
        else:
            self._racy.discard(rel_path)
        self._dirty = True

    @property
    def settings(self) -> ParseSettings:
        return self.key[2]

    def get(self, rel_path: str, content_hash: str) -> ParsedEntry | None:
        entry = self._entries.get((rel_path, content_hash))
        if entry is not None:
            self._used.add((rel_path, content_hash))
        return entry

    def put(self, rel_path: str, content_hash: str, entry: ParsedEntry) -> None:
        self._entries[(rel_path, content_hash)] = entry
        self._used.add((rel_path, content_hash))
        self._dirty = True

    def finish(self) -> None:
        """End a build: forget what it did not use, and write the cache file if it changed."""
        pruned = len(self._used) != len(self._entries)
        if pruned:
            self._entries = {key: self._entries[key] for key in self._used}
            live = {rel for rel, _hash in self._used}
            self._stats = {rel: stat for rel, stat in self._stats.items() if rel in live}
        if self.path is not None and (self._dirty or pruned):
            # a file read too soon after a write to trust its mtime is read again next time
            stats = {rel: stat for rel, stat in self._stats.items() if rel not in self._racy}
            self.wait_saved()
            if self.background:
                # Pickling ten thousand articles costs a second and ~100 MB that the process
                # keeps: a child spends them, on the core the index (one thread) leaves idle.
                self._saving = save_in_background(self.path, (self.key, self._entries, stats), _dump_cache)
            else:
                save_atomically(self.path, (self.key, self._entries, stats), _dump_cache)
        self._dirty = False

    def let_go(self) -> None:
        """Forget the parse results once the cache file is written (or being written by its
        child): for a build that parses nothing more in this process."""
        self._entries = {}
        self.last_results = self.last_load = None

    def wait_saved(self, check: bool = True) -> None:
        """Wait until the cache file written in the background (if any) is complete; with
        `check`, raise OSError if it could not be written."""
        saving, self._saving = self._saving, None
        if saving is not None:
            saving(check)


def _dump_cache(value: tuple[Any, dict[tuple[str, str], ParsedEntry], dict], stream: IO[bytes]) -> None:
    """The file: one pickle of the key, the file stats and every entry without its article (the
    analyses share their term strings: one pickle), then the articles, ARTICLES_PER_PART to a
    pickle, their ENCODED_FIELDS as UTF-8 bytes (see there)."""
    key, entries, stats = value
    items = list(entries.items())
    pickle.dump((key, stats, [(entry_key, problems, analysis) for entry_key, (_article, problems, analysis) in items]),
                stream, protocol=pickle.HIGHEST_PROTOCOL)
    for start in range(0, len(items), ARTICLES_PER_PART):  # (a pickler's memo would keep every part's bytes alive)
        pickle.dump([_packed(entry[0]) for _key, entry in items[start:start + ARTICLES_PER_PART]], stream,
                    protocol=pickle.HIGHEST_PROTOCOL)


def _packed(article: Article | None) -> tuple[type, dict[str, Any]] | None:
    if article is None:
        return None
    state = dict(vars(article))
    for name in ENCODED_FIELDS:
        state[name] = state[name].encode("utf-8", "surrogatepass")
    return type(article), state


def _unpacked(packed: tuple[type, dict[str, Any]] | None) -> Article | None:
    if packed is None:
        return None
    cls, state = packed
    for name in ENCODED_FIELDS:
        state[name] = state[name].decode("utf-8", "surrogatepass")
    article = cls.__new__(cls)
    article.__dict__.update(state)  # (as unpickling a dataclass does: no __init__, no checks)
    return article


class PageMemo:
    """For every output file: the fingerprint of what it was rendered from, the `site`
    attributes its templates read, and the size and mtime it was left with. A job whose
    fingerprint is unchanged, and whose file in site/ is still the one digest wrote, is not
    rendered again. It also keeps the signature of the last build's inputs, so a build whose
    inputs did not change at all can stop after checking the output files."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict[str, tuple[str, frozenset[str], int, int]] = {}
        self._next: dict[str, tuple[str, frozenset[str], int, int]] = {}
        self.last_build: LastBuild | None = None
        self.next_build: LastBuild | None = None
        self._site_data: dict[frozenset[str], bool] = {}
        if path is not None:
            try:
                with path.open("rb") as stream:
                    key, entries, last_build = pickle.load(stream)
                if key == (_FORMAT, __version__):
                    self._entries, self.last_build = entries, last_build
            except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
                pass

    def knows(self, rel: str) -> bool:
        return rel in self._entries

    def known_paths(self) -> Collection[str]:
        return self._entries.keys()

    def fingerprint(self, rel: str) -> str:
        return self._entries[rel][0]

    def reads(self, rel: str) -> frozenset[str]:
        entry = self._entries.get(rel)
        return entry[1] if entry else frozenset()

    def source(self, rel: str, fingerprint: str, *folders: Path) -> Path | None:
        """Where the file rendered from `fingerprint` still is as digest wrote it: in the
        first of `folders` (site/, then the output store) that has it, or None."""
        entry = self._entries.get(rel)
        if entry is None or entry[0] != fingerprint:
            return None
        for folder in folders:
            if self._file_unchanged(rel, entry, folder):
                return folder.joinpath(*rel.split("/"))
        return None

    def _file_unchanged(self, rel: str, entry: tuple[str, frozenset[str], int, int], output_dir: Path | str) -> bool:
        try:
            # (a string join, not pathlib's: a build with nothing changed checks every file of the site)
            stat = os.stat(os.path.join(output_dir, rel))
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == entry[2:]

    def outputs_intact(self, output_dir: Path) -> bool:
        """Every file the last build wrote is still in site/ as it was left."""
        folder = os.fspath(output_dir)
        return bool(self._entries) and all(self._file_unchanged(rel, entry, folder) for rel, entry in self._entries.items())

    def forget(self, rel: str) -> None:
        self._next.pop(rel, None)

    def carry_all(self) -> None:
        """Start the next memo from this one (digest serve: only what is recorded changes)."""
        self._next = dict(self._entries)

    def reads_site_data(self, rel: str, stable: frozenset[str], reads: frozenset[str] | None = None) -> bool:
        """Whether the output's templates read (or, given `reads`, will have read) `site.*`
        attributes other than `stable` ones (answered once per distinct set of reads: most
        pages share theirs)."""
        reads = self.reads(rel) if reads is None else reads
        answer = self._site_data.get(reads)
        if answer is None:
            answer = self._site_data[reads] = any(r.startswith("site.") and r not in stable for r in reads)
        return answer

    def record(self, rel: str, fingerprint: str, reads: frozenset[str], stat: os.stat_result) -> None:
        self._next[rel] = (fingerprint, reads, stat.st_size, stat.st_mtime_ns)

    def save(self) -> None:
        if self.path is not None and (self._next != self._entries or self.next_build != self.last_build):
            save_atomically(self.path, ((_FORMAT, __version__), self._next, self.next_build))
        self._entries, self.last_build = self._next, self.next_build
        self._next = {}


@dataclass(frozen=True)
class LastBuild:
    """What a build that changes nothing needs to repeat: the signature of the inputs it read,
    until when its output stays right (the next scheduled article), and what it reported."""

    signature: str
    valid_until: float | None  # a POSIX time; None: forever
    files: int
    articles: int
    problems: tuple[Problem, ...]
    left_out: tuple[tuple[str, str], ...] = ()  # (reason, path), as BuildResult.left_out
