"""What a saved page's <title> says of its headline: the site's name at one end (`…-新华网`,
`自由電子報 - …`), a section trail the page's breadcrumb names (`… | 仁川亞運 | 運動大聯盟`), a headline
among other stories' (`… | … | channel`), and whether a heading is only the site's name.
"""
from __future__ import annotations

import re
from typing import Any

from digest.ingest.chinese import squeezed
from digest.ingest.headline_text import SITE_WORDS
from digest.ingest.html_visible import visible_lines

TITLE_SEPARATORS = frozenset(" -_|｜–—·:：")
_SITE_PREFIX = re.compile(r"^(?P<site>[^-_|｜–—]{1,16}?)\s*[-_|｜–—]+\s*(?P<title>.{6,})$")
_SPACED_SITE_SUFFIX = re.compile(r"^(?P<title>.{6,}?)[\s\-_|｜–—]+(?P<site>[^\s\-_|｜–—]{1,16})$")
_SITE_SUFFIX = re.compile(r"^(?P<title>.{4,}?)\s*[-_|｜–—]+\s*(?P<site>[^-_|｜–—]{1,16})$")


def clean_html_title(title: str, sitename: str, root: Any = None) -> str:
    """`武汉的声音：…！-新华网` -> `武汉的声音：…！`: a site name after a dash or bar goes. An
    extractor's title that is only the site name opening or ending the page's <title> (`自由電子報` of
    `自由電子報 - 果汁？啤酒？難分 「飲誘」青少年`, `松花江网` of `土豆不“土” 土豆无“土” 松花江网`) gives way to
    the rest of it."""
    title = " ".join(title.split())
    full = " ".join((root.findtext(".//title") or "").split()) if root is not None else ""
    for ends in (_SITE_PREFIX.match(full), _SPACED_SITE_SUFFIX.match(full)):  # (`<headline> 松花江网` too)
        if ends and squeezed(ends["site"]) == squeezed(title) and \
                ((sitename and sitename in ends["site"]) or SITE_WORDS.search(ends["site"].strip())):
            return ends["title"].strip()
    match = _SITE_SUFFIX.match(title)
    if match:
        site = match["site"].strip()
        if (sitename and sitename in site) or SITE_WORDS.search(site):
            title = match["title"].strip()
    return _without_trail(title, root)


_TRAIL_PART = re.compile(r"[ \u3000]+[|｜][ \u3000]+")
_CRUMB_PART = re.compile(r"[ \u3000]*(?:[/>›»|｜•·]|&gt;)[ \u3000]*")


def _without_trail(title: str, root: Any) -> str:
    """A <title> that ends in the page's section trail (`南韓style 明目張膽搞小動作 | 仁川亞運 | 運動大聯盟`
    on a page whose breadcrumb reads `udn / 運動大聯盟 / 仁川亞運`): the parts the page's breadcrumb
    or menu names go, from the end, while a headline is left."""
    parts = _TRAIL_PART.split(title)
    if len(parts) < 2 or root is None:
        return title
    named = {squeezed(part) for line in visible_lines(root) if len(line) <= 40
             for part in _CRUMB_PART.split(line) if part}
    while len(parts) > 1 and squeezed(parts[-1]) in named and len(squeezed(parts[0])) >= 6:
        parts.pop()
    return " | ".join(parts)


def first_of_bars(title: str, root: Any) -> str:
    """`<headline> | <another story> | <channel>`: a page's <title> of parts between bars whose first
    part the page prints alone as a line (its headline, no <h1>): that part."""
    first = title.split("|")[0].strip() if "|" in title else ""
    if len(squeezed(first)) < MIN_BAR_HEADLINE or not any(squeezed(line) == squeezed(first) for line in visible_lines(root)):
        return title
    return first


MIN_BAR_HEADLINE = 6


def site_part(heading: str, page_title: str) -> bool:
    """Whether a heading is the name that ends (or opens) the page's <title>, set off by a separator,
    beside a longer rest: the site's logo in an <h1> (`<h1><a href="/">中時電子報</a></h1>` under
    `<title>李安失望台灣商業片 不會進戲院 - 中時電子報</title>`), not the article's headline."""
    if heading == page_title or len(page_title) - len(heading) <= len(heading) + 1:
        return False
    if page_title.endswith(heading):
        return page_title[-len(heading) - 1] in TITLE_SEPARATORS
    return page_title.startswith(heading) and page_title[len(heading)] in TITLE_SEPARATORS
