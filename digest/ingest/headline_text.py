"""A headline's own text: the wrapping pages give it (a portal's name, a row of keywords, a channel's
stamp, a wire's dateline, a forum's tag, a time of day) taken off, and a wire's headline read from
its `题：` line."""
from __future__ import annotations

import re

from digest.ingest.chinese import closed_up, for_matching
from digest.ingest.info_values import CHANNEL_WORDS, SITE_SELF_NAME
from digest.ingest.model import Line
from digest.ingest.watermarks import WATERMARK

MAX_HEADLINE_CHARS = 80
MAX_LABEL_CHARS = 10  # a line this short above a wire's dateline may be a label; longer, it may be the headline


LEADING_BULLET = re.compile(r"^[•·●◆■□▪\-*>》]+[ \u3000]*")
_TRAILING_DECORATION = re.compile(r"[ \u3000]*[*#=~_\-—]{2,}$|(?<=[^\s_])_$|(?<=[\u4e00-\u9fff])-$|(?<=\S)[ \u3000]*[|｜]$")  # (`…乡村”_`, `…丰收 |`, `…举行-`: a portal's empty suffix)
# (not after `丨`, a column's mark: `…丨香港一线` is the headline's own)
_PORTAL_SUFFIX = re.compile(r"^(?P<title>.{6,}?)[ \u3000]*(?:[-|｜–—_][ \u3000]*)(?P<site>[^-|｜–—_]{1,16})$")
# a site's name in Latin letters after its name in Han (`中央社 CNA`, `公視新聞網 PNN`, `端傳媒 Initium Media`)
_LATIN_BRAND = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+[A-Za-z][A-Za-z0-9.&]*(?: [A-Za-z][A-Za-z0-9.&]*){0,2}$")
# after `丨`, a column's mark (`…丨香港一线`, `…丨香港新闻`), only a name ending in a site's or a paper's
# word is a site's (`…丨观察者网`, `…丨北京日报`, `…丨ETtoday新聞雲`), or a brand in Latin letters
# with its 新闻 (`…丨Yahoo奇摩新聞`), or a portal's bare name
_PORTALS = r"搜狐|新浪|网易|網易|腾讯|騰訊|雅虎"  # the portals by their bare names
_SITE_AFTER_COLUMN_MARK = re.compile(r"^(?P<title>.{6,}?)[ \u3000]*丨[ \u3000]*(?P<site>[^-|｜丨–—_\s]{1,12}(?:网|網|新聞雲|新闻云|报|報|电视台|電視台)"
                                     rf"|[^-|｜丨–—_\s]{{0,6}}[A-Za-z][^-|｜丨–—_\s]{{0,8}}(?:新闻|新聞)|{_PORTALS})$")
# the words a site's name (or a page kind) after a title ends with: `_网易新闻`, ` - 新闻详情`, `-新华网`
SITE_WORDS = re.compile(r"(?:网|網|报|報|新闻|新聞|频道|頻道|社|台|在线|官网|百科|资讯|資訊|速讯|速訊|快讯|快訊|中心|门户|详情|詳情|正文|首页|首頁|"
                         r"头条|頭條|要闻|要聞|周刊|週刊|杂志|雜誌|客户端|客戶端|传媒|傳媒|媒体|媒體|之声|之聲|财经|財經|新闻云|新聞雲|"
                         r"\.com|\.cn|\.net|\.COM|News|news|NEWS|"
                         rf"(?<![\u4e00-\u9fff])(?:{_PORTALS}|Yahoo))$")
