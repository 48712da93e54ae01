"""Rule `metadata_lines`, and the title: what a page says about itself becomes front matter.

The page's info lines (`info_lines.py` parses one) are taken from near its edges — above its
first paragraph, below its last — and anywhere when they name a source or an author; each is
recorded with its line number and leaves the body. A labelled 来源 outranks a credit line, a
labelled date a bare one; then the lead and the sign-off may name the publisher (`publishers.py`).
"""
from __future__ import annotations

import re
from collections import Counter

from digest.ingest.chinese import for_matching, shared_pairs
from digest.ingest.dates import parse_date_text
from digest.ingest.credits import CREDITED, claims_piece, credit_fields
from digest.ingest.info_chrome import table_row_as_fields
from digest.ingest.info_lines import LABEL, TITLE_LABEL, parse_info_line
from digest.ingest.info_values import BAD_DATE, CHANNEL, CHANNEL_WORDS, URL_SOURCE
from digest.ingest.interviewers import interviewer
from digest.ingest.menus import breadcrumb_channels, breadcrumb_root
from digest.ingest.model import Found, Line, Page, Removal
from digest.ingest.paragraphs import first_paragraph, last_paragraph, schedule_rows
from digest.ingest.split_fields import join_split_fields
from digest.ingest.notices import sign_off_found
from digest.ingest.publishers import bare_publisher, lead_credits, own_paper, repost_source

# (`本文转自X`: the article's own note, with or without a colon)
_AGENCY_WIRE = re.compile(r"[（(]?[\u4e00-\u9fff]{1,6}社(?:[\u4e00-\u9fff/、·]{0,12}?)\d{1,2}月?\d{1,2}日(?:专|快)?电")  # (`（中央社記者張三台東縣21日電）`)
# (`新华社供图`, `新华社发（张异 摄）`: the agency that sent the picture, a photographer or supplier after it)
_AGENCY_SUPPLIED = re.compile(r"(?:^|[。！？.!?][ \u3000]*)(?P<org>[\u4e00-\u9fff]{1,6}社)(?:供图|供稿|发)"
                              r"(?:[ \u3000]*[（(][^()（）]{1,24}?(?:摄|供图)?[)）]?)?$")
_REPRINTED_FROM = re.compile(r"(?:转自|转载自|转载于|原载于?|原文来自|原文出处)[ \u3000]*[:：]|^(?:line \d+: )?(?:本文|文章)(?:转自|转载自)")
_UNNAMED_BYLINE = re.compile(r"(?:记者|(?:采访|报道|调研)(?:组|团|小组)|记者团)$|^(?:全媒体?|融媒体?)(?:中心)?记者")  # (a credit line naming no publisher: `□X报社采访组`, `全媒记者 张三`)
_LABELLED_END = re.compile(r"[（(](?:来源|稿源)[:：][^()（）]{2,16}[)）][。.]?$")
HEAD_LINES = 10  # a page's top can hold a few lines of furniture above the headline
TAIL_LINES = 3

# an info line's author field left as the site's template fills it: a placeholder, or a channel's or a
# category's name (`作者:娱乐`, `作者:百科`: the words a site files its pages under); or a person's field,
# the author's or the editor's, filled with a site's name (`编辑:九乡新闻网`: the site signing its copy)
_TEMPLATE_LINE = re.compile(r"(?:作者[:：][ \u3000]*(?:未知|佚名|匿名|不详|admin|管理员|本站|本网|网络|小编|"
                            rf"(?:{CHANNEL_WORDS}|百科|休闲|知识|常识|百事|杂谈|随笔)(?:新闻|资讯|频道)?)"
                            r"|(?:作者|编辑|责任编辑|责编)[:：][ \u3000]*[\u4e00-\u9fffA-Za-z0-9]{1,12}(?:网|网站))(?:[ \u3000|｜]|$)|^line \d+: 作者[:：][ \u3000]*[^\s:：]{2,14}$")
