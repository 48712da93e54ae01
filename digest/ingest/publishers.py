"""Who published an article, when no labelled line says: the publisher named by the lead's
dateline (`（中央社记者卢太城台东县27日电）`, `新华社北京6月1日电`, `【明报专讯】`, `新京报讯`,
`智东西6月24日报道`, `据金十数据报道，`), by a paper's own reporter in the lead (`北京青年报记者从…`),
by an agency's sign-off (`（新华社）`, `(摘自:证券时报)`), or printed bare on a line of its own
(`• 美国之音`). The reporter a lead names is the author when nothing else names one.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.dates import SPACED_DATE, parse_date_text
from digest.ingest.credits import NOT_ORG, ORG_REPORTER, PUBLISHER_END, reporter_org
from digest.ingest.datelines import account_lead, arabic_days, fuller_name, is_place, known_agency, LEAD_DATELINES, LEAD_MARKS, LEADS, NAME_ENDS_BEFORE_PLACE, WATERMARK
from digest.ingest.info_chrome import UI_TAIL
from digest.ingest.info_values import CHANNEL
from digest.ingest.captions import photo_story_credit
from digest.ingest.model import Found, Line
from digest.ingest.paragraphs import PARAGRAPH_CHARS, closing_lines, first_paragraph, last_paragraph
from digest.ingest.sign_offs import CUT_MARK, PICTURE_WORD, body_sign_off, publisher_sign_off

_BYLINE = re.compile(r"[(（](?:本报|本台|新华社|中新社|中新网)?记者[ \u3000]*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4}){0,3})[)）]")


def lead_credits(lines: list[Line]) -> list[Found]:
    """`中新网天津6月13日电 (记者 周亚强)`: the reporter named in the lead stays in the text, and is
    the article's author when nothing else names one; the publisher named by the lead's dateline
    (`（中央社记者卢太城台东县27日电）`, `新华社北京6月1日电`, `【Now新闻台】`, `智东西6月24日报道`) is its
    source when no line says 来源."""
    found: list[Found] = []
    for line in lines[1:4]:
        match = _BYLINE.search(line.text)
        if match:
            found.append(Found("author", match["names"], line.number, f"line {line.number}: byline {match.group(0)}"))
            break
    # the lead: the page's first lines, and its first paragraphs wherever they start (under a
    # long menu or a forum's header)
    for line in lines[:MAX_MARK_LINE]:  # (the headline above it, or none)
        dated = LEAD_MARKS["dated bracketed mark"].match(SPACED_DATE.sub("", for_matching(line.text.strip())))
        day = parse_date_text(dated.group("day")) if dated else None
        if day:  # `【新唐人2011年10月30日讯】`: the wire's mark states its day (when it gives the year)
            found.append(Found("date", day, line.number, f"line {line.number}: the dateline {dated.group(0)}"))
            break
    first = first_paragraph(tuple(lines))
    # (a lead with no full stop, `…的步伐……`, is no paragraph: a long line right above the first one is read too)
    first -= 1 if 4 < first < len(lines) and len(lines[first - 1].text) >= PARAGRAPH_CHARS else 0
    for line in [*lines[:4], *lines[first:first + MAX_LEAD_LINES]]:
        org = lead_publisher(line.text)
        if org:  # (`晨报讯` and `半岛晨报` in its credit: the paper in full)
            found.append(Found("source", fuller_name(org, [item.text for item in lines]), line.number, f"line {line.number}: the lead's dateline"))
            break
        if _SEVERAL_REPORTS.match(for_matching(line.text.strip())):
            break  # `据联合新闻网、中时新闻网等台媒消息，…`: a digest of several reports; a later 据X names one of them
    else:
        # (a short lead is no paragraph: the top lines too, down to the first paragraph when it starts
        # near the top: `時間:深秋` / `地點:…` / `(大公報記者 張三)「…」` opening a feature's scene)
        top = min(first, MAX_HEAD_LINES) if first < len(lines) else 4  # (no paragraph at all: the top lines only)
        for line in [*lines[1:max(4, top)], *lines[first:first + MAX_LEAD_LINES]]:
            if "记者" not in line.text and "記者" not in line.text and "获悉" not in line.text and "獲悉" not in line.text:
                continue  # (both shapes name a reporter, or say what the outlet learned: a cheap test first)
            match = _OWN_REPORTER.search(for_matching(line.text[:MAX_OWN_REPORTER])) or _BRACKETED_REPORTER.search(for_matching(line.text)) \
                or _OPENING_REPORTER.match(for_matching(line.text))
            group = "org" if match and match["org"] else "title"
            if match and not NOT_ORG.match(match[group]):
                org = line.text[match.start(group):match.end(group)]
                found.append(Found("source", org, line.number, f"line {line.number}: {org}'s own reporter in the lead"))
                break
    for line in lines[:MAX_CREDIT_LINE]:
        match = _MADE_BY.match(for_matching(line.text.strip()))
        if match and not NOT_ORG.match(match["org"]):  # `大数据文摘出品` above the text: who made it
            org = line.text.strip()[:match.end("org")]
            found.append(Found("source", org, line.number, f"line {line.number}: the production credit ({org})"))
            break
    last = last_paragraph(lines)  # (the text's own last paragraph, above a footer of any length)
    for line in [*lines[-3:], *lines[last:last + 2], *closing_lines(lines, last)]:  # (or the line under it: a sign-off of its own)
        plain = CUT_MARK.sub("", for_matching(line.text.rstrip()))  # (`(X 張三)...`: an excerpt cut after the sign-off)
        reporters = _CLOSING_REPORTER.search(plain)
        match = publisher_sign_off(plain) or (reporters if reporters and "摄" not in reporters.group(0) else None) or body_sign_off(plain)
        span = match.span("org") if match and not PICTURE_WORD.search(match["label"] or "") else photo_story_credit(lines, plain)
        if span and not NOT_ORG.match(plain[span[0]:span[1]]) and not _NOT_NAMED.match(plain[span[0]:span[1]]):
            org = line.text.rstrip()[span[0]:span[1]]
            found.append(Found("source", org, line.number, f"line {line.number}: the agency's sign-off ({org})"))
            break
    else:
        for line in lines[-6:]:
            match = _PRODUCED_BY.match(for_matching(line.text.strip()))
            if match and not NOT_ORG.match(match["org"]):
                org = line.text.strip()[:match.end("org")]
                found.append(Found("source", org, line.number, f"line {line.number}: the production credit ({org})"))
                break
    inside = labelled_source_inside(lines) or deep_dateline(lines) or _glued_byline(lines)
    if inside is not None:
        found.append(inside)
    return found


# `新京报讯 (记者李超 萧辉)一条预测…`: a paper's own mark with its reporters, opening a paragraph far down
# a page (under a forum's or a portal's long header): the report's lead, wherever it starts
_DEEP_DATELINE = re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{2,12}?(?:新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|客户端))(?:\d{1,2}月\d{1,2}日)?(?:专讯|讯)"
                            r"[ \u3000]*[（(](?:本报|本台)?(?:特派|实习|见习|首席|全媒体)?记者")


# `新华社北京6月1日电`: an agency's dateline opening a paragraph, wherever the page's header left it
_DEEP_WIRE = re.compile(r"^[（(]?据?(?P<org>[\u4e00-\u9fffA-Za-z·\-]{1,14}?(?:社|网|台|报|新闻|之音|电视|客户端))" + NAME_ENDS_BEFORE_PLACE + r"[ \u3000]?"
                        r"[\u4e00-\u9fff]{0,8}?\d{1,2}(?:月\d{1,2})?日(?:电|专电)")
_SEVERAL_REPORTS = re.compile(r"^(?:[^，,。]{0,12}[，,])?据[^，,。]{2,30}?[、和及与][^，,。]{2,30}?(?:报道|消息|讯)")
_HOST_MARK = re.compile(r"本[报台网刊站]讯")


def deep_dateline(lines: list[Line]) -> Found | None:
    for line in lines:
        if "讯" not in line.text and "訊" not in line.text:
            wire = _DEEP_WIRE.match(for_matching(line.text.strip())) if "日电" in line.text or "日電" in line.text else None
            if wire and not NOT_ORG.match(wire["org"]) and not _LIST_HEADER.match(wire["org"]):
                org = line.text.strip()[wire.start("org"):wire.end("org")]
                return Found("source", org, line.number, f"line {line.number}: the wire's dateline ({org}), under the page's header")
            continue
        plain = for_matching(line.text.strip())
        match = _DEEP_DATELINE.match(plain)
        if match and not NOT_ORG.match(match["org"]) and not _LIST_HEADER.match(match["org"]):
            org = line.text.strip()[:len(match["org"])]
            return Found("source", org, line.number, f"line {line.number}: the lead's dateline ({org}), under the page's header")
        cited = LEAD_MARKS["according to"].match(plain) if _HOST_MARK.match(plain) else None
        if cited and not _hearsay(cited["org"]):  # `本报讯 据中国之声《新闻纵横》报道，…`: whose report the host retells
            org = line.text.strip()[cited.start("org"):cited.end("org")]
            return Found("source", org, line.number, f"line {line.number}: the report the lead names ({org}), under the page's header")
    return None


# `…请联系本站删除! 文章来源:四川发布,若有侵权…`, `…目前案件还在调查中。来源:京华时报 记者 聂辉`: a
# labelled 来源 inside a line of text (a page scraped as one line, a credit run into the last
# paragraph); after every other reading of the page (`图片来源：` credits a picture)
# (`文 | 荊玉 編輯 | 楊旭然 出品 | tide-biz 以視頻…`: a credit run that names who produced it)
_INSIDE_SOURCE = re.compile(r"(?:(?:^|(?<=[\s。！？!?；;，,)）】\]]))[（(【\[]?(?<![图像片])(?:(?:文章|本文|稿件|信息|新闻|内容)?(?:来源|稿源|出处)[:：]|出品[ \u3000]*[|｜:：])"
                            r"|出品[ \u3000]*[|｜])[ \u3000]*(?:转载[ \u3000]*[·・|｜/／:：][ \u3000]*)?"  # (`文章来源:转载· X`: reposted, from X)
                            r"《?(?P<org>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){1,3}(?=[\s,，。;；(（)）】\]|｜!！》]|$)"
                            r"|[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·\-]{1,15}?)(?=[\s,，。;；(（)）】\]|｜!！》]|$)")  # (`来源:《国家电网报》`, `来源:UKER Top News`)


_INSIDE_LABEL = re.compile(r"[来來稿]源[:：]|出[处處][:：]|出品")  # (a cheap test first: few lines hold one; `（出处:X 本报记者 张三/摄）`)


def labelled_source_inside(lines: list[Line]) -> Found | None:
    for line in lines:
        if not _INSIDE_LABEL.search(line.text):
            continue
        plain = for_matching(line.text)
        for match in _INSIDE_SOURCE.finditer(plain):
            org = match["org"]
            if NOT_ORG.match(org) or _hearsay(org) or _NOT_NAMED.match(org):
                continue
            start = match.start("org")
            org = line.text[start:start + len(org)] if len(plain) == len(line.text) else org
            return Found("source", org, line.number, f"line {line.number}: 来源 inside the text ({org})")
    return None


_NOT_NAMED = re.compile(r"^(?:网络|互联网|网友|本站|本网|佚名|未知|不详|原创|自创|自制|转载|综合|其他|其它|网络整理|综合整理)")  # (`来源：网络`: no one)


# `本报讯`, `本報5月21日消息`, `【本报消息】`, `本报北京6月1日电`: a paper's own report, the paper left unnamed in the lead
_OWN_PAPER_MARK = re.compile(r"^[【\[]?本[报刊](?:讯|消息|[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日(?:电|讯|消息))")
# the paper named on a line of its own (its masthead, its e-paper's name): `焦作日报`, `XX晚报数字报`
_PAPER_LINE = re.compile(r"^[《]?(?P<org>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|都市报|报))》?(?:社|数字报|电子版|电子报|网)?$")
MAX_PAPER_LINE = 16


# `本报广州1月14日电(中青报·中青网记者 林洁)`: the paper's short name in its reporters' credit
_SHORT_PAPER = re.compile(r"[（(](?P<short>[\u4e00-\u9fff]{2,4}报)(?:[·・][\u4e00-\u9fff]{2,4})?(?:特派|实习|见习)?(?:记者|通讯员)")
_TITLED_PAPER = re.compile(r"《(?P<org>[\u4e00-\u9fff]{3,10}报)》")


def own_paper(lines: list[Line]) -> Found | None:
    """The paper whose own report (`本报讯`) the page holds, when a line of the page names it alone,
    or the text names it in title marks by the full name of the short one its reporters' credit
    gives (`中青报` in the credit, `《中国青年报》` in the text)."""
    marks = [line for line in lines if _OWN_PAPER_MARK.match(for_matching(line.text.strip()))]
    if not marks:
        return None
    for line in lines:
        text = line.text.strip()
        match = _PAPER_LINE.match(for_matching(text)) if len(text) <= MAX_PAPER_LINE else None
        if match and not NOT_ORG.match(match["org"]) and not _DOCUMENT_KIND.search(match["org"]):
            org = text[match.start("org"):match.end("org")]
            return Found("source", org, line.number, f"line {line.number}: the paper that says 本报 ({org})")
    short = _SHORT_PAPER.search(for_matching(marks[0].text[:80]))
    for line in lines if short else ():
        plain = for_matching(line.text)
        for titled in _TITLED_PAPER.finditer(plain):
            if titled["org"][0] == short["short"][0] and _abbreviates(short["short"], titled["org"]):
                org = line.text[titled.start("org"):titled.end("org")] if len(plain) == len(line.text) else titled["org"]
                return Found("source", org, line.number, f"line {line.number}: the paper that says 本报 ({org}, {short['short']} for short)")
    return None


def _abbreviates(short: str, full: str) -> bool:
    """`中青报` for `中国青年报`: the short name's characters, in order, in a longer name."""
    rest = iter(full)
    return len(full) > len(short) and all(char in rest for char in short)