# a spaced dash before a short name ends a page's title, which a headline never does (`… - 36氪`,
# `… - 德國之聲`, `… - BBC News 中文`): the name needs no site word
_DASHED_NAME = re.compile(r"^(?P<title>.{8,}?)[ \u3000]+[-–—][ \u3000]+(?P<site>[^-–—|｜丨_，。！？,!?:：；;、“”\"]{2,20})$")
# `新华社北京3月15日电 题：…`: an agency's dateline before the headline it gives
DATELINE_TITLE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,16}?\d{1,2}月\d{1,2}日(?:电|電)[ \u3000]*(?:题|題)[:：][ \u3000]*")
# a headline run into its info line: a name (a channel's, a site's, or its address) and a dated date
# after it, the date labelled or not (`… 政情 發布時間: 2023/05/05`, `… http://www.x.com/ 2005-07-18`)
_TRAILING_DATELINE = re.compile(r"^(?P<head>.{8,}?)[ \u3000]+(?:(?:\S{1,16}|https?://[\x21-\x7e]{4,60})[ \u3000]+)?"
                                r"(?:(?:发布|發布|发表|發表|更新)?(?:时间|時間|日期)[:：][ \u3000]*)?(?:19|20)\d{2}(?:年|[-/.])\d{1,2}")
# a forum's thread wrapping: `主题:`, a `[新闻] ` tag a space before it, ` -- poster` after it (a tag
# glued to the headline, `[視頻]李克強…`, `[福建]两岸…`, is the headline's own label, kept as printed)
_FORUM_WRAPPING = re.compile(r"^(?:主题|主題)[:：][ \u3000]*|^\[[^\]]{1,6}\][ \u3000]+|[ \u3000]+-{2,}[ \u3000]*\S{1,12}$")
GLUED_TAG = re.compile(r"^\[[^\]]{1,6}\](?=\S)")  # (its copies on the page may go without it)
# a site's stamp before the headline, its name with its address (`中国新媒体(http://www.example.cn):…`,
# `example.com：…`): an aggregator's, never the headline's words
_SITE_STAMP = re.compile(r"^[^:：()（）]{0,16}[(（]?(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/?[)）]?"
                         r"[ \u3000]*[:：][ \u3000]*(?=\S{4})")
# a name stamped before the headline, a colon after it (`爱游戏ayx官方入口:马来西亚槟城…`): a hijacker's own
# when it calls itself an official entrance or platform (info_values.SITE_SELF_NAME)
_STAMP_BEFORE = re.compile(r"^(?P<stamp>[^:：\s]{2,14})[:：][ \u3000]*(?=\S{8})")
# the address of the page a post copied, glued before the headline (`http://www.x.com/a/1.shtml撤点并校…`): no
# headline opens with a link
_GLUED_LINK = re.compile(r"^https?://[\x21-\x7e]*?(?:\.s?html?|\.php|\.aspx?|/|\d)(?=[\u4e00-\u9fff“「《【])")
# a page's buttons printed after its headline: `… [打印本页]`, `…【关闭】`
_UI_BUTTONS = re.compile(r"(?<=\S)(?:[ \u3000]*[【\[][^】\]]{0,6}(?:纠错|打印|关闭|收藏|分享|评论|字体|字号|举报|复制链接|複製連結)[^】\]]{0,6}[】\]])+$")
# a run of marks and letters in ones and twos after the headline, a space apart: a forum's anti-copy
# watermark when watermarks.WATERMARK reads it so (`…居民委员会公告 " B+ g* c' k; l1 j3 [# z7 b`; its first mark
# may be glued to the headline: `…乱象调查2 V. k6 B8 n; R% v0`)
_TRAILING_RUN = re.compile(r"(?<=[\u4e00-\u9fff])(?:[ \u3000]+|(?=[!-~]{1,2}[ \u3000]))(?P<run>(?:[!-~]{1,2}[ \u3000]+){3,}[!-~]{1,2})$")
# the language a page is in, noted after its headline (`EV屋苑充電易 (Chinese Only)`, `…（只有中文）`)
_LANGUAGE_NOTE = re.compile(r"(?<=\S)[ \u3000]*[(（](?:(?:Chinese|English)(?: (?:and|&) (?:Chinese|English))?(?: [Oo]nly| [Vv]ersion)?|只有中文|只有英文|只提供中文|中文版|英文版)[)）]$")
# a share widget's label glued after the headline: `新春澳門人氣旺 遊客直呼沒想到!分享到:`
SHARE_LABEL = re.compile(r"(?<=\S)[ \u3000]*(?:分享到|分享至|分享)[:：]$")
# a farm's pager after the headline, a numeral spaced inside its brackets (`…亮点( 五 )`), and a portal's
# page of a story or a gallery, a page number from 2 tight after the words (`…幸福城(2)`, `…采收季【6】`);
# a series' part is a numeral printed tight (`…亟待完善(三)`) and stays
_SPACED_PAGER = re.compile(r"(?<=\S)[ \u3000]*[(（][ \u3000]+[一二三四五六七八九十\d]{1,3}[ \u3000]+[)）]$"
                           r"|(?<=[\u4e00-\u9fff])(?:[(（](?:[2-9]|[1-9]\d)[)）]|【\d{1,2}】)$")
