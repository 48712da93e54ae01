"""Saved HTML pages: where on the page the article is, to cut what an extractor ran on past it.

trafilatura (favoring recall, as extract.py asks) goes on after the article into whatever
follows it on the page: readers' comments, related lists, "已收藏" pop-ups, a channel's other
stories. The page itself says where the article ends: its paragraphs sit in one element, the
things after it elsewhere. Each extracted line is found back on the page, the element holding
most of the article's prose is taken for the article, and the lines after its last line that
sit outside it go, recorded as removals (a line not found on the page stays).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from digest.ingest.html_visible import SKIP_TAGS
from digest.ingest.model import Line, Removal

RULE = "html_outside_article"
CAPTION_RULE = "html_caption"
CAPTION_MAX_CHARS = 50
# what a caption says or how it ends: a credit (`视觉中国 资料`, `新华社记者 才扬 摄`), `图为…`
_CAPTION_WORDS = re.compile(r"^图为|^图[:：]|^图注[:：]|摄$|供图$|资料$|资料图|视觉中国|图片来源|东方IC|图源|IC photo", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
SENTENCE_END = re.compile(r"[。！？!?]")
_LIST_MARK = re.compile(r"^(?:[-*] )+")  # trafilatura's mark for a list item
_STAMP = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000\xa0T]*\d{1,2}:\d{2}")
MAX_PROSE_STAMPS = 3
PROSE_MIN_CHARS = 20  # a line of the article's prose, not a label, a date or a link
ARTICLE_SHARE = 0.8  # the article's element holds at least this share of the prose lines' characters
PROBE_CHARS = 24  # characters of a line looked for on the page


@dataclass(frozen=True)
class PageText:
    """The page's visible text without whitespace, and which element holds each stretch of it."""

    text: str
    starts: tuple[int, ...]  # offset in text where each stretch starts
    owners: tuple[Any, ...]  # the element whose text (or whose child's tail) the stretch is
    # every element walked, kept alive: lxml gives a node the same Python object (and id) only
    # while one is alive
    alive: tuple[Any, ...] = ()

    def owner_at(self, offset: int) -> Any:
        return self.owners[bisect.bisect_right(self.starts, offset) - 1]


def page_text(root: Any) -> PageText | None:
    if root is None:
        return None
    parts: list[str] = []
    starts: list[int] = []
    owners: list[Any] = []
    alive: list[Any] = []
    length = 0

    def add(text: str | None, owner: Any) -> None:
        nonlocal length
        squeezed = _SPACE.sub("", text or "")
        if squeezed:
            starts.append(length)
            owners.append(owner)
            parts.append(squeezed)
            length += len(squeezed)

    def walk(element: Any) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag.lower() in SKIP_TAGS:
            return
        add(element.text, element)
        for child in element:
            walk(child)
            add(child.tail, element)
        alive.append(element)

    body = root.find("body")
    try:
        walk(body if body is not None else root)
    except RecursionError:  # a page nested thousands deep: leave the extractor's text as it is
        return None
    return PageText("".join(parts), tuple(starts), tuple(owners), tuple(alive)) if parts else None


def line_owners(lines: list[Line], page: PageText) -> list[Any]:
    """For each line, the element its first (or else its last) characters sit in on the page
    (None when the extractor's text is not found there), looked for in page order."""
    owners: list[Any] = []
    cursor = 0
    for line in lines:
        plain = _SPACE.sub("", _LIST_MARK.sub("", line.text))
        probe = plain[:PROBE_CHARS]
        at = page.text.find(probe, cursor) if probe else -1
        if at < 0 and probe:
            at = page.text.find(probe)
        if at < 0 and len(plain) > 2 * PROBE_CHARS:
            # a line the extractor joined from pieces the page shows apart (`信報財經新聞· 重置城寨
            # …`, a teaser's provider and its headline without the time between): its end
            probe = plain[-PROBE_CHARS:]
            at = page.text.find(probe, cursor) if page.text.find(probe, cursor) >= 0 else page.text.find(probe)
        if at < 0:
            owners.append(None)
            continue
        cursor = at + len(probe)
        owner = page.owner_at(at)
        if len(plain) > 2 * PROBE_CHARS and _in_link(owner):
            # a link glued before a paragraph (`发送GP到6666 随时随地查行情 “使用4周后，…`): the line
            # is where its end is
            end = page.text.find(plain[-PROBE_CHARS:], at)
            owner = page.owner_at(end) if end >= 0 else owner
        owners.append(owner)
    return owners


