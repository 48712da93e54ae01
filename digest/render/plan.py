"""The page plan: every file of the site as a `PageJob` (its path, its template and exactly the
data it shows), in groups that change together, so `digest serve` re-plans only the groups an
edit touched; and the listing entries many pages share."""
from __future__ import annotations

import functools
from itertools import compress, repeat
from operator import attrgetter, is_
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any
from collections.abc import Iterator, Sequence
from urllib.parse import quote

from digest.config import Config
from digest.content import Article
from digest.index import SiteIndex, Story, Term
from digest.render.fingerprint import LASTING

# `updated` of a feed with no entries: a fixed instant, so an empty feed never changes.
FEED_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
INDEX_JSON = "index.json"
ALL_ARTICLE_FIELDS = "article.*"  # a read that depends on everything about the articles


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to site/, forward slashes
    data: bytes


@dataclass(frozen=True)
class TermRef:
    """A topic or tag as a page links to it: without its member list, so that a page showing
    the link does not depend on every article of the topic."""

    name: str
    slug: str
    description: str = ""


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


@dataclass(frozen=True)
class PageJob:
    path: str  # output file, relative to site/
    template: str
    context: dict[str, Any]  # the template's variables: `page`, `feed` or `urls`
    url: str | None = None  # url path for the sitemap; None keeps the file out of it
    lastmod: datetime | None = None
    # Always rendered, never fingerprinted: for data files over every article (index.json, the
    # sitemap) rendering is cheaper than walking their inputs.
    by_output: bool = False


@functools.lru_cache(maxsize=1 << 16)
def quoted_path(path: str) -> str:
    """A path percent-encoded for a URL (urllib's quote is slow, and sitemaps, feeds and
    listings quote the same ten thousand paths on every build)."""
    return quote(path)


# Planning -------------------------------------------------------------------------------------

# Jobs come in groups that change together: one article's page, one topic's pages and feed,
# one month, one story... `digest serve` re-plans only the groups an edit touched.
GroupKey = tuple[str, ...]


def plan_pages(config: Config, index: SiteIndex) -> list[PageJob]:
    """Every file of the site, in a fixed order; the sitemap, which lists the pages, comes last."""
    jobs = [job for key in group_keys(index) for job in plan_group(config, index, key)]
    jobs.append(sitemap_job(jobs))
    return jobs


def group_keys(index: SiteIndex) -> list[GroupKey]:
    """The groups of the site, in output order."""
    return [
        ("home",),
        *(("article", a.slug) for a in index.articles),
        *(("topic", t.slug) for t in index.topics),
        *(("tag", t.slug) for t in index.tags),
        ("indexes",),
        *(("month", m.slug) for m in index.months),
        ("related",),
        *(("story", s.id) for s in index.stories),
        ("tail",),
    ]


def _lookup(index: SiteIndex) -> dict[GroupKey, Any]:
    """Topics, months and stories by group key (built once per index; tags, many more, are
    found by index.tags_of.term)."""
    if _LOOKUP[0] is not index:
        table: dict[GroupKey, Any] = {("topic", t.slug): t for t in index.topics}
        table.update({("month", m.slug): m for m in index.months})
        table.update({("story", s.id): s for s in index.stories})
        _LOOKUP[:] = [index, table]
    return _LOOKUP[1]


_LOOKUP: list[Any] = [None, {}]


def plan_group(config: Config, index: SiteIndex, key: GroupKey) -> list[PageJob]:
    kind = key[0]
    if kind == "home":
        return [_home_job(config, index)]
    if kind == "article":
        return [_article_job(config, index, index.by_slug[key[1]])]
    if kind == "topic":
        term = _lookup(index)[key]
        return [*_term_jobs(config, index, term, "topic", f"topics/{term.slug}/"),
                _feed_job(config, index, f"topics/{term.slug}/atom.xml", term.name, term.articles, f"topics/{term.slug}/")]
    if kind == "tag":
        term = index.tags_of.term(key[1])
        return _term_jobs(config, index, term, "tag", f"tags/{term.slug}/")
    if kind == "indexes":
        return [_page_job("terms.html", "topics/", kind="topics", title="话题", terms=index.topics,
                          description=config.description),
                _page_job("terms.html", "tags/", kind="tags", title="标签", terms=index.tags,
                          description=config.description),
                _page_job("archive.html", "archive/", kind="archive", title="归档", months=index.months,
                          description=config.description)]
    if kind == "month":
        month = _lookup(index)[key]
        title = f"{month.year}年{month.month}月"
        entries = [entry_of(a, None) for a in month.articles]
        return _paginated_jobs(config, "list.html", f"archive/{month.slug}/", entries, kind="month",
                               title=title, term=None, description=f"{title}的文章")
    if kind == "related":
        return _paginated_jobs(config, "stories.html", "related/", index.stories, kind="related",
                               title="相关新闻", description=config.description)
    if kind == "story":
        return [_story_job(_lookup(index)[key])]
    if kind == "tail":
        return _tail_jobs(config, index)
    raise ValueError(f"unknown group {key!r}")


