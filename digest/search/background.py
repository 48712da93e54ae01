"""Search for `digest serve`: site/search/index/ refreshed in place after each rebuild, off the
build thread and in a long-lived process of its own (`BackgroundIndexer`); `digest build`
writes it into the staging folder instead (staged.py)."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from itertools import compress
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any

from digest.content import Article
from digest.search.docs import SearchDoc, search_doc
from digest.search.make import INDEX_HINT, IndexReport, make_index, put_files, python_env
from digest.search.stories import Groups, stories_data, with_stories
from digest.search.staged import (
    SEARCH_DIR,
    documents_key,
    has_index,
    index_order,
    search_docs,
)


class BackgroundIndexer:
    """For `digest serve`: refreshes site/search/index/ off the build thread. Requests within
    `delay` seconds coalesce into one run, a request during a run queues one more, and a run
    whose documents are those of the index in place does nothing. Only files whose bytes
    changed are written (their names are hashes of their bytes); site/ is never watched."""

    def __init__(self, delay: float = 0.3, on_done: Callable[[IndexReport], None] | None = None):
        self.delay = delay
        self.on_done = on_done
        self._lock = threading.Lock()
        self._wanted: tuple[Path, Sequence[Article], Groups] | None = None
        self._due = 0.0
        self._thread: threading.Thread | None = None
        self._indexed: tuple[Path, str] | None = None  # (site folder, key) of the index in place
        self.idle = threading.Event()
        self.idle.set()
        self.last: IndexReport | None = None
        self._worker: _IndexingProcess | None = None

    def _index(self, site_dir: Path, articles: Sequence[Article], stories: Groups) -> tuple[str, IndexReport] | None:
        """One run, in the indexing process (started on first use, again if it died)."""
        for _attempt in range(2):
            if self._worker is None:
                try:
                    self._worker = _IndexingProcess()
                    weakref.finalize(self, self._worker.close)  # the process ends with its indexer
                except OSError:
                    return _index_into(site_dir, search_docs(articles), stories, self._indexed)
            try:
                return self._worker.run(site_dir, articles, stories, self._indexed)
            except (OSError, EOFError, pickle.UnpicklingError):
                self._worker.close()
                self._worker = None
        return "", IndexReport(False, "search index not refreshed: the indexing process ended without an answer", INDEX_HINT)

    def request(self, site_dir: Path, articles: Sequence[Article], stories: Groups = ()) -> None:
        """Index these (immutable) articles and their stories (stories.story_groups) into
        site_dir soon; returns at once."""
        with self._lock:
            self._wanted = (site_dir, articles, stories)
            self._due = time.monotonic() + self.delay
            self.idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, daemon=True, name="digest-search-index")
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no run is pending or running (for tests)."""
        return self.idle.wait(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                wanted, due = self._wanted, self._due
                if wanted is None:
                    self._thread = None
                    self.idle.set()
                    return
            if due > time.monotonic():
                time.sleep(due - time.monotonic())
                continue
            with self._lock:
                if self._due != due:  # another request came in meanwhile: wait for quiet again
                    continue
                self._wanted = None
            outcome = self._index(*wanted)
            if outcome is None:
                continue  # the index in place is already that of these articles
            key, report = outcome
            self.last = report
            self._indexed = (wanted[0], key) if report.ok else None
            if self.on_done is not None:
                try:
                    self.on_done(report)
                except Exception as exc:  # noqa: BLE001 - a reporting failure must not stop indexing
                    print(f"search: {exc}", file=sys.stderr, flush=True)


def _index_into(site_dir: Path, docs: Sequence[SearchDoc], stories: Groups,
                indexed: tuple[Path, str] | None) -> tuple[str, IndexReport] | None:
    """Index the documents and stories into site_dir, unless `indexed` shows it holds their
    index already."""
    stories_file = stories_data(stories, [doc.url for doc in docs])
    key = f"{documents_key(docs)} {stories_file!r}"
    if indexed == (site_dir, key) and has_index(site_dir):
        return None
    files, report = make_index(docs)
    if files is not None:
        report = refresh_index(site_dir, with_stories(files, stories_file), report)
    return key, report


class _IndexingProcess:
    """A long-lived Python process that indexes for the server. Indexing ten thousand articles
    takes seconds of CPU: in a thread of the server it would hold the GIL against the next
    rebuild, and in a child forked for each run the server would pay a copy-on-write fault for
    every page it touched while the child lived (22,000 faults, 100+ ms on a 10k rebuild). This
    process is started fresh (sharing no memory), runs at a lower priority, keeps the documents
    of the last run and is sent only those of articles that changed (articles are immutable:
    an unchanged one is the same object from rebuild to rebuild)."""

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", "from digest.search.background import indexing_main; indexing_main()"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=python_env())
        self._sent: Sequence[Article] = ()  # the articles whose documents the process has

    def run(self, site_dir: Path, articles: Sequence[Article], stories: Groups,
            indexed: tuple[Path, str] | None) -> tuple[str, IndexReport] | None:
        changed_articles, removed = self._changes(articles)
        changed = [(index_order(article), search_doc(article)) for article in changed_articles]
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        self._sent = ()  # until the process confirms, it may have any of them
        pickle.dump((site_dir, changed, removed, stories, indexed), stdin, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.flush()
        result = pickle.load(stdout)
        self._sent = articles
        return result

    def _changes(self, articles: Sequence[Article]) -> tuple[list[Article], list[str]]:
        """(articles whose documents the process lacks, url paths it has and should not). After an
        edit the list is the last one with a few articles replaced in place: those are found by
        identity, in C, not by a walk through a dict of every article (100,000 in a large site)."""
        sent = self._sent
        if len(sent) == len(articles) and sent:
            places = list(compress(range(len(articles)), map(is_not, sent, articles)))
            if all(sent[at].url_path == articles[at].url_path for at in places):
                return [articles[at] for at in places], []
        had = {article.url_path: article for article in sent}
        current = {article.url_path: article for article in articles}
        return ([article for url, article in current.items() if had.get(url) is not article],
                [url for url in had if url not in current])

    def close(self) -> None:
        try:
            self._process.kill()
            self._process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def indexing_main() -> None:
    """The indexing process (see _IndexingProcess): requests on stdin, answers on stdout."""
    requests, answers = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, not into the answers
    try:
        os.nice(10)  # the server's rebuilds and the browser come first
    except (AttributeError, OSError):
        pass
    docs: dict[str, tuple[tuple[Any, str], SearchDoc]] = {}  # url path -> (index_order, document)
    while True:
        try:
            site_dir, changed, removed, stories, indexed = pickle.load(requests)
        except EOFError:
            return  # the server is gone
        for url in removed:
            docs.pop(url, None)
        for order, doc in changed:
            docs[order[1]] = (order, doc)
        try:
            result = _index_into(site_dir, [doc for _order, doc in sorted(docs.values(), key=itemgetter(0))], stories, indexed)
        except Exception as exc:  # noqa: BLE001 - reported by the server
            result = "", IndexReport(False, f"search index not refreshed: {type(exc).__name__}: {exc}", INDEX_HINT)
        pickle.dump(result, answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


def refresh_index(site_dir: Path, files: dict[str, bytes], report: IndexReport) -> IndexReport:
    """Bring site/search/index/ to `files` in place: write the files it lacks (each atomically),
    then the manifest, then remove the files no longer named. A reader sees the old index or
    the new one, and files that did not change keep their bytes and mtime."""
    if not site_dir.is_dir():
        return IndexReport(False, f"{site_dir} does not exist")
    target = site_dir / SEARCH_DIR
    try:
        written = put_files(target, files)
        for folder, _dirs, names in os.walk(target):
            for name in names:
                rel = (Path(folder) / name).relative_to(target).as_posix()
                if rel not in files:
                    (Path(folder) / name).unlink(missing_ok=True)
    except OSError as exc:
        return IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", INDEX_HINT)
    return IndexReport(True, f"{report.message}, {written} files written", "", report.pages, report.seconds)