MAX_REPOST_LINE = 12
MAX_MARK_LINE = 2
MAX_CREDIT_LINE = 6
_MADE_BY = re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?)[ \u3000]*(?:(?:原创|独家)?出品|(?<=[\u4e00-\u9fffA-Za-z]{4})专栏)$")  # (`机器之心专栏`: its column)
MAX_HEAD_LINES = 10  # the lines above the first paragraph a lead's credit is looked for in
MAX_LEAD_LINES = 6  # from the first paragraph: a forum's watermarks or a caption may come before the dateline
_REPOST_NOTE = re.compile(r"以下文章来源于[ \u3000]*(?P<org>[^\s,，。:：()（）]{2,20}?)[ \u3000]*(?:[,，]|$|[ \u3000])")
def repost_source(lines: list[Line]) -> Found | None:
    """The account a WeChat repost copies (`以下文章来源于刺猬公社 ,作者…`), however a mirror ran the
    lines together: the original publisher, where the host's name sits beside the date."""
    for line in lines[:MAX_REPOST_LINE]:
        plain = for_matching(line.text)
        match = _REPOST_NOTE.search(plain)
        if match:
            org = line.text[match.start("org"):match.end("org")] if len(plain) == len(line.text) else match["org"]
            return Found("source", org, line.number, f"line {line.number}: the repost's note ({org})")
    return None


