"""A build, start to finish: config -> articles -> index -> pages -> site/.

Everything is gathered and checked before anything is written; errors from every stage are
collected so one run reports them all, and `site/` is replaced only by a complete new site.
"""
from __future__ import annotations

import dataclasses
import gc
import os
import time
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from itertools import compress
from operator import is_not
from pathlib import Path
from collections.abc import Callable, Iterator

from digest.config import Config, load_config
from digest.content import Article
from digest.errors import Problem, sort_problems
from digest.incremental import (
    CACHE_DIR,
    STORE_DIR,
    ArticleCache,
    LastBuild,
    OutputStore,
    PageMemo,
    Staging,
    input_signature,
    repeat_unchanged_build,
)
from digest.index import Indexer, SiteIndex, TextAnalysis, build_index
from digest.load import all_analyses, load_articles, parse_settings
from digest.memory import give_back_free_memory
from digest.options import BuildOptions, BuildResult
from digest.parallel import render_many
from digest.progress import NO_PROGRESS, Progress
from digest.render import (
    STABLE_SITE_READS,
    OutputFile,
    PageJob,
    SiteRenderer,
    check_templates,
    collect_assets,
    make_environment,
    plan_pages,
    templates_fingerprint,
    theme_template_dirs,
)
from digest.search import SEARCH_DIR, StagedSearchIndex, story_groups

# Tests set DIGEST_VERIFY_PLANNER=1: pages the serve planner skips are fingerprinted anyway
# and must be unchanged.
VERIFY_PLANNER = bool(os.environ.get("DIGEST_VERIFY_PLANNER"))


def select_published(articles: list[Article], config: Config, options: BuildOptions) -> list[Article]:
    return split_published(articles, config, options)[0]


def split_published(articles: list[Article], config: Config, options: BuildOptions,
                    last: tuple[list[Article], list[Article]] | None = None) -> tuple[list[Article], float | None]:
    """The articles to publish now, and when the next one is due (a POSIX time; None: never).
    `last`: the last build's (articles, published); when it published all of them, and the
    list is the same but for a few replaced articles (digest serve), only those are looked at."""
    now = datetime.now(config.tz)
    if last is not None and last[1] is last[0] and len(last[0]) == len(articles):
        replaced = [articles[i] for i in compress(range(len(articles)), map(is_not, last[0], articles))]
        if all((options.drafts or not a.draft) and (options.future or a.date <= now) for a in replaced):
            return articles, None
    candidates = articles if options.drafts else [article for article in articles if not article.draft]
    if options.future:
        return candidates, None
    published, due = [], []
    for article in candidates:
        (published if article.date <= now else due).append(article)
    if not due and len(published) == len(articles):
        return articles, None  # all of them (the same list: see `last`)
    return published, min((article.date.timestamp() for article in due), default=None)


