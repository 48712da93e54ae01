"""Info fields a page prints in cells, one under the other, joined into the one line they are (moved
out of metadata.py, at its size limit): a label over its value (`来源:` / `猫眼电影`), a year, its day and
its time (`2021` / `09/06` / `10:35`), a day (labelled or not) over its time or a time over its day
(`2021-09-06` / `10:35`)."""
from __future__ import annotations

import re

from digest.ingest.dates import DAY_IN_DIGITS
from digest.ingest.info_lines import is_bare_label, parse_info_line
from digest.ingest.model import Line

MAX_SPLIT_VALUE = 24
_URL_VALUE = re.compile(r"https?://\S+$")  # (`原文链接:` over its address, of any length)


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}年?")
MAX_DATE_CELL = 8


def join_split_fields(lines: tuple[Line, ...]) -> list[Line]:
    """`来源:` on one line and `猫眼电影` on the next (a page that prints a label and its value in
    two cells), or a year, its day and its time in cells one under the other: one line, so that
    it is read as the info line it is."""
    joined: list[Line] = []
    skip = 0
    for index, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if _YEAR_CELL.fullmatch(line.text.strip()):
            # `2021` `09/06` `10:35`: a date printed in short cells, one under the other
            cells = [following.text.strip() for following in lines[index + 1:index + 3]]
            for count in (2, 1):
                if all(len(cell) <= MAX_DATE_CELL for cell in cells[:count]) and len(cells) >= count \
                        and parse_info_line(" ".join([line.text.strip(), *cells[:count]])):
                    joined.append(Line(line.number, " ".join([line.text.strip(), *cells[:count]])))
                    skip = count
                    break
            if skip:
                continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and _day_and_time(line.text, following.text):
            # `2021-09-06` over `10:35` (or the time first): one stamp, the day first
            cells = (line.text.strip(), following.text.strip())
            day, clock = cells[::-1] if _TIME_CELL.fullmatch(cells[0]) else cells
            joined.append(Line(line.number, f"{day} {clock}"))
            skip = 1
            continue
        if following is not None and is_bare_label(line.text) \
                and (len(following.text.strip()) <= MAX_SPLIT_VALUE or _URL_VALUE.match(following.text.strip())) \
                and not is_bare_label(following.text):
            label = re.sub(r"[·•]+|(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", line.text.strip()).rstrip(":：") + "："  # (`Original Article URL`: its spaces kept)
            together = Line(line.number, label + following.text.strip())
            if parse_info_line(together.text):
                joined.append(together)
                skip = 1
                continue
        joined.append(line)
    return joined


_DAY_CELL = re.compile(DAY_IN_DIGITS)
_TIME_CELL = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _day_and_time(text: str, following: str) -> bool:
    """A day alone (or under its label: `发布时间：2024-05-13`) over a time alone, or a time alone over
    a day alone: cells of one stamp."""
    cells = (text.strip(), following.strip())
    return bool(_TIME_CELL.fullmatch(cells[1]) and (_DAY_CELL.fullmatch(cells[0]) or _labelled_day(cells[0]))
                or _TIME_CELL.fullmatch(cells[0]) and _DAY_CELL.fullmatch(cells[1]))


def _labelled_day(text: str) -> bool:
    """A date label and a day without its time, as the info-line parser reads labels."""
    fields = parse_info_line(text) if text[-1:].isdigit() or text.endswith("日") else None
    return bool(fields) and [kind for kind, _ in fields] == ["date"] and "T" not in fields[0][1]

