"""Specifics: what pins a report to one happening rather than to a kind of news. The amounts,
counts and days it states in its headline and opening, the day its dateline names, a match's
score, a product's model, the price and model it states up front; which of them two reports of
one event cannot differ in (where a templated series fills in its template); and the days a
report was filed, for the event window. Used by digest.index.stories."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from digest.index.analysis import prepare_text

SPECIFIC_CHARS = 1500  # where a report states its facts: the headline and its opening
LEAD_CHARS = 60  # ... and where a report names its product up front
PRICE_CHARS = 150  # ... and where a price page states its price (`最新售价是9850元`)
PRICE = "元价"  # marks a price of the lead
LEAD_MODEL = "首型"  # ... and a model it names
WEEKDAY = "星期"  # ... and the weekday its opening names
TOLD = "所述"  # ... a day the text names (`12月21日所述`), for `own_days`
HEADLINE = "题述"  # ... and a day its headline names (`12月6日题述`), for `develops`
FLIGHT = "航班"  # a flight's number (`GE235航班`): no product's model
LEVEL = "等级"  # a magnitude or a level (`6.8级地震`, a game's `129级`), not a wind's force (`阵风12级`)

# Amounts and counts with their units (6.2级, 290亿美元, 116人, 3.5%) and the days it names (12月18日).
# (Each pattern that must not start inside a number opens with its first digit or letter and
# looks behind it from there, `\d(?<![\d.]\d)`, not before it, `(?<![\d.])\d`: re then skips to
# the next digit at once instead of trying every character, 3x faster on an article's opening.)
_AMOUNT = re.compile(r"(\d(?<![\d.]\d)\d*(?:\.\d+)?)[ \u3000]?(级|万亿|亿|万|%|％|人|名|米|公里|岁|美元|元|架|辆|吨|度|枚|金|届|倍|公斤|小时|户|间)")
_DAY = re.compile(r"(\d(?<!\d\d)\d?)月(\d{1,2})日")
_DAY_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
# A day of the month alone, as news names the day it reports (`23日上午`, `今(4)日`, `昨(20)日`)
_MONTH_DAY_ALONE = re.compile(r"(\d(?<![月\d]\d)\d?)日(?=[上下中]午|凌晨|清晨|早上|晚|傍晚|夜|深夜)|[今昨前][(（](\d{1,2})[)）]日")
# A wind's force is no quake's magnitude nor a game's level: a typhoon's report names several
# (`最大风力16级`, `8~10级、阵风12级`), each of its day and place.
_WIND_FORCE = re.compile(r"风[^\d，。；,;]{0,4}$|\d[~～至到-]$")
_SCORE = re.compile(r"(\d(?<![\d.:-]\d)\d{0,2})[ \u3000]?(?:-|:|：|比)[ \u3000]?(\d{1,3})(?![\d.:%-])")  # a match's result
# ... not a clock (`13:13分`, `下午13:33`, `4月24日2：30`): an hour and its minutes, said to be a time
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d")
_CLOCK_BEFORE = re.compile(r"(?:上午|下午|凌晨|晚上|早上|中午|傍晚|时间|日|于|至|晚|早)[ \u3000]?$")
_MODEL = re.compile(r"([A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z]{0,4})([- ]?)(\d{1,5}[A-Za-z]?)(?![A-Za-z0-9])")  # S570, DSC-H20, MU5735
# ... not an English word before a number (`at 2 pm`, `next 30 to 45 min`: a model spaced from its
# number is capitalised, `EOS 5D`, `Mate 40`), nor a name before a count (`Steam222万人同时在线`)
_COUNTED = re.compile(r"[ \u3000]?(?:[万亿千百]|人|名|个|張|张|票|年|岁)")
_NOT_MODELS = frozenset({"ISO", "COVID"})  # a sensitivity (ISO1600), a disease (COVID-19), not products
_DATELINE = re.compile(r"(\d(?<!\d\d)\d?)月(\d{1,2})日(?:电|讯|專電|专电)")  # an agency's: the day it reports
_SITE_DATELINE = re.compile(r"(\d(?<!\d\d)\d?)月(\d{1,2})日(?:消息|[(（]记者)")  # a site's: 3月29日消息, 台北5月21日（记者
# Days written in Chinese numerals, as agencies date their reports (中新社北京六月十七日电).
_ROUND = re.compile(r"[1-9]0*[%万人元金]")  # 20%, 30万, 1000金: round figures many reports state
_WEEKDAY = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])(?![年刊报末])")  # 周二沪深基指大幅高开: a daily report's day
_CN_DAY = re.compile(r"([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_CN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}
_FLIGHT = re.compile(r"[ \u3000]?[次号號]?(?:航班|班机|班機)")
_YEAR = re.compile(r"(?:19|20)\d\d")  # `date 2021`, `Windows 2000`: a year, not a model
_DOMAINS = (".com", ".cn", ".net", ".org")  # in every address
_SITE_DATELINE_MARKS = ("日消息", "日(记者", "日（记者")
_AGENCY_DATELINE_MARKS = ("日电", "日讯", "日專電", "日专电")
ADDRESS = re.compile(r"(?:https?://|www\.|[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+\.(?:com|cn|net|org)(?:\.cn)?[A-Za-z0-9./?=&%_-]*")  # it7t.com: a site, not a product


def specifics(title: str, text: str) -> frozenset[str]:
    """The amounts, counts and days a report states in its headline and opening, normalised
    (`6.2级`, `290亿美元` -> `290亿`, `12月18日`): what independent reports of one event share
    and a templated series of different events does not."""
    head = _CN_DAY.sub(_arabic_day, prepare_text(f"{title}\n{text[:SPECIFIC_CHARS]}"))
    found = set()
    for match in _AMOUNT.finditer(head):
        found.add(f"{float(match[1]):g}{match[2].replace('％', '%')}")
        if match[2] == "级" and not _WIND_FORCE.search(head, max(0, match.start() - 6), match.start()):
            found.add(f"{float(match[1]):g}{LEVEL}")
    # (a day with its year, `2011年9月23日`, is history the report recalls, not the day it reports)
    recent = _without(_DAY_WITH_YEAR, head, ("年",))
    found.update(f"{int(month)}月{int(day)}日" for month, day in _DAY.findall(recent))
    # ... and those its text names, not its dateline (a filing day: an agency files several pieces a day)
    told = _without(_DATELINE, _without(_SITE_DATELINE, recent, _SITE_DATELINE_MARKS), _AGENCY_DATELINE_MARKS)
    found.update(f"{int(month)}月{int(day)}日{TOLD}" for month, day in _DAY.findall(told))
    found.update(f"{int(day)}日{TOLD}" for match in _MONTH_DAY_ALONE.findall(told) for day in match if day)
    found.update(f"{int(month)}月{int(day)}日{HEADLINE}" for month, day in _DAY.findall(_CN_DAY.sub(_arabic_day, prepare_text(title))))
    found |= datelines(title, text)
    found.update(f"{int(match[1])}-{int(match[2])}比分" for match in _SCORE.finditer(head) if not _clock(head, match))
    # A price stated up front is a price report's slot (`富士Z300套装仅售1389元`): marked, to
    # conflict, and not counted twice as evidence (`common`).
    lead = prepare_text(f"{title}\n{text[:LEAD_CHARS]}")
    opening = prepare_text(f"{title}\n{text[:PRICE_CHARS]}")
    found.update(f"{float(number):g}{PRICE}" for number, unit in _AMOUNT.findall(opening) if unit == "元")
    found.update(f"{model}{LEAD_MODEL}" for model in _models(_without(ADDRESS, lead, _DOMAINS)))
    found.update(f"{day.replace('天', '日')}{WEEKDAY}" for day in _WEEKDAY.findall(opening))
    head = _without(ADDRESS, head, _DOMAINS)
    found.update(f"{model}型号" for model in _models(head))
    found.update(f"{flight}{FLIGHT}" for flight in _models(head, FLIGHT))
    return frozenset(found)


def _without(pattern: re.Pattern[str], text: str, marks: tuple[str, ...]) -> str:
    """`text` with each match of `pattern` made a space; not searched at all when it has none of
    the `marks` every match contains (each search of an opening costs ~0.1 ms, and most have none)."""
    return pattern.sub(" ", text) if any(mark in text for mark in marks) else text


def _clock(text: str, match: re.Match[str]) -> bool:
    return bool(_CLOCK.fullmatch(match[0])) and (text[match.end():match.end() + 1] in ("分", "时")
                                                 or bool(_CLOCK_BEFORE.search(text[max(0, match.start() - 4):match.start()])))


def _models(text: str, kind: str = "") -> set[str]:
    """The product models a text (its addresses made spaces) names (`kind` ""), or the flights
    (`kind` FLIGHT: `GE235航班`, an identifier of one trip, which only another flight's number
    contradicts)."""
    return {f"{match[1].upper()}{match[3].upper()}" for match in _MODEL.finditer(text)
            if not _YEAR.fullmatch(match[3]) and match[1].upper() not in _NOT_MODELS
            and (match[2] != " " or not match[1].islower()) and not _COUNTED.match(text, match.end())
            and bool(_FLIGHT.match(text, match.end())) == (kind == FLIGHT)}


def precise(found: Iterable[str]) -> bool:
    """Whether any of these specifics is a figure of three significant digits or more
    (`32602人`, `38.2亿`): no boilerplate shares one by chance."""
    for specific in found:
        number = _FIGURE.match(specific)
        if number and len(number.group().replace(".", "").strip("0")) >= 3 and not _DAY.fullmatch(specific):
            return True
    return False


_FIGURE = re.compile(r"\d+(?:\.\d+)?(?=[^\d.-])")


def common(a: frozenset[str], b: frozenset[str]) -> int:
    """How many specifics two reports share (what the lead states is counted once, with the rest)."""
    return sum(1 for s in a & b if not s.endswith((PRICE, LEAD_MODEL, WEEKDAY, TOLD, HEADLINE, LEVEL)) and not _ROUND.fullmatch(s))


_DATELINE_MARKS = ("日电", "日電", "日讯", "日訊", "日专电", "日專電", "日消息", "日(记者", "日（记者", "日(記者", "日（記者")
_DATELINE_MARK = re.compile("日(?:" + "|".join(re.escape(mark[1:]) for mark in _DATELINE_MARKS) + ")")


def datelines(title: str, text: str) -> frozenset[str]:
    """The datelines of a report's headline and opening: an agency's (`12月19日电`), the day it
    was filed, and a site's (`3月29日消息` -> `3月29日报`). Cheap for the many articles without one (all a far-apart pair needs)."""
    if _DATELINE_MARK.search(title) is None and _DATELINE_MARK.search(text, 0, SPECIFIC_CHARS) is None:
        return frozenset()
    head = _CN_DAY.sub(_arabic_day, prepare_text(f"{title}\n{text[:SPECIFIC_CHARS]}"))
    found = {f"{int(month)}月{int(day)}日电" for month, day in _DATELINE.findall(head)}
    # A site's (`北京时间4月8日消息`, `台北5月21日（记者`): the day it reports, not a filing day a
    # reprint keeps (those bring far-apart pages together: agencies' only).
    found.update(f"{int(month)}月{int(day)}日报" for month, day in _SITE_DATELINE.findall(head))
    return frozenset(found)


