"""Publication dates: the one a page states, else a best guess with its evidence.

Scraped pages often carry no date line. The body mentions the days it reports on (`6月13日`), and a
related-news block lists other stories with their dates, which were on the page when it was saved.
A report is published on or after the latest day it reports, and before the stories listed beside
it were; the guess is the middle of that window, with confidence `low` and the evidence listed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from digest.ingest.model import Block, DateGuess, Found, Line, Removal
from digest.ingest.paragraphs import first_paragraph
from digest.ingest.relative_dates import relative_date, valid_day as _valid, yearless_date

MENTIONED = "the body mentions"  # a low guess's evidence: a day the text names

# (a space may stand between the digits and the characters: `2025 年 7 月 15 日`, as sites that space
# Latin and Han text print it)
_FULL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:[ \u3000]?年[ \u3000]?(?P<m1>\d{1,2})[ \u3000]?月[ \u3000]?(?P<d1>\d{1,2})(?:[ \u3000]?日)?"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))"
)
_MONTH_DAY = re.compile(r"(?<![\d年])(?<!年[ \u3000])(?P<m>\d{1,2})[ \u3000]?月[ \u3000]?(?P<d>\d{1,2})[ \u3000]?日")
# a dash between a day and its time, spaced (`05/18/2023 - 09:00`, a content system's default form)
_DASH_BEFORE_TIME = r"(?:[ \u3000]+[-–—])"
TIME = r"(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}[时時点點]\d{1,2}分)"
_STATED = re.compile(
    r"^(?:" + TIME.replace("time", "before") + r"[ \u3000]+)?"  # `09:30 2025-06-14`
    r"(?P<y>(?:19|20)\d{2})(?:年|[-/.]| (?=\d{1,2}/))(?P<m>\d{1,2})(?:月|[-/.])(?P<d>\d{1,2})日?"
    r"(?:" + _DASH_BEFORE_TIME + r"?[ \u3000T]*[(（]?" + TIME + r"(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?[)）]?)?$"  # (`2024-10-31 (20:21)`)
)
# `30.10.2015 13:01`, `17/01/2025`: day first, as European and Hong Kong pages print it
_DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d{2})(?:" + _DASH_BEFORE_TIME + r"?[ \u3000]+" + TIME + r")?$")


# How pages print a date beyond digits and 年月日, rewritten to those: a weekday between the day and
# its time (`2024年5月13日 星期一 10:30`, `(週一)`, `(一)`), a 12-hour clock (`下午 03:45`, `3:45 PM`), the
# Republic of China's years of Taiwan's pages (`民國113年`, `中華民國113年`), English month names (`May 13, 2024`).
_WEEKDAY = re.compile(r"(?<=[日\d])[ \u3000]*[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?"
                      r"|(?<=[日\d])[ \u3000]*[(（][一二三四五六日天][)）]"  # (`2024年5月13日(一)`: the weekday alone, in brackets)
                      # (`2016/09/08, Thursday`: an English weekday after a comma)
                      r"|(?<=[日\d]),?[ \u3000]*[(（]?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?[)）]?(?![A-Za-z])"
                      r"|(?<=[日\d])[ \u3000]*(?:星期|礼拜|禮拜)(?=[ \u3000]|$)")  # (a weekday cut off at its day: `…日 星期`)
# (`2025-11-07, 凌晨 1:05`: a comma between the day and its half of the day)
_HALF_DAY = re.compile(r"(?:(?<=\d)[,，][ \u3000]*(?=[上早凌中下晚傍]))?(?P<half>上午|早上|凌晨|中午|下午|晚上|傍晚|晚间|(?<![A-Za-z])[AaPp]\.?[Mm]\.?(?= ?\d))[ \u3000]*(?P<h>\d{1,2})(?P<rest>[:：]\d{2}(?:[:：]\d{2})?|[时時点點]\d{1,2}分)"
                       r"|(?P<h2>\d{1,2})(?P<rest2>[:：]\d{2}(?:[:：]\d{2})?)[ \u3000]*(?P<half2>[AaPp]\.?[Mm]\.?)(?![A-Za-z])")
_ROC_YEAR = re.compile(r"(?:中[華华])?民[國国][ \u3000]*(?P<y>\d{2,3})[ \u3000]*(?=年|[-/.]\d)"
                       # (a year of 100 to 119 with its month and day, `114年5月13日`, `114/05/13`: a Taiwanese
                       # page's year without 民國; no Western year has three digits)
                       r"|(?<![\d.:/-])(?P<bare>1[01]\d)(?=年\d{1,2}月\d{1,2}日|[-/](?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12]\d|3[01])(?![\d/-]))")
_MONTHS = {name: number for number, names in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1) for name in [names]}
_MONTH = r"(?P<{0}>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{{0,6}}\.?"
_ENGLISH_DATE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ ]+)?"
    r"(?:" + _MONTH.format("mon") + r"[ ]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ ]+(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?[ ]+" + _MONTH.format("mon2") + r",?[ ]+(?P<y2>(?:19|20)\d{2}))(?![A-Za-z0-9_])"  # (Han glued after it, `…于15 Mar 2019完工`)
    r"(?:,(?=[ ]*\d{1,2}:\d{2}))?")  # (`Sep 28th 2014, 19:48`: the comma before the time goes with the date)


# `2008092910:00`: a day in eight digits, its time after it (with its time, no other number)
# a day's digits run together (`20240513`): the year, the month and the day
COMPACT_DAY = r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
_COMPACT_DAY = re.compile(rf"(?<!\d){COMPACT_DAY}[ \u3000T]?(?=\d{{1,2}}[:：]\d{{2}}(?![\d.]))")


# an English weekday before a day of digits (`Fri, 05/18/2023 - 09:00`, a content system's default form)
_WEEKDAY_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ ]+(?=\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d))")


# `May 18, 2023 at 9:00 am`, `2023-05-18 at 09:00`: a day and its time joined by a word
_AT_TIME = re.compile(r"(?:(?<=[-/.]\d)|(?<=[-/.]\d\d)|(?<=(?:19|20)\d\d)|(?<=日))[ \u3000]+at[ \u3000]+(?=\d{1,2}[:：]\d{2})")
# `2024-05-13 HKT 15:45`: a time zone between the day and its time
_ZONE_BETWEEN = re.compile(r"(?<=\d)[ \u3000]+(?:HKT|CST|GMT|UTC|BJT|SGT|JST)(?:[+-]\d{1,2})?[ \u3000]+(?=\d{1,2}:\d{2})")
_LUNAR_DAY = re.compile(r"[ \u3000]*[(（]?(?:农历|農曆)[正一二三四五六七八九十冬腊臘闰閏]{1,2}月[初十廿卅三二][一二三四五六七八九十]?[)）]?")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９：－／．", "0123456789:-/.")
SPACED_DATE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日时分])|(?<=[年月])[ \u3000]+(?=\d)")
_HAN_DIGITS = {char: str(value) for value, chars in enumerate(["〇零○Ｏ", "一", "二", "三", "四", "五", "六", "七", "八", "九"]) for char in chars}
_HAN_DATE = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日")


def han_number(text: str) -> int:
    """`十三` -> 13, `二十` -> 20, `三十一` -> 31 (the numbers of a month and a day)."""
    if "十" not in text:
        return int(text.translate(str.maketrans(_HAN_DIGITS)))
    tens, _, ones = text.partition("十")
    return int(_HAN_DIGITS.get(tens, "1")) * 10 + (int(_HAN_DIGITS[ones]) if ones else 0)


def _han_date(match: re.Match) -> str:
    year = int("".join(_HAN_DIGITS[char] for char in match["y"]))
    return f"{year}年{han_number(match['m'])}月{han_number(match['d'])}日"


# `2018年5月1号`: 号, the spoken word for a day of the month, after a full year and month
_FULL_DAY_HAO = re.compile(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2})号")


# a forum's post line with a two-digit year before its time (`发表于 09.2.18 09:45:52`): this century's
_POSTED_SHORT_YEAR = re.compile(r"(?<=发表于|發表於|发表於|發表于|发布于|發佈於|發布於)([ \u3000]*)(\d{2})([./-])(\d{1,2})\3(\d{1,2})(?=[ \u3000]+\d{1,2}:\d{2})")


def normalize_date_forms(text: str) -> str:
    """`2024年5月13日 星期一 下午3:45` -> `2024年5月13日 15:45`; `民國113年` -> `2024年`;
    `May 13, 2024` -> `2024-05-13`; `二〇二四年五月十三日`, `２０２４年５月１３日`, `2024 年 5 月 13 日`
    -> `2024年5月13日`. Text without such forms comes back as it was."""
    if not re.search(r"[期拜周週午上晚凌傍國国年０-９历曆于於]|\d at \d|[(（][一二三四五六日天][)）]|(?<!\d)1[01]\d[-/]\d|HKT|CST|GMT|UTC|BJT|SGT|JST|[AaPp]\.?[Mm]|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?:19|20)\d{6}[ \u3000T]?\d{1,2}[:：]", text):
        return text  # (the test that keeps this cheap on every line of a page)
    text = _COMPACT_DAY.sub(r"\1-\2-\3 ", text)
    text = _LUNAR_DAY.sub("", SPACED_DATE.sub("", text.translate(_WIDE_DIGITS)))
    text = _POSTED_SHORT_YEAR.sub(lambda match: f"{match[1]}20{match[2]}-{match[4]}-{match[5]}", text)
    if "年" in text:
        text = _FULL_DAY_HAO.sub(r"\1日", _HAN_DATE.sub(_han_date, text))
    text = _ROC_YEAR.sub(lambda match: str(int(match["y"] or match["bare"]) + 1911), text)
    text = _AT_TIME.sub(" ", _WEEKDAY_BEFORE.sub("", _ENGLISH_DATE.sub(_english_date, _AMERICAN_DAY.sub(_american_day, text))))
    # (`2024/05/13（一）15:30`: a space where the weekday held the day and its time apart)
    text = _ZONE_BETWEEN.sub(" ", _WEEKDAY.sub(lambda match: " " if text[match.end():match.end() + 1].isdigit() else "", text))
    return _HALF_DAY.sub(_twenty_four_hours, text)


# `3/10/2011 11:26:37 AM`: an American clock (a server's English default) has its month first
_AMERICAN_DAY = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?=[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*[AaPp]\.?[Mm]\.?(?![A-Za-z]))")


def _american_day(match: re.Match) -> str:
    month, day, year = int(match[1]), int(match[2]), int(match[3])
    return f"{year}/{month}/{day}" if _valid(year, month, day) else match.group(0)


def _english_date(match: re.Match) -> str:
    month = _MONTHS[(match["mon"] or match["mon2"])[:3].lower()]
    day, year = int(match["d"] or match["d2"]), int(match["y"] or match["y2"])
    return f"{year}-{month:02d}-{day:02d}" if _valid(year, month, day) else match.group(0)


def _twenty_four_hours(match: re.Match) -> str:
    half, hour, rest = (match["half"], match["h"], match["rest"]) if match["half"] else (match["half2"], match["h2"], match["rest2"])
    hour_number = int(hour)
    afternoon = half.replace(".", "").lower() == "pm" or half in ("下午", "晚上", "傍晚", "晚间") or (half == "中午" and hour_number < 11)
    if afternoon and hour_number < 12:
        hour_number += 12
    elif half.replace(".", "").lower() == "am" or half in ("凌晨", "上午", "早上"):
        hour_number = 0 if hour_number == 12 else hour_number
    return f" {hour_number:02d}{rest}"


def parse_date_text(text: str) -> str | None:
    """`2025-06-14`, `2025年6月14日 09:30`, `2025/06/14 09:30:00` as ISO text (and the forms
    `normalize_date_forms` rewrites to those); None otherwise."""
    text = re.sub(r"[ \u3000]+", " ", normalize_date_forms(text)).strip()
    match = _STATED.match(text) or _DAY_FIRST.match(text)
    if not match:
        return None
    day = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None and match.re is _DAY_FIRST:
        day = _valid(int(match["y"]), int(match["d"]), int(match["m"]))  # `05/13/2024`: an American page's month first
    if day is None:
        return None
    clock = match["time"] or match.groupdict().get("before")
    if clock:
        parts = [int(part) for part in re.split("[:：时時点點分]", clock) if part]
        hour, minute, second = (parts + [0])[:3]
        if hour > 23 or minute > 59 or second > 59:
            return day.isoformat()
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    return day.isoformat()


_UPDATED_LABEL = re.compile(r"更新|修改|修订|编辑于|Updated|updated|Update|update")
_BARE_DATE_LINE = re.compile(r"^line \d+: [ \u3000]*(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[ \u3000]*$")  # (its evidence: the line, a day alone)
_PUBLISHED_LABEL = re.compile(r"(?:发布|發布|发表|發表|刊发|刊發|首发|首發|出版)(?:时间|時間|日期)")


def choose_date(found: tuple[Found, ...], html_date: str, lines: tuple[Line, ...],
                blocks: tuple[Block, ...], saved: date, removed: tuple[str, ...] = (), title: str = "",
                head: tuple[str, ...] = ()) -> DateGuess:
    """The stated date, else a guess from the text. `saved` is the day the page was saved (the
    file's date, never after today): no page is published after it was saved. `removed` are the
    texts the rules took from the page (furniture keeps its dates: a footer's year, a list's days);
    `head` those of them from around the headline down to the text (`head_removals`)."""
    stated = [item for item in found if item.field == "date"]
    if stated:
        # a date labelled as the publication's (`發布時間：…`) beats one beside a poster's name or a caption
        # (and any date beats one labelled as the page's last update)
        # (but not a bare date line, which says less than any label: `2023-01-31` alone under a farm's stray title)
        item = next((item for item in stated if _PUBLISHED_LABEL.search(item.evidence)),
                    next((item for item in stated if not _UPDATED_LABEL.search(item.evidence)
                          and not (_BARE_DATE_LINE.match(item.evidence) and any(_UPDATED_LABEL.search(other.evidence) for other in stated))),
                         stated[0]))
        item = _original_below(item, stated, lines)
        item = _month_first(item, stated) or item
        timed = next((other for other in stated if "T" not in item.value and other.value.startswith(item.value + "T")
                      and not _UPDATED_LABEL.search(other.evidence)), None)
        if timed is not None:  # `日期：2024-05-13` and `2024-05-13 10:30` elsewhere: that day, at the time the page gives
            return DateGuess(timed.value, "stated", (item.evidence, timed.evidence))
        posted = _posted_time(item.value, removed + tuple(line.text for line in lines)) if "T" not in item.value else None
        if posted is not None:  # `2009-02-08 Sun` under the headline, `阿印于 2009-02-08 17:54:40 发表在分类:…` under the text
            return DateGuess(posted[0], "stated", (item.evidence, posted[1]))
        return DateGuess(item.value, "stated", (item.evidence,))
    if html_date:
        return DateGuess(html_date, "stated", ("the page's metadata",))
    stamp = _timed_date((title, *head, *(line.text for line in lines[:MAX_STAMP_LINE])), saved)
    if stamp is not None:
        return stamp
    day = _edge_day((title, *head), saved)
    if day is not None:
        return day
    relative = relative_date(removed + tuple(line.text for line in lines[:3]), saved) \
        or yearless_date(removed + tuple(line.text for line in lines[:3]), saved)
    if relative is not None:
        return relative
    guess = guess_date(lines, blocks, saved, removed)
    if guess.confidence == "none":  # (no day in the text: the one day the page's head names, read as furniture)
        days = sorted({day for text in (title, *head) for day, _ in _full_dates(text) if day <= min(saved, date.today())})
        if len(days) == 1:
            return DateGuess(days[0].isoformat(), "low", (f"the one day the page's head names ({days[0]})",))
    return guess


# a post line's day and time (`X于 2009-02-08 17:54:40 发表在…`, `发表于 2009-2-8 17:54`): the writer's own stamp
_POSTED = re.compile(r"(?:(?:发表|發表|发布|發布)(?:于|於)|(?<=\S)(?:于|於))[ \u3000]*(?P<stamp>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                     r"[ \u3000T]*\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")


def _posted_time(day: str, texts: tuple[str, ...]) -> tuple[str, str] | None:
    """The time a post line on the page gives the stated day, with its evidence, or None."""
    for text in texts:
        for match in _POSTED.finditer(text):
            if match.group(0).startswith(("于", "於")) and not re.search(r"(?:发表|發表|发布|發布)", text[match.end():match.end() + 4]):
                continue  # (`X于 <day> <time>` is a post line only with its verb after it)
            value = parse_date_text(match["stamp"])
            if value and value.startswith(day + "T"):
                return value, f"a post line: {text.strip()[:60]}"
    return None


_AMBIGUOUS_DAY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d{2})(?!\d)")


def _month_first(item: Found, stated: list[Found]) -> Found | None:
    """`12/01/2009` read day first, when the page states the other reading elsewhere (`2009年12月1日`):
    an American page's month first, that day."""
    ambiguous = _AMBIGUOUS_DAY.search(item.evidence)
    first, second = (int(ambiguous["d"]), int(ambiguous["m"])) if ambiguous else (0, 0)
    if not ambiguous or first > 12 or first == second:  # (`01/1/2009`: the same day either way)
        return None
    other = _valid(int(ambiguous["y"]), first, second)
    if other is None or not any(found.value[:10] == other.isoformat() for found in stated if found is not item):
        return None
    return Found("date", other.isoformat() + item.value[10:], item.line, f"{item.evidence} (month first, as the page's {other} says)")


def _original_below(item: Found, stated: list[Found], lines: tuple[Line, ...]) -> Found:
    """A repost's page over the article it carries: the post's or portal's stamp above (`发表于 2021-6-23`,
    `專業號:X 2025/1/9`), the article's own info line under it, nearest the text, an earlier day
    (`2021/6/6 3:15 pm`, `2011-07-02 馬祖日報`): that is the article's date (an original is out before
    its copies)."""
    first = first_paragraph(lines)  # (the text's first paragraph: what is above it is the page's head)
    start = lines[first].number if first < len(lines) else lines[0].number if lines else None  # (no paragraph: its first line)
    head = [other for other in stated if start is not None and other.line is not None and other.line < start]
    if item not in head or not head:
        return item
    nearest = max(head, key=lambda other: other.line or 0)
    if (nearest.line or 0) > (item.line or 0) and nearest.value[:10] < item.value[:10] and not _UPDATED_LABEL.search(nearest.evidence) \
            and not _BARE_DATE_LINE.match(nearest.evidence):  # (a day alone there is a notice's signature, `2019年1月17日`)
        return nearest
    return item


MAX_STAMP_LINE = 1
# A full day in digits, `2024年5月13日` or `2024-05-13` (also `2024/5/13`, `2024.5.13`).
DAY_IN_DIGITS = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
# (its seconds too, `2022年10月8日02:39:45`; or the time before the day, `04:10 2025/10/30`, as some papers print it)
_TIMED_DATE = re.compile(r"(?<!\d)" + DAY_IN_DIGITS + r"[ \u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?![\d:])"
                         r"|(?<![\d:：])\d{1,2}[:：]\d{2}[ \u3000]+" + DAY_IN_DIGITS + r"(?![\d:]|[ \u3000]*\d{1,2}[:：])")


def _timed_date(texts: tuple[str, ...], saved: date) -> DateGuess | None:
    """One date with its time of day in the headline or the page's first line (`…警拘一男子… 2021年6月23日 23:09 【Now新闻台】…`,
    a headline that carries its stamp): the page states when, if not in an info line of its own."""
    # (in the line's opening, before any clause of text, and not opening a clause itself)
    # (the forms `normalize_date_forms` rewrites read as their digits: `2022 年 10 月 8 日`, `20 Nov 2020 10:30`)
    texts = tuple(normalize_date_forms(text) for text in texts)
    stamps = {parse_date_text(match.group(0)) for text in texts for match in _TIMED_DATE.finditer(text)
              if not re.search(r"[，,。；;！？]", text[:match.start()]) and not re.match(r"[ \u3000]*[，,]", text[match.end():])}
    stamps.discard(None)
    if len(stamps) != 1:
        return None
    (value,) = stamps
    if value[:10] > saved.isoformat():
        return None
    return DateGuess(value, "stated", (f"a date and time in the page's first lines ({value})",))


# A day alone at an edge of a head line with words beside it: glued after a headline (`…迎旅客20 Nov 2020`),
# opening a diary's heading (`2018年5月1号 阴 …`) or after a stamp's label (`当地时间2025-11-12,…`); not
# opening a clause of its own (`2024年5月1日起施行`, `2024年5月1日，…`: the day the text reports)
_STAMP_LABEL = r"[\u4e00-\u9fff]{0,4}(?:时间|時間|日期)[:：]?[ \u3000]*"
_EDGE_DAY = re.compile(r"^(?:" + _STAMP_LABEL + r")?(?P<open>" + DAY_IN_DIGITS + r")(?=[ \u3000]+\S)"
                       r"|^" + _STAMP_LABEL + r"(?P<labelled>" + DAY_IN_DIGITS + r")(?=[,，])"
                       r"|(?<=[\u4e00-\u9fffA-Za-z》」”）)])[ \u3000]*(?P<close>" + DAY_IN_DIGITS + r")[ \u3000]*$")


def _edge_day(texts: tuple[str, ...], saved: date) -> DateGuess | None:
    """One day printed at an edge of the headline or a line of the page's head (`_EDGE_DAY`), none
    other there, on or before the day the page was saved."""
    days = {}
    for text in texts:
        text = normalize_date_forms(text.strip())
        for match in re.finditer(r"(?<!\d)" + DAY_IN_DIGITS + r"(?!\d)", text):
            days.setdefault(parse_date_text(match.group(0)), None)
        edge = _EDGE_DAY.search(text)
        if edge:
            days[parse_date_text(edge["open"] or edge["labelled"] or edge["close"])] = text
    days.pop(None, None)
    if len(days) != 1:
        return None
    ((value, text),) = days.items()
    if text is None or value > saved.isoformat():
        return None
    return DateGuess(value, "stated", (f"a day at the edge of a line of the page's head: {text[:60]}",))


HEAD_ABOVE = 2  # lines above the headline still its head (a kicker, a date glued to a first headline)


def head_removals(removals: tuple[Removal, ...], lines: tuple[Line, ...], title_line: int | None) -> tuple[str, ...]:
    """The lines the rules took from the page's head, from just above the headline down to the text's
    first paragraph: an info line read as a widget (`2021 年 3 月 4 日05:06:07X评论12 views`) still
    states when the page was published."""
    if title_line is None:
        return ()
    first = first_paragraph(lines)
    end = lines[first].number if first < len(lines) else title_line + HEAD_ABOVE
    return tuple(removal.text for removal in sorted(removals, key=lambda removal: removal.line)
                 if title_line - HEAD_ABOVE <= removal.line < end)


def guess_date(lines: tuple[Line, ...], blocks: tuple[Block, ...], saved: date,
               removed: tuple[str, ...] = ()) -> DateGuess:
    saved = min(saved, date.today())
    related = sorted(d for d in (_iso(item.date) for block in blocks for item in block.items) if d and d <= saved)
    upper = related[0] if related else saved
    mentions = [(day, where) for day, where in _mentions(lines, removed, related, upper) if day <= upper]
    evidence: list[str] = []
    if related:
        evidence.append(f"related items dated {related[0]} to {related[-1]}")
    if mentions:
        latest, where = max(mentions)
        evidence.insert(0, f"{MENTIONED} {where}")
        if related and upper > latest:
            return DateGuess((latest + timedelta(days=(upper - latest).days // 2)).isoformat(), "low", tuple(evidence))
        return DateGuess(latest.isoformat(), "low", tuple(evidence))
    if related:
        return DateGuess(upper.isoformat(), "low", tuple(evidence))
    return DateGuess(saved.isoformat(), "none", ("no date in the text: the file's modification date",))


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _full_dates(text: str) -> list[tuple[date, str]]:
    """The full days a text names, in the forms `normalize_date_forms` reads too (`20 Nov 2020`, `民國113年5月13日`)."""
    found = []
    for match in _FULL_DATE.finditer(normalize_date_forms(text)):
        day = _valid(int(match["y"]), int(match["m1"] or match["m2"]), int(match["d1"] or match["d2"]))
        if day:
            found.append((day, match.group(0)))
    return found


def _mentions(lines: tuple[Line, ...], removed: tuple[str, ...], related: list[date], upper: date) -> list[tuple[date, str]]:
    """Days the body mentions. A day without a year (`6月13日`) takes its year from the page: the
    full dates of the body, of the furniture taken from it and of the related items, the year
    that puts it nearest the latest of them; without any, it is the latest such day not after
    `upper` (the day the page was saved, or its earliest related item)."""
    full: list[tuple[date, str]] = []
    partial: list[tuple[int, int, str]] = []
    for line in lines:
        full.extend((day, f"{text} (line {line.number})") for day, text in _full_dates(line.text))
        for match in _MONTH_DAY.finditer(line.text):
            partial.append((int(match["m"]), int(match["d"]), f"{match.group(0)} (line {line.number})"))
    page_days = [day for day, _ in full] + [day for text in removed for day, _ in _full_dates(text)] + related
    page_days = [day for day in page_days if day <= upper]
    reference = max(page_days) if page_days else upper
    result = list(full)
    for month, day_of_month, where in partial:
        days = [day for day in (_valid(year, month, day_of_month) for year in (reference.year - 1, reference.year,
                                                                             reference.year + 1)) if day and day <= upper]
        if days:
            # nearest the page's own dates; with none, the most recent one before it was saved
            result.append((min(days, key=lambda day: abs((day - reference).days)) if page_days else max(days), where))
    return result
