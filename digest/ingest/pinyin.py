"""Rule `pinyin_leaks`: pinyin that a page's ruby annotations leaked into its text.

Sites that annotate characters with their reading (`<ruby>內<rt>nèi</rt></ruby>`) lose the markup
when scraped or converted, and the reading lands in parentheses after the character: `年內(nèi)`,
`業(yè)績(jī)`, `券商中國(guó)`. Such a group follows a Chinese character and holds only pinyin syllables,
at least one with a tone mark; real parentheses (`(AI)`, `（记者 张三）`, `(Tesla)`, `(a)`) do not.
On a page full of readings without tone marks, those are leaks too (`_toneless_page`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from digest.ingest.model import Line, Page, Removal

_INITIALS = ("", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r",
             "z", "c", "s", "y", "w")
_FINALS = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie", "iao",
           "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng",
           "ü", "üe", "üan", "ün", "ue", "v", "ve", "n", "ng", "m")
_TONE_MARKS = "\u0300\u0301\u030c\u0304"  # grave, acute, caron, macron (the diaeresis of ü stays)
_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# a Han character, then a group of one to four syllables in ASCII or full-width parentheses
# (a word's syllables may come glued, `时刻(shíkè)`: up to four in one group, however spaced)
_GROUP = re.compile(rf"(?<=[\u3400-\u9fff])[(（] ?(?P<syllables>[{_LETTERS}]{{1,24}}(?:[ ·'][{_LETTERS}]{{1,6}}){{0,3}}) ?[)）]")
MAX_SYLLABLES = 4
MAX_REPEATS = 3


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(initial + final for initial in _INITIALS for final in _FINALS)


def _toneless(syllable: str) -> tuple[str, bool]:
    """The syllable without tone marks, and whether it had one."""
    decomposed = unicodedata.normalize("NFD", syllable)
    plain = "".join(char for char in decomposed if char not in _TONE_MARKS)
    return unicodedata.normalize("NFC", plain), len(plain) != len(decomposed)


def is_leaked_pinyin(group: str) -> bool:
    """`nèi`, `guó`, `yè jì`: pinyin syllables, at least one tone-marked."""
    toned = False
    count = 0
    for syllable in re.split(r"[ ·']", group):
        plain, marked = _toneless(syllable)
        if plain in _syllables():
            toned, count = toned or marked, count + 1
            continue
        glued = _glued(syllable)  # `shíkè`: a word's syllables without a space, each with its tone
        if not glued:
            return False
        toned, count = True, count + glued
    return toned and count <= MAX_SYLLABLES


def _glued(word: str) -> int:
    """How many tone-marked syllables `word` is made of (`shíkè`: 2), one neutral one allowed; 0 if
    it is no such run."""
    marks = [_toneless(char) for char in word]
    plain = "".join(char for char, _ in marks)
    best: dict[int, tuple[int, int]] = {0: (0, 0)}  # end -> (syllables, unmarked ones)
    for end in range(1, len(plain) + 1):
        for start in range(max(0, end - 6), end):
            if start in best and plain[start:end] in _syllables():
                marked = sum(flag for _, flag in marks[start:end])
                if marked > 1:
                    continue
                count, unmarked = best[start]
                candidate = (count + 1, unmarked + (marked == 0))
                if candidate[1] <= 1 and (end not in best or candidate < best[end]):
                    best[end] = candidate
    count, unmarked = best.get(len(plain), (0, 0))
    return count if count >= 2 and unmarked < count else 0


def _toneless_reading(group: str) -> bool:
    """`ri`, `dian`, `ye ji`: syllables of two letters or more, none tone-marked (`(m)`, a unit, is none)."""
    syllables = re.split(r"[ ·']", group)
    return len(syllables) <= MAX_SYLLABLES and all(len(s) >= 2 and s in _syllables() for s in syllables)


# Some pages leak their readings without tone marks (`經濟日(ri)報`, `點(dian)擊數`): a reading
# alone proves nothing (a pun glosses a word with another's, `意（hai)犹(mei)未(guo)尽(gou)`), so
# toneless groups count as leaks only on a page full of them, as no writer glosses
MIN_TONELESS_GROUPS, MIN_TONELESS_SYLLABLES = 10, 8


def _toneless_page(texts: list[str]) -> bool:
    groups = [match["syllables"] for text in texts if "(" in text or "（" in text  # (a cheap test first, as remove_pinyin's)
              for match in _GROUP.finditer(text) if _toneless_reading(match["syllables"])]
    return len(groups) >= MIN_TONELESS_GROUPS and len(set(groups)) >= MIN_TONELESS_SYLLABLES


def remove_pinyin(text: str, toneless: bool = False) -> tuple[str, list[str]]:
    removed: list[str] = []

    def cut(match: re.Match[str]) -> str:
        if not (is_leaked_pinyin(match["syllables"]) or toneless and _toneless_reading(match["syllables"])):
            return match.group(0)
        removed.append(match.group(0))
        return ""

    if "(" not in text and "（" not in text:
        return text, removed
    for _ in range(MAX_REPEATS):  # (`國(guo)(guo)`: a reading printed twice shows once a group goes)
        count = len(removed)
        text = _GROUP.sub(cut, text)
        if len(removed) == count:
            break
    return text, removed


def strip_leaked_pinyin(page: Page, ctx: object) -> Page:
    lines: list[Line] = []
    removals: list[Removal] = []
    toneless = _toneless_page([line.text for line in page.lines])
    for line in page.lines:
        text, removed = remove_pinyin(line.text, toneless)
        if removed:
            removals.append(Removal("pinyin_leaks", line.number, " ".join(removed), f"{len(removed)} leaked reading(s)"))
            line = Line(line.number, text, line.heading)
        lines.append(line)
    if not removals:
        return page
    return page.with_lines(lines, removals)
