"""A build, start to finish: config -> articles -> index -> pages -> site/.

Everything is gathered and checked before anything is written; errors from every stage are
collected so one run reports them all, and `site/` is replaced only by a complete new site.
"""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from digest.assets import collect_assets
from digest.config import Config, load_config
from digest.cache import CACHE_DIR, ArticleCache, PageMemo, ParsedEntry
from digest.content import Article, ParseSettings, content_hash, find_article_files
from digest.parallel import parse_many, render_many
from digest.errors import Problem, sort_problems
from digest.index import SiteIndex, build_index
from digest.output import Staging, WriteStats
from digest.render import OutputFile, PageJob, SiteRenderer, plan_pages
from digest.templates import check_templates, make_environment, templates_fingerprint, theme_template_dirs


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False  # include articles marked `draft: true`
    future: bool = False  # include articles dated in the future
    base_url: str | None = None  # overrides digest.yaml's base_url
    use_cache: bool = True  # read and update .digest-cache/ (parsed articles by content hash)


@dataclass
class BuildResult:
    config: Config
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    files: int = 0
    stats: WriteStats | None = None
    seconds: float = 0.0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_settings(config: Config) -> ParseSettings:
    return ParseSettings(timezone=config.timezone, summary_chars=config.summary_chars, allow_html=config.allow_html)


def load_articles(config: Config, cache: ArticleCache) -> tuple[list[Article], list[Problem]]:
    """Read and parse every article. A file whose size and mtime are unchanged is not read
    again; a parse result comes from the cache when the file's bytes are unchanged; the rest
    are parsed on all cores."""
    cache.begin()
    results: dict[str, ParsedEntry] = {}
    misses: list[tuple[str, bytes]] = []
    problems: list[Problem] = []
    files = find_article_files(config.content_dir)
    for path in files:
        rel = path.relative_to(config.root).as_posix()
        try:
            stat = path.stat()
            known = cache.known_hash(rel, stat)
            cached = cache.get(rel, known) if known else None
            if cached is None:
                raw = path.read_bytes()
                digest = content_hash(raw)
                cache.note_read(rel, stat, digest)
                cached = cache.get(rel, digest)
        except OSError as exc:
            problems.append(Problem(rel, None, None, f"cannot read the file: {exc.strerror}", "check its permissions"))
            continue
        if cached is not None:
            results[rel] = cached
        else:
            misses.append((rel, raw))
    for rel, raw, entry in parse_many(misses, cache.settings):
        cache.put(rel, content_hash(raw), entry)
        results[rel] = entry
    cache.finish()
    articles: list[Article] = []
    for path in files:
        entry = results.get(path.relative_to(config.root).as_posix())
        if entry is None:
            continue
        article, found = entry
        problems.extend(found)
        if article is not None:
            articles.append(article)
    problems.extend(_slug_conflicts(articles))
    return articles, problems


def _slug_conflicts(articles: list[Article]) -> list[Problem]:
    first: dict[str, Article] = {}
    problems = []
    for article in articles:
        other = first.setdefault(article.slug, article)
        if other is not article:
            problems.append(Problem(article.path, article.lines.get("slug", 1), None,
                                    f"slug {article.slug!r} is already used by {other.path}",
                                    "give one of them its own `slug:` in the front matter"))
    return problems


def select_published(articles: list[Article], config: Config, options: BuildOptions) -> list[Article]:
    now = datetime.now(config.tz)
    return [
        article for article in articles
        if (options.drafts or not article.draft) and (options.future or article.date <= now)
    ]


