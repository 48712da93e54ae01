"""A batch, start to finish: find inputs, survey them, learn from the batch, clean, publish, report.

Reading and cleaning run on all cores (a process pool, for batches big enough to pay for it);
deciding and writing run in this process, in input order, so the outcome does not depend on
which worker finished first.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Iterator, Sequence

from digest.ingest.batch import BatchLearner
from digest.ingest.clean import Source, Survey, clean_source, read_source, survey_source
from digest.ingest.decode import InputError
from digest.ingest.model import CleanArticle
from digest.progress import NO_PROGRESS, Progress
from digest.ingest.publish import Outcome, Publisher
from digest.ingest.report import IngestResult, article_json, write_report
from digest.ingest.rules import BatchStats
from digest.ingest.settings import IngestSettings
from digest.ingest.state import load_state, save_state

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".shtml")
PARALLEL_FROM = 64  # below this many files a process pool costs more than it saves

# Set in each worker (and in this process when there is no pool) by `_init`; `_sources` is set
# before the cleaning pool is forked, which inherits it.
_settings = IngestSettings()
_batch = BatchStats()
_sources: list[Source] = []


def find_inputs(paths: Iterable[Path]) -> list[tuple[str, Path] | tuple[str, None]]:
    """(as given, file) for every file named or found in a named folder; (as given, None) when
    the path does not exist. Folders give their text and HTML files, hidden ones skipped."""
    found: list[Any] = []
    for given in paths:
        if given.is_dir():
            files = sorted(path for path in given.rglob("*") if path.suffix.lower() in INPUT_SUFFIXES
                           and path.is_file() and not any(part.startswith(".") for part in path.relative_to(given).parts))
            found.extend((str(path), path) for path in files)
        elif given.exists():
            found.append((str(given), given))
        else:
            found.append((str(given), None))
    return found


def ingest_paths(root: Path, paths: list[Path], settings: IngestSettings,
                 progress: Progress = NO_PROGRESS) -> IngestResult:
    started, started_at = time.perf_counter(), datetime.now()
    inputs = find_inputs(paths)
    outcomes = [Outcome(given, path) if path else Outcome(given, Path(given), "failed", "no such file or folder")
                for given, path in inputs]
    readable = [outcome for outcome in outcomes if outcome.status != "failed"]
    progress.stage("reading", len(readable))
    workers = settings.workers or os.cpu_count() or 1
    # Pass 1 reads every file and surveys it (up to the spam rule); the batch learns from the
    # surveys; pass 2 cleans every page with what the batch learned.
    # The batch learns from each survey as it comes in, while later files are still being read.
    first = _results(_survey, [str(outcome.path) for outcome in readable], workers, (settings, BatchStats()))
    learner = BatchLearner(settings.duplicate_similarity)
    sources: list[tuple[Outcome, Source]] = []
    # (the results first: the zip runs them to their end, which shuts their pool down)
    for (source, survey, raw_sha, error), outcome in zip(first, readable):
        progress.advance()
        if error:
            outcome.status, outcome.reason = "failed", error
            continue
        outcome.raw_sha = raw_sha
        sources.append((outcome, source))
        learner.add(survey)
    state = load_state(root)
    batch = learner.result(frozenset(state.learned_boilerplate))
    # Each article is published as soon as it is cleaned (in input order), so writing the files
    # overlaps with cleaning the rest.
    publisher = Publisher(root, state, settings.duplicate_similarity)
    progress.stage("cleaning", len(sources))
    # The sources go to the workers by inheritance (the pool is forked after this line), not by
    # pickling each one into a task: the tasks are their indexes.
    global _sources
    _sources = [source for _, source in sources]
    cleaned = _results(_clean_nth, range(len(_sources)), workers, (settings, batch))
    for article, (outcome, _source) in zip(cleaned, sources):
        if isinstance(article, str):
            outcome.status, outcome.reason = "failed", article
        else:
            outcome.article = article
            publisher.add(outcome)
        progress.advance()
    progress.close()
    publisher.finish()
    state.learned_boilerplate |= batch.boilerplate
    save_state(root, state)
    result = IngestResult(outcomes, dict(settings.rules), tuple(sorted(batch.spam_tokens)), len(batch.boilerplate))
    result.seconds = time.perf_counter() - started
    result.report = write_report(root, result, started_at)
    return result


def _results(function: Callable[[Any], Any], items: Sequence[Any], workers: int, init: tuple[Any, ...]) -> Iterator[Any]:
    if workers <= 1 or len(items) < PARALLEL_FROM:
        _init(*init)
        yield from map(function, items)
        return
    chunk = max(1, min(64, len(items) // (workers * 8)))
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    # What the workers inherit (every page of the batch) is never collected: frozen, the
    # collector in a worker leaves those objects, and the memory pages they are on, alone.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=init, mp_context=context) as pool:
            yield from pool.map(function, items, chunksize=chunk)
    finally:
        gc.unfreeze()


def _init(settings: IngestSettings, batch: BatchStats) -> None:
    global _settings, _batch
    _settings, _batch = settings, batch


def _survey(path: str) -> tuple[Source | None, Survey | None, str, str]:
    """(the decoded input, its survey, SHA-256 of the raw bytes, the reason it failed)."""
    try:
        source, raw = read_source(Path(path), _settings.max_bytes)
        survey, surveyed = survey_source(source, _settings)
        return surveyed, survey, hashlib.sha256(raw).hexdigest(), ""
    except InputError as exc:
        return None, None, "", str(exc)
    except Exception as exc:  # one bad page must not stop a batch of thousands; the report says which
        return None, None, "", f"could not be read: {type(exc).__name__}: {exc}"


def _clean_nth(index: int) -> CleanArticle | str:
    try:
        article = clean_source(_sources[index], _settings, _batch)
        return dataclasses.replace(article, report_json=article_json(article))
    except Exception as exc:  # one bad page must not stop a batch of thousands; the report says which
        return f"could not be cleaned: {type(exc).__name__}: {exc}"