def _arabic_day(match: re.Match[str]) -> str:
    return f"{_cn_number(match.group(1))}月{_cn_number(match.group(2))}日"


def _cn_number(text: str) -> int:
    """一 .. 三十一 (the numbers of months and days)."""
    if "十" not in text:
        return _CN_DIGITS.get(text[-1], 0)
    tens, _, units = text.partition("十")
    return 10 * (_CN_DIGITS.get(tens, 0) if tens else 1) + (_CN_DIGITS.get(units, 0) if units else 0)


# Specifics one event has only one of: two reports that each carry a dateline day, a quake's
# magnitude, a match's score, a product's model, or up front a price or a model, and share none
# of them report two events (a templated series: bulletins, match reports, product and price
# pages); so do two that name days all far apart (a game's promotions, a daily column).
_DEFINING = (re.compile(r"日[电报]$"), re.compile(r"日电$"), re.compile(f"{LEVEL}$"), re.compile(r"比分$"), re.compile(r"型号$"),
             re.compile(f"{PRICE}$"), re.compile(f"{LEAD_MODEL}$"), re.compile(f"{WEEKDAY}$"), re.compile(f"{FLIGHT}$"))


def conflicting(a: frozenset[str], b: frozenset[str],
                filed: tuple[list[datetime], list[datetime]] | None = None) -> bool:
    """Whether two reports' specifics say two events (see above). `filed`: the days each report
    was filed (`filed_days`), which tell the day it reports from the days it recalls."""
    for kind in _DEFINING:
        ours = {kind.sub("", s) for s in a if kind.search(s)}
        theirs = {kind.sub("", s) for s in b if kind.search(s)}
        if ours and theirs and not ours & theirs:
            if kind is _DEFINING[0] and _next_day(ours, theirs):
                continue  # a site's report of the next day (`3月28日电`, `3月29日消息`); agencies' are exact,
            if kind is _DEFINING[1] and (_tells_day_before(a, ours, theirs) or _tells_day_before(b, theirs, ours)):
                continue  # ... unless the later tells of the earlier's day (Beirut's 10日晚 is Beijing's 8月11日电)
            return True
    days = {d for d in a if _PLAIN_DAY.fullmatch(d)}, {d for d in b if _PLAIN_DAY.fullmatch(d)}
    if filed and (_far_only(days[0], filed[0]) and _names_own_day(days[1], filed[1]) or
                  _far_only(days[1], filed[1]) and _names_own_day(days[0], filed[0])):
        return False  # the crime's day in a report of the trial, a ship's due day: not the day it reports
    return _days_apart(*days)


