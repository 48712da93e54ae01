"""A directory in an article's text: rows of names and their numbers (a typhoon report's hotlines).

Below the article's last paragraph, short lines and lines that hold telephone numbers read as a
page's footer (tags, contacts); a run of rows that each give a name and then its numbers, with group
names between them, is the article's own table. A footer labels its numbers (`电话：…`) and has few.
"""
from __future__ import annotations

import re

# `支援熱線  2857 3333`, `司法警察局 993`, `求助及諮詢熱線 113、8897 0160`, `(緊急短訊求助服務) 6330 9999`
_DIRECTORY_ROW = re.compile(r"^[(（]?[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z()（）·]{1,20}[ \u3000]+\d[\d、,，/\- \u3000]{2,40}$")
MIN_DIRECTORY_ROWS = 5
MAX_DIRECTORY_HEAD = 2  # the table's title and its first group's name above its first row


def directory_kept(texts: list[str], reasons: list[str | None], footer_reasons: set[str]) -> list[str | None]:
    """The reasons for the lines after the article, with those of a directory's rows and the group
    names between them (when they were only a footer's reasons) cleared: those lines are text."""
    rows = [index for index, text in enumerate(texts) if _DIRECTORY_ROW.match(text.strip())]
    if len(rows) < MIN_DIRECTORY_ROWS:
        return reasons
    result = list(reasons)
    for index in range(max(0, rows[0] - MAX_DIRECTORY_HEAD), rows[-1] + 1):
        if result[index] in footer_reasons:
            result[index] = None
    return result
