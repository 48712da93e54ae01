"""HTML input: the article's main text and metadata, by trafilatura (the field's best extractor).

The extracted text then goes through the same rules as a text file: portals plant tokens and
markers in the HTML too. Line numbers in the report refer to the extracted text.
"""
from __future__ import annotations

import re
from typing import Any

from digest.ingest.chinese import HAN, for_matching, shared_pairs, squeezed
from digest.ingest.html_article import RULE, SENTENCE_END, cut_outside_article, layout_lists, restated_title, sections_as_blocks
from digest.ingest.html_visible import visible_lines
from digest.ingest.html_title import TITLE_SEPARATORS, clean_html_title, first_of_bars, site_part
from digest.ingest.html_meta import NAME_CHANNEL, meta_published, meta_source, printed_time, timed, with_time
from digest.ingest.model import Found, HtmlMeta, Line, Page, Removal

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_CELL_EDGES = " \t\r\u3000\xa0|"
_HEADER_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*")  # a table's `|---|---|` under its first row
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+)\s*-->", re.IGNORECASE)



def looks_like_html(text: str, suffix: str) -> bool:
    return suffix.lower() in (".html", ".htm", ".xhtml", ".shtml") or bool(_HTML_START.match(text[:2000]))


def extract_html(name: str, text: str) -> Page:
    import lxml.html
    import trafilatura  # imported here: it takes a quarter of a second and text inputs never need it

    tree = _parse_tree(text)
    # fast: skip the fallback extractors (ten times quicker, the same text on the evaluation
    # pages); favor_recall: an article paragraph lost is worse than a menu line kept, which
    # the rules remove anyway; no extensive date search: it hands undated pages to dateparser,
    # which spends ~50 ms a page loading locales, and the rules guess dates from the text anyway.
    # Given the page with its layout lists and sections as <div>s (html_article), as text: from
    # an lxml tree it reads conditional comments (`<![if !IE]>`) as text.
    reshaped = layout_lists(tree) | sections_as_blocks(tree)
    page_html = lxml.html.tostring(tree, encoding="unicode") if reshaped else text
    def extract(fast: bool) -> Any:
        return trafilatura.bare_extraction(
            page_html, with_metadata=True, include_comments=False, include_tables=True,
            include_formatting=False, include_links=False, include_images=False, fast=fast, favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )

    document = extract(fast=True)
    sentences = _sentences(document)
    if sentences < MIN_SENTENCES:
        # (almost) no sentence: the quick pass took a list for the article (a sidebar of links in a
        # table beside the text); the full pass, with its fallback extractors, is worth its time here
        slow = extract(fast=False)
        document = slow if _sentences(slow) > sentences else document
    if document is None:
        return Page(name=name, lines=(), html=HtmlMeta())
    body = document.text or ""
    # Table cells come out as `| a | b |`: the bars are layout, not text (an empty cell's too: `| a |  | `).
    lines = [Line(number, raw.strip(_CELL_EDGES)) for number, raw in enumerate(body.split("\n"), start=1)
             if raw.strip(_CELL_EDGES) and not _HEADER_RULE.fullmatch(raw.strip())]
    lines, removals = cut_outside_article(lines, tree)
    lines, restated = restated_title(lines)
    removals += restated
    # (no title from the extractor: the page's <title> itself, when its words are the article's:
    # `<title>2004中国十大科技骗局 老中医绝食49天居首</title>`, not `<title>北医新闻网_(新闻)</title>`)
    page_title = " ".join((tree.findtext(".//title") or "").split()) if tree is not None else ""
    given = document.title or (page_title if page_title and title_recurs(page_title, [line.text for line in lines]) else "")
    title = clean_html_title(given, document.sitename or "", tree)
    title = first_of_bars(title, tree)
    heading = _main_heading(tree)
    if not heading and lines and not title_recurs(title, [line.text for line in lines]):
        prose = next((line.text for line in lines if "。" in line.text or len(line.text) >= 40), "")
        heading = _line_above_info(tree, prose)
    if heading and heading != title:
        title = heading  # the page's own <h1>, not its <title> (which may be a site's or another page's)
    if not title:
        title = _line_above_article(removals)
    # (unless the first line is it: not a part of it, `出国前后关注点大不同` under `海外留学生看两会：出国前后关注点大不同`)
    if title and not (lines and same_title(lines[0].text, title) and
                      0.8 * len(squeezed(title)) <= len(squeezed(lines[0].text)) <= len(squeezed(title))):
        # The headline becomes line 0, so the rules clean it like the first line of a text file.
        lines.insert(0, Line(0, title))
    last_words = re.sub(r"\s+", " ", lines[-1].text)[-20:] if lines else ""
    published = meta_published(tree)
    header = header_found(tree, title, document.date or "", last_words)
    day = next((item.value for item in header if item.field == "date"), "") or published or document.date or ""
    where = "the page's <meta> tags"
    if len(day) == 10 and len(published) <= 10 and (printed := printed_time(visible_lines(tree), day)):
        published, where = printed, "the page's date element"  # (the <meta> tags give the day alone, or nothing)
    header = tuple(timed(item, published, where) for item in header)
    saved = _SAVED_FROM.search(text[:3000])
    url = document.url or (saved.group(1) if saved else "")
    meta = HtmlMeta(
        title=title,
        author=_clean_author(document.author or ""),
        date=with_time(document.date or "", published),
        url=url if url.startswith(("http://", "https://")) else "",
        sitename=_site_name(document.sitename or "", title),
        source=meta_source(tree),
    )
    return Page(name=name, lines=tuple(lines), removals=tuple(removals), html=meta, found=header)


