"""What the indexer hands to the site index: the topics, tags, related articles and stories it
computed from the articles' content (`ContentFacts`), where each topic and tag came from
(`Provenance`), and what an update changed (`FactsChange`, for patching the site index)."""
from __future__ import annotations

from dataclasses import dataclass, field

from digest.content import Article


@dataclass(frozen=True)
class Provenance:
    """Where an article's topics or tags came from: `manual` (front matter), `auto` (digest,
    with a confidence 0..1) or `none`."""

    source: str
    confidence: float | None = None


MANUAL = Provenance("manual")
NONE = Provenance("none")


@dataclass(frozen=True)
class ContentFacts:
    """Everything computed from the articles' content, by slug."""

    topics: dict[str, tuple[str, ...]]
    topic_source: dict[str, Provenance]
    tags: dict[str, tuple[str, ...]]
    tag_source: dict[str, Provenance]
    related: dict[str, tuple[tuple[str, float], ...]]  # computed only: (slug, content similarity), best first
    stories: list[list[str]]  # groups of slugs, earliest first


@dataclass
class FactsChange:
    """What the last `Indexer.facts` call changed (for patching the site index)."""

    full: bool = True  # everything may have changed
    count: int = 0  # articles with distinct slugs
    articles: set[str] = field(default_factory=set)  # slugs whose Article changed, came or went
    topics: set[str] = field(default_factory=set)  # slugs whose topics (or their source) changed
    tags: set[str] = field(default_factory=set)
    related: set[str] = field(default_factory=set)
    stories: bool = False
    current: dict[str, Article | None] = field(default_factory=dict)  # the changed slugs' articles now
    content: bool = False  # an article came, went or changed (not only a new object for the same file)
