"""A page's summary of its article shown above it, which the text repeats: the first words of a
paragraph cut off, a labelled deck (`核心提示：`); or one on its label's line (`摘要 …`). And a
paragraph's copy cut off under it (a teaser of the story printed again)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from digest.ingest.blocks import CUT_OFF
from digest.ingest.chinese import for_matching
from digest.ingest.model import Page
from digest.ingest.paragraphs import is_paragraph

SENTENCE_END = tuple("。！？!?…」”』\"'）)")
MIN_SUMMARY_CHARS = 30


def teases(key: str, texts: list[str], index: int, head_zone: bool) -> bool:
    """`国庆黄金周接近尾声，北京青年报记者…开展“‘京’...`: the first words of another line of the
    page, cut off: a summary box or a lead shown twice."""
    match = CUT_OFF.search(key)
    head = key[:match.start()] if match else key
    if len(head) < 15 or (not match and (not head_zone or len(head) < 40 or head.endswith(SENTENCE_END))):
        return False
    return any(other != key and len(other) > len(head) and other.startswith(head)
               for position, other in enumerate(texts) if position != index)


def runs_on(key: str, texts: list[str], index: int) -> bool:
    """`3月29日…同时登场。手机方面,将会有…` over `3月29日…同时登场。` and `手机方面,将会有…`: the
    paragraphs under a line run together, whole or cut off: a summary box (the text's first words
    to a length, across its paragraphs), not a paragraph of its own."""
    match = CUT_OFF.search(key)
    head = key[:match.start()] if match else key
    below = [text for text in texts[index + 1:index + 1 + MAX_RUN_LINES] if text]
    if len(head) < MIN_SUMMARY_CHARS or not below or len(below[0]) >= len(head) or not below[0].endswith(("。", "！", "？")):
        return False  # (the paragraph it runs past ends its sentence: a headline over the lead does not)
    return "".join(below).startswith(head)


MAX_RUN_LINES = 6  # (the paragraphs a summary box runs over)
MIN_CUT_COPY_CHARS = 20


def cut_copy(key: str, texts: list[str], index: int, start: int) -> bool:
    """`10月26日11时14分,搭载…运载火箭在酒泉卫` under the paragraph it starts: the text's own words
    printed again and cut off mid-clause (a teaser of the story, a caption's copy), no sentence of
    its own. Only a paragraph of the text (from `start`) is copied so: a line the page's title
    starts with is its headline. (A copy that ends a sentence may be the writer's: a refrain.)"""
    if len(key) < MIN_CUT_COPY_CHARS or key.endswith(SENTENCE_END) or key[-1] in "，,、；;：:" \
            or not re.search(r"[，,。；;]", key):
        return False  # (a headline the line above starts with, `…曝光` over `…曝光:↓↓↓↓`, has no clauses)
    # (a paragraph holds a sentence: a table's cell a longer cell starts with, `某县纪委，某县监委` over
    # `某县纪委，某县监委纪检职位四`, does not)
    return any(len(other) > len(key) and other.startswith(key) and re.search(r"[。！？!?]", other) for other in texts[start:index])


MIN_DECK_CHARS = 20  # (words, no signs: a headline's phrase the lead holds is shorter)
MIN_DECK_SHARE = 0.85  # of its pairs of characters in the paragraph under it (an encoding's slips aside)
MAX_DECK_DISTANCE = 6  # lines between the deck and the paragraph that says it again
# (the deck no more than this share of that paragraph: near all of it, the paragraph printed twice with
# a few words changed, a text's own summary paragraph and its body, both the text's)
MAX_DECK_OF_PARAGRAPH = 0.8
MAX_DECK_OFFSET = 60  # word characters into the paragraph where the deck's words start
RUN_ON_CHARS = 3  # the line above's last words and the deck's first, found together: one paragraph broken
_WORD_CHARS = re.compile(r"[\W_]+")
_SIGNED_PICTURE = re.compile(r"(?:摄|攝|摄影|攝影|供图|供圖|提供)[)）]?$")


def _pairs(text: str) -> set[str]:
    return {text[position:position + 2] for position in range(len(text) - 1)}


def deck_said_again(key: str, texts: list[str], index: int) -> bool:
    """`记者在多地看到,收割机开足马力……` above the lead `新华社北京5月29日电(记者…)…。记者在多地看到,
    收割机开足马力……`: a line above the text's first paragraph (nothing of the text above it) whose
    words, in their order, a longer paragraph a few lines under it says again, from anywhere in it: the page's
    standfirst or summary, not the text's start. A headline the lead says again holds no sentence:
    the deck holds one (`。`) or is cut off (`…`). A deck is a line of its own: one the line above
    runs on into (its last words and the deck's first stand together in the paragraph) is the rest
    of a paragraph broken across lines, a headline glued to its start."""
    words = _WORD_CHARS.sub("", key)
    if index == 0 or len(words) < MIN_DECK_CHARS or not re.search(r"[\u4e00-\u9fff]", words) \
            or not ("。" in key or CUT_OFF.search(key)):
        return False
    own = _pairs(words)
    for other in texts[index + 1:index + 1 + MAX_DECK_DISTANCE]:
        if not is_paragraph(other):
            continue  # (a caption, a subheading, an info line between them)
        longer = _WORD_CHARS.sub("", other)
        # the first paragraph under it only (a pull quote the text says again further down is its
        # first paragraph), and not a caption that copies the lead with its credit after it
        if len(words) > MAX_DECK_OF_PARAGRAPH * len(longer) or _SIGNED_PICTURE.search(other) \
                or len(own & _pairs(longer)) < MIN_DECK_SHARE * len(own):
            return False  # (cheap test first: the pairs; then the words in their order)
        above = _WORD_CHARS.sub("", texts[index - 1])[-RUN_ON_CHARS:]
        if len(above) == RUN_ON_CHARS and above + words[:RUN_ON_CHARS] in longer:
            return False
        blocks = SequenceMatcher(None, words, longer, autojunk=False).get_matching_blocks()
        # (and from the paragraph's opening, a dateline or a first sentence before it at most: a paragraph
        # that ends on the words of the one above says it again as the text's own repetition)
        return sum(block.size for block in blocks) >= MIN_DECK_SHARE * len(words) \
            and max(blocks, key=lambda block: block.size).b <= MAX_DECK_OFFSET
    return False


DECK_REASON = "a deck or summary the paragraph under it says again"


def copy_reason(key: str, texts: list[str], index: int, head_zone: bool, start: int, headline_over_day: bool) -> str | None:
    """Why a line is a copy of the text's own words (None: it is not): a summary cut off above the
    text (unless it is the page's first line with the day under it, `headline_over_day`: its
    headline), a deck the text's paragraph under it says again, the paragraphs under it run
    together, or a paragraph's copy cut off under it."""
    if teases(key, texts, index, head_zone) and not headline_over_day:
        return "a cut-off copy of the text's own paragraph (a summary)"
    if index <= start and not headline_over_day and deck_said_again(key, texts, index):
        return DECK_REASON
    if runs_on(key, texts, index):
        return "a summary: the paragraphs under it run together"
    if not head_zone and cut_copy(key, texts, index, start):
        return "a cut-off copy of a paragraph above it"
    return None


def dated_under_first(page: Page) -> bool:
    """The page's dated info line (taken out) stands between its first line and the next: the first
    line is its headline, even when a longer line below starts with its words (a page title cut
    off at a length over the headline printed whole as the text's first line): no summary."""
    lines = page.lines
    return len(lines) > 1 and any(found.field == "date" and found.line is not None
                                  and lines[0].number < found.line < lines[1].number for found in page.found)


MAX_DECK_PARAGRAPHS = 4  # a deck's first words run on across this many of the text's paragraphs at most
_DECK_LABEL = re.compile(r"^[【\[]?(?:核心提示|内容提要|内容摘要|摘要|导语|導語|导读|導讀|提要|编者按|編者按)[】\]]?[:：]?")


def repeated_deck(key: str, below: list[str]) -> bool:
    """`核心提示：9月16日，东方电气集团…` over a paragraph that starts with the same words (whole or
    cut off): the page's summary box, shown above the text it repeats."""
    label = _DECK_LABEL.match(for_matching(key))
    deck = CUT_OFF.sub("", key[label.end():]) if label and label.end() else ""
    head = deck[:MIN_SUMMARY_CHARS]
    # (a deck runs on across the text's short first paragraphs: `摘要:11月5日,…召开。区委常委…`)
    return len(head) >= 15 and any("".join(below[at:at + MAX_DECK_PARAGRAPHS]).startswith(head) for at in range(len(below)))


# the words a summary's label is made of (`摘要`, `AI导读`)
SUMMARY_WORDS = r"(?:AI|ai)[ \u3000]*(?:导读|摘要|总结|速读)|摘要|内容摘要|文章摘要|导读"
# the label and its summary on one line, a colon or a space between (`摘要 腊月二十四一大早,…`)
# (`导读: 本文将介绍…`: the writer's own opening, saying what the article will do, is its text)
_LABELLED_SUMMARY = re.compile(rf"^[【\[]?(?:{SUMMARY_WORDS}|内容提要|核心提示)[】\]]?(?:[ \u3000]*[:：]|[ \u3000]+)[ \u3000]*(?!本文将|本文主要|本文介绍)\S.{{10,}}")
MAX_LABELLED_SUMMARY = 100  # longer, the label opens the text itself, run into one line


def labelled_summary(text: str) -> bool:
    """`摘要 …` on its label's line (with no text under it, the label opens the text itself: the caller asks)."""
    return len(text) <= MAX_LABELLED_SUMMARY and bool(_LABELLED_SUMMARY.match(for_matching(text).strip()))
