"""Markdown to HTML: CommonMark plus tables, strikethrough, footnotes and heading anchors.

Raw HTML in an article is escaped, never passed through: articles come from scraped pages and
must not be able to inject script into the site.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin

_NOT_ID_CHAR = re.compile(r"[^\w\- ]")


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    text: str


@dataclass(frozen=True)
class RenderedMarkdown:
    html: str
    text: str  # plain text of the prose, blocks separated by newlines
    headings: tuple[Heading, ...]
    lead: str  # the opening paragraphs' text, without headings: what a summary is cut from


# Ids the theme uses for itself; a heading with the same text gets a suffix instead.
RESERVED_IDS = frozenset({"main", "story-heading", "related-heading"})


def heading_id(title: str) -> str:
    """GitHub-style heading ids that keep Chinese characters (valid in HTML5 ids)."""
    slug = _NOT_ID_CHAR.sub("", title.strip().lower()).replace(" ", "-") or "section"
    return slug + "-1" if slug in RESERVED_IDS or slug.startswith("topic-") else slug


@lru_cache(maxsize=2)
def _parser(allow_html: bool = False) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": allow_html, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(footnote_plugin)
    md.use(anchors_plugin, min_level=2, max_level=4, slug_func=heading_id)
    return md


def render_markdown(source: str, allow_html: bool = False) -> RenderedMarkdown:
    """Render Markdown. Raw HTML is escaped unless `allow_html` (the site's `allow_html: true`)."""
    md = _parser(allow_html)
    tokens = md.parse(source)
    html = md.renderer.render(tokens, md.options, {})
    return RenderedMarkdown(html=html, text=_plain_text(tokens), headings=_headings(tokens), lead=_lead(tokens))


def _plain_text(tokens: list[Token]) -> str:
    """Text of paragraphs, headings and list items, for summaries, reading time and search."""
    blocks: list[str] = []
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        parts = [
            " " if child.type in ("softbreak", "hardbreak") else child.content
            for child in token.children
            if child.type in ("text", "code_inline", "softbreak", "hardbreak")
        ]
        text = "".join(parts).strip()
        if text:
            blocks.append(text)
    return "\n".join(blocks)


def _lead(tokens: list[Token], enough: int = 400) -> str:
    """Text of the first paragraphs (not headings, quotes or lists), joined as one passage."""
    lead = ""
    for index, token in enumerate(tokens):
        if token.type == "inline" and index and tokens[index - 1].type == "paragraph_open" and token.level == 1:
            text = "".join(child.content for child in token.children or () if child.type in ("text", "code_inline"))
            lead = join_passages(lead, text.strip())
            if len(lead) >= enough:
                break
    return lead


def join_passages(first: str, second: str) -> str:
    """Join two passages: Chinese runs straight on, Latin text needs a space."""
    if not first or not second:
        return first or second
    if first[-1].isascii() and second[0].isascii():
        return f"{first} {second}"
    return first + second


def _headings(tokens: list[Token]) -> tuple[Heading, ...]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.attrGet("id"):
            inline = tokens[index + 1]
            found.append(Heading(int(token.tag[1]), str(token.attrGet("id")), inline.content))
    return tuple(found)
