"""Cleaned lines as a Markdown body: one paragraph per line, `##` headings, syntax escaped.

Scraped text is plain text: a line that starts with `#`, `-` or `1.` or holds `*`, `_`, backticks
or brackets must read as itself, not turn into a heading, a list or emphasis.
"""
from __future__ import annotations

import re

from digest.ingest.model import Line

_INLINE = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|[-+*=](?=\s|$)|>|\d{1,9}(?=[.)](?:\s|$))|[-*_=]{3,}\s*$)")
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#+\-=.)!|])")


def escape_markdown(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text)
    if match:
        token = match.group(0)
        if token[0].isdigit():
            number = token
            return number + "\\" + text[len(number):]
        return "\\" + text
    return text


def unescape_markdown(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def body_markdown(lines: tuple[Line, ...] | list[Line]) -> str:
    blocks = [("## " if line.heading else "") + escape_markdown(line.text) for line in lines]
    return "\n\n".join(blocks) + ("\n" if blocks else "")
