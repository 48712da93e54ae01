"""Search: a Pagefind index of the articles in `site/pagefind/`, and the search page's data.

Chinese has no spaces between words, so a search engine must cut text into units, and the
query must be cut the same way. Pagefind's extended indexer cuts pages with one dictionary
(jieba) and its browser code cuts queries with the browser's (Intl.Segmenter); the two often
disagree (数据标注 is 数据|标注 in the index but 数据|标|注 in Chromium), and then a query typed
without spaces misses articles that contain it. So digest indexes every run of Chinese
characters as overlapping character pairs (人工智能 -> 人工 工智 智能 能), each written as one
ASCII word (`_` and the base-36 code points) that no segmenter cuts again, and the search page
(static/search.js) turns a query into the same words: it finds the articles that contain the
query as it was typed, and failing that those that contain all of its pairs, whatever
dictionary a browser has. Latin words are left as they are.

The index is built from the articles themselves, not from the rendered pages: one small
document per article (title, summary, text, source, tags; date and source as result fields),
indexed by Pagefind's binary from PyPI (`pagefind[extended]`). It runs only when a real site
is written, never in `render_files`:

- `digest build` indexes just before the staging folder is swapped in (`StagedSearchIndex`, the
  `before_swap` hook of `Staging`), so the index always matches the pages beside it; a build
  that changes nothing writes nothing, and one whose articles' search data did not change
  reuses the previous index.
- `digest serve` refreshes the index off the build thread after a rebuild (`BackgroundIndexer`):
  built beside `site/`, swapped in whole, never delaying the live reload.

If the indexer cannot run, the site is built all the same and a warning says why; the search
page then tells readers that search is unavailable.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from digest.content import Article
from digest.errors import Problem
from digest.output import exchange_folders

SEARCH_DIR = "pagefind"  # the index folder in site/, written by Pagefind, not by the renderer
ENTRY_FILE = "pagefind-entry.json"
# The index's language: one Pagefind neither segments nor stems, so the pairs stay as they are.
# search.js asks for the same language, so the browser does not re-cut the query either.
INDEX_LANGUAGE = "und"
EXCERPT_END = "¶"  # punctuation: kept in the text Pagefind stores, never a word it indexes
TIMEOUT_SECONDS = 900
_INSTALL_HINT = "pip install 'pagefind[extended]' (or set `search: false` in digest.yaml to build without search)"

# Han (with 々 and 〇) and kana: the scripts written without spaces. search.js has the same list.
_CJK = "\u3005\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{_CJK}]+")


def is_search_file(path: str) -> bool:
    """Whether a site-relative path belongs to the search index (not produced by the renderer)."""
    return path == SEARCH_DIR or path.startswith(SEARCH_DIR + "/")


def has_index(site_dir: Path) -> bool:
    return (site_dir / SEARCH_DIR / ENTRY_FILE).is_file()


def pair_text(text: str) -> str:
    """Text as it is indexed: each run of Chinese characters becomes its overlapping pairs and
    its last character, as separate words, each written `_` + 4 base-36 digits per character;
    everything else is left as it is. `人工智能` -> ` 人工 工智 智能 能 ` (encoded)."""
    return _CJK_RUN.sub(_pairs, unicodedata.normalize("NFKC", text))


def _pairs(match: re.Match[str]) -> str:
    codes = match.group().translate(_CODES)  # 4 digits a character
    return " _" + " _".join([codes[i:i + 8] for i in range(0, len(codes) - 4, 4)] + [codes[-4:]]) + " "


class _Base36(dict):
    """Code point -> 4 base-36 digits, made on first use (a str.translate table)."""

    def __missing__(self, code_point: int) -> str:
        digits, number = "", code_point
        while number:
            number, digit = divmod(number, 36)
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        self[code_point] = digits = digits.rjust(4, "0")
        return digits


_CODES = _Base36()


# The documents Pagefind indexes ---------------------------------------------------------------

def search_documents(articles: Sequence[Article], memo: dict[tuple[str, ...], bytes] | None = None) -> dict[str, bytes]:
    """One HTML document per article, at the article's own URL path (so Pagefind's result
    URLs are the article pages'). Text to match is paired; title, date and source are result
    fields. Depends only on the articles, never on templates or settings. `memo` keeps the
    documents of unchanged articles from one call to the next."""
    documents = {}
    for article in articles:
        key = _memo_key(article)
        document = memo.get(key) if memo is not None else None
        if document is None:
            document = _document(article)
            if memo is not None:
                memo[key] = document
        documents[f"{article.url_path}index.html"] = document
    return documents


def _memo_key(article: Article) -> tuple[str, ...]:
    """What an article's document depends on (the file's bytes cover its front matter)."""
    return (article.path, article.content_hash, article.url_path, article.summary)


def _document(article: Article) -> bytes:
    def field(name: str, value: str) -> str:
        return f'<meta data-pagefind-meta="{name}[content]" content="{html.escape(value)}">\n'

    def block(tag: str, text: str, weight: str = "") -> str:
        attrs = f' data-pagefind-weight="{weight}"' if weight else ""
        return f"<{tag}{attrs}>{html.escape(pair_text(text))}</{tag}>\n"

    parts = [f'<!DOCTYPE html>\n<html lang="{INDEX_LANGUAGE}">\n<head><meta charset="utf-8"><title>-</title></head>\n',
             "<body><main data-pagefind-body>\n",
             field("title", article.title), field("date", article.date.isoformat(timespec="seconds"))]
    if article.source:
        parts.append(field("source", article.source))
    # The text comes first: the search page shows an excerpt from it, up to the EXCERPT_END
    # mark. Then the title (searched with a heading's weight), source, topics and tags.
    summary = article.summary.rstrip("…")
    if summary and summary not in article.text:
        parts.append(block("p", article.summary))
    parts += [block("p", paragraph) for paragraph in article.text.split("\n") if paragraph.strip()]
    parts.append(f"<p>{EXCERPT_END}</p>\n")
    parts.append(block("h1", article.title))
    names = [article.source, *article.topics, *article.tags]
    if any(names):
        parts.append(block("p", " ".join(n for n in names if n), weight="0.5"))
    parts.append("</main></body>\n</html>\n")
    return "".join(parts).encode("utf-8")


def documents_key(documents: dict[str, bytes]) -> str:
    """Fingerprint of what the index is built from (and of digest's way of building it)."""
    digest = hashlib.sha256(f"{INDEX_LANGUAGE}\x1f{pagefind_version()}".encode())
    for path in sorted(documents):
        digest.update(path.encode("utf-8") + b"\x1f" + documents[path] + b"\x1e")
    return digest.hexdigest()


# Running Pagefind -----------------------------------------------------------------------------

@dataclass(frozen=True)
class IndexReport:
    ok: bool
    message: str  # one line for the terminal
    hint: str = ""  # set when something is wrong (a warning)
    pages: int = 0
    seconds: float = 0.0

    def problem(self) -> Problem | None:
        """A warning for the build's problem list, or None when all went well."""
        if self.ok and not self.hint:
            return None
        message = self.message if self.ok else f"search index not written: {self.message}"
        return Problem("search", None, None, message, self.hint, "warning")


def find_indexer() -> tuple[Path | None, str]:
    """Pagefind's binary (the extended one when installed), or None and why not.
    PAGEFIND_BINARY_PATH overrides the search, as in Pagefind's own Python package."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        found = shutil.which("pagefind_extended") or shutil.which("pagefind")
        return (Path(found), "") if found else (None, "the pagefind package is not installed")
    try:
        binary = get_executable()
    except Exception as exc:  # noqa: BLE001 - a broken install is reported, not raised
        return None, f"cannot locate the Pagefind binary: {exc}"
    if binary is None:
        return None, "no Pagefind binary found (the pagefind package was installed without [extended])"
    if not binary.is_file():
        return None, f"the Pagefind binary {binary} does not exist"
    return binary, ""


def pagefind_version() -> str:
    try:
        from importlib.metadata import version
        return version("pagefind")
    except Exception:  # noqa: BLE001 - only part of a cache key
        return "unknown"


def index_documents(documents: dict[str, bytes], output_dir: Path) -> IndexReport:
    """Write `documents` to a scratch folder beside `output_dir` and index them into
    `output_dir`. Never raises: a failure comes back as a report with ok=False."""
    started = time.perf_counter()
    if not documents:
        return IndexReport(True, "no articles to index")
    binary, why = find_indexer()
    if binary is None:
        return IndexReport(False, why, _INSTALL_HINT)
    scratch = Path(tempfile.mkdtemp(prefix="digest-search-"))
    try:
        for rel, data in documents.items():
            target = scratch.joinpath(*rel.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        command = [str(binary), "--site", str(scratch), "--output-path", str(output_dir.resolve())]
        try:
            # From inside the scratch folder: Pagefind reads a pagefind.yml from its working
            # folder, and no file of the project's may change what it does.
            run = subprocess.run(command, cwd=scratch, capture_output=True, text=True, errors="replace",
                                 timeout=TIMEOUT_SECONDS, env=_clean_env())
        except (OSError, subprocess.SubprocessError) as exc:
            return IndexReport(False, f"Pagefind could not run: {exc}", _INSTALL_HINT)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    seconds = time.perf_counter() - started
    output = run.stdout + run.stderr
    if run.returncode != 0 or not (output_dir / ENTRY_FILE).is_file():
        last = " | ".join(line.strip() for line in output.strip().splitlines()[-3:]) or "no output"
        return IndexReport(False, f"Pagefind failed (exit {run.returncode}): {last}",
                           f"run the command by hand to see why: {' '.join(command[:1])} --help", seconds=seconds)
    pages = re.search(r"Indexed (\d+) pages?", output)
    count = int(pages.group(1)) if pages else 0
    return IndexReport(True, f"indexed {count} articles in {seconds:.2f}s", "", count, seconds)


def _clean_env() -> dict[str, str]:
    """The environment without PAGEFIND_* settings (other than the binary's path), so the
    index depends on the articles alone."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PAGEFIND_") or k == "PAGEFIND_BINARY_PATH"}