_PLAIN_DAY = re.compile(r"\d+月\d+日")


def _tells_day_before(found: frozenset[str], ours: set[str], theirs: set[str]) -> bool:
    """Whether a report dated `ours` (`8月11`) tells in its text (TOLD) of a day of `theirs` that is
    the day before (`10日晚`, `8月10日`): filed the next day, or across time zones, on that day's news."""
    for day in theirs:
        match = _MONTH_DAY.match(day)
        if match and any(abs(x - y) == 1 and x > y for x in _ordinals(ours) for y in _ordinals({day})) and \
                found & {f"{int(match[1])}月{int(match[2])}日{TOLD}", f"{int(match[2])}日{TOLD}"}:
            return True
    return False
DAYS_APART = 3  # the event window: two reports whose named days are all further apart report two events


def _days_apart(ours: set[str], theirs: set[str]) -> bool:
    """Whether both reports name days (`12月13日`) and none of one's is within DAYS_APART of the other's."""
    if not ours or not theirs:
        return False
    mine, yours = _ordinals(ours), _ordinals(theirs)
    return bool(mine and yours) and all(min(abs(x - y), 365 - abs(x - y)) > DAYS_APART for x in mine for y in yours)


def _ordinals(days: set[str]) -> set[int]:
    found = set()
    for day in days:
        match = _MONTH_DAY.match(day)
        try:
            found.add(datetime(2001, int(match.group(1)), int(match.group(2))).toordinal())  # type: ignore[union-attr]
        except (ValueError, AttributeError):
            continue
    return found