# an e-paper's label for which title of a story's set this is (`…重點在低齡段(主題)`, `(引题)`, `(副题)`)
_EPAPER_LABEL = re.compile(r"(?<=\S)[ \u3000]*[(（](?:主题|主題|引题|引題|副题|副題|肩题|肩題|眉题|眉題)[)）]$")
_TRAILING_CLOCK = re.compile(r"(?<=\S)[ \u3000]*[(（]\d{1,2}[:：]\d{2}[)）]$")
# a view counter printed after the headline: `慶祝漁民節 四鄉五島漁民齊聚東引 --閱讀人次 : 1567`
_TRAILING_COUNTER = re.compile(r"(?<=\S)[ \u3000]*(?:-{1,2}|—|[|｜])?[ \u3000]*(?:阅读人次|阅读次数|浏览人次|浏览次数|点击次数|点击数|"
                               r"阅读|浏览|点击|人气)[ \u3000]*[:：][ \u3000]*\d[\d,]*$")
# a row of keywords after the headline: a word an underscore apart each (`…_中国_法国_全球`), or a row of
# three or more joined by hyphens after one underscore (`…_乡土情怀-收藏-文化遗产`: a page template's keywords)
_KEYWORD_SUFFIXES = re.compile(r"^(?P<title>.{8,}?)(?:(?:_[^_\s]{1,8}){2,}|_[^_\s\-]{1,8}(?:-[^_\s\-]{1,8}){2,})$")
# a portal's channel or site label after an underscore, which no headline writes: a short label
# (cut off with `...` in a long one), no sentence in it
_LABEL_SUFFIX = re.compile(r"^(?P<title>.{6,}?)[ \u3000]*_[ \u3000]*[^_。！？，,!?]{1,12}?(?:\.{3}|…|>>>?)?$")


# a channel's or column's stamp before a headline: a few characters ending in a channel word
CHANNEL_PREFIX = re.compile(rf"^[\u4e00-\u9fff]{{0,3}}?(?:{CHANNEL_WORDS}){{1,2}}[ \u3000]*[:：!！|｜丨][ \u3000]*(?P<rest>.{{8,}})$")


# a farm's feed stamp before a headline (`世界短讯!美哉 黄河开河`, `每日速递:…`, `今日关注:…`)
_FEED_STAMP = re.compile(r"^(?:世界|每日|天天|今日|当前)(?:短讯|简讯|速递|关注|热议|观察|看点|精选|聚焦|动态|播报|时讯|热讯|快讯|消息)[!！:：][ \u3000]*(?=.{6})")
# a keyword stamped before a headline that holds it (`莲花|冰莲花来了!(图)`; a column's name, `大众帮办|…`, is not in it)
_KEYWORD_STAMP = re.compile(r"^(?P<word>[\u4e00-\u9fff]{2,4})[|｜丨](?=.{6})")


