"""Rule `page_furniture`: what a web page puts around its article.

A scraped page starts with the site's furniture (a cookie or browser notice, navigation, a
breadcrumb, a channel label), then the headline, an info line and the article; photo captions and
"read on" widgets sit inside it; tags, contacts and other stories' headlines come after it. Each
kind of line is described by its shape and by the words such lines are made of, never by one site's
wording. Where a line is matters: above the article's first paragraph (`article_start`), inside the
text, or after it. The headline is chosen in headline.py."""
from __future__ import annotations

import re

from digest.ingest.blocks import CUT_OFF, is_header, is_name_value_item
from digest.ingest.boilerplate import boilerplate_reason, site_promise
from digest.ingest.captions import is_caption
from digest.ingest.chinese import HAN, for_matching
from digest.ingest.directory import directory_kept, subheads_kept
from digest.ingest.info_lines import parse_info_line
from digest.ingest.pictures import CAPTION, IMAGE_NAME, alt_text_over, captions_kept_when_all_text, gallery_captions, repeated_labels
from digest.ingest.menus import breadcrumb_headline, is_breadcrumb, is_menu_row, is_navigation, no_menu_here, over_info_line, phrases_placed_as_headline
from digest.ingest.model import Line, Page, Removal
from digest.ingest.paragraphs import PARAGRAPH_CHARS, is_keyword_list, is_paragraph, schedule_rows, table_cells
from digest.ingest.notices import sign_off_lines
from digest.ingest.stuffing import FARM_ROW_REASON, keyword_lines
from digest.ingest.story_lists import STORY_REASON, dated_entries, story_list, trailing_story_lines
from digest.ingest.widgets import EPAPER_MENU, WIDGETS
from digest.ingest.summaries import SUMMARY_WORDS as _SUMMARY_WORDS, copy_reason, dated_under_first, labelled_summary, repeated_deck
from digest.ingest.watermarks import watermarks

RULE = "page_furniture"
_WEAK_NOTICE = re.compile(
    r"浏览器|browser|Browser|Cookie|cookie|隐私|JavaScript|javascript|视窗|限制级|满18岁|18岁|分级|HTML5|闲置|"
    r"听新闻|载入中|加载中|Loading|loading|字体|字号|夜间模式|无障碍|电脑版|手机版|简体版|繁体版|切换|APP|App|app|下载|"
    r"登录|登入|注册|订阅|客户端|帐户|账户|帐号|账号|密码|检索|"
    r"Log ?in|LOG ?IN|Sign ?in|Sign ?up|Register|Subscribe|[Pp]assword|[Aa]ccount|Remember me"  # (an English site's)
)
# words only a site's own notices use, whatever their length (an age gate, a cookie banner)
_STRONG_NOTICE = re.compile(r"浏览器|browser|Browser|Cookie|cookie|隐私权|隐私政策|隐私声明|JavaScript|javascript|限制级|已闲置|"
                            r"分级处理|网站分级|满18岁|请升级|不支持|doesn.t support|does not support|Powered [Bb]y|POWERED BY|"
                            # a forum's call to sign up (Discuz's `马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。`)
                            r"(?:马上|立即|免费)注册[^。！？]{0,24}(?:好友|功能|社区|论坛|会员)|没有(?:账号|帐号)[？?，,]?[ \u3000]*(?:立即|马上)?注册")
_SWITCH = re.compile(r"^(?:手机查看|手机阅读|手机看|电脑版|手机版|网页版|触屏版|WAP首页|WAP版|刷新|简体|繁体|繁體|简体版|繁体版|English|ENGLISH|中文|返回首页|返回|登录|注册|登入|"
                     r"首页|网站地图|设为首页|加入收藏|无障碍|长者模式|联系我们|关于我们|加入我们|广告服务|广告合作|免责声明|隐私政策|"
                     r"版权声明|意见反馈|在线投稿|我要投稿|友情链接|用户协议|服务条款)(?:[ \u3000|｜/]+\S{1,6})*$")  # (`| 聯系我們 |`)
