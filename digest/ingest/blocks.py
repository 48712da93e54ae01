"""Rule `related_blocks`: lists of other stories that portals put under or around an article.

A block starts at a header (相关链接, 相关新闻, 延伸阅读, 猜你喜欢, 大家都在看, …: built from the
words such headers are made of, not a list of them), or at any short line that is followed by a run
of headline-like list items. It goes on while lines look like parts of a list entry: bullets,
headlines, teasers cut off with `...`, date lines (`2025-06-1634` is 2025-06-16 and 34 views). Each
entry becomes a record in the report; none of it stays in the article. A run of lines that reads as
text is not a list, whatever its header says: sentences, or a sentence broken into short pieces (a
self-media post's verse-like layout), with nothing only a list of stories has.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching, shared_pairs
from digest.ingest.credits import CREDITED
from digest.ingest.info_lines import parse_info_line
from digest.ingest.model import Block, BlockItem, Line, Page, Removal
from digest.ingest.paragraphs import is_paragraph
from digest.ingest.publishers import bare_publisher
from digest.ingest.widgets import WIDGETS

# (any mark around a header's name: `▍新闻推荐`, `≡ 相关推荐`, `*猜你喜欢*`, not only the marks seen so far)
_DECOR = r"[\W_]*"
# (a kind of item before the tail's word: `新闻推荐`, `推荐图文`)
_HEADER_LEAD = (r"(?:新闻|资讯|文章|视频|图文|相关|延伸|推荐|随机|热门|热点|热文|热读|精彩|更多|往期|猜你|为你|为您|大家都在|你也?可能|您也?可能|可能|看了|编辑|"
                r"今日|最新|本周|本月|24小时|排行|阅读|点击|网友|其他|同类|同题|近期|专题|看点|要闻|焦点|头条|必读|精选)")
_HEADER_TAIL = (r"(?:链接|新闻|图文|阅读|文章|报道|推荐|资讯|专题|视频|内容|回顾|喜欢|在看|看|感兴趣|热文|排行|排行榜|"
                r"动态|快讯|图集|看点|好文|热点|热门|头条|必读|速递|聚焦|一览|话题|稿件|评论|故事|精选)")
# (`随机推荐 更多>>`: the block's link to more of it after its name)
HEADER = re.compile(r"^" + _DECOR + r"(?P<name>" + _HEADER_LEAD + r"[\u4e00-\u9fff]{0,6}?" + _HEADER_TAIL + r")" + _DECOR + r"(?:\.{3}|…+)?" + _DECOR
                    + r"(?:更多[ \u3000]*(?:>>|》》|»|>|›)?)?" + _DECOR + r"$")
# the same headers as an English theme prints them (`Recent Posts`, `You may also like`)
ENGLISH_HEADER = re.compile(r"^" + _DECOR + r"(?P<name>(?:(?:related|recent|popular|latest|more|top|trending|featured|"
                            r"recommended|similar)[ ]+(?:posts|articles|stories|news|reads|items|videos)|you[ ]+(?:may|might)[ ]+"
                            r"also[ ]+like|further[ ]+reading|see[ ]+also|read[ ]+next|up[ ]+next|editor'?s[ ]+picks?))"
                            + _DECOR + r"$", re.IGNORECASE)
# a list item's mark: a bullet, `1.`, `1、`, `(1)`
# (`6.jpg`: a picture's file name, printed where the picture was, is no numbered item)
_BULLET = re.compile(r"^(?:[-*•·▪●○◆◇■□▶►>→»]+|\d{1,2}(?:、|[)）]|\.(?!(?:jpe?g|png|gif|webp|bmp)$))|[(（]\d{1,2}[)）])[ \u3000]*", re.IGNORECASE)
# a teaser's read-more link at its end
_READ_MORE = re.compile(r"(?:详细阅读|阅读全文|查看详情|查看全文|点击查看|>>|》》|»|Read [Mm]ore|READ MORE)$")
# a teaser cut off by the page: `...`, `…`, `。。。`
CUT_OFF = re.compile(r"(?:\.{3}|…+|。。。)$")
# a video entry's running time before its title: `推荐 03:25`
_DURATION = re.compile(r"^(?:推荐|视频|播放|热播)?[ \u3000]*(?P<duration>\d{1,2}:\d{2}(?::\d{2})?)[ \u3000]*")
# an entry's date line, a view count fused to it: `2025-06-1634` is the 16th, 34 views
_DATE_LINE = re.compile(
    r"^(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<rest>\d+)日?"
    r"(?:[ \u3000]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
    r"[ \u3000]*(?:(?:阅读|浏览|评论|点击)[:：]?[ \u3000]*)?(?P<views>\d+)?[ \u3000]*(?:次|人阅读|阅读|浏览|views?)?$"
)
_SENTENCE_END = re.compile(r"[。！？!?；;：:]['\"”’」』)）]*$")
MAX_HEADER_CHARS = 16
MAX_HEADLINE_CHARS = 60
MAX_ASKING_HEADLINE_CHARS = 48  # (`…龍獅隊員:十年後再來表演舞獅爭霸!`: 35; longer, a sentence of the text)
_ASKS = re.compile(r"[^。！？!?][？！?!]['\"”’」』)）]*$")
MAX_TEASER_CHARS = 200


def parse_date_views(text: str) -> tuple[str, int | None] | None:
    """`2025-06-1634` -> ("2025-06-16", 34): the view count is fused to the day."""
    match = _DATE_LINE.match(text.strip())
    if not match:
        return None
    year, month, rest = int(match["y"]), int(match["m"]), match["rest"]
    views = match["views"]
    day_digits = 2 if len(rest) >= 2 and 1 <= int(rest[:2]) <= 31 else 1
    day = int(rest[:day_digits])
    fused_views = rest[day_digits:]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    count = fused_views or views
    if fused_views and views:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", int(count) if count else None


def is_header(text: str) -> str | None:
    """The header's name when the line is a related-block header."""
    if len(text) > MAX_HEADER_CHARS + 8:
        return None
    match = HEADER.match(for_matching(text)) or ENGLISH_HEADER.match(text)
    if match and len(match["name"]) <= MAX_HEADER_CHARS + 8:
        return text[match.start("name"):match.end("name")]  # as written (Traditional stays Traditional)
    return None


