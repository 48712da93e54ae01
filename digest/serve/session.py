"""Rebuilds for `digest serve`: parsed articles, page fingerprints and rendered fragments stay
in memory between builds, so a rebuild re-reads only changed files and re-renders only pages
whose inputs changed. Files are replaced one by one in place (each atomically), and the
result is byte for byte the site `digest build` writes."""
from __future__ import annotations

import gc
import os
import tempfile
import threading
import time
from itertools import chain
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from digest import build as _build
from digest.build import BuildOptions, Output, PreparedSite, prepare_site
from digest.errors import Problem, sort_problems
from digest.incremental import (
    CACHE_DIR,
    STORE_DIR,
    ArticleCache,
    IncrementalPlanner,
    OutputStore,
    PageMemo,
)
from digest.index import analyze
from digest.links import link_or_copy
from digest.render import STABLE_SITE_READS
from digest.search import BackgroundIndexer, has_index, is_search_file, story_groups


@dataclass
class Rebuild:
    ok: bool
    problems: list[Problem]  # as found (errors: sorted by file and line)
    changed: list[str] = field(default_factory=list)  # site-relative paths written or removed
    seconds: float = 0.0
    articles: int = 0
    rendered: int = 0
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (reason, path): the first build's

    @property
    def errors(self) -> list[Problem]:
        return sort_problems([p for p in self.problems if p.is_error])


class BuildSession:
    def __init__(self, root: Path, options: BuildOptions = BuildOptions()):
        self.root = root
        self.options = options
        self._cache: ArticleCache | None = None
        self._previous: PreparedSite | None = None
        # The last `digest build`'s record of site/: pages it shows to be current are not
        # rendered again by the first build (serve keeps the memo in memory; the file is build's).
        self._memo = PageMemo(root / CACHE_DIR / "pages.pickle" if options.use_cache else None)
        self._memo.path = None
        self._planner = IncrementalPlanner()
        self._produced: set[str] | None = None  # what the last build left in site/
        self._planned: set[str] | None = None  # ... of which pages (the planner's set) and static files
        self._static: set[str] = set()
        self._site_readers: set[str] | None = None  # pages whose templates read changing `site.*` data
        self._large: dict[str, bytes] = {}  # the last bytes written to large files (index.json)
        self.base_path = "/"
        self.output_dir = root / "site"
        self._rebuilds = 0
        # Every job of the planner's last plan is in the memo: true after a rebuild that went
        # through (each job was found in it or rendered and recorded); the pages a plan adds
        # are among the paths it reports as changed.
        self._all_known = False
        self.search = BackgroundIndexer()  # refreshes site/search/index/ after a rebuild, off this thread

    def url_of(self, path: str) -> str:
        """The URL path a browser shows for an output file."""
        if path == "index.html" or path.endswith("/index.html"):
            path = path[: -len("index.html")]
        return self.base_path + path

    def rebuild(self, changed: set[str] | None = None) -> Rebuild:
        """Build again; on errors, site/ is left as it was. `changed`: the paths the watcher
        reported since the last rebuild (None: look at every file)."""
        started = time.perf_counter()
        all_known, self._all_known = self._all_known, False
        site = prepare_site(self.root, self.options, self._cache, self._previous,
                            changed if self._previous is not None else None)
        self._cache = site.cache
        # Later rebuilds keep parsed articles in memory only: rewriting a large cache file
        # after every save would cost more than the rebuild (`digest build` writes it).
        self._cache.path = None
        self._previous = site
        output_dir = self.output_dir = site.config.output_dir
        self.base_path = site.config.base_path
        result = Rebuild(ok=True, problems=site.problems, articles=len(site.index.articles),
                         left_out=_build.left_out(site, self.options) if changed is None else [])
        if "error" in map(attrgetter("severity"), site.problems):
            result.ok = False
            return result
        pending: list[Output] = []
        renderer = site.renderer
        global_key = renderer.global_fingerprint + renderer.fingerprint(renderer.site.nav)
        jobs, dirty = self._planner.plan(site.config, site.index, global_key)
        memo = self._memo
        memo.carry_all()  # pages left out below stay as the memo recorded them
        if not _build.VERIFY_PLANNER:  # (tests look at every page the planner leaves out)
            readers = self._site_readers
            if readers is None:
                readers = self._site_readers = {job.path for job in jobs
                                                if memo.reads_site_data(job.path, STABLE_SITE_READS)}
            if all_known:  # the other jobs are as the memo recorded them (see _all_known)
                jobs_to_check = self._planner.jobs_at(chain(dirty, readers))
            else:
                known = memo.known_paths()
                jobs_to_check = [job for job in jobs if job.path in dirty or job.path in readers or job.path not in known]
        else:
            jobs_to_check = jobs
        # The first build takes unchanged pages from the last `digest build`'s output store
        # when site/ was deleted or moved (later ones have site/ as they left it).
        store = OutputStore(self.root / CACHE_DIR / STORE_DIR) if self._produced is None and self.options.use_cache else None
        for output in site.outputs(memo, jobs_to_check, dirty, store):
            if output.data is not None:
                result.rendered += output.job is not None  # pages, not static files
            pending.append(output)
        if site.renderer.problems:  # a template failed: keep serving the last good site
            result.ok = False
            result.problems = site.problems + site.renderer.problems
            return result
        planned, static = self._planner.paths(), set(site.static_files)
        if self._produced is not None and planned is self._planned and static == self._static:
            produced = self._produced  # the same files as last time (a set of every page: not made again)
        else:
            produced = planned | static
        for output in pending:
            path, data = output.path, output.data
            target = output_dir.joinpath(*path.split("/"))
            if data is None:
                if output.source is not None and not output.source.is_relative_to(output_dir):
                    _link_in(output.source, target)  # from the output store, as the memo recorded it
                    result.changed.append(path)
                continue  # else the file in site/ is as the memo recorded it
            last = self._large.get(path)
            # the bytes written last time, when the file is still as left (not read back to compare)
            on_disk = last if last is not None and memo.source(path, output.fingerprint, output_dir) else None
            if data is on_disk:
                continue  # the very bytes written last time, still there
            if _replace_if_different(target, data, on_disk):
                result.changed.append(path)
            if len(data) >= LARGE_FILE:
                self._large[path] = data
            if output.job is not None:
                self._memo.record(path, output.fingerprint, output.reads, target.stat())
                if self._site_readers is not None:
                    if memo.reads_site_data(path, STABLE_SITE_READS, output.reads):
                        self._site_readers.add(path)
                    else:
                        self._site_readers.discard(path)
        previous = _existing_files(output_dir) if self._produced is None else self._produced
        for path in sorted(previous - produced) if previous is not produced else ():
            memo.forget(path)
            if self._site_readers is not None:
                self._site_readers.discard(path)
            if site.config.search and is_search_file(path):
                continue  # written by the search indexer, not by the renderer
            target = output_dir.joinpath(*path.split("/"))
            target.unlink(missing_ok=True)
            _remove_empty_parents(target.parent, output_dir)
            result.changed.append(path)
        self._produced, self._planned, self._static = produced, planned, static
        self._memo.save()
        if site.config.search and (result.changed or not has_index(output_dir)):
            self.search.request(output_dir, site.index.articles, story_groups(site.index.stories))
        self._all_known = True
        result.seconds = time.perf_counter() - started
        return result


    def settle_memory(self) -> None:
        """Call between rebuilds, once the last one has been published. The parsed site stays
        in memory for good, and Python's cycle collector would walk all of it again and again
        during the next rebuild (a few hundred ms at ten thousand articles): move what is alive
        now out of its sight. Garbage cycles among those objects are collected now and then."""
        self._rebuilds += 1
        if self._rebuilds == 1:
            analyze("预热", "")  # the segmenter: loaded now, not on the first save (~0.1 s)
        if self._rebuilds % FULL_COLLECTION_EVERY == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()


