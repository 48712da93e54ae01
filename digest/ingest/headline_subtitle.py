"""The lines right under a headline that belong to it: its subtitle (副题), printed between it and its
info line (`省十三届人大七次会议举行第二场新闻发布会` / `5位发布人就…作主题发布` / `2024-05-13 来源：…`) or
opened by a dash under both (`——瀘定縣冷磧鎮小城鎮建設走筆`), and the short lines that say nothing
(a counter, an account's name, a tag) that may stand between them."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching, squeezed
from digest.ingest.datelines import DATELINE_START
from digest.ingest.headline_text import DATELINE_TITLE, MAX_HEADLINE_CHARS
from digest.ingest.model import Line, Page

MAX_BELOW_HEADLINE_CHARS = 10
_DATELINE = re.compile(r"(?:电|讯|报道|消息|专电)[)）】]?$")
_PARTICLES = tuple("吧吗呢啊呀了哦啦嘛是的")  # a sentence's last word: text, however short
_FUNCTION_STARTS = tuple("也就还而但或和与是在把被对从以为让将并又")  # a clause's first word: text


def subtitle_under(page: Page, headline: str) -> Line | None:
    """The headline's subtitle among the lines under it (the headline taken off the page), if any."""
    return _dashed_subtitle(page) or _subtitle_over_info(page, headline)


def _subtitle_over_info(page: Page, headline: str) -> Line | None:
    """The line under the headline is its subtitle when the page's info line comes right after it:
    a headline's shape (no sentence in it, not the headline again, no dateline opening the text),
    printed before the byline, where no text starts. A short line that says nothing may stand
    between the headline and it (`共有115人关注`: a counter)."""
    for skip in (0, 1):
        if len(page.lines) < skip + 2 or (skip and not says_nothing(for_matching(page.lines[0].text.strip()))):
            return None
        first, second = page.lines[skip], page.lines[skip + 1]
        text = for_matching(first.text.strip())
        if skip and says_nothing(text):
            return None  # (two short lines: the short lines' rule reads them)
        if 6 <= len(text) <= MAX_HEADLINE_CHARS and not re.search(r"[。！？!?；;，,：:]$|。.", text) and not first.heading \
                and not DATELINE_START.match(text) and not DATELINE_TITLE.match(text) and squeezed(headline) not in squeezed(text) \
                and any(found.line is not None and first.number < found.line < second.number and found.field in ("date", "source", "author")
                        for found in page.found):
            return first
    return None


def _dashed_subtitle(page: Page) -> Line | None:
    """The line under the headline (and its info line) when a dash opens it and no sentence is in it
    (`——瀘定縣冷磧鎮小城鎮建設走筆`): a paper's subtitle (副题), as the page's other decks."""
    first = page.lines[0] if page.lines else None
    text = for_matching(first.text.strip()) if first else ""
    return first if first and re.match(r"^(?:——|—|--)[^—-]", text) and len(text) <= MAX_HEADLINE_CHARS + 2 \
        and not re.search(r"[。！？!?；;]", text) and len(page.lines) > 1 else None


def says_nothing(text: str) -> bool:
    """A short line under the headline with no clause in it (a counter, an account's name, a tag)."""
    return len(text) <= MAX_BELOW_HEADLINE_CHARS and not re.search(r"[。！？!?，,；;：:]", text) and not _DATELINE.search(text) \
        and not text.endswith(_PARTICLES) and not text.startswith(_FUNCTION_STARTS) and not (text.startswith("《") and text.endswith("》"))