_WRAPPED_NAME = re.compile(r"[(（][ \u3000]*(?P<name>[^()（）\s]{3,16})[ \u3000]*[)）]")


def _signed_off(text: str) -> bool:
    """A publisher's name alone in brackets (`（羊城晚报）`): the sign-off of the text above, no header."""
    wrapped = _WRAPPED_NAME.fullmatch(for_matching(text).strip())
    return bool(wrapped and bare_publisher(wrapped["name"]))


def _is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def _is_headline(text: str) -> bool:
    """A list entry's headline: short, no sentence end, and not an info line (a page that bullets
    its date, source and author under its headline has no list there)."""
    body = _BULLET.sub("", text)
    return 0 < len(body) <= MAX_HEADLINE_CHARS and not _SENTENCE_END.search(body) and not parse_info_line(body)


def _asking_headline(text: str) -> bool:
    """A short headline that asks or exclaims (`奇才下季不做重大调整？`)."""
    body = _BULLET.sub("", text)
    return len(body) <= MAX_ASKING_HEADLINE_CHARS and bool(_ASKS.search(body))


def _headlines_to_the_end(lines: tuple[Line, ...], index: int) -> bool:
    """From here to the end of the page, nothing but headlines, some of them asking: the block
    runs to the end (a short question in the article is not taken for one)."""
    rest = [line.text for line in lines[index:]]
    return any(_asking_headline(text) for text in rest) and all(
        _entry_like(text) or _asking_headline(text) for text in rest)


def _entry_like(text: str) -> bool:
    return (_is_bullet(text) or parse_date_views(text) is not None or bool(_READ_MORE.search(text))
            or bool(CUT_OFF.search(text)) or _is_headline(text))


def _block_end(lines: tuple[Line, ...], start: int) -> int:
    """Index after the last line of the block whose header is at `start`."""
    end = start + 1
    while end < len(lines):
        text = lines[end].text
        if is_header(text):
            break  # the next block starts here
        if _bylined(lines, end):
            break  # the article's own headline, its byline under it: the list ended above
        if _entry_like(text) or _entry_follows(lines, end):
            end += 1
            continue
        if _headlines_to_the_end(lines, end):
            return len(lines)
        break
    return end


