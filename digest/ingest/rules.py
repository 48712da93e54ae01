"""The cleaner: an ordered list of named rules, each switchable in digest.yaml.

    ingest:
      rules:
        fullwidth_punctuation: true   # on (off by default)
        headings: false               # leave bare short lines as paragraphs

Every rule is a function `(Page, RuleContext) -> Page` that returns a new page and records what
it took out; the order matters (an emoji marker can hide a planted token, a planted token a
block header) and is the order below.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable

from digest.ingest.blocks import cut_related_blocks
from digest.ingest.boilerplate import remove_boilerplate_patterns, remove_repeated_lines
from digest.ingest.catalog import RULE_INFO
from digest.ingest.layout import remove_page_furniture
from digest.ingest.line_model import remove_model_furniture
from digest.ingest.markers import strip_emoji_markers, strip_planted_symbols
from digest.ingest.metadata import take_metadata_lines
from digest.ingest.model import Page
from digest.ingest.normalize import (
    drop_empty_markup,
    drop_invisible,
    split_escaped_breaks,
    split_markup_breaks,
    tidy_spaces,
    unescape_entities,
)
from digest.ingest.pinyin import strip_leaked_pinyin
from digest.ingest.spam import strip_spam_tokens
from digest.ingest.typography import fullwidth_punctuation, mark_headings


@dataclass(frozen=True)
class BatchStats:
    """What the whole batch taught: tokens planted on several pages, lines on many stories."""

    spam_tokens: frozenset[str] = frozenset()
    boilerplate: frozenset[str] = frozenset()  # line keys (boilerplate.line_key)
    farm: bool = False  # many pages were found stamped: a content farm's batch
    marked: bool = False  # many pages carried planted marks (emoji, symbols): a farm that marks its copies


@dataclass(frozen=True)
class RuleContext:
    batch: BatchStats = field(default_factory=BatchStats)
    resumed: bool = False  # the page comes from the survey: the rules up to spam_tokens ran on it


@dataclass(frozen=True)
class Rule:
    name: str
    apply: Callable[[Page, RuleContext], Page]
    summary: str
    default: bool = True


_APPLY: dict[str, Callable[[Page, RuleContext], Page]] = {
    "escaped_breaks": split_escaped_breaks,
    "markup_tags": split_markup_breaks,
    "html_entities": unescape_entities,
    "invisible_chars": drop_invisible,
    "empty_markup": drop_empty_markup,
    "spaces": tidy_spaces,
    "emoji_markers": strip_emoji_markers,
    "planted_symbols": strip_planted_symbols,
    "pinyin_leaks": strip_leaked_pinyin,
    "spam_tokens": strip_spam_tokens,
    "related_blocks": cut_related_blocks,
    "metadata_lines": take_metadata_lines,
    "boilerplate_patterns": remove_boilerplate_patterns,
    "boilerplate_repeated": remove_repeated_lines,
    "page_furniture": remove_page_furniture,
    "headings": mark_headings,
    "line_model": remove_model_furniture,
    "fullwidth_punctuation": fullwidth_punctuation,
}
RULES: tuple[Rule, ...] = tuple(Rule(name, _APPLY[name], summary, default) for name, summary, default in RULE_INFO)
TITLE_AFTER = "page_furniture"  # the title is taken once this rule has run (or would have)
