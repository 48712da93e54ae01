"""A farm's stamps in the forms the spam rule's distribution of line openings (spam.py) does not
read: on a short page, one word at the start of the title and at the end of another short line,
nowhere else on the page (`雅蝶某某公司发布新品` … `信任的代价雅蝶`); a label in brackets or before a
bar or a dash, opening the title and many lines (`【盘锦】…`, `#盘锦#…`, `盘锦|…`); a word, bare or
in brackets, at the end of the title and of many lines (`…。盘锦`, `…。（盘锦）`).

What a page is too short or too lightly stamped to show (a title left unstamped, two stamped lines
of ten) the batch adds up: `stamp_hints` tells it the labels and end words a page carries, and
`strip_batch_stamps` takes a token of the batch (batch.py) in these forms on a page's weaker evidence.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from digest.ingest.chinese import for_matching
from digest.ingest.credits import CREDITED, PUBLISHER_END
from digest.ingest.info_lines import parse_info_line
from digest.ingest.model import Line, Page, Removal

MAX_STAMP = 6
MAX_STAMPED_LINE = 40  # the other line is a heading or a short line: a paragraph's last word is its own
_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,6}$")


def strip_paired_stamp(page: Page) -> Page:
    """`雅蝶某某公司发布新品` and, further down, `信任的代价雅蝶`: a word stamped at the start of the
    title and at the end of another short line of one page, and nowhere else on it: a
    farm's stamp, however short the page (too short for the distribution to show it)."""
    if len(page.lines) < 3:
        return page
    title, others = page.lines[0].text, page.lines[1:]
    text = page.text()
    for size in range(MAX_STAMP, 1, -1):
        for at_start in (True,):  # (the title's end is too often a word of its own: `…本报记者`)
            word = title[:size] if at_start else title[-size:]
            if not _STAMP.match(word) or len(title) <= size + 4 or title[size:size + 1].isspace():
                continue  # (a word a space apart from the headline is its column's label: `傳遞正能量 石獅志愿者…`)
            paired = [line for line in others if (line.text.endswith(word) if at_start else line.text.startswith(word))
                      and size + 4 < len(line.text) <= MAX_STAMPED_LINE
                      and not (at_start and re.search(r"[:：][ \u3000]*$", line.text[:-size]))]  # (`作者: X`: a field's value, a template's)
            # (or the name beside the page's date, `福利资源 2024-05-16 09:37:10`, when no publisher's name)
            dated = [line for line in others if line.text.startswith(word) and (CREDITED, word) in (parse_info_line(line.text) or ())
                     and not re.search(PUBLISHER_END + "$", for_matching(word))]
            if len(paired + dated) != 1 or text.count(word) != 2:
                continue  # the word lives elsewhere on the page too: the page's own word
            line = (paired + dated)[0]
            new_title = title[size:] if at_start else title[:-size]
            new_line = line.text[size:] if dated else line.text[:-size] if at_start else line.text[size:]
            lines = [Line(page.lines[0].number, new_title.strip(), page.lines[0].heading)] + [
                Line(other.number, new_line.strip(), other.heading) if other is line else other for other in others]
            where = "the name beside the page's date" if dated else f"a line's {'end' if at_start else 'start'}"
            why = f"'{word}' stamped on the title's {'start' if at_start else 'end'} and {where}"
            return page.with_lines(lines, [Removal("spam_tokens", page.lines[0].number, word, why),
                                           Removal("spam_tokens", line.number, word, why)],
                                   spam_tokens=page.spam_tokens + (word,))
    return page


def strip_stamps(page: Page) -> Page:
    """Every kind of stamp this module knows, each once."""
    return _strip_tail_stamp(_strip_label_stamp(strip_paired_stamp(page)))


# A label opening a line: in brackets or between marks (`【X】`, `（X）`, `#X#`, `★X★`), after an at
# sign (`@X `), or before a bar or a dash (`X｜`, `X—`). Not before a colon: `马化腾：…` heads a
# quote's headline and an interview's turns.
_WORD = r"[\u4e00-\u9fffA-Za-z0-9]{1,8}"
_LABEL = re.compile(rf"(?:【(?P<a>[^】\s]{{1,8}})】|\[(?P<b>[^\]\s]{{1,8}})\]|［(?P<c>[^］\s]{{1,8}})］|〔(?P<d>[^〕\s]{{1,8}})〕"
                    rf"|[（(](?P<f>{_WORD})[)）]|(?P<mark>[#＃★☆◆●■]){{1}}(?P<g>{_WORD})(?P=mark)|[@＠](?P<h>{_WORD})(?=[ \u3000])"
                    rf"|(?P<e>{_WORD})[ \u3000]*(?:[|｜]|—{{1,2}}))[ \u3000]*")