MIN_SENTENCES = 3


def _sentences(document: Any) -> int:
    """Sentence ends in the extracted text."""
    return len(SENTENCE_END.findall((document.text or "") if document is not None else ""))


def _site_name(sitename: str, title: str) -> str:
    """The page's site name, unless it holds the headline (a page that sets `og:site_name` to its own
    title, `<headline> - 生活`): a site's name names no article, and a name read as the site's is
    cut off a headline's ends."""
    return "" if title and len(squeezed(title)) >= 6 and squeezed(title) in squeezed(sitename) else sitename


HEADER_LINES = 12  # lines under the headline where a page prints its info line
_ENDS_WITH_LABEL = re.compile(r"(?:来源|來源|稿源|作者|出处)[ \u3000]*[:：]$")


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses text that declares its encoding


def _parse_tree(html: str) -> Any:
    """The page as an lxml tree (once, for its headings and its header), or None."""
    import lxml.html

    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except Exception:  # an empty or broken document has no headings or header to read
        return None


def _main_heading(root: Any) -> str:
    """The page's <h1> (or <h2>) that its <title> repeats (`<h1>X</h1>`, `<title>X_新浪新闻</title>`): the
    article's headline, where a page's other <h1>s name the site or a channel, and where an
    extractor's title may come from elsewhere on the page."""
    if root is None:
        return ""
    title_text = " ".join((root.findtext(".//title") or "").split())
    page_title = squeezed(title_text)
    if not page_title:
        return ""
    for element in root.iter("h1", "h2"):
        heading = " ".join(_before_block(element).split())
        plain = squeezed(heading)
        # (the site's name ending the <title> after a space too: `<title>土豆不“土” 土豆无“土” 松花江网</title>`)
        logo = site_part(plain, page_title) or site_part(plain, title_text)
        if 4 <= len(plain) <= 80 and re.search(r"[\u4e00-\u9fff]", heading) and not logo and \
                (plain in page_title or (page_title in plain and len(page_title) >= 6)):
            return heading
    return _title_line(root, title_text)


def _before_block(heading: Any) -> str:
    """A heading's text down to a block inside it: `<h1>headline<div>subtitle</div></h1>` prints the
    subtitle as a line of its own under the headline (a `<br>` only wraps a long headline: the whole text)."""
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and child.tag.lower() in ("div", "p") and squeezed("".join(parts)):
            rest = squeezed(child.text_content() + (child.tail or "") + "".join(
                sibling.text_content() + (sibling.tail or "") for sibling in child.itersiblings()))
            if rest:
                return "".join(parts)
        parts.append((child.text_content() if isinstance(child.tag, str) else "") + (child.tail or ""))
    return "".join(parts)


def _title_line(root: Any, page_title: str) -> str:
    """A page without such a heading: the line of the page that its <title> starts with, the
    rest of the <title> set off by a space or a separator: what sites add (`<headline>
    东区办事处_中山网`, `<headline>-EDN 电子技术设计`). The longest such line, most of the <title>."""
    best = ""
    for line in visible_lines(root):
        if len(best) < len(line) < len(page_title) and len(squeezed(line)) >= 6 and \
                len(line) >= TITLE_LINE_SHARE * len(page_title) and page_title.startswith(line) and \
                page_title[len(line)] in TITLE_SEPARATORS and re.search(r"[\u4e00-\u9fff]", line):
            best = line
    return best


TITLE_LINE_SHARE = 0.6


def title_recurs(title: str, body: list[str]) -> bool:
    """Whether the <title> is evidence of the headline: most of its words (pairs of characters)
    recur in the article. A site's name and a kind of page (`科普中国-辟谣文章`) do not."""
    han = "".join(HAN.findall(title))  # (the pairs of its Chinese characters, punctuation and Latin aside)
    shared = shared_pairs(han, "".join(HAN.findall("".join(body)))) if len(han) >= MIN_TITLE_HAN else None
    return shared is None or shared >= MIN_TITLE_SHARED


