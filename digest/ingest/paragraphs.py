"""Where a page's article text starts and ends: its paragraphs, told from the lines around them
(a headline, info lines, menus above; tags, links, contacts below)."""
from __future__ import annotations

from collections.abc import Sequence

from digest.ingest.model import Line

PARAGRAPH_CHARS = 60  # a line this long with a sentence in it is a paragraph
SENTENCE_ENDS = "。！？"


def is_paragraph(text: str) -> bool:
    return len(text) >= PARAGRAPH_CHARS and any(mark in text for mark in SENTENCE_ENDS)


def first_paragraph(lines: Sequence[Line]) -> int:
    """The index of the page's first paragraph: above it are the headline and the page's
    furniture, info lines among them (len(lines) when there is none)."""
    return next((index for index, line in enumerate(lines) if is_paragraph(line.text)), len(lines))


def last_paragraph(lines: Sequence[Line]) -> int:
    """The index of the page's last paragraph: below it come its footer's lines (len(lines) when
    there is none)."""
    return next((index for index in range(len(lines) - 1, -1, -1) if is_paragraph(lines[index].text)), len(lines))
