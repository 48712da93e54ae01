"""Rendering: the finished index in, the site's files out as (path, bytes), never touching disk.

Rendering happens in two steps. `plan_pages` lists every output file as a `PageJob`: its path,
its template and exactly the data it shows. `SiteRenderer.render` turns one job into bytes. A
job's fingerprint covers its data, the templates and the settings, so the incremental paths
(the build cache, `digest serve`) re-render only jobs whose fingerprint changed.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from collections.abc import Callable

import jinja2
from markupsafe import Markup

from digest import __version__
from digest.config import Config
from digest.errors import Problem
from digest.index import SiteIndex
from digest.render.assets import Assets
from digest.render.fingerprint import Fingerprinter, digest_text
from digest.render.index_json import IndexJson
from digest.render.plan import (
    ALL_ARTICLE_FIELDS,
    INDEX_JSON,
    LASTING_VALUES,
    PageJob,
    TermRef,
    forget_entries,
    interned_entries,
    quoted_path,
)
from digest.render.templates import template_problem

# `site.*` attributes that cannot change unless the settings or the navigation do, which
# changes every page's fingerprint anyway (digest serve's planner relies on this).
STABLE_SITE_READS = frozenset(f"site.{name}" for name in
                              ("title", "description", "base_url", "base_path", "language", "author", "extra", "nav",
                               "search"))


class SiteContext:
    """What templates see as `site`. Reads are recorded (as `site.NAME`), so a page that
    reads (say) `site.articles` is known to depend on every article."""

    fingerprint_fields = ("title", "description", "base_url", "base_path", "language", "author",
                          "extra", "search", "nav", "topics", "tags", "months", "stories", "articles", "updated")

    def __init__(self, config: Config, index: SiteIndex):
        self._recorder: set[str] | None = None
        self.title = config.title
        self.description = config.description
        self.base_url = config.base_url
        self.base_path = config.base_path
        self.language = config.language
        self.author = config.author
        self.extra = config.extra
        self.search = config.search  # a search page and box (the index itself: digest.search.staged)
        self.nav = tuple(TermRef(t.name, t.slug) for t in index.topics if t.articles)
        self.topics = index.topics
        self.tags = index.tags
        self.months = index.months
        self.stories = index.stories
        self.articles = index.articles

    @functools.cached_property
    def updated(self) -> datetime | None:
        """The newest change in the content, not the clock: rebuilding unchanged content gives
        byte-identical files. (Found when a template asks: it walks every article.)"""
        return max((a.updated for a in self.articles), default=None)

    def __getattribute__(self, name: str) -> Any:
        if not name.startswith("_") and name != "fingerprint_fields":
            recorder = object.__getattribute__(self, "_recorder")
            if recorder is not None:
                recorder.add("site." + name)
        return object.__getattribute__(self, name)


# Rendering ------------------------------------------------------------------------------------

@dataclass
class SiteRenderer:
    config: Config
    index: SiteIndex
    env: jinja2.Environment
    assets: Assets
    template_sources: str = ""  # fingerprint of every template's source
    problems: list[Problem] = field(default_factory=list)
    _seen_errors: set[tuple[str, int | None, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.site = SiteContext(self.config, self.index)
        self.fingerprint = Fingerprinter(lasting=LASTING_VALUES)  # full: articles by content hash
        self._fingerprinters: dict[tuple[str, ...] | None, Fingerprinter] = {None: self.fingerprint}
        self._fragments: dict[tuple[str, ...], tuple[Markup, frozenset[str]]] = {}
        self._index_json = IndexJson()  # keeps the entries of the articles it has serialised
        self.last_reads: frozenset[str] = frozenset()
        self._macros: Any = None
        self._recording: set[str] | None = None  # where the reads of the page being rendered go
        self.env.globals.update(
            site=self.site, url=self.url, abs_url=self.abs_url, asset=self.assets.url,
            entry=self._memoized_macro("entry"), article_meta=self._memoized_macro("article_meta"),
        )
        self.global_fingerprint = digest_text(
            __version__, repr(sorted((k, repr(v)) for k, v in vars(self.config).items() if k != "root")),
            self.template_sources, repr(sorted(self.assets.names.items())))

    def adopt_fragments(self, previous: SiteRenderer) -> None:
        """Keep the fragments an earlier build rendered, when templates and settings are the
        same (a fragment's key covers its arguments, not the templates)."""
        if previous.global_fingerprint == self.global_fingerprint:
            self._fragments = previous._fragments
            self._index_json = previous._index_json
        # the index is patched after an edit: most of its objects are the previous build's
        index = self.index
        forget_entries(index)

        def live() -> list[Any]:
            return [*index.articles, *index.topics, *index.tags, *index.months, *index.stories, *interned_entries()]
        self._fingerprinters = {fields: fingerprinter.carried_over(live)
                                for fields, fingerprinter in previous._fingerprinters.items()}
        self.fingerprint = self._fingerprinters[None]

    def url(self, path: str = "") -> str:
        """Root-relative URL of a site path, under the base path (works at a root or sub-path)."""
        return self.config.base_path + quoted_path(path)

    def abs_url(self, path: str = "") -> str:
        return self.config.base_url + quoted_path(path)

    def job_fingerprint(self, job: PageJob, reads: frozenset[str]) -> str:
        """Changes whenever the job's output could: its data (articles by the attributes its
        templates read), the site data they read (as recorded when it was last rendered),
        templates and settings."""
        fields = None if ALL_ARTICLE_FIELDS in reads else tuple(sorted(r[8:] for r in reads if r.startswith("article.")))
        fingerprint = self._fingerprinters.get(fields)
        if fingerprint is None:
            fingerprint = self._fingerprinters[fields] = Fingerprinter(fields, LASTING_VALUES)
        site_reads = [f"{r}={self.fingerprint(getattr(self.site, r[5:]))}" for r in sorted(reads) if r.startswith("site.")]
        return digest_text(self.global_fingerprint, job.template, fingerprint(job.context), *site_reads)

    def render(self, job: PageJob) -> tuple[bytes | None, frozenset[str]]:
        """The job's bytes (None when its template failed: see `problems`) and what it read:
        `site.NAME` and `article.NAME` for the attributes its templates used."""
        reads: set[str] = set()
        self._record_into(reads)
        try:
            if job.template == INDEX_JSON:
                reads.add(ALL_ARTICLE_FIELDS)
                data: bytes | None = self._index_json.render(self.config, job.context["index"], self.abs_url)
            else:
                data = self.env.get_template(job.template).render(**job.context).encode("utf-8")
        except Exception as exc:  # noqa: BLE001 - any template failure becomes a reported problem
            self._report(exc, job)
            data = None
        finally:
            self._record_into(None)
        self.last_reads = frozenset(reads)
        return data, self.last_reads

    def _record_into(self, reads: set[str] | None) -> None:
        self._recording = reads
        self.site._recorder = reads
        self.env.reads = reads  # type: ignore[attr-defined]

    def _memoized_macro(self, name: str) -> Callable[..., Markup]:
        """A macro of partials/macros.html rendered once per distinct input: listing pages
        repeat the same article entries thousands of times. What the macro read is added to
        the reads of every page that uses it."""
        def call(*args: Any) -> Markup:
            # Keyed by each argument's fingerprint, remembered per object (an Entry lives as
            # long as the index): not by the fingerprint of `args`, a new tuple at every call,
            # which would be hashed again and kept in the fingerprinter's memo each time.
            key = (name, *map(self.fingerprint, args))
            hit = self._fragments.get(key)
            if hit is None:
                if self._macros is None:  # a module of this build's globals, not a cached one
                    self._macros = self.env.get_template("partials/macros.html").make_module()
                macro = getattr(self._macros, name)
                outer = self._recording
                reads: set[str] = set()
                self._record_into(reads)
                try:
                    hit = (Markup(macro(*args)), frozenset(reads))
                finally:
                    self._record_into(outer)
                self._fragments[key] = hit
            recording = self._recording  # (not self.site's: its attribute reads are tracked, slowly)
            if recording is not None:
                recording.update(hit[1])
            return hit[0]
        return call

    def _report(self, exc: Exception, job: PageJob) -> None:
        problem = template_problem(exc, self.config.root, job.template, self.env, job.context)
        self.add_problem(Problem(problem.path, problem.line, problem.column,
                                 f"{problem.message} (while rendering {job.path})", problem.hint))

    def add_problem(self, problem: Problem, report: bool = True) -> None:
        """Keep one report per template error, however many pages it broke (report=False:
        known, and reported elsewhere)."""
        key = (problem.path, problem.line, problem.message.split(" (while rendering ")[0])
        if key not in self._seen_errors:
            self._seen_errors.add(key)
            if report:
                self.problems.append(problem)
