"""Reading articles: `content/**/*.md` with YAML front matter, validated into `Article`s.

`parse_article` is a pure function of a file's path and bytes (plus two settings), so it can be
cached by content hash and run in worker processes.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import Any
from collections.abc import Callable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from digest.content.markdown import Heading, render_markdown
from digest.errors import Problem
from digest.text import make_summary, reading_minutes, slugify
from digest.yamlfile import YamlMapping, YamlSyntaxError, load_mapping

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FENCE_HINT = "an article starts with a line `---`, then `title:` and `date:` lines, then a line `---`, then the Markdown body"


@dataclass(frozen=True, eq=False)
class Article:
    path: str  # relative to the project root, with forward slashes
    slug: str
    title: str
    date: datetime  # timezone-aware
    updated: datetime
    source: str
    source_url: str
    topics: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    draft: bool
    related: tuple[str, ...]  # slugs picked by a person, shown before computed ones
    body_html: str
    text: str
    headings: tuple[Heading, ...]
    reading_minutes: int
    content_hash: str
    extra: dict[str, Any] = field(default_factory=dict)  # front matter keys digest does not know
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # front matter key -> line

    @cached_property
    def url_path(self) -> str:
        """Path of the article's page below the site's base URL."""
        return f"{self.date:%Y}/{self.date:%m}/{self.slug}/"


@dataclass(frozen=True)
class ParseSettings:
    timezone: str
    summary_chars: int
    allow_html: bool = False


def scan_article_files(content_dir: Path, root: Path, others: list[str] | None = None) -> list[tuple[str, str]]:
    """(path relative to root, full path) of every Markdown file under content_dir, hidden
    folders and files aside, in path order. Directory entries only: no Path objects, one
    stat per entry at most (ten thousand articles are scanned on every serve rebuild).
    `others` gets the paths of the files that are not Markdown (a user who put scraped .txt
    files there should hear that they were left out)."""
    prefix = content_dir.relative_to(root).as_posix() + "/"
    found: list[tuple[str, str]] = []

    def scan(folder: str, rel: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                scan(entry.path, f"{rel}{entry.name}/")
            elif entry.name.endswith(".md") and entry.is_file():
                found.append((f"{rel}{entry.name}", entry.path))
            elif others is not None and entry.is_file():
                others.append(f"{rel}{entry.name}")

    scan(str(content_dir), prefix)
    found.sort(key=lambda item: item[0].split("/"))
    if others is not None:
        others.sort(key=lambda path: path.split("/"))
    return found


def content_hash(raw: bytes) -> str:
    return hashlib.sha1(raw).hexdigest()


def parse_article(rel_path: str, raw: bytes, settings: ParseSettings) -> tuple[Article | None, list[Problem]]:
    """Parse one article file. Returns the article (None when it has errors) and its problems."""
    problems: list[Problem] = []

    def problem(line: int | None, column: int | None, message: str, hint: str = "", severity: str = "error") -> None:
        problems.append(Problem(rel_path, line, column, message, hint, severity))  # type: ignore[arg-type]

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem(line, None, "the file is not valid UTF-8", "save it as UTF-8, or run `digest ingest` on it, which detects GBK/Big5")
        return None, problems
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    split = _split_front_matter(text)
    if isinstance(split, Problem):
        problems.append(Problem(rel_path, split.line, split.column, split.message, split.hint))
        return None, problems
    front_matter, body = split
    try:
        mapping = load_mapping(front_matter, line_offset=1)
    except YamlSyntaxError as exc:
        problem(exc.line, exc.column, f"front matter is not valid YAML: {exc.message}",
                "check quoting: a value containing `: ` or starting with `[`, `{`, `*`, `&` or `@` needs quotes")
        return None, problems
    fields = _validate_fields(mapping, settings, problem)
    if fields is None:
        return None, problems
    rendered = render_markdown(body, allow_html=settings.allow_html)
    if not rendered.text.strip():
        problem(len(front_matter.split("\n")) + 2, None, "the article has no body text", "write the article below the closing `---`", "warning")
    summary = fields.pop("summary") or make_summary(rendered.lead, settings.summary_chars)
    slug = fields.pop("slug") or slugify(Path(rel_path).stem, fallback_seed=rel_path)
    article = Article(
        path=rel_path,
        slug=slug,
        summary=summary,
        body_html=rendered.html,
        text=rendered.text,
        headings=rendered.headings,
        reading_minutes=reading_minutes(rendered.text),
        content_hash=content_hash(raw),
        lines={key: line for key, (line, _column) in mapping.positions.items()},
        **fields,
    )
    return article, problems


def _split_front_matter(text: str) -> tuple[str, str] | Problem:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return Problem("", 1, 1, "no front matter: the first line must be `---`", _FENCE_HINT)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:])
    return Problem("", 1, 1, "front matter is never closed: no second `---` line", _FENCE_HINT)


_KNOWN = ("title", "date", "updated", "source", "source_url", "topics", "tags", "summary", "slug", "draft", "related")


def _validate_fields(mapping: YamlMapping, settings: ParseSettings,
                     problem: Callable[..., None]) -> dict[str, Any] | None:
    data = mapping.data
    tz = ZoneInfo(settings.timezone)
    ok = True

    def fail(key: str, message: str, hint: str = "") -> None:
        nonlocal ok
        ok = False
        line, column = mapping.position(key)
        problem(line or 1, column, message, hint)

    title = _scalar_text(data.get("title"))
    if "title" not in data:
        fail("title", "missing `title`", "add a line `title: 文章标题` to the front matter")
    elif not title:
        fail("title", "`title` is empty", "give the article a headline")
    when = None
    if "date" not in data:
        fail("date", "missing `date`", "add `date: 2025-06-14` or `date: 2025-06-14T09:30:00+08:00`")
    else:
        when = _parse_date(data["date"], tz)
        if when is None:
            fail("date", f"`date` is not a date: {data['date']!r}", "use ISO 8601: 2025-06-14 or 2025-06-14T09:30:00+08:00")
    updated = when
    if data.get("updated") is not None:
        updated = _parse_date(data["updated"], tz)
        if updated is None:
            fail("updated", f"`updated` is not a date: {data['updated']!r}", "use ISO 8601, like `date`")
    source_url = _scalar_text(data.get("source_url"))
    if source_url and urlsplit(source_url).scheme not in ("http", "https"):
        fail("source_url", f"`source_url` is not an http(s) URL: {source_url!r}", "write the full address, starting with https://")
    lists = {}
    for key in ("topics", "tags", "related"):
        items = _text_list(data.get(key))
        if items is None:
            fail(key, f"`{key}` must be a list, like `{key}: [a, b]`")
            items = ()
        lists[key] = items
    for related_slug in lists["related"]:
        if not _SLUG.match(related_slug):
            fail("related", f"`related` names {related_slug!r}, which is not a slug", "list the slugs of other articles")
    slug = _scalar_text(data.get("slug"))
    if slug and not _SLUG.match(slug):
        fail("slug", f"`slug` {slug!r} may hold only lowercase letters, digits and single hyphens",
             f"for example `slug: {slugify(slug)}`, or remove it to derive one from the file name")
    draft = data.get("draft", False)
    if not isinstance(draft, bool):
        fail("draft", f"`draft` must be true or false, got {draft!r}")
    if not ok or when is None or updated is None:
        return None
    return {
        "title": title,
        "date": when,
        "updated": max(updated, when),
        "source": _scalar_text(data.get("source")),
        "source_url": source_url,
        "topics": lists["topics"],
        "tags": lists["tags"],
        "summary": " ".join(_scalar_text(data.get("summary")).split()),
        "slug": slug,
        "draft": draft,
        "related": lists["related"],
        "extra": {key: value for key, value in data.items() if key not in _KNOWN},
    }


def _scalar_text(value: Any) -> str:
    if value is None or isinstance(value, (list, dict)):
        return ""
    return str(value).strip()


def _text_list(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(isinstance(item, (list, dict)) for item in value):
        return None
    seen: dict[str, None] = {}
    for item in value:
        text = str(item).strip()
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


def _parse_date(value: Any, tz: ZoneInfo) -> datetime | None:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    else:
        try:
            parsed = datetime.fromisoformat(str(value).strip())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(tz)
