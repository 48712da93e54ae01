"""Keyword stuffing: what a farm pushes into the pages it copies, so that a search engine files the
copy under its keywords (or its client's name) while a reader still sees the article.

- discourse connectors as paragraphs of their own (`其实,` / `反过来看,`), between paragraphs they
  do not connect (`stuffed_connectors`);
- keyword lines between the clauses of a sentence (`,供難民安身,` after `網路行銷`), and rows of an
  adult site's search words anywhere on the page, its top too (`keyword_lines`: page furniture, removed);
- the headline cut into pieces pushed in front of a paragraph's clauses (`title_pieces`);
- a betting site's name pushed into the sentences (`betting_sites`).

Each is a mark no edited text carries; the `shuffled_text` check names it and keeps the text.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from digest.ingest.chinese import NOT_HAN, simplified, traditional_only

# Discourse connectors a farm's rewriter stuffs in as paragraphs of their own (`其实,` / `反过来看,` /
# `说出来你可能不信,`), between the copied paragraphs they do not connect. A writer puts a connector
# before its clause; on a line of its own, ending in a comma, it is a wrapped or bolded phrase, once.
_CONNECTOR_LINE = re.compile(
    r"^[ \t\u3000]*(?:其实|事实上|实际上|反过来看|反过来说|值得注意的是|值得一提的是|需要注意的是|有意思的是|"
    r"总的来说|总而言之|综上所述|说出来你可能不信|说实话|据业内人士透露|据知情人士透露|业内人士认为|"
    r"不难发现|不难看出|由此可见|换句话说|换言之|众所周知|显而易见|可以说|要知道|不得不说|话说回来|"
    r"一般来说|通常来说|与此同时|除此之外|此外|另外|同时|然而|不过|但是|因此|所以|当然|另一方面|那么|"
    r"简单来说|具体来看|具体来说|相比之下|更重要的是|更关键的是|也就是说|坦白说|老实说)[，,][ \t\u3000]*$")
STUFFED_CONNECTORS = 3  # different connector lines that make a text stuffed (clean text: at most 1)
# A paragraph that starts with a clause mark (`,供難民安身,`) continues a sentence that a line
# pushed in between its clauses (a shopping keyword, a heading) cut; a page wrapped badly does it
# once or twice (THUCNews, CCF 2019 and the real clean pages: at most 2).
_CLAUSE_MARKS = "，,、；;"
_CLAUSE_START = re.compile(rf"^[ \t\u3000]*[{_CLAUSE_MARKS}]")
CUT_CLAUSES = 4


def stuffed_connectors(lines: Iterable[str]) -> tuple[str, ...]:
    """The different connector lines among `lines` (paragraphs) when there are STUFFED_CONNECTORS
    or more, else none."""
    found = tuple(dict.fromkeys(line.strip() for line in lines if len(line) <= 24 and _CONNECTOR_LINE.match(line)))
    return found if len(found) >= STUFFED_CONNECTORS else ()


def cut_clauses(lines: Iterable[str]) -> int:
    """How many paragraphs start with a clause mark, when CUT_CLAUSES or more, else 0 (and 0 for
    text wrapped at a fixed width, where a line may start with the clause mark the wrap left)."""
    lines = list(lines)
    count = sum(1 for line in lines if _CLAUSE_START.match(line))
    return count if count >= CUT_CLAUSES and not hard_wrapped(lines) else 0


MIN_WRAPPED_LINES = 5


def hard_wrapped(lines: Sequence[str]) -> bool:
    """Text wrapped at a fixed width (a forum's or a mail's: `為避免車禍憾事,同時減輕…三大類別包含` /
    `區間測速取締…`): most of its long lines are as wide as its widest one, to two characters, by
    display width (a Chinese character is two columns)."""
    widths = [sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line.rstrip()) for line in lines]
    long = [width for width in widths if width >= 40]
    if len(long) < MIN_WRAPPED_LINES:
        return False
    widest = max(long)
    return sum(1 for width in long if width >= widest - 4) >= 0.6 * len(long) and widest <= 100


MAX_KEYWORD_LINE = 16
KEYWORD_REASON = "a keyword line pushed in between a sentence's clauses"


def keyword_lines(lines: Sequence[str]) -> dict[int, str]:
    """The lines a stuffer pushed in between a sentence's clauses (`供難民安身,` / `網路行銷` /
    `,菲律賓總統…`): on a page with CUT_CLAUSES lines or more that start with a clause mark, a short
    line with no punctuation of its own between two pieces of a sentence (the pieces stay text).
    Each with the reason for its removal."""
    # (an adult site's row anywhere: no headline is one either)
    rows = {index: FARM_ROW_REASON for index, line in enumerate(lines) if farm_row(line)}
    if not cut_clauses(lines):
        return rows
    return rows | {index: KEYWORD_REASON for index, line in enumerate(lines[:-1]) if index and _CLAUSE_START.match(lines[index + 1])
            and (_CLAUSE_START.match(lines[index - 1]) or lines[index - 1].rstrip().endswith(tuple(_CLAUSE_MARKS)))
            and not lines[index - 1].rstrip().endswith(("。", "！", "？", "!", "?"))  # (after a sentence's end, the next one starts)
            and len(line.strip()) <= MAX_KEYWORD_LINE and not _PUNCTUATED.search(line)}


FARM_ROW_REASON = "a row of an adult site's search words (a farm's stuffing)"
# the words such rows are made of: some only an adult site uses, some any video site's (`精品`, `在线观看`)
_ADULT_WORDS = re.compile(r"无码|無碼|乱码|亂碼|人妻|少妇|少婦|熟女|熟妇|熟婦|毛片|一区二区|一區二區|三级|三級|黄色|黃色|(?<![A-Za-z])[Aa][Vv](?![A-Za-z])|"
                          r"激情|成人|午夜|伦理|倫理|偷拍|自拍|丝袜|絲襪|色综合|色綜合")
_VIDEO_WORDS = re.compile(r"精品|久久|国产|國產|中文字幕|在线|在線|观看|觀看|免费|免費|视频|視頻|欧美|歐美|日韩|日韓|亚洲|亞洲|影院|播放|高清|不卡")
MIN_ADULT_WORDS = 2
MIN_FARM_WORDS = 6
MIN_VIDEO_ROW = 7


def farm_row(line: str) -> bool:
    """A row of search words (three pieces or more one separator apart, no sentence in it) made of
    an adult site's vocabulary: no text ever reads so, wherever on the page it stands."""
    # (`视频 I 韩国`: a capital I standing for the bar, between words of no Latin letters)
    if re.search(r"[。！？!?]", line) or len(re.split(r"(?:[,，_|｜丨、\-]|(?<![A-Za-z\s])\s*I\s*(?![A-Za-z\s]))+", line.strip(",，_|｜丨-"))) < 3:
        return False
    adult, video = set(_ADULT_WORDS.findall(line)), set(_VIDEO_WORDS.findall(line))
    # (one adult-site word in a row of a video site's seven or more is the same row: `…一区二区三区在线观看,亚洲 欧美 日韩…`)
    return len(adult) >= (MIN_ADULT_WORDS if len(video) < MIN_VIDEO_ROW else 1) and len(adult) + len(video) >= MIN_FARM_WORDS


