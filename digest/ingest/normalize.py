"""Character-level rules: what scrapers leave in the text that is not the text.

Literal `\\n` sequences (a JSON or database dump that was never unescaped), HTML tags and
entities in a plain-text file (a page's source copied as its text), zero-width characters, the empty image and link markup of a converter that lost
the picture or the address (`![]()`), and the many Unicode spaces used for indentation.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable

from digest.ingest.model import Line, Page, Removal
from digest.ingest.chinese import HAN

_ESCAPED_BREAK = re.compile(r"(?<!\\)\\r\\n|(?<!\\)\\n|(?<!\\)\\r")
_WINDOWS_PATH = re.compile(r"[A-Za-z]:\\")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Zero-width space/non-joiner, direction marks, word joiner, BOM, soft hyphen, Mongolian vowel
# separator. The zero-width joiner is kept: it holds emoji sequences together.
_INVISIBLE = re.compile("[\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff\u00ad\u180e\u202a-\u202e]")
# Markdown image or link markup with nothing to show or nowhere to go: an HTML-to-Markdown
# converter's residue of a picture or link it could not keep (a link keeps its words).
_EMPTY_MARKUP = re.compile(r"!\[\s*\]\(\s*\)|!?\[\s*\]\([^)\s]*\)")
_ODD_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]+")
_SPACE_RUN = re.compile(" {2,}")
# `??今年…`: an indent's full-width spaces turned into question marks by a conversion to an
# encoding without them; a line of nothing else is an empty indented line. (A paragraph does not
# open with an ASCII question mark.)
_LOST_INDENT = re.compile(r"^[ \t\u3000]*\?{1,6}[ \t\u3000]*(?=[\u4e00-\u9fff“「『(（\d]|$)")
_EDGE_SPACE = " \t\u00a0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"


def page_from_text(name: str, text: str) -> Page:
    """Lines of a decoded file, numbered as in the file; blank lines only separate paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1) if raw.strip()]
    return Page(name=name, lines=tuple(lines))


def split_escaped_breaks(page: Page, ctx: object) -> Page:
    """A literal backslash-n inside Chinese text is a line break that was never unescaped. The
    lines are numbered from then on as in the text with those breaks made (what a person sees
    when they open the input unescaped): each escaped_breaks record names the raw line."""
    def splits(text: str) -> bool:
        return "\\" in text and bool(HAN.search(text)) and not _WINDOWS_PATH.search(text)
    return _split_lines(page, _ESCAPED_BREAK, "escaped_breaks", "literal \\n", "\\", splits)


def _split_lines(page: Page, pattern: re.Pattern[str], rule: str, what: str, hint: str,
                 splits: Callable[[str], bool] = bool, clean: Callable[[str], str] = str,
                 marks: re.Pattern[str] | None = None) -> Page:
    """Each line holding `pattern` (with the literal `hint`, where `splits(text)`) becomes the
    lines between its matches, numbered on from its own number: the lines below move down. Each
    part is `clean(part)`; the record lists what `marks` (else `pattern`) found in the line."""
    lines: list[Line] = []
    removals: list[Removal] = []
    added = 0  # line breaks made so far: the lines below move down by as many
    for line in page.lines:
        number = line.number + added
        if hint not in line.text or not splits(line.text):
            lines.append(Line(number, line.text, line.heading) if added else line)
            continue
        found = (marks or pattern).findall(line.text)
        parts = [clean(part) for part in pattern.split(line.text)]
        if len(parts) > 1 or (found and marks):
            last = number + len(parts) - 1
            why = f"{what} made a line break: raw line {line.number} is lines {number}–{last}" if len(parts) > 1 else \
                f"{len(found)} tag(s)"
            removals.append(Removal(rule, number, (" " if marks else "").join(mark.strip() for mark in found), why))
        lines.extend(Line(number + offset, part) for offset, part in enumerate(parts) if part.strip())
        added += len(parts) - 1
    return page.with_lines(lines, removals)


# HTML's element names (not any word in angle brackets: `<人民日报>` is a title in a text's own marks)
_ELEMENTS = ("a|abbr|acronym|address|area|article|aside|audio|b|bdi|bdo|big|blockquote|br|button|canvas|caption|center|cite|"
             "code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|"
             "h[1-6]|header|hr|i|iframe|img|input|ins|kbd|label|legend|li|main|map|mark|menu|meter|nav|nobr|noscript|"
             "object|ol|optgroup|option|output|p|param|picture|pre|progress|q|rp|rt|ruby|s|samp|section|select|small|source|"
             "span|strike|strong|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|tr|track|tt|u|ul|var|video|wbr")