_MONTH_DAY = re.compile(r"(\d+)月(\d+)")


def _next_day(ours: set[str], theirs: set[str]) -> bool:
    """Whether a day of `ours` and one of `theirs` (`3月28`) are one day apart."""
    mine = _ordinals(ours)
    return any(abs(x - y) in (1, 364) for x in mine for y in _ordinals(theirs))


# The days a report names, against the days it was filed: within DAYS_APART of one is the day it
# reports (its own); all more than DAYS_APART before them are days it recalls (`11月2日`, the
# crime, in a report of the trial dated 12月11日). Days named only by a report that names no day of
# its own, and days far from its page date, still conflict as a series' slots (their pages may
# be dated when they were found, not when they happened).
RECALLED_DAYS = DAYS_APART


def _named(days: set[str], filed: list[datetime]) -> list[list[int]]:
    """Each named day's distance in days from each filed day (the named day taken in the year
    that puts it nearest)."""
    found = [[offset for when in filed if (offset := _offset(day, when)) is not None] for day in days]
    return [distances for distances in found if distances]


def _offset(day: str, when: datetime) -> int | None:
    """Days from `when` to a named day (`12月11日`) in the year that puts it nearest; of a day of
    the month alone (`15日`, what TOLD days may be), in the month that puts it nearest."""
    match = _MONTH_DAY.match(day)
    if match is None:
        return _month_day_offset(int(day.removesuffix("日")), when.date()) if day.removesuffix("日").isdigit() else None
    try:
        named = when.date().replace(month=int(match.group(1)), day=int(match.group(2)))
    except ValueError:
        return None
    offset = (named - when.date()).days
    return min((offset, offset - 365, offset + 365), key=abs)


def _month_day_offset(day: int, when: date) -> int | None:
    offsets = []
    for months in (-1, 0, 1):
        year, month = divmod(when.year * 12 + when.month - 1 + months, 12)
        try:
            offsets.append((date(year, month + 1, day) - when).days)
        except ValueError:
            continue
    return min(offsets, key=abs) if offsets else None


def _names_own_day(days: set[str], filed: list[datetime]) -> bool:
    return any(abs(distance) <= RECALLED_DAYS for distances in _named(days, filed) for distance in distances)


def own_days(found: frozenset[str], filed: list[datetime]) -> set[date]:
    """The days a report's text (not its dateline) names as the day it reports: within
    RECALLED_DAYS of a day it was filed (`12月21日`, `今(4)日`, `15日下午`)."""
    return {when.date() + timedelta(days=offset) for day in found if day.endswith(TOLD) for when in filed
            if (offset := _offset(day.removesuffix(TOLD), when)) is not None and abs(offset) <= RECALLED_DAYS}