_PUNCTUATED = re.compile(r"[，,。；;：:！？!?、“”「」]")


# A farm that cuts its headline into pieces and pushes them, in the headline's order, in front of
# the clauses of a paragraph (`近期,教育全国各地气温迅速回升,部发布预汛期即将来临,防学溺水…` under
# `教育部发布预防学生溺水工作预警`). A writer's clause may open with the headline's words, two of
# them in its order at most (real pages, CCF 2019), and those are whole words: a stuffer's pieces
# cut across them (`部发布预`).
TITLE_PIECES = 3
_PIECE_MIN, _PIECE_MAX = 2, 5
_CLAUSE_OPENING = re.compile(r"(?:^|(?<=[，,、。！？!?；;：:]))")
MAX_PIECES_CHARS = 1500  # of a paragraph: a stuffer marks every one


def title_pieces(title: str, texts: Sequence[str], resync: bool = False) -> dict[int, list[tuple[int, int]]]:
    """The paragraphs (by index) the headline's pieces were pushed into, with each piece's start
    and end; none when no paragraph has TITLE_PIECES of them, one cutting a word. `resync`, on a
    page known stuffed: a piece the farm skipped does not hide the next ones, read from the
    headline's start (on a clean text it would find a writer's words: CCF 2019, 22 items in 2,000)."""
    title = re.sub(r"\s+", "", title)
    if len(title) < 3 * _PIECE_MIN:
        return {}
    ends: set[int] | None = None  # where the headline's words end (rjieba), read for the few pages with pieces
    at = 0  # where in the headline the next piece starts
    stuffed: dict[int, list[tuple[int, int]]] = {}
    for index, text in enumerate(texts):
        pieces: list[tuple[int, int]] = []
        cut = False
        for start in (match.start() for match in _CLAUSE_OPENING.finditer(text[:MAX_PIECES_CHARS])):
            size = _common(text, start, title, at)
            if size < _PIECE_MIN and resync and at and pieces:
                at, size = 0, _common(text, start, title, 0)
            if size < _PIECE_MIN:
                continue
            if size <= _PIECE_MAX:
                ends = _word_ends(title) if ends is None else ends
                cut = cut or at not in ends or at + size not in ends
                pieces.append((start, start + size))
            at = 0 if len(title) - (at + size) < _PIECE_MIN else at + size
        if len(pieces) >= TITLE_PIECES and cut:
            stuffed[index] = pieces
    return stuffed


