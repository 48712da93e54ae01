"""A directory in an article's text: rows of names and their numbers (a typhoon report's hotlines).

Below the article's last paragraph, short lines and lines that hold telephone numbers read as a
page's footer (tags, contacts); a run of rows that each give a name and then its numbers, with group
names between them, is the article's own table. A footer labels its numbers (`电话：…`) and has few.
A short line that more of the text follows (a paragraph below it) is the text's subheading, not a tag;
the page's last line, a sentence's start an excerpt cut off mid-way (`此时济广高`, `这一争议的`), is text.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from digest.ingest.chinese import HAN, for_matching

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


MIN_SUBHEAD_CHARS = 6
_PICTURE_WORD = re.compile(r"(?:合影|留影|合照|照片|图|圖|摄|攝|现场|現場)$")
MIN_TEXT_BELOW = 31  # a line of text below a short line: longer than any tag (layout.MAX_TAIL_CHARS)


def subheads_kept(texts: list[str], reasons: list[str | None], tag_reason: str,
                  is_header: Callable[[str], bool]) -> list[str | None]:
    """The reasons for the lines after the article's last paragraph, with the short lines that a
    line of Chinese text follows directly (`心系航天事业发展` over a paragraph an excerpt cut off)
    kept as the text's subheadings; a list's header is no subheading, nor a line over a timetable."""
    def subhead(text: str) -> bool:  # (a name alone, `周杰倫`, or a picture's `登船前合影`: a caption)
        text = text.strip()
        return len(text) >= MIN_SUBHEAD_CHARS and not _PICTURE_WORD.search(text) and not is_header(text)

    def text_at(index: int) -> bool:
        text = texts[index].strip() if index < len(texts) else ""
        return reasons[index] is None and len(text) >= MIN_TEXT_BELOW and len(HAN.findall(text)) >= len(text) / 2 if text else False
    kept = [None if reason == tag_reason and subhead(texts[index]) and text_at(index + 1) else reason
            for index, reason in enumerate(reasons)]
    if kept and kept[-1] == tag_reason and cut_off_start(texts[-1]) and texts.count(texts[-1]) == 1:
        kept[-1] = None
    return kept


# the words a sentence is built with, where a tag or a site's label has none: opening it (`此时…`, `这一…`,
# `从…`, `再看…`, `据…`: `举报此信息`, `分享这篇文章` are buttons), ending it (`…怀疑其`, `根据以上`, `…争议的`,
# `…测试的演`: `星洲的体育`, 的 between two words, is a column's name), `在` (not `正在`, `在线`)
_SENTENCE_WORD = re.compile(r"^(?:这|此|从|再|据)|其$|以上$|(?<!正)在(?!线)|的.?$")


def cut_off_start(text: str) -> bool:
    """A short run of Chinese characters only (no label, number or separator) with a word of a
    sentence in it: a paragraph's first words, cut where an excerpt stopped (`再看那银蛇`, `鄰居懷疑其`)."""
    core = for_matching(text.strip())
    return bool(re.fullmatch(r"[\u4e00-\u4e27\u4e29-\u9fff]+", core)) and bool(_SENTENCE_WORD.search(core))  # (U+4E28 丨: a column's bar)