# A word a farm may stamp at the end of lines, bare or in brackets (`…。盘锦`, `…。（盘锦）`).
_TAIL_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}|[（(【\[][\u4e00-\u9fffA-Za-z0-9]{1,8}[)）】\]]")
MAX_TAIL_STAMP = 8
# a photographer's credit ending each caption of a photo story (`…。新华社记者燕雁摄`) is the page's own words,
# and a number a farm's word (`… on line 492`: an error printed again and again)
_NOT_STAMP = re.compile(r"(?:记者|記者|通讯员|通訊員)[\u4e00-\u9fff·]{0,4}$|(?:摄|攝)影?$|^\d+$")
MIN_STAMPED = 3  # lines besides the title
STAMPED_SHARE = 0.25  # of the page's lines of text (15 characters or more: not its labels and buttons)
MIN_TEXT_LINE = 15


_ITEM_BULLET = re.compile(r"^[-*•·][ \u3000]*")  # a related story's item: `- 【盘锦】标题`


def _label(text: str) -> tuple[str, int] | None:
    bullet = _ITEM_BULLET.match(text)
    start = bullet.end() if bullet else 0
    match = _LABEL.match(text, start)
    return (next(match[name] for name in "abcdfghe" if match[name]), match.end()) if match else None


def _elsewhere(page: Page, word: str, stamped: int) -> bool:
    """Whether the word lives on the page beyond its stamps: more than a few times (a farm plants
    mentions inside sentences too; the page's own word turns up again and again)."""
    return page.text().count(word) - stamped > max(2, stamped // 4)


def _enough(page: Page, stamped: list[Line]) -> bool:
    """Stamped lines enough to be a farm's habit: three, and a quarter of the page's lines of text."""
    if len(stamped) < MIN_STAMPED:
        return False  # (most pages: the lines are not counted)
    return len(stamped) >= STAMPED_SHARE * sum(1 for line in page.lines[1:] if len(line.text) >= MIN_TEXT_LINE)


def _strip_label_stamp(page: Page) -> Page:
    """`【盘锦】…` opening the title and a quarter of the page's lines of text or more (three at
    least): a column's label opens one line, a speaker's alternates with others and is not on the
    headline."""
    if len(page.lines) < MIN_STAMPED + 1:
        return page
    title = _label(page.lines[0].text)
    labels = [((_label(line.text) or ("",))[0], line) for line in page.lines[1:]]  # (each line read once)
    if title:
        word = title[0]
    else:  # (no label on the headline: the one most lines open with)
        word = (Counter(label for label, _ in labels if len(label) >= 2).most_common(1) or [("", 0)])[0][0]
    stamped = [line for label, line in labels if label == word]
    if not word or not _enough(page, stamped):
        return page  # (a word in brackets or before a bar on the headline and so many lines is a stamp, whatever the text says)
    if title is None and (len(stamped) < 2 * MIN_STAMPED or _elsewhere(page, word, len(stamped))
                          or 3 * len(stamped) < sum(1 for line in page.lines[1:] if len(line.text) >= MIN_TEXT_LINE)):
        return page  # (the headline left alone: the label must open a third of the text's lines, six at least, and live nowhere else)
    stamped = [page.lines[0], *stamped] if title else stamped
    return _without(page, stamped, _without_label, word, f"'{word}' stamped as a label on {len(stamped)} lines" + " (the title too)" * bool(title))


def _without_label(text: str) -> str:
    bullet = _ITEM_BULLET.match(text)
    return (bullet.group(0) if bullet else "") + text[(_label(text) or ("", 0))[1]:]


def _strip_tail_stamp(page: Page) -> Page:
    """`…。盘锦` ending a quarter of the page's lines of text or more (three at least) and the title,
    the word scarcely anywhere else on the page. The title's end gives the word, longest first."""
    if len(page.lines) < MIN_STAMPED + 1:
        return page
    title = page.lines[0].text
    for size in range(MAX_TAIL_STAMP + 2, 1, -1):
        word = title[-size:]
        if not _TAIL_WORD.fullmatch(word) or _NOT_STAMP.search(word) or len(title) < size + 4:
            continue
        stamped = [line for line in page.lines[1:] if line.text.endswith(word) and len(line.text) >= size + MIN_TEXT_LINE]
        if not _enough(page, stamped) or _elsewhere(page, word, len(_ending(page, word)) + 1):  # (short lines too)
            continue
        return _without(page, [page.lines[0], *_ending(page, word)], lambda text, size=size: text[:-size].rstrip(),
                        word, f"'{word}' stamped at the end of the title and of {len(stamped)} lines")
    return page


def _ending(page: Page, word: str) -> list[Line]:
    """The lines besides the title a word ends once the page is known stamped with it: the short
    ones as well (a heading, a related item), which the count leaves out."""
    return [line for line in page.lines[1:] if _ends(line.text, word)]


def _ends(text: str, word: str) -> bool:
    """The word ends the line as a stamp would: not a short label's value, unless set apart
    (`来源：央视新闻` is a name; `来源：新华网 盘锦` a stamp)."""
    if not text.endswith(word) or len(text) < len(word) + 4:
        return False
    return len(text) >= len(word) + MIN_TEXT_LINE or not ("：" in text or ":" in text) or text[-len(word) - 1].isspace()



# Where a word glued to a line's end shows: after its last sentence, or a space apart.
_TAIL = re.compile(r"(?:[。！？!?…”」』）)]|[ \u3000])[ \u3000]*([\u4e00-\u9fffA-Za-z0-9]{2,8})$")


def stamp_hints(page: Page) -> tuple[tuple[str, int, int], ...]:
    """(word, lines it stamps, other mentions) of labels and end words on two lines or more of a page
    nothing was found stamped on: too little here, but the same word so on several pages of the
    batch is a farm's (batch.py adds the hints up, as it does those of the openings, spam.py)."""
    if page.spam_tokens:
        return ()
    labels: Counter[str] = Counter()
    tails: Counter[str] = Counter()
    for line in page.lines:
        label, tail = _label(line.text), _TAIL.search(line.text)
        if label and len(label[0]) >= 2:
            labels[label[0]] += 1
        if tail and not _NOT_STAMP.search(tail[1]):
            tails[tail[1]] += 1
    text = page.text()
    return tuple((word, count, text.count(word) - count) for counts in (labels, tails)
                 for word, count in counts.items() if count >= 2)


def strip_batch_stamps(page: Page, tokens: frozenset[str]) -> Page:
    """A token the batch found stamped on other pages (batch.py), as a label or at the end of two
    lines of this one (the title counts) and scarcely anywhere else on it: a farm's stamp, on a
    page too short, or whose title the farm left alone."""
    if page.spam_tokens or not tokens or len(page.lines) < 3:
        return page
    for line in page.lines:
        label = _label(line.text)
        if label and label[0] in tokens:
            stamped = [other for other in page.lines if (_label(other.text) or ("",))[0] == label[0]]
            # (the headline's label alone will do: the batch's token in the shape of a stamp where it shows most)
            if (len(stamped) >= 2 or line is page.lines[0]) and not _elsewhere(page, label[0], len(stamped)):
                return _without(page, stamped, _without_label, label[0],
                                f"'{label[0]}' stamped as a label on {len(stamped)} lines, and on other pages of the batch")
        for size in range(min(MAX_TAIL_STAMP, len(line.text) - 4), 1, -1):
            word = line.text[-size:]
            if word not in tokens:
                continue
            title = page.lines[0].text  # (a headline's stamp glued or not: headlines are short)
            stamped = [page.lines[0]] * (title.endswith(word) and len(title) >= size + 4) + _ending(page, word)
            if len(stamped) >= 2 and not _elsewhere(page, word, len(stamped)):
                return _without(page, stamped, lambda text, size=size: text[:-size].rstrip(), word,
                                f"'{word}' stamped at the end of {len(stamped)} lines, and on other pages of the batch")
    return page


def _without(page: Page, stamped: list[Line], cut: Callable[[str], str], word: str, why: str) -> Page:
    ids = {id(line) for line in stamped}
    lines = [Line(line.number, cut(line.text).strip(), line.heading) if id(line) in ids else line for line in page.lines]
    removals = [Removal("spam_tokens", line.number, word, why) for line in stamped]
    return page.with_lines(lines, removals, spam_tokens=page.spam_tokens + (word,))