def _bylined(lines: tuple[Line, ...], index: int) -> bool:
    """A line with an info line under it that names a source or an author: a headline and its
    byline (a list's entries carry a date, not a byline)."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    fields = parse_info_line(below) if below and not _is_bullet(below) else None  # (a bullet starts another entry)
    return bool(fields) and any(kind in ("source", "author", CREDITED) and value for kind, value in fields)


MAX_HEAD_GAP = 8  # lines between the article's headline and its first paragraph (its info, share buttons)
MIN_HEADLINE_IN_TEXT = 0.3
MIN_OWN_HEADLINE_CHARS = 10


def _over_its_text(lines: tuple[Line, ...], start: int, index: int) -> bool:
    """A headline over the page's first paragraphs, a few lines under it, whose words they share,
    and far more of them than any entry above it in the block does (`<the headline>` / `屏東時報2025 年
    5 月 26 日` / `分享` / `記者…報導台灣地區兒童…`): the article's own, not another story's."""
    text = for_matching(lines[index].text.strip())
    if len(text) < MIN_OWN_HEADLINE_CHARS or not _is_headline(text):
        return False
    at = next((ahead for ahead in range(index + 1, min(len(lines), index + 1 + MAX_HEAD_GAP)) if is_paragraph(lines[ahead].text)), None)
    if at is None or any(is_paragraph(line.text) for line in lines[:index]):
        return False  # (text above it: a list under the article, whose entries' teasers share their words)
    below = for_matching("".join(line.text for line in lines[at:at + 3]))
    shared = shared_pairs(text, below) or 0.0
    # (other stories' headlines: a menu's words are too short to say, a breadcrumb printing it, `首頁 » <the headline>`, is none)
    others = [shared_pairs(for_matching(line.text.strip()), below) or 0.0 for line in lines[start + 1:index]
              if _is_headline(line.text) and len(line.text.strip()) >= MIN_OWN_HEADLINE_CHARS and text not in for_matching(line.text)]
    return shared >= MIN_HEADLINE_IN_TEXT and all(other * 2 <= shared for other in others)


def _entry_follows(lines: tuple[Line, ...], index: int) -> bool:
    """A teaser that is a full sentence still belongs to the block when the entry goes on
    (a date line) or the next entry starts right after it."""
    if len(lines[index].text) > MAX_TEASER_CHARS:
        return False
    for ahead in lines[index + 1:index + 3]:
        if _is_bullet(ahead.text) or parse_date_views(ahead.text) is not None:
            return True
    return False


# a clause that announces the article's own list: `本次分享主要包含以下四个部分：`, `具体措施如下：`
_NAMED = re.compile(r"[^\W\d_]")  # a letter or a Han character


def _headline_list_at(lines: tuple[Line, ...], start: int) -> bool:
    """A short header we do not know by its words, followed by a list of at least three bulleted
    headlines (with or without teasers and dates between them)."""
    text = lines[start].text
    if len(text) > MAX_HEADER_CHARS or _SENTENCE_END.search(text.rstrip(":：")) or text.rstrip().endswith((":", "：")):
        return False  # (a line we do not know as a header that ends in a colon announces the text's own list: `以下几点:`)
    if not _NAMED.search(text):  # a header names its list: a lone `4` is a section's number over the text's own list
        return False
    if start + 1 >= len(lines) or not (_is_bullet(lines[start + 1].text) and _is_headline(lines[start + 1].text)):
        return False
    # a marked line over items of another mark heads them (`● 热点关注` over `- …`); of the same
    # mark, it is the list's first item
    if _is_bullet(text) and _BULLET.match(text)[0].strip() == _BULLET.match(lines[start + 1].text)[0].strip():
        return False
    end = _block_end(lines, start)
    if any(is_paragraph(line.text) for line in lines[:start]) and any(is_paragraph(line.text) for line in lines[end:]):
        return False  # (text above it and below it: the article's own points, `【核心觀點】` / `1.…` / `2.…`)
    items = [line.text for line in lines[start + 1:end] if _is_bullet(line.text) and _is_headline(line.text)]
    return len(items) >= 3 and not _key_value_list(items)


_KEY_VALUE = re.compile(r"^[^:：]{1,8}[:：][ \u3000]*[^:：]{1,10}$")


def is_name_value_item(text: str) -> bool:
    """`• 基隆市：正常上班上課`: a list item that is a short name and a short value, a row of the
    article's own table, not another story's headline or a tag."""
    return _is_bullet(text) and bool(_KEY_VALUE.match(_BULLET.sub("", text)))


def _key_value_list(items: list[str]) -> bool:
    """Items mostly names and values: the article's own table under a heading (`北部`)."""
    return sum(1 for item in items if is_name_value_item(item)) * 3 >= len(items) * 2


