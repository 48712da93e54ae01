"""Lists of other stories after an article's text with no header over them: a run of lines in a
headline's shape whose words are not the article's (`layout.remove_page_furniture` takes them from
the lines after the article's last paragraph)."""
from __future__ import annotations

import re

from digest.ingest.boilerplate import NAVIGATION_REASON
from digest.ingest.chinese import HAN, for_matching, shared_pairs
from digest.ingest.model import Line, Removal

STORY_REASON = "another story's headline (a run of them after the text)"
MIN_STORY_RUN = 3  # (two: THUCNews clean articles end so, 0.083 -> 0.090% of their characters changed)
MIN_STORY_CHARS = 10
MAX_STORY_CHARS = 60
PUNCTUATED = 0.95  # of the text's lines end a sentence (a post that does not: lines in a headline's shape are its own)
MAX_STORY_SHARED = 0.5  # (more of its words in the article: the article's own line)


def _story_shaped(text: str) -> bool:
    """A line shaped as a headline: a headline's length, Chinese, no sentence inside it and none
    ending it (a headline may ask or shout), not a row of a table (`台南市:停班停課`)."""
    core = for_matching(text).strip(" \u3000\u00a0•·●◆■□-—")
    return MIN_STORY_CHARS <= len(core) <= MAX_STORY_CHARS and bool(HAN.search(core)) \
        and not re.search(r"[。；;]", core) and not core.endswith(("，", ",", "：", ":", "、")) \
        and not re.match(r"^[^，,。：:]{1,8}[：:][ \u3000]*[^，,。：:]{1,10}$", core)


def _punctuates(article_lines: list[str]) -> bool:
    """Whether the writer ends the lines of the text with a sentence's end (a post that sets its
    sentences on lines without one has lines in a headline's shape in it). The headline counts
    among the lines: a short text, or one with any other line unpunctuated, does not pass
    (counted without the headline, the holdout lost 269 more characters of text)."""
    lines = [for_matching(text).strip() for text in article_lines if len(text.strip()) >= MIN_STORY_CHARS]
    return len(lines) >= 2 and sum(1 for text in lines if re.search(r"[。！？!?」”\"）)]$", text)) >= PUNCTUATED * len(lines)



def dated_entries(tail: list[Line], removals: tuple[Removal, ...], day: re.Pattern | None = None) -> set[int]:
    """The lines after the text with a day of their own right under them (`…满意度大跌5.8%` /
    `2025-07-16`, the day's line already taken as an info line): entries of a list of stories."""
    days = sorted(removal.line for removal in removals if removal.line is not None and (day or _DAY_ALONE).fullmatch(removal.text.strip()))
    dated: set[int] = {index for index, line in enumerate(tail) if _OWN_DAY.search(for_matching(line.text).strip())}
    for index, line in enumerate(tail):
        below = tail[index + 1].number if index + 1 < len(tail) else line.number + DAY_GAP + 1
        if any(line.number < day < below and day - line.number <= DAY_GAP for day in days):
            dated.add(index)
    return dated


# an entry that carries its own day, after its headline or before it (`…促销（02-18）`, `… 2025-08-25`,
# `…　07/24`, `[04-20] …`): month and day as a list prints them, two digits each, or with the year
_MONTH_DAY = r"(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01]))"
# (a digit before the day when a space or a bracket sets the day apart: a headline cut off in the
# middle of a number, `…合作伙伴5月2　09/20`, `…盛大更新2009（06-17）`)
_OWN_DAY = re.compile(rf"(?:[^\d\s:：][ \u3000]*|\d(?:[ \u3000]+|(?=[(（\[［])))(?P<end>[(（\[［]?{_MONTH_DAY}[)）\]］]?)$"
                      rf"|^(?P<start>[(（\[［]?{_MONTH_DAY}[)）\]］]?)[ \u3000]+[\u4e00-\u9fff《“]")
DAY_GAP = 2  # line numbers: a blank line may stand between an entry and its day
# (with the entry's views beside its day: `2025年05月01日   •   7万次阅读`)
_DAY_ALONE = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
                        r"(?:[ \u3000]*[•·|][ \u3000]*[\d.,]+万?次?(?:阅读|閱讀|浏览|瀏覽))?")


