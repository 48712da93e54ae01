"""Days a page gives without its year or relative to when it was read (`05-13 10:30`, `3小时前`, `昨天 10:30`):
read against the day the page was saved, never after it (moved out of dates.py, at its size limit)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from digest.ingest.model import DateGuess


def valid_day(year: int, month: int, day: int) -> date | None:
    """The day, or None where the calendar has none (`2月30日`)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# `3小时前`, `昨天 10:30`, `2天前` in an info line: relative to the day the page was saved
RELATIVE_DAY = (r"(?:(?P<n>\d{1,2})[ ]?(?P<unit>分钟|小时|天)前|(?P<word>刚刚|今天|昨天|前天))"
                r"(?:[ \u3000]*(?P<time>\d{1,2}:\d{2}))?")
_RELATIVE = re.compile(r"(?:^|[\s|｜])" + RELATIVE_DAY + r"(?=$|[\s|｜])")
MAX_RELATIVE_LINE = 40


def relative_date(texts: tuple[str, ...], saved: date) -> DateGuess | None:
    """A day a page gives relative to when it was read (`3小时前`, `昨天 10:30`): counted back
    from the file's date, the best a scraped page allows (confidence `medium`)."""
    saved = min(saved, date.today())
    for text in texts:
        if len(text) > MAX_RELATIVE_LINE:
            continue
        match = _RELATIVE.search(text.strip())
        if not match:
            continue
        back = {"刚刚": 0, "今天": 0, "昨天": 1, "前天": 2}.get(match["word"] or "", 0)
        if match["unit"] == "天":
            back = int(match["n"])
        elif match["unit"] == "小时" and int(match["n"]) >= 24:
            back = int(match["n"]) // 24
        day = saved - timedelta(days=back)
        value = f"{day.isoformat()}T{int(match['time'][:-3]):02d}:{match['time'][-2:]}:00" if match["time"] else day.isoformat()
        return DateGuess(value, "medium", (f"'{match.group(0).strip()}' counted back from the file's date {saved}",))
    return None


# `05-13 10:30 来源：新华网`, `发布时间：5月13日 10:30`: an info line's day and time without the year
_YEARLESS = re.compile(r"^[ \u3000]*(?:(?:发布|發布|发表|發表|更新)?(?:时间|時間|日期|于|於)[:：]?[ \u3000]*)?"
                       r"(?P<m>1[0-2]|0?[1-9])[-/月](?P<d>3[01]|[12]\d|0?[1-9])日?[ \u3000]*(?P<h>[01]?\d|2[0-3])[:：](?P<min>[0-5]\d)(?![\d:])")


def yearless_date(texts: tuple[str, ...], saved: date) -> DateGuess | None:
    """The day an info line gives without its year, in the most recent year that puts it on or
    before the day the page was saved (confidence `medium`: the year is inferred, never future)."""
    saved = min(saved, date.today())
    for text in texts:
        match = _YEARLESS.match(text) if len(text) <= MAX_RELATIVE_LINE else None
        day = match and (valid_day(saved.year, int(match["m"]), int(match["d"])) or valid_day(saved.year - 1, int(match["m"]), int(match["d"])))
        if day:
            day = day if day <= saved else valid_day(day.year - 1, day.month, day.day) or valid_day(day.year - 1, day.month, 28)
            value = f"{day.isoformat()}T{int(match['h']):02d}:{match['min']}:00"
            return DateGuess(value, "medium", (f"'{text.strip()}' without its year: the latest such day not after {saved}",))
    return None