@dataclass
class PreparedSite:
    """Everything needed to render, with the problems found on the way."""

    config: Config
    index: SiteIndex
    renderer: SiteRenderer
    static_files: dict[str, bytes]
    problems: list[Problem]
    cache: ArticleCache
    template_dirs: list[Path]
    indexer: Indexer
    next_publication: float | None  # when a future-dated article is due: the site changes then
    articles: list[Article]  # every article read, in file order
    published: list[Article]  # those published now (`articles` itself when that is all of them)

    def let_go_of_indexing(self) -> None:
        """(A one-shot build, its caches written) Free what only a next build in this process
        would use: the parse results, the word analyses and the index's working state (at
        10,000 articles, 455 -> 280 MB), and give the pages back before the render workers
        fork, so that neither they nor this process carry them through rendering."""
        self.cache.let_go()
        self.indexer.let_go()
        give_back_free_memory()

    @cached_property
    def jobs(self) -> list[PageJob]:
        return plan_pages(self.config, self.index)

    def outputs(self, memo: PageMemo | None = None, jobs: list[PageJob] | None = None,
                dirty: set[str] | None = None, store: OutputStore | None = None) -> Iterator[Output]:
        """Every output file. `data` is None when the memo shows the file in site/ (or in the
        output store) is already right; failed jobs are left out (see renderer.problems). Jobs
        to render are spread over all cores when there are many. With `dirty` (digest serve),
        jobs outside it are known to be as the memo recorded them, unless their templates read
        site-wide data."""
        renderer, output_dir = self.renderer, self.config.output_dir
        folders = (output_dir, store.path) if store is not None else (output_dir,)
        stale: list[PageJob] = []
        for job in self.jobs if jobs is None else jobs:
            if memo is not None and dirty is not None and job.path not in dirty and memo.knows(job.path):
                reads = memo.reads(job.path)
                if not memo.reads_site_data(job.path, STABLE_SITE_READS):
                    if VERIFY_PLANNER:
                        self._verify_unchanged(job, reads, memo)
                    yield Output(job.path, None, job, memo.fingerprint(job.path), reads)
                    continue
            if memo is not None and not job.by_output and memo.knows(job.path):
                reads = memo.reads(job.path)
                fingerprint = renderer.job_fingerprint(job, reads)
                source = memo.source(job.path, fingerprint, *folders)
                if source is not None:
                    yield Output(job.path, None, job, fingerprint, reads, source)
                    continue
            stale.append(job)
        # jobs compared by their output (always rendered) get no fingerprint: nothing to compare with
        for job, data, reads, fingerprint in render_many(renderer, stale, fingerprints=memo is not None):
            if data is not None:
                # a file always rendered may well have these very bytes in the store
                candidate = store.file(job.path) if store is not None and job.by_output else None
                yield Output(job.path, data, job, fingerprint, reads, candidate)
        for path, data in self.static_files.items():
            yield Output(path, data, source=store.file(path) if store is not None else None)


    def _verify_unchanged(self, job: PageJob, reads: frozenset[str], memo: PageMemo) -> None:
        """(Tests) A page the planner left out would be the same if rendered."""
        if job.by_output:
            data, _reads = self.renderer.render(job)
            unchanged = data == self.config.output_dir.joinpath(*job.path.split("/")).read_bytes()
        else:
            unchanged = self.renderer.job_fingerprint(job, reads) == memo.fingerprint(job.path)
        if not unchanged:
            raise AssertionError(f"the incremental planner missed a change to {job.path}")


@dataclass(frozen=True)
class Output:
    path: str
    data: bytes | None  # None: the previous site's file is already right
    job: PageJob | None = None  # None for static files
    fingerprint: str = ""
    reads: frozenset[str] = frozenset()
    source: Path | None = None  # where the unchanged file is, when not in site/


