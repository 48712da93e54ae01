"""Info lines: what a line that a page prints about its article says, parsed into fields.

Portals print such lines near the top or the bottom (`来源:华尔街见闻`, `2025-06-14 09:30 来源：新华网
作者：张三`, `文/张三`, `原文链接：https://…`), fused (`财经新闻2025年06月15日 07:30 208admin`: channel,
date, time, views, poster), as credits (`聯合報／ 記者X／台北報導`, `本文来自微信公众号:X`) or with a
relative day (`3小时前 来源：X`). `parse_info_line` gives a line's fields, or None when any part of it
is not one of the things such lines are made of: a sentence that happens to contain 来源 is not one.
"""
from __future__ import annotations

import re

from digest.ingest.info_chrome import (BRACKETS as _BRACKETS, labels_closed_up, table_row_as_fields, values_closed_up, with_address_apart,
                                        without_chrome, without_field_brackets, without_outer_brackets)
from digest.ingest.widgets import FORUM_EDIT_NOTE, WIDGETS
from digest.ingest.chinese import closed_up, for_matching
from digest.ingest.credits import BYLINE_LINE, CREDITED, NAMES, NOT_ORG, ORG_REPORTER, PUBLISHER_END, RANK_ONLY, REPORT_MAKER, credit_fields, is_desk, paper_issue, person_name, reporter_org, shared_by
from digest.ingest.dates import normalize_date_forms, parse_date_text
from digest.ingest.relative_dates import RELATIVE_DAY
from digest.ingest.info_values import (BAD_DATE, CHANNEL, DATE_SHAPE, FUSED_DATE, NAMED_URL, NO_SOURCE, SITE_SELF_NAME, SEPARATORS, UI_WORDS, URL, account_name,
                                       publisher_like, take_value, without_empty_label)

_SOURCE = r"(?:(?:文章|本文|稿件|新闻|信息|内容|图文|原文|消息|转载|资料|新闻资料)?(?:来源于|来源|来自|源自|出处|稿源|转载自|转载于|转自)|媒体|摘自|原载于|原载|选自|转引自|转贴自|转录自|source|Source|SOURCE)"  # (`轉貼自：`: a repost)
_AUTHOR = (r"(?:(?:采访|撰文|执笔|整理|采写|口述|翻译|编译)(?:[、/](?:采访|撰文|执笔|整理|采写|口述|翻译|编译))*|(?:新闻|文章|稿件)?作者|撰稿|特约记者|"
           r"本报记者|本文作者|本台记者|记者|通讯员|文字|文|By|by)")
_EDITOR = r"(?:(?:新媒体|网络|网站)?(?:责任编辑|责编)|(?:报纸|网络|网站|文字|视频|图片|新媒体|值班|初审|复审|终审)?编辑|校对|审核|审校|审稿|(?:初|复|终|一|二|三)审|签发|监制|统筹|主编|总值班|摘编)"
_DATE = r"(?:(?:发布|发表|更新|刊发|发稿|上传|创建)于|(?:本站|本网|本页)?(?:(?![报网社台刊媒闻])[\u4e00-\u9fff])?[\u4e00-\u9fff]{0,2}(?:时间|日期)|发布|发表|(?:最后|最近)?更新|首发|出版|(?:当前|本期|当期)(?:报章|报纸|报刊)(?:日期)?|(?i:Published|Posted|Updated)(?i: on| at)?)"  # 发布时间, 发文日期, 成文日期, 时间, 发表于, 本站发布时间… (`日报发布时间`: not 报发布时间, `融媒发布时间`: not 媒发布时间; `當前報章`: an e-paper's issue)
_URL_LABEL = r"(?:原文链接|原文地址|本文链接|文章链接|本文地址|本文网址|文章网址|原文|链接|网址|来源网址|(?:Original |Source |Article )?(?:Article )?(?:URL|Url|Link)|url)"
_PUBLISHER_LABEL = r"(?:发布机构|发文机关|发布单位|来源单位|供稿单位|发稿单位|出品(?:方|社区|单位|机构|平台)?|供稿|来稿)"
# labels of an info line whose values are not front matter (a government page's table, a view count, a
# picture's source: `撰文:編輯部圖片來源:香港天文台` credits no publisher)
_OTHER_LABEL = (r"(?:(?:废止|截止|失效|有效|结束|开始|活动|报名|生效)(?:时间|日期)|(?:图片|题图|配图|封面图?|首图|头图|图)来源|图源|Categories|Category|Tags|TAGS|TAG|Tag|信息分类|组配分类|主题分类|所属分类|所属栏目|所属频道|体裁分类|分类|栏目|频道|标签|"
                r"类型|类别|文章类型|(?:本文|文章|热门)?(?:关键词|关键字)|索引号|文号|发文字号|名称|内容概述|浏览次数|阅读次数|阅读量|点击数|点击量|访问量|浏览量|热度|评论数|"
                r"阅读|浏览|点击|点阅|评论|点赞|人气|字数|IP属地|属地)")
