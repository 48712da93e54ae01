"""Rules `emoji_markers` and `planted_symbols`: marks planted inside words and sentences.

Content farms stamp their copies with a marker such as `大语(😔)言模型` or `业务((💂)涵盖…)`: one
emoji or symbol (or a short sequence) in ASCII or full-width parentheses. The marker goes, the text
around it is joined back, and real parentheses around it are left alone. Emoji are recognised by
their Unicode properties, so any emoji works, including flags, keycaps, skin tones and ZWJ
sequences; symbols by their Unicode blocks (shapes, stars, dingbats), so any of those works too.

Others plant bare runs of such symbols between the words of every sentence
(`过去几年▪◁◇•▼▲,凭借低价补贴▪•★◁◇□、`): `planted_symbols` takes them out when a page carries
several, so that one `5★酒店` or a row of rating stars is left alone.
"""
from __future__ import annotations

import re

import regex

from digest.ingest.model import Line, Page, Removal

MARK_RULES = ("emoji_markers", "planted_symbols")  # (a page they took marks from tells the batch: batch.py)

_EMOJI = r"(?:\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3)"
# Shapes, stars, dingbats, blocks and bullets: the symbols farms plant besides emoji. (Not arrows,
# math, units or the reference mark ※, which texts use; ○ standing for zero stays: `_ZERO`.)
_SYMBOL = r"[\u25A0-\u25FF\u2600-\u26FF\u2700-\u27BF\u2B00-\u2BFF\u2580-\u259F\u2022\u2023\u2043]"
_CLUSTER = r"(?:" + _EMOJI + r"(?:[\uFE0E\uFE0F\u20E3]|\p{Emoji_Modifier}|\u200D" + _EMOJI + r")*|" + _SYMBOL + r"\uFE0F?)"
_SPACE = r"[ \u3000\u00a0]*"
# Brackets of any kind a farm may put around its mark (not quotation marks: `「😂」` quotes).
# At most three emoji: a longer run in brackets is somebody's text, not a stamp.
_OPEN, _CLOSE = r"[(（\[［【〔{｛<〈]", r"[)）\]］】〕}｝>〉]"
_ANY_OPEN = re.compile(_OPEN)
MARKER = regex.compile(
    r"(?P<before>[ \u3000]?)" + _OPEN + _SPACE + _CLUSTER + r"(?:" + _SPACE + _CLUSTER + r"){0,2}" + _SPACE + _CLOSE + r"(?P<after>[ \u3000]?)"
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


_EMPTY = regex.compile(_OPEN + r"[ \u3000]*" + _CLOSE)


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
        if not _ANY_OPEN.search(line.text):
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


# A run of planted symbols (emoji among them) inside a line: something on both sides of it. The
# `=`, `-` and `…` a farm mixes in go with the run (`9■=.9元`, `开店即增长◆-○▽▼☆”`). Only emoji
# shown as emoji: not `®`, `©`, `™`, which texts use as text.
# (a flag is two regional indicators: one emoji, read whole, or the characters around it are not its neighbours)
_SHOWN_EMOJI = (r"(?:\p{Regional_Indicator}{2}|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)"
                r"(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*)")
_BARE = r"(?:" + _SHOWN_EMOJI + "|" + _SYMBOL + r"\uFE0F?)"
PLANTED_RUN = regex.compile(r"(?<=\S)(?:[-=…]*" + _BARE + r")+[-=…]*(?=\S)")
# Every character a run can hold (or be followed by, U+FE0F) lies in these ranges: most pages have
# none, and one search of the page in C tells so.
_MAY_PLANT = re.compile("[\uFE0F\u231A-\u23FF\u2580-\u27BF\u2B00-\u2BFF\u2022\u2023\u2043\U0001F000-\U0001FAFF]")
_ZERO = regex.compile(r"[○◯]+")  # `二○二○年`: the zero Chinese numbers are written with
MIN_PLANTED_RUNS = 4  # fewer is somebody's `5★酒店` or `A•B`; a planting farm leaves dozens
# A symbol's filled and hollow forms are one kind: `★★★☆☆` is a rating, `●●○` a scale, not a mix.
_ONE_KIND = str.maketrans("☆○□△▽◇◁▷♡♤♧♢▫", "★●■▲▼◆◀▶♥♠♣♦▪")


def _planted(run: str, before: str) -> bool:
    """A run that breaks into a word or a clause (after a letter, a digit or a character, not a
    clause mark: `；★11月25日…` is a bullet) and mixes kinds of symbols, as no editor does."""
    kinds = set(regex.sub(r"[-=…\uFE0E\uFE0F\u200D]|\p{Emoji_Modifier}", "", run).translate(_ONE_KIND))
    return before.isalnum() and len(kinds) >= 2


# An emoji between two characters, without brackets: planted inside a word (`大语😔言模型`), or a
# writer's between two words (`好开心😊今天`). The words around it tell which: half of the places a
# farm picks at random cut a word in two (THUCNews, 343 of 656 places), a writer's emoji none; and a
# writer who puts emoji between words also puts them at the end of a clause or a line.
_BARE_EMOJI = regex.compile(r"(?<=\p{Han})" + _SHOWN_EMOJI + r"(?=\p{Han})")
MIN_SPLIT_WORDS = 3
_ANY_EMOJI = regex.compile(_SHOWN_EMOJI)
# Why runs went from a page stuffed with mixed symbols (a farm's page: checks.shuffled_text says so)
STUFFED = "run(s) of symbols planted inside the text"


def stuffed_runs(removals: tuple[Removal, ...]) -> tuple[str, ...]:
    """The runs this rule took out of a page stuffed with mixed symbols (not emoji planted in words)."""
    return tuple(run for removal in removals if removal.rule == "planted_symbols" and removal.why.endswith(STUFFED)
                 for run in removal.text.split(" "))


def _splits_a_word(text: str, start: int, end: int) -> bool:
    """Whether the characters on both sides of text[start:end] make one word once it is gone."""
    import rjieba  # (only for the few pages with emoji between characters)

    left, right = text[max(0, start - 4):start], text[end:end + 4]
    position = 0
    for token in rjieba.cut(left + right):
        if position < len(left) < position + len(token):
            return True
        position += len(token)
    return False


def _emoji_inside_words(lines: tuple[Line, ...], marked: bool = False) -> list[tuple[int, regex.Match[str]]]:
    """The bare emoji that cut a word in two (a writer never does); all of the page's when several
    cut words, a quarter of them at least (a farm that plants at random cuts a word with half of
    them, a writer with none), or when every emoji of the page stands inside its sentences, two or
    more (a writer's also end a clause or a line: `…玩得很开心🎈`), or when the batch is a farm's
    that marks its copies (`marked`: one emoji between two words is its mark, as on its other pages)."""
    bare = [(index, match) for index, line in enumerate(lines) for match in _BARE_EMOJI.finditer(line.text)]
    if bare and marked or len(bare) >= 2 and len(bare) == sum(len(_ANY_EMOJI.findall(line.text)) for line in lines):
        return bare
    split = [(index, match) for index, match in bare if _splits_a_word(lines[index].text, match.start(), match.end())]
    return bare if len(split) >= MIN_SPLIT_WORDS and 4 * len(split) >= len(bare) else split


def strip_planted_symbols(page: Page, ctx: object) -> Page:
    """Runs of symbols or emoji inside the lines, taken out when the page carries several mixed
    ones that break into its words (`_planted`), or emoji that cut its words in two. An editor's
    symbols are one kind and open something (`；★11月25日…`, `。▲图为…`, `口味★★★★`, `勒布朗•詹姆斯`),
    a writer's emoji stand between words and end lines (`好开心😊今天…玩得很开心🎈`): they never make
    a page a planted one (and on a page stuffed with symbols they go with the rest); emoji planted
    inside words go (`_emoji_inside_words`), the page's symbols stay then. On the second pass (the
    batch heard), only a batch that marks its copies has more to say: its lone emoji go."""
    marked = bool(getattr(getattr(ctx, "batch", None), "marked", False))
    if getattr(ctx, "resumed", False) and not marked or not _MAY_PLANT.search(page.text()):
        return page
    found = [(index, match) for index, line in enumerate(page.lines) for match in PLANTED_RUN.finditer(line.text)
             if not _ZERO.fullmatch(match.group())]
    stuffed = sum(1 for index, match in found if _planted(match.group(), page.lines[index].text[match.start() - 1])) >= MIN_PLANTED_RUNS
    why = STUFFED
    if not stuffed:
        found = _emoji_inside_words(page.lines, marked)
        if not found:
            return page
        why = "emoji planted inside words (markers without brackets)"
    runs: dict[int, list[regex.Match[str]]] = {}
    for index, match in found:
        runs.setdefault(index, []).append(match)
    lines = list(page.lines)
    removals = []
    for index, matches in runs.items():
        line = lines[index]
        text = line.text
        for match in reversed(matches):
            text = text[:match.start()] + text[match.end():]
        lines[index] = Line(line.number, text, line.heading)
        removals.append(Removal("planted_symbols", line.number, " ".join(match.group() for match in matches),
                                f"{len(matches)} {why}"))
    return page.with_lines(lines, removals)
