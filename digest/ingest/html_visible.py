"""The text of a saved HTML page as a reader sees it, one line per block element: what the page's
header says around the headline is read from it (extract.header_found, html_title), where an
extractor keeps only the article."""
from __future__ import annotations

import re
from typing import Any

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "select", "option", "textarea",
                        "button", "head", "title"})
_BLOCK_TAGS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                        "header hr li main nav ol p pre section table td th tr ul".split())
_LABEL_ENDS = re.compile(r"(?:来源|來源|稿源|出处|出處)[ \u3000]*[:：][ \u3000]*$")


def visible_lines(root: Any) -> list[str]:
    """The page's text as a reader sees it, one line per block element."""
    if root is None:
        return []
    parts: list[str] = []

    def walk(element: object) -> None:
        tag = getattr(element, "tag", None)
        if not isinstance(tag, str) or tag.lower() in SKIP_TAGS:
            return
        block = tag.lower() in _BLOCK_TAGS
        parts.append("\n" if block else " ")  # (inline elements apart: `<span>18:57</span><a>参考消息</a>`)
        if tag.lower() == "img" and _LABEL_ENDS.search("".join(parts[-4:])):
            parts.append(element.get("alt") or "")  # type: ignore[attr-defined]  # `新聞來源：<img alt="今日新聞">`: the source's logo
        if element.text:  # type: ignore[attr-defined]
            parts.append(element.text)  # type: ignore[attr-defined]
        for child in element:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)
        parts.append("\n" if block else " ")

    body = root.find("body")
    try:
        walk(body if body is not None else root)
    except RecursionError:  # a page nested thousands deep: no header worth the stack
        return []
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]
