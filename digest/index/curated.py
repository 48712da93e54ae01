"""The tags people gave, counted by lowercase key, so that extracted tags prefer them and spell
them the same way (part of the index state)."""
from __future__ import annotations

import numpy as np

from digest.index.analysis import term_hashes
from digest.index.vectors import TermTable


class CuratedTags:
    """The tags people gave, by lowercase key: each spelling and how many articles use it, the
    spelling most use, and (by term number) which terms are such a tag, so that extracted tags
    prefer them and spell them the same way."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}  # key -> spelling -> articles
        self.spelling: dict[str, str] = {}  # key -> the spelling most use
        self.terms = np.zeros(0, dtype=bool)  # by term number
        self.hashes: dict[int, str] = {}  # term hash -> key

    def count(self, tags: tuple[str, ...], sign: int) -> set[str]:
        """Count an article's tags in (+1) or out (-1); returns their keys."""
        touched = set()
        for tag in tags:
            key = tag.lower()
            spellings = self.counts.setdefault(key, {})
            spellings[tag] = spellings.get(tag, 0) + sign
            if not spellings[tag]:
                del spellings[tag]
            if not spellings:
                del self.counts[key]
            touched.add(key)
        return touched

    def refresh(self, keys: set[str], table: TermTable) -> set[str]:
        """Recompute the spelling of `keys`; returns those whose spelling changed."""
        changed = set()
        for key in keys:
            spellings = self.counts.get(key)
            spelling = min(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0] if spellings else None
            if spelling != self.spelling.get(key):
                changed.add(key)
                if spelling is None:
                    del self.spelling[key]
                else:
                    self.spelling[key] = spelling
        if changed:
            self._mark(sorted(changed), table)
        return changed

    def _mark(self, keys: list[str], table: TermTable) -> None:
        self.grow(table.size)
        for key, key_hash in zip(keys, term_hashes(keys).tolist()):
            if key in self.spelling:
                self.hashes[key_hash] = key
            else:
                self.hashes.pop(key_hash, None)
            number = table.number.get(key_hash)
            if number is not None:
                self.terms[number] = key in self.spelling

    def mark_new_terms(self, table: TermTable, before: int) -> None:
        """Terms numbered since the table had `before`: mark the curated ones."""
        self.grow(table.size)
        if self.hashes and table.size > before:
            for number, key in enumerate(table.keys[before:table.size].tolist(), start=before):
                if key in self.hashes:
                    self.terms[number] = True

    def grow(self, size: int) -> None:
        if len(self.terms) < size:
            grown = np.zeros(max(size, 2 * len(self.terms), 1024), dtype=bool)
            grown[:len(self.terms)] = self.terms
            self.terms = grown