def _tail_jobs(config: Config, index: SiteIndex) -> list[PageJob]:
    jobs = []
    if config.search:
        jobs.append(_page_job("search.html", "search/", kind="search", title="搜索",
                              description=f"搜索{config.title}的全部文章"))
    jobs.append(_feed_job(config, index, "atom.xml", config.title, index.articles, ""))
    jobs.append(PageJob("404.html", "404.html", {"page": {"url": "404.html", "kind": "404", "title": "页面不存在",
                                                          "description": config.description}}))
    jobs.append(PageJob(INDEX_JSON, INDEX_JSON, {"index": index}, by_output=True))
    jobs.append(PageJob("robots.txt", "robots.txt", {}))
    return jobs


def sitemap_job(jobs: Sequence[PageJob]) -> PageJob:
    urls = tuple((job.url, job.lastmod) for job in jobs if job.url is not None)
    return PageJob("sitemap.xml", "sitemap.xml", {"urls": urls}, by_output=True)


def _page_job(template: str, url_path: str, lastmod: datetime | None = None, **page: Any) -> PageJob:
    path = url_path if url_path.endswith(".html") else url_path + "index.html"
    return PageJob(path, template, {"page": {"url": url_path, **page}}, url=url_path, lastmod=lastmod)


def _home_job(config: Config, index: SiteIndex) -> PageJob:
    sections = tuple(
        (term_ref(term), story_entries(term.articles, index.story_of, config.home_per_topic), len(term.articles))
        for term in index.topics if term.articles
    )
    latest = story_entries(index.articles, index.story_of, config.home_per_topic)
    return _page_job("home.html", "", kind="home", title=config.title, description=config.description,
                     latest=latest, sections=sections)


def _article_job(config: Config, index: SiteIndex, article: Article) -> PageJob:
    story = index.story_of.get(article.slug)
    # The story box already lists the other reports of the same event.
    in_story = {a.slug for a in story.articles} if story else set()
    related = tuple(a for a in index.related.get(article.slug, ()) if a.slug not in in_story)
    return _page_job(
        "article.html", article.url_path, lastmod=article.updated, kind="article", title=article.title,
        description=article.summary, article=article, related=related, story=story,
        topics=tuple(term_ref(t) for t in index.topics_of.get(article.slug, ())),
        tags=tuple(term_ref(t) for t in index.tags_of.get(article.slug, ())),
        topic_source=index.topic_source.get(article.slug), tag_source=index.tag_source.get(article.slug),
    )


def _story_job(story: Story) -> PageJob:
    """A story's own page: the lead report, the other sources, related coverage over time."""
    return _page_job("story.html", story.url_path, lastmod=max(a.updated for a in story.articles), kind="story",
                     title=story.lead.title, description=story.lead.summary, story=story)


def _term_jobs(config: Config, index: SiteIndex, term: Term, kind: str, first_url: str) -> list[PageJob]:
    entries = story_entries(term.articles, index.story_of)
    title = f"{'话题' if kind == 'topic' else '标签'}：{term.name}"
    return _paginated_jobs(config, "list.html", first_url, entries, kind=kind, title=title,
                           term=term_ref(term), description=term.description or title)


def _paginated_jobs(config: Config, template: str, first_url: str, items: Sequence[Any], **page: Any) -> list[PageJob]:
    return [_page_job(template, pager.url(pager.number), pager=pager, **page)
            for pager in paginate(items, config.pagination, first_url)]


def _feed_job(config: Config, index: SiteIndex, path: str, title: str, articles: Sequence[Article],
              page_url: str) -> PageJob:
    entries = tuple(articles[: config.feed_items])
    updated = max((a.updated for a in entries), default=FEED_EPOCH)
    # Categories are the effective topics: front matter, else the ones digest assigned.
    topics = {a.slug: tuple(t.name for t in index.topics_of.get(a.slug, ())) for a in entries}
    feed = {"path": path, "title": title, "page_url": page_url, "entries": entries, "updated": updated,
            "topics": topics}
    return PageJob(path, "atom.xml", {"feed": feed})


def term_ref(term: Term) -> TermRef:
    """The one TermRef of a term's name, slug and description: the pages that link a term share
    it, so its fingerprint is worked out once a build (by identity), not once for every page."""
    return _shared_term_ref(term.name, term.slug, term.description)


_shared_term_ref = functools.lru_cache(maxsize=None)(TermRef)  # (as many as the site has distinct terms)


def paginate(items: Sequence[Any], per_page: int, first_url: str) -> Iterator[Pager]:
    items = tuple(items)
    if per_page <= 0 or len(items) <= per_page:
        yield Pager(items, 1, 1, first_url)
        return
    count = -(-len(items) // per_page)
    for number in range(1, count + 1):
        chunk = items[(number - 1) * per_page: number * per_page]
        yield Pager(chunk, number, count, first_url)


def story_entries(articles: Sequence[Article], story_of: dict[str, Story], limit: int | None = None) -> tuple[Entry, ...]:
    """Listing entries, newest first, where a story with several sources appears once."""
    if limit is None:
        return _all_entries(articles, story_of)
    entries: list[Entry] = []
    shown: set[str] = set()
    for article in articles:
        story = story_of.get(article.slug)
        if story is not None:
            if story.id in shown:
                continue
            shown.add(story.id)
        entries.append(entry_of(article, story))
        if limit is not None and len(entries) >= limit:
            break
    return tuple(entries)


def _all_entries(articles: Sequence[Article], story_of: dict[str, Story]) -> tuple[Entry, ...]:
    """story_entries without a limit, the same entries found mostly in C: a topic of thousands
    is listed again after each edit in serve, where few of its articles are in stories."""
    stories = list(map(story_of.get, map(_SLUG, articles)))
    found: list[Entry | None] = list(map(_ENTRIES.get, zip(map(id, articles), map(id, stories))))
    shown: set[str] = set()
    repeated = []  # of a story shown already
    for at in compress(range(len(stories)), stories):
        story = stories[at]
        if story.id in shown:  # type: ignore[union-attr]
            repeated.append(at)
        shown.add(story.id)  # type: ignore[union-attr]
    if repeated:
        articles = list(articles)
        for at in reversed(repeated):
            del found[at], stories[at], articles[at]
    if None in found:
        for at in compress(range(len(found)), map(is_, found, repeat(None))):
            found[at] = entry_of(articles[at], stories[at])
    return tuple(found)  # type: ignore[arg-type]


def entry_of(article: Article, story: Story | None) -> Entry:
    """The one Entry object for this article and story. Listings are planned again after every
    edit in serve; with the same Entry objects as before, the fingerprints of the thousands of
    entries on a topic's page are remembered (see fingerprint.LASTING), not computed again."""
    key = (id(article), id(story))
    entry = _ENTRIES.get(key)
    if entry is None or entry.article is not article or entry.story is not story:
        entry = _ENTRIES[key] = Entry(article, story)
    return entry


def forget_entries(index: SiteIndex) -> None:
    """Drop the interned entries of articles and stories no longer in the index, once there
    are many more of them than articles (an edit leaves a few behind)."""
    if len(_ENTRIES) > 2 * len(index.articles) + 1000:
        by_slug, story_of = index.by_slug, index.story_of
        live = {key: entry for key, entry in _ENTRIES.items()
                if by_slug.get(entry.article.slug) is entry.article
                and (entry.story is None or story_of.get(entry.article.slug) is entry.story)}
        _ENTRIES.clear()
        _ENTRIES.update(live)


_SLUG = attrgetter("slug")
# (id(article), id(story)) -> its Entry, which keeps both alive so the ids stay theirs.
_ENTRIES: dict[tuple[int, int], Entry] = {}
LASTING_VALUES = (*LASTING, Entry)


def interned_entries() -> list[Entry]:
    """The listing entries kept between builds (their fingerprints are carried over too)."""
    return list(_ENTRIES.values())