def _in_link(element: Any) -> bool:
    return any(str(node.tag).lower() == "a" for node in (element, *element.iterancestors()))


MAX_GLUED_LINK = 30


def _glued_link(text: str, owner: Any, page: PageText) -> str:
    """The opening of a line that is a link's text from outside the paragraph's element, which the
    extractor ran into it (`发送GP到6666 随时随地查行情 “使用4周后，…`: an ad's link before the text);
    '' when none (a link inside the paragraph is its own words)."""
    plain = _SPACE.sub("", text)
    if len(plain) <= 2 * PROBE_CHARS:
        return ""
    at = page.text.find(plain[:PROBE_CHARS])
    start = page.owner_at(at) if at >= 0 else None
    link = next((node for node in (start, *start.iterancestors()) if str(node.tag).lower() == "a"), None) if start is not None else None
    if link is None or _inside(link, owner):
        return ""
    words = _SPACE.sub("", link.text_content())
    if not words or len(words) > MAX_GLUED_LINK or not plain.startswith(words):
        return ""
    count = 0
    for end, char in enumerate(text):
        count += not char.isspace()
        if count == len(words):
            return text[:end + 1]
    return ""


_INLINE_TAGS = frozenset({"a", "abbr", "b", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"})
_LIST_TAGS = frozenset({"li", "dd", "dt"})


def _is_prose(text: str, owner: Any) -> bool:
    """A line of the article's prose: long, with a sentence end, not a link's text nor a list
    item's own (a related story's title and summary; not a paragraph that a layout put in a list)."""
    if len(text) < PROSE_MIN_CHARS or not SENTENCE_END.search(text) or len(_STAMP.findall(text)) >= MAX_PROSE_STAMPS:
        return False  # (stories' titles each with its time, run together: `为同门兄弟途胜让路… 2005-07-13 09:00:04 …`)
    block = False
    for element in (owner, *owner.iterancestors()):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        # a teaser's summary in its own <p> inside a list item (`<li><h3>…</h3><p>…</p></li>`)
        # is the list's, not prose (a layout's list item with paragraphs is a <div> by now)
        if tag in _LIST_TAGS or (tag == "a" and not block):
            return False
        block = block or tag not in _INLINE_TAGS
    return True


def layout_lists(root: Any) -> bool:
    """List items that hold paragraphs are a page's columns, not a list: they become <div>s (in
    place), so that an extractor reads their paragraphs as paragraphs, not as one item's text.
    Whether any did."""
    changed = False
    for item in list(root.iter("li")) if root is not None else ():
        if sum(1 for paragraph in item.iter("p") if len(_SPACE.sub("", paragraph.text_content())) >= PROSE_MIN_CHARS) >= 2:
            changed = True
            item.tag = "div"
            parent = item.getparent()
            if parent is not None and parent.tag in ("ul", "ol"):
                parent.tag = "div"
    return changed


def sections_as_blocks(root: Any) -> bool:
    """<section>s become <div>s (in place): the editors of WeChat and of many Chinese sites wrap
    each paragraph in one (`<section><span>…</span></section>`), and trafilatura, which reads
    paragraphs, divs and lists, passes over their text: a saved WeChat article came out with its
    account's menu and none of its text. Whether any did."""
    sections = list(root.iter("section")) if root is not None else []
    for section in sections:
        section.tag = "div"
    return bool(sections)


def article_element(lines: list[Line], owners: list[Any]) -> Any:
    """The deepest element that holds ARTICLE_SHARE of the prose lines' characters: the
    article's, where a page's other prose (comments, teasers, a disclaimer) sits elsewhere."""
    mass: dict[int, int] = {}
    elements: dict[int, Any] = {}
    total = 0
    for line, owner in zip(lines, owners):
        if owner is None or not _is_prose(line.text, owner):
            continue
        total += len(line.text)
        for element in (owner, *owner.iterancestors()):
            mass[id(element)] = mass.get(id(element), 0) + len(line.text)
            elements[id(element)] = element
    held = [key for key, value in mass.items() if total and value >= ARTICLE_SHARE * total]
    return max((elements[key] for key in held), key=lambda element: sum(1 for _ in element.iterancestors()), default=None)


def _previous_element(element: Any) -> Any:
    """The element right before this one (a <br> skipped), None when text comes between."""
    previous = element.getprevious()
    while previous is not None and previous.tag == "br" and not _SPACE.sub("", previous.tail or ""):
        previous = previous.getprevious()
    if previous is None or _SPACE.sub("", previous.tail or ""):
        return None
    return previous


def is_caption(text: str, owner: Any) -> bool:
    """A picture's caption: a short line whose element comes right after one that holds an
    <img> and no text (`<div><img></div><span style="color:…">共享充电宝。视觉中国 资料</span>`),
    that says it is one (a credit, `图为…`), or that is set apart by its style (centred, coloured,
    a caption's class) and ends without a sentence end. A subheading under a picture is none."""
    if len(text) > CAPTION_MAX_CHARS:
        return False
    element, styled = owner, False
    while True:
        styled = styled or bool(_CAPTION_STYLE.search(" ".join(str(value) for value in element.attrib.values())))
        previous = _previous_element(element)
        if previous is not None or element.getparent() is None or element.tag not in _INLINE_TAGS:
            break
        parent = element.getparent()
        if _SPACE.sub("", parent.text or ""):
            return False  # text before it in its block: not under the picture
        element = parent
    if previous is None or not isinstance(previous.tag, str) or _SPACE.sub("", previous.text_content()):
        return False
    if previous.tag != "img" and next(previous.iter("img"), None) is None:
        return False
    line = text.strip()
    return bool(_CAPTION_WORDS.search(line)) or (styled and not SENTENCE_END.search(line[-1:]))


_CAPTION_STYLE = re.compile(r"color|caption|pic|img|photo|desc|note|explain", re.IGNORECASE)


def _inside(element: Any, container: Any) -> bool:
    return element is container or any(parent is container for parent in element.iterancestors())


def cut_outside_article(lines: list[Line], root: Any) -> tuple[list[Line], list[Removal]]:
    """The extracted lines without what the page shows outside the article's element: after
    its last line, every line found elsewhere on the page; before its first line, the short
    ones (menus, log-in prompts, breadcrumbs; a lead paragraph printed above the body stays,
    and the header's date and source are read from the page itself). Those go as removals."""
    page = page_text(root)
    if page is None or not lines:
        return lines, []
    owners = line_owners(lines, page)
    container = article_element(lines, owners)
    if container is None:
        return lines, []
    inside = [owner is not None and _inside(owner, container) for owner in owners]
    first = next((index for index, flag in enumerate(inside) if flag), None)
    if first is None:
        return lines, []
    last = max(index for index, flag in enumerate(inside) if flag)
    other_kind = _other_blocks(lines, owners, inside, container)
    kept: list[Line] = []
    removed: list[Removal] = []
    for index, (line, owner) in enumerate(zip(lines, owners)):
        if index < first and owner is not None and not _is_prose(line.text, owner):
            removed.append(Removal(RULE, line.number, line.text, "before the article, outside its element on the page"))
        elif index > last and owner is not None:
            removed.append(Removal(RULE, line.number, line.text, "after the article, outside its element on the page"))
        elif index > last and any(other is not None for other in owners[last + 1:index]):
            # (not found on the page, the extractor joined it from pieces, below what went: `理财：… | …`)
            removed.append(Removal(RULE, line.number, line.text, "after the article, below lines outside its element"))
        elif owner is not None and is_caption(line.text, owner):
            removed.append(Removal(CAPTION_RULE, line.number, line.text, "a short line right under a picture on the page"))
        elif index in other_kind:
            removed.append(Removal(RULE, line.number, line.text, f"{other_kind[index]} the article's paragraphs, in a block of another kind"))
        elif inside[index] and (glued := _glued_link(line.text, owner, page)):
            removed.append(Removal(RULE, line.number, glued, "a link outside the paragraph, glued before its text"))
            kept.append(Line(line.number, line.text[len(glued):].lstrip(), line.heading))
        else:
            kept.append(line)
    return kept, removed


def _other_blocks(lines: list[Line], owners: list[Any], inside: list[bool], container: Any) -> dict[int, str]:
    """Lines inside the article's element but before its first or after its last prose line, in
    a block of the element whose kind (tag and class) holds none of its prose: where a page puts
    its paragraphs straight into a column that also holds a teaser table above them and a
    related-stories box and an ad table below (`<div id=detail><table>今日推荐…</table><p class=text>
    …</p><div class=related>…</div></div>`). Blocks of the paragraphs' kind stay (a closing credit)."""
    tops = [_top_block(owner, container) if flag else None for owner, flag in zip(owners, inside)]
    mass: dict[tuple[str, str], int] = {}
    for line, owner, top in zip(lines, owners, tops):
        if top is not None and _is_prose(line.text, owner):
            mass[_kind(top)] = mass.get(_kind(top), 0) + len(line.text)
    # the kinds of block that hold the article's prose (a teaser's summary in a box of its own is none)
    kinds = {kind for kind, chars in mass.items() if chars >= PROSE_KIND_SHARE * sum(mass.values())}
    prose = [index for index, top in enumerate(tops) if top is not None and _kind(top) in kinds
             and _is_prose(lines[index].text, owners[index])]
    if not prose:
        return {}
    # (above them, a lead in a box of its own and the headline's own block stay)
    other = {index: ("before" if index < prose[0] else "after") for index, top in enumerate(tops)
             if top is not None and _kind(top) not in kinds and (index > prose[-1] or index < prose[0] and
                                                                 not _is_prose(lines[index].text, owners[index])
                                                                 and not _in_heading(owners[index], top))}
    # below them, a line not found on the page (the extractor joined it from pieces) goes with the blocks around it
    after = [index for index in other if index > prose[-1]]
    if after:
        other.update({index: "after" for index in range(after[0] + 1, len(lines)) if owners[index] is None})
    return other


PROSE_KIND_SHARE = 0.2
_HEADING_NAME = re.compile(r"title|head", re.IGNORECASE)


def _in_heading(owner: Any, top: Any) -> bool:
    """Whether the line sits in a heading (`<h1>`, `<div class="Heading">`) inside the block."""
    for element in (owner, *owner.iterancestors()):
        if str(element.tag).lower() in ("h1", "h2", "h3") or _HEADING_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return True
        if element is top:
            return False
    return False


def _top_block(owner: Any, container: Any) -> Any:
    """The child of the container that holds the owner (None for the container's own text)."""
    element = owner
    while element is not None and element.getparent() is not container:
        element = element.getparent()
    return element


def _kind(element: Any) -> tuple[str, str]:
    return str(element.tag), " ".join(str(element.get("class") or "").split())


RESTATED_RULE = "html_restated_title"
RESTATED_SHARE = 0.8  # of a title's characters the lead's opening repeats, in order


def restated_title(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    """A title printed above the text that the first paragraph opens by restating (a statistics
    bureau's release: `2024年4月份居民消费价格同比上涨0.3%` over `2024年4月份，全国居民消费价格同比
    上涨0.3%。…`): the release's own headline, not a line of the article; it goes as a removal."""
    from difflib import SequenceMatcher

    if len(lines) < 2:
        return lines, []
    title, lead = _SPACE.sub("", lines[0].text), _SPACE.sub("", lines[1].text)
    if not 8 <= len(title) <= 60 or re.search(r"[。！？!?；;，,：:]", title) or not SENTENCE_END.search(lead):
        return lines, []
    opening = lead[:len(title) + 8]
    shared = sum(block.size for block in SequenceMatcher(None, title, opening, autojunk=False).get_matching_blocks())
    if shared < RESTATED_SHARE * len(title) or not opening.startswith(title[:2]):
        return lines, []
    return lines[1:], [Removal(RESTATED_RULE, lines[0].number, lines[0].text, "a title the first paragraph restates")]