# a channel's label alone before a headline, a space apart (`即時港聞 數十記者…`, `正文 馬來西亞…`, `今日头条 …`, `部门动态 …`)
_FEED_WORDS = r"速递|关注|热门|动态|头条|看点|快报|播报"
_CHANNEL_LABEL = re.compile(rf"^(?:{CHANNEL_WORDS}|今日|部门)*(?:{CHANNEL_WORDS}|{_FEED_WORDS})(?:新闻|资讯|频道|焦点|中心|港闻)?[ \u3000]+(?P<rest>[^ \u3000].{{7,}})$")


# a label before a headline printed as a field (`标 题:…`, `原标题：…`, `查看完整版本:…`)
_TITLE_FIELD = re.compile(r"^(?:(?:原|新闻|文章)?标[ \u3000]*题|题[ \u3000]*目|查看完整版本|当前(?:信息|文章|新闻|内容))[ \u3000]*[:：][ \u3000]*(?=\S{4})")
# the site's name in angle brackets after the headline (`…展出<大和傳媒>`): a signature, not the headline's
_ANGLED_SITE = re.compile(r"[ \u3000]*[<〈＜](?P<site>[^<>〈〉＜＞]{2,12})[>〉＞]$")


def _once(text: str) -> str:
    """A headline printed twice in one line (`A B A B…`, the second cut off): once."""
    for match in re.finditer(r"[ \u3000]+", text):
        left, right = text[:match.start()], text[match.end():].rstrip("….").rstrip()
        if len(right) >= 6 and left.startswith(right):
            return left
    return text


MIN_ECHO = 3  # characters a search phrase repeats of the headline (`90后`)


def _without_search_phrases(text: str) -> str:
    """A headline with search phrases a farm appends after it, each a space apart and each repeating
    a word of the headline (`“90后”,疯狂“造人” 90后都很疯狂怎么办 90后努力建房买车`): the headline."""
    parts = text.split()
    if len(parts) < 3 or len(parts[0]) < 6:
        return text
    head = parts[0]
    echoes = [any(part[at:at + MIN_ECHO] in head for at in range(len(part) - MIN_ECHO + 1)) for part in parts[1:]]
    return head if all(echoes) and all(len(part) >= 4 for part in parts[1:]) else text


def wire_headline(text: str) -> str | None:
    """The headline a news agency's first line gives after its dateline (`新华社北京3月15日电 题：…`)."""
    match = DATELINE_TITLE.match(text.strip())
    headline = text.strip()[match.end():].strip() if match else ""
    return headline if 4 <= len(headline) <= MAX_HEADLINE_CHARS else None


MAX_ABOVE_WIRE = 3


def wire_title(lines: tuple[Line, ...]) -> tuple[int, str | None]:
    """The first lines' wire headline (`中新网安康9月27日电 题：…`) and where it is. Above it only
    lines that cannot be the headline (a caption's sentences, short labels): a report starts at its
    dateline."""
    for index, line in enumerate(lines[:MAX_ABOVE_WIRE + 1]):
        wired = wire_headline(line.text)
        if wired:
            return index, wired
        if len(line.text.strip()) > MAX_LABEL_CHARS and not re.search(r"[。！？]", line.text):
            break  # (a line that may be the headline itself)
    return 0, None


