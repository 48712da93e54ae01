"""Rule `page_furniture`, and the headline: what a web page puts around its article.

A scraped page starts with the site's furniture (a cookie or browser notice, navigation, a
breadcrumb, a channel label), then the headline, an info line and the article; photo captions and
"read on" widgets sit inside it; tags, contacts and other stories' headlines come after it. Each
kind of line is described by its shape and by the words such lines are made of, never by one
site's wording. The headline is then chosen by evidence among the lines above the article's
first paragraph, and whatever sits above it is furniture too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.chinese import for_matching
from digest.ingest.boilerplate import boilerplate_reason
from digest.ingest.info_lines import parse_info_line
from digest.ingest.paragraphs import PARAGRAPH_CHARS
from digest.ingest.publishers import bare_publisher
from digest.ingest.model import Found, Line, Page, Removal

RULE = "page_furniture"
_HOME = r"(?:首页|主页|网站首页|新闻首页|[您你]?(?:当前|现在)?(?:的|所在)?(?:位置|所在位置)|Home|HOME|home)"
_CRUMB_SEPARATOR = re.compile(r"[ \u3000]*(?:>>?|›|»|→|＞|/|／|\\|>)[ \u3000]*")
_CRUMB_END = r"(?:正文|详情|内容|文章|详细内容|阅读|新闻详情|文章详情|内容详情)"
_GLUED_CRUMB = re.compile(rf"^{_HOME}[:：]?[ \u3000]*[\u4e00-\u9fffA-Za-z ]{{0,24}}?{_CRUMB_END}?$")
_WEAK_NOTICE = re.compile(
    r"浏览器|browser|Browser|Cookie|cookie|隐私|JavaScript|javascript|视窗|限制级|满18岁|18岁|分级|HTML5|闲置|"
    r"听新闻|载入中|加载中|Loading|loading|字体|字号|夜间模式|无障碍|电脑版|手机版|简体版|繁体版|切换|APP|App|app|下载|"
    r"登录|登入|注册|订阅|客户端"
)
# words only a site's own notices use, whatever their length (an age gate, a cookie banner)
_STRONG_NOTICE = re.compile(r"浏览器|browser|Browser|Cookie|cookie|隐私权|隐私政策|隐私声明|JavaScript|javascript|限制级|已闲置|"
                            r"分级处理|网站分级|满18岁|请升级|不支持|doesn.t support|does not support")
_SWITCH = re.compile(r"^(?:手机查看|手机阅读|手机看|电脑版|手机版|简体|繁体|繁體|简体版|繁体版|English|ENGLISH|中文|返回首页|返回|登录|注册|登入|"
                     r"首页|网站地图|设为首页|加入收藏|无障碍|长者模式)(?:[ \u3000|｜/]+\S{1,6})*$")
_CAPTION_CREDIT = re.compile(
    r"(?:[(（](?!文[/／])(?=[^（()）]{0,40}(?:图|照|摄|截|撷取|取自|翻拍|Getty|EPA))[^（()）]{1,40}[)）]"
    r"|(?<=.)(?:图|照片|图片|图源|摄影|视频|影片)[ \u3000]*[／/|｜][^。，,]{1,30}"
    r"|[／/](?:摄影?|摄))$"
)
_CAPTION_END = re.compile(r"(?:(?:记者|通讯员|摄影记者|特约摄影)[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ 、][\u4e00-\u9fff·]{2,4})*[ \u3000]*摄(?:影)?"
                          r"|图片(?:来自|来源)[^，。]{0,30}|[，,][ \u3000]*图片)$")
# a headline's own mark that it has pictures: `…(组图)`, `…（图）`
_GALLERY_MARK = re.compile(r"[(（](?:组|多|附|高清|大)?(?:图|图片|图文|视频)(?:集)?[)）]$")
_CAPTION_START = re.compile(r"^(?:[▲△▼▽↑↓]|图注[：:])")
_PLACEHOLDER = re.compile(r"^(?:图片|圖片|图|视频|影片|video|image|img|点击播放|播放|广告|AD|ad|Advertisement|【[^】]{1,8}】)$")
_READ_ON = re.compile(r"^(?:请)?(?:继续(?:往下|向下)?阅读|往下阅读|向下阅读|展开全文|展开阅读全文|点击展开|阅读全文|查看全文|"
                      r"点击查看全文|剩余\d+%未读|在 ?\S{1,12} ?(?:查看|上查看|观看)|查看原文|原文链接)[.。…>›»]*$")
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_PLAYER = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*/[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?$")
_PREVIOUS_NEXT = re.compile(r"^(?:>>|»|›|<<|«)?[ \u3000]*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇|上[ \u3000]*/[ \u3000]*下一篇\S{0,4})(?:[:：].*)?$")
_COUNTER = re.compile(r"^\d+[ \u3000]*(?:次阅读|次浏览|人阅读|人浏览|阅读|浏览|次播放|条评论|评论|人参与|次)$"
                      r"|预计(?:需要)?(?:花费)?[ \u3000]*\d+[ \u3000]*分钟|阅读(?:需要|时间)?约?[ \u3000]*\d+[ \u3000]*分钟")
# a link to another story: `前文回顾：…`, `快讯／…`, `延伸阅读：…`
_STORY_LINK = re.compile(r"^(?:前文回顾|往期回顾|前情提要|相关阅读|延伸阅读|推荐阅读|点击阅读|快讯|推荐|热门|热点|热读|专题)[ \u3000]*[:：／/|｜]")
_EMPTY_LABEL = re.compile(r"^(?:摘要|内容摘要|文章摘要|导读|日期|时间|来源|作者|编辑|原文标题|原文链接|原文连结|原文内容|记者署名|"
                          r"友情链接|标签|关键词|关键字|分类|附件|相关附件|二维码|相关阅读|相关新闻|相关链接|相关文章|延伸阅读|"
                          r"推荐阅读|热门推荐|热门文章|网友评论|评论|精彩推荐|字体大小|字体|字号|了解更多|查看更多|更多)[:：]?$")
_UI_CHUNK = re.compile(r"[【\[][^】\]]{0,6}(?:纠错|打印|关闭|收藏|分享|评论|字体|字号|举报|推荐)[^】\]]{0,6}(?:[】\]]|$)")
_CONTACT = re.compile(r"(?:客服|信箱|邮箱|电邮|E-?mail|email|热线|电话|传真|地址|邮编|备案|ICP|icp|公网安备|许可证|版权|"
                      r"Copyright|copyright|All Rights|©)")
_SENTENCE_END = "。！？!?…」”』\"'）)"
MAX_HEAD_LINES = 120  # a page's menus can be long: the headline is above the first paragraph
MAX_HEADLINE_CHARS = 80
MAX_SHORT_PAGE_HEAD = 3
MAX_TAIL_CHARS = 30
LONG_LINE_CHARS = 150
MAX_LAST_TAG_CHARS = 8
MAX_CAPTION_CHARS = 100


def furniture_reason(text: str, where: str) -> str | None:
    """Why a whole line is page furniture, given where it is: `head` (above the article's
    first paragraph), `body`, `tail` (after its last, with other lines) or `end` (the one line
    after it); None when it is not."""
    core = for_matching(text).strip(" \u3000\u00a0•·●◆■□-—|｜")
    if not core:
        return None
    if _PLACEHOLDER.match(core):
        return "an image or video placeholder"
    if _READ_ON.match(core) or _IP.match(core) or _PLAYER.match(core) or _PREVIOUS_NEXT.match(core) or _COUNTER.search(core):
        return "a page widget"
    if _STORY_LINK.match(core) and len(core) <= 60 and not core.endswith("。"):
        return "a link to another story"
    if re.fullmatch(r"\d{1,3}", core):
        return "a number alone (a page number, a footnote mark)"
    if _EMPTY_LABEL.match(core):
        return "a label without its value"
    if _UI_CHUNK.search(core):  # `【我要纠错】 责任编辑：张三`: the buttons, and what is left is furniture too
        rest = _UI_CHUNK.sub(" ", core).strip()
        if not rest or boilerplate_reason(rest) or parse_info_line(rest):
            return "buttons and a credit"
    if len(core) <= MAX_CAPTION_CHARS and (_CAPTION_CREDIT.search(core) or _CAPTION_START.match(core)
                                            or _CAPTION_END.search(core)) and not _GALLERY_MARK.search(core):
        return "a photo caption"
    if where == "body":
        return None
    if is_breadcrumb(core):
        return "a breadcrumb"
    if _SWITCH.match(core):
        return "navigation"
    if len(core) <= 300 and _STRONG_NOTICE.search(core):
        return "a site notice"
    weak = {match.group(0) for match in _WEAK_NOTICE.finditer(core)}
    if weak and not _is_prose(core) and (len(weak) >= 2 or len(core) <= 6):
        return "a site notice"
    if where in ("tail", "end"):
        if (_CONTACT.search(core) or re.search(r"(?i)all rights reserved", core)) and len(core) <= 80 and "。" not in core[:-1]:
            return "a contact or copyright line"
        short = MAX_TAIL_CHARS if where == "tail" else MAX_LAST_TAG_CHARS  # one line alone may be the text's last words
        if len(core) <= short and not core.endswith(tuple(_SENTENCE_END) + ("：", ":")) and not re.search("[，,；;]", core):
            return "a short line after the article (tags, links)"
    if where in ("head", "tail") and is_navigation(core):
        return "navigation"
    if where in ("tail", "end") and _CUT_OFF.search(core) and len(core) >= 20:
        return "another story's teaser"
    if (re.fullmatch(r"[\d\s|/]+|[^\w]+", core) or (len(core) <= 20 and len(_HAN.findall(core)) < 3
                                                       and _EMOJI.search(core))) \
            and where in ("head", "tail", "end"):
        return "numbers or signs only (pagination, a counter)"
    return None


def is_breadcrumb(text: str) -> bool:
    """`首页 > 新闻 > 正文`, `您的位置：首页 / 国内`, `首页财经新闻文章正文`."""
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part]
    if len(parts) >= 2 and all(len(part) <= 10 for part in parts[:-1]) and len(text) <= 100:
        if re.match(_HOME, parts[0]) or re.fullmatch(_CRUMB_END, parts[-1]):
            return True  # (its last part may be the headline itself)
    if len(text) <= 30 and re.match(rf"^{_HOME}", text) and not re.search(r"[，,。！？!?]", text):
        return bool(_GLUED_CRUMB.match(text)) or len(text.split()) >= 2
    return False


def is_navigation(text: str) -> bool:
    """A row of menu words (`生活 生活焦点`, `新闻 体育 财经 娱乐`, `Home News World`, `关于我们 | 联系我们 | 网站地图`)."""
    parts = [part.strip() for part in re.split(r"[|｜]", text)]
    if len(parts) >= 3 and all(0 < len(part) <= 10 for part in parts):
        return True
    words = text.split()
    if len(words) >= 2 and all(len(word) <= 6 for word in words) and not re.search(r"[，,。！？!?：:]", text):
        return len(words) >= 3 or all(not re.search(r"\d", word) for word in words) and len(text) <= 16
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z &/|·-]{0,40}", text)) and len(text.split()) <= 5


def _is_prose(text: str) -> bool:
    """A paragraph: a line with a sentence in it, or too long to be anything else (a self-media
    post that spaces its sentences instead of punctuating them)."""
    return len(text) >= PARAGRAPH_CHARS and any(mark in text for mark in "。！？") or len(text) >= LONG_LINE_CHARS


def _prose_index(lines: tuple[Line, ...]) -> int:
    """Where the article's text starts: the first paragraph, or the first sentence of some
    length on a line of its own (a salutation `各乡镇人民政府：` too), that is not a site notice."""
    for index, line in enumerate(lines):
        text = line.text.rstrip().rstrip("”’」』\"'）)")
        sentence = len(text) >= 15 and text.endswith(("。", "：", ":")) and not furniture_reason(text, "head")
        if (_is_prose(text) or sentence) and not _STRONG_NOTICE.search(for_matching(text)):
            return index
    return len(lines)


MIN_REPEATED_CHARS = 6
MAX_TWICE_SHOWN_CHARS = 30
_CUT_OFF = re.compile(r"(?:\.{3}|…+|。。。)$")


def _teases(key: str, texts: list[str], index: int, head_zone: bool) -> bool:
    """`国庆黄金周接近尾声，北京青年报记者…开展“‘京’...`: the first words of another line of the
    page, cut off: a summary box or a lead shown twice."""
    match = _CUT_OFF.search(key)
    head = key[:match.start()] if match else key
    if len(head) < 15 or (not match and (not head_zone or len(head) < 40 or head.endswith(tuple(_SENTENCE_END)))):
        return False
    return any(other != key and len(other) > len(head) and other.startswith(head)
               for position, other in enumerate(texts) if position != index)


def _last_prose_index(lines: list[Line]) -> int:
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text.rstrip()
        if _is_prose(text) or (len(text) > MAX_TAIL_CHARS and text.endswith(tuple(_SENTENCE_END))):
            return index
    return -1


def remove_page_furniture(page: Page, ctx: object) -> Page:
    lines = page.lines
    if len(lines) < 2:
        return page
    first_prose = _prose_index(lines)
    kept: list[Line] = []
    removals: list[Removal] = []
    seen: set[str] = set()
    texts = [re.sub(r"\s+", "", line.text) for line in lines]
    for index, line in enumerate(lines):
        where = "head" if index < first_prose else "body"
        reason = furniture_reason(line.text, where) if index > 0 or where == "head" else None
        key = texts[index]
        if reason is None and index > 0 and len(key) >= MIN_REPEATED_CHARS and key in seen \
                and (where == "head" or key in (texts[index - 1], texts[0])):
            # (text that repeats itself further down is the text's business: a quote, a refrain)
            reason = "a line the page already has (a caption or headline shown twice)"
        if reason is None and _teases(key, texts, index, where == "head"):
            reason = "a cut-off copy of the text's own paragraph (a summary)"
        seen.add(key)
        if reason is not None and not (index == 0 and where != "head"):
            removals.append(Removal(RULE, line.number, line.text, reason))
            if reason.startswith("a line the page already has") and where == "body" and kept \
                    and re.sub(r"\s+", "", kept[-1].text) == key and len(key) <= MAX_TWICE_SHOWN_CHARS:
                # a short line shown twice in a row inside the text: a photo's title, both times
                twice = kept.pop()
                removals.append(Removal(RULE, twice.number, twice.text, "a caption shown twice"))
        else:
            kept.append(line)
    last = _last_prose_index(kept)
    if 0 <= last < len(kept) - 1:
        tail = kept[last + 1:]
        kept = kept[:last + 1]
        reasons = [furniture_reason(line.text, "tail") for line in tail]
        if len(tail) == 1 or None in reasons:
            # text among them (or one line alone): not a block of furniture, its short lines
            # may be the article's last words
            reasons = [furniture_reason(line.text, "end") for line in tail]
        for line, reason in zip(tail, reasons):
            if reason is None:
                kept.append(line)
            else:
                removals.append(Removal(RULE, line.number, line.text, reason))
    if not removals:
        return page
    return page.with_lines(kept, removals)


# The headline -------------------------------------------------------------------------------

MAX_BELOW_HEADLINE_CHARS = 10
_DATELINE = re.compile(r"(?:电|讯|报道|消息|专电)[)）】]?$")
_PARTICLES = tuple("吧吗呢啊呀了哦啦嘛是的")  # a sentence's last word: text, however short
_FUNCTION_STARTS = tuple("也就还而但或和与是在把被对从以为让将并又")  # a clause's first word: text


MAX_ABOVE_DATELINE_CHARS = 120
MAX_DATELINE_INDEX = 4
# an agency's or a paper's dateline opening a report: `新华社北京6月1日电`, `（中央社记者X台东县27日电）`,
# `红山网讯(通讯员X)`, `【明报专讯】`, `新京报讯 (记者X)`
_DATELINE_START = re.compile(
    r"^[（(【\[]?[\u4e00-\u9fffA-Za-z·\-]{2,16}?(?:记者[^，,。]{0,12}?)?[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯|专电)"
    r"|^[【\[]?[\u4e00-\u9fffA-Za-z·\-]{2,14}?(?:报|网|社|台|新闻|客户端|在线|频道)(?:专讯|讯)[】\]]?(?:[（(：:]|\s|\d|$)")


def _dateline_index(lines: tuple[Line, ...]) -> int:
    for index, line in enumerate(lines[:MAX_DATELINE_INDEX + 1]):
        if _DATELINE_START.match(for_matching(line.text.strip())) and len(line.text) > 20:
            return index
    return 0


def below_headline(page: Page) -> Page:
    """The lines between the headline (taken) and the article's first paragraph that are short and
    say nothing (an account name, a tag, `Original`, a follow prompt, a byline the rules did not
    read): furniture. A dateline (`新华社北京6月1日电`) and anything with a sentence in it stay."""
    dated = _dateline_index(page.lines)
    if dated:
        # a report starts at its dateline (`新华社北京6月1日电`, `红山网讯`): what sits between the
        # headline and it is captions, decks and credits
        above = [line for line in page.lines[:dated] if len(line.text) <= MAX_ABOVE_DATELINE_CHARS]
        if len(above) == dated:
            page = page.with_lines(page.lines[dated:], [Removal(RULE, line.number, line.text, "between the headline and the dateline")
                                                        for line in above])
    end = _prose_index(page.lines)
    if end >= len(page.lines):
        return page  # no paragraph: nothing is known to be furniture
    kept: list[Line] = []
    removals: list[Removal] = []
    for index, line in enumerate(page.lines):
        text = for_matching(line.text.strip())
        if index < end and len(text) <= MAX_BELOW_HEADLINE_CHARS and not re.search(r"[。！？!?，,；;：:]", text) \
                and not _DATELINE.search(text) and not text.endswith(_PARTICLES) and not line.heading \
                and not text.startswith(_FUNCTION_STARTS) and not (text.startswith("《") and text.endswith("》")):
            removals.append(Removal(RULE, line.number, line.text, "between the headline and the text"))
        else:
            kept.append(line)
    if len(removals) < 2:
        return page  # one short line there may be a subtitle or a heading: a page's furniture comes in several
    named = next(((name, removal) for removal in removals for name in [bare_publisher(removal.text)] if name), None)
    found = (Found("source", named[0], named[1].line, f"line {named[1].line}: a name under the headline"),) if named else ()
    return page.with_lines(kept, removals, found=page.found + found)

@dataclass(frozen=True)
class HeadlineChoice:
    index: int  # of the page's line
    evidence: str


_NOT_HEADLINE_END = tuple("。；;：:，,、")
_NOT_HEADLINE_START = tuple("，,、。；;：:)）」』”’")  # a line that goes on from the one before
_CREDIT_WORDS = re.compile(r"来源[:：·|｜ ]|作者[:：|｜ ]|责任编辑|责编[:：]|发布时间|记者[ \u3000]*[:：|｜]|本站作者|编辑[:：|｜]")
_CREDIT_START = re.compile(r"^(?:文|图|来源|作者|编辑|责编|责任编辑|记者|本站|撰文|采写)[ \u3000]*[:：|｜·/]")
_SPEAKER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,4}[：:].*[。？！?!]$")
_HAN = re.compile(r"[\u3400-\u9fff]")
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def choose_headline(page: Page, html_title: str = "") -> HeadlineChoice | None:
    """Among the lines above the article's first paragraph, the one that looks most like its
    headline and is most confirmed (the page's HTML title, its words in the text, the info line
    under it). None when the page's first line is its only candidate."""
    lines = page.lines
    first_prose = _prose_index(lines)
    # a page without a paragraph (an interview of short lines, a list): its headline is on top
    limit = min(first_prose, MAX_HEAD_LINES if first_prose < len(lines) else MAX_SHORT_PAGE_HEAD)
    if limit <= 1:
        return None
    text_after = "".join(line.text for line in lines[limit:limit + 12])
    info_lines = {found.line for found in page.found if found.line is not None}
    best: tuple[float, int, list[str]] | None = None
    for index in range(limit):
        line = lines[index]
        if index and lines[index - 1].text.rstrip().endswith(("，", ",", "、")):
            break  # the line above goes on into this one: text broken into lines, no headline below
        evidence = _headline_evidence(line, index, lines, text_after, info_lines, html_title)
        if evidence is None:
            continue
        score, notes = evidence
        if best is None or score > best[0]:
            best = (score, index, notes)
    if best is None or best[1] == 0:
        return None
    return HeadlineChoice(best[1], "; ".join(best[2]))


