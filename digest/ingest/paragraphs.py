"""Where a page's article text starts and ends: its paragraphs, told from the lines around them
(a headline, info lines, menus above; tags, links, contacts below)."""
from __future__ import annotations

import re
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


_ENDS_SENTENCE = re.compile(r"[。！？!?][”’」』\"）)]*$")
_BRACKETED_ALONE = re.compile(r"[ \u3000]*[(（][^()（）]{2,24}[)）][ \u3000]*")


def closing_lines(lines: Sequence[Line], last: int) -> list[Line]:
    """Where a sign-off of its own may stand under the text whose last paragraph is at `last`: under
    a shorter line that closes the text with a sentence's end (`…考虑在国庆节时出手了。` / `(扬子晚报)`),
    or, in brackets alone on its line, anywhere below the last paragraph (a list or a notice may
    come between), however many lines follow."""
    lowest = last if last < len(lines) else 0
    end = next((index for index in range(len(lines) - 1, lowest - 1, -1) if _ENDS_SENTENCE.search(lines[index].text.rstrip())), None)
    alone = [line for line in lines[lowest + 1:] if _BRACKETED_ALONE.fullmatch(line.text)]
    return (list(lines[end:end + 2]) if end is not None else []) + alone[:1]


MIN_KEYWORDS = 5
MAX_KEYWORD_CHARS = 24
_KEYWORD_SEPARATOR = re.compile(r"[_|｜丨]|(?<=\S)[-－](?=\S)")


def is_keyword_list(text: str) -> bool:
    """A row of search keywords one separator apart (`小草av-中日韩毛片-…`, `…酒店_欧美…_国产…`): a
    farm's or a portal's keyword line, long but no text (no sentence in it, every piece short)."""
    text = text.strip().strip("_|｜丨-")
    return len(_KEYWORD_SEPARATOR.findall(text)) >= MIN_KEYWORDS - 1 and not re.search(r"[。！？]", text) \
        and all(len(piece.strip()) <= MAX_KEYWORD_CHARS for piece in re.split(r"[,，、]", _KEYWORD_SEPARATOR.sub(",", text)))


# a day without its year, a time and what happens then (`2月7日 20:05 混雙半決賽`): a row of a schedule
_SCHEDULE_ROW = re.compile(r"^\d{1,2}月\d{1,2}日[ \u3000]*(?:[(（]?(?:星期|周|週)[一二三四五六日天][)）]?)?[ \u3000]*\d{1,2}[:：]\d{2}[ \u3000]+\S{1,24}$")
MIN_SCHEDULE_ROWS = 3


# a table flattened one cell to a line, each closed by its column's bar (`西安金瑞达商务有限公司 |`, `2009.12 |`)
_TABLE_CELL = re.compile(r"^[^|｜]{1,40}?[ \u3000]*[|｜]$")
MIN_TABLE_CELLS = 6


def table_cells(lines: Sequence[Line]) -> frozenset[int]:
    """The indexes of a table's cells, one to a line: six or more in a run, some of them figures
    (a menu's items, `首页 |`, have none): the text's table, not a list of links."""
    cells: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _TABLE_CELL.match(line.text.strip()):
            run.append(index)
            continue
        if len(run) >= MIN_TABLE_CELLS and sum(bool(re.search(r"\d", lines[at].text)) for at in run) >= 2:
            cells.update(run)
        run = []
    return frozenset(cells)


def schedule_rows(lines: Sequence[Line]) -> frozenset[int]:
    """The indexes of a schedule's rows (a tournament's, a festival's), three or more on the page: the
    text's list of what happens when, not info lines stating when it was published."""
    rows = frozenset(index for index, line in enumerate(lines) if _SCHEDULE_ROW.match(line.text.strip()))
    return rows if len(rows) >= MIN_SCHEDULE_ROWS else frozenset()