def told_apart(a: frozenset[str], b: frozenset[str], filed: tuple[list[datetime], list[datetime]]) -> bool:
    """Whether two reports each name the day they report (`own_days`) and no day of one is within a
    day of the other's: two developments of one storyline (a visit on 8月2日, the drills its
    host announces 今(4)日), which shared names alone do not make one event (a shared figure
    still may: a quake's rescue reported days after it)."""
    ours, theirs = own_days(a, filed[0]), own_days(b, filed[1])
    return bool(ours and theirs) and all(abs((x - y).days) > 1 for x in ours for y in theirs)


def reported_days(found: frozenset[str], filed: list[datetime]) -> list[datetime]:
    """The days before filing (at most RECALLED_DAYS) that a report's text names: what it
    reports happened then (a report of 1月31日 on the finding of 1月28日 and the 48 hours after)."""
    told = [d.removesuffix(TOLD) for d in found if d.endswith(TOLD)]
    return [when + timedelta(days=offset) for day in told for when in filed
            if (offset := _offset(day, when)) is not None and -RECALLED_DAYS <= offset < 0]


def _far_only(days: set[str], filed: list[datetime]) -> bool:
    """Whether every day a report names is far from the days it was filed: days it recalls, or
    days to come within DAYS_TO_COME (`原定3月31日抵達`, a ship's due day in a report of its
    grounding)."""
    named = _named(days, filed)
    return bool(named) and all(distance < -RECALLED_DAYS or RECALLED_DAYS < distance <= DAYS_TO_COME
                               for distances in named for distance in distances)


DAYS_TO_COME = 30  # a due day, a meeting planned: weeks ahead (a day months ahead may as well be last year's)


_DATELINE_DAY = re.compile(r"(\d+)月(\d+)日电$")


def filed_days(published: datetime, found: Iterable[str]) -> list[datetime]:
    """When an article was published, and the days its agency datelines among `found` (its
    specifics or datelines) say the report was filed: a reprint keeps its original's
    `12月19日电` whenever the page itself is dated. The latest such day not after publication."""
    days = [published]
    for specific in found:
        match = _DATELINE_DAY.match(specific)
        if match:
            month, day = int(match.group(1)), int(match.group(2))
            for year in (published.year, published.year - 1):
                try:
                    filed = published.replace(year=year, month=month, day=day)
                except ValueError:
                    continue
                if filed <= published + timedelta(days=1):
                    days.append(filed)
                    break
    return days


def develops(a: frozenset[str], b: frozenset[str], filed: tuple[list[datetime], list[datetime]]) -> bool:
    """Whether one report tells of a development after the other was filed: a day up to its own
    filing that is more than a day after the other's (time zones), or in its headline a day to
    come while it was filed a day or more after the other (the funeral a notice announces after a
    death), that the other does not name."""
    for ours, theirs, mine, when in ((a, b, filed[0], filed[1]), (b, a, filed[1], filed[0])):
        latest = max(day.date() for day in when)
        if min(day.date() for day in mine) <= latest:
            continue  # (filed the same day: what one says of days ahead the other may not)
        days = {day for day, offset in _told(ours, mine) if -RECALLED_DAYS <= offset <= 0}
        days |= {day for day, offset in _told(ours, mine, HEADLINE) if 0 < offset <= DAYS_TO_COME}
        named = {day for day, _offset in _told(theirs, when, TOLD, ANY_DAY) | _told(theirs, when, "", ANY_DAY)}
        if any((day - latest).days > 1 and all(abs((day - other).days) > 1 for other in named) for day in days):
            return True
    return False


ANY_DAY = 366  # (a day named without its year is taken in the year nearest the filing: within half a year)


def _told(found: frozenset[str], filed: list[datetime], mark: str = TOLD, within: int = DAYS_TO_COME) -> set[tuple[date, int]]:
    """The days of `found` marked `mark` (TOLD, HEADLINE; "" for the plain `12月6日`), each with
    its distance from the nearest filing day, up to `within` days from it."""
    found_days = set()
    for day in found:
        if mark and not day.endswith(mark) or not mark and not _PLAIN_DAY.fullmatch(day):
            continue
        for when in filed:
            offset = _offset(day.removesuffix(mark) if mark else day, when)
            if offset is not None and abs(offset) <= within:
                found_days.add((when.date() + timedelta(days=offset), offset))
    return found_days
