"""The evidence that a line near the top of a page is its headline, as numbers, and their weights.

`headline.choose_headline` scores each line above the article's text by these features. The
weights were set by reading pages. Weights fitted on the tune split of bench/real
(bench/headline_fit.py: a conditional logistic regression over each page's candidate lines,
checked leave-one-round-out) chose right less often (115 of 128 pages against 117): the features
the hand weights leave out (weight 0) are there for that fit.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import HAN, for_matching, shared_pairs, squeezed
from digest.ingest.headline_text import LEADING_BULLET
from digest.ingest.model import Line
from digest.ingest.paragraphs import is_paragraph

KICKER_END = ("——", "—", "--")
TWIN_GAP = 2  # line numbers: a blank line may stand between a line and its copy
MAX_BETWEEN_TWINS = 10  # characters: a counter (`共有115人关注`), a channel's word
NEAR = 30  # lines either side where a headline's second copy is looked for
_NUMBERED = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,2}[)）])")
_COMPANY = re.compile(r"\b(?:Inc|Ltd|LLC|Corp|Co)\b\.?(?:[ \u3000]|$)")


# What makes a line the headline, weighed
HAND_WEIGHTS = {"index": -0.2, "index_far": -0.01, "first_line": 1.0, "no_han": -2.0, "words_in_text": 4.0, "html_title": 3.0,
                "byline_under": 2.0, "date_under": 1.0, "subtitle_under": 1.5, "kicker_above": 1.5, "bullet": -1.5,
                "company": -2.0, "headline_length": 0.5, "short": -1.0,
                # more evidence, which the hand weights leave out
                "dated_byline_under": 0.0, "printed_again": 0.0, "shouts": 0.0, "separator": 0.0, "bracketed": 0.0,
                "commas": 0.0, "long": 0.0, "text_under": 0.0, "twin_under": 2.0, "crumb_end": 2.0}
WEIGHTS = dict(HAND_WEIGHTS)  # (bench/headline_fit.py tries others in their place)


def headline_features(line: Line, index: int, lines: tuple[Line, ...], text_after: str, info_lines: dict[int, set[str]],
                      html_title: str, copies: frozenset[tuple[str, int]] = frozenset(),
                      crumbs: frozenset[tuple[str, int]] = frozenset()) -> tuple[dict[str, float], list[str]]:
    """The evidence for a line that may be the headline, as numbers, and what it says in words."""
    text = line.text.strip()
    plain = for_matching(text)
    notes: list[str] = []
    features = dict.fromkeys(HAND_WEIGHTS, 0.0)
    features["index"] = min(index, 5)
    features["index_far"] = index
    features["first_line"] = float(index == 0 and len(plain) >= 8)  # the first line is the headline unless the evidence says otherwise
    features["no_han"] = float(not HAN.search(text))
    shared = shared_pairs(plain, for_matching(text_after))
    if shared is not None:
        features["words_in_text"] = shared * min(1.0, len(plain) / 10)  # a short name recurs in any text
        if shared >= 0.3:
            notes.append(f"{shared:.0%} of its words in the text")
    if html_title and (text in html_title or html_title in text):
        features["html_title"] = 1.0
        notes.append("the page's HTML title")
    below = lines[index + 1].number if index + 1 < len(lines) else line.number + 3
    under = set().union(*(fields for number, fields in info_lines.items() if line.number < number < below))
    if under:
        # a byline (who wrote it, who published it) is the headline's own; a date alone may be the page's
        features["byline_under" if under & {"source", "author"} else "date_under"] = 1.0
        notes.append("an info line under it")
    if index + 1 < len(lines) and for_matching(lines[index + 1].text.strip()).startswith(("——", "—", "--")):
        features["subtitle_under"] = 1.0  # a subtitle (`——《中国青年报》金牌读者回家侧记`) stands right under its headline
        notes.append("a subtitle under it")
    if index and lines[index - 1].text.rstrip().endswith(KICKER_END):
        features["kicker_above"] = 1.0  # a kicker (`“一带一路”论坛上的志愿者——`) stands right above its headline
        notes.append("a kicker above it")
    # an item of a list (a menu, links), or a numbered one (`1.上半年…一览:…`, `二、…`): no tune page's headline is numbered so
    features["bullet"] = float(bool(LEADING_BULLET.match(text) or _NUMBERED.match(plain)))
    features["company"] = float(bool(_COMPANY.search(text)))  # a company's name (`VOCO Media Inc. 網絡新聞媒體集團`): who runs the site
    features["headline_length"] = float(8 <= len(text) <= 40)
    features["short"] = float(not 8 <= len(text) <= 40 and len(plain) < 6)  # a menu word, a name, a label
    features["dated_byline_under"] = float(bool(under & {"source", "author"}) and "date" in under)
    key = squeezed(text)
    features["printed_again"] = float(len(key) >= 6 and any(other is not line and squeezed(other.text) == key
                                                            for other in lines[max(0, index - NEAR):index + NEAR]))
    # its copy right under it, which the furniture rule took out (`哈尔滨冰雪旅游首现节后大潮` twice, then a subtitle)
    # (or, the page's first line, further down its head with only short lines between, a counter or a channel's
    # word: the page's title, then its `<h1>`; past a longer line, a copy may be a list's: round a's holdout lost one)
    longer = [other.number for other in lines[index + 1:index + 1 + NEAR] if len(other.text.strip()) > MAX_BETWEEN_TWINS]
    features["twin_under"] = float(len(key) >= 6 and any(
        copy == key and line.number < number and (number <= line.number + TWIN_GAP or index == 0 and not any(other < number for other in longer))
        for copy, number in copies))
    # a breadcrumb above it ends in it (`首頁 » <the headline>`): the page names its article
    features["crumb_end"] = float(len(key) >= 6 and any(end == key and number < line.number for end, number in crumbs))
    if features["crumb_end"]:
        notes.append("a breadcrumb above ends in it")
    features["shouts"] = float(plain.endswith(("!", "?", "！", "？")))
    features["separator"] = float(bool(re.search(r"[|｜丨_]| [-–—] ", plain)))
    features["bracketed"] = float(bool(re.fullmatch(r"[【\[].*[】\]]", plain)))
    features["commas"] = min(3, len(re.findall(r"[,，]", plain)))
    features["long"] = float(len(text) > 40)
    features["text_under"] = float(index + 1 < len(lines) and is_paragraph(lines[index + 1].text))
    return features, notes