_TAG = re.compile(rf"</?(?:{_ELEMENTS})(?=[\s/>])(?:\s[^<>]*)?/?>", re.IGNORECASE)
# where a browser starts a new line: a break, a paragraph's or a block's edge
_BREAK_TAG = re.compile(r"[ \t]*(?:<br\s*/?>|</?(?:p|div|li|tr|h[1-6]|section|article|blockquote|ul|ol|table|dd|dt)(?=[\s/>])[^<>]*>)[ \t]*",
                        re.IGNORECASE)
MIN_TAGS = 2  # one tag can be a text's own example (`用<div>标签`); markup repeats


# a line of markup and nothing else, elements of any name with their attributes (`<label id="ps0ys"><xmp
# id="ps0ys">`: a farm's template leaking its tags; a bullet may stand before them)
_TAGS_ONLY = re.compile(r"^[\s•·\-*]*(?:</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z\-:]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>\s*){2,}$")


def split_markup_breaks(page: Page, ctx: object) -> Page:
    """A text file that holds HTML's markup beside its words (a page's source copied as its text,
    `…。</p> <br>常常…`): a break or a block's edge is a line break, as a browser makes it, and the
    other tags go. The lines are numbered as with literal `\\n` (escaped_breaks). A line of two
    tags or more and nothing else holds no text: it goes."""
    def holds_text(text: str) -> bool:
        return "<" in text and bool(_TAG.search(text)) and bool(_TAG.sub("", text).strip())
    tags_only = [line for line in page.lines if "<" in line.text and _TAGS_ONLY.match(line.text)]
    if tags_only:
        page = page.with_lines([line for line in page.lines if line not in tags_only],
                               [Removal("markup_tags", line.number, line.text, "a line of tags alone") for line in tags_only])
    if sum(len(_TAG.findall(line.text)) for line in page.lines if holds_text(line.text)) < MIN_TAGS:
        return page
    return _split_lines(page, _BREAK_TAG, "markup_tags", "an HTML break", "<", holds_text,
                        clean=lambda part: _TAG.sub("", part), marks=_TAG)


def unescape_entities(page: Page, ctx: object) -> Page:
    lines: list[Line] = []
    removals: list[Removal] = []
    for line in page.lines:
        if "&" in line.text and _ENTITY.search(line.text):
            found = _ENTITY.findall(line.text)
            text = _ENTITY.sub(lambda match: html.unescape(match.group(0)), line.text)
            removals.append(Removal("html_entities", line.number, " ".join(found), "HTML entities decoded"))
            line = Line(line.number, text, line.heading)
        lines.append(line)
    return page.with_lines(lines, removals)


def drop_invisible(page: Page, ctx: object) -> Page:
    return _strip_matches(page, _INVISIBLE, "invisible_chars", "",
                          lambda found: (" ".join(sorted({f"U+{ord(char):04X}" for char in found})),
                                         f"{len(found)} invisible character(s)"))


def drop_empty_markup(page: Page, ctx: object) -> Page:
    return _strip_matches(page, _EMPTY_MARKUP, "empty_markup", " ",
                          lambda found: (" ".join(found), "image or link markup with nothing in it"), hint="](")


def _strip_matches(page: Page, pattern: re.Pattern[str], rule: str, replacement: str,
                   record: Callable[[list[str]], tuple[str, str]], hint: str = "") -> Page:
    """Every match of `pattern` replaced; `record(matches)` gives the removal's text and why. A
    line left with nothing in it goes. `hint`: a literal every match holds (a cheap first test)."""
    lines: list[Line] = []
    removals: list[Removal] = []
    for line in page.lines:
        found = pattern.findall(line.text) if hint in line.text else None
        if found:
            text, why = record(found)
            removals.append(Removal(rule, line.number, text, why))
            line = Line(line.number, pattern.sub(replacement, line.text), line.heading)
            if not line.text.strip():
                continue
        lines.append(line)
    return page.with_lines(lines, removals)


def tidy_spaces(page: Page, ctx: object) -> Page:
    """Indentation (full-width spaces, no-break spaces, tabs) goes; odd spaces inside a line
    become one plain space. Not recorded per line: whitespace is not text. Question marks that
    stand for a lost indent go too, and are recorded (they are characters of the file)."""
    lines: list[Line] = []
    removals: list[Removal] = []
    for line in page.lines:
        text = line.text
        if "?" in text[:8] and (lost := _LOST_INDENT.match(text)):
            removals.append(Removal("spaces", line.number, lost.group(0).strip(),
                                    "question marks where the indent's full-width spaces were lost to an encoding"))
            text = text[lost.end():]
        text = _SPACE_RUN.sub(" ", _ODD_SPACES.sub(" ", text)).strip(_EDGE_SPACE)
        if text:
            lines.append(Line(line.number, text, line.heading))
    return page.with_lines(lines, removals)