MIN_TITLE_HAN = 4  # (a shorter title says too little to judge)
MIN_TITLE_SHARED = 0.5


def _line_above_info(root: Any, first_line: str) -> str:
    """The headline of a page whose <title> is no evidence: the line right above the header's
    info line (`来源： …`, a date), in the lines just above the article's first paragraph."""
    from digest.ingest.info_lines import parse_info_line

    lines, start = visible_lines(root), squeezed(first_line)[:20]
    at = next((index for index, line in enumerate(lines) if start and start in squeezed(line)), None)
    for index in range(max(1, (at or 0) - HEADER_LINES), at or 0):
        fields = parse_info_line(lines[index]) if len(lines[index]) <= 120 else None
        if any(kind in ("date", "source") for kind, _ in fields or ()):
            above = lines[index - 1]
            usable = 6 <= len(squeezed(above)) <= 60 and "。" not in above and not parse_info_line(above)
            return above if usable and re.search(r"[\u4e00-\u9fff]", above) else ""
    return ""



def _line_above_article(removals: list[Removal]) -> str:
    """The headline of a page with neither a <title> nor an <h1>: the line cut right above the
    article's element, when shaped as one (a short line, not a sentence, a breadcrumb or an info line)."""
    from digest.ingest.headline_text import clean_headline
    from digest.ingest.info_lines import parse_info_line

    above = [removal.text for removal in removals if removal.rule == RULE and removal.why.startswith("before")]
    for line in above[::-1][:HEADLINE_ABOVE]:  # (under it, a teaser table or the info line may have gone too)
        line = clean_headline(line)  # (`<headline> http://www.x.com/ 2005-07-18 13:03:17`: its info run in)
        usable = 6 <= len(squeezed(line)) <= 60 and not re.search(r"[。！？>»|]", line) and not parse_info_line(line) \
            and len(re.findall(r"[-_/·｜]", line)) < 2  # (a menu's words between separators: `雅虎 - 财经 - 新闻`)
        if usable and re.search(r"[\u4e00-\u9fff]", line):
            return line
    return ""


HEADLINE_ABOVE = 3


def _footer_found(lines: list[str], body_end: str, found: list[Found]) -> list[Found]:
    """The lines right after the article's last words: where some pages print its source and
    date. Further down (a page's buttons, tags and share bar between), an info line counts only
    when it states the article's own date: `版权声明 来源：当代商报 时间：2019-09-23 14:34:05`."""
    from digest.ingest.info_lines import parse_info_line

    if not body_end:
        return []
    at = next((index for index, line in enumerate(lines) if body_end in line), None)
    if at is None:
        return []
    extra: list[Found] = []
    for offset, line in enumerate(_before_other_stories(lines[at + 1:at + 1 + FOOTER_FAR])):
        fields = (parse_info_line(line) or []) if len(line) <= 120 else []
        if offset >= FOOTER_LINES:
            days = {item.value[:10] for item in [*found, *extra] if item.field == "date"}
            if not any(kind == "date" and value[:10] in days for kind, value in fields):
                continue
        for kind, value in fields:
            if kind in ("date", "source") and value and not any(item.field == kind for item in [*found, *extra]):
                extra.append(Found(kind, value, None, f"the line after the article: {line}"))
    return extra


def _before_other_stories(lines: list[str]) -> list[str]:
    """The lines above a header of other stories (`你可能還想看`, `相关推荐`): the info lines under
    it are theirs (`信報財經新聞 · 8 小時前`)."""
    from digest.ingest.blocks import is_header

    return next((lines[:index] for index, line in enumerate(lines) if len(line) <= 16 and is_header(line)), lines)


FOOTER_LINES = 8  # (`赞 0`, `赏`, `阅读 539` before `发布日期：…`)
FOOTER_FAR = 16  # lines further down that state the article's date


def header_found(root: Any, title: str, day: str = "", body_end: str = "") -> tuple[Found, ...]:
    """What the page's header says about the article: the info and credit lines printed under
    (or just above) the headline, which an extractor leaves out of the main text (`2019-09-07
    13:43:45 来源: 证券市场红周刊`, `石佳/中国青年报`); a bare name right beside the date line is
    its publisher (`2019年11月25日 18:57` then `参考消息`). A stated date there has its time."""
    if not title:
        return ()
    lines = visible_lines(root)
    plain = squeezed(title)
    places = [index for index, line in enumerate(lines) if squeezed(line) == plain]
    if not places:  # the headline with something around it (`正在阅读：…`), not a word of it (`iPhone`)
        places = [index for index, line in enumerate(lines) if same_title(line, title) and len(squeezed(line)) >= 0.6 * len(plain)]
    # a page prints its headline more than once (a top bar, a share box): the header is where it
    # has an info line under it
    found: tuple[Found, ...] = ()
    for at in places[:MAX_HEADLINE_PLACES]:
        found = _header_at(lines, at, day, body_end)
        if found:
            break
    return found