_LEADING_BULLET = re.compile(r"^[•·●◆■□▪\-*>》]+[ \u3000]*")
_TRAILING_DECORATION = re.compile(r"[ \u3000]*[*#=~_\-—]{2,}$")
_PORTAL_SUFFIX = re.compile(r"^(?P<title>.{6,}?)[ \u3000]*(?:[-|｜–—_][ \u3000]*)(?P<site>[^-|｜–—_]{1,16})$")
_SITE_WORDS = re.compile(r"(?:网|網|报|報|新闻|新聞|频道|頻道|社|台|在线|官网|资讯|資訊|中心|门户|详情|詳情|正文|首页|首頁|"
                         r"\.com|\.cn|\.net|News|news)$")
# `新华社北京3月15日电 题：…`: an agency's dateline before the headline it gives
_DATELINE_TITLE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,16}?\d{1,2}月\d{1,2}日(?:电|電)[ \u3000]*(?:题|題)[:：][ \u3000]*")
# a headline run into its info line: a name and a dated date after it
_TRAILING_DATELINE = re.compile(r"^(?P<head>.{8,}?)[ \u3000]+(?:\S{1,16}[ \u3000]+)?(?:19|20)\d{2}(?:年|[-/.])\d{1,2}")
# a forum's thread wrapping: `主题:`, a `[新闻]` tag before it, ` -- poster` after it
_FORUM_WRAPPING = re.compile(r"^(?:主题|主題)[:：][ \u3000]*|^\[[^\]]{1,6}\][ \u3000]*|[ \u3000]+-{2,}[ \u3000]*\S{1,12}$")
_KEYWORD_SUFFIXES = re.compile(r"^(?P<title>.{8,}?)(?:_[^_\s]{1,8}){2,}$")


