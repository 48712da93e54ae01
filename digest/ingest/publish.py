"""Cleaned articles into content/: near-duplicates merged, a person's edits never overwritten.

Runs in the parent process, in input order, after every file is cleaned: the first of a group of
near-duplicates is the article, the others become its `sources:` (or, when it was edited by a
person, are only reported). State records the bytes written, so a second run on the same input
writes the same bytes, or nothing.
"""
from __future__ import annotations

import dataclasses
import hashlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from collections.abc import Callable

from digest.ingest.dedup import DuplicateIndex
from digest.ingest.dates import MENTIONED
from digest.ingest.model import CleanArticle, DateGuess
from digest.ingest.state import ArticleState, IngestState, file_sha256
from digest.ingest.state import write_atomic as write_bytes
from digest.ingest.write import (
    RawKeeper,
    add_source,
    copy_file,
    existing_slugs,
    render_article,
    unique_path,
    write_text,
)

IO_THREADS = 8  # creating thousands of small files waits on the disk, not the CPU
IO_CHUNK = 32


@dataclass
class Outcome:
    """What happened to one input."""

    input: str  # the path as given
    path: Path
    status: str = "pending"  # written, updated, unchanged, edited, duplicate, failed
    reason: str = ""
    article: CleanArticle | None = None
    raw_sha: str = ""
    raw: str = ""
    output: str = ""
    duplicate_of: str = ""
    similarity: float = 0.0


class Publisher:
    """Takes cleaned articles one by one, in input order (`add`), while later ones are still
    being cleaned; file writes go to a few I/O threads. `finish` settles the near-duplicates."""

    def __init__(self, root: Path, state: IngestState, threshold: float) -> None:
        self.root, self.state, self.threshold = root, state, threshold
        self._raw = RawKeeper(root)
        self._index = DuplicateIndex(threshold)
        for rel, entry in sorted(state.articles.items()):
            self._index.add(rel, entry.sketch, entry.title)
        self._taken = existing_slugs(root / "content")
        self._merges: dict[str, list[dict[str, Any]]] = {}
        self._primaries: dict[str, Outcome] = {}
        self._duplicates: list[Outcome] = []
        self._pool = ThreadPoolExecutor(IO_THREADS)
        self._pending: list[Future[None]] = []
        self._queued: list[tuple[Callable[[Path, Any], None], Path, Any]] = []  # file jobs not yet handed over
        self._new_paths: set[str] = set()
        self._before = {rel: entry.sha256 for rel, entry in state.articles.items()}  # as the last run left them

    def add(self, outcome: Outcome) -> None:
        if outcome.article is None:
            return
        known = self.state.raw_names.get(outcome.raw_sha)
        outcome.raw = self._raw.keep(outcome.path, outcome.raw_sha, known)
        self.state.raw_names[outcome.raw_sha] = outcome.raw
        self._submit_copies()
        self._plan(outcome)
        if outcome.status == "duplicate":
            self._duplicates.append(outcome)
        else:
            self._primaries[outcome.output] = outcome
            self._write(outcome)

    def finish(self) -> None:
        self._wait()
        copies: dict[str, list[CleanArticle]] = {}
        for outcome in self._duplicates:
            if outcome.article is not None:
                copies.setdefault(outcome.duplicate_of, []).append(outcome.article)
        for rel in sorted(set(self._merges) & set(self._primaries)):
            target = self._primaries[rel]
            if target.article is not None and rel in copies:
                target.article = converged(target.article, copies[rel])
            if target.status != "edited":
                first = target.status
                self._write(target)  # again, now with the sources merged into it
                target.status = "written" if first == "written" else target.status
                before = self._before.get(rel)
                if target.status == "updated" and before is not None and before == self.state.articles[rel].sha256:
                    target.status = "unchanged"  # what an earlier run wrote, copies merged and all
        self._wait()
        for outcome in self._duplicates:
            target = self._primaries.get(outcome.duplicate_of)
            if target is None:
                self._merge_into_existing(outcome)
            elif target.status == "edited":
                outcome.reason = _unmerged(outcome.duplicate_of)
            else:
                outcome.reason = f"near-duplicate of {outcome.duplicate_of}: listed under its sources"
        self._pool.shutdown()

    def _plan(self, outcome: Outcome) -> None:
        """Where an article goes, or which article it is a near-duplicate of."""
        article = outcome.article
        assert article is not None
        own = self.state.inputs.get(outcome.raw_sha, "")
        entry = self.state.articles.get(own)
        own_path = own if entry is not None and entry.raw == outcome.raw else ""
        match = self._index.find(article.sketch, article.headline, exclude=own_path)
        if own and not own_path and self._index.score(own, article.sketch) >= self.threshold:
            match = (own, self._index.score(own, article.sketch))  # merged there before: stay there
        if match:
            outcome.status, outcome.duplicate_of, outcome.similarity = "duplicate", match[0], match[1]
            self.state.inputs[outcome.raw_sha] = match[0]
            self._merges.setdefault(match[0], []).append(_source_entry(article, outcome.raw))
            return
        outcome.output = own_path or unique_path(article, self._taken)
        if not own_path:
            self._new_paths.add(outcome.output)  # a slug no file has: nothing there to check
        self._index.add(outcome.output, article.sketch, article.headline)
        self.state.inputs[outcome.raw_sha] = outcome.output

    def _write(self, outcome: Outcome) -> None:
        article = outcome.article
        assert article is not None
        rel = outcome.output
        previous = self.state.articles.get(rel)
        sources = _merged_sources(previous.sources if previous else [], self._merges.get(rel, []))
        data = render_article(article, outcome.raw, sources).encode("utf-8")
        fresh = rel in self._new_paths
        ours = None if fresh else self.state.written_by_us(self.root, rel)
        path = self.root / rel
        if ours is False or (ours is None and not fresh and path.exists()):
            outcome.status = "edited"
            outcome.reason = "edited by a person since it was ingested: not overwritten"
            return
        digest = hashlib.sha256(data).hexdigest()
        if ours and previous is not None and previous.sha256 == digest:
            outcome.status = "unchanged"  # the file holds exactly these bytes (checked just above)
        else:
            outcome.status = "updated" if ours else "written"
            self._queue(write_bytes, path, data)
        self.state.articles[rel] = ArticleState(digest, outcome.raw, article.sketch, sources, article.title)

    def _submit_copies(self) -> None:
        for source, target in self._raw.copies:
            self._queue(copy_file, source, target)
        self._raw.copies.clear()

    def _wait(self) -> None:
        self._hand_over()
        for future in self._pending:
            future.result()  # an error writing a file stops the run: better than a silent loss
        self._pending.clear()

    def _queue(self, job: Callable[[Path, Any], None], path: Path, data: Any) -> None:
        """File jobs go to the I/O threads a few dozen at a time: one future a file cost more
        than the write."""
        self._queued.append((job, path, data))
        if len(self._queued) >= IO_CHUNK:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._queued:
            self._pending.append(self._pool.submit(_run_jobs, self._queued))
            self._queued = []

    def _merge_into_existing(self, outcome: Outcome) -> None:
        """A near-duplicate of an article from an earlier run: add it to that file's sources."""
        rel = outcome.duplicate_of
        entry = self.state.articles.get(rel)
        ours = self.state.written_by_us(self.root, rel)
        if entry is None or not ours:
            outcome.reason = _unmerged(rel)
            return
        source = _source_entry(outcome.article, outcome.raw)  # type: ignore[arg-type]
        path = self.root / rel
        updated = add_source(path.read_text(encoding="utf-8"), source)
        if updated is not None:
            write_text(self.root, rel, updated)
            entry.sha256 = file_sha256(path)
            entry.sources = _merged_sources(entry.sources, [source])
        outcome.reason = f"near-duplicate of {rel}: listed under its sources"