# `据媒体报道`, `据外媒消息`: no one in particular
_HEARSAY = re.compile(r"媒体|外媒|外电|消息|知情|有关|相关|官方|报道|人士|网友|坊间|传闻|统计|调查|数据显示")
# ... but a publisher's name may hold such a word: `参考消息网`, `新京报` (it ends as publishers do)
_PUBLISHER_NAME_END = re.compile(PUBLISHER_END + r"$|APP$|App$|[\u4e00-\u9fff]{3}报道$|媒体中心$|新闻中心$")  # (`21世纪经济报道`, `龙游县融媒体中心`)


def _hearsay(org: str) -> bool:
    return bool(_HEARSAY.search(org)) and not _PUBLISHER_NAME_END.search(org)


# a list's header or a channel, not a publisher: `相关新闻`, `热点新闻`, `财经新闻`
_LIST_HEADER = re.compile(r"^(?:相关|热门|推荐|更多|最新|热点|延伸|精彩|今日|本地|往期|猜你|大家都在|编辑推荐|头条|要闻)"
                          r"|^.{0,8}?(?:相关|其他|其它|更多|热门|最新)(?:新闻|报道|资讯)$")  # (`房地产相关新闻`: a topic's related list)
_CHANNEL_WORD = re.compile(CHANNEL)
_BARE_PUBLISHER = re.compile(r"^[•·●■◆▪]?[ \u3000]*(?P<marks>《)?(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?"
                             r"(?:新闻台|新闻网|新闻|日报|晚报|时报|早报|报|网|社|电视台|电台|之声|之音|传媒|客户端|杂志|周刊|财经|海外版|(?<![上下本这每])周末|"
                             r"统计局|管理局|监督局|局|委员会|办公室|办公厅|人民政府|政府|研究院|研究所|中心|消防救援大队|大队|支队))(?(marks)》)$")  # (`《中国质量报》`)
