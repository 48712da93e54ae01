"""HTML input: the article's main text and metadata, by trafilatura (the field's best extractor).

The extracted text then goes through the same rules as a text file: portals plant tokens and
markers in the HTML too. Line numbers in the report refer to the extracted text.
"""
from __future__ import annotations

import re

from digest.ingest.model import HtmlMeta, Line, Page

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+)\s*-->", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"^(?P<title>.{4,}?)\s*[-_|｜–—]+\s*(?P<site>[^-_|｜–—]{1,16})$")
_SITE_WORDS = re.compile(r"(?:网|报|新闻|频道|社|台|在线|官网|百科|资讯|中心|门户|\.com|\.cn|\.net|News|news)$")


def looks_like_html(text: str, suffix: str) -> bool:
    return suffix.lower() in (".html", ".htm", ".xhtml", ".shtml") or bool(_HTML_START.match(text[:2000]))


def extract_html(name: str, text: str) -> Page:
    import trafilatura  # imported here: it takes a quarter of a second and text inputs never need it

    # fast: skip the fallback extractors (ten times quicker, the same text on the evaluation
    # pages); favor_recall: an article paragraph lost is worse than a menu line kept, which
    # the rules remove anyway; no extensive date search: it hands undated pages to dateparser,
    # which spends ~50 ms a page loading locales, and the rules guess dates from the text anyway.
    document = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True,
        include_formatting=False, include_links=False, include_images=False, fast=True, favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return Page(name=name, lines=(), html=HtmlMeta())
    body = document.text or ""
    # Table cells come out as `| a | b |`: the bars are layout, not text.
    lines = [Line(number, raw.strip().strip("|").strip()) for number, raw in enumerate(body.split("\n"), start=1)
             if raw.strip().strip("|").strip()]
    title = clean_html_title(document.title or "", document.sitename or "")
    if title and not (lines and same_title(lines[0].text, title)):
        # The headline becomes line 0, so the rules clean it like the first line of a text file.
        lines.insert(0, Line(0, title))
    saved = _SAVED_FROM.search(text[:3000])
    url = document.url or (saved.group(1) if saved else "")
    meta = HtmlMeta(
        title=title,
        author=_clean_author(document.author or ""),
        date=document.date or "",
        url=url if url.startswith(("http://", "https://")) else "",
        sitename=document.sitename or "",
    )
    return Page(name=name, lines=tuple(lines), html=meta)


def same_title(line: str, title: str) -> bool:
    """The page's <title> and its first line are the same headline (one may carry the site name)."""
    squeeze = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    line, title = squeeze(line), squeeze(title)
    return bool(line) and (line == title or (len(line) >= 6 and line in title) or (len(title) >= 6 and title in line
                                                                                   and len(line) < len(title) * 1.5))


def clean_html_title(title: str, sitename: str) -> str:
    """`武汉的声音：…！-新华网` -> `武汉的声音：…！`: a site name after a dash or bar goes."""
    title = " ".join(title.split())
    match = _SITE_SUFFIX.match(title)
    if match:
        site = match["site"].strip()
        if (sitename and sitename in site) or _SITE_WORDS.search(site):
            return match["title"].strip()
    return title


def _clean_author(author: str) -> str:
    # trafilatura reads bylines like `责任编辑：孔德明`: an editor is not the author.
    if re.match(r"^(?:责任编辑|责编|编辑)", author):
        return ""
    return author.strip()