def clean_headline(text: str) -> str:
    """A headline without what a page wraps it in: a bullet, a field's label (`标题：`), a portal's name after a dash or a bar
    (`… - 新闻详情`, `…_网易新闻`), its time of day (`… (23:42)`), its buttons (`… [打印本页]`), a row of keywords (`…_中国_法国_全球`), a channel or site label
    after an underscore (`…_事故`, `…_律师365`), a decoration (`…******`); a headline set with a space after every
    character (`政 府 制 訂 措 施`) closed up."""
    text = _TRAILING_DECORATION.sub("", LEADING_BULLET.sub("", text.strip().strip("|｜ \u3000").lstrip(":： \u3000"))).strip()  # (`:X`: a label's colon left bare; `| 普陀發布… |`: a table cell's bars)
    text = closed_up(text)
    angled = _ANGLED_SITE.search(text)
    if angled and SITE_WORDS.search(for_matching(angled["site"])):
        text = text[:angled.start()]
    text = _EPAPER_LABEL.sub("", _SPACED_PAGER.sub("", _TRAILING_CLOCK.sub("", _UI_BUTTONS.sub("", SHARE_LABEL.sub("", _LANGUAGE_NOTE.sub("", _without_watermark(text)))))))  # `…繳獲各類毒品243噸 (23:42)`: the time it went up
    counter = _TRAILING_COUNTER.search(for_matching(text))
    if counter and counter.start() >= 6:
        text = text[:counter.start()]
    if re.fullmatch(r"【[^【】]{4,}】", text):
        text = text[1:-1]  # `【政协年中工作会议】`: a headline in brackets
    labelled = _TITLE_FIELD.match(for_matching(text))
    if labelled:
        text = text[labelled.end():]
    text = _FORUM_WRAPPING.sub("", DATELINE_TITLE.sub("", _SITE_STAMP.sub("", _without_self_named(_GLUED_LINK.sub("", text))))).strip()
    dated = _TRAILING_DATELINE.match(text)
    if dated:
        text = dated["head"].strip()  # `… i-Cable 2023年01月21日 【有线新闻】…`: the headline ends before its info
    text = _once(text)
    channel = CHANNEL_PREFIX.match(for_matching(text)) or _CHANNEL_LABEL.match(for_matching(text))
    if channel:  # `每日观点：…`, `世界焦点！…`, `即時港聞 …`: a channel's stamp or label, not the headline's words
        text = text[channel.start("rest"):]
    plain = for_matching(text)
    stamp = _FEED_STAMP.match(plain) or _KEYWORD_STAMP.match(plain)
    if stamp and (not stamp.groupdict() or stamp["word"] in plain[stamp.end():]):
        text = text[stamp.end():]
    keywords = _KEYWORD_SUFFIXES.match(text)
    if keywords:
        text = keywords["title"]
    text = _without_search_phrases(text)
    label = _LABEL_SUFFIX.match(text)
    while label:  # `…_事故`, `…_律师365`, `…_国内频道_东方头条`, `…_渭南高新党建...`
        text = label["title"].strip().rstrip("_").rstrip()  # (`…__中国青年网`: two underscores)
        label = _LABEL_SUFFIX.match(text)
    site_cut = False
    while True:  # (`…-新浪科技_新浪网`, `…-廊坊新闻网 - 廊坊...`: a name and a name)
        suffix = _PORTAL_SUFFIX.match(text) or _SITE_AFTER_COLUMN_MARK.match(text)
        dashed = _DASHED_NAME.match(text)
        if suffix and SITE_WORDS.search(_LATIN_BRAND.sub("", for_matching(suffix["site"].strip()))):
            text, site_cut = suffix["title"].rstrip(" \u3000-|｜丨–—_"), True
        elif dashed and len(dashed["site"].split()) <= 3 and len(dashed["site"]) <= len(dashed["title"]):
            text = dashed["title"].strip()  # (`泰州民建 - 新闻动态 - <the headline>`: a headline last is longer)
        else:
            author = _AUTHOR_BEFORE_SITE.match(text) if site_cut else None
            return author["title"] if author else _SLASH_CREDIT.sub("", text)


def _without_self_named(text: str) -> str:
    stamp = _STAMP_BEFORE.match(text)
    return text[stamp.end():] if stamp and SITE_SELF_NAME.search(for_matching(stamp["stamp"])) else text


def _without_watermark(text: str) -> str:
    run = _TRAILING_RUN.search(text)
    return text[:run.start()] if run and WATERMARK.match(run["run"]) else text


