"""Rule `metadata_lines`, and the title: what a page says about itself becomes front matter.

Portals print an "info line" near the top (`来源:华尔街见闻`, `2025-06-14 09:30 来源：新华网 作者：张三`,
`文/张三`, `原文链接：https://…`). Such a line is parsed into fields, recorded with its line number,
and leaves the body. A line is only taken when *all* of it parses as fields: a sentence that
happens to contain 来源 stays.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.dates import parse_date_text
from digest.ingest.model import Found, Line, Page, Removal

_SOURCE = r"(?:(?:文章|本文|稿件|新闻|信息|内容|图文)?(?:来源于|来源|来自|出处|稿源|转载自|转载于|转自)|source|Source|SOURCE)"
_AUTHOR = r"(?:作者|撰文|撰稿|特约记者|本报记者|本台记者|记者|通讯员|文字|文|By|by)"
_EDITOR = r"(?:责任编辑|责编|编辑|校对|审核|审校|监制|统筹|值班编辑|主编)"
_DATE = r"(?:发布时间|发表时间|发布日期|发表日期|更新时间|发布于|时间|日期)"
_URL_LABEL = r"(?:原文链接|原文地址|本文链接|文章链接|本文地址|原文|链接|网址|来源网址|URL|url)"
_LABEL = re.compile(
    rf"(?P<label>{_URL_LABEL}|{_SOURCE}|{_EDITOR}|{_DATE}|{_AUTHOR})[ \u3000]*[:：/｜|丨][ \u3000]*"
)
_KIND = [("source_url", re.compile(_URL_LABEL + "$")), ("source", re.compile(_SOURCE + "$")),
         ("editor", re.compile(_EDITOR + "$")), ("date", re.compile(_DATE + "$")), ("author", re.compile(_AUTHOR + "$"))]
_BRACKETS = "【】[]()（）〔〕<>《》"
_URL = re.compile(r"^https?://[^\s<>\"'，。]+$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_SEPARATORS = " \u3000|｜丨"
_BYLINE = re.compile(r"[(（](?:本报|本台|新华社|中新社|中新网)?记者[ \u3000]*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3})[)）]")
# A whole line naming the reporters: `半月谈记者 史卫燕`, `⊙本报记者 吴晓婧 李良`, `记者 张三 通讯员 李四`.
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、，,][\u4e00-\u9fff·]{2,4}){0,3}"
_BYLINE_LINE = re.compile(
    rf"^[⊙●○◎■□◆◇▲△★☆·•]?[\u4e00-\u9fff]{{0,5}}?(?:记者|通讯员|撰稿|特约撰稿人?|撰文)[ \u3000]+(?P<names>{_NAMES})"
    rf"(?:[ \u3000]+(?:通讯员|实习生|记者)[ \u3000]*{_NAMES})?$"
)
_TITLE_LABEL = re.compile(r"^(?:标题|题目|新闻标题)[:：][ \u3000]*")
MAX_VALUE = 40
HEAD_LINES = 6
TAIL_LINES = 3


def parse_info_line(text: str) -> list[tuple[str, str]] | None:
    """The fields of a line made only of labelled fields, dates and times; else None. Labels
    in Traditional characters (來源, 記者) are read as their Simplified forms; values keep theirs."""
    text = text.strip().strip(_BRACKETS).strip()
    if not text or len(text) > 160:
        return None
    plain = for_matching(text)
    if plain != text:
        fields = _parse_fields(plain)
        return [(kind, text[plain.index(value):plain.index(value) + len(value)] if value in plain else value)
                for kind, value in fields] if fields else None
    return _parse_fields(text)


def _parse_fields(text: str) -> list[tuple[str, str]] | None:
    if not text or len(text) > 160:
        return None
    if _URL.match(text):
        return [("source_url", text)]
    byline = _BYLINE_LINE.match(text)
    if byline and len(text) <= 40:
        return [("author", byline["names"])]
    labels = list(_LABEL.finditer(text))
    fields: list[tuple[str, str]] = []
    lead = text[:labels[0].start()] if labels else text
    if not _only_dates(lead, fields):
        return None
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        value = text[match.end():end].strip(_SEPARATORS + "，,;；")
        kind = next(name for name, pattern in _KIND if pattern.match(match["label"]))
        if not value or len(value) > MAX_VALUE or not _take_value(kind, value, fields):
            return None
    return fields or None


def _only_dates(text: str, fields: list[tuple[str, str]]) -> bool:
    """True when text is empty or only dates and times (which are added to fields)."""
    words = [word for word in re.split(r"[ \u3000|｜丨]+", text.strip()) if word]
    joined = " ".join(words)
    if not words:
        return True
    parsed = parse_date_text(joined)
    if parsed:
        fields.append(("date", parsed))
        return True
    return False


def _take_value(kind: str, value: str, fields: list[tuple[str, str]]) -> bool:
    """Split a value into its own words and trailing dates (`新华网 2025-06-14 09:30`)."""
    if kind == "date":
        parsed = parse_date_text(value)
        if not parsed:
            return False
        fields.append(("date", parsed))
        return True
    if kind in ("source", "source_url") and _URL.match(value):
        fields.append(("source_url", value))
        return True
    if kind == "source_url":
        return False
    words = [word for word in re.split(r"[ \u3000]+", value) if word]
    for cut in range(len(words)):
        tail = " ".join(words[cut:])
        parsed = parse_date_text(tail) if cut else None
        if parsed:
            fields.append((kind, " ".join(words[:cut])))
            fields.append(("date", parsed))
            return True
    if any(char in value for char in "。！？，?!"):
        return False  # a sentence (`记者：…如何？` is a question in an interview), not a name
    fields.append((kind, value))
    return True


def take_metadata_lines(page: Page, ctx: object) -> Page:
    kept: list[Line] = []
    removals: list[Removal] = []
    found: list[Found] = []
    last = len(page.lines) - 1
    for index, line in enumerate(page.lines):
        near_edge = index <= HEAD_LINES or index >= last - TAIL_LINES
        fields = parse_info_line(line.text) if index > 0 else None
        if fields and all(kind == "editor" for kind, _ in fields):
            fields = None  # an editor's credit alone is portal boilerplate (rule boilerplate_patterns)
        if fields and (near_edge or any(kind in ("source", "author") for kind, _ in fields)):
            only_dates = all(kind == "date" for kind, _ in fields)
            if not (only_dates and not near_edge):
                found.extend(Found(kind, value, line.number, f"line {line.number}: {line.text}") for kind, value in fields)
                removals.append(Removal("metadata_lines", line.number, line.text, "info line: " + ", ".join(k for k, _ in fields)))
                continue
        kept.append(line)
    found.extend(_bylines(kept))
    if not removals and not found:
        return page
    return page.with_lines(kept, removals, found=page.found + tuple(found))


def _bylines(lines: list[Line]) -> list[Found]:
    """`中新网天津6月13日电 (记者 周亚强)`: the reporter named in the lead stays in the text, and is
    the article's author when nothing else names one."""
    for line in lines[1:3]:
        match = _BYLINE.search(line.text)
        if match:
            return [Found("author", match["names"], line.number, f"line {line.number}: byline {match.group(0)}")]
    return []


def take_title(page: Page) -> tuple[str, Found | None, Page]:
    """The headline is the first line (for HTML, extract.py put the page's title there)."""
    lines = list(page.lines)
    if not lines:
        return "", None, page
    first = lines.pop(0)
    title = _TITLE_LABEL.sub("", first.text).strip().lstrip("#").strip()
    where = "the page's title" if first.number == 0 else f"line {first.number}"
    return title, Found("title", title, first.number or None, where), page.with_lines(lines)