def wire_headline(text: str) -> str | None:
    """The headline a news agency's first line gives after its dateline (`新华社北京3月15日电 题：…`)."""
    match = _DATELINE_TITLE.match(text.strip())
    headline = text.strip()[match.end():].strip() if match else ""
    return headline if 4 <= len(headline) <= MAX_HEADLINE_CHARS else None


def clean_headline(text: str) -> str:
    """A headline without what a page wraps it in: a bullet, a portal's name after a dash or a bar
    (`… - 新闻详情`, `…_网易新闻`), a row of keywords (`…_中国_法国_全球`), a decoration (`…******`)."""
    text = _TRAILING_DECORATION.sub("", _LEADING_BULLET.sub("", text.strip())).strip()
    text = _FORUM_WRAPPING.sub("", _DATELINE_TITLE.sub("", text)).strip()
    dated = _TRAILING_DATELINE.match(text)
    if dated:
        text = dated["head"].strip()  # `… i-Cable 2023年01月21日 【有线新闻】…`: the headline ends before its info
    keywords = _KEYWORD_SUFFIXES.match(text)
    if keywords:
        text = keywords["title"]
    suffix = _PORTAL_SUFFIX.match(text)
    if suffix and _SITE_WORDS.search(for_matching(suffix["site"].strip())):
        text = suffix["title"].strip()
    return text


