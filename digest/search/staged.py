"""Search: digest's own static index of the articles in `site/search/index/`, queried in the
browser by the search page's script (theme/static/search.js).

Chinese has no spaces between words, and a search engine that cuts text with a dictionary
must cut queries with the same one; Pagefind, used before, cut pages with jieba and queries
with the browser's segmenter, and had to be fed character pairs to agree, which made it slow
(14 s for 1,000 articles). So digest indexes character pairs itself, as Chinese search engines
do (Elasticsearch's cjk_bigram): every pair of adjacent Chinese characters and every single
character is a term, as are Latin words and numbers, and the browser cuts a query the same
way, with no dictionary on either side. How the index is made and laid out:
`digest/search/files.py`.

The index is built from the articles, not from the rendered pages, and only when a real site
is written, never in `render_files`:

- `digest build` writes it into the staging folder just before it is swapped in
  (`StagedSearchIndex`, the `before_swap` hook of `Staging`), so it always matches the pages
  beside it. When the articles' search data did not change (its key is kept in
  `.digest-cache/search.key`), the previous index is linked in as it is; otherwise files whose
  name (a hash of their bytes) the previous index had are linked, the others written.
- `digest serve` refreshes it off the build thread after a rebuild (`BackgroundIndexer`), in
  place: new files first, then the manifest (atomically), then files no longer named.

If the index cannot be written, the site is built all the same and a warning says why; the
search page then tells readers that search is unavailable.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Sequence

from digest.content import Article
from digest.errors import Problem
from digest.links import link_tree
from digest.search.docs import SearchDoc, search_doc
from digest.search.files import FORMAT, MANIFEST, index_files

SEARCH_DIR = "search/index"  # the index folder in site/, beside the search page; not written by the renderer
_HINT = "check that the output folder is writable (or set `search: false` in digest.yaml to build without search)"


def is_search_file(path: str) -> bool:
    """Whether a site-relative path belongs to the search index (not produced by the renderer)."""
    return path == SEARCH_DIR or path.startswith(SEARCH_DIR + "/")


def has_index(site_dir: Path) -> bool:
    return (site_dir / SEARCH_DIR / MANIFEST).is_file()


def search_docs(articles: Sequence[Article]) -> list[SearchDoc]:
    """The articles' search data, oldest first (their numbers in the index)."""
    return [search_doc(a) for a in sorted(articles, key=index_order)]


def index_order(article: Article) -> tuple[Any, str]:
    """Where an article comes in the index: by date, then URL."""
    return article.date, article.url_path