# `…展现着新时代群体的风采。文/内蒙古日报社融媒体记者 梁海龙`: the writer's credit run on after the last
# sentence of the text, a publisher's reporter in it
_GLUED_BYLINE = re.compile(r"(?<=[。！？!?”」])[ \u3000]*(?:文|撰文|文字|文图|图文)[ \u3000]*[/／|｜][ \u3000]*(?P<credit>[^。！？!?]{4,30})$")


def _glued_byline(lines: list[Line]) -> Found | None:
    """The last paragraph that ends so (a footer of any length may follow it)."""
    for line in reversed(lines):
        plain = for_matching(line.text.rstrip())
        glued = _GLUED_BYLINE.search(plain) if "记者" in plain[-30:] else None
        reporters = ORG_REPORTER.match(glued["credit"].strip()) if glued else None
        org = reporter_org(reporters) if reporters else None
        if org and not NOT_ORG.match(org) and not _NOT_NAMED.match(org):
            at = glued.start("credit") + glued["credit"].index(org) if len(plain) == len(line.text.rstrip()) else -1
            org = line.text[at:at + len(org)] if at >= 0 else org
            return Found("source", org, line.number, f"line {line.number}: the reporter's credit after the last sentence ({org})")
    return None


# `深圳商报全媒体编辑中心原创出品`, `新华社音视频部制作`: the paper or agency that made the piece
_PRODUCED_BY = re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?(?:日报|晚报|早报|时报|商报|报|社|电视台|台|新闻网|新闻))"
                          r"(?:[\u4e00-\u9fff]{0,8}?(?:中心|部|组|工作室|团队|频道))?[ \u3000]*(?:原创|独家)?(?:出品|制作|联合出品)$")