@dataclass
class PreparedSite:
    """Everything needed to render, with the problems found on the way."""

    config: Config
    index: SiteIndex
    renderer: SiteRenderer
    jobs: list[PageJob]
    static_files: dict[str, bytes]
    problems: list[Problem]
    cache: ArticleCache
    template_dirs: list[Path]

    def outputs(self, memo: PageMemo | None = None) -> Iterator[Output]:
        """Every output file. `data` is None when the memo shows the file in site/ is already
        right; failed jobs are left out (see renderer.problems). Jobs to render are spread
        over all cores when there are many."""
        renderer, output_dir = self.renderer, self.config.output_dir
        stale: list[PageJob] = []
        for job in self.jobs:
            if memo is not None:
                reads = memo.reads(job.path)
                fingerprint = renderer.job_fingerprint(job, reads)
                if memo.unchanged(job.path, fingerprint, output_dir):
                    yield Output(job.path, None, job, fingerprint, reads)
                    continue
            stale.append(job)
        for job, data, reads in render_many(renderer, stale):
            if data is not None:
                fingerprint = renderer.job_fingerprint(job, reads) if memo is not None else ""
                yield Output(job.path, data, job, fingerprint, reads)
        for path, data in self.static_files.items():
            yield Output(path, data)


@dataclass(frozen=True)
class Output:
    path: str
    data: bytes | None  # None: the previous site's file is already right
    job: PageJob | None = None  # None for static files
    fingerprint: str = ""
    reads: frozenset[str] = frozenset()


def prepare_site(root: Path, options: BuildOptions, cache: ArticleCache | None = None,
                 reuse: PreparedSite | None = None) -> PreparedSite:
    """Everything up to rendering. `cache` carries parsed articles over from an earlier build
    in the same process (digest serve), otherwise the cache file in .digest-cache/ is used;
    `reuse` carries over that build's compiled templates and rendered fragments."""
    config, problems = load_config(root, options.base_url)
    if cache is None or cache.settings != parse_settings(config):
        cache = ArticleCache(root / CACHE_DIR / "articles.pickle" if options.use_cache else None, parse_settings(config))
    articles, found = load_articles(config, cache)
    problems.extend(found)
    index, found = build_index(select_published(articles, config, options), config)
    problems.extend(found)
    template_dirs = theme_template_dirs(config.templates_dir)
    if reuse is not None and reuse.template_dirs == template_dirs:
        env = reuse.renderer.env  # auto_reload: a changed template file is compiled again
    else:
        env = make_environment(template_dirs)
    problems.extend(check_templates(env, root))
    assets = collect_assets(config.static_dir, config.base_path)
    renderer = SiteRenderer(config, index, env, assets, template_sources=templates_fingerprint(env))
    if reuse is not None:
        renderer.adopt_fragments(reuse.renderer)
    return PreparedSite(config, index, renderer, plan_pages(config, index), assets.files, problems, cache,
                        template_dirs)


def build_site(root: Path, options: BuildOptions = BuildOptions(), write: bool = True) -> BuildResult:
    """Build the site project at `root`. With write=False, check everything and write nothing."""
    started = time.perf_counter()
    site = prepare_site(root, options)
    problems = site.problems
    result = BuildResult(config=site.config, problems=problems, articles=len(site.index.articles))
    memo = PageMemo(root / CACHE_DIR / "pages.pickle") if options.use_cache and write else None
    staging = Staging(site.config.output_dir) if write and result.ok else None
    try:
        for output in site.outputs(memo):
            result.files += 1
            if staging is not None:
                stat = staging.add(output.path, output.data)
                if memo is not None and output.job is not None:
                    memo.record(output.path, output.fingerprint, output.reads, stat)
        problems.extend(site.renderer.problems)
        if staging is not None and result.ok:
            result.stats = staging.commit()
            staging = None
            if memo is not None:
                memo.save()
    finally:
        if staging is not None:
            staging.discard()
    result.problems = sort_problems(problems)
    result.seconds = time.perf_counter() - started
    return result


def render_files(root: Path, options: BuildOptions = BuildOptions()) -> tuple[list[OutputFile], list[Problem]]:
    """The whole site as (path, bytes) in memory, without touching site/ (for tests and tools)."""
    site = prepare_site(root, dataclasses.replace(options, use_cache=False))
    files = [OutputFile(o.path, o.data) for o in site.outputs() if o.data is not None]
    return files, sort_problems(site.problems + site.renderer.problems)
