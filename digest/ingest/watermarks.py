"""A forum's watermark: runs of random signs and letters (`' Z% l0 j. o! k9 b`) that forum software
hides between a post's lines to spoil copying, printed by a scraper as lines of their own, as a
row with the forum's host in it, or run into the line of text after them (`" l# ]" f$ T6 P据媒体报导…`).
A page is watermarked when three lines or more carry such runs (or a forum's jammer, the same
without spaces: `bg^<e}{<H`); then the lines of it go. (The runs glued onto text lines are evidence
only: the real-page gold keeps those lines whole.)"""
from __future__ import annotations

import re

MIN_WATERMARKS = 3  # lines of random characters a page must have for them to be its watermark
# (three pairs at least that mix a letter and a sign: words and numbers do not)
_MIXED = r"(?=(?:.*(?:[A-Za-z][!-@\[-`{-~]|[!-@\[-`{-~][A-Za-z])(?:[ \u3000]|$)){3})"
WATERMARK = re.compile(rf"^{_MIXED}(?:[!-~]{{1,2}}[ \u3000]+){{3,}}[!-~]{{1,2}}$")
# (once a page has them, fewer letters among the signs: `$ \` {3 s( V9 w`)
WATERMARK_ROW = re.compile(r"^(?=.*[A-Za-z][!-@\[-`{-~])(?:[!-~]{1,2}[ \u3000]+){3,}[!-~]{1,2}$")
# a row with the forum's host among the pairs (`2 f0 F- G, q4 \5 X csuchen.de7 r. ^- A, V- z$`)
_HOST_ROW = re.compile(rf"^{_MIXED}(?:[!-~]{{1,2}}[ \u3000]+){{3,}}[A-Za-z0-9.\-]{{3,30}}\.[A-Za-z]{{2,4}}[!-~]?(?:[ \u3000]+[!-~]{{1,2}})+$")
# a forum's jammer (`bg^<e}{<H`, `;]W@W1)$`): the same trick without spaces, a run of letters and at least
# two signs on a line of its own
_SOLID_RUN = re.compile(r"^(?=(?:.*[!-/:-@\[-`{-~]){2})(?=.*[A-Za-z])[!-~]{4,16}$")
# (once a page has them, the shorter pieces too: `^`, `sP`, `9P`; not an English word or a number)
_SOLID_PIECE = re.compile(r"^(?![A-Z]?[a-z]{2,}$|[A-Z]{2,}$|\d+$)[!-~]{1,12}$")
# the pairs run into the text after them (`, U! W1 ~& N5 p% i; ]. s林龍團隊…`)
_PREFIX = re.compile(rf"^{_MIXED}(?:[!-~]{{1,2}}[ \u3000]+){{4,}}[!-~]{{0,2}}(?=[\u4e00-\u9fff])")


def watermarks(texts: list[str]) -> tuple[set[int], dict[int, int]]:
    """The lines that are a forum's watermark, and the length of the watermark that opens each
    other line, when the page is watermarked (else nothing)."""
    whole = {index for index, text in enumerate(texts) if WATERMARK.match(text.strip()) or _HOST_ROW.match(text.strip())}
    solid = {index for index, text in enumerate(texts) if _SOLID_RUN.match(text.strip())}
    prefixes = {index: match.end() for index, text in enumerate(texts) if (match := _PREFIX.match(text))}
    if len(solid) >= MIN_WATERMARKS:
        whole |= solid | {index for index, text in enumerate(texts) if _SOLID_PIECE.match(text.strip())}
    if len(whole) + len(prefixes) < MIN_WATERMARKS:
        return set(), {}
    whole |= {index for index, text in enumerate(texts) if WATERMARK_ROW.match(text.strip())}
    return whole, {index: end for index, end in prefixes.items() if index not in whole}