# `date 2026-02-19 自由亚洲电台17日表示…`: a stored page's date field glued to its first line
_DATE_PREFIX = re.compile(r"^[ \u3000]*(?:date|Date|DATE)[:：]?[ \u3000]+(?P<date>(?:19|20)\d{2}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)"
                          r"[ \u3000]+(?P<rest>\S.{8,})$")


# `來源:人民網 人民網北京10月12日電 (記者李棟)…`: a source's label glued before a lead that names it again
_SOURCE_PREFIX = re.compile(r"^[ \u3000]*来源[:：][ \u3000]*(?P<source>[^\s:：，,。]{2,12})[ \u3000]+(?P<rest>(?P=source)\S.{8,})$")


# `新聞內容:108/03/25 聯合報 記者侯俐安/臺北報導`, `Article Content: (中央社記者…)`: a scraper's or a board's
# label for the text that follows on its line (what follows is read as any line)
_CONTENT_LABEL = re.compile(r"^[ \u3000]*(?:(?:新闻|文章|稿件|正文)?内容|正文|全文|(?:Article )?Content)[ \u3000]*[:：][ \u3000]*(?=\S)")
MAX_CONTENT_LABEL_LINE = 12  # (near the top: lower down, `内容:` is a label of the text's own)


def _split_content_label(lines: list[Line]) -> tuple[list[Line], list[Removal]]:
    split, removals = list(lines), []
    for index, line in enumerate(lines[:MAX_CONTENT_LABEL_LINE]):
        label = _CONTENT_LABEL.match(for_matching(line.text))
        if label:
            split[index] = Line(line.number, line.text[label.end():], line.heading)
            removals.append(Removal("metadata_lines", line.number, line.text[:label.end()].strip(), "a label before the text"))
    return split, removals


def _split_date_prefix(lines: list[Line]) -> tuple[list[Line], list[Found], list[Removal]]:
    for index, line in enumerate(lines[:3]):
        glued = _SOURCE_PREFIX.match(for_matching(line.text))
        if glued and len(for_matching(line.text)) == len(line.text):
            rest = Line(line.number, line.text[glued.start("rest"):].strip(), line.heading)
            source = line.text[glued.start("source"):glued.end("source")]
            found = Found("source", source, line.number, f"line {line.number}: 来源 {source} before the line's text")
            return lines[:index] + [rest] + lines[index + 1:], [found], [
                Removal("metadata_lines", line.number, line.text[:glued.start("rest")].strip(), "a source before the line's text")]
        match = _DATE_PREFIX.match(line.text)
        if match and parse_info_line(line.text):
            continue  # a whole info line (`date 2025-08-29 2025-08-29 07:00`): read as one
        day = parse_date_text(match["date"].replace("T", " ")) if match else None
        if day:
            rest = Line(line.number, match["rest"].strip(), line.heading)
            found = Found("date", day, line.number, f"line {line.number}: {match['date']} before the line's text")
            return lines[:index] + [rest] + lines[index + 1:], [found], [
                Removal("metadata_lines", line.number, line.text[:match.start("rest")].strip(), "a date before the line's text")]
    return lines, [], []


# A full date with its time at the start or the end of a line above the article: the page's
# stamp, whatever is fused to it (`快3彩票2023-01-31 16:05`, `2021-06-18 21:49:35 21世紀經濟報道 …`,
# `<headline> 2021年6月23日 23:09`)
_STAMP = r"(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)[ \u3000T]*\d{1,2}:\d{2}(?::\d{2})?"
_EDGE_STAMP = re.compile(rf"^\D{{0,8}}?(?P<start>{_STAMP})(?!\d)|(?<!\d)(?P<end>{_STAMP})[ \u3000]*$")


