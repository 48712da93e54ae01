"""Saved HTML pages: what a page's <meta> tags (and its structured data) say of the article: its
publication time, and the publisher they name (read by extract.py beside the page's own header).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from digest.ingest.model import Found


# <meta> tags that give the publication time (`article:published_time`, sina; `apub:time`, qq)
_META_TIMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "apub:time", "og:release_date",
               "datepublished", "dc.date.issued", "firstpublishedtime", "publishtime", "pubtime", "publication_date",
               "originalpublicationdate", "og:published_time", "article:published", "published_time", "publish-date",
               "weibo:article:create_at", "weibo: article:create_at", "parsely-pub-date", "sailthru.date", "dc.date")
_DATE_TIME = re.compile(r"^((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
# a page's structured data (`<script type="application/ld+json">{"datePublished": "2024-05-13T10:30:00+08:00"}`)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def meta_published(root: Any) -> str:
    """The publication date (and time, as the page prints it: its offset dropped) its <meta>
    tags give, `YYYY-MM-DD[THH:MM:SS]`, else its structured data or a WeChat article's script, or ""."""
    if root is None:
        return ""
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        match = _DATE_TIME.match((meta.get("content") or "").strip()) if key in _META_TIMES else None
        if match:
            year, month, day, hour, minute, second = match.groups()
            value = f"{year}-{int(month):02d}-{int(day):02d}"
            if hour is not None and int(hour) < 24 and int(minute) < 60:
                value += f"T{int(hour):02d}:{minute}:{second or '00'}"
            return value
    for script in root.iter("script"):
        published = _LD_PUBLISHED.search(script.text or "") if "ld+json" in (script.get("type") or "") else None
        match = _DATE_TIME.match(published.group(1)) if published else None
        if match:
            year, month, day, hour, minute, second = match.groups()
            value = f"{year}-{int(month):02d}-{int(day):02d}"
            return value + (f"T{int(hour):02d}:{minute}:{second or '00'}" if hour is not None and int(hour) < 24 and int(minute) < 60 else "")
    return wechat_published(root)


# A WeChat article (mp.weixin.qq.com) prints its date with a script, relative to the moment it
# is shown (`昨天`, `前天`): a saved page holds the time only as its script's `var ct = "1581517074"`
# (seconds since 1970), beside the account's `var nickname = "爱否科技"`.
_WECHAT_TIME = re.compile(r'\bvar\s+ct\s*=\s*"(\d{9,10})"')
_WECHAT_ACCOUNT = re.compile(r'\bvar\s+nickname\s*=\s*(?:htmlDecode\()?\s*["\']([^"\'\n]{1,40})["\']')
_BEIJING = timezone(timedelta(hours=8))  # the time WeChat shows its readers in China


def wechat_published(root: Any) -> str:
    """The time a saved WeChat article was posted (`YYYY-MM-DDTHH:MM:SS`, Beijing time), or ""."""
    found = _wechat_script(root, _WECHAT_TIME)
    if not found:
        return ""
    return datetime.fromtimestamp(int(found), _BEIJING).strftime("%Y-%m-%dT%H:%M:%S")


def wechat_account(root: Any) -> str:
    """The account that posted a saved WeChat article (its publisher when the text names none), or ""."""
    return " ".join(_wechat_script(root, _WECHAT_ACCOUNT).split()) if _wechat_script(root, _WECHAT_TIME) else ""


def _wechat_script(root: Any, pattern: re.Pattern[str]) -> str:
    for script in root.iter("script") if root is not None else ():
        found = pattern.search(script.text or "")
        if found:
            return found.group(1)
    return ""


def timed(item: Found, published: str, where: str = "the page's <meta> tags") -> Found:
    """A date the header states without its time (`2019-09-23`), with the time the <meta> tags
    (or the page's date element) give that day."""
    if item.field != "date" or len(item.value) != 10 or len(published) <= 10 or not published.startswith(item.value):
        return item
    return Found("date", published, item.line, f"{item.evidence}; the time from {where}")


def with_time(day: str, published: str) -> str:
    """The extractor's date (a day) with the time the <meta> tags give that day, or their date
    when the extractor found none."""
    if published and (not day or published.startswith(day[:10])):
        return published if len(published) > len(day) or not day else day
    return day


def printed_time(lines: list[str], day: str) -> str:
    """The page's one date element (of its visible `lines`) with its time on `day` (`<div>2013.06.29 04:17 pm</div>`: the
    story's stamp, which the extractor leaves out), or "" when there is none or more than one time
    (a list of that day's stories)."""
    from digest.ingest.dates import parse_date_text
    lines = [line.strip() for line in lines]
    times: set[str] = set()
    for index in range(len(lines)):
        # (a date printed in pieces, an element each: `2014年` / `03月` / `20日` / `00:43`)
        for joined in (" ".join(lines[index:index + count]) for count in range(1, MAX_DATE_PIECES + 1)):
            value = parse_date_text(joined) if len(joined) <= MAX_DATE_ELEMENT and day[:4] in joined else None
            if value and value.startswith(day + "T"):
                times.add(value)
    return times.pop() if len(times) == 1 else ""


MAX_DATE_ELEMENT = 40
MAX_DATE_PIECES = 4


# <meta> tags in which Chinese sites name an article's publisher (`<meta name="source"
# content="人民日报海外版">`, sina's `mediaid`, `article:author` when it is a name, not a person's)
_META_SOURCES = ("source", "contentsource", "mediaid", "article:source", "article:author")
NAME_CHANNEL = re.compile(r"[\u4e00-\u9fff]{2,12}-[\u4e00-\u9fff]{2,8}")
_SOURCE_LABEL = re.compile(r"^(?:来源|來源|稿源|出处)[ \u3000]*[:：][ \u3000]*")


def meta_source(root: Any) -> str:
    """The publisher a page's <meta> tags name, the first in the order of _META_SOURCES: a
    source for a page whose text names none (a 来源 line wins: `article:author` may name the host)."""
    from digest.ingest.info_values import publisher_name

    if root is None:
        return ""
    named: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key in _META_SOURCES and key not in named:
            value = _SOURCE_LABEL.sub("", " ".join((meta.get("content") or "").split()))
            first = value.split(" ")[0] if value else ""
            if first and (publisher_name(first) or NAME_CHANNEL.fullmatch(first)):
                named[key] = first
    return next((named[key] for key in _META_SOURCES if key in named), "") or wechat_account(root)


_NOT_A_NAME = re.compile(r"版权|版權|Copyright|copyright|All Rights|©|^[\w.-]+\.(?:com|cn|net|org|hk|tw)(?:\.\w+)?$|^www\.", re.IGNORECASE)


def site_name(name: str) -> str:
    """An HTML page's site name as a source, when it is a name: not a domain, not a copyright line."""
    name = " ".join(name.split())
    paired = _ACRONYM_AND_NAME.fullmatch(name)
    if paired:  # (`RFI - 法国国际广播电台`: the name, not its acronym beside it)
        name = paired["after"] or paired["before"]
    return "" if not name or _NOT_A_NAME.search(name) or len(name) > 30 else name


_ACRONYM_AND_NAME = re.compile(r"[A-Z]{2,6}[ \u3000]*[-–—|｜][ \u3000]*(?P<after>[\u4e00-\u9fff]{2,16})|"
                               r"(?P<before>[\u4e00-\u9fff]{2,16})[ \u3000]*[-–—|｜][ \u3000]*[A-Z]{2,6}")
