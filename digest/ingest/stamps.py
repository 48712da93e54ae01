"""A farm's stamp on a short page: one word at the start of the title and at the end of another
short line, nowhere else on the page. Too short a page shows no distribution for the spam rule
(spam.py) to find a token by; the pairing gives it away (`雅蝶某某公司发布新品` … `信任的代价雅蝶`).
"""
from __future__ import annotations

import re

from digest.ingest.model import Line, Page, Removal

MAX_STAMP = 6
MAX_STAMPED_LINE = 40  # the other line is a heading or a short line: a paragraph's last word is its own
_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def strip_paired_stamp(page: Page) -> Page:
    """`雅蝶某某公司发布新品` and, further down, `信任的代价雅蝶`: a word stamped at the start of the
    title and at the end of another short line of one page, and nowhere else on it: a
    farm's stamp, however short the page (too short for the distribution to show it)."""
    if len(page.lines) < 3:
        return page
    title, others = page.lines[0].text, page.lines[1:]
    text = page.text()
    for size in range(MAX_STAMP, 1, -1):
        for at_start in (True,):  # (the title's end is too often a word of its own: `…本报记者`)
            word = title[:size] if at_start else title[-size:]
            if not _STAMP.match(word) or len(title) <= size + 4 or title[size:size + 1].isspace():
                continue  # (a word a space apart from the headline is its column's label: `傳遞正能量 石獅志愿者…`)
            paired = [line for line in others if (line.text.endswith(word) if at_start else line.text.startswith(word))
                      and size + 4 < len(line.text) <= MAX_STAMPED_LINE]
            if len(paired) != 1 or text.count(word) != 2:
                continue  # the word lives elsewhere on the page too: the page's own word
            line = paired[0]
            new_title = title[size:] if at_start else title[:-size]
            new_line = line.text[:-size] if at_start else line.text[size:]
            lines = [Line(page.lines[0].number, new_title.strip(), page.lines[0].heading)] + [
                Line(other.number, new_line.strip(), other.heading) if other is line else other for other in others]
            why = f"'{word}' stamped on the title's {'start' if at_start else 'end'} and a line's {'end' if at_start else 'start'}"
            return page.with_lines(lines, [Removal("spam_tokens", page.lines[0].number, word, why),
                                           Removal("spam_tokens", line.number, word, why)],
                                   spam_tokens=page.spam_tokens + (word,))
    return page
