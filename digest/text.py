"""Chinese-aware text helpers: slugs, summaries, reading time."""
from __future__ import annotations

import difflib
import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# CJK ideographs (with extension A and compatibility ideographs), kana and hangul: read per character.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’.\-][A-Za-z0-9\u00c0-\u024f]+)*")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")

# Reading speeds of an adult reader of news: ~400 Chinese characters or ~220 English words a minute.
CJK_CHARS_PER_MINUTE = 400
LATIN_WORDS_PER_MINUTE = 220
MAX_SLUG_LENGTH = 80


@lru_cache(maxsize=65536)
def slugify(text: str, fallback_seed: str = "") -> str:
    """An ASCII, lowercase, hyphenated slug. Chinese is transliterated to toneless pinyin, one
    syllable per hyphenated part (`谷歌出走` -> `gu-ge-chu-zou`), so the slug depends only on
    the text. Text with nothing to transliterate (emoji, punctuation) gets a stable hash."""
    learned = _LEARNED.get(text) if not fallback_seed else None
    if learned is not None:
        return learned
    normalized = unicodedata.normalize("NFKC", text).lower()
    if not normalized.isascii():
        from pypinyin import (  # its dictionaries take ~0.4 s to load: only when needed
            Style,
            lazy_pinyin,
        )

        normalized = " ".join(lazy_pinyin(normalized, style=Style.NORMAL, errors=_keep_non_han))
        normalized = unicodedata.normalize("NFKD", normalized).encode("ascii", "ignore").decode()
    slug = _SLUG_JUNK.sub("-", normalized.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    if slug:
        return slug
    digest = hashlib.sha1((fallback_seed or text).encode("utf-8")).hexdigest()[:8]
    return f"x-{digest}"


# Slugs worked out by other processes of this build (the parse workers slugify the tags and
# topics of their articles): this one then needs no pypinyin, whose dictionaries take ~60 MB.
_LEARNED: dict[str, str] = {}


def learn_slugs(slugs: dict[str, str]) -> None:
    """Take slugs that `slugify` gave in another process (without a fallback seed)."""
    _LEARNED.update(slugs)


def _keep_non_han(chars: str) -> str:
    # lazy_pinyin hands over runs that are not Han: keep them, the caller drops what is not ASCII.
    return chars


def is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


def count_words(text: str) -> tuple[int, int]:
    """(CJK characters, Latin words) in text, each counted its own way."""
    # Runs, not characters: a regex call per run instead of per character (3x faster).
    cjk_runs = _CJK_RUN.findall(text)
    latin = len(_LATIN_WORD.findall(_CJK_RUN.sub(" ", text)))
    return sum(map(len, cjk_runs)), latin


def reading_minutes(text: str) -> int:
    cjk, latin = count_words(text)
    minutes = cjk / CJK_CHARS_PER_MINUTE + latin / LATIN_WORDS_PER_MINUTE
    return max(1, math.ceil(minutes))


# A sentence ends at 。！？ (or !? and a Latin full stop before a space), optionally followed by
# closing quotes or brackets, which belong to the sentence.
_SENTENCE_END = re.compile(r"(?:[。！？!?]+|\.(?=\s))[”’」』》)）\"']*")


def make_summary(text: str, limit: int = 120) -> str:
    """The longest run of whole sentences from the start of `text` within `limit` characters.
    When even the first sentence is longer, cut it at `limit` characters and add an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    best = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > limit:
            break
        best = match.end()
    if best:
        return text[:best].strip()
    return text[:limit].rstrip("，、,;；：: ") + "…"


def did_you_mean(name: object, known: Iterable[object], prefix: str = "") -> str:
    """`did you mean `pagination`? ` for a misspelt name (`prefix` before the suggestion:
    `site.`), or nothing when no known name is close."""
    close = difflib.get_close_matches(str(name), [str(k) for k in known], n=1, cutoff=0.6)
    return f"did you mean `{prefix}{close[0]}`? " if close else ""