# the account on a platform that posted the article (`專業號:云龍縣林草局`): a credit, below a labelled source
_ACCOUNT_LABEL = r"(?:专业|头条|百家|企鹅|大风|网易|搜狐|一点|视频|账|帐)号"
# a day alone after its label and a space (`更新日期 2025/02/14`; `当地时间 2018年…，` opens a sentence)
_DAY_ALONE = r"(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \u3000]*$"
LABEL = re.compile(
    rf"(?P<label>{_OTHER_LABEL}|{_ACCOUNT_LABEL}|{_PUBLISHER_LABEL}|{_URL_LABEL}|{_SOURCE}|{_EDITOR}|{_DATE}|{_AUTHOR})[ \u3000]*(?:[(（][^()（）]{{1,12}}[)）])?"
    rf"(?:[ \u3000]*[:：/／｜|丨][ \u3000]*|(?<=来源)[ \u3000]+(?=[^ \u3000:：])|(?<=[Oo][Nn])[ \u3000]+(?=\d)"  # (`Posted on 18 Dec 2017`)
    r"|(?<=时间|日期)[ \u3000]+(?=" + _DAY_ALONE + ")"
    r"|(?<=报章|报纸|报刊)(?=(?:19|20)\d{2}(?:年|[-/.])\d))"  # (`當前報章2024年12月24日`: an issue glued to its day; not `当地时间2018年…`, a sentence)
)
_KIND = [("label", re.compile(_OTHER_LABEL + "$")), ("account", re.compile(_ACCOUNT_LABEL + "$")), ("source", re.compile(_PUBLISHER_LABEL + "$")),
         ("source_url", re.compile(_URL_LABEL + "$")), ("source", re.compile(_SOURCE + "$")),
         ("editor", re.compile(_EDITOR + "$")), ("date", re.compile(_DATE + "$")), ("author", re.compile(_AUTHOR + "$"))]
# what sites print where a source should be: not a publisher
_COLONS = str.maketrans("∶︰﹕", "：：：")  # (`来源∶X`: a ratio sign, a vertical form, a small colon, printed for the colon)
TITLE_LABEL = re.compile(r"^(?:标题|题目|新闻标题)[:：][ \u3000]*")
MAX_VALUE = 40


_GLUED_NOTE = re.compile(r"(?<=\d)[ \u3000]*(?=(?:本文|文章)(?:转自|来自|转载自|来源于))")
# `15:45 2024/05/13 中國時報 張三`: the time before the day, as some papers print it
_TIME_FIRST = re.compile(r"(?:^|(?<=[ \u3000|｜丨:：]))(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)[ \u3000]+((?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?![\d:：]|[ \u3000]+\d{1,2}[:：]))")


# `来源光明网`: a source's label glued to a publisher's name, the whole line (the colon a template left out)
_GLUED_SOURCE = re.compile(rf"^(?P<label>[来來稿]源)(?![于自])(?=[\u4e00-\u9fffA-Za-z]{{1,10}}{PUBLISHER_END}$)")


