"""A headline's wrapping judged by the page's own text: a site's name before a colon (`某某网:<headline>`,
`example.com:`) whose words the text under it never uses is the site's stamp, which a page's title sets
before its headline; a name ending so that the text does use (`互联网:…`, `物联网:…`) is the headline's
topic, and stays. (A column's label, a speaker's or an office's name before a colon stays whatever the
text says: the gold keeps `特稿:`, `石炜:`, `國家統計局:`.)"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.headline_text import clean_headline, unwrap_named
from digest.ingest.model import Page

TEXT_LINES = 40  # lines under the headline read as its text (a footer's copyright line, further down, names the site too)
# a short stamp, a colon, then the headline: no mark, bracket or quote inside the stamp
_COLON_STAMP = re.compile(r"^(?P<stamp>[^:：|｜丨_\s【】\[\]()（）“”\"'《》「」,，。、!！?？;；]{1,8}(?:网|網|\.com|\.cn|\.net))"
                          r"[ \u3000]*[:：][ \u3000]*(?P<title>\S.{7,})$")


def without_stamp(headline: str, text: str) -> str:
    """The headline without a stamp before its colon that neither the headline's own words nor the
    text under it use."""
    match = _COLON_STAMP.match(headline)
    if not match:
        return headline
    stamp, title = for_matching(match["stamp"]), match["title"]
    return headline if stamp in for_matching(title) or stamp in for_matching(text) else title


# a name in brackets before the headline: a column's label (kept, FORMAT.md: `【西街观察】…`) or an outlet's stamp
_BRACKETED = re.compile(r"^【(?P<stamp>[^【】\s]{2,12})】[ \u3000]*(?P<title>\S.{5,})$")
MIN_ECHO_DISTANCE = 5  # lines under the headline: nearer, a line of its own may be the column's heading


def without_echoed_stamp(headline: str, lines: tuple[str, ...]) -> str:
    """The headline without the bracketed name before it when the page prints that name as a line of its
    own further down, past the head (`【某某融媒】<headline>` … `某某融媒` in the footer): the outlet signing
    its page, not a column's label."""
    match = _BRACKETED.match(headline)
    if not match:
        return headline
    stamp = for_matching(match["stamp"])
    echoed = any(for_matching(line.strip()) == stamp for line in lines[MIN_ECHO_DISTANCE:])
    return match["title"] if echoed else headline


# the site naming itself in its copyright line: `Copyright © 2024 搜狐 版权所有`, `©2023 X All Rights Reserved`, `X 版权所有`
_COPYRIGHT_NAME = re.compile(r"(?:(?:Copyright|版权所有|版權所有)[ \u3000]*(?:©|\(c\)|&copy;)?|©)[ \u3000]*(?:(?:19|20)\d{2}(?:[ \u3000]*[-–][ \u3000]*(?:19|20)\d{2})?)?"
                             r"[ \u3000]*(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,15})(?=[ \u3000]*(?:版权所有|版權所有|All [Rr]ights|[,，.。|｜ \u3000]|$))"
                             r"|(?P<owner>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,15})[ \u3000]*(?:版权所有|版權所有)", re.IGNORECASE)


def copyright_names(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The names the page's copyright lines give its site (not a year, not a host: those are read as such)."""
    return tuple(match["name"] or match["owner"] for text in texts if "©" in text or "opyright" in text or "版" in text
                 for match in _COPYRIGHT_NAME.finditer(text))


def page_headline(title: str, page: Page, names: tuple[str, ...]) -> str:
    """The headline a page's title line gives: its wrapping taken off (`clean_headline`), the names
    the page states elsewhere (`unwrap_named`: its info lines', its copyright line's), a stamp the text
    under it never uses, a bracketed name the page prints again as a line of its own."""
    text = "\n".join(line.text for line in page.lines[:TEXT_LINES])
    # (the page's lines under it, with those its furniture rules already took out: a footer's)
    first = page.lines[0].number if page.lines else 0
    under = tuple(text for _, text in sorted([(line.number, line.text) for line in page.lines]
                                             + [(removal.line, removal.text) for removal in page.removals if removal.line >= first]))
    headline = without_stamp(unwrap_named(clean_headline(title), names + copyright_names(under)), text)
    return without_echoed_stamp(headline, under)