def _edge_stamp(line: Line) -> Found | None:
    if re.search(r"[。！？]", line.text):
        return None  # a sentence that names a time is text, not the page's stamp
    match = _EDGE_STAMP.search(line.text)
    text = match and (match["start"] or match["end"])
    if not text and len(line.text) <= MAX_STAMP_LINE_CHARS:
        # a short line above the article with one dated time anywhere in it (`来源：X 2024-05-13 10:30 【打印】`)
        stamps = _ANY_STAMP.findall(line.text)
        text = stamps[0] if len(stamps) == 1 else None
    if not text and (named := _NAMED_DAY.match(line.text.strip())):
        text = named["day"]  # `News586 2020-07-23`: a name and its day, no time (a sentence writes 2020年7月23日)
    day = parse_date_text(text.replace("T", " ")) if text else None
    return Found("date", day, line.number, f"line {line.number}: {text} in a line above the article") if day else None


# one name, a space, a day written with dashes or slashes: the site's or the poster's stamp of the day
_NAMED_DAY = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·_]{1,15}[ \u3000]+(?P<day>(?:19|20)\d{2}([-/])\d{1,2}\2\d{1,2})$")


MAX_STAMP_LINE_CHARS = 80
# a forum member's profile field over its value: when they last came, when they joined
_PROFILE_LABEL = re.compile(r"(?:最后|最後|上次)(?:登录|登入|登錄|访问|訪問|活动|活動|发表|發表)(?:时间|時間|日期)?|"
                            r"(?:注册|註冊|加入)(?:时间|時間|日期)")
_ANY_STAMP = re.compile(rf"(?<!\d){_STAMP}(?!\d)")


MIN_RUN_IN_HEADLINE = 8
MAX_RUN_IN_HEADLINE = 80
# the info after a headline on its line: a date or a label (`来源：`, `发布时间：`) after a space or a bar
# (and a bracket), or glued to the headline's last character: a label, a bracketed date, a full date
_DATE_AHEAD = r"(?:19|20)\d{2}(?:年|[-/.])\d"
_LABEL_AHEAD = (r"(?:(?:文章|新闻|新聞|信息|稿件)?(?:来源|來源)|稿源|作者|(?:发布|發佈|發布|发表|發表|发稿|發稿|更新)?(?:时间|時間|日期)|"
                r"编辑|編輯|责任编辑|責任編輯)[ \u3000]*[:：|｜]")
_INFO_AFTER = re.compile(rf"(?:\s*[|｜]\s*|\s+[(（【\[]?)(?={_DATE_AHEAD}|{_LABEL_AHEAD})"
                         rf"|(?<=[\u4e00-\u9fff！？!?”」』])(?:[(（](?={_DATE_AHEAD})|(?=(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})|(?={_LABEL_AHEAD}))")
_NAME_BEFORE_INFO = re.compile(r"^(?P<headline>.+?)\s+(?P<name>\S{2,16})$")
_ADDRESS_BEFORE_INFO = re.compile(r"^(?P<headline>.+?)\s+(?P<name>(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/?)$")


RUN_IN_TEXT_LINES = 12
MIN_RUN_IN_SHARED = 0.3


def _headline_run_in(text: str, below: tuple[Line, ...]) -> tuple[str, str] | None:
    """`数据独角兽遭遇客户流失潮 2025-06-14 09:30 来源：新华网`: a headline with its info line run in
    after a space, as (headline, info); None when the words before the info are no headline (a
    name, a credit, a label, a channel, a sentence; a headline's words come back in the text)."""
    match = _INFO_AFTER.search(text)
    if match is None:
        return None
    headline, info = text[:match.start()].strip(), text[match.end():].strip()
    named = _NAME_BEFORE_INFO.match(headline)
    if not (named and bare_publisher(named["name"])):
        named = _ADDRESS_BEFORE_INFO.match(headline)  # (`… http://www.x.com/ 2005-07-18`: the site's address)
    if named:  # (`… 新华网 2025-06-14`: who published it is the info's)
        headline, info = named["headline"], f"{named['name']} {info}"
    if not MIN_RUN_IN_HEADLINE <= len(headline) <= MAX_RUN_IN_HEADLINE or re.search(r"[。！？]|记者|記者", headline) \
            or parse_info_line(headline) or bare_publisher(headline) or credit_fields(headline) \
            or any(headline.count(left) != headline.count(right) for left, right in ("()", "（）", "【】", "《》", "“”")):
        return None  # (`…凶案(圖片` / `來源:視頻截圖)`: a picture's credit inside brackets, not the info)
    shared = shared_pairs(for_matching(headline), for_matching("".join(line.text for line in below)))
    if shared is None or shared < MIN_RUN_IN_SHARED:
        return None
    fields = parse_info_line(info) or []
    glued = not text[match.start() - 1:match.start()].isspace()
    if not fields or (glued and not any(kind == "date" for kind, _ in fields)):
        return None  # (glued to the headline, only info that states a date is surely info: `…的作者：季超` may be the title's)
    return headline, info