_RANK = {"stated": 0, "high": 1, "medium": 2, "low": 3}


def _text_day_alone(guess: DateGuess) -> bool:
    return guess.confidence == "low" and len(guess.evidence) == 1 and guess.evidence[0].startswith(MENTIONED)


def converged(article: CleanArticle, copies: list[CleanArticle]) -> CleanArticle:
    """The article its copies make together. Its date is the earliest that any copy states, or
    guesses from its own page (a copy is never older than its original: a farm's date is when
    it copied the story), a day only a copy's text names (nothing else backing it) only when no copy
    says more; its source the first one a copy names; its title the one the first
    copy with a real headline has."""
    every = [article, *copies]
    dated = [copy.date for copy in every if copy.date.confidence in _RANK]
    if any(guess.confidence != "low" for guess in dated):
        # (a day a copy's text names and nothing else backs is an event's, earlier than any publication)
        dated = [guess for guess in dated if not _text_day_alone(guess)]
    date = article.date
    if dated:
        earliest = min(dated, key=lambda guess: (guess.value[:10], _RANK[guess.confidence]))
        if earliest.value[:10] < date.value[:10] or date.confidence not in _RANK or date not in dated:
            others = len(copies)
            date = dataclasses.replace(earliest, evidence=earliest.evidence + (
                f"the earliest date of the story's {others + 1} copies",))
    source = article.source or next((copy.source for copy in copies if copy.source), "")
    title = article.title
    if any(found.field == "title" and found.evidence.startswith(("the first sentence", "the file name")) for found in article.found):
        title = next((copy.title for copy in copies if not any(
            found.field == "title" and found.evidence.startswith(("the first sentence", "the file name")) for found in copy.found)), title)
    return dataclasses.replace(article, date=date, source=source, title=title)


def _run_jobs(jobs: list[tuple[Callable[[Path, Any], None], Path, Any]]) -> None:
    for job, path, data in jobs:
        job(path, data)


def _unmerged(rel: str) -> str:
    return f"near-duplicate of {rel}, which a person edited (or removed): not merged, add this source by hand"


def _source_entry(article: CleanArticle, raw: str) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if article.source:
        entry["source"] = article.source
    if article.source_url:
        entry["source_url"] = article.source_url
    entry["title"] = article.title
    entry["raw"] = raw
    return entry


def _merged_sources(*lists: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_raw: dict[str, dict[str, Any]] = {}
    for entries in lists:
        for entry in entries:
            by_raw.setdefault(str(entry.get("raw", "")), entry)
    return [by_raw[key] for key in sorted(by_raw)]