_PLACEHOLDER = re.compile(r"^.{1,12}(?:标志|徽标|logo|Logo|LOGO)$|^(?:图片|圖片|图|首图|头图|题图|配图|封面图|资料图|资料图片|资料照片|照片|相片|海报|视频|短片|影片|video|image|img|点击播放(?:视频)?|点击观看视频|播放|广告|AD|ad|Advertisement|【[^】]{1,5}】)$")
# what a scraper leaves of a page's machinery: a server-side include's error; a row of random
# characters in pairs, letters with signs or digits (a forum's anti-copy watermark: `% d- b* i4 Z+ k; r/ e`),
# taken only where the page has several (one such line may be the text's own)
_SSI_ERROR = re.compile(r"^\[an error occurred while processing (?:this|the) directive\]$"
                        # a PHP page's warning printed into it: `Warning: include(…): failed to open stream: … on line 47`
                        r"|^(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)[ \u3000]*:.{0,400}\bon line \d+$")
SERVER_ERROR = "a server's error message"


def is_server_error(text: str) -> bool:
    return bool(_SSI_ERROR.match(text.strip()))


# a line that is nothing but HTML tags, which the scraper left unparsed: `<cite id="kjewv"></cite>`
_MARKUP = re.compile(r"^(?:<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s+[A-Za-z_:][\w:.-]*(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*\/?>[ \u3000]*)+$")
# a link to another story: `前文回顾：…`, `快讯／…`, `延伸阅读：…`
# `{{nowplay.song.artist}}`: a page template's field the scraper saw before it was filled
# (`{{author}}`, and a code name in single braces or after a dollar, `{bbs_source}`, `${title}`)
_TEMPLATE_FIELD = re.compile(r"(?:[ \u3000|｜/·\-]*(?:\{\{[^{}]{1,60}\}\}|\$?\{[A-Za-z_][A-Za-z0-9_.]{1,40}\}))+[ \u3000|｜/·\-]*")
# `第04版:时事新闻 PDF版阅读`: which page of a paper's e-edition, and its buttons
_EPAPER_PAGE = re.compile(rf"第[A-Za-z]?\d{{1,3}}版[ \u3000]*[:：]?[ \u3000]*[\u4e00-\u9fff]{{0,8}}(?:[ \u3000]*{EPAPER_MENU})*")
# where a paper's story goes on or came from: `(上接第1版)`, `（下转A3版）`
_EPAPER_JUMP = re.compile(r"[(（]?(?:上接|下转|转|接)第?[A-Za-z]?[\d一二三四五六七八九十]{1,3}版[)）]?")
_STORY_LINK = re.compile(r"^(?:前文回顾|往期回顾|前情提要|相关阅读|延伸阅读|推荐阅读|点击阅读|快讯|推荐|热门|热点|热读|专题)[ \u3000]*[:：／/|｜]")
_BRACKETED_LABEL = re.compile(r"^[【\[](?P<label>[^】\]]{2,10})[】\]][ \u3000]*\S")


def _labelled_link(core: str) -> bool:
    """`【延伸閱讀】台灣商港禁空拍 港灣風光成絕響?`: another story's headline under a related block's label."""
    match = _BRACKETED_LABEL.match(core)
    return bool(match and is_header(match["label"]))


# a summary's label (`摘要:`, `AI导读:`): alone on its line, a label left empty or put above its summary
_EMPTY_LABEL = re.compile(rf"^(?:{_SUMMARY_WORDS}|(?:发布|更新|发表)?(?:日期|时间)|来源|作者|编辑|原文标题|原文链接|原文连结|原文内容|记者署名|"
                          r"友情链接|标签|关键词|关键字|分类|附件|相关附件|二维码|相关阅读|相关新闻|相关链接|相关文章|延伸阅读|"
                          r"推荐阅读|热门推荐|热门文章|网友评论|评论|评价|(?:在线)?留言|精彩推荐|字体大小|字体|字号|了解更多|查看更多|更多|"
                          r"相关(?:热词|热词搜索|搜索|关键词|标签|专题)|热词搜索|热门搜索|热门标签|热门关键[词字]|(?:快速|网站|站内|频道|栏目)?导航)[:：]?(?:[ \u3000]*(?:\.{2,}|…+))*$")  # (`摘要:... ...`: left empty)