def documents_key(docs: Sequence[SearchDoc]) -> str:
    """Fingerprint of what the index is built from (and of the index format)."""
    digest = hashlib.blake2b(f"digest-search {FORMAT}".encode(), digest_size=20)
    for doc in docs:
        digest.update("\x1f".join((*doc.meta, doc.text)).encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.hexdigest()


@dataclass(frozen=True)
class IndexReport:
    ok: bool
    message: str  # one line for the terminal
    hint: str = ""  # set when something is wrong (a warning)
    pages: int = 0  # articles indexed
    seconds: float = 0.0

    def problem(self) -> Problem | None:
        """A warning for the build's problem list, or None when all went well."""
        if self.ok and not self.hint:
            return None
        message = self.message if self.ok else f"search index not written: {self.message}"
        return Problem("search", None, None, message, self.hint, "warning")


def make_index(docs: Sequence[SearchDoc]) -> tuple[dict[str, bytes] | None, IndexReport]:
    """The index files of `docs`, or None and a failed report. Never raises."""
    started = time.perf_counter()
    try:
        files = index_files(docs)
    except (MemoryError, ValueError, OverflowError) as exc:
        return None, IndexReport(False, f"{type(exc).__name__}: {exc}", _HINT)
    seconds = time.perf_counter() - started
    return files, IndexReport(True, f"indexed {len(docs)} articles in {seconds:.2f}s", "", len(docs), seconds)


def write_index(files: dict[str, bytes], target: Path, previous: Path | None = None) -> int:
    """Write the index files into the new folder `target`; a file the `previous` index has
    under the same name (so with the same bytes) is hard-linked from it, keeping its mtime.
    Returns how many files were written."""
    written = 0
    made: set[Path] = set()
    for name, data in files.items():
        path = target.joinpath(*name.split("/"))
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        if previous is not None and name != MANIFEST:
            try:
                os.link(previous.joinpath(*name.split("/")), path)
                continue
            except OSError:
                pass
        path.write_bytes(data)
        written += 1
    return written


# digest build ---------------------------------------------------------------------------------

class StagedSearchIndex:
    """For `digest build`: called with the staging folder just before it becomes site/. The
    key of the documents indexed last is kept in `key_file` (in .digest-cache/); when it
    matches, the previous site's index is linked into the new site instead of rebuilt."""

    def __init__(self, output_dir: Path, articles: Sequence[Article], key_file: Path | None):
        self.output_dir = output_dir
        self.articles = articles
        self.key_file = key_file
        self.report: IndexReport | None = None

    def __call__(self, staging_dir: Path) -> None:
        docs = search_docs(self.articles)
        key = documents_key(docs)
        target = staging_dir / SEARCH_DIR
        previous = self.output_dir / SEARCH_DIR
        if target.exists():  # left by an earlier attempt
            shutil.rmtree(target)
        if self._previous_key() == key and has_index(self.output_dir):
            link_tree(previous, target)
            self.report = IndexReport(True, f"search index unchanged ({len(docs)} articles)", pages=len(docs))
            return
        files, self.report = make_index(docs)
        if files is not None:
            try:
                write_index(files, target, previous if has_index(self.output_dir) else None)
            except OSError as exc:
                shutil.rmtree(target, ignore_errors=True)
                self.report = IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", _HINT)
        if self.key_file is not None:
            try:
                if self.report.ok:
                    self.key_file.parent.mkdir(parents=True, exist_ok=True)
                    self.key_file.write_text(key + "\n", encoding="utf-8")
                else:
                    self.key_file.unlink(missing_ok=True)
            except OSError:
                pass  # only an optimisation

    def _previous_key(self) -> str | None:
        try:
            return self.key_file.read_text(encoding="utf-8").strip() if self.key_file else None
        except OSError:
            return None

    def missing(self) -> bool:
        """site/ has no index though it should (never built, deleted, or failed last time):
        build one even when no page changed."""
        return self.output_dir.is_dir() and not has_index(self.output_dir)

    def problems(self) -> list[Problem]:
        problem = self.report.problem() if self.report is not None else None
        return [problem] if problem is not None else []


# digest serve ---------------------------------------------------------------------------------

class BackgroundIndexer:
    """For `digest serve`: refreshes site/search/index/ off the build thread. Requests within
    `delay` seconds coalesce into one run, a request during a run queues one more, and a run
    whose documents are those of the index in place does nothing. Only files whose bytes
    changed are written (their names are hashes of their bytes); site/ is never watched."""

    def __init__(self, delay: float = 0.3, on_done: Callable[[IndexReport], None] | None = None):
        self.delay = delay
        self.on_done = on_done
        self._lock = threading.Lock()
        self._wanted: tuple[Path, Sequence[Article]] | None = None
        self._due = 0.0
        self._thread: threading.Thread | None = None
        self._indexed: tuple[Path, str] | None = None  # (site folder, key) of the index in place
        self.idle = threading.Event()
        self.idle.set()
        self.last: IndexReport | None = None
        self._worker: _IndexingProcess | None = None

    def _index(self, site_dir: Path, articles: Sequence[Article]) -> tuple[str, IndexReport] | None:
        """One run, in the indexing process (started on first use, again if it died)."""
        for _attempt in range(2):
            if self._worker is None:
                try:
                    self._worker = _IndexingProcess()
                    weakref.finalize(self, self._worker.close)  # the process ends with its indexer
                except OSError:
                    return _index_into(site_dir, search_docs(articles), self._indexed)
            try:
                return self._worker.run(site_dir, articles, self._indexed)
            except (OSError, EOFError, pickle.UnpicklingError):
                self._worker.close()
                self._worker = None
        return "", IndexReport(False, "search index not refreshed: the indexing process ended without an answer", _HINT)

    def request(self, site_dir: Path, articles: Sequence[Article]) -> None:
        """Index these (immutable) articles into site_dir soon; returns at once."""
        with self._lock:
            self._wanted = (site_dir, articles)
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
            site_dir, articles = wanted
            outcome = self._index(site_dir, articles)
            if outcome is None:
                continue  # the index in place is already that of these articles
            key, report = outcome
            self.last = report
            self._indexed = (site_dir, key) if report.ok else None
            if self.on_done is not None:
                try:
                    self.on_done(report)
                except Exception as exc:  # noqa: BLE001 - a reporting failure must not stop indexing
                    print(f"search: {exc}", file=sys.stderr, flush=True)


def _index_into(site_dir: Path, docs: Sequence[SearchDoc],
                indexed: tuple[Path, str] | None) -> tuple[str, IndexReport] | None:
    """Index the documents into site_dir, unless `indexed` shows it holds their index already."""
    key = documents_key(docs)
    if indexed == (site_dir, key) and has_index(site_dir):
        return None
    files, report = make_index(docs)
    if files is not None:
        report = refresh_index(site_dir, files, report)
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
        package_root = str(Path(__file__).resolve().parents[2])  # digest importable, installed or not
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))}
        self._process = subprocess.Popen([sys.executable, "-c", "from digest.search.staged import indexing_main; indexing_main()"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self._sent: dict[str, Article] = {}  # url path -> the article whose document the process has

    def run(self, site_dir: Path, articles: Sequence[Article],
            indexed: tuple[Path, str] | None) -> tuple[str, IndexReport] | None:
        current = {article.url_path: article for article in articles}
        changed = [(index_order(article), search_doc(article)) for url, article in current.items()
                   if self._sent.get(url) is not article]
        removed = [url for url in self._sent if url not in current]
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        self._sent = {}  # until the process confirms, it may have any of them
        pickle.dump((site_dir, changed, removed, indexed), stdin, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.flush()
        result = pickle.load(stdout)
        self._sent = current
        return result

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
            site_dir, changed, removed, indexed = pickle.load(requests)
        except EOFError:
            return  # the server is gone
        for url in removed:
            docs.pop(url, None)
        for order, doc in changed:
            docs[order[1]] = (order, doc)
        try:
            result = _index_into(site_dir, [doc for _order, doc in sorted(docs.values(), key=itemgetter(0))], indexed)
        except Exception as exc:  # noqa: BLE001 - reported by the server
            result = "", IndexReport(False, f"search index not refreshed: {type(exc).__name__}: {exc}", _HINT)
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
        written = 0
        for name, data in sorted(files.items(), key=lambda item: item[0] == MANIFEST):  # the manifest last
            path = target.joinpath(*name.split("/"))
            if name != MANIFEST and path.is_file():
                continue
            if name == MANIFEST and path.is_file() and path.read_bytes() == data:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, scratch = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(scratch, path)
            written += 1
        for folder, _dirs, names in os.walk(target):
            for name in names:
                rel = (Path(folder) / name).relative_to(target).as_posix()
                if rel not in files:
                    (Path(folder) / name).unlink(missing_ok=True)
    except OSError as exc:
        return IndexReport(False, f"cannot write {target}: {exc.strerror or exc}", _HINT)
    return IndexReport(True, f"{report.message}, {written} files written", "", report.pages, report.seconds)