MIN_LINES_OF_PIECES = 3
MIN_LIST_HEADLINE_CHARS = 6
_RUNS_ON_START = tuple("和与及而但就也还又是被把对从让将并或却")  # a clause's first word: the line before goes on here
_RUNS_ON_END = ("，", ",", "、", "~", "～")
_TWO_SENTENCES = re.compile(r"。[^。！？!?”’」』)）】\]]")  # (`湖人傻了!黄蜂命中率81.3%` is a headline)


def _link_shaped(text: str) -> bool:
    """What only an entry of a list of other stories has: a read-more mark, a date with views, a
    teaser cut off, a video length."""
    body = _BULLET.sub("", text)
    return bool(_READ_MORE.search(body) or CUT_OFF.search(body) or parse_date_views(body) is not None
                or (_DURATION.match(body) and len(body) > 8))


def _is_sentence(text: str) -> bool:
    """Text, not a headline: sentences, a sentence of several clauses, or a list item that ends
    like a sentence (`1、严是爱，松是害。`)."""
    body = _BULLET.sub("", text).strip()
    ends = body.rstrip("”’」』)）】]\"'")  # (`【本文由X授權提供。】` is one sentence, in brackets)
    if _TWO_SENTENCES.search(body) or (ends.endswith("。") and len(re.findall("[，,；;]", body)) >= 2):
        return True
    return _is_bullet(text) and ends.endswith("。")


def _piece_of_a_sentence(text: str) -> str:
    """`run-on` for a line that goes on from the one before or into the next (`和辨识度极高的低音`,
    `就出自他手~`), `short` for one shorter than any headline (`宣传片里`), else ``."""
    body = _BULLET.sub("", text).strip()
    if body.startswith(_RUNS_ON_START) or body.endswith(_RUNS_ON_END):
        return "run-on"
    return "short" if len(body) < MIN_LIST_HEADLINE_CHARS else ""


def reads_as_text(lines: tuple[Line, ...]) -> bool:
    """A block's lines are the article's text, not a list of stories: nothing in them has an
    entry's shape, and they hold sentences, or are a sentence broken into short pieces."""
    texts = [line.text for line in lines]
    if any(_link_shaped(text) for text in texts):
        return False
    if any(_is_sentence(text) for text in texts):
        return True
    pieces = [_piece_of_a_sentence(text) for text in texts]
    return pieces.count("run-on") >= 2 and len([kind for kind in pieces if kind]) >= max(MIN_LINES_OF_PIECES, len(texts) / 3)


def parse_items(lines: tuple[Line, ...]) -> tuple[BlockItem, ...]:
    items: list[dict] = []
    has_bullets = any(_is_bullet(line.text) for line in lines)
    for line in lines:
        text = line.text
        dated = parse_date_views(text)
        headline = dated is None and (_is_headline(text) or _asking_headline(text)) and not CUT_OFF.search(text)
        starts_entry = _is_bullet(text) or headline if has_bullets else headline
        if starts_entry or not items:
            if dated is not None and not items:
                continue
            items.append(_new_item(text, line.number))
        elif dated is not None and not items[-1]["date"]:
            items[-1]["date"], items[-1]["views"] = dated
        else:
            items[-1]["teaser"] = (items[-1]["teaser"] + " " + text).strip()
    return tuple(BlockItem(**item) for item in items)