# what a report is, not who published it: `火情通报`, `天气预报`, `工作简报`, `招聘海报`
# a button (`听新闻`, `下载客户端`, `关注公众号`): a verb for the reader, not a name
_BUTTON = re.compile(r"^(?:听|收听|朗读|播放|查看|打开|下载|关注|订阅|分享|收藏|扫描|扫码|扫一扫|点击|长按)")
# someone's words that address or point at a body (`你们公安局`, `这家报社`: a question broken over
# short lines), not its name
_ADDRESSED = re.compile(r"^(?:你们|我们|他们|她们|咱们|您们|这个|那个|这些|那些|这家|那家|哪个|哪家)")
# a site's invitation to come to it (`查家谱请上孙氏家谱网`, `欢迎访问X网`) or to read more: its slogan, not a credit
_INVITATION = re.compile(r"请(?:上|到|访问|登录|登陆|关注|认准|搜索|参考)|欢迎(?:访问|光临|来到|登录)|可参考")  # (`可參考相關同類新聞`: a pointer to other stories)
_DOCUMENT_KIND = re.compile(r"(?:通报|简报|汇报|预报|公报|(?<!青)年报|季报|月报|周报|快报|海报|警报|举报|喜报|捷报|战报|情报|电报|画报)$")


def bare_publisher(text: str) -> str | None:
    text = UI_TAIL.sub("", text.strip()) or text  # (`亿欧网 • 扫码分享`: the name beside its buttons)
    plain = for_matching(text.strip())
    match = _BARE_PUBLISHER.match(plain)
    if not match or len(match["org"]) < 3 or NOT_ORG.match(match["org"]) or _LIST_HEADER.match(match["org"]) \
            or _CHANNEL_WORD.fullmatch(match["org"]) or _DOCUMENT_KIND.search(match["org"]) or _BUTTON.match(match["org"]) \
            or _ADDRESSED.match(match["org"]) or _INVITATION.search(match["org"]):
        # (`有网`, the end of a cut-off line: a name and its ending are three characters at least)
        return None
    start = match.start("org")
    return text.strip()[start:start + len(match["org"])]


