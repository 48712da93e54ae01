"""What a build is asked to do and what it reports: plain data, light to import, so the CLI
can answer a no-change build before loading the heavy parts of digest."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from digest.config import Config
from digest.errors import Problem

if TYPE_CHECKING:
    from digest.search import IndexReport


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False  # include articles marked `draft: true`
    future: bool = False  # include articles dated in the future
    base_url: str | None = None  # overrides digest.yaml's base_url
    use_cache: bool = True  # read and update .digest-cache/ (parsed articles by content hash)


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    bytes_written: int = 0
    restored: int = 0  # linked back from the output store (.digest-cache/site/), not rendered


    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed or self.restored)


@dataclass
class BuildResult:
    config: Config
    problems: list[Problem] = field(default_factory=list)
    articles: int = 0
    files: int = 0
    stats: WriteStats | None = None
    search: IndexReport | None = None  # None when the search index was not (re)built
    seconds: float = 0.0
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (reason, path): drafts, future, not Markdown

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors
