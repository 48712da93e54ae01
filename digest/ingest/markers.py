"""Rule `emoji_markers`: emoji planted in parentheses inside words and sentences.

Content farms stamp their copies with a marker such as `大语(😔)言模型` or `业务((💂)涵盖…)`: one
emoji (or a short sequence) in ASCII or full-width parentheses. The marker goes, the text around
it is joined back, and real parentheses around it are left alone. Emoji are recognised by their
Unicode properties, so any emoji works, including flags, keycaps, skin tones and ZWJ sequences.
"""
from __future__ import annotations

import regex

from digest.ingest.model import Line, Page, Removal

_EMOJI = r"(?:\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3)"
_CLUSTER = _EMOJI + r"(?:[\uFE0E\uFE0F\u20E3]|\p{Emoji_Modifier}|\u200D" + _EMOJI + r")*"
_SPACE = r"[ \u3000\u00a0]*"
# At most three emoji: a longer run in parentheses is somebody's text, not a stamp.
MARKER = regex.compile(
    r"(?P<before>[ \u3000]?)[(（]" + _SPACE + _CLUSTER + r"(?:" + _SPACE + _CLUSTER + r"){0,2}" + _SPACE + r"[)）](?P<after>[ \u3000]?)"
)


def remove_markers(text: str) -> tuple[str, list[str]]:
    """Text without its emoji markers, and the markers taken out (in order). Nested markers,
    `(🥚(🚜))` or `((🌈)🚆)`, are taken from the inside out until none is left."""
    removed: list[str] = []
    original = text
    while True:
        current = text

        def cut(match: regex.Match[str]) -> str:  # called within this pass only
            removed.append(match.group(0).strip(" \u3000"))
            return _gap(current, match)  # noqa: B023

        text = MARKER.sub(cut, current)
        if text == current:
            break
    if removed and _EMPTY.search(text) and not _EMPTY.search(original):
        text = _EMPTY.sub("", text)  # `((☔)(🌂))`: the pair that held only markers goes too
    return text, removed


_EMPTY = regex.compile(r"[(（][ \u3000]*[)）]")


_LEADING_WORD = regex.compile(r"^[\p{Han}A-Za-z0-9]{1,12}$")
_BULLET = regex.compile(r"^[-*•·▪●○◆◇■□▶►>→»]+[ \u3000]*")


def _gap(text: str, match: regex.Match[str]) -> str:
    """What replaces a marker: nothing inside a word, one space where there was one between words."""
    before, after = match.group("before"), match.group("after")
    start, end = match.start(), match.end()
    if not (before or after) or start == 0 or end == len(text):
        return ""
    if before and after:
        return " "
    if after and _LEADING_WORD.match(text[:start]):
        return " "  # `词(🏮) 正文`: the space after a line's first word separates it, keep it
    if _is_cjk(text[start - 1]) or _is_cjk(text[end]):
        return ""
    return " "


def _is_cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


def stamped_word(text: str) -> str | None:
    """The line's first word when an emoji marker and a space follow it (`词(🏮) 正文`): a stamp,
    not a marker inside a word (`大语(😔)言`)."""
    match = MARKER.search(text)
    if not match or not match.group("after"):
        return None
    bullet = _BULLET.match(text)
    word = text[bullet.end() if bullet else 0:match.start()]  # a related-news item: `- 词(🏮) 标题`
    return word if word and _LEADING_WORD.match(word) else None


def strip_emoji_markers(page: Page, ctx: object) -> Page:
    lines: list[Line] = []
    removals: list[Removal] = []
    stamps: list[str] = []
    for line in page.lines:
        if "(" not in line.text and "（" not in line.text:
            lines.append(line)
            continue
        word = stamped_word(line.text)
        if word:
            stamps.append(word)
        text, removed = remove_markers(line.text)
        if removed:
            removals.append(Removal("emoji_markers", line.number, " ".join(removed), f"{len(removed)} emoji marker(s)"))
            if text.strip():
                lines.append(Line(line.number, text.strip(), line.heading))
        else:
            lines.append(line)
    return page.with_lines(lines, removals, stamps=page.stamps + tuple(stamps))