# `北京青年报记者从首都文明办了解到`, `第一财经记者近期走访`: an outlet's own reporter, in its report's first sentences
MAX_OWN_REPORTER = 240  # (`…昨天上午,大河报记者走访了…`: after a long question or two opening the lead)
_OWN_REPORTER = re.compile(r"(?:(?:^|[，,。；\s])(?![但而却并也还又])(?P<org>(?:(?!接受|告诉)[\u4e00-\u9fff]){2,10}?(?:日报|晚报|早报|时报|报|新闻网|网|社|电视台|新闻|财经))"
                           r"|《(?P<title>[^》]{2,12})》)"  # (`《每日经济新闻》记者浏览了…`: a publication by its title marks)
                           r"(?:(?:特派|实习|见习|首席)?记者(?:[\u4e00-\u9fff·]{2,4})?(?:从|在|获悉|了解到|日前|近日|近期|采访|走访|来到|前往|赶到|探访|注意到|发现|浏览|查阅|梳理|致电|联系|随机|实地|暗访|调查|统计|独家|第一时间|连线|"
                           r"接到|收到|得知|看到|询问|咨询|拨打|体验|核实|求证|查询|登录|搜索|试用|购买|蹲守|测试|多方|先后|分别|再次|又)"
                           r"|从[^，,。]{2,30}?(?:获悉|了解到|得知))")  # (`7月27日,云南网从普洱市公安局获悉`: the outlet itself, no reporter named)
# `…收费口上演节后返程堵。(河南商报记者 王访贤 文/图)`: a paper's reporter credited at the end of the lead
_BRACKETED_REPORTER = re.compile(r"[(（](?P<org>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报|报|网|社|电视台|新闻))(?P<title>)"
                                 r"(?:特派|实习|见习|首席|全媒体)?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4})*"
                                 r"(?:[ \u3000]*(?:文/图|文图|摄影?|报道))?[)）]")
# `（总台央视记者 曹岩 吴薇）` opening the lead: whoever's reporters they are, by any name
_REPORTERS = (r"[(（](?!驻|文字|摄影|摄像|融媒|全媒|首席|资深|前方|随行)(?P<org>[\u4e00-\u9fffA-Za-z]{2,8}?)(?P<title>)"
              r"(?:特派|实习|见习|首席|全媒体|驻[\u4e00-\u9fff]{1,4})?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4})*"
              r"(?:[ \u3000]*(?:文/图|文图|摄影?|[／/]?[ \u3000]*[\u4e00-\u9fff]{0,4}?报[道导]))?[)）]")  # (`（大紀元記者張三台北報導）`, `／台北報導`: where from)
_OPENING_REPORTER = re.compile(r"^[ \u3000]*" + _REPORTERS)
_CLOSING_REPORTER = re.compile(_REPORTERS.replace("(?P<title>)", "(?P<label>)") + r"[。.]?$")  # the same credit ending the text
# an agency's dateline inside the first lines (after a caption, say): `中评社北京2月6日电`, `据新华社…电`
_INNER_DATELINE = re.compile(r"(?:^|[。\s／/])据?(?P<org>[\u4e00-\u9fffA-Za-z]{1,8}?(?:社|网|台|报|新闻|客户端))" + NAME_ENDS_BEFORE_PLACE + r"(?!网|客户端|新闻)[\u4e00-\u9fff]{2,6}?"
                             r"\d{1,2}月\d{1,2}日(?:电|讯|专电)")


# a broadcaster's or paper's bracket mark opening the lead inside a line (a page scraped as one
# line: `<headline> 2021年6月23日 23:09 【Now新闻台】警方拘捕…`)
_INNER_BRACKET = re.compile(r"(?:^|[ \u3000]|\d)[【〔](?P<org>[\u4e00-\u9fffA-Za-z0-9]{1,10}?(?:新闻台|新闻网|新闻|日报|晚报|时报|报|社|台|电视))"
                            r"(?:专讯|讯)?(?:[*＊·・][\u4e00-\u9fffA-Za-z0-9]{1,8})?[】〕](?=[\u4e00-\u9fff])")  # (`【國際日報*亮點國際】`: its column after a star)


