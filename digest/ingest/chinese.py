"""Traditional characters, for matching: the rules' patterns are written in Simplified Chinese,
and a page in Traditional characters (`來源：中央社`, `相關新聞`) must match them just the same."""
from __future__ import annotations

import re
from functools import lru_cache

# one Chinese character (CJK Unified Ideographs and Extension A), and a run of anything else
HAN = re.compile(r"[\u3400-\u9fff]")
NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    return _converter().convert(text)


@lru_cache(maxsize=1)
def traditional_only() -> frozenset[str]:
    """Characters that Simplified Chinese writes differently (about 2,500 of the common ones)."""
    from digest.ingest.decode import common_han

    chars = sorted(common_han())
    converted = simplified("".join(chars))
    if len(converted) != len(chars):  # a phrase-level conversion changed the length: go one by one
        return frozenset(char for char in chars if simplified(char) != char)
    return frozenset(char for char, plain in zip(chars, converted) if plain != char)


@lru_cache(maxsize=1 << 14)
def for_matching(text: str) -> str:
    """The text in Simplified characters when it has Traditional ones (same length in practice),
    else the text itself, at the cost of a set lookup (remembered: several rules ask about the
    same line)."""
    if traditional_only().isdisjoint(text):
        return text
    plain = simplified(text)
    return plain if len(plain) == len(text) else text


# a line set with a space after every character (`二 ○ 一 ○ 年 五 月 十 五 日`, `政 府 制 訂 措 施`: a
# government's press release laid out so)
_LETTER_SPACED = re.compile(r"(?:\S[ \u3000]){5,}\S")


def closed_up(text: str) -> str:
    """A letter-spaced line as it would be printed close; any other text as it is."""
    stripped = text.strip()
    return re.sub(r"[ \u3000]", "", stripped) if _LETTER_SPACED.fullmatch(stripped) else text


def squeezed(text: str) -> str:
    """The text without its spaces (a line laid out with spaces between words is the same line)."""
    return _SPACES.sub("", text)


_SPACES = re.compile(r"\s+")


def shared_pairs(line: str, text: str) -> float | None:
    """The share of a line's character pairs (with a Chinese character in them) that `text`
    has too: a headline's words come back in its article. None when the line has no such pair."""
    pairs = {line[i:i + 2] for i in range(len(line) - 1) if HAN.match(line[i]) or HAN.match(line[i + 1])}
    return sum(1 for pair in pairs if pair in text) / len(pairs) if pairs else None


MIN_MENU_AS_HEADLINE = 12  # (two or three menu words are shorter)
MIN_HEADLINE_WORDS_IN_TEXT = 0.6


def words_in_text(key: str, text: list[str] | str) -> bool:
    """Whether most of a line's words come back in the article's first lines (a headline's do,
    a menu's do not)."""
    key = squeezed(key)
    # (both without their spaces: a text that spaces out every character, `香 港 天 文 台`, shares its pairs too)
    shared = shared_pairs(for_matching(key), for_matching(squeezed("".join(text)))) if len(key) >= MIN_MENU_AS_HEADLINE else None
    return shared is not None and shared >= MIN_HEADLINE_WORDS_IN_TEXT