_SUMMARY_LABEL = re.compile(rf"[【\[]?(?:{_SUMMARY_WORDS}|内容提要|核心提示)[】\]]?[:：]")
_UI_CHUNK = re.compile(r"[【\[][^】\]]{0,6}(?:纠错|打印|关闭|收藏|分享|评论|字体|字号|举报|推荐)[^】\]]{0,6}(?:[】\]]|$)")
# (a contact's word as a label, its value or a number after it, or on a line with a long number or an address:
# `再打电话时,竟然…` is a sentence cut off)
_CONTACT = re.compile(r"(?:客服|信箱|邮箱|电邮|E-?mail|email|热线|电话|传真|地址|邮编)[\u4e00-\u9fff]{0,2}(?:[ \u3000]*[:：（(\d*]|[ \u3000]*$|.*(?:\d{5}|@|www\.|://))|"
                      r"(?:备案|ICP|icp|公网安备|许可证|版权|Copyright|copyright|All Rights|©)")
# a contact field alone, out of the text (`工作时间:8:00-18:00`, `传真:021-66980702`, `邮箱:x@163.com`, `地址:上海市宝山区共和新路5308号66幢4楼`, `地址:嘉兴市中环北路塘汇路路口`)
_CONTACT_FIELD = re.compile(r"(?:地址|通讯地址|联系地址|传真|邮箱|电子邮箱|电子信箱|E-?mail|电话|联系电话|TEL|Tel|FAX|Fax|网址)[ \u3000]*[:：][ \u3000]*"
                            r"(?:\+?\d[\d\- ()（）]{6,}\d|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/?"
                            r"|[\u4e00-\u9fff\d\-]{4,40}?(?:号|楼|室|层|座|路口|路|街|大道|巷)(?:[\u4e00-\u9fff\d\-]{0,8}(?:号|楼|室|层|座))?)"
                            # (its office hours: `工作时间:8:00-18:00`)
                            r"|(?:工作|办公|服务|营业|咨询)时间[ \u3000]*[:：][ \u3000]*(?:周[一二三四五六日至到周\-—~ ]{1,8})?\d{1,2}[:：]\d{2}[ \u3000]*[-—~～至到][ \u3000]*\d{1,2}[:：]\d{2}")
_SENTENCE_END = "。！？!?…」”』\"'）)"
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
MAX_TAIL_CHARS, MAX_LAST_TAG_CHARS = 30, 8  # (a short line under the text; the one line after it)
LONG_LINE_CHARS = 150
TWICE_REASON = "a line the page already has (a caption or headline shown twice)"
# a blog theme's meta line around a post's age and its day: `admin8个月前 (04-15)数码56`, `人物报道1年前 (2023)发布 aixure`
_AGE_AND_DAY = re.compile(r"\d{1,3}[ \u3000]*(?:秒|分钟|小时|天|周|个月|年)前[ \u3000]*[(（]\d{2,4}(?:[-/.]\d{1,2}){0,2}[)）]")
MAX_AGE_LINE_CHARS = 60  # the reason given for a caption's removal