def story_list(texts: list[str], article_lines: list[str], dated: set[int] = frozenset()) -> set[int]:
    """The lines after an article's last paragraph that run, several in a row, in a headline's
    shape: a list of other stories with no header over it (an article's own last words are
    sentences; a row of its table is a name and a value). A writer who leaves lines of the text
    unpunctuated may have them in a headline's shape: then only a run whose lines each have a
    day of their own under them (`dated`) is a list."""
    listed: set[int] = set()
    punctuated = _punctuates(article_lines)
    article = for_matching("".join(article_lines))
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and _story_shaped(texts[end]) and (punctuated or end in dated) \
                and (shared_pairs(for_matching(texts[end]), article) or 0.0) < MAX_STORY_SHARED:
            end += 1
        if end - start >= MIN_STORY_RUN:
            listed.update(range(start, end))
        start = end + 1
    return listed


MIN_DATED_RUN = 2  # (lines that each carry a day in the one form a list prints: two are a list)


def _day_form(text: str) -> str | None:
    """The shape of a line's own day, where it stands and how it is written (`end （00-00）`), and
    the mark that opens the line: None when the line carries no day of its own."""
    match = _OWN_DAY.search(text)
    if not match:
        return None
    where = "end" if match["end"] else "start"
    return where + " " + re.sub(r"\d", "0", match[where]) + " " + re.match(r"[^\w《“(（\[［]*", text).group().strip()


def one_dated_form(texts: list[str]) -> bool:
    """Lines that end a page, each in a headline's shape with its own day, the day written and
    placed alike on every line (`…　09/20`, `[04-20] …`, `… 2025-08-25`): a list of other stories,
    two lines or more. A text's own lines that name days write them in its sentences, each its way."""
    lines = [for_matching(text).strip() for text in texts if not _debris(text)]
    forms = {_day_form(line) for line in lines}
    if len(lines) < MIN_DATED_RUN or len(forms) != 1 or None in forms:
        return False
    # (what the day leaves is a headline, cut short or not: no sentence in it; a row of a table too, `新实穿：强势回归　06/19`)
    return all(_headline_left(line) for line in lines)


MIN_DATED_HEADLINE = 4


def _headline_left(line: str) -> bool:
    match = _OWN_DAY.search(line)
    left = (line[:match.start("end")] if match["end"] else line[match.end("start"):]).strip(" \u3000\u00a0•·●◆■□-—") if match else ""
    return MIN_DATED_HEADLINE <= len(left) <= MAX_STORY_CHARS and bool(HAN.search(left)) and not re.search(r"[。；;]", left)


def _debris(text: str) -> bool:
    """A short line with no Chinese in it among a list's entries (a day cut off by the excerpt,
    `2023/12/`, a lone mark): part of no text."""
    return len(text.strip()) < MIN_STORY_CHARS and not HAN.search(text)


MIN_BARRED_RUN = 2  # under a share bar or a menu that closed the article (`barred`), two lines are a list
MAX_TRAILING_SHARED = 0.2  # (a text's own closing lines use its words)
MIN_TEXT_LINES = 2


def trailing_stories(texts: list[str], text_from: int = 1, dated: set[int] = frozenset(), barred: set[int] = frozenset(),
                     gone: dict[int, list[str]] | None = None) -> int:
    """Where a run of other stories' headlines that ends the page starts (len(texts) when there is
    none): three or more lines in a headline's shape, or teasers each with its day under it, after
    a text whose every line ends a sentence (from `text_from`: the headline and the lines over the
    text's first paragraph not counted), with almost none
    of the text's words. A text's own lines in a headline's shape use its words or come between
    its sentences; a list scraped under an article runs to the page's end (the excerpt's cut). Two
    lines are enough where a share bar or a menu (taken out) stands between the text and them
    (`barred`: the indexes of lines with one right above): the page closed the article there.
    Lines that each carry their own day in one form (`one_dated_form`) are a list whatever the
    text's punctuation, two of them, or one with its fellows taken by other rules (`gone`: the
    texts taken out right above each index, and under the last line at len(texts))."""
    shaped = len(texts)
    while shaped > text_from + 1 and (_story_shaped(texts[shaped - 1]) or shaped - 1 in dated or _debris(texts[shaped - 1])):
        shaped -= 1
    article = for_matching("".join(texts[text_from:shaped]))
    start = len(texts)
    while start > shaped and (shared_pairs(for_matching(texts[start - 1]), article) or 0.0) < MAX_TRAILING_SHARED:
        start -= 1
    entries = [for_matching(line).strip() for index, line in enumerate(texts[start:], start) if not _debris(line) and index not in dated]
    listed = _dated_list(texts, text_from, gone or {})  # (each with its own day in one form: whatever the text's punctuation)
    least = MIN_BARRED_RUN if start in barred else MIN_STORY_RUN
    if len(texts) - start - sum(map(_debris, texts[start:])) < least or not article \
            or (len(texts) - start - len(entries) < MIN_STORY_RUN and 2 * sum(1 for line in entries if re.search(r"[！？!?]$", line)) > len(entries)):
        return listed  # (short lines that mostly shout or ask, with no day of their own: a post's last words)
    text = [for_matching(line).strip() for line in texts[text_from:start] if len(line.strip()) >= MIN_STORY_CHARS]
    if len(text) < MIN_TEXT_LINES or not all(re.search(r"[。！？!?」”\"）)]$", line) for line in text):
        return listed
    return min(start, listed)


