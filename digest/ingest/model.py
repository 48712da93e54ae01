"""The plain data that flows through ingest: a page being cleaned, and what was found on it.

A `Page` is frozen: every rule takes one and returns a new one, adding what it removed to
`removals` so that nothing leaves the text without a record of which rule took it and why.
"""
from __future__ import annotations

import dataclasses
import operator
from dataclasses import dataclass, field
from typing import Any, TypeVar

_T = TypeVar("_T")


def plain_pickle(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass as its class and field values: several times quicker than the
    default (a dict of state set attribute by attribute), and a batch sends every page and article
    between processes."""
    names = tuple(item.name for item in dataclasses.fields(cls))  # type: ignore[arg-type]
    values = operator.attrgetter(*names)
    if len(names) == 1:
        cls.__reduce__ = lambda self: (cls, (values(self),))  # type: ignore[method-assign,assignment]
    else:
        cls.__reduce__ = lambda self: (cls, values(self))  # type: ignore[method-assign,assignment]
    return cls


@plain_pickle
@dataclass(frozen=True)
class Line:
    number: int  # 1-based line of the decoded input (of the extracted text, for HTML)
    text: str
    heading: bool = False  # a section heading, written as `## text`


@plain_pickle
@dataclass(frozen=True)
class Removal:
    rule: str
    line: int
    text: str  # exactly what was taken out
    why: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "line": self.line, "text": self.text, "why": self.why}


@plain_pickle
@dataclass(frozen=True)
class Found:
    """A piece of metadata and where it came from."""

    field: str  # title, source, source_url, author, date
    value: str
    line: int | None
    evidence: str

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "line": self.line, "from": self.evidence}


@plain_pickle
@dataclass(frozen=True)
class BlockItem:
    title: str
    teaser: str = ""
    date: str = ""  # ISO date
    views: int | None = None
    duration: str = ""  # video length shown before a headline, `02:34`
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "line": self.line}
        for key in ("teaser", "date", "duration"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.views is not None:
            data["views"] = self.views
        return data


@plain_pickle
@dataclass(frozen=True)
class Block:
    """A related-links or related-news block: not article text, kept as records."""

    header: str
    line: int
    items: tuple[BlockItem, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"header": self.header, "line": self.line, "items": [item.as_dict() for item in self.items]}


@plain_pickle
@dataclass(frozen=True)
class Warning:
    check: str
    line: int | None
    message: str
    serious: bool = False  # the article is written as a draft for a person to look at

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "line": self.line, "message": self.message, "serious": self.serious}

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.message}"


@plain_pickle
@dataclass(frozen=True)
class HtmlMeta:
    """What the HTML extractor found outside the text."""

    title: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    sitename: str = ""
    source: str = ""  # the publisher its <meta> tags name (extract.meta_source)


@plain_pickle
@dataclass(frozen=True)
class Page:
    name: str  # the input's file name, for messages
    lines: tuple[Line, ...]
    removals: tuple[Removal, ...] = ()
    found: tuple[Found, ...] = ()
    blocks: tuple[Block, ...] = ()
    html: HtmlMeta | None = None
    spam_tokens: tuple[str, ...] = ()  # tokens a rule found planted on this page
    stamps: tuple[str, ...] = ()  # first words of lines that carried an emoji marker right after them
    # (token, lines it opens, other mentions) of line openings too weak to count on this page alone
    token_hints: tuple[tuple[str, int, int], ...] = ()

    def replace(self, **changes: Any) -> Page:
        return dataclasses.replace(self, **changes)

    def with_lines(self, lines: list[Line] | tuple[Line, ...], removals: list[Removal] = (), **changes: Any) -> Page:  # type: ignore[assignment]
        return dataclasses.replace(self, lines=tuple(lines), removals=self.removals + tuple(removals), **changes)

    def first(self, field_name: str) -> Found | None:
        return next((found for found in self.found if found.field == field_name), None)

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# a title's evidence when the page has no headline line (its first sentence or its file name stands in)
STAND_IN_TITLES = ("the first sentence", "the file name")


@plain_pickle
@dataclass(frozen=True)
class DateGuess:
    value: str  # ISO date or date-time
    confidence: str  # stated, high, medium, low, none
    evidence: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": self.confidence, "evidence": list(self.evidence)}


@plain_pickle
@dataclass(frozen=True)
class CleanArticle:
    """One input, cleaned: everything needed to write the article and report on it."""

    name: str
    title: str
    date: DateGuess
    source: str
    source_url: str
    author: str
    body: str  # Markdown
    headings: tuple[str, ...]
    slug: str
    removals: tuple[Removal, ...]
    found: tuple[Found, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[Warning, ...]
    encoding: str
    kind: str  # text or html
    sketch: tuple[int, ...] = field(default=(), compare=False)  # near-duplicate fingerprint
    spam_tokens: tuple[str, ...] = ()
    # its part of the JSON report, made where it was cleaned (in a worker): the report is
    # written in one process at the end of a batch
    report_json: str = field(default="", compare=False)

    @property
    def headline(self) -> str | None:
        """The page's own headline, or None when the title only stands in for one."""
        found = next((found for found in self.found if found.field == "title"), None)
        return None if found is not None and found.evidence.startswith(STAND_IN_TITLES) else self.title

    @property
    def draft(self) -> bool:
        return any(warning.serious for warning in self.warnings)