def parse_info_line(text: str) -> list[tuple[str, str]] | None:
    """The fields of a line made only of labelled fields, dates and times; else None. Labels
    in Traditional characters (來源, 記者) are read as their Simplified forms; values keep theirs."""
    if len(text) > 200 or "。" in text.strip()[:-1]:  # a paragraph: an info line holds no sentence (the cheap test),
        return shared_by(text)  # but a farm's disclaimer naming whom it copied does
    if (row := table_row_as_fields(text)) != text and (fields := parse_info_line(row)):
        return fields  # (a table's row of labels and values, read as the info line it is)
    text = without_field_brackets(with_address_apart(labels_closed_up(closed_up(text.translate(_COLONS)))))
    text = _GLUED_SOURCE.sub(r"\g<label>:", text.strip())
    if "《" in text and (issue := paper_issue(text)):
        return issue
    text = _TIME_FIRST.sub(r"\2 \1", _GLUED_COUNT.sub(r"\1 \2", normalize_date_forms(text)))
    text = without_chrome(text)
    text = without_outer_brackets(text.strip(" \u3000|｜").lstrip("—― \u3000").rstrip(";；"))  # (`本文转自【X】;`: a semicolon typed at its end; `——来源：X`: a dash before a sign-off)
    if not text or len(text) > 160:
        return None
    plain = for_matching(text)
    if FORUM_EDIT_NOTE.match(plain) or WIDGETS["a previous/next link"].match(plain):
        # (the day a post was edited, and by whom; `上一篇:今日辟謠(2023年12月26日)`, a link to another
        # story: neither its date nor its source)
        return [("label", "")]
    note = _GLUED_NOTE.search(plain)
    if note:  # `最后更新: 2019-08-29 11:17:22本文转自微信公号“上海发布”`: the fields, then a credit glued on
        head, tail = parse_info_line(text[:note.start()]), credit_fields(plain[note.start():])
        return head + [(kind, text[plain.index(value):plain.index(value) + len(value)] if value in plain else value)
                       for kind, value in tail] if head and tail else None
    if plain != text:
        fields = _parse_fields(plain)
        return [(kind, text[plain.index(value):plain.index(value) + len(value)] if value in plain else value)
                for kind, value in fields] if fields else None
    return _parse_fields(text)


def _parse_fields(text: str) -> list[tuple[str, str]] | None:
    if maker := REPORT_MAKER.match(text):
        return [("source", maker["org"])] + ([("author", maker["name"])] if maker["name"] else [])
    fields = _labelled_fields(text)
    authors = [value for kind, value in fields or () if kind == "author"]
    if len(authors) == 2 and person_name(authors[1]) and not person_name(authors[0]) and len(authors[0]) >= 3 \
            and not NOT_ORG.match(authors[0]) and fields:  # `文:互联网江湖 作者:刘致呈`: the publisher, then its writer
        fields = [(CREDITED, value) if (kind, value) == ("author", authors[0]) else (kind, value) for kind, value in fields]
    fields = _fused_fields(text) if fields is None else fields
    if fields is None:  # (`〔即時新聞／綜合報導〕`: a channel's desk credits no publisher; still an info line)
        credits = credit_fields(text)
        fields = None if credits is None else [item for item in credits if not (item[0] == CREDITED and re.fullmatch(CHANNEL, for_matching(item[1])) and re.search(r"(?:新闻|资讯|频道)$", for_matching(item[1])))] \
            or [("label", "")]
    return fields if fields is not None else _loose_fields(text)


# A line that labels its publisher and states a date or names a reporter, with pieces no other
# reading takes (`中国青年报·中青在线记者 李晨赫 实习生 曹华威  来源:中国青年报  ( 2017年05月18日 03 版)`):
# still an info line, when nothing in it reads as a sentence.
_LOOSE_SOURCE = re.compile(rf"{_SOURCE}[ \u3000]*[:：丨|｜][ \u3000]*(?P<value>[^\s:：|｜丨()（）【】\[\]，,。]{{2,20}})")
_LOOSE_SIGNS = re.compile(r"记者|作者|编辑|责编|通讯员|实习生|(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}")
MAX_LOOSE_CHARS = 120
_VIEWS_LABEL = r"(?:阅读|浏览|点击|访问|人气|热度)(?:量|数|次数)?"  # (read in Simplified characters, as every field is)
_VIEWS_GLUED = re.compile(_VIEWS_LABEL + "$")


def _loose_fields(text: str) -> list[tuple[str, str]] | None:
    if len(text) > MAX_LOOSE_CHARS or re.search(r"[。！？!?；;]|[\u4e00-\u9fff][，,][\u4e00-\u9fff]", text):
        return None
    source = _LOOSE_SOURCE.search(text)
    if not source or not _LOOSE_SIGNS.search(text[:source.start()] + " " + text[source.end():]):
        return None
    value = _VIEWS_GLUED.sub("", source["value"])  # (`來源:東南早報瀏覽次數:29`: the count's label glued on)
    fields: list[tuple[str, str]] = [] if NO_SOURCE.match(value) or len(value) < 2 else [("source", value)]
    dated = FUSED_DATE.search(text)
    day = parse_date_text(dated.group(0).replace("T", " ")) if dated else None
    return fields + ([("date", day)] if day else []) or [("label", "")]