FULL_COLLECTION_EVERY = 25  # rebuilds
LARGE_FILE = 1 << 20  # bytes: kept after writing, to spare reading the file back to compare


def _replace_if_different(target: Path, data: bytes, on_disk: bytes | None = None) -> bool:
    """Write `data` to `target` (atomically) unless it holds those bytes; `on_disk`: what it
    is known to hold (else it is read to compare when the sizes agree)."""
    try:
        if on_disk is not None:
            if on_disk == data:
                return False
        elif target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".digest-", suffix=".tmp")
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
    os.chmod(tmp, FILE_MODE)
    old = _keep_aside(target) if len(data) >= LARGE_FILE else None
    os.replace(tmp, target)
    if old is not None:
        # Freeing a large file's blocks takes as long as writing it (index.json: ~100 MB at
        # 100,000 articles): the old one goes off this thread, once the new one is in place.
        threading.Thread(target=old.unlink, kwargs={"missing_ok": True}, daemon=True, name="digest-unlink").start()
    return True


def _keep_aside(target: Path) -> Path | None:
    """A second name for the file at `target` (None: no file, or no link possible)."""
    aside = target.with_name(f".digest-{os.getpid()}-{target.name}.old")
    try:
        aside.unlink(missing_ok=True)
        os.link(target, aside)
    except OSError:
        return None
    return aside


def _link_in(source: Path, target: Path) -> None:
    """Put a hard link to `source` at `target`, atomically (a copy where links are impossible)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".digest-{os.getpid()}-{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    link_or_copy(source, temporary)
    os.replace(temporary, target)


def _existing_files(root: Path) -> set[str]:
    found = set()
    for folder, _dirs, files in os.walk(root):
        rel = Path(folder).relative_to(root).as_posix()
        prefix = "" if rel == "." else rel + "/"
        found.update(prefix + name for name in files)
    return found


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:  # not empty
            return
        folder = folder.parent


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# Files get the permissions a plain write would give them, as in `digest build`.
FILE_MODE = 0o666 & ~_umask()