def furniture_reason(text: str, where: str) -> str | None:
    """Why a whole line is page furniture, given where it is: `head` (above the article's
    first paragraph), `body`, `tail` (after its last, with other lines) or `end` (the one line
    after it); None when it is not."""
    core = for_matching(text).strip(" \u3000\u00a0•·●◆■□-—|｜")
    if not core:
        return None
    if _PLACEHOLDER.match(core) or IMAGE_NAME.match(core):
        return "an image or video placeholder"
    if is_server_error(core):
        return SERVER_ERROR
    if _MARKUP.match(core) and where != "head":  # (above the text, the headline's choice weighs lines by their place)
        return "HTML markup left in the text"
    widget = next((kind for kind, pattern in WIDGETS.items() if pattern.search(core)), None)
    if widget:
        return f"a page widget ({widget})"
    if (_STORY_LINK.match(core) or _labelled_link(core)) and len(core) <= 60 and not core.endswith("。"):
        return "a link to another story"
    if _TEMPLATE_FIELD.fullmatch(core):
        return "a template's unfilled field"
    if _EPAPER_PAGE.fullmatch(core) or _EPAPER_JUMP.fullmatch(core):
        return "an e-paper's page label"
    if re.fullmatch(r"\d{1,3}", core):
        return "a number alone (a page number, a footnote mark)"
    if _EMPTY_LABEL.match(core):
        return "a label without its value"
    if _UI_CHUNK.search(core):  # `【我要纠错】 责任编辑：张三`: the buttons, and what is left is furniture too
        rest = _UI_CHUNK.sub(" ", core).strip()
        if not rest or boilerplate_reason(rest) or parse_info_line(rest):
            return "buttons and a credit"
    if is_caption(core):
        return CAPTION
    if where == "body":
        return None
    if is_breadcrumb(core):
        return "a breadcrumb"
    if len(core) <= MAX_AGE_LINE_CHARS and _AGE_AND_DAY.search(core) and not re.search(r"[。！？，,；;]", core):
        return "an info line (a post's age and its day)"
    if _SWITCH.match(core):
        return "navigation"
    if len(core) <= 300 and _STRONG_NOTICE.search(core):
        return "a site notice"
    weak = {match.group(0) for match in _WEAK_NOTICE.finditer(core)}
    if weak and not _is_prose(core) and (len(weak) >= 2 or len(core) <= 6):
        return "a site notice"
    if _CONTACT_FIELD.fullmatch(core):
        return _CONTACT_REASON  # (above the text too: a site's header prints its address)
    if where in ("tail", "end"):
        if is_header(core):
            # a list's header, its list gone (`随机推荐 更多>>` after the text, the stories not scraped): a link,
            # which a run of the text's own short lines keeps (`点击过百万的视频`)
            return TAG_REASON
        if (_CONTACT.search(core) or re.search(r"(?i)all rights reserved", core)) and len(core) <= 80 and "。" not in core[:-1]:
            return _CONTACT_REASON
        if site_promise(core):
            return "the site's promise or slogan to its reader"
        short = MAX_TAIL_CHARS if where == "tail" else MAX_LAST_TAG_CHARS  # one line alone may be the text's last words
        if len(core) <= short and not core.endswith(tuple(_SENTENCE_END) + ("：", ":")) and not re.search("[，,；;]", core) \
                and not is_name_value_item(text.strip()):
            return TAG_REASON  # (`• 基隆市：正常上班上課` is a row of the article's table, not a tag)
    if where in ("head", "tail") and is_navigation(core) or where == "end" and len(re.split("[|｜]", core)) >= 3 and is_navigation(core):
        return "navigation"  # (the one line after the article too, when a row of bar-separated menu words)
    if where in ("tail", "end") and _TEASER_END.search(core) and len(core) >= 20:
        return "another story's teaser"
    if (re.fullmatch(r"[\d\s|/]+|[(（]\d{1,5}[)）]|[^\w]+", core) or (len(core) <= 20 and len(HAN.findall(core)) < 3
                                                       and _EMOJI.search(core))) \
            and where in ("head", "tail", "end"):
        return "numbers or signs only (pagination, a counter)"
    return None


def _is_prose(text: str) -> bool:
    """A paragraph, or a line too long to be anything else (a self-media post that spaces its
    sentences instead of punctuating them)."""
    return is_paragraph(text) or len(text) >= LONG_LINE_CHARS and not is_menu_row(text)


MIN_CLAUSES = 4


def article_start(lines: tuple[Line, ...]) -> int:
    """Where the article's text starts: the first paragraph, or the first sentence of some
    length on a line of its own (a salutation `各乡镇人民政府：` too), that is not a site notice
    or a row of keywords."""
    for index, line in enumerate(lines):
        text = line.text.rstrip().rstrip("”’」』\"'）)")
        if len(text) >= LONG_LINE_CHARS and (is_keyword_list(text) or IMAGE_NAME.match(text.strip())):
            continue  # (an image inlined as a data URI is long, and no text)
        sentence = len(text) >= 15 and text.endswith(("。", "：", ":")) and not furniture_reason(text, "head")
        # (a paragraph of clauses that ends on a question or exclamation typed half-width: `…, 今年的流感到底有多強勢?`)
        sentence = sentence or (len(text) >= PARAGRAPH_CHARS and re.search(r"[\u4e00-\u9fff][?!]$", text) is not None
                                and len(re.findall(r"[,，]", text)) >= MIN_CLAUSES - 1)
        if (_is_prose(text) or sentence) and not _STRONG_NOTICE.search(for_matching(text)):
            return index
    return len(lines)