def without_title_pieces(title: str, texts: Sequence[str]) -> str:
    """The text of a page known stuffed (`title_pieces`) with the headline's pushed-in pieces taken
    out, read with `resync`: what a stuffed copy is compared by."""
    stuffed = title_pieces(title, texts, resync=True)
    return "\n".join(text if index not in stuffed else "".join(
        text[end:next_start] for (_, end), (next_start, _) in zip([(0, 0), *stuffed[index]], [*stuffed[index], (len(text), 0)]))
        for index, text in enumerate(texts))


def _common(text: str, start: int, title: str, at: int) -> int:
    """How many characters of the text from `start` are the headline's from `at`."""
    size = 0
    while at + size < len(title) and text[start + size:start + size + 1] == title[at + size]:
        size += 1
    return size


def _word_ends(title: str) -> set[int]:
    import rjieba  # (only for the few pages whose clauses open with the headline's words)
    ends, at = {0}, 0
    for word in rjieba.cut(title):
        at += len(word)
        ends.add(at)
    return ends


# A betting site's name pushed into the sentences of a hijacked page (`金沙app手机版社区饭堂起源于…`,
# `365体育官网市中心血站`, `演出一般设在村委戏台,开户注册送体验金简单接地气`): a casino brand (the
# trade's best-known ones) with the words of its own advertising (官网, app, 手机版, 注册). News
# about gambling names the trade (`博彩平台`, `彩票网站`, `赌场入口`) and introduces a site it names
# (`在金沙网站投注`); a name that is also a word takes its trade's word (`皇冠体育`, not `皇冠网站`;
# `半岛体育`, not a typhoon's `半岛登陆`). And one name once proves nothing (a brand is also a
# place, a car, a game studio): a stuffer's name carries its code (`必发BF88官网`, `大发彩票788356`),
# chains its advertising's words (`金沙app手机版`, `金沙平台投注官网`) or comes back (`365体育官网` four
# times), or is a phrase no report prints (`开户注册送体验金`). A hijacker's welcome line or menu
# (the name on a line of its own) is page furniture, not stuffing.
_BRAND_NAMES = ("金沙", "葡京", "威尼斯人", "太阳城", "凯时", "尊龙", "申博", "申慱", "必发", "亚博", "开云", "开yun", "kaiyun", "大发",
                "万博", "乐鱼", "九游", "雷火", "米乐", "爱游戏", "华体会", "博鱼", "天博", "沙巴", "金宝博", "明升", "伟德", "必威",
                "亚洲城", "龙8", "欧宝", "鸭脖")