# `<headline>/大公報記者盧冶長春報道`: a reporter's credit after a slash, the paper's word for it (記者)
# and its report's (報道, 攝) at either end; a pen name alone after a slash (`/小二`) may be a column's
_SLASH_CREDIT = re.compile(r"(?<=\S)[ \u3000]*[/／][ \u3000]*[^/／\s]{0,8}(?:記者|记者)[^/／]{1,16}?(?:報道|报道|報導|报导|攝|摄)$")


# `<headline> | 陳紹銘 | 香港獨立媒體`: a page's title, with its author between the headline and the site
_AUTHOR_BEFORE_SITE = re.compile(r"^(?P<title>.{8,}?)[ \u3000]*[|｜丨][ \u3000]*[\u4e00-\u9fff·]{2,4}$")


# a segment a page sets apart at either end of its headline: after a bar, an underscore, a dash or a space
_END_SEGMENT = re.compile(r"^(?P<title>.{6,}?)(?P<sep>[ \u3000]*[|｜丨_–—]{1,2}[ \u3000]*|[ \u3000]+[-－][ \u3000]*|[ \u3000]+)(?P<segment>[^|｜丨_–—\s]{2,24})$")
_START_SEGMENT = re.compile(r"^(?P<segment>[^|｜丨_–—\s]{2,16})(?P<sep>[ \u3000]*[|｜丨_–—]{1,2}[ \u3000]*|[ \u3000]*[-－][ \u3000]+|[ \u3000]+)(?P<title>.{6,})$")
_HOST = re.compile(r"(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", re.ASCII)  # (not `4.25`, a day)
MIN_CUT_NAME = 4  # a name cut off at the end of a page's title (`…登上封面! 战略前沿技`) keeps this much of it


# what an outlet's app, site or account adds to its name (`新華社客戶端 <the headline>` over `新華社…電`)
_OUTLET_PRODUCT = re.compile(r"(?:客户端|APP|App|app|官网|网|新闻|微信|公众号|微博)$")


def _named(segment: str, names: tuple[str, ...]) -> bool:
    segment = for_matching(segment)
    product = _OUTLET_PRODUCT.sub("", segment)  # (`新华社客户端`: the app of a name the page states)
    segment = product if product in names else segment
    return bool(_HOST.fullmatch(segment)) or any(
        segment == name or (len(segment) >= MIN_CUT_NAME and name.startswith(segment)) for name in names)


def unwrap_named(text: str, names: tuple[str, ...]) -> str:
    """A headline without a name set apart at its start or end that the page states elsewhere as
    its source, its author or its site, or that is a host name (`张璋 | 政策执行中…` over
    `作者:张璋`, `…登上封面! 战略前沿技` over `来源:战略前沿技术`, `… - news.example.com`): the page's
    title wraps the headline in them, the headline does not print them."""
    names = tuple(for_matching(name.strip()) for name in names if len(name.strip()) >= 2)
    while True:
        end = _END_SEGMENT.match(text)
        if end and _named(end["segment"], names):
            text = end["title"].rstrip()
            continue
        start = _START_SEGMENT.match(text)
        if start and _named(start["segment"], names):
            text = start["title"].lstrip()
            continue
        spaced = _spaced_name_at_end(text, names)
        if spaced:
            text = text[:spaced].rstrip()
            continue
        return text


def _spaced_name_at_end(text: str, names: tuple[str, ...]) -> int:
    """Where a name the page states ends the headline, printed with a space inside it (`…受理至10/23止黃 泰宇`
    over `記者黃泰宇/花蓮報導`: the byline's name run on after the headline, spaced as the page spaces
    a name), or 0."""
    for name in names:
        if len(name) < 3 or not _HAN_NAME.fullmatch(name):
            continue
        chars = [at for at, char in enumerate(text) if not char.isspace()]
        if len(chars) <= len(name) + MIN_TITLE_LEFT:
            continue
        start = chars[-len(name)]
        tail = text[start:]
        if for_matching("".join(tail.split())) == name and re.search(r"\s", tail) and not text[start - 1].isspace():
            return start
    return 0


_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3,4}")
MIN_TITLE_LEFT = 8