def is_credit_line(text: str) -> bool:
    """A short line of credits (`文 | 来源·车市在线 本站作者`) that no rule read as an info line."""
    plain = for_matching(text.strip())
    return len(plain) <= 40 and (bool(_CREDIT_START.match(plain)) or len(_CREDIT_WORDS.findall(plain)) >= 2)


def _headline_evidence(line: Line, index: int, lines: tuple[Line, ...], text_after: str, info_lines: set[int],
                       html_title: str) -> tuple[float, list[str]] | None:
    text = line.text.strip()
    plain = for_matching(text)
    if not 4 <= len(text) <= MAX_HEADLINE_CHARS or plain.endswith(_NOT_HEADLINE_END) or plain.endswith(("——", "--")) \
            or plain.startswith(_NOT_HEADLINE_START):
        return None
    if furniture_reason(text, "head") or re.fullmatch(r"[\d\s年月日:：\-/.]+", text):
        return None
    if re.search(r"。[^”」』\"')）]", plain) or len(re.findall(r"[！？!?](?=.)", plain)) >= 2 or _SPEAKER.match(plain):
        return None  # sentences, or a speaker's words (`记者：…`): text, not a headline
    if _CREDIT_WORDS.search(plain) or parse_info_line(text):
        return None  # a credit or info line the rules did not take: furniture, not a headline
    if len(re.findall(r"[,，、]", plain)) >= 4:
        return None  # a list of keywords
    notes: list[str] = []
    score = -0.2 * min(index, 5) - 0.01 * index
    if index == 0 and len(plain) >= 8:
        score += 1.0  # the first line is the headline unless the evidence says otherwise
    if not _HAN.search(text):
        score -= 2
    pairs = {plain[i:i + 2] for i in range(len(plain) - 1) if _HAN.match(plain[i]) or _HAN.match(plain[i + 1])}
    after = for_matching(text_after)
    if pairs:
        shared = sum(1 for pair in pairs if pair in after) / len(pairs)
        score += 4 * shared * min(1.0, len(plain) / 10)  # a short name recurs in any text
        if shared >= 0.3:
            notes.append(f"{shared:.0%} of its words in the text")
    if html_title and (text in html_title or html_title in text):
        score += 3
        notes.append("the page's HTML title")
    below = lines[index + 1].number if index + 1 < len(lines) else line.number + 3
    if any(line.number < number < below for number in info_lines):
        score += 2
        notes.append("an info line under it")
    if _LEADING_BULLET.match(text):
        score -= 1.5  # an item of a list (a menu, links)
    if 8 <= len(text) <= 40:
        score += 0.5
    elif len(plain) < 6:
        score -= 1  # a menu word, a name, a label
    return score, notes or [f"line {line.number}"]
