"""Rendering: the finished index in, the site's files out as (path, bytes), never touching disk."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import quote

import jinja2

from digest.assets import Assets
from digest.config import Config
from digest.content import Article
from digest.errors import Problem
from digest.index import SiteIndex, Story, Term
from digest.templates import template_problem


# `updated` of a feed with no entries: a fixed instant, so an empty feed never changes.
FEED_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to site/, forward slashes
    data: bytes


@dataclass(frozen=True)
class Entry:
    """One line of a listing: an article, and the story it belongs to when it has other sources."""

    article: Article
    story: Story | None


@dataclass(frozen=True)
class Pager:
    items: tuple[Any, ...]
    number: int
    count: int
    first_url: str  # url path of page 1

    def url(self, number: int) -> str:
        return self.first_url if number == 1 else f"{self.first_url}page/{number}/"

    @property
    def prev_url(self) -> str | None:
        return self.url(self.number - 1) if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.url(self.number + 1) if self.number < self.count else None


@dataclass
class SiteRenderer:
    config: Config
    index: SiteIndex
    env: jinja2.Environment
    assets: Assets
    problems: list[Problem] = field(default_factory=list)
    sitemap: list[tuple[str, datetime | None]] = field(default_factory=list)
    _seen_errors: set[tuple[str, int | None, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        index, config = self.index, self.config
        self.env.globals.update(
            site=SiteContext(config, index),
            url=self.url,
            abs_url=self.abs_url,
            asset=self.assets.url,
        )

    # URLs -----------------------------------------------------------------------------------
    def url(self, path: str = "") -> str:
        """Root-relative URL of a site path, under the base path (works at a root or sub-path)."""
        return self.config.base_path + quote(path)

    def abs_url(self, path: str = "") -> str:
        return self.config.base_url + quote(path)

    # Pages ----------------------------------------------------------------------------------
    def render_all(self) -> Iterator[OutputFile]:
        yield from self.render_home()
        for article in self.index.articles:
            yield from self.render_article(article)
        for term in self.index.topics:
            yield from self.render_term(term, "topic", f"topics/{term.slug}/")
            yield from self.render_feed(f"topics/{term.slug}/atom.xml", term.name, term.articles, f"topics/{term.slug}/")
        for term in self.index.tags:
            yield from self.render_term(term, "tag", f"tags/{term.slug}/")
        yield from self.render_page("terms.html", "topics/", kind="topics", title="话题", terms=self.index.topics)
        yield from self.render_page("terms.html", "tags/", kind="tags", title="标签", terms=self.index.tags)
        yield from self.render_archive()
        yield from self.render_paginated("stories.html", "related/", self.index.stories, kind="related", title="相关新闻")
        yield from self.render_feed("atom.xml", self.config.title, self.index.articles, "")
        yield from self.render_page("404.html", "404.html", kind="404", title="页面不存在", in_sitemap=False)
        yield self.render_index_json()
        yield from self.render_template_file("robots.txt", "robots.txt")
        # The sitemap lists what was rendered above, so it comes last.
        yield from self.render_template_file("sitemap.xml", "sitemap.xml", urls=self.sitemap)

    def render_home(self) -> Iterable[OutputFile]:
        sections = [
            (term, story_entries(term.articles, self.index.story_of, self.config.home_per_topic))
            for term in self.index.topics if term.articles
        ]
        latest = story_entries(self.index.articles, self.index.story_of, self.config.home_per_topic)
        return self.render_page("home.html", "", kind="home", title=self.config.title,
                                description=self.config.description, latest=latest, sections=sections)

    def render_article(self, article: Article) -> Iterable[OutputFile]:
        story = self.index.story_of.get(article.slug)
        # The story box already lists the other reports of the same event.
        in_story = {a.slug for a in story.articles} if story else set()
        related = tuple(a for a in self.index.related.get(article.slug, ()) if a.slug not in in_story)
        return self.render_page(
            "article.html", article.url_path, kind="article", title=article.title,
            description=article.summary, article=article, lastmod=article.updated,
            related=related, story=story,
            topics=self.index.topics_of.get(article.slug, ()),
            tags=self.index.tags_of.get(article.slug, ()),
        )

    def render_term(self, term: Term, kind: str, first_url: str) -> Iterable[OutputFile]:
        entries = story_entries(term.articles, self.index.story_of)
        title = f"{'话题' if kind == 'topic' else '标签'}：{term.name}"
        return self.render_paginated("list.html", first_url, entries, kind=kind, title=title,
                                     term=term, description=term.description or title)

    def render_archive(self) -> Iterable[OutputFile]:
        yield from self.render_page("archive.html", "archive/", kind="archive", title="归档", months=self.index.months)
        for month in self.index.months:
            title = f"{month.year}年{month.month}月"
            yield from self.render_paginated("list.html", f"archive/{month.slug}/",
                                             [Entry(a, None) for a in month.articles],
                                             kind="month", title=title, term=None, description=f"{title}的文章")

    def render_paginated(self, template: str, first_url: str, items: Sequence[Any], **context: Any) -> Iterable[OutputFile]:
        for pager in paginate(items, self.config.pagination, first_url):
            yield from self.render_page(template, pager.url(pager.number), pager=pager, **context)

    def render_page(self, template: str, url_path: str, *, in_sitemap: bool = True,
                    lastmod: datetime | None = None, **context: Any) -> Iterable[OutputFile]:
        context.setdefault("description", self.config.description)
        page = {"url": url_path, **context}
        data = self._render(template, url_path, page=page)
        if data is None:
            return
        if in_sitemap:
            self.sitemap.append((url_path, lastmod))
        path = url_path if url_path.endswith(".html") else url_path + "index.html"
        yield OutputFile(path, data)

    def render_feed(self, path: str, title: str, articles: Sequence[Article], page_url: str) -> Iterable[OutputFile]:
        entries = list(articles[: self.config.feed_items])
        updated = max((a.updated for a in entries), default=FEED_EPOCH)
        data = self._render("atom.xml", path, feed={"path": path, "title": title, "page_url": page_url,
                                                    "entries": entries, "updated": updated})
        if data is not None:
            yield OutputFile(path, data)

    def render_template_file(self, template: str, path: str, **context: Any) -> Iterable[OutputFile]:
        data = self._render(template, path, **context)
        if data is not None:
            yield OutputFile(path, data)

    def render_index_json(self) -> OutputFile:
        """A machine-readable list of every article, for scripts and other tools."""
        index = self.index
        articles = [
            {
                "url": self.abs_url(a.url_path),
                "path": a.url_path,
                "slug": a.slug,
                "title": a.title,
                "date": a.date.isoformat(timespec="seconds"),
                "updated": a.updated.isoformat(timespec="seconds"),
                "source": a.source,
                "source_url": a.source_url,
                "topics": list(a.topics),
                "tags": list(a.tags),
                "summary": a.summary,
                "reading_minutes": a.reading_minutes,
                "related": [self.abs_url(r.url_path) for r in index.related.get(a.slug, ())],
                "story": index.story_of[a.slug].id if a.slug in index.story_of else None,
            }
            for a in index.articles
        ]
        body = {"title": self.config.title, "base_url": self.config.base_url, "articles": articles}
        return OutputFile("index.json", json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")

    def _render(self, template_name: str, path: str, **context: Any) -> bytes | None:
        try:
            template = self.env.get_template(template_name)
            return template.render(**context).encode("utf-8")
        except Exception as exc:  # noqa: BLE001 - any template failure becomes a reported problem
            problem = template_problem(exc, self.config.root, template_name)
            key = (problem.path, problem.line, problem.message)
            if key not in self._seen_errors:
                self._seen_errors.add(key)
                self.problems.append(Problem(problem.path, problem.line, problem.column,
                                             f"{problem.message} (while rendering {path})", problem.hint))
            return None


class SiteContext:
    """What templates see as `site`."""

    def __init__(self, config: Config, index: SiteIndex):
        self.title = config.title
        self.description = config.description
        self.base_url = config.base_url
        self.base_path = config.base_path
        self.language = config.language
        self.author = config.author
        self.extra = config.extra
        self.topics = index.topics
        self.tags = index.tags
        self.months = index.months
        self.stories = index.stories
        self.articles = index.articles
        # The newest change in the content, not the clock: rebuilding unchanged content gives
        # byte-identical files.
        self.updated = max((a.updated for a in index.articles), default=None)


def paginate(items: Sequence[Any], per_page: int, first_url: str) -> Iterator[Pager]:
    items = tuple(items)
    if per_page <= 0 or len(items) <= per_page:
        yield Pager(items, 1, 1, first_url)
        return
    count = -(-len(items) // per_page)
    for number in range(1, count + 1):
        chunk = items[(number - 1) * per_page: number * per_page]
        yield Pager(chunk, number, count, first_url)


def story_entries(articles: Sequence[Article], story_of: dict[str, Story], limit: int | None = None) -> list[Entry]:
    """Listing entries, newest first, where a story with several sources appears once."""
    entries: list[Entry] = []
    shown: set[str] = set()
    for article in articles:
        story = story_of.get(article.slug)
        if story is not None:
            if story.id in shown:
                continue
            shown.add(story.id)
        entries.append(Entry(article, story))
        if limit is not None and len(entries) >= limit:
            break
    return entries


def path_of(output_dir: Path, file: OutputFile) -> Path:
    return output_dir.joinpath(*file.path.split("/"))
