"""Site settings from `digest.yaml`, validated into a typed, frozen `Config`."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Callable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.errors import Problem
from digest.text import did_you_mean, slugify
from digest.yamlfile import YamlMapping, YamlSyntaxError, load_mapping

CONFIG_FILE = "digest.yaml"


@dataclass(frozen=True)
class Topic:
    name: str
    slug: str
    description: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    root: Path
    title: str = "新闻摘要"
    description: str = ""
    base_url: str = "http://127.0.0.1:8000/"
    language: str = "zh-CN"
    timezone: str = "Asia/Shanghai"
    author: str = ""
    topics: tuple[Topic, ...] = ()
    pagination: int = 20  # articles per listing page; 0 lists everything on one page
    feed_items: int = 20
    related_count: int = 5
    home_per_topic: int = 6
    summary_chars: int = 120
    allow_html: bool = False  # pass raw HTML in articles through (off: scraped text must not inject script)
    search: bool = True  # a search page and digest's search index of the articles, built with the site
    ingest: dict[str, Any] = field(default_factory=dict)  # settings of `digest ingest`, checked there
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def base_path(self) -> str:
        """The URL path the site lives under: `/` at a host's root, `/digest/` under a sub-path."""
        return urlsplit(self.base_url).path or "/"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    # The project's folders, below its root.
    content_dir = property(lambda self: self.root / "content")
    templates_dir = property(lambda self: self.root / "templates")
    static_dir = property(lambda self: self.root / "static")
    output_dir = property(lambda self: self.root / "site")

    def topic_by_name(self) -> dict[str, Topic]:
        return {topic.name: topic for topic in self.topics}


def find_project(start: Path) -> Path | None:
    """The site folder: `start` itself or the nearest folder above it with a digest.yaml, so
    digest works from content/ or any folder inside a site. None when there is none."""
    if (start / CONFIG_FILE).is_file():
        return start
    if not start.is_dir():
        return None
    return next((folder for folder in start.resolve().parents if (folder / CONFIG_FILE).is_file()), None)


def normalize_base_url(value: str) -> str:
    """Absolute http(s) URL ending in `/`; raises ValueError with the reason."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an absolute http(s) URL, got {value!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"base_url must not have a query or fragment, got {value!r}")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


def load_config(root: Path, base_url: str | None = None) -> tuple[Config, list[Problem]]:
    """Read `root/digest.yaml`. Returns the config (defaults where the file is silent or wrong)
    and every problem found; the caller decides whether errors stop the build."""
    path = root / CONFIG_FILE
    problems: list[Problem] = []
    config = Config(root=root)
    if not path.is_file():
        problems.append(Problem(CONFIG_FILE, None, None, "no digest.yaml in " + str(root),
                                "run `digest init DIR` to create a site, or pass -C DIR"))
        return config, problems
    try:
        mapping = load_mapping(path.read_text(encoding="utf-8-sig"))
    except (YamlSyntaxError, UnicodeDecodeError) as exc:
        line = getattr(exc, "line", None)
        column = getattr(exc, "column", None)
        problems.append(Problem(CONFIG_FILE, line, column, f"invalid YAML: {exc}",
                                "fix the syntax; `key: value`, one per line"))
        return config, problems
    config = _build_config(root, mapping, problems)
    if base_url is not None:
        try:
            config = dataclasses.replace(config, base_url=normalize_base_url(base_url))
        except ValueError as exc:
            problems.append(Problem("--base-url", None, None, str(exc), "e.g. --base-url https://example.org/digest/"))
    return config, problems


def _build_config(root: Path, mapping: YamlMapping, problems: list[Problem]) -> Config:
    values: dict[str, Any] = {}

    def report(key: str, message: str, hint: str = "", severity: str = "error") -> None:
        line, column = mapping.position(key)
        problems.append(Problem(CONFIG_FILE, line, column, message, hint, severity))  # type: ignore[arg-type]

    for duplicate in mapping.duplicates():
        problems.append(Problem(CONFIG_FILE, duplicate.line, duplicate.column,
                                f"`{duplicate.key}` is set twice (lines {duplicate.first_line} and {duplicate.line})",
                                "keep one of them: YAML would silently use the last"))
    for key, raw in mapping.data.items():
        parser = _FIELDS.get(key)
        if parser is None:
            line, column = mapping.key_position(key)
            problems.append(Problem(CONFIG_FILE, line, column, f"unknown setting `{key}` (ignored)",
                                    did_you_mean(key, _FIELDS) + f"known settings: {', '.join(sorted(_FIELDS))}; "
                                    "put your own under `extra:`", "warning"))
            continue
        try:
            values[key] = parser(raw)
        except ValueError as exc:
            report(key, f"`{key}`: {exc}")
    if "timezone" in values:
        try:
            ZoneInfo(values["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            report("timezone", f"unknown timezone {values.pop('timezone')!r}", "use an IANA name such as Asia/Shanghai")
    topics = values.get("topics", ())
    seen: dict[str, str] = {}
    for topic in topics:
        if topic.slug in seen:
            report("topics", f"topics {seen[topic.slug]!r} and {topic.name!r} share the slug {topic.slug!r}", "give one of them its own `slug:`")
        seen[topic.slug] = topic.name
    return Config(root=root, **values)


def _text(raw: Any) -> str:
    if isinstance(raw, (dict, list)) or raw is None:
        raise ValueError(f"expected text, got {type(raw).__name__ if raw is not None else 'nothing'}")
    return str(raw)


def _count(minimum: int) -> Callable[[Any], int]:
    def parse(raw: Any) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < minimum:
            raise ValueError(f"expected a whole number of at least {minimum}, got {raw!r}")
        return raw
    return parse


def _pagination(raw: Any) -> int:
    if raw is False:
        return 0
    return _count(1)(raw)


def _topics(raw: Any) -> tuple[Topic, ...]:
    if not isinstance(raw, list):
        raise ValueError("expected a list of topics (`- name: 人工智能` with optional slug, description, keywords)")
    topics = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not item.get("name"):
            raise ValueError(f"each topic needs a `name`, got {item!r}")
        name = str(item["name"])
        keywords = item.get("keywords") or []
        if not isinstance(keywords, list):
            raise ValueError(f"topic {name!r}: keywords must be a list")
        slug = str(item.get("slug") or slugify(name))
        if slugify(slug) != slug:
            raise ValueError(f"topic {name!r}: slug {slug!r} must be lowercase ASCII letters, digits and hyphens")
        topics.append(Topic(name=name, slug=slug, description=str(item.get("description") or ""),
                            keywords=tuple(str(k) for k in keywords)))
    return tuple(topics)


def _extra(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ValueError("expected a mapping of your own settings, passed to templates as site.extra")
    return raw


def _mapping(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError("expected a mapping of `key: value` settings")
    return raw


def _flag(raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise ValueError(f"expected true or false, got {raw!r}")
    return raw


_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "description": _text,
    "base_url": lambda raw: normalize_base_url(_text(raw)),
    "language": _text,
    "timezone": _text,
    "author": _text,
    "topics": _topics,
    "pagination": _pagination,
    "feed_items": _count(1),
    "related_count": _count(0),
    "home_per_topic": _count(1),
    "summary_chars": _count(20),
    "allow_html": _flag,
    "search": _flag,
    "ingest": _mapping,
    "extra": _extra,
}