def _host_names(lines: list[Line]) -> set[str]:
    """The site's own name as its breadcrumbs start from it (not a channel's: `焦点 > 正文`)."""
    roots = {breadcrumb_root(for_matching(line.text)) for line in lines}
    return {root for root in roots if root and not re.fullmatch(CHANNEL, root)}


# the site naming itself in its own chrome, anywhere on the page: its more-news link (`《更多X報導》`),
# its registered name (`網絡實名:X`), its feed's footer (`The post … first appeared on X.`)
_OWN_NAME = re.compile(r"^[《【\[]?[ \u3000]*更多[ \u3000]*(?P<more>\S{2,16}?)(?:报道|报导|新闻|消息|资讯|文章)[》】\]]?[ \u3000]*$"
                       r"|网络实名[:：][ \u3000]*(?P<registered>[^\s|｜]{2,16})|first appeared on (?P<feed>\S.{1,30}?)\.?$")
# an app's or a channel's name over the headline, and the same name with such a word after it beside
# the date (`长江云` / headline / `长江云新闻 2025-10-29 17:05`): the host's own
_HOST_SUFFIX = re.compile(r"(?:新闻|新闻网|网|客户端|APP|App|app)$")
MAX_TOP_NAME = 8


def _own_names(lines: list[Line], start: int) -> tuple[set[str], set[str]]:
    """The names the site gives itself (as `for_matching` spells them), and the short names over
    its headline that a credit may extend with 新闻, 网, 客户端."""
    names: set[str] = set()
    for line in lines:
        match = _OWN_NAME.search(for_matching(line.text.strip())) if "更多" in line.text or "實名" in line.text \
            or "实名" in line.text or "appeared" in line.text else None
        name = match and (match["more"] or match["registered"] or match["feed"])
        if name and (not match["more"] or bare_publisher(name)):
            names.add(name.strip())
    tops = {for_matching(line.text.strip()) for index, line in enumerate(lines[:4])
            if re.fullmatch(rf"[\u4e00-\u9fffA-Za-z]{{2,{MAX_TOP_NAME}}}", line.text.strip()) and _masthead(lines, index, start)}
    return names, tops


def _hosts_own(value: str, hosts: set[str], tops: set[str]) -> bool:
    name = for_matching(value)
    # (`盘锦号-图片新闻` on the site whose breadcrumb starts from 盘锦号: the host and its channel)
    channel = re.fullmatch(r"(?P<host>.{2,12}?)[ \u3000]*[-—–·|｜_][ \u3000]*(?P<channel>.{2,8})", name)
    return name in hosts or any(name.startswith(top) and _HOST_SUFFIX.fullmatch(name[len(top):]) for top in tops) \
        or bool(channel and channel["host"] in hosts and re.fullmatch(CHANNEL, channel["channel"]))


def _masthead(lines: list[Line], index: int, start: int) -> bool:
    """A name on top of the page, over the headline (`跳到主要內容區塊` / `僑務電子報` / `:::` / the
    headline): the site's own masthead, the host, no credit; under the headline it credits one."""
    return 0 < index < start and not any(len(line.text.strip()) > MIN_RUN_IN_HEADLINE and not re.search(r"[。！？!?]", line.text)
                                         for line in lines[:index]) \
        and any(len(line.text.strip()) >= MIN_RUN_IN_HEADLINE and not re.search(r"[。！？!?，,]", line.text) for line in lines[index + 1:start])


