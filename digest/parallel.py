"""Work spread over all cores: articles are independent until the index, so parsing them
is split across worker processes (forked, so they start in milliseconds and share the code)."""
from __future__ import annotations

import gc
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from collections.abc import Iterator

from digest.content import ParseSettings, content_hash, parse_article
from digest.errors import Problem
from digest.forked import core_count
from digest.incremental import ParsedEntry
from digest.index import analyze
from digest.render import PageJob, SiteRenderer
from digest.text import learn_slugs, slugify

# Below this many files (pages) a pool costs more than it saves.
MIN_PARALLEL_FILES = 200
MIN_PARALLEL_PAGES = 400
PAGES_PER_TASK = 64
HEAVY_TAIL = 1024  # the last jobs of a plan (pages listing many articles) ...
HEAVY_PER_TASK = 4  # ... go first, a few at a time


# A file to parse: (relative path, full path, its bytes, or None for the worker to read them).
Source = tuple[str, str, "bytes | None"]
# What became of it: (relative path, content hash, parse result), or (relative path, "", the
# reason it could not be read).
Parsed = tuple[str, str, "ParsedEntry | str"]


def parse_many(files: list[Source], settings: ParseSettings) -> Iterator[Parsed]:
    """Parse `files`, in worker processes when there are many. A file not read yet is read by
    the worker that parses it: on a first build the parent then neither reads nor sends the
    whole content (450 MB at 100,000 articles) to the workers."""
    workers = core_count()
    if len(files) < MIN_PARALLEL_FILES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for source in files:
            yield _parse_source(source, settings)
        return
    chunk = max(16, len(files) // (workers * 8))
    batches = [files[i: i + chunk] for i in range(0, len(files), chunk)]
    # (the workers collect their garbage cycles even when the parent, which keeps all it
    # receives, does not: digest build's)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=gc.enable) as pool:
        for parsed, slugs in pool.map(_parse_batch, batches, [settings] * len(batches)):
            learn_slugs(slugs)
            yield from parsed


def _parse_batch(batch: list[Source], settings: ParseSettings) -> tuple[list[Parsed], dict[str, str]]:
    """The batch's results, and the slugs of their tags and topics (the index needs them: the
    parent then need not load the transliteration dictionaries)."""
    parsed = [_parse_source(source, settings) for source in batch]
    names = {name for _rel, _hash, entry in parsed if not isinstance(entry, str) and entry[0] is not None
             for name in (*entry[0].tags, *entry[0].topics)}
    return parsed, {name: slugify(name) for name in names}


def _parse_source(source: Source, settings: ParseSettings) -> Parsed:
    rel, path, raw = source
    if raw is None:
        try:
            with open(path, "rb") as stream:
                raw = stream.read()
        except OSError as exc:
            return rel, "", exc.strerror or str(exc)
    entry = parse_and_analyse(rel, raw, settings)
    article = entry[0]
    return rel, article.content_hash if article is not None else content_hash(raw), entry  # (hashed once)


def parse_and_analyse(rel: str, raw: bytes, settings: ParseSettings) -> ParsedEntry:
    """Everything about one file that depends only on its bytes: the parsed article and the
    analysis of its words for the index."""
    article, problems = parse_article(rel, raw, settings)
    analysis = analyze(article.title, article.text) if article is not None else None
    return article, problems, analysis


# Set in the parent just before the pool forks, so workers inherit the renderer and the jobs
# (the whole index) without pickling them.
_FORKED: tuple[SiteRenderer, list[PageJob], bool] | None = None

Rendered = tuple[PageJob, "bytes | None", frozenset[str], str]


def render_many(renderer: SiteRenderer, jobs: list[PageJob], fingerprints: bool = False) -> Iterator[Rendered]:
    """Render jobs, in forked workers when there are many: (job, bytes or None when it failed,
    what it read, its fingerprint). The fingerprint is computed where the page is rendered
    (with `fingerprints`; else "", as for jobs compared by their output), so a first build
    spreads that work over the cores too. Template problems found in the workers are added to
    the renderer's, once each."""
    global _FORKED
    workers = core_count()
    if len(jobs) < MIN_PARALLEL_PAGES or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for job in jobs:
            yield (job, *_render_one(renderer, job, fingerprints))
        return
    _FORKED = (renderer, jobs, fingerprints)
    ranges = _heaviest_first(len(jobs))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            # taken as they finish: a long task first must not hold back what the other worker made
            for done in as_completed([pool.submit(_render_range, positions) for positions in ranges]):
                rendered, problems = done.result()
                for problem in problems:
                    renderer.add_problem(problem)
                for position, data, reads, fingerprint in rendered:
                    yield jobs[position], data, reads, fingerprint
    finally:
        _FORKED = None


def _heaviest_first(count: int) -> list[range]:
    """The jobs' positions in tasks for the workers, the last jobs first, in small tasks: a
    site's plan ends with the pages that list many articles (topics, months, index.json, the
    sitemap: at 100,000 articles ~20 s of the ~70 s, index.json alone 7 s), and given last
    they kept one worker busy while the other had nothing left to do. (The order the files
    come back in changes nothing written.)"""
    heavy = min(count, HEAVY_TAIL)
    ranges = [range(max(count - heavy, end - HEAVY_PER_TASK), end) for end in range(count, count - heavy, -HEAVY_PER_TASK)]
    ranges += [range(max(0, end - PAGES_PER_TASK), end) for end in range(count - heavy, 0, -PAGES_PER_TASK)]
    return ranges


def _render_one(renderer: SiteRenderer, job: PageJob, fingerprints: bool) -> tuple[bytes | None, frozenset[str], str]:
    data, reads = renderer.render(job)
    fingerprint = renderer.job_fingerprint(job, reads) if fingerprints and data is not None and not job.by_output else ""
    return data, reads, fingerprint


def _render_range(positions: range) -> tuple[list[tuple[int, bytes | None, frozenset[str], str]], list[Problem]]:
    assert _FORKED is not None
    renderer, jobs, fingerprints = _FORKED
    before = len(renderer.problems)
    rendered = [(i, *_render_one(renderer, jobs[i], fingerprints)) for i in positions]
    return rendered, renderer.problems[before:]