def _new_item(text: str, number: int) -> dict:
    title = _BULLET.sub("", text)
    duration = ""
    match = _DURATION.match(title)
    if match and len(title) > match.end():
        duration, title = match["duration"], title[match.end():]
    title = _READ_MORE.sub("", title).strip()
    return {"title": title, "teaser": "", "date": "", "views": None, "duration": duration, "line": number}


def _article_counter(text: str) -> bool:
    """A thread's or an article's own counts and chrome (`查看: 1338|回复: 0`, `1,234次阅读`), which
    no list of other stories opens with."""
    core = for_matching(text).strip()
    return any(WIDGETS[kind].search(core) for kind in ("a forum's chrome", "a view or comment counter"))


def _the_article_again(lines: tuple[Line, ...], start: int, end: int) -> bool:
    """The block under the header at `start` is one entry whose headline a line above the header
    already is (the page's own headline, printed again over its lead): not another story."""
    body = lines[start + 1:end]
    first = for_matching(_BULLET.sub("", body[0].text).strip())
    return len(parse_items(body)) == 1 and len(first) >= MIN_LIST_HEADLINE_CHARS \
        and any(for_matching(line.text.strip()) == first for line in lines[:start])


MAX_TEASER_LINES = 4


def _teaser_under(lines: tuple[Line, ...], start: int, end: int) -> int:
    """Where the entry of a block under the text ends when the block ends on another story's
    headline: its teaser's paragraphs, up to the page's end (the excerpt's cut) or the next block's
    header, go with it (`其他人也在看` / a headline / its lead cut off). Only under a header known by
    its words (a short line over a numbered list may be the text's own heading, its notes under
    the list), and not above the text: a header there may stand over the article itself."""
    if end - start < 2 or not is_header(lines[start].text) or not _is_headline(lines[end - 1].text) or not any(is_paragraph(line.text) for line in lines[1:start]):
        return end
    stop = end
    while stop < len(lines) and not is_header(lines[stop].text) and stop - end < MAX_TEASER_LINES and is_paragraph(lines[stop].text):
        stop += 1
    return stop if stop > end and (stop == len(lines) or is_header(lines[stop].text)) else end


def cut_related_blocks(page: Page, ctx: object) -> Page:
    lines = page.lines
    kept: list[Line] = []
    removals: list[Removal] = []
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        name = is_header(line.text) if index > 0 else None
        signed = False
        if name is None and index > 0 and _headline_list_at(lines, index):
            name = line.text.strip(":： ")
            # (`(扬子晚报)`, `（来源：财联社）`, `本文来源于X` over the list: the text's sign-off or info line stays, for the source)
            signed = _signed_off(line.text) or parse_info_line(line.text) is not None
        end = _block_end(lines, index) if name else index
        if name and end > index + 1 and _the_article_again(lines, index, end):
            # `相关推荐` over the page's own headline and its lead: a header the page printed above its
            # article, no list (the header goes, the article stays)
            removals.append(Removal("related_blocks", line.number, line.text, "a list header over the article itself"))
            index += 1
            continue
        if name and end > index + 1 and _article_counter(lines[index + 1].text):
            # a page's widget under the header (a forum's `查看: 1338|回复: 0`): the header is a menu's
            # item, its list not scraped; what follows is the page's, judged by the other rules
            removals.append(Removal("related_blocks", line.number, line.text, f"the {name} header over a widget (no list under it)"))
            index += 1
            continue
        if name and end > index + 1 and not reads_as_text(lines[index + 1:end]):
            end = _teaser_under(lines, index, end)
            # (the article's own headline the block ran over stays, whatever else of the head it took)
            own = {at for at in range(index + 1, end) if _over_its_text(lines, index, at)} | ({index} if signed else set())
            body = tuple(item for at, item in enumerate(lines[index + 1:end], index + 1) if at not in own)
            blocks.append(Block(header=name, line=line.number, items=parse_items(body)))
            removals.extend(Removal("related_blocks", item.number, item.text, f"in the {name} block")
                            for at, item in enumerate(lines[index:end], index) if at not in own)
            kept.extend(lines[at] for at in sorted(own))
            index = end
            continue
        kept.append(line)
        index += 1
    if not removals:
        return page
    return page.with_lines(kept, removals, blocks=page.blocks + tuple(blocks))
