"""Fingerprints of what a page is rendered from, so a page whose inputs did not change is not
rendered again. Conservative by construction: a fingerprint covers every value reachable from
the page's context (an article by its content hash, which covers its front matter and body)."""
from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import Any
from collections.abc import Callable

from digest.content import Article
from digest.index import Month, Story, Term

# The index's own values: immutable, and kept from build to build by a patched index.
LASTING: tuple[type, ...] = (Article, Term, Month, Story)


def digest_text(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=16).hexdigest()  # (shared with shortcut.py)


class Fingerprinter:
    """Fingerprints values; composite objects are memoised by identity, which is sound because
    the index and everything in it are immutable for the life of one build."""

    def __init__(self, article_fields: tuple[str, ...] | None = None, lasting: tuple[type, ...] = LASTING) -> None:
        """With `article_fields`, an article counts only by those attributes (the ones the
        page's templates read); without, by its content hash, which covers all of them.
        `lasting`: the types whose values live from build to build (see carried_over)."""
        self.article_fields = article_fields
        self.lasting = lasting
        self._memo: dict[int, tuple[Any, str]] = {}  # values of this build's page contexts
        self._lasting: dict[int, tuple[Any, str]] = {}  # the index's own objects (see carried_over)
        self._live_count = 0  # how many of them were live when the memo was last pruned

    def __call__(self, value: Any) -> str:
        hit = self._lasting.get(id(value))  # (the index's objects first: most values asked for)
        if hit is not None and hit[0] is value:
            return hit[1]
        if value is None or isinstance(value, (str, int, float, bool)):
            return f"{type(value).__name__}:{value}"
        if isinstance(value, (datetime, date)):
            return f"t:{value.isoformat()}"
        key = id(value)
        memo = self._lasting if isinstance(value, self.lasting) else self._memo
        hit = memo.get(key)
        if hit is not None and hit[0] is value:
            return hit[1]
        result = self._composite(value)
        # Keep a reference to the value so its id is not reused by another object meanwhile.
        memo[key] = (value, result)
        return result

    def carried_over(self, live: Callable[[], list[Any]]) -> Fingerprinter:
        """A fingerprinter for the next build (digest serve) that still knows the index's own
        objects: the articles of unchanged files, and the terms, months and stories an edit did
        not touch, are the very same (immutable) objects from build to build. The values of page
        contexts are not kept, and the index's objects only while they are `live` (checked once
        the memo holds twice as many: an edit replaces a few of them), so the memo stays the size
        of the site."""
        carried = Fingerprinter(self.article_fields, self.lasting)
        carried._lasting = self._lasting
        if len(self._lasting) > 2 * self._live_count + 100:
            ids = set(map(id, live()))
            carried._lasting = {key: self._lasting[key] for key in ids & self._lasting.keys()}
            carried._live_count = len(ids)
        else:
            carried._live_count = self._live_count
        return carried

    def _composite(self, value: Any) -> str:
        if isinstance(value, Article):
            if self.article_fields is None:
                return digest_text("A", value.path, value.content_hash)
            return digest_text("A", value.path, *(self(getattr(value, name, None)) for name in self.article_fields))
        if isinstance(value, dict):
            return digest_text("d", *(f"{self(k)}={self(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))))
        if isinstance(value, (list, tuple)):
            # (A listing's thousands of entries and articles are mostly remembered: looked up here
            # first, the same strings `self` gives, without a call for each.)
            hits = list(map(self._lasting.get, map(id, value)))  # (loops in C)
            if None in hits:  # the others, one by one
                for at in compress(range(len(hits)), map(is_, hits, repeat(None))):
                    hits[at] = (value[at], self(value[at]))
            if not all(map(is_, map(_VALUE, hits), value)):
                return digest_text("l", *(self(item) for item in value))
            return digest_text("l", *map(_FINGERPRINT, hits))
        if isinstance(value, (set, frozenset)):
            return digest_text("l", *(self(item) for item in sorted(value, key=repr)))
        names = _field_names(type(value))
        if names is not None:
            return digest_text(type(value).__name__, *(self(getattr(value, name)) for name in names))
        raise TypeError(f"cannot fingerprint a {type(value).__name__}; make it a dataclass")


_VALUE, _FINGERPRINT = itemgetter(0), itemgetter(1)  # of a memo's entries
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The attributes that make up a value: a dataclass's fields, or `fingerprint_fields`."""
    if cls not in _FIELD_NAMES:
        if dataclasses.is_dataclass(cls):
            _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
        else:
            _FIELD_NAMES[cls] = getattr(cls, "fingerprint_fields", None)
    return _FIELD_NAMES[cls]