def take_metadata_lines(page: Page, ctx: object) -> Page:
    kept: list[Line] = []
    removals: list[Removal] = []
    found: list[Found] = []
    last = len(page.lines) - 1
    start = first_paragraph(page.lines)  # (the article's first paragraph)
    head = max(HEAD_LINES, start)
    credited: list[Found] = []
    bylines: list[Found] = []
    footer: list[Found] = []  # a bare name below the article's last paragraph: often the host's
    bare_dates: list[Found] = []
    stamps: list[Found] = []
    addressed: list[Found] = []
    mastheads: set[str] = set()
    labelled, labels = _split_content_label(list(page.lines))
    split_lines, found, removals = _split_date_prefix(labelled)
    removals = labels + removals
    lines = join_split_fields(tuple(split_lines))
    closing = last_paragraph(lines)
    tail = min(last - TAIL_LINES, closing + 1)
    signature, schedule = sign_off_found(lines, tail), schedule_rows(lines)
    for index, line in enumerate(lines):
        if index in signature:  # (the notice's own last lines: kept, and what they say is evidence)
            (credited if signature[index].field == "source" else bare_dates).append(signature[index])
            kept.append(line)
            continue
        near_edge = index <= head or index >= tail
        fields = parse_info_line(line.text) if (index > 0 or len(page.lines) > 1) and index not in schedule else None
        if index == 0 and fields and not any(kind == "date" for kind, _ in fields) and not LABEL.match(for_matching(table_row_as_fields(line.text).strip(" （(【["))) \
                and {kind for kind, _ in fields} != {CREDITED, "author"} and not _UNNAMED_BYLINE.search(for_matching(line.text.rstrip())):
            # the first line is the headline, unless it is a date line (`date 2025-08-13 快訊`) or a
            # publisher's byline (`南方周末记者 张三发自北京`: a page cut below its headline; `□X报社采访组`)
            fields = None
        if fields and all(kind == "editor" for kind, _ in fields):
            fields = None  # an editor's credit alone is portal boilerplate (rule boilerplate_patterns)
        if fields and index and _PROFILE_LABEL.fullmatch(for_matching(lines[index - 1].text).strip(" -•·\u3000")):
            # (`最後登入` / `2016-4-13`: a poster's profile, its fields a line each; the day is the member's)
            fields = [(kind, value) for kind, value in fields if kind != "date"] or [("label", line.text)]
        footer_name = None
        if not fields and (0 < index <= 3 or index >= last - 1):
            name = bare_publisher(line.text)  # `• 美国之音` under the headline, `新华社` signing off
            supplied = _AGENCY_SUPPLIED.search(for_matching(line.text.rstrip())) if not name and index >= last - 1 else None
            name = line.text.rstrip()[supplied.start("org"):supplied.end("org")] if supplied else name  # (ending a photo item)
            if supplied and supplied.start("org") > 0:  # (after its caption or the text: the line stays, the name is evidence)
                credited.append(Found("source", name, line.number, f"line {line.number}: {line.text}"))
                kept.append(line)
                continue
            if name and _masthead(lines, index, start):
                mastheads.add(for_matching(name))  # (the line goes; the name is the host's)
            fields = [(CREDITED, name)] if name else fields
            # (under the text's last paragraph, a page's own name, however near its top: `华人资讯网` under a one-line text)
            footer_name = name if index > tail and (index >= last - 1 or index > closing) else None
        run_in = _headline_run_in(line.text, lines[index + 1:index + 1 + RUN_IN_TEXT_LINES]) \
            if index < start and index <= head and _INFO_AFTER.search(line.text) else None
        if run_in is not None:  # the headline stays a line of its own; what runs in after it is the info
            fields = parse_info_line(run_in[1])
            kept.append(Line(line.number, run_in[0], line.heading))
            line = Line(line.number, run_in[1])
        credit = any(kind == CREDITED for kind, _ in fields or ())
        if fields and (near_edge or (not credit and any(kind in ("source", "author", "source_url") for kind, _ in fields))):
            # (a credit line's shape, `X记者Y`, is common in running text: only at the page's edges)
            only_dates = all(kind in ("date", BAD_DATE) for kind, _ in fields)
            if not (only_dates and not near_edge):
                # a bare date line (a page's render time, a calendar) says less than a labelled one
                unlabelled = not LABEL.search(for_matching(line.text))
                # (and a date beside a name below the text, unlabelled, is often a teaser's in a list of
                # related stories: `台市民爭看貓熊動物園爆滿 2009-01-29 (15:23)`)
                bare = unlabelled and (only_dates or (index >= tail and index > start))
                (bare_dates if bare else found).extend(
                    Found(kind, value, line.number, f"line {line.number}: {line.text}") for kind, value in fields
                    if kind not in ("label", CREDITED, URL_SOURCE))
                # a publisher named with its reporter (`中新社记者 李安江`) says more than a name
                # printed beside the date, which is often the host's own
                # (`□新华社记者`: its reporters, unnamed, are a byline too)
                byline = any(kind == "author" for kind, _ in fields) or for_matching(line.text).rstrip().endswith("记者")
                (bylines if byline else footer if footer_name else credited).extend(
                    Found("source", value, line.number, f"line {line.number}: {line.text}") for kind, value in fields if kind == CREDITED)
                addressed.extend(Found("source", value.removeprefix("www."), line.number, f"line {line.number}: {line.text}")
                                 for kind, value in fields if kind == URL_SOURCE and value)
                removals.append(Removal("metadata_lines", line.number, line.text, "info line: " + ", ".join(k for k, _ in fields)))
                continue
        if index < start and (stamp := _edge_stamp(line)) is not None:
            stamps.append(stamp)
        kept.append(line)
    found = _labelled_first(found)
    own, tops = _own_names(lines, start)
    hosts = _host_names(lines[:head + 1]) | mastheads | own
    if hosts or tops:  # `促记网 > 社会 > 正文` over `来源:促记网`, a masthead: the site names itself, the host, no publisher
        # (its own reporters' credit too: `X記者張三/花蓮報導` on a site whose more-news link says X)
        found, credited, footer, bylines = ([item for item in items if not (item.field == "source" and _hosts_own(item.value, hosts, tops))]
                                            for items in (found, credited, footer, bylines))
    channels = set().union(*(breadcrumb_channels(for_matching(line.text)) for line in lines[:head + 1]))
    credited = [item for item in credited if for_matching(item.value) not in channels]  # (`醫院新聞` over `首頁 > 醫院概況 > 醫院新聞`: a section's name)
    reprinted = next((item for item in (*found, *credited) if item.field == "source" and _REPRINTED_FROM.search(for_matching(item.evidence))), None)
    if reprinted is not None:  # `来源:每日看点快看` and `本文转自:光明日报`: the paper it was taken from
        (found if reprinted in found else credited).remove(reprinted)
        found.insert(0, reprinted)
    found.extend(filter(None, [repost_source(list(page.lines))]))  # the original, before the host's name
    found.extend(bylines)
    lead = lead_credits(kept)  # (an agency's sign-off in the text says more than a name in the footer)
    # a sign-off that says 来源 (`…。（来源：X）`) is a labelled source too: over a credit line
    labelled = [item for item in lead if "sign-off" in item.evidence and any(
        line.number == item.line and _LABELLED_END.search(for_matching(line.text.rstrip())) for line in kept)]
    found.extend(labelled)
    lead = [item for item in lead if item not in labelled]
    reporters = next((item for item in lead if item.field == "source" and item.evidence.endswith("own reporter in the lead")), None)
    if reporters is not None and credited and not any(item.field == "source" for item in found):
        found.append(reporters)
        lead.remove(reporters)
    claims = [item for item in credited if claims_piece(item.evidence)]  # (a site's claim on the piece: after its lead)
    found.extend(item for item in credited if item not in claims)  # after every labelled source: `稿源：X` says more
    text_at = lines[start].number if start < len(lines) else None
    listed = _listed_days(bare_dates, text_at)
    found.extend(sorted(bare_dates, key=lambda item: item.field == "date" and str(item.value)[:10] in listed))
    found.extend(stamps[:1])
    templated = [item for item in found if item.field == "source" and _TEMPLATE_LINE.search(for_matching(item.evidence))]
    if templated and (bylines or any(item.field == "source" and ("dateline" in item.evidence or "own reporter" in item.evidence
                                                                 or "来源 inside the text" in item.evidence) for item in lead)):
        # `来源:学术参考网 作者:未知` over `中国科学报7月16日报道`: a site's template filled with its own name (its
        # author field a placeholder or a channel; an organisation alone there, a forum poster's account) says less than
        # the lead's dateline or a publisher's reporters' credit (`（总台央视记者 曹岩 吴薇）`), or a 来源 run into the
        # text's lines (`…(记者 张三)来源:福州日报 记者21日…`)
        found = [item for item in found if item not in templated]
        lead = lead + templated
    wire = next((item for item in lead if item.field == "source" and "dateline" in item.evidence
                 and any(line.number == item.line and _AGENCY_WIRE.match(for_matching(line.text.strip())) for line in kept)), None)
    if wire is not None:
        # an agency's dateline opening the text (`新华社北京12月20日电`) names whose report it is, over the
        # name a stamp line gives (`来源: X女性网`: a farm's brand, a portal it came through): a paper
        # the agency's report ran in is the agency's too
        lead.remove(wire)
        found.insert(1 if reprinted is not None else 0, wire)
    found.extend([*lead, *claims])
    # a site named only by its address (`文章来源:http://…`), when nothing names the publisher: after the
    # info lines' dates (a stamp in a line says less than a field) and after the lead's dateline, which
    # names the agency whose report the address only locates (`（中央社記者…電）` under `文章来源:http://www.cna…`)
    found.extend(addressed)
    found.extend(footer)
    if not any(item.field == "source" for item in (*page.found, *found)):
        found.extend(filter(None, [own_paper(list(page.lines)) or interviewer(kept)]))  # `本报讯`: the paper the page names elsewhere
    if not removals and not found:
        return page
    return page.with_lines(kept, removals, found=page.found + tuple(found))


