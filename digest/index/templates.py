"""Templated series: one text filled in twice is two events, not one reported twice. Price pages
of one camera, a publisher's blurb under two games' promotions, fund launches in one wording:
they share a boilerplate text, and what each fills in up front differs (its numbers, the things
its headline names). Two reports of one event differ the other way round: in their words, not in
what they say. Used by digest.index.stories (through the index state, which knows which words are
rare in the site).

* `filled_differently`: two copies of one text (digest.index.stories: most of the shorter one's
  text in the longer one) that state different numbers in the same place of their headline and
  opening (`佳能7D单机最新售价是9850元` / `...调整至10300元`) are a template filled twice, not a
  reprint. A reprint adds, drops and retitles; it does not put another number where one stood.
* `names_apart`: two articles whose headlines each name rare things (the site's rare words) and
  neither names anything the other's text says outside the passages they share verbatim (a
  blurb listing both games) are about different things, whatever their boilerplate shares.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from digest.index.analysis import prepare_text
from digest.index.stories import NOT_TEXT, SHINGLE_CHARS, run_hashes

HEAD_CHARS = 250  # where a price page states its price: its headline and opening (`7D套机最新价格是14780元`)
ALIGN_CHARS = 400  # ... aligned with this much (a sentence dropped from one opening is no change)
PASSAGE_CHARS = 20  # two texts sharing a run of this many characters share a passage (not a phrase)
RUN_CHARS = SHINGLE_CHARS  # runs are found as shingles, as copies are
# Headlines sharing a word that at most this share of the site's articles use (or this many)
# name one thing, though the word is too common to be a name by itself (a small site's `珠海`).
HEADLINE_SHARE = (1 / 64, 8)
TEXT_CHARS = 1500  # as far as the index reads an article (digest.index.analysis.MAX_TEXT_CHARS)

# A number a template fills in: not part of a name (`rank9`, `32gb`), nor a year or a page's date.
_NUMBER = re.compile(r"(?<![a-z0-9])(?!(?:19|20)\d\d(?:\d{4})?(?![0-9]))\d+(?![a-z0-9])")


@lru_cache(maxsize=4096)
def normalised(title: str, text: str, chars: int = TEXT_CHARS, gap: str = "") -> str:
    """Headline and text as compared here: Simplified, lower case, letters and digits only
    (what separated them as `gap`)."""
    return NOT_TEXT.sub(gap, prepare_text(f"{title}\n{text[:chars]}").lower())


def filled_differently(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two (title, text) copies state different numbers where they differ up front:
    each changed a number of its headline or opening into one the other's opening lacks.
    (A reprint inserts, drops and retitles: its changes bring no number that replaced another.)"""
    a, b = normalised(*first, chars=ALIGN_CHARS, gap=" "), normalised(*second, chars=ALIGN_CHARS, gap=" ")
    heads = len(normalised(*first, chars=HEAD_CHARS, gap=" ")), len(normalised(*second, chars=HEAD_CHARS, gap=" "))
    numbers = _numbers(a[:heads[0]]), _numbers(b[:heads[1]])
    texts = {number for _s, _e, number in numbers[0]}, {number for _s, _e, number in numbers[1]}
    if not (texts[0] - texts[1] and texts[1] - texts[0]):
        return False  # (most copies: then no alignment is needed)
    ours, theirs = set(), set()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal" or (i1 >= heads[0] and j1 >= heads[1]):
            continue
        # (what one side inserts changes nothing of the other's: an empty span touches no number)
        ours |= {number for start, end, number in numbers[0] if start < i2 and i1 < end and i1 < i2}
        theirs |= {number for start, end, number in numbers[1] if start < j2 and j1 < end and j1 < j2}
    return bool(ours - texts[1]) and bool(theirs - texts[0])


def _numbers(text: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), str(int(match.group()))) for match in _NUMBER.finditer(text)]  # 06 is 6


def names_apart(names: tuple[Iterable[str], Iterable[str]], texts: tuple[str, str]) -> bool:
    """Whether two articles, each with rare words in its headline (`names`), name nothing the
    other's text (`texts`, `normalised`) says outside the passages the two share."""
    first, second = ({NOT_TEXT.sub("", name) for name in found} - {""} for found in names)
    if not first or not second or first & second:
        return False
    # Said anywhere in the other's text? Then only a passage the two share may say it.
    if any(_said(name, texts[1]) for name in first) and any(_said(name, _own_text(texts[1], texts[0])) for name in first):
        return False
    return not (any(_said(name, texts[0]) for name in second) and any(_said(name, _own_text(texts[0], texts[1])) for name in second))


def _said(name: str, text: str) -> bool:
    """Whether `text` says a name, or two characters of a longer one (`泸定` for `泸定县`; the
    segmenter also cuts a name short or long: `长孟晚` of `财务长孟晚舟`)."""
    if name in text:
        return True
    return len(name) > 2 and not name.isascii() and any(name[i:i + 2] in text for i in range(len(name) - 1))


def _own_text(text: str, other: str) -> str:
    """`text` with the passages it shares with `other` blanked out."""
    ours, theirs = _runs(text), _runs(other)
    if not len(ours) or not len(theirs):
        return text
    hit = np.isin(ours, theirs)
    if not hit.any():
        return text
    edges = np.flatnonzero(np.diff(np.concatenate([[0], hit.astype(np.int8), [0]])))
    chars = list(text)
    for start, end in zip(edges[::2].tolist(), edges[1::2].tolist()):
        if end - start + RUN_CHARS - 1 >= PASSAGE_CHARS:
            chars[start:end + RUN_CHARS - 1] = " " * (end - start + RUN_CHARS - 1)
    return "".join(chars)


@lru_cache(maxsize=4096)
def _runs(text: str) -> np.ndarray:
    return run_hashes(text)