# `【郑州地铁5号线被困者发声】据央视新闻消息，…`: a headline in brackets run into its lead
BRACKETED_HEADLINE = re.compile(r"^【(?P<title>[^】。！？，,]{8,40}?)】(?=[^】]{20,})")


def lead_publisher(text: str) -> str | None:
    text, org = account_lead(WATERMARK.sub("", text.strip()))  # (`华人号:X-` before it: the account's label)
    org = known_agency(org or _lead_publisher(text))  # (`xxx中国中新社香港5月27日电`: the agency)
    return org.split()[0] if org and " " in org.strip() else org  # `【手机中国 新闻】`: the name


_SPACED_DAY = re.compile(r"(?<=\d) (?=[月日])|(?<=月) (?=\d)|(?<=[\u4e00-\u9fff]) (?=\d{1,2}月\d{1,2}日(?:电|专电|讯))")  # (`中新網北京 7 月 13 日電`)


def _matching(text: str) -> str:
    """The text as the lead's patterns read it: Simplified, and `報導` (`报导` after conversion)
    written 报道, as the patterns spell it (same length: positions hold)."""
    return for_matching(text).replace("报导", "报道")


# `据新京报此前报道`: an earlier report cited, not whose this one is
_EARLIER = re.compile(r"(?:此前|早前|日前|先前|之前|近日|近期|前不久|曾经?|也|还|亦)$")


def _office_news(pattern: re.Pattern, match: re.Match) -> bool:
    """`据国家卫生健康委消息，`, `据西安发布消息，`: news an office or its account gave out, not an outlet's report."""
    return pattern is LEAD_MARKS["according to"] and "消息" in match.string[match.end("org"):match.end()] \
        and not re.search(PUBLISHER_END + "$", match["org"])


# `怀化日报全媒体讯`, `XX晚报融媒讯`: a paper's all-media desk marking its report: the paper is the name
_MEDIA_DESK = re.compile(r"^(?P<name>.+?" + PUBLISHER_END + r")(?:全媒体|融媒体|融媒)$")


def _lead_publisher(text: str, after_headline: bool = False) -> str | None:
    plain = SPACED_DATE.sub("", _matching(text.strip()))  # `【新唐人亚太台 2018 年 10 月 24 日讯】`
    plain = arabic_days(_SPACED_DAY.sub("", plain))  # `IT之家 6 月 1 日消息`; `中央社台北四日电`
    inner = _INNER_DATELINE.search(plain[:200]) or _INNER_BRACKET.search(plain[:200])
    if inner and not NOT_ORG.match(inner["org"]) and not _hearsay(inner["org"]) and not _CHANNEL_WORD.fullmatch(inner["org"]):
        at = _matching(text.strip()).find(inner["org"])  # (a spaced date taken out shifts the text)
        return text.strip()[at:at + len(inner["org"])] if at >= 0 else inner["org"]
    for pattern in LEADS:
        match = pattern.match(plain)
        org = _MEDIA_DESK.sub(r"\g<name>", match["org"]) if match else ""
        own_mark = pattern in (LEAD_DATELINES["site's own mark"], LEAD_DATELINES["site's flash"], LEAD_MARKS["site's bracketed mark"])  # (`C114讯`, `【IT168】`: a name may end in a digit)
        # (`〔即時新聞／綜合報導〕`: a channel's desk in brackets, the host's own, no publisher)
        channel = own_mark or plain[:1] in "（(【〔［["
        if match and not NOT_ORG.match(org) and (own_mark or not re.search(r"\d", org[-1:])) \
                and not _hearsay(org) and not (own_mark and _LIST_HEADER.match(org)) \
                and not (channel and _CHANNEL_WORD.fullmatch(org)) \
                and not is_place(org) and not re.search(r"\d日$", org) and not _EARLIER.search(org) \
                and not _office_news(pattern, match):  # (`乌鲁木齐2月19日讯`: a place and a day, no name)
            start = match.start("org")
            # (a spaced date taken out shifts the text: then the name as read)
            end = start + len(org)
            return text.strip()[start:end] if _matching(text.strip())[:end] == plain[:end] else org
    headline = None if after_headline else BRACKETED_HEADLINE.match(text.strip())
    if headline:  # `【郑州地铁5号线被困者发声】据央视新闻消息，…`: the lead after the headline run into it
        return _lead_publisher(text.strip()[headline.end():], after_headline=True)
    return None