def prepare_site(root: Path, options: BuildOptions, cache: ArticleCache | None = None,
                 reuse: PreparedSite | None = None, changed: set[str] | None = None,
                 save: bool = True, progress: Progress = NO_PROGRESS, one_shot: bool = False,
                 loaded: tuple[Config, list[Problem]] | None = None,
                 on_published: Callable[[list[Article]], None] | None = None) -> PreparedSite:
    """Everything up to rendering. `cache` carries parsed articles over from an earlier build
    in the same process (digest serve), otherwise the cache file in .digest-cache/ is used;
    `reuse` carries over that build's compiled templates and rendered fragments, and `changed`
    names the files changed since (see load_articles). With save=False (digest check) the
    caches are read but not written. `one_shot`: the process ends with the build (digest build):
    the article cache is written by a child process (wait for it with `site.cache.wait_saved()`)
    and what is loaded is kept out of the cycle collector's walks, since it lives until the end.
    `loaded`: the settings and their problems, when the caller has read them already.
    `on_published` is given the articles to publish as soon as they are known, before the index
    (digest build starts the search index)."""
    config, problems = loaded if loaded is not None else load_config(root, options.base_url)
    problems = list(problems)
    if cache is None or cache.settings != parse_settings(config):
        cache = ArticleCache(root / CACHE_DIR / "articles.pickle" if options.use_cache else None, parse_settings(config),
                             background=one_shot)
        if not save:
            cache.path = None
    analyses: dict[str, TextAnalysis] = {}
    collecting = gc.isenabled()
    if one_shot:
        # What is loaded lives until the end and holds no garbage cycles: keep the cycle
        # collector from walking it while it grows (0.7 s of 4 s of this process's CPU at 10,000
        # articles, 14 s of 50 s at 100,000: its full walks grow with the heap) and after.
        gc.disable()
    try:
        articles, found = load_articles(config, cache, analyses, changed, progress)
    finally:
        if one_shot:
            gc.freeze()
            if collecting:
                gc.enable()
    progress.stage("index", size=len(articles))
    problems.extend(found)
    reused = reuse is not None and reuse.config == config
    # The index state of the last build (by another process) makes this one incremental too.
    index_state = root / CACHE_DIR / "index.pickle" if options.use_cache else None
    if reused:
        indexer = reuse.indexer  # type: ignore[union-attr]
    else:
        indexer = Indexer.restore(index_state, config) if index_state is not None else Indexer(config)
    indexer.remember_analyses(analyses if reused else all_analyses(cache))
    published, next_publication = split_published(articles, config, options,
                                                   (reuse.articles, reuse.published) if reuse is not None else None)
    if on_published is not None:
        on_published(published)
    index, found = build_index(published, config, indexer)
    if index_state is not None and not reused and save:
        indexer.save_if_changed(index_state, background=one_shot)
    problems.extend(found)
    template_dirs = theme_template_dirs(config.templates_dir)
    if reuse is not None and reuse.template_dirs == template_dirs:
        env = reuse.renderer.env  # auto_reload: a changed template file is compiled again
    else:
        env = make_environment(template_dirs)
    template_problems = check_templates(env, root)
    problems.extend(template_problems)
    assets = collect_assets(config.static_dir, config.base_path, unused=() if config.search else ("search.js",))
    renderer = SiteRenderer(config, index, env, assets, template_sources=templates_fingerprint(env))
    for problem in template_problems:  # a syntax error is reported once, not again by each page it breaks
        renderer.add_problem(problem, report=False)
    if reuse is not None:
        renderer.adopt_fragments(reuse.renderer)
    return PreparedSite(config, index, renderer, assets.files, problems, cache,
                        template_dirs, indexer, next_publication, articles, published)


def build_site(root: Path, options: BuildOptions = BuildOptions(), write: bool = True,
               progress: Progress = NO_PROGRESS) -> BuildResult:
    """Build the site project at `root`. With write=False, check everything and write nothing.
    `progress` shows the stages on a terminal."""
    try:
        return _build_site(root, options, write, progress)
    finally:
        progress.close()


def _build_site(root: Path, options: BuildOptions, write: bool, progress: Progress) -> BuildResult:
    started = time.perf_counter()
    config, config_problems = load_config(root, options.base_url)
    if any(problem.is_error for problem in config_problems):
        # Everything after would follow from a wrong setting: report the settings alone, and
        # leave no trace (no cache) in a folder that may not be a site at all.
        return BuildResult(config=config, problems=sort_problems(config_problems),
                           seconds=time.perf_counter() - started)
    memo = PageMemo(root / CACHE_DIR / "pages.pickle") if options.use_cache and write else None
    signature = input_signature(root, options) if memo is not None else None
    if memo is not None and signature is not None:
        unchanged = repeat_unchanged_build(root, options, memo, signature, (config, config_problems))
        if unchanged is not None:
            unchanged.seconds = time.perf_counter() - started
            return unchanged
    search: list[StagedSearchIndex] = []  # started as soon as the published articles are known

    def start_search(published: list[Article]) -> None:
        if config.search and write:
            key_file = root / CACHE_DIR / "search.key" if options.use_cache else None
            search.append(StagedSearchIndex(config.output_dir, published, key_file))
            search[0].start()

    try:
        site = prepare_site(root, options, save=write, progress=progress, one_shot=True,
                            loaded=(config, config_problems), on_published=start_search)
        if search:
            search[0].stories = story_groups(site.index.stories)
        site.let_go_of_indexing()
        try:
            result = _render_site(root, options, write, progress, site, memo, signature, started,
                                  search[0] if search else None)
        except BaseException:
            site.cache.wait_saved(check=False)  # the build's own error is the one to report
            site.indexer.wait_saved(check=False)
            raise
    finally:
        if search:
            search[0].discard()  # nothing to stop unless the build failed before using it
    site.cache.wait_saved()  # the process must not end before the cache files are whole
    site.indexer.wait_saved()
    return result