MIN_REPEATED_CHARS = 6
MAX_TWICE_SHOWN_CHARS = 30


MIN_TEASER_RUN = 2
_TEASER_END = re.compile(r"(?:[^.]\.{3}|[^…]…)$")  # `…及...`: cut off by the site (`……` is the writer's own)


MIN_SUMMARY_CHARS = 30
# `本文由X撰写…`, `本文是42章经的一篇文章，作者是…`, `原文收录在…`: the page's note on the article, not its text
MAX_NOTE_CHARS = 100
_ABOUT_NOTE = re.compile(r"^(?:本文(?:由|是|系|为|经|首发|原载|转载|作者|(?:最初|最早|首次|原)(?:发表|刊发|刊登|发布|刊载)于)|原文(?:收录|刊发|刊登|发表|首发|载于))")
MAX_SUMMARY_DISTANCE = 8
MAX_HEADLINE_SHAPE = 80


def _leading_summary(texts: list[str]) -> bool:
    """A page's first line that the article's own first paragraph repeats a few lines down (whole
    or cut off): the page's description printed above its headline, not the article's start."""
    first = texts[0] if texts else ""
    if len(first) < MIN_SUMMARY_CHARS or (len(first) <= MAX_HEADLINE_SHAPE and not re.search(r"[。！？]", first)):
        return False  # (a long headline that the lead repeats word for word is no summary)
    head = first[:MIN_SUMMARY_CHARS]
    copy = next((index for index in range(2, min(len(texts), MAX_SUMMARY_DISTANCE)) if texts[index].startswith(head)), None)
    if copy is not None and CUT_OFF.search(texts[copy]) and len(texts[copy]) < len(first):
        return False  # the copy is the one cut off (a list's teaser of the text): the first line is the text
    if copy is not None and copy + 1 < len(texts) and len(texts[1]) >= MIN_SUMMARY_CHARS and texts[copy + 1] == texts[1]:
        return False  # its next line comes again after the copy too: the text printed twice, no summary
    # (with a headline between them: a text shown twice with nothing between is the scraper's, not a summary)
    return copy is not None and any(4 <= len(text) <= MAX_HEADLINE_SHAPE and not text.endswith(tuple(_SENTENCE_END))
                                    and not boilerplate_reason(text) and not furniture_reason(text, "head")
                                    for text in texts[1:copy])


def _lastarticle_start(lines: list[Line]) -> int:
    teasers: list[int] = []  # other stories' teasers under the article, each cut off: long, but not its text
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text.rstrip()
        if is_header(text):
            continue  # a list's header (`你也可能感兴趣...`): under the text, no teaser and no text's last words
        if _TEASER_END.search(text) and furniture_reason(text, "tail"):
            teasers.append(index)
            continue
        if _is_prose(text) or (len(text) > MAX_TAIL_CHARS and text.endswith(tuple(_SENTENCE_END))):
            # one such line alone is the text's own last words (a scraper's cut)
            return teasers[0] if 0 < len(teasers) < MIN_TEASER_RUN else index
    return -1


TAG_REASON = "a short line after the article (tags, links)"


MIN_SHORT_LINE_RUN = 3


def _without_tags_inside_text(lines: list[Line], reasons: list[str | None]) -> list[str | None]:
    """Short lines in a run of short lines that holds text (a post that breaks its sentences
    into short lines: `他们`, `穿梭于杭城的大街小巷`, `是不是很眼熟？`) are that text's lines, not tags,
    up to its last line of text."""
    result = list(reasons)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and len(lines[end].text) <= MAX_TAIL_CHARS:
            end += 1
        text_lines = [index for index in range(start, end) if reasons[index] is None]
        if end - start >= MIN_SHORT_LINE_RUN and text_lines:
            # (after the run's last line of text, a short line may still be a tag or a credit)
            result[start:text_lines[-1]] = [None if reason == TAG_REASON else reason for reason in reasons[start:text_lines[-1]]]
        start = end + 1
    return result