def _dated_list(texts: list[str], text_from: int, gone: dict[int, list[str]]) -> int:
    """Where the lines that end the page each with their own day in one form start
    (`one_dated_form`; with the like lines other rules took among them, `gone`), under two lines
    of text at least; len(texts) when there are none. Words of the text in one of them do not
    keep it (the other stories of a sports page are about the same team), half its words do."""
    form = _day_form(for_matching(texts[-1]).strip()) if texts else None
    run = len(texts)
    while form and run > text_from + MIN_TEXT_LINES and _day_form(for_matching(texts[run - 1]).strip()) == form:
        run -= 1
    article, start = for_matching("".join(texts[text_from:run])), len(texts)
    while start > run and (shared_pairs(for_matching(texts[start - 1]), article) or 0.0) < MAX_STORY_SHARED:
        start -= 1
    fellows = [text for index in range(start + 1, len(texts) + 1) for text in gone.get(index, ()) if _day_form(for_matching(text).strip()) == form]
    return start if start < len(texts) and one_dated_form(texts[start:] + fellows) else len(texts)


def trailing_story_lines(kept: list[Line], text_line: int | None, removals: tuple[Removal, ...]) -> int:
    """Where other stories that end the page start in a page's kept lines, its text starting at
    line number `text_line`: another whole story run on, or a run of other stories' headlines."""
    text_from = next((index for index, line in enumerate(kept) if text_line is not None and line.number >= text_line), len(kept))
    texts, dated = [line.text for line in kept], dated_entries(kept, removals)
    dated_above = text_line is not None and any(removal.line is not None and removal.line < text_line and _DAY_IN.search(removal.text)
                                                for removal in removals)
    bars = [removal.line for removal in removals if removal.line is not None and removal.why == NAVIGATION_REASON]  # (a share bar, a menu: the page closed the article there)
    barred = {index for index in range(1, len(kept)) if any(kept[index - 1].number < bar < kept[index].number for bar in bars)}
    gone: dict[int, list[str]] = {}  # (the entries of a list other rules took: a line found on many pages)
    for removal in removals:
        if removal.line is not None and kept and removal.line > kept[0].number:
            gone.setdefault(next((index for index, line in enumerate(kept) if line.number > removal.line), len(kept)), []).append(removal.text)
    return min(another_story(texts, max(1, text_from), dated_entries(kept, removals, _DAY_LINE), dated_above),
               trailing_stories(texts, max(1, text_from), dated, barred, gone))



_DAY_IN = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})")
_SENTENCE = re.compile(r"^.{20,}[。！？]")
# a story's day and time on a line of its own (`2024年04月28日 21:53 最後更新:22:30`)
_DAY_LINE = re.compile(r"^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:[ \u3000]*\d{1,2}:\d{2}.{0,20})?$")
# a lead's dateline: `(新加坡13日讯)`, `新华社北京6月15日电`, `本报广州1月14日电`
_DATELINE = re.compile(r"^[(（【]?[\u4e00-\u9fff]{2,12}?(?:\d{1,2}月)?\d{1,2}日(?:讯|电)")


def another_story(texts: list[str], text_from: int, dated: set[int] = frozenset(), dated_above: bool = False) -> int:
    """Where another whole story, run on after the text, starts (len(texts) when none): after a
    sentence of the text, a line in a headline's shape whose own day stands under it (the text's
    own stood above it, `dated_above`) or whose own dateline opens the paragraph under it, as the
    text's did (a page that prints the next item of its feed under the article:
    `一名男子涉3宗電話騙案明日提堂` / `2024年04月28日 21:53` / its text)."""
    for index in range(text_from + 1, len(texts) - 1):
        if not _story_shaped(texts[index]) or not any(_SENTENCE.search(text) for text in texts[text_from:index]):
            continue
        below = for_matching(texts[index + 1]).strip()
        own_day = dated_above and (index in dated or bool(_DAY_LINE.match(below)))
        own_dateline = bool(_DATELINE.match(below)) and any(_DATELINE.match(for_matching(text).strip()) for text in texts[text_from:index])
        # (its own text under it: a notice's issuer over its day, signing the text off, has none)
        if (own_day or own_dateline) and any(_SENTENCE.search(text) for text in texts[index + 1:]):
            return index
    return len(texts)
