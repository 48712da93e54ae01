"""Rules `headings` and `fullwidth_punctuation`: the shape of the text, not its words.

A section heading in scraped text is a bare short line between paragraphs: no sentence
punctuation in it, not wholly in parentheses (an aside), not a caption or a sign-off. It becomes
a Markdown `##` heading.

Full-width punctuation (off by default) turns `,` into `，` (and `:;!?()` alike) where it sits
next to Chinese text, never between two Latin words or digits, nor inside a URL.
"""
from __future__ import annotations

import re

from digest.ingest.notices import signed_off
from digest.ingest.model import Line, Page
from digest.ingest.chinese import HAN

MAX_HEADING_CHARS = 32
MIN_HEADING_CHARS = 4
_CLOSERS = "”’」』）)》〉】]\"'"
_ENDS_SENTENCE = set("。！？!?…；;，,、：:.")
_NOT_HEADING = re.compile(
    r"^(?:图[为片：:]|\(?（?图|资料图|配图|摄影|视频[：:])|(?:摄|供图|资料图|图片|截图|视频截图|（完）|\(完\))$"
    r"|^[\d\s年月日:：\-/.]+$|https?://|^[-*•·>]"
)


def looks_like_heading(text: str) -> bool:
    if not (MIN_HEADING_CHARS <= len(text) <= MAX_HEADING_CHARS):
        return False
    core = text.rstrip(_CLOSERS)
    if not core or core[-1] in _ENDS_SENTENCE or core.endswith("..."):
        return False
    if len(HAN.findall(text)) < 2 or _NOT_HEADING.search(text):
        return False
    # not a sentence of clauses, an aside (`（张某，男，资深记者）`) or a part of one
    return not (_SENTENCE_INSIDE.search(core) or _in_parentheses(text))


_SENTENCE_INSIDE = re.compile(r"[。！？；，]")
_OPENERS, _CLOSERS_OF = "（(", "）)"


def _in_parentheses(text: str) -> bool:
    """Wholly in parentheses, or holding a parenthesis that does not close (or open) on the line:
    an aside, or a piece of one broken over lines."""
    stripped = text.strip()
    depth, closed_at = 0, -1
    for index, char in enumerate(stripped):
        depth += (char in _OPENERS) - (char in _CLOSERS_OF)
        if depth < 0:
            return True
        if depth == 0 and closed_at < 0 and char in _CLOSERS_OF:
            closed_at = index  # where the first parenthesis closes
    wholly = stripped[:1] in _OPENERS and closed_at == len(stripped) - 1
    return wholly or depth != 0


def mark_headings(page: Page, ctx: object) -> Page:
    lines = list(page.lines)
    result: list[Line] = []
    for index, line in enumerate(lines):
        is_last = index == len(lines) - 1
        after_heading = bool(result) and result[-1].heading
        next_is_prose = not is_last and not looks_like_heading(lines[index + 1].text)
        if not is_last and not after_heading and next_is_prose and looks_like_heading(line.text) \
                and not signed_off(line.text, lines[index + 1].text):  # (a notice's issuer over its day)
            result.append(Line(line.number, line.text, heading=True))
        else:
            result.append(line)
    return page.with_lines(result)


_ASCII_PUNCT = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_URL_OR_LATIN = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")


def _is_cjk(char: str) -> bool:
    return bool(char) and (bool(HAN.match(char)) or char in "“”‘’「」『』《》（）【】。，、：；！？")


def to_fullwidth(text: str) -> str:
    protected = [(match.start(), match.end()) for match in _URL_OR_LATIN.finditer(text)]
    chars = list(text)
    for index, char in enumerate(chars):
        if char not in _ASCII_PUNCT and char not in "()":
            continue
        if any(start <= index < end for start, end in protected):
            continue
        left = text[index - 1] if index else ""
        right = text[index + 1] if index + 1 < len(text) else ""
        if char in _ASCII_PUNCT:
            if char == ":" and left.isdigit() and right.isdigit():
                continue  # a time, 10:30
            if _is_cjk(left) or (_is_cjk(right) and not left.isdigit()):
                chars[index] = _ASCII_PUNCT[char]
    return _fullwidth_parens("".join(chars))


_PARENS = re.compile(r"\(([^()]*)\)")


def _fullwidth_parens(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        inside = match.group(1)
        return f"（{inside}）" if HAN.search(inside) else match.group(0)
    return _PARENS.sub(swap, text)


def fullwidth_punctuation(page: Page, ctx: object) -> Page:
    return page.with_lines([Line(line.number, to_fullwidth(line.text), line.heading) for line in page.lines])