TEXT_LINES = 12
MAX_BYLINE_CHARS = 6


def remove_page_furniture(page: Page, ctx: object) -> Page:
    lines = page.lines
    if len(lines) < 2:
        return page
    # (the runs a watermark glues onto text lines are evidence only: cut off, they would count as
    # text lost, the gold keeping those lines whole)
    marked, _glued = watermarks([line.text for line in lines])
    first_prose = article_start(lines)
    info_numbers = {found.line for found in page.found if found.line is not None}
    kept: list[Line] = []
    removals: list[Removal] = []
    seen: set[str] = set()
    texts = [re.sub(r"\s+", "", line.text) for line in lines]
    planted = {**dict.fromkeys(marked, _WATERMARK_REASON), **keyword_lines(texts)}
    summary = _leading_summary(texts)
    over_day = dated_entries(list(lines), page.removals)
    file_captions = gallery_captions([for_matching(line.text).strip() for line in lines], texts) | repeated_labels(texts, first_prose)
    for index, line in enumerate(lines):
        where = "head" if index < first_prose else "body"
        reason = furniture_reason(line.text, where) if index > 0 or where == "head" else None
        reason = None if reason == "a link to another story" and index == 0 else reason  # (`快訊/凱米暴風籠罩全台!…` on top: its headline)
        if reason == "navigation" and where == "head" and (no_menu_here(texts, index, texts[first_prose:first_prose + TEXT_LINES])
                                                            or phrases_placed_as_headline(line.text, [kept_line.text for kept_line in kept], index + 1 == first_prose,
                                                                                          over_info_line(lines, index, info_numbers))):
            reason = None  # (`特首 明日 前往廣深`: the text is about them or the crumbs end in them; `赛技能 展风采` over the text or its info line: a headline's phrases)
        if reason is None and index <= first_prose and len(line.text) <= MAX_NOTE_CHARS \
                and _ABOUT_NOTE.match(for_matching(line.text.strip())):  # (longer, the note runs into the text)
            reason = "a note about the article above its text"
        if reason is None and where == "head" and index in over_day and 0 < len(texts[index]) <= MAX_BYLINE_CHARS \
                and len(texts[index - 1]) > 2 * len(texts[index]) and re.fullmatch(r"[\u4e00-\u9fffA-Za-z·_]+", texts[index]):
            reason = "a name or role over the post's day, under the headline"  # (`创始人` / `2024-01-18 21:09:42`)
        if index == 0 and summary:
            removals.append(Removal(RULE, line.number, line.text, "a summary of the text above its headline"))
            continue  # (the text it summarises stays where it is)
        if reason is None and index in file_captions:
            reason = CAPTION  # (`6.jpg` then `登记`: a picture's file name printed where it was, its caption under it)
        reason = planted.get(index, reason)
        key = texts[index]
        if reason is None and index == 1 and key == texts[0] and len(key) >= 2:
            reason = TWICE_REASON  # (`火情通报` twice)
        if reason is None and index > 0 and len(key) >= MIN_REPEATED_CHARS and key in seen \
                and (where == "head" or key in (texts[index - 1], texts[0])):
            # (text that repeats itself further down is the text's business: a quote, a refrain)
            reason = TWICE_REASON
        if reason is None:
            reason = copy_reason(key, texts, index, where == "head", first_prose, index == 0 and dated_under_first(page))
        if reason is None and index <= first_prose + 1 and repeated_deck(key, texts[index + 1:index + MAX_SUMMARY_DISTANCE]):
            reason = "a labelled summary (核心提示, 导语) that the text repeats"
        if reason is None and index <= first_prose + 1 and removals and removals[-1].line == lines[index - 1].number \
                and _SUMMARY_LABEL.fullmatch(for_matching(lines[index - 1].text).strip()):
            reason = "a summary under its label (摘要:, AI导读:)"  # (the label alone on the line above it, taken)
        if reason is None and index <= first_prose and labelled_summary(line.text) and any(is_paragraph(after.text) for after in lines[index + 1:]):
            reason = "a labelled summary above the text (摘要 …, 导读:…)"
        seen.add(key)
        headline = breadcrumb_headline(line.text) if reason == "a breadcrumb" else None
        if headline is not None:  # `首页 > 焦点 > <the headline> 正文`: the crumbs go, the headline stays
            crumbs = line.text[:line.text.rindex(headline)]
            removals.append(Removal(RULE, line.number, crumbs.strip(), "a breadcrumb (its last part is the headline)"))
            kept.append(Line(line.number, headline, line.heading))
        elif reason is not None and not (index == 0 and where != "head" and reason != FARM_ROW_REASON):  # (a row is never the text)
            removals.append(Removal(RULE, line.number, line.text, reason))
            if reason == TWICE_REASON and where == "body" and kept and kept[-1] is not lines[0] \
                    and re.sub(r"\s+", "", kept[-1].text) == key and len(key) <= MAX_TWICE_SHOWN_CHARS:
                # a short line shown twice in a row inside the text: a photo's title, both times (the
                # headline repeated under itself is the headline once)
                twice = kept.pop()
                removals.append(Removal(RULE, twice.number, twice.text, "a caption shown twice"))
            if reason == CAPTION and kept and kept[-1] is not lines[0] and kept[-1].number == lines[index - 1].number \
                    and alt_text_over(kept[-1].text, line.text):
                alt = kept.pop()
                removals.append(Removal(RULE, alt.number, alt.text, "a picture's alt text over its caption"))
        else:
            kept.append(line)
    trailing = trailing_story_lines(kept, lines[first_prose].number if first_prose < len(lines) else None, page.removals)
    trailing += max(sign_off_lines([line.text for line in kept[trailing:]]), default=-1) + 1  # (a notice's issuers and day: its own)
    removals.extend(Removal(RULE, line.number, line.text, STORY_REASON) for line in kept[trailing:])
    kept = kept[:trailing]
    last = _lastarticle_start(kept)
    if 0 <= last < len(kept) - 1:
        tail = kept[last + 1:]
        kept = kept[:last + 1]
        # other stories' headlines in a run go too; the rest of the tail is judged as it was
        listed = story_list([line.text for line in tail], [line.text for line in kept], dated_entries(tail, page.removals))
        signed = sign_off_lines([line.text for line in tail])  # (a notice's issuers and day: text, whatever their shape)
        for index, (line, reason) in enumerate(zip(tail, _tail_reasons(tail, page.removals, signed))):
            reason = STORY_REASON if index in listed - signed else reason
            if reason is None:
                kept.append(line)
            else:
                removals.append(Removal(RULE, line.number, line.text, reason))
    kept, removals = captions_kept_when_all_text(kept, removals)
    if not removals:
        return page
    return page.with_lines(kept, removals)