_TRADE_NAMES = ("365", "皇冠", "半岛")  # words too: a brand only with its trade's word (`365体育`)
_PHRASES = ("注册送体验金", "开户注册送", "天天盈球", "manbetx", "betway", "bet365")
_BETTING_BRANDS = "|".join(_BRAND_NAMES) + "|(?:" + "|".join(_TRADE_NAMES) + ")(?=体育|彩票)"
_BETTING_WORDS = re.compile("|".join(map(re.escape, (*_BRAND_NAMES, *_TRADE_NAMES, *_PHRASES))), re.IGNORECASE)  # (a literal-only pass)
_ADVERTISING = r"(?:官网|官方网|官方入口|网站|网址|网页版|平台|手机版|安卓版|app|注册|下载|入口|客户端|投注|体育网|娱乐网|\.com)"
_BETTING_SITE = re.compile(
    rf"(?<![在过入录为的“「'\"])(?P<brand>{_BETTING_BRANDS})(?P<code>[A-Za-z0-9]{{0,10}})(?:中国|亚洲|彩票|体育|娱乐|国际|棋牌|电竞)?"
    rf"(?P<code2>[A-Za-z0-9]{{0,10}}){_ADVERTISING}(?P<chained>[A-Za-z0-9]{{0,8}}{_ADVERTISING})?"
    rf"|(?P<phrase>{'|'.join(_PHRASES)})", re.IGNORECASE)
_SENTENCE_AROUND = 8  # Han characters of a sentence on one side of the name: pushed in, not a line of its own


def betting_sites(lines: Iterable[str]) -> tuple[str, ...]:
    """The different betting-site names pushed into the sentences of `lines`, first seen first,
    when a stuffer's marks are on them (text in Traditional characters is read in Simplified ones)."""
    names: dict[str, None] = {}
    marked = False
    text = "\n".join(lines)
    text = simplified(text) if not traditional_only().isdisjoint(text) else text
    if not _BETTING_WORDS.search(text):  # (a literal-only pass: most pages name no such brand at all)
        return ()
    for line in text.splitlines():
        for match in _BETTING_SITE.finditer(line):
            if max(len(NOT_HAN.sub("", line[:match.start()])), len(NOT_HAN.sub("", line[match.end():]))) >= _SENTENCE_AROUND:
                names[match.group()] = None
                marked = marked or _stuffers_marks(match, text)
    return tuple(names) if marked else ()


# a hijacker's words glued before a publisher's name (`kaiyun中国宁波网讯`, `中文字幕日产中新网广州4月21日电`): a
# betting brand spelt in letters, or a run of an adult or video site's words (two of them at least, or an
# adult site's one: `国产大飞机网` is a name)
_STUFFED_WORD = re.compile(_ADULT_WORDS.pattern + "|" + _VIDEO_WORDS.pattern + r"|日产|韩产")
_STUFFED_PREFIX = re.compile(rf"^(?:kaiyun|manbetx|betway|bet365|(?P<run>(?:{_STUFFED_WORD.pattern})+))(?=[\u4e00-\u9fff]{{2,}}(?:网|报|社|台|新闻)$)",
                             re.IGNORECASE)


def without_stuffed_prefix(name: str) -> str:
    """A publisher's name without the hijacker's words glued before it."""
    prefix = _STUFFED_PREFIX.match(simplified(name))
    if prefix and prefix["run"] and len(_STUFFED_WORD.findall(prefix["run"])) < 2 and not _ADULT_WORDS.search(prefix["run"]):
        return name
    return name[prefix.end():] if prefix else name


def names_betting_site(name: str) -> bool:
    """A publisher's name that is a betting site's (`开yun体育网`, `雷火平台`): a hijacker's, no outlet's."""
    return _BETTING_SITE.search(simplified(name)) is not None


def _stuffers_marks(match: re.Match[str], text: str) -> bool:
    """A phrase no report prints, or a brand with its code, its advertising's words chained, its
    name in Latin letters, or said again in the text."""
    brand = match["brand"]
    return bool(match["phrase"] or match["code"] or match["code2"] or match["chained"]) \
        or re.search(r"[A-Za-z]", brand) is not None or text.count(brand) >= 2
