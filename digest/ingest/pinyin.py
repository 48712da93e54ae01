"""Rule `pinyin_leaks`: pinyin that a page's ruby annotations leaked into its text.

Sites that annotate characters with their reading (`<ruby>內<rt>nèi</rt></ruby>`) lose the markup
when scraped or converted, and the reading lands in parentheses after the character: `年內(nèi)`,
`業(yè)績(jī)`, `券商中國(guó)`. Such a group follows a Chinese character and holds only pinyin syllables,
at least one with a tone mark; real parentheses (`(AI)`, `（记者 张三）`, `(Tesla)`, `(a)`) do not.
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
_GROUP = re.compile(rf"(?<=[\u3400-\u9fff])[(（] ?(?P<syllables>[{_LETTERS}]{{1,6}}(?:[ ·'][{_LETTERS}]{{1,6}}){{0,3}}) ?[)）]")


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
    for syllable in re.split(r"[ ·']", group):
        plain, marked = _toneless(syllable)
        if plain not in _syllables():
            return False
        toned = toned or marked
    return toned


def remove_pinyin(text: str) -> tuple[str, list[str]]:
    removed: list[str] = []

    def cut(match: re.Match[str]) -> str:
        if not is_leaked_pinyin(match["syllables"]):
            return match.group(0)
        removed.append(match.group(0))
        return ""

    if "(" not in text and "（" not in text:
        return text, removed
    return _GROUP.sub(cut, text), removed


def strip_leaked_pinyin(page: Page, ctx: object) -> Page:
    lines: list[Line] = []
    removals: list[Removal] = []
    for line in page.lines:
        text, removed = remove_pinyin(line.text)
        if removed:
            removals.append(Removal("pinyin_leaks", line.number, " ".join(removed), f"{len(removed)} leaked reading(s)"))
            line = Line(line.number, text, line.heading)
        lines.append(line)
    if not removals:
        return page
    return page.with_lines(lines, removals)