def _tail_reasons(tail: list[Line], earlier: tuple[Removal, ...], signed: set[int]) -> list[str | None]:
    """Why each line after the article's last paragraph is furniture (None: the text's); `signed`,
    the lines that sign a notice off."""
    if not tail:
        return []
    reasons = [furniture_reason(line.text, "tail") for line in tail]
    # (one line left, with the page's footer under it already taken by another rule: a block
    # still, unless that line holds a sentence: the text's last words)
    footer_below = any((removal.line or 0) > tail[-1].number for removal in earlier) \
        and not re.search(r"[。！？]", tail[-1].text)
    if (len(tail) == 1 and not footer_below) or None in reasons:
        # text among them (or one line alone): not a block of furniture, its short lines
        # may be the article's last words
        reasons = _without_tags_inside_text(tail, [furniture_reason(line.text, "end") for line in tail])
    for index in signed:  # a notice's issuers and day sign its text off: text
        reasons[index] = None
    for index in schedule_rows(tail) | table_cells(tail):  # (a schedule's rows after the text, `2月7日 20:05 混双半决赛`, a table's cells: its own)
        reasons[index] = None if reasons[index] == TAG_REASON else reasons[index]
    reasons = subheads_kept([line.text for line in tail], reasons, TAG_REASON, is_header)
    return directory_kept([line.text for line in tail], reasons, {TAG_REASON, _CONTACT_REASON})


_CONTACT_REASON = "a contact or copyright line"
_WATERMARK_REASON = "a forum's watermark (random characters, on several lines)"
