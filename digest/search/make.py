"""Making the search index's files: here (`make_index`, `write_index`), or ahead in a process
of its own (`IndexAhead`, for `digest build`: started as soon as the published articles are
known, it runs on the core the index leaves idle, and the build only moves its folder into the
new site at the end).

A fresh process, not a fork: a forked child's resident memory would count every page of the
parent it inherited (the parsed articles), and the search index's arrays, the largest the build
allocates, would then stand on top of them. The documents go to it in a file beside the site,
so the parent never waits for the child to read them."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.errors import Problem
from digest.search.docs import SearchDoc
from digest.search.files import MANIFEST, index_files

INDEX_HINT = "check that the output folder is writable (or set `search: false` in digest.yaml to build without search)"


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


def make_index(docs: Sequence[SearchDoc], texts: list[str] | None = None) -> tuple[dict[str, bytes] | None, IndexReport]:
    """The index files of `docs`, or None and a failed report. Never raises. `texts`: see
    files.build_terms."""
    started = time.perf_counter()
    try:
        files = index_files(docs, texts=texts)
    except (MemoryError, ValueError, OverflowError) as exc:
        return None, IndexReport(False, f"{type(exc).__name__}: {exc}", INDEX_HINT)
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


def put_files(folder: Path, files: dict[str, bytes]) -> int:
    """Bring `folder` to hold `files`: each file it lacks written (the others are named by their
    bytes, so one there already is the same), the manifest last and only if it changed, each by
    a rename, so that a reader sees the old file or the new one. Returns how many were written.
    (Files no longer named are the caller's to remove.)"""
    written = 0
    for name, data in sorted(files.items(), key=lambda item: item[0] == MANIFEST):
        path = folder.joinpath(*name.split("/"))
        if path.is_file() and (name != MANIFEST or path.read_bytes() == data):
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f".tmp-{os.getpid()}-{path.name}")  # made with the umask's modes, as the site's files
        scratch.write_bytes(data)
        os.replace(scratch, path)
        written += 1
    return written


def python_env() -> dict[str, str]:
    """The environment of a child Python process that imports digest as this one does."""
    package_root = str(Path(__file__).resolve().parents[2])  # digest importable, installed or not
    # The index's arrays (3.7 GB at 100,000 articles, made and freed in turn) on plain pages: numpy
    # asks for huge pages, and finding each one (compacting memory) doubled the child's system
    # time at that size (16-19 s against 8-10 s, bench/README.md).
    return {"NUMPY_MADVISE_HUGEPAGE": "0", **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH"))))}


class IndexAhead:
    """The index of `docs` written into `<scratch>/index` by a child process; `previous` (the
    site's index in place) lends it the files that have not changed."""

    def __init__(self, scratch: Path, docs: Sequence[SearchDoc], previous: Path | None):
        self.scratch = scratch
        self.folder = scratch / "index"
        shutil.rmtree(scratch, ignore_errors=True)  # left by a build that was killed
        scratch.mkdir(parents=True)
        request = scratch / "docs.jsonl"
        # JSON lines, not a pickle: pickling the articles' own titles and summaries would leave
        # a UTF-8 copy of each attached to it in this process for the rest of the build.
        with open(request, "w", encoding="utf-8", errors="surrogatepass") as out:
            out.write(json.dumps([str(self.folder), str(previous) if previous else None]) + "\n")
            for doc in docs:
                out.write(json.dumps([doc.url, doc.title, doc.date, doc.source, doc.summary, doc.text], ensure_ascii=False) + "\n")
        self._process = subprocess.Popen([sys.executable, "-c", "from digest.search.make import main; main()",
                                          str(request)], stdout=subprocess.PIPE, env=python_env())

    def result(self) -> tuple[object, str | None]:
        """Wait for the child: (its IndexReport, or None if it died; the OSError it met
        writing, if any)."""
        answer, _ = self._process.communicate()
        try:
            return pickle.loads(answer)
        except (pickle.UnpicklingError, EOFError, ValueError):
            return None, None

    def discard(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        shutil.rmtree(self.scratch, ignore_errors=True)


def main() -> None:
    """The child: argv[1] names the file of the folder, the previous index folder and the
    documents (JSON lines)."""
    request = Path(sys.argv[1])
    with open(request, encoding="utf-8", errors="surrogatepass") as lines:
        folder, previous = json.loads(next(lines))
        # the texts apart, so that they go once the index has read them (at 100,000 articles
        # ~0.3 GB of the process's peak)
        docs, texts = [], []
        for line in lines:
            *fields, text = json.loads(line)
            docs.append(SearchDoc(*fields, ""))
            texts.append(text)
    request.unlink()
    files, report = make_index(docs, texts)
    del docs
    error = None
    if files is not None:
        try:
            write_index(files, Path(folder), Path(previous) if previous else None)
        except OSError as exc:
            error = str(exc.strerror or exc)
    sys.stdout.buffer.write(pickle.dumps((report, error), protocol=pickle.HIGHEST_PROTOCOL))
