"""What an info line's labelled value holds: a name, a date run into it (`新华网 2025-06-14 09:30`,
`张三2024-05-13 10:30:21`), a URL, or a placeholder that names no one (`来源：网络`, `作者：佚名`);
the account's name of a WeChat source without the platform's word, its quotes or its handle's @.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from digest.ingest.chinese import HAN, for_matching
from digest.ingest.credits import CREDITED, DESK_ABROAD, NOT_ORG, ORG_REPORTER, PUBLISHER_END, person_name
from digest.ingest.dates import COMPACT_DAY, TIME, parse_date_text

# a portal's channel: a topic word, optionally with 新闻/频道 (`财经新闻`, `快讯`), not a publisher
CHANNEL_WORDS = (r"首页|新闻|资讯|财经|金融|证券|股票|基金|体育|国际|国内|社会|科技|娱乐|军事|教育|汽车|房产|健康|文化|旅游|时政|"
            r"要闻|本地|地方|生活|综合|热点|即时|快讯|最新|政治|经济|法治|评论|观点|原创|图片|视频|两岸|港澳|台湾|大陆|"
            r"环球|全球|民生|城市|焦点|独家|专题|编辑中心|新闻中心|原创|转载|返回原文|正文|市场|公司|行业|产业|产经|商业|"
            r"互联网|数码|手机|家电|游戏|动漫|时尚|美食|读书|公益|天气|交通|图片|直播|"
            r"通知公告|公示公告|政务动态|工作动态|部门动态|乡镇动态|基层动态")  # (a government site's lists)
CHANNEL = rf"(?:{CHANNEL_WORDS})+(?:新闻|资讯|频道|焦点|中心|动态)?$"  # (`新闻动态`, `行业动态`: a channel's list)

# what sites print where a source should be, naming no publisher (`信息发布平台`: what the field's template calls
# the site; `.nlcd/`: an address cut off)
NO_SOURCE = re.compile(r"^(?:网络|互联网|网络整理|网络转载|综合|综合整理|网友|本站|本网|佚名|未知|不详|admin|管理员|原创|自创|自制|转载|"
                        r"各地[\u4e00-\u9fff]{0,4}|"  # (`媒體:各地林草`: the channel of local items, no one's name)
                        r"网络来源|其他|其它|(?:信息|新闻|资讯)?发布平台|[.\-_/][A-Za-z0-9./]*|[A-Za-z]?|[A-Za-z_]{0,6}\d{5,}|[A-Za-z_][A-Za-z_]{1,15}\d{2,}|"
                        r"(?:原创|投稿|转载|网络|整理|综合)(?:[/／|、](?:原创|投稿|转载|网络|整理|综合))+|"
                        r"(?:转载|网络|互联网|原创|网友|本站|本网)(?:文章|稿件|内容|资料)|"  # (`来源：转载文章`: a template's placeholder)
                        r"(?:昵称|用户|网友|游客|匿名用户|會員|会员)[A-Za-z0-9_\-]{3,20})$")  # (`sp20241130`, `James5291`: a code or a handle; `原创/投稿/转载`: a template's choices; `昵称1SuYdtHT`, `用户7f3a9c`: a platform's default name for a user)
# a site describing itself (`j9集团官网官方直营平台`, `彩神ap官网平台`, `XX娱乐官方网站入口`): a farm's template
# filled with its own name, the host, not a publisher (a publisher's name does not say "official site, platform")
SITE_SELF_NAME = re.compile(r"(?:官网|官方网站|官方|网页版|手机版)[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:平台|直营|入口|注册|登录|登陆|下载|首页|网址|app|APP|App)$"
                            r"|(?:注册|登录|登陆|入口|下载|网址)$")
# a credit that names no publisher wherever it stands: `网络整理` beside a date, `本版摄影` over a
# page's photographers (this page's pictures), `本报记者` (the host's own, unnamed)
_NO_PUBLISHER = re.compile(r"^(?:网络|互联网|网络整理|网络转载|网络来源|综合|综合整理|网友|佚名|未知|不详|原创|转载)$"
                           r"|^(?:本版|本报|本刊|本台|本网|本站|更多)|(?:摄影|摄像|图片|配图)$|^[#＃]|^[\W_]*$")  # (`来稿: #善明會`: a hashtag; `来源:•`: a bullet, no name)


_VIEWS_TAIL = re.compile(r"[ \u3000]+(?:(?:阅读|浏览|点击|人气)(?:量|数|次数)?[:：]?[ \u3000]*\d+[次人]?|\d+[ \u3000]*(?:次阅读|次浏览|人阅读|人浏览))$")


def names_no_publisher(value: str) -> bool:
    return bool(_NO_PUBLISHER.search(value))


URL = re.compile(r"^https?://[^\s<>\"'，。]+$")
# a label the site left empty after a value (`来源:濮阳早报  字体:   发布时间:…`): no part of the value
_EMPTY_LABEL_AFTER = re.compile(r"(?<=\S)[ \u3000]+[^\s:：]{1,6}[ \u3000]*[:：]$")  # (`访问次数 :`: spaced as its label was)


def without_empty_label(value: str) -> str:
    return _EMPTY_LABEL_AFTER.sub("", value)

SEPARATORS = " \u3000|｜丨"

_NO_AUTHOR = re.compile(r"^(?:佚名|匿名|未知|网络|admin|管理员|编辑部|本网编辑|小编|网友|(?:本网|本站|网络|综合)整理|"
                        r"(?:本报|本台|本刊|本网|特约|特派|实习|见习|首席)?(?:记者|通讯员|記者|通訊員))$")  # (`作者：记者`: a rank, no one named)
_ACCOUNT_WORDS = re.compile(r"^(?:微信)?(?:公众号|订阅号|视频号|头条号|百家号)[:：]?[ \u3000]*|(?:官方)?(?:账号|帐号)$")
# (`BRTV北京时间收集`: who compiled it; `新京报综合`: what it compiled, not `自媒体综合`, a portal's label)
_SOURCE_TAIL = re.compile(r"(?:特稿|供稿|独家稿件|独家|原创|稿件|专稿|收集|搜集|整理|编译|(?<=[报网社台闻])综合(?:报道)?)$")
_DISCLAIMER = re.compile(r"[,，][ \u3000]*(?:版权|著作权|如有侵权|若有侵权|如涉及|侵删|转载请|仅供|本站|本网|文章仅)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'\-]*(?: [A-Za-z][A-Za-z0-9&.'\-]*){1,3}")
_REPORTER_WORD = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z]{{2}})(?:(?<=报)社)?(?:特派|实习|见习|首席|全媒体|融媒体|融媒|{DESK_ABROAD})?(?:记者|記者)$")
_WRITER_OF = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}})[ \u3000]*[（(](?P<org>[\u4e00-\u9fffA-Za-z]{{1,12}}?{PUBLISHER_END})"
                        r"(?:特约|特派|实习|见习|驻[\u4e00-\u9fff]{1,4})?记者[)）]?$")
# `作者：王小明／聯合報`: the writer, then the paper after a slash
# (`文：張三｜端傳媒記者`: a bar, and the paper's 记者 after its name)
_WRITER_SLASH = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}})[ \u3000]*[／/|｜][ \u3000]*(?P<org>[\u4e00-\u9fffA-Za-z]{{1,12}}?{PUBLISHER_END})(?:特约|特派|实习|见习)?(?:记者)?$")
# (and a channel's name alone: `来源:休闲`, a farm's template filled with the channel the piece sits in)
_FEED_LABEL = re.compile(rf"^(?:(?:滚动|即时|实时|最新)(?:播报|新闻|资讯|快讯)?|(?:{CHANNEL_WORDS}|休闲|情感|星座|家居|母婴)+(?:频道|栏目)?)$")
_COMPILED_FROM = re.compile(r"^综合(?:整理|编译)?自?[\u4e00-\u9fffA-Za-z]{2,16}[、，,]")
# a domain with no path ending the value, alone or joined to a name (`X-www.x.com`): how a site signs its
# own pages (a publisher cited as the original is named; an address with a path, `http://…/1.html`, is
# the copy's origin, read as a URL above)
_SIGNED_ADDRESS = re.compile(r"(?:^|[-—–_|｜·・])(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6}/?$")
_REPOSTED_HEAD = re.compile(r"^(?:转载|轉載|转自|轉自)[ \u3000]*[·・|｜/／:：][ \u3000]*(?=[\u4e00-\u9fffA-Za-z]{2})")
_SOURCE_HEAD = re.compile(r"^(?:据|转自|转载自|摘自|选自|来自)(?=[\u4e00-\u9fffA-Za-z]{2})")  # `来源：据新京报`, `来源：转自X`

# a full date (and its time) inside an info line, however it is written
FUSED_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}(?:日|(?!\d)|(?<=[-/.]\d\d)(?=\d{1,2}[:：]\d{2}))"  # (`2022-08-2611:18:10`: its time glued on)
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?!\d))"  # (`13/05/2024 10:30 HKT`: day first, as Hong Kong prints it)
    r"(?:[ \u3000T]*[(（]?" + TIME + r"[)）]?)?"
)

BAD_DATE = "bad_date"  # a field with a date's shape that is no date (`2025-13-45`): its line is still an info line
DATE_SHAPE = re.compile(r"^(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?(?:[ \u3000T]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")

# a day without its year, with its time or not: `6月15日 07:30`, `06-15 07:30`, `6月15日`
YEARLESS_DAY = re.compile(r"(?:1[0-2]|0?[1-9])(?:-|月)(?:3[01]|[12]\d|0?[1-9])日?(?:[ \u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")

_GLUED_DATE = re.compile(r"^(?P<head>《?[\u4e00-\u9fffA-Za-z·]{2,12}?》?)(?P<date>(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \u3000T]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$")
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,6}$")
NAMED_URL = re.compile(r"^(?P<name>[\u4e00-\u9fff][^\s:：]{1,15}?)(?<![-_—|｜])[ \u3000]*(?P<url>https?://[^\s<>\"'，。]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?)$")  # (`安吉新聞網www.ajnews.cn`)
URL_SOURCE = "source named by its address"  # a source given only as a URL: its host, after any named one


_COMPACT_DAY = re.compile(COMPACT_DAY)
# `时间:19-07-23`: an older CMS prints the year in two digits; under a date's label only (as strptime's %y reads it)
_SHORT_YEAR_DAY = re.compile(r"(\d{2})([-.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?P<time>[ \u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


def take_value(kind: str, value: str, fields: list[tuple[str, str]]) -> bool:
    """Split a value into its own words and trailing dates (`新华网 2025-06-14 09:30`)."""
    if kind == "date":
        parsed = parse_date_text(value)
        clock = re.fullmatch(r"(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?", value.strip())
        if not parsed and clock and fields and fields[-1][0] == "date" and "T" not in fields[-1][1]:
            # `日期：2024年05月13日 时间：10:30`: the day's time, under a label of its own
            fields[-1] = ("date", f"{fields[-1][1]}T{int(clock[1]):02d}:{clock[2]}:{clock[3] or '00'}")
            return True
        compact = _COMPACT_DAY.fullmatch(value.strip())
        if not parsed and compact:  # `发布时间：20240513`: the day's digits run together, under a date's label
            parsed = parse_date_text(f"{compact[1]}-{compact[2]}-{compact[3]}")
        short = _SHORT_YEAR_DAY.fullmatch(value.strip()) if not parsed else None
        if short:
            century = "20" if int(short[1]) < 69 else "19"
            parsed = parse_date_text(f"{century}{short[1]}-{short[3]}-{short[4]}{short['time'] or ''}")
        if not parsed:  # `发刊日期:2022年02月10日> > 总第2996期`: the date, then the page's own trail
            leading = FUSED_DATE.match(value)
            parsed = parse_date_text(leading.group(0).replace("T", " ")) if leading else None
        if not parsed and (DATE_SHAPE.match(value) or re.fullmatch(r"(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])", value)):
            fields.append((BAD_DATE, value))
            return True
        if not parsed and YEARLESS_DAY.fullmatch(value):
            # `发布时间：6月15日 07:30`: an info line, whose day the date's choice reads with a year (dates.yearless_date)
            fields.append(("label", ""))
            return True
        if not parsed:
            return False
        fields.append(("date", parsed))
        return True
    glued_url = NAMED_URL.match(value) if kind == "source" else None
    if glued_url:  # `文章来源:安康日报 http://sjk.akxw.cn/…`: the name, then its page's address
        fields.append(("source_url", glued_url["url"] if "://" in glued_url["url"] else "http://" + glued_url["url"]))
        value = glued_url["name"]
    if kind in ("source", "source_url") and URL.match(value):
        fields.append(("source_url", value))
        if kind == "source":  # `来源于:https://news.china.com/…`: the site is all the page names
            fields.append((URL_SOURCE, urlsplit(value).hostname or ""))
        return True
    if kind == "source_url":
        return False
    glued = _GLUED_DATE.match(value)  # `作者：张三2024-05-13 10:30:21`: a name run into the date after it
    if glued and parse_date_text(glued["date"]):
        value = glued["head"] + " " + glued["date"]
    value = _VIEWS_TAIL.sub("", value) or value  # `来源:X  张三  2016-2-25  浏览16685次`: the count is no name
    if kind == "source":  # `來源:人民網-人民日報222`: a count glued to the name (a Chinese name does not end in digits)
        value = _GLUED_COUNT.sub("", value) or value
    words = [word for word in re.split(r"[ \u3000]+", value) if word]
    for cut in range(len(words)):
        tail = " ".join(words[cut:])
        parsed = parse_date_text(tail)
        if parsed:  # (`编辑: 2010年02月26日 09:02:00`: a label left empty, then the date)
            head = " ".join(words[:cut]).strip(SEPARATORS)
            head = head[1:-1] if kind == "source" and re.fullmatch(r"《[^《》]+》", head) else head  # `《经济参考报》 2024年…`
            named = head.split()
            if kind == "source" and len(named) == 2 and person_name(for_matching(named[1])) and not person_name(for_matching(named[0])):
                fields.extend([(kind, named[0]), ("author", named[1]), ("date", parsed)])  # `来源:X 张三 2016-2-25`: who wrote it
                return True
            named = head and not (kind in ("source", "author") and NO_SOURCE.match(head))  # (`来源:网络 2024-05-13`: a placeholder)
            fields.extend([(kind, head), ("date", parsed)] if named else [("date", parsed)])
            return True
    disclaimer = _DISCLAIMER.search(value) if kind == "source" else None
    if disclaimer:  # `来源:X,版权与荣誉属于原作者`: the name, then the site's disclaimer
        value = value[:disclaimer.start()].strip()
    if any(char in value for char in "。！？，?!"):
        return False  # a sentence (`记者：…如何？` is a question in an interview), not a name
    if kind == "source" and len(value) > 8 and "的" in value:
        return True  # `来源: 住在蒙特勒伊的日子——巴黎永远没有终结①`: a headline a farm filled the field with, no name (still an info line)
    if kind == "source" and len(value) > 16 and re.search(r"[\u4e00-\u9fff],[\u4e00-\u9fff]", value) \
            and not all(re.search(PUBLISHER_END + "$", for_matching(part)) for part in value.split(",")):
        return True  # `来源:X彩灯-热诚为你设计彩灯,仿真 作者:不详`: an ad's clauses in the field, no name (still an info line)
    if kind == "source":
        value = _REPOSTED_HEAD.sub("", value) or value  # `来源：转载· 央视财经`: reposted, from the name after it
        reporters = ORG_REPORTER.match(for_matching(value))  # `来源：新京报记者 张三`: the paper, then its reporter
        if reporters and not NOT_ORG.match(reporters["org"]):
            fields.extend([("source", value[:reporters.end("org")]), ("author", value[reporters.start("names"):reporters.end("names")])])
            return True
        value = re.sub(r"[ \u3000]*[(（](?:微信)?(?:公众号|微信号|ID|id)[:：].*$", "", value) or value  # `X(ID:x)`: the name
        # `微信公众号 X`, `“X”`, `X官方账号`: the account's name, not the platform's word or its quotes
        quoted = re.match(r"[“「\"『](?P<name>[^”」\"『』]{2,20})[”」\"』]", value)  # (`“学习强国”学习平台`: the quoted name)
        value = quoted["name"] if quoted else account_name(value).strip("“”「」\"'『』").lstrip("@＠") or value
        # `《新闻爱好者》2019年2月`: the journal, not its issue; `中国经济网—《经济日报》`: the paper a site reprints
        titled = re.match(r"(?:[^《》\s]{2,16}[—–－-]{1,2})?《([^》]{1,20})》", value)
        # (`【人民日报】`, `中央社（记者王大明）`, `新华网】【作者：…`: the name, not its brackets or the credit after it)
        value = titled.group(1) if titled else re.split(r"[(（【\[]", value.strip("【】[]()（） \u3000"))[0].strip() or value
        # (`BeWater Community`: a name in Latin words is one name, spaces and all)
        first = value if _LATIN_NAME.fullmatch(value) else value.split()[0] if value.split() else value
        value = value if titled else _SOURCE_TAIL.sub("", first.strip("《》")) or first  # `新华网 关注新华网`: the name, not the buttons
        if kind == "source" and _COMPILED_FROM.match(value):
            return True  # `来源 | 综合X、Y`: what it was compiled from, several, none the publisher
        value = _SOURCE_HEAD.sub("", value).split("、")[0].rstrip("-—－–") or value  # (`新京报、人民网`: the first named; `武漢晚報--`)
    if kind == "source" and _FEED_LABEL.match(for_matching(value)):
        return True  # `来源:滚动播报` above `(来源:上观新闻)`: the portal's feed, not a publisher
    if kind in ("source", "author") and (NO_SOURCE.match(value) or _NO_AUTHOR.match(value) or SITE_SELF_NAME.search(for_matching(value))
                                         or kind == "source" and NOT_ORG.match(for_matching(value))):
        return True  # a placeholder (`作者：佚名`, `来源：网络`) names no one; nor does `來源: 本文被閱讀次數:` (a label left empty)
    if kind == "source" and _TRADE_KEYWORD.search(for_matching(value)):
        return True  # `来源:球磨机厂家`, `文章來源:紹興食堂承包`: a farm's template filled with the trade it sells, no publisher
    if kind == "source" and _SIGNED_ADDRESS.search(value):
        return True  # `本文来源:X-www.x.com`, `信息来源:x.com.cn`: the site signing its own page with its address
    if kind == "author" and re.fullmatch(rf"[\u4e00-\u9fffA-Za-z]{{1,12}}(?:{PUBLISHER_END}|{_INSTITUTE_END})", for_matching(value)):
        fields.append((CREDITED, value))  # `作者：求是网`, `作者:才博智慧治理研究院`: a publisher, an institute in the author's field
        return True
    words = value.split()
    if kind == "author" and len(words) == 2 and _REPORTER_WORD.search(words[0]):  # `文|南方周末记者 张三`: the paper, not its 记者
        words = [_REPORTER_WORD.sub("", words[0]), words[1]]
    # (a writer's Latin given name after a Chinese account's name: `文|降噪NoNoise Koren`)
    writer = len(words) == 2 and (person_name(for_matching(words[1])) or re.fullmatch(r"[A-Z][a-z]{1,11}", words[1]) and HAN.search(words[0]))
    if kind == "author" and writer and not person_name(for_matching(words[0])) \
            and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{3,12}", words[0]) and not NOT_ORG.match(words[0]):
        fields.extend([(CREDITED, words[0]), ("author", words[1])])  # `文 | 镜相工作室 黄依婷`: the publisher, then its writer
        return True
    bracketed = (_WRITER_OF.match(for_matching(value)) or _WRITER_SLASH.match(for_matching(value))) if kind == "author" else None
    if bracketed and not NOT_ORG.match(bracketed["org"]):  # `文／張三（自由時報記者）`: the writer, then whose reporter
        fields.extend([(CREDITED, value[bracketed.start("org"):bracketed.end("org")]), ("author", value[:bracketed.end("name")])])
        return True
    if kind == "author":
        credit = ORG_REPORTER.match(value)  # `作者:今日女报/凤网通讯员 潘思荣`: a publisher and its reporters
        if credit and not NOT_ORG.match(credit["org"]):
            fields.extend([(CREDITED, credit["org"]), ("author", credit["names"])])
            return True
        rank = _RANK_BEFORE_NAME.match(value)  # `作者：记者王敬照`: the writer, not the word for what they are
        value = value[rank.end():] if rank and person_name(for_matching(value[rank.end():])) else value
    fields.append((kind, value))
    return True


_TRADE_KEYWORD = re.compile(r"(?:厂家|厂商|承包|加盟|批发|报价|维修|装修|租赁|直销|专卖|招商|价格)$")
_INSTITUTE_END = r"(?:研究院|研究所|研究中心|研究会|智库|协会|学会)"
_RANK_BEFORE_NAME = re.compile(r"(?:本报|本台|本刊|本网|特约|特派|实习|见习|首席)?(?:记者|通讯员|記者|通訊員)[ \u3000]*")


# the words of a page's buttons and menus (`我的频道`, `字号`, `分享`): beside a date, no publisher (a
# publisher's app is its name: `新华社客户端`, `央视新闻客户端`; `下载客户端` is a button; `推荐` / `不推荐`: a comment's vote)
UI_WORDS = re.compile(r"我的|字体|字号|收藏|分享|评论|推荐|打印|关闭|登录|注册|扫码|二维码|微博|微信|订阅|关注|举报|检举|纠错|返回|首页|"
                       r"更多|点赞|转发|放大|缩小|语音|播放|我要|参与|阅读|浏览|入驻|广告|搜索|下载|(?<![社报网台闻视])客户端|APP|App|超大|标准|QQ|空间|抢先看|抢先体验|"
                       r"字型|字级|按赞|粉丝团|粉丝页|更新时间|修改时间|最近修改|最后修改|转寄|列印")  # (Taiwan's words for the same buttons and stamps)


def publisher_name(text: str) -> str | None:
    """A bare name printed beside an article's date (`参考消息`, `证券时报网`, `扬眼`): two to
    sixteen letters, no punctuation, not a button."""
    name = text.strip()
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·・ ]{1,15}", name) or " " in name.strip():
        return None
    plain = for_matching(name)
    if UI_WORDS.search(plain) or NO_SOURCE.match(plain) or NOT_ORG.match(plain) or plain.isdigit() or SITE_SELF_NAME.search(plain):
        return None  # (`上一篇 2024年11月29日`: a link to another story and its day)
    if plain.startswith("来自"):
        return None  # `来自甘肃` under a platform's date: the region the post came from
    return account_name(name)


def account_name(name: str) -> str:
    """An account's name without the platform's words around it (`微信公众号 X`, `X官方账号`: X)."""
    return _ACCOUNT_WORDS.sub("", name) or name


def publisher_like(name: str) -> bool:
    """A name that published an article: a publisher's bare name (`publisher_name`: `大数据文摘`,
    `新华网`), not a person's (two or three characters: `张三发布于` is a poster) nor a channel's."""
    plain = for_matching(name)
    return (publisher_name(name) is not None and (len(plain) >= 4 or bool(re.search(PUBLISHER_END + "$", plain)))
            and not re.fullmatch(CHANNEL, plain))