MAX_HEADLINE_PLACES = 4


def _header_at(lines: list[str], at: int, day: str, body_end: str) -> tuple[Found, ...]:
    """What the lines around the headline printed at `at` say (see header_found)."""
    from digest.ingest.credits import person_name
    from digest.ingest.info_lines import CREDITED, parse_info_line
    from digest.ingest.info_values import UI_WORDS, publisher_name

    above = min(2, at)  # lines of the window above the headline
    window = lines[at - above:at] + _before_other_stories(lines[at + 1:at + 1 + HEADER_LINES])
    # `2015-07-04 02:30:17 来源:` with its value on the next line: one line
    window = [line + window[index + 1] if _ENDS_WITH_LABEL.search(line) and index + 1 < len(window)
              and len(window[index + 1]) <= 30 else line for index, line in enumerate(window)]
    found: list[Found] = []
    credited: list[Found] = []
    dated_at = None
    for index, line in enumerate(window):
        if len(line) > 120:
            continue
        fields = parse_info_line(line) or ()
        if day and not any(kind == "date" for kind, _value in fields):  # (an info line's day without its year)
            fields = [*fields, *_time_of_day(line, day)]
        joined = False
        if not fields and all(len(part) <= 8 for part in window[index:index + 3]):
            # a date split over short lines (`2019` `09/07` `19:02`) is read joined (its time, when a
            # fourth line holds it, html_meta.printed_time finds)
            fields = [(kind, value) for kind, value in parse_info_line(" ".join(window[index:index + 3])) or ()
                      if kind == "date"]
            joined = bool(fields)
        for kind, value in fields:
            if kind == CREDITED:
                if not person_name(for_matching(value)):  # (`陳亭均 ／綜合報導`: the reporter, not the paper)
                    credited.append(Found("source", value, None, f"the page's header: {line}"))
            elif kind == "source" and UI_WORDS.search(for_matching(value)):
                continue  # `新聞來源：按讚加入華視粉絲團`: the label's value was a picture, a button is left
            elif kind in ("date", "source", "author") and value and not any(item.field == kind for item in found):
                found.append(Found(kind, value, None, f"the page's header: {line}"))
                if kind == "date":
                    dated_at = index + (2 if joined else 0)
    found.extend(_footer_found(lines, body_end, found))
    if credited and not any(item.field == "source" for item in found):
        found.append(credited[0])  # a credit line, when no line says 来源
    if dated_at is not None and not any(item.field == "source" for item in found):
        # the lines after the date line, and the two before it (nearest first) unless above the headline
        for line in window[dated_at + 1:dated_at + 3] + window[max(above, dated_at - 2):dated_at][::-1]:
            # (or the name that opens a line of fields: `新京报 作者：新京报`)
            first, _, rest = line.partition(" ")
            name = publisher_name(line) or (publisher_name(first) if rest and parse_info_line(rest) else "") or \
                (line if NAME_CHANNEL.fullmatch(line) else "")  # (`香港電台-財經`: a publisher and its channel)
            if name:
                found.append(Found("source", name, None, f"the page's header: {line}, beside the date"))
                break
    return tuple(found)


_MONTH_DAY_TIME = re.compile(r"(?<!\d)(?P<m>\d{1,2})[-/月](?P<d>\d{1,2})日?[ \u3000]*(?P<time>\d{1,2}:\d{2})(?::\d{2})?")


def _time_of_day(line: str, day: str) -> list[tuple[str, str]]:
    """`发布时间：09-30 22:46` beside a page whose metadata dates it 2019-09-30: the time of that day."""
    match = _MONTH_DAY_TIME.search(line)
    if not match or len(line) > 60 or not re.match(r"\d{4}-\d{2}-\d{2}", day):
        return []
    if (int(match["m"]), int(match["d"])) != (int(day[5:7]), int(day[8:10])):
        return []
    hour, minute = (int(part) for part in match["time"].split(":"))
    return [("date", f"{day[:10]}T{hour:02d}:{minute:02d}:00")] if hour < 24 and minute < 60 else []


def same_title(line: str, title: str) -> bool:
    """The page's <title> and its first line are the same headline (one may carry the site name)."""
    line, title = squeezed(line), squeezed(title)
    return bool(line) and (line == title or (len(line) >= 6 and line in title) or (len(title) >= 6 and title in line
                                                                                   and len(line) < len(title) * 1.5))


def _clean_author(author: str) -> str:
    # trafilatura reads bylines like `责任编辑：孔德明`: an editor is not the author.
    if re.match(r"^(?:责任编辑|责编|编辑)", author):
        return ""
    return author.strip()