def _render_site(root: Path, options: BuildOptions, write: bool, progress: Progress, site: PreparedSite,
                 memo: PageMemo | None, signature: str | None, started: float,
                 search: StagedSearchIndex | None) -> BuildResult:
    # What is prepared lives until the end of the build: keep the cycle collector from walking
    # it again and again while pages are rendered (in this process and the forked workers).
    gc.freeze()
    problems = site.problems
    result = BuildResult(config=site.config, problems=problems, articles=len(site.index.articles),
                         left_out=left_out(site, options))
    # The search index goes into the staging folder, just before it becomes site/.
    if search is not None and not result.ok:
        search.discard()
        search = None
    store = OutputStore(root / CACHE_DIR / STORE_DIR) if memo is not None else None
    staging = Staging(site.config.output_dir, search, (SEARCH_DIR,) if search else ()) if write and result.ok else None
    try:
        progress.stage("render", len(site.jobs) + len(site.static_files))
        for output in site.outputs(memo, store=store):
            progress.advance()
            result.files += 1
            if staging is not None:
                stat = staging.add(output.path, output.data, output.source)
                if memo is not None:
                    memo.record(output.path, output.fingerprint, output.reads, stat)
        problems.extend(site.renderer.problems)
        if staging is not None and result.ok:
            progress.stage("search" if search is not None else "write", size=result.articles)
            result.stats = staging.commit(force=search is not None and search.missing())
            if store is not None and (result.stats.changed or not store.path.is_dir()):
                store.sync(site.config.output_dir, staging.files())
            if search is not None:
                problems.extend(search.problems())
                result.search = search.report
            staging = None
            if memo is not None:
                if signature is not None:
                    memo.next_build = LastBuild(signature, site.next_publication, result.files, result.articles,
                                                tuple(p for p in problems if not p.is_error), tuple(result.left_out))
                memo.save()
    finally:
        gc.unfreeze()
        if staging is not None:
            staging.discard()
    result.problems = sort_problems(problems)
    result.seconds = time.perf_counter() - started
    return result


def left_out(site: PreparedSite, options: BuildOptions) -> list[tuple[str, str]]:
    """(reason, path) of every file under content/ that is not on the site: drafts, articles
    dated in the future, files that are not Markdown."""
    found = []
    if site.published is not site.articles:
        published = {article.path for article in site.published}
        found = [("draft" if article.draft and not options.drafts else "future", article.path)
                 for article in site.articles if article.path not in published]
    return found + [("not markdown", path) for path in site.cache.other_files]


def render_files(root: Path, options: BuildOptions = BuildOptions()) -> tuple[list[OutputFile], list[Problem]]:
    """The whole site as (path, bytes) in memory, without touching site/ (for tests and tools)."""
    site = prepare_site(root, dataclasses.replace(options, use_cache=False))
    files = [OutputFile(o.path, o.data) for o in site.outputs() if o.data is not None]
    return files, sort_problems(site.problems + site.renderer.problems)
