"""Lines that are the headline printed another way: with the punctuation a page's <title> drops, or
with what a page's title line adds to it (a name or channel set apart, a site's name after a dash, a
row of the headline's own keywords before it). `headline.choose_headline` takes the headline's own."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.headline_text import SITE_WORDS
from digest.ingest.info_values import CHANNEL
from digest.ingest.model import Line
from digest.ingest.publishers import bare_publisher

MAX_TWIN_DISTANCE = 6  # lines above the chosen one where its bare copy is looked for
MAX_KEYWORD_CHARS = 12
MAX_TITLE_ADDITION = 16
MAX_TITLE_PREFIX = 24
# a site's name after a dash, as a page's title line adds it (`<the headline>-有駕`)
SITE_AFTER_DASH = re.compile(r"[-–—_][^\s\-–—_|｜丨，,。！？!?：:]{1,12}")
_ADDITION_SEPARATOR = re.compile(r"^[ \u3000]*[:：|｜丨_\-–—][ \u3000]*|[ \u3000]*[:：|｜丨_\-–—][ \u3000]*$")


def bare_twin(lines: tuple[Line, ...], chosen: int, limit: int) -> int | None:
    """A line near the chosen one that is the chosen one without what a page's title line adds:
    a name or channel set apart before or after it (`中国青年报:点燃青春激情 共筑精神家园` over
    `点燃青春激情 共筑精神家园`), a name after a dash (`<the headline>-有駕` under `<the headline>`),
    or a row of keywords before it that the headline's own words make (`天文台,特別天氣提示 <the headline>`)."""
    text = lines[chosen].text.strip()
    for index in [*range(chosen + 1, limit), *range(max(0, chosen - MAX_TWIN_DISTANCE), chosen)]:
        bare = lines[index].text.strip()
        if len(bare) < 6 or bare == text or bare not in text:
            continue
        at = text.index(bare)
        addition = text[:at] if at else text[at + len(bare):]
        name = _ADDITION_SEPARATOR.sub("", addition)
        if not (at == 0 or at + len(bare) == len(text)):
            continue
        if index > chosen and len(addition) <= MAX_TITLE_ADDITION + 2 \
                and _ADDITION_SEPARATOR.search(addition) and (bare_publisher(name) or re.fullmatch(CHANNEL, for_matching(name))):
            return index  # (`海外留学生看两会：…`, `中英雙語 | 秋平:…` are the headline's own words)
        if at == 0 and SITE_AFTER_DASH.fullmatch(addition):
            return index
        if at and addition[-1].isspace() and len(addition.strip()) <= MAX_TITLE_PREFIX and len(bare) >= 8 \
                and not re.search(r"[，,。！？!?]", addition) and any(SITE_WORDS.search(for_matching(piece)) for piece in re.split(r"[\s\-–—|｜_]+", addition)):
            return index  # (`環球頭條-環球新聞報 議員之聲 <the headline>`: a page's title, a site's name before it)
        keywords = [word for word in re.split(r"[,，、]", addition.strip()) if word]
        if at and len(keywords) >= 2 and all(len(word) <= MAX_KEYWORD_CHARS and word in bare for word in keywords):
            return index
    return None


_PUNCTUATION = re.compile(r"[\s,，、.。:：;；!！?？\-—|｜·]")


def punctuated_twin(lines: tuple[Line, ...], chosen: int, limit: int) -> int | None:
    """A line below the chosen one that is the same headline with punctuation the chosen one
    lacks: a page's <title> often drops it, its headline keeps it."""
    bare = lines[chosen].text.strip()
    if _PUNCTUATION.search(bare) or len(bare) < 6:
        return None
    for index in range(chosen + 1, limit):
        text = lines[index].text.strip()
        if text != bare and _PUNCTUATION.sub("", text) == bare:
            return index
    return None