def link_tree(source: Path, target: Path) -> None:
    """Copy a folder as hard links (a copy where links are impossible), keeping mtimes."""
    for folder, _dirs, files in os.walk(source):
        rel = Path(folder).relative_to(source)
        (target / rel).mkdir(parents=True, exist_ok=True)
        for name in files:
            try:
                os.link(Path(folder) / name, target / rel / name)
            except OSError:
                shutil.copy2(Path(folder) / name, target / rel / name)


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
        documents = search_documents(self.articles)
        key = documents_key(documents)
        target = staging_dir / SEARCH_DIR
        if self._previous_key() == key and has_index(self.output_dir):
            link_tree(self.output_dir / SEARCH_DIR, target)
            self.report = IndexReport(True, f"search index unchanged ({len(documents)} articles)", pages=len(documents))
            return
        self.report = index_documents(documents, target)
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
        """site/ has no index though it should (never built, deleted, or the indexer failed
        last time): build one even when no page changed."""
        return bool(self.articles) and self.output_dir.is_dir() and not has_index(self.output_dir)

    def problems(self) -> list[Problem]:
        problem = self.report.problem() if self.report is not None else None
        return [problem] if problem is not None else []


# digest serve ---------------------------------------------------------------------------------

class BackgroundIndexer:
    """For `digest serve`: refreshes site/pagefind/ off the build thread. Requests within
    `delay` seconds coalesce into one run, a request during a run queues one more, and a run
    whose documents are those of the index in place does nothing. The new index is built
    beside site/ (outside every watched folder) and swapped in whole."""

    def __init__(self, delay: float = 0.3, on_done: Callable[[IndexReport], None] | None = None):
        self.delay = delay
        self.on_done = on_done
        self._lock = threading.Lock()
        self._wanted: tuple[Path, Sequence[Article]] | None = None
        self._memo: dict[tuple[str, ...], bytes] = {}  # documents of articles seen before
        self._due = 0.0
        self._thread: threading.Thread | None = None
        self._indexed: tuple[Path, str] | None = None  # (site folder, key) of the index in place
        self.idle = threading.Event()
        self.idle.set()
        self.last: IndexReport | None = None

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
            documents = search_documents(articles, self._memo)
            live = {_memo_key(a) for a in articles}
            self._memo = {k: v for k, v in self._memo.items() if k in live}
            key = documents_key(documents)
            if self._indexed == (site_dir, key) and has_index(site_dir):
                continue
            report = refresh_index(site_dir, documents)
            self.last = report
            self._indexed = (site_dir, key) if report.ok else None
            if self.on_done is not None:
                try:
                    self.on_done(report)
                except Exception as exc:  # noqa: BLE001 - a reporting failure must not stop indexing
                    print(f"search: {exc}", file=sys.stderr, flush=True)


def refresh_index(site_dir: Path, documents: dict[str, bytes]) -> IndexReport:
    """Index into a folder beside site/, then swap that in for site/pagefind/."""
    if not site_dir.is_dir():
        return IndexReport(False, f"{site_dir} does not exist")
    work = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.search-", dir=site_dir.parent))
    try:
        fresh = work / SEARCH_DIR
        report = index_documents(documents, fresh)
        target = site_dir / SEARCH_DIR
        if report.ok and fresh.is_dir():
            if target.exists():
                exchange_folders(fresh, target)  # `fresh` now holds the old index, removed below
            else:
                os.rename(fresh, target)
        elif report.ok and target.exists():  # no articles left: no index
            os.rename(target, work / "old")
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)