# a label saying where the piece came from (not a name beside the page's date, nor `发文机关:`, the issuing office)
_SOURCE_LABEL = re.compile(r"(?:来源|来自|出处|稿源|转自|转载自|源自)[ \u3000]*[:：]")


def _labelled_first(found: list[Found]) -> list[Found]:
    """The info lines' findings, sources under a _SOURCE_LABEL first (`信息来源:X` over `Y网 发布时间:…`)."""
    labelled = [item for item in found if item.field == "source" and _SOURCE_LABEL.search(for_matching(item.evidence))]
    return labelled + [item for item in found if item not in labelled]


MIN_LIST_DAYS = 3


def _listed_days(dates: list[Found], text_at: int | None) -> set[str]:
    """Days on MIN_LIST_DAYS bare date lines or more (`2025/09/22` over each headline of a ticker): a
    list's, after a day printed once above the text (the article's own, by its headline)."""
    days = Counter(str(item.value)[:10] for item in dates if item.field == "date")
    listed = {day for day, count in days.items() if count >= MIN_LIST_DAYS}
    once = [item for item in dates if item.field == "date" and str(item.value)[:10] not in listed and (text_at is None or (item.line or 0) < text_at)]
    return listed if once else set()


def take_title(page: Page) -> tuple[str, Found | None, Page]:
    """The headline is the first line (for HTML, extract.py put the page's title there)."""
    lines = list(page.lines)
    if not lines:
        return "", None, page
    first = lines.pop(0)
    title = TITLE_LABEL.sub("", first.text).strip().lstrip("#").strip()
    where = "the page's title" if first.number == 0 else f"line {first.number}"
    return title, Found("title", title, first.number or None, where), page.with_lines(lines)
