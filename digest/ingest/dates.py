"""Publication dates: the one a page states, else a best guess with its evidence.

Scraped pages often carry no date line. The body mentions the days it reports on (`6月13日`), and a
related-news block lists other stories with their dates, which were on the page when it was saved.
A report is published on or after the latest day it reports, and before the stories listed beside
it were; the guess is the middle of that window, with confidence `low` and the evidence listed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from digest.ingest.model import Block, DateGuess, Found, Line

_FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日?|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))"
)
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_STATED = re.compile(
    r"^(?P<y>(?:19|20)\d{2})(?:年|[-/.])(?P<m>\d{1,2})(?:月|[-/.])(?P<d>\d{1,2})日?"
    r"(?:[ \u3000T]*(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?))?$"
)


def parse_date_text(text: str) -> str | None:
    """`2025-06-14`, `2025年6月14日 09:30`, `2025/06/14 09:30:00` as ISO text; None otherwise."""
    match = _STATED.match(text.strip())
    if not match:
        return None
    day = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    if match["time"]:
        parts = [int(part) for part in re.split("[:：]", match["time"])]
        hour, minute, second = (parts + [0])[:3]
        if hour > 23 or minute > 59 or second > 59:
            return day.isoformat()
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    return day.isoformat()


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def choose_date(found: tuple[Found, ...], html_date: str, lines: tuple[Line, ...],
                blocks: tuple[Block, ...], fallback: date) -> DateGuess:
    for item in found:
        if item.field == "date":
            return DateGuess(item.value, "stated", (item.evidence,))
    if html_date:
        return DateGuess(html_date, "stated", ("the page's metadata",))
    return guess_date(lines, blocks, fallback)


def guess_date(lines: tuple[Line, ...], blocks: tuple[Block, ...], fallback: date) -> DateGuess:
    related = sorted(d for d in (_iso(item.date) for block in blocks for item in block.items) if d)
    upper = related[0] if related else None
    mentions = _mentions(lines, upper or fallback)
    evidence: list[str] = []
    if related:
        evidence.append(f"related items dated {related[0]} to {related[-1]}")
    if upper is not None:
        mentions = [(day, where) for day, where in mentions if day <= upper]
    if mentions:
        latest, where = max(mentions)
        evidence.insert(0, f"the body mentions {where}")
        if upper is not None and upper > latest:
            return DateGuess((latest + timedelta(days=(upper - latest).days // 2)).isoformat(), "low", tuple(evidence))
        return DateGuess(latest.isoformat(), "low", tuple(evidence))
    if upper is not None:
        return DateGuess(upper.isoformat(), "low", tuple(evidence))
    return DateGuess(fallback.isoformat(), "none", ("no date in the text: the file's modification date",))


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _mentions(lines: tuple[Line, ...], reference: date) -> list[tuple[date, str]]:
    """Days the body mentions; a day without a year takes the year of a full date in the body,
    else of the reference (the related items' date, or the file's)."""
    full: list[tuple[date, str]] = []
    partial: list[tuple[int, int, str]] = []
    for line in lines:
        for match in _FULL_DATE.finditer(line.text):
            day = _valid(int(match["y"]), int(match["m1"] or match["m2"]), int(match["d1"] or match["d2"]))
            if day:
                full.append((day, f"{match.group(0)} (line {line.number})"))
        for match in _MONTH_DAY.finditer(line.text):
            partial.append((int(match["m"]), int(match["d"]), f"{match.group(0)} (line {line.number})"))
    if full:
        reference = max(day for day, _ in full)
    result = list(full)
    for month, day_of_month, where in partial:
        # the year that puts the day nearest the reference (6月13日 beside 2025-06-15 is 2025)
        days = [day for day in (_valid(year, month, day_of_month) for year in (reference.year - 1, reference.year,
                                                                             reference.year + 1)) if day]
        if days:
            result.append((min(days, key=lambda day: abs((day - reference).days)), where))
    return result