# a reporter's rank or desk before 记者 (`首席记者`, `驻京记者`, `文字记者`): no publisher
_POSITION = re.compile(r"(?:特约|特派|实习|见习|首席|全媒体|融媒体|融媒|文字|摄影|摄像|资深|主任|高级|前方|随行|驻[\u4e00-\u9fff]{1,3}|本报|本台|本刊|本网|本站|报社|本社)$")
_PUBLISHED_WORD = re.compile(r"发布|发表|出版|刊发|首发|Published")
_POSTER = re.compile(r"[\w.\-]{2,24}[ \u3000]+")  # a forum poster's name before the day


def _labelled_fields(text: str) -> list[tuple[str, str]] | None:
    if not text or len(text) > 160:
        return None
    if URL.match(text):
        return [("source_url", text)]
    reporter = ORG_REPORTER.match(text)
    if reporter and len(text) <= 40 and not NOT_ORG.match(reporter["org"]):
        return [(CREDITED, reporter_org(reporter)), ("author", reporter["names"])]
    byline = BYLINE_LINE.match(text)
    if byline and len(text) <= 40:
        # `每经记者 张三`: a paper named by its short name before its reporter (not `本报`, `首席`)
        org = re.match(r"[\u4e00-\u9fffA-Za-z]{2,5}(?=(?:记者|通讯员))", text.lstrip("⊙●○◎■□◆◇▲△★☆·• \u3000"))
        named = org is not None and not NOT_ORG.match(org.group(0)) and not _POSITION.search(org.group(0)) and not RANK_ONLY.match(org.group(0))
        return [(CREDITED, org.group(0)), ("author", byline["names"])] if named else [("author", byline["names"])]
    labels = list(LABEL.finditer(text))
    fields: list[tuple[str, str]] = []
    published: tuple[str, str] | None = None
    lead = text[:labels[0].start()] if labels else text
    if labels and _POSTER.fullmatch(lead) and labels[0]["label"] in ("发表于", "发布于"):
        lead = ""  # a forum post's poster before the day (`stephen_c_y_h 發表於 22/8/2008 07:51:39`): not the article's author
    if not _only_dates(lead, fields):
        return None
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        value = without_empty_label(text[match.end():end].strip(SEPARATORS + "，,;；"))
        if not URL.match(value):
            value = value.rstrip("/／ \u3000")  # (`编辑/2021-03-25/ 分类:…/阅读:`: fields a slash apart)
        kind = next(name for name, pattern in _KIND if pattern.match(match["label"]))
        if kind in ("label", "account"):  # `分类: 通知`, `评论：5 2025-06-14 09:30`: only a date that follows counts
            name, _, rest = value.partition(" ") if kind == "account" else ("", "", value)
            dated = FUSED_DATE.search(rest)
            day = parse_date_text(dated.group(0).replace("T", " ")) if dated else None
            if day:
                fields.append(("date", day))
            if name and not any(field == CREDITED for field, _ in fields):
                fields.append((CREDITED, name))  # `專業號:鄱湖人家 2023-02-23 08:33:44`: the account's name, then its day
            continue
        if not value or value.endswith((":", "：")):
            continue  # `来源:  作者:` left empty by the site (or `来源: 关键词:`): still its info line
        if kind == "source" and for_matching(match["label"]).endswith("来自") and _HOME_PLACE.fullmatch(for_matching(value)):
            continue  # `來自 : 連江縣`: a forum poster's home, not a publisher
        before = len(fields)
        if (len(value) > MAX_VALUE and not URL.match(value) and not NAMED_URL.match(value)) or not take_value(kind, value, fields):
            return None
        if kind == "source" and "资料" in match["label"] and not any(re.search(PUBLISHER_END + "$", for_matching(name)) for field, name in fields[before:] if field == "source"):
            fields[before:] = [field for field in fields[before:] if field[0] != "source"] or [("label", "")]  # (`资料来源:国家统计局`: the figures'; `資料來源:中央社`: the report's)
        if published is None and _PUBLISHED_WORD.search(match["label"]):
            published = next((index for index in range(before, len(fields)) if fields[index][0] == "date"), None)
    first_date = next((index for index, field in enumerate(fields) if field[0] == "date"), None)
    if published is not None and first_date is not None and published > first_date:
        # `成文日期：2024-05-13 发布日期：2024-05-14`: the day it was published first among the days
        # (by its place: `发布日期：… 时间：10:30` gives it its time in place)
        fields.insert(first_date, fields.pop(published))
    # labels with nothing usable after them (`来源：网络整理`) still make an info line
    return fields or ([("label", "")] if labels else None)


# A fused info line (`财经新闻2025年06月15日 07:30 208admin`, `2025/12/27 23:49 記者廖耀東/台中報導`,
# `发布时间: 2025/6/12 16:44:34 | 20 次阅读`): a stated date with a time or a label, and around it
# only the things such lines are made of, in any order and glued together.
_PUBLISHER = r"[\u4e00-\u9fffA-Za-z]{1,10}?(?:新闻网|新闻|日报|晚报|时报|周刊|杂志|报|社|网|台|电视|传媒|媒体|之音|频道|财经|资讯|客户端)"
_INFO_PIECES = [
    ("views", re.compile(r"(?:阅读|浏览|点击|点阅|人气|热度|评论|阅读量|浏览量|浏览次数|阅读数)(?:量|数|次数)?[:：]?[ \u3000]*\d+(?:[次人]|万\+?)?")),
    ("views", re.compile(r"(?:阅读|浏览|点击|评论|点赞|收藏|分享|转发)[(（][\d,.万wW+]+[)）]")),  # `阅读(1,234) 评论(5)`
    ("views", re.compile(r"\d[\d,]*(?:\.\d+)?[万wWkK]?[ \u3000]*(?:次阅读|次浏览|人阅读|人浏览|阅读|浏览|次查看|次点击|次播放|条回复|个回复|条评论|个评论|人围观|次|views?)")),  # (`7万次阅读`, `2238 次查看 | 2 条回复`, `24,3761次浏览`)
    ("views", re.compile(r"\d+(?=[A-Za-z])")),  # `208admin`: the count glued to the poster's name
    # (or the site's bare address, as portals print it by the date: `AUTO.SOHU.COM 2005年05月13日14:15`)
    ("url", re.compile(r"https?://\S+|(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|gov|edu)(?:\.cn)?/?(?![A-Za-z0-9.])", re.IGNORECASE)),
    ("views", re.compile(r"\d+$|(?:次阅读|次浏览|人阅读|人浏览|阅读|浏览|次查看|次点击|次播放|条回复|个回复|条评论|个评论|人围观|次)$")),  # `20 次阅读`
    ("weekday", re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")),
    # `杏彩体育2年前 (2023-02-09)`: the day's age beside the day (a blog theme prints both), no name
    ("age", re.compile(r"\d{1,3}[ \u3000]?(?:年|个月|个星期|星期|周|天|日|小时|分钟|秒)前")),
    ("zone", re.compile(r"[(（]?(?:HKT|CST|GMT|UTC|BJT|SGT|MYT|JST|EST|EDT|PST|PDT|北京时间|台北时间|香港时间)(?:[+-]\d{1,2}(?::?\d{2})?)?[)）]?")),
    ("source", re.compile(rf"{_SOURCE}[:：](?P<value>[^\s:：]{{2,16}})(?![:：])")),
    ("source", re.compile(r"(?:来自|来源于|转自)(?P<value>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,15})$")),  # `来自新京报APP`
    ("labelled", re.compile(rf"(?:{_OTHER_LABEL}|来源|作者)[:：]\S{{0,12}}")),
    ("label", re.compile(r"(?:发布时间|发表时间|发布日期|发表日期|更新时间|发布于|发表于|(?:最后)?(?:编辑|更新|修改)于|最后(?:更新|修改)(?:时间)?[:：][ \u3000]*\d{1,2}:\d{2}(?::\d{2})?|时间|日期|date|Date)[:：]?|(?:于|发布|发表|发于|刊于|载于)$")),
    # a magazine's issue line: `发于2025.2.17总第1175期《中国新闻周刊》杂志`
    ("issue", re.compile(r"总?第\d{1,5}期")),
    ("source", re.compile(r"《(?P<value>[^》]{2,16})》(?:杂志|期刊|周刊|报)?$")),
    ("author", re.compile(rf"(?:记者[ \u3000]*[:：/／|｜]?|(?:作者|文)[ \u3000]*[:：/／|｜])[ \u3000]*"
                          rf"(?P<value>{NAMES})(?:[/／ ][\u4e00-\u9fff]{{0,6}}(?:报导|报道|讯))?")),
    ("editor", re.compile(rf"(?:编辑|责任编辑|责编|校对|通讯员|实习生)[ \u3000]*[:：/／|｜][ \u3000]*{NAMES}")),
    ("place", re.compile(r"[\u4e00-\u9fff]{0,6}(?:报导|报道|讯)")),
    ("channel", re.compile(CHANNEL)),
    ("source", re.compile(rf"(?P<value>{_PUBLISHER.replace('{1,10}?', '{1,10}')})(?:《[^》]{{1,16}}》)?(?=$|[-—·/|])")),
    ("account", re.compile(r"[“\"「]?[\u4e00-\u9fffA-Za-z0-9](?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[A-Za-z]) (?=[A-Za-z])){1,15}[”\"」]?"
                           r"(?:微信公众号|公众号|官方微博|微博|客户端)")),  # (`China Daily微信公众号`)
    # `大数据文摘发表于2018-12-27`: a name glued to the verb that says it published the article
    ("published by", re.compile(r"(?P<value>[\u4e00-\u9fffA-Za-z]{2,12}?)[ \u3000]*(?:发表于|发布于|首发于|发表|发布)$")),
    # a company by its full name (`中国东方电气集团有限公司`), longer than a channel's
    ("name", re.compile(r"[\u4e00-\u9fff]{2,14}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团)(?![\u4e00-\u9fff])")),
    ("name", re.compile(r"(?:[A-Za-z]{2,8}|\d{1,3})?[\u4e00-\u9fff]{2,8}(?:[A-Za-z+]{1,8}|·[\u4e00-\u9fff]{2,8})?")),  # a channel, a button, or the publisher's bare name
    ("poster", re.compile(r"[A-Za-z][A-Za-z0-9_]{1,15}")),
]
MAX_FUSED_CHARS = 80
# a count glued to the date after it (`阅读量:78932026-01-06`): the date is the year and day at the end
_GLUED_COUNT = re.compile(rf"({_VIEWS_LABEL}[:：]?[ \u3000]*\d+?)((?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}})")
_UPDATED = re.compile(r"[(（][\d/.\-: ]*(?:更新|update|updated|Updated)?[ ]*(?:[)）]|$)")


def _fused_fields(text: str) -> list[tuple[str, str]] | None:
    if len(text) > MAX_FUSED_CHARS or re.search(r"[\u4e00-\u9fff][，,][\u4e00-\u9fff]", text):
        return None  # (a comma between words: a sentence)
    matches = list(FUSED_DATE.finditer(text))
    if not matches:
        partial = _MONTH_DAY_START.match(text)  # `09-12 上游新闻 阅读:`: a day without its year, then the line's pieces
        if partial:
            rest = text[partial.end():].strip()
            if not rest:  # (`6月15日` alone may head a day's part of a chronicle: with its time it is a stamp)
                return [("label", "")] if partial["time"] or not partial["cn"] else None
            fields = _info_pieces(rest, [("label", "")], True)
            # (`3-5 月份的销售` is text: beside a year-less day a label, or its time, must say it is an info line)
            return fields if fields and (re.search(r"[:：|｜]", rest) or partial["time"]) else None
        return _relative_fields(text)
    # the same day twice (`date 2025-08-29 2025-08-29 07:00`): the one with a time says more
    match = max(matches, key=lambda found: bool(found["time"]))
    day = parse_date_text(match.group(0).replace("T", " "))
    if not day or any(parse_date_text(other.group(0))[:10] != day[:10] for other in matches if parse_date_text(other.group(0))):
        return None
    rest = FUSED_DATE.sub(" ", text)
    rest = re.sub(r"([:：])[ \u3000]+", r"\1", _UPDATED.sub(" ", rest)).strip()  # `编辑: 张晨` is one piece
    wechat = _WECHAT_HEADER.match(rest)
    if wechat and not _PLACE.fullmatch(wechat["account"]) and (not wechat["place"] or _PLACE.fullmatch(wechat["place"])):
        # `原创 张三 新京报 2024-05-13 10:30 北京`: a WeChat article's header (writer, account, day, where)
        return [("date", day), (CREDITED, wechat["account"])] + ([("author", wechat["author"])] if wechat["author"] not in (None, wechat["account"]) else [])
    fields = _info_pieces(rest, [("date", day)], bool(match["time"]))
    glued = _NAME_THEN_DATE.match(text) if fields is None else None
    if glued and publisher_like(glued["name"]) and not re.search(r"(?:发表|发布|首发|更新)于?$", for_matching(glued["name"])):
        return [("date", day), (CREDITED, glued["name"])]  # `山行资本2020-05-29`: an account and its day
    return fields


_WECHAT_HEADER = re.compile(r"^原创[ \u3000]+(?:(?P<author>[^\s:：|｜]{1,12})[ \u3000]+)?(?P<account>[^\s:：|｜]{2,16})(?:[ \u3000]+(?P<place>\S{2,8}))?$")
# a name glued to a day written with dashes (a sentence writes 2020年5月29日, not 2020-05-29)
# (or to the day's label, as a mirror joins the spans: `江城电力网发布时间:2021-07-28 00:00:00`)
_NAME_THEN_DATE = re.compile(r"^(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,15}?)(?:(?:发布|发表|更新|刊发)?(?:时间|日期)[:：][ \u3000]*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                             r"(?:[ \u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
_MONTH_DAY_START = re.compile(r"^(?:1[0-2]|0?[1-9])(?:-|(?P<cn>月))(?:3[01]|[12]\d|0?[1-9])(?(cn)日)(?:[ \u3000]*(?P<time>\d{1,2}:\d{2}))?(?=[ \u3000]|$)")
_RELATIVE_DAY = re.compile(r"(?<![\d.])" + RELATIVE_DAY)


def _relative_fields(text: str) -> list[tuple[str, str]] | None:
    """`3小时前 来源：新华网`, `昨天 10:30 · 央视新闻`: an info line whose day is relative (read by
    dates.relative_date from the removed line, against the file's date)."""
    match = _RELATIVE_DAY.search(text)
    if not match or len(text) > MAX_FUSED_CHARS:
        return None
    rest = re.sub(r"([:：])[ \u3000]+", r"\1", (text[:match.start()] + " " + text[match.end():])).strip()
    if not rest:
        return [("label", "")]
    fields = _info_pieces(rest, [("label", "")], True)
    # (`昨天篮网与山猫的比赛` is a sentence: beside a relative day only labelled pieces count)
    if fields is None or any(kind == CREDITED for kind, _ in fields) or not re.search(r"[:：|｜·]", rest):
        return None
    return fields


# a province or a city beside the date (`2024-05-13 10:30 北京`, `发布于北京`: where it was posted), no publisher
_PLACE = re.compile(r"(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
                    r"云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|南京|武汉|成都|西安)(?:省|市|自治区|特别行政区)?")
_HOME_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|镇|乡|村|旗)|" + _PLACE.pattern)
_BARE_LABEL_WORD = re.compile(rf"{_SOURCE}|{_AUTHOR}|{_EDITOR}|{_DATE}|{_OTHER_LABEL}")


# a publication whose name ends in 报道 (`中国经济报道`, `苏皖城市报道`): four characters or more before it, no
# place (`北京报道`, `美国纽约报道` beside a reporter's name are where the report was filed)
_REPORT_NAME = re.compile(r"(?!综合|联合|即时|独家|特别|深度|现场|连续)(?:(?!北京|上海|天津|重庆|香港|澳门|台北|美国|日本|英国)[\u4e00-\u9fff]){4,8}报道")


_NAME_PLUS = re.compile(r"([\u4e00-\u9fffA-Za-z]\+)?\+*$")


def _info_pieces(rest: str, fields: list[tuple[str, str]], timed: bool) -> list[tuple[str, str]] | None:
    """The pieces around an info line's date, each one of the things info lines are made of."""
    channels, labelled, reporters = 0, False, False
    rest = values_closed_up(rest)
    # (a space between two Latin words is inside a name: `China Daily微信公众号`)
    for whole in filter(None, re.split(r"[\u3000|｜丨·•][ \u3000|｜丨·•]*|(?<![A-Za-z]) +| +(?![A-Za-z])", rest)):
        piece = whole
        while piece:
            # (a plus sign after a name is the name's: `南方+`)
            piece = _NAME_PLUS.sub(r"\1", piece.strip(":：/／,，-—＋ ").lstrip("+"))
            if not piece:
                break
            if re.fullmatch(r"(?:发表|发布)于", piece):
                if fields[-1:] and fields[-1][0] == CREDITED:
                    fields.pop()  # `我来看看 发表于 2023-03-15 | 显示全部楼层`: a forum's poster, not a publisher
                labelled = True
                break
            for kind, pattern in _INFO_PIECES:  # noqa: B007 - the piece's kind is read after the loop
                found = pattern.match(piece)
                if found and found.end() > 0:
                    break
            else:
                return None
            if kind == "place" and found.end() == len(piece) and _REPORT_NAME.fullmatch(for_matching(piece)) \
                    and not any(k == "author" for k, _ in fields):
                kind = "name"  # `中国经济报道 2021-05-30 19:09`: a publication named 报道, no reporter's place
            if kind == "name" and found.end() == len(piece) == len(whole) and any(k in ("source", CREDITED) for k, _ in fields) \
                    and (person_name(piece) or reporters and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", piece)):
                reporters = True  # `2025-04-28 黔东南新闻网 杨庭军 王先春 邰有`: the publisher's reporters, no channels
                break
            if kind in ("channel", "name"):
                channels += 1
                if channels > 2:
                    return None
            if kind == "name" and piece[found.end():found.end() + 1] in (":", "："):
                kind = "label"  # `專業號:云龍縣林草局`, `发布者:管理员`: a label we do not know, not a name (a placeholder after it names no one)
            if kind == "name" and not UI_WORDS.search(for_matching(piece)) and not any(k == CREDITED for k, _ in fields) and not NO_SOURCE.match(piece[:found.end()]) \
                    and not NO_SOURCE.match(for_matching(piece)) \
                    and not _BARE_LABEL_WORD.fullmatch(piece) and not _PLACE.fullmatch(piece[:found.end()]) \
                    and not person_name(for_matching(piece[:found.end()])) and not SITE_SELF_NAME.search(for_matching(piece)) \
                    and not is_desk(for_matching(piece[:found.end()])):  # (`张三 2024-05-13 10:30`: who posted it; `政治中心／綜合報導`: a desk)
                # `2019年11月25日 18:57　参考消息`: a name beside the date that is no channel or button (`X官方账号`: X),
                # nor a platform's default name for a user, its number glued on (`昵稱535749 2019-04-18`)
                fields.append((CREDITED, account_name(piece[:found.end()])))
            labelled = labelled or kind in ("label", "views", "weekday", "age", "published by", "issue", "zone")
            if kind == "source" and for_matching(piece).startswith("来自") and _HOME_PLACE.fullmatch(for_matching(found["value"])):
                kind = "place"  # `2024-05-08 23:23 来自甘肃`: where the poster was (an IP's region), no publisher
            if kind in ("author", "source") and not (kind == "source" and (UI_WORDS.search(for_matching(found["value"]))
                                                                        or SITE_SELF_NAME.search(for_matching(found["value"]))
                                                                        or NO_SOURCE.match(for_matching(found["value"])))):
                fields.append((kind, found["value"]))  # (`我的频道` beside the date is a button, `来源：转载文章` a placeholder)
            elif kind == "published by" and publisher_like(found["value"]) and not any(k == CREDITED for k, _ in fields):
                fields.append((CREDITED, found["value"]))
            elif kind == "account" and not any(k == CREDITED for k, _ in fields):
                fields.append((CREDITED, found.group(0)))  # `“潍坊发布”微信公众号` beside the date
            piece = piece[found.end():]
    only_date = all(kind in ("date", "label") for kind, _ in fields)
    named = any(kind == CREDITED for kind, _ in fields)
    if not timed and not labelled and ((only_date and rest) or named):
        return None  # `新闻 2025年6月14日`: a day beside a word is too little to call it an info line
    return fields


def _only_dates(text: str, fields: list[tuple[str, str]]) -> bool:
    """True when text is empty or only dates and times (which are added to fields)."""
    words = [word for word in re.split(r"[ \u3000|｜丨]+", text.strip(" \u3000" + _BRACKETS)) if word]
    joined = " ".join(words)
    if not words:
        return True
    parsed = parse_date_text(joined)
    if parsed:
        fields.append(("date", parsed))
        return True
    if DATE_SHAPE.match(joined):
        fields.append((BAD_DATE, joined))
        return True
    return False


BARE_LABEL = re.compile(rf"^(?:[·•][ \u3000]*)?(?:{_SOURCE}|{_AUTHOR}|{_DATE}|{_PUBLISHER_LABEL}|{_URL_LABEL})[ \u3000]*(?:[:：]|[ \u3000]*[·•])$")


def is_bare_label(text: str) -> bool:
    """`来源:`, `· 来源 ·`: a label printed without its value (which the next line holds)."""
    return bool(BARE_LABEL.match(for_matching(text.strip())))
