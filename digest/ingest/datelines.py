"""How the lead of a report names who reports it: its first marks (`【新京报】`, `据X报道，`) and its
datelines (`新华社北京6月1日电`, `新京报讯`, `智东西6月24日报道`), as patterns on the lead's first line
read in Simplified characters; `publishers.lead_publisher` tries them in this order.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from digest.ingest.chinese import for_matching
from digest.ingest.dates import han_number

# an agency's or a paper's dateline opening a report: `新华社北京6月1日电`, `（中央社记者X台东县27日电）`,
# `红山网讯(通讯员X)`, `【明报专讯】`, `新京报讯 (记者X)`; the paper's own `【本报讯】`
DATELINE_START = re.compile(
    r"^[（(【\[]?[\u4e00-\u9fffA-Za-z·\-]{2,16}?(?:记者[^，,。]{0,12}?)?[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯|专电)"
    r"|^[【\[]?[\u4e00-\u9fffA-Za-z·\-]{2,14}?(?:报|网|社|台|新闻|客户端|在线|频道)(?:专讯|讯)[】\]]?(?:[（(：:]|\s|\d|$)|^[【\[]本(?:报|网|台)(?:专讯|讯)[】\]]")

# a name ending 台 before a place (`东森电视台台北13日电`, `路透台北13日电`): the 台 of 台北, 台中, 台南, 台东 is
# the place's, and a broadcaster's 台 belongs to its name
NAME_ENDS_BEFORE_PLACE = r"(?!台(?![北中南东湾]))(?!(?<=台)[北中南东湾])"
_DATELINE_TAIL = r"[^，,。；]{0,24}?\d{1,2}(?:月\d{1,2})?日(?:电|讯|专电|报道|消息)"
# `据英国《金融时报》报道`: the country a paper is from, before its title (the paper is the name)
_COUNTRY = r"(?:美国|英国|法国|德国|日本|韩国|俄罗斯|俄|澳大利亚|澳洲|加拿大|新加坡|马来西亚|印度|以色列|意大利|西班牙|荷兰|瑞士|瑞典|巴西|台湾|香港|澳门)"
# How a lead names who reports it, tried in this order. Its first marks: `【新京报】`, `【Now新闻台】`,
# `【看中国2024年2月13日讯】`, `据金十数据报道，`;
LEAD_MARKS = {
    # `【大紀元9月27日訊】(明報新聞網2008年9月27日報導)`: a reprinting site's mark, then the report it
    # reprints credited in brackets: that one is the original
    "reprinted report": re.compile(r"^[【\[〔][^】\]〕]{2,24}[】\]〕][ \u3000]*[（(](?:据|转载自|转自|摘自|来源[:：]?)?[ \u3000]*"
                                   r"(?P<org>[\u4e00-\u9fffA-Za-z]{2,12}?(?:新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|电视|之音))"
                                   r"[ \u3000]*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?(?:报导|报道|电|讯|消息)"),
    "bracketed mark": re.compile(r"^[【\[〔［(（]\s*(?P<org>[\u4e00-\u9fffA-Za-z0-9 .]{1,12}?(?:新闻台|新闻网|新闻|日报|晚报|时报|报|社|网|台|电视|卫视|之音|传媒|财经|资讯|发布中心|新闻中心|融媒体中心|融媒))\s*(?:[\u4e00-\u9fff]{0,4}?综合报道|报道)?\s*(?:(?:特派|特约|驻[\u4e00-\u9fff]{1,6})?记者[\u4e00-\u9fff·、 ]{2,30}?)?"
                                 r"(?:专讯|讯|消息|在线|快讯|综合报道|综合消息|独家报道|报道)?(?:[/／][\u4e00-\u9fff·]{2,4})?(?:[ \u3000]+(?:《[^《》]{2,12}》|[\u4e00-\u9fff]{2,6}))?\s*(?:[】\]〕］]|(?<=[讯息道])[)）])"),  # (`(澳門電台消息)`: in round brackets, the mark's word says it)
    # (`【环球网报道 记者 张三】`, `【环球网科技综合报道】`, `【財訊快報/劉敏夫】`; its programme or column a space apart: `【新疆卫视 《新闻联播》】`)
    # `【环球航空报道】`: whatever the name, a report's own mark in brackets (not a kind of report, `【深度报道】`)
    "bracketed report": re.compile(r"^[【\[〔［]\s*(?!本报|本台|本网|本刊|专题|深度|现场|独家|连续|特别|综合|联合|即时|新闻|记者|视频|图片|图文|直播|追踪|跟踪|系列|调查|"
                                   r"权威|最新|重磅|热点|焦点|国际|国内|地方|财经|体育|娱乐|科技|两会|前方|一线|相关|延伸)"
                                   r"(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?<!会)(?<!节)(?:综合)?报道\s*[】\]〕］]"),
    "dated bracketed mark": re.compile(r"^[【\[〔]\s*(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*(?:(?:北京|台北|香港|美东|美西|美国东部|当地)时间)?\s*(?P<day>(?:\d{4}年)?\d{1,2}月\d{1,2}日)\s*(?:专讯|讯|电|消息)\s*[】\]〕]"),
    "according to": re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)(?:消息|讯)?[，,][ \u3000]*"
                               r"|本[报台网刊站]讯[ \u3000]*)?"  # (`本报讯 据中国之声《新闻纵横》报道，`: the host tells whose report it is)
                               r"(?:根|依)?据(?!" + _COUNTRY + r"《)(?:" + _COUNTRY + r"(?=[\u4e00-\u9fffA-Za-z0-9]{4,12}?(?:新闻|频道|电视台|电台)报道))?"
                               r"(?P<org>(?:(?![的所])[\u4e00-\u9fffA-Za-z0-9]){2,10}?|[\u4e00-\u9fffA-Za-z0-9]{6,12}?(?:新闻|频道|电视台|电台)(?=报道)|[\u4e00-\u9fffA-Za-z]{2,14}?(?=《))(?:《[^》]{1,12}》)?(?:(?:驻[\u4e00-\u9fff]{1,8}?)?(?:特派)?记者(?:[ \u3000]*[\u4e00-\u9fff·]{2,4})?)?"  # (`据新华社记者张三报道`)
                               r"(?:\d{1,2}月\d{1,2}日)?(?:(?:报道|消息|讯)(?:[，,]|[ \u3000]+(?=[\u4e00-\u9fff“「]))|(?<=[社网台报])(?:[\u4e00-\u9fff]{2,4}?)?电(?:[ \u3000，,:：（(]|$))"),  # (`据越通社驻马来西亚记者报道，`; `据新华社电 `, `据新华社拉萨电（记者…）`: its wire)
    # `新加坡联合早报网6月1日文章，原题：…`, `美国《纽约时报》6月1日文章，`: a foreign paper's article, translated
    "translated article": re.compile(r"^" + _COUNTRY + r"?《?(?P<org>[\u4e00-\u9fffA-Za-z]{2,12}?)》?(?:网站)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:发表的|的)?文章[，,:：]"),
    # `据《经济参考报》报道，`: a publication by its title marks
    "according to a title": re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)(?:消息|讯)?[，,][ \u3000]*)?"
                                       r"据" + _COUNTRY + r"?《(?P<org>[^》]{2,14})》(?:(?:驻[\u4e00-\u9fff]{1,8}?)?(?:特派)?记者)?(?:\d{1,2}月\d{1,2}日)?(?:报道|消息|讯)[，,]"),
    # `【ITBEAR】`, `【IT168 评测】`: a site named in Latin letters, in brackets opening the lead
    "site's bracketed mark": re.compile(r"^[【\[［](?P<org>[A-Za-z][A-Za-z0-9]{1,15})(?:[ \u3000]*(?:评测|讯|专讯|报道|消息|快讯|独家))?[】\]］](?=\S)"),
    # `据北京市公安局官方微博“平安北京”消息，`: an account quoted by name
    "according to an account": re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)(?:消息|讯)?[，,][ \u3000]*)?"
                                          r"(?:据[^，,。“”「」\"]{0,16}?|(?=[“「\"][^”」\"，,。]{2,12}[”」\"](?:微信公众号|公众号|官方微博|微博|客户端|抖音号)))"  # (`“鄂州融媒”微信公众号消息,`: no 据, the account says it)
                                          r"[“「\"](?P<org>[^”」\"，,。]{2,12})[”」\"](?:微信公众号|公众号|官方微博|微博|客户端|抖音号)?(?:消息|报道|发布)[，,]"),
    # `（作者按：本文原载于12月1日《信报》A25版）房委会…`, `(编者按:本文首发于《X》)`: a note opening the lead
    # on where the text first ran (the day and the page around the publication's title marks)
    "first ran in": re.compile(r"^[（(](?:(?:作者|编者|译者|编)按[:：][ \u3000]*)?(?:本文|此文|文章|原文)?(?:原载|原刊|首发|刊|刊登|刊载|发表)于?"
                               r"[ \u3000]*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月\d{1,2}日)?(?:出版的|的)?《(?P<org>[^》]{2,14})》"),
    # `12月17日，中央电视台《朝闻天下》报道…`: a broadcaster's or paper's programme reporting, opening the lead
    # (as `据X《节目》报道`, without the 据)
    "programme's report": re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)[，,][ \u3000]*)?"
                                     r"(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?(?:电视台|卫视|台|报|网|社|新闻|之声))《[^》]{1,12}》(?:栏目|节目)?报道"),
    # `据人民日报 山东省…`: a paper's name set apart from the lead by a space
    "according to, spaced": re.compile(r"^据(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?(?:日报|晚报|早报|时报|报|社|网|台|新闻|电视台))[ \u3000]+(?=\S)"),
}
# its datelines: `新京报讯 (记者李超)`, `中新网记者北京6月1日电`, `新华社北京6月1日电`, `智东西6月24日报道`
LEAD_DATELINES = {
    "paper's own mark": re.compile(r"^(?:《(?=[^》]{2,14}》(?:专讯|快讯|讯)))?(?P<org>[\u4e00-\u9fffA-Za-z]{1,12}?(?:新闻台|新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|电视|客户端|在线|频道))》?(?:专讯|快讯|讯)"),  # (`《联合早报》讯`)
    # `东方网-新民晚报讯`: a site and the paper it carries, joined by a dash: the paper's own mark
    "site and paper": re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{1,14}?(?:网|客户端)[ \u3000]*[-－—–·|｜][ \u3000]*(?P<org>[\u4e00-\u9fff]{2,10}?报)(?:专讯|讯)"),
    # `新安晚报 安徽网 大皖客户端讯`, `齐鲁晚报·齐鲁壹点讯`: a paper and its site and app, one mark: the first
    "outlets' joint mark": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,12}?(?:新闻台|新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|电视))"
                                      r"(?:[(（][A-Za-z0-9.:/\-]{4,40}[)）])?(?:[ \u3000·・、]+[\u4e00-\u9fffA-Za-z]{2,10}?(?:[(（][A-Za-z0-9.:/\-]{4,40}[)）])?){1,3}"
                                      r"(?:专讯|快讯|讯)(?=[ \u3000（(]|\d|$)"),  # (`市场星报、安徽财经网(www.ahcaijing.com)、掌中安徽讯`; the mark on a line of its own)
    "reporter's dateline": re.compile(rf"^[（(【〔［]?(?P<org>[\u4e00-\u9fffA-Za-z]{{2,10}}?)(?:特派|实习|驻[\u4e00-\u9fff]{{1,6}})?记者{_DATELINE_TAIL}"),
    # `大紀元記者王小明台北報導`, `（美國之音記者王小明華盛頓報導）`: a publisher's reporter filing from a place, no day
    # (three characters or more, not ending as a place does: `北京记者张三报道` is where the reporter is)
    "reporter's report": re.compile(r"^[（(【〔［]?(?!据|本报|本台|本刊|本网|首席|资深|特约|特派|实习|见习|全媒体|驻)(?P<org>(?:(?![的位名个些])[\u4e00-\u9fffA-Za-z]){3,10}?)(?<![市省县区州])(?:特派|特约|实习|见习|首席|资深|全媒体|驻[\u4e00-\u9fff]{1,6})?记者[ \u3000]*"
                                    r"[\u4e00-\u9fff·]{2,4}(?:[、 \u3000][\u4e00-\u9fff·]{2,4}){0,3}[ \u3000]*[／/]?[ \u3000]*[\u4e00-\u9fff]{0,8}?(?:综合)?报道[)）]?"),
    # `（聯合報／記者王小明／台北報導）`, `（星島日報報道）`: the paper's credit in brackets opening the lead
    "paper's bracketed credit": re.compile(r"^[（(【〔［](?P<org>[\u4e00-\u9fffA-Za-z]{1,12}?(?:新闻网|新闻|日报|晚报|时报|早报|报|网|社|电视台|电台|之音|周刊|杂志))[ \u3000]*"
                                           r"(?:[／/|｜][ \u3000]*(?:(?:特派|特约|实习)?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[、 \u3000][\u4e00-\u9fff·]{2,4}){0,3}[ \u3000]*[／/|｜][ \u3000]*)?[\u4e00-\u9fff]{0,8}?)?"
                                           r"(?:综合)?(?:报道|讯|专讯)[)）】〕］]"),
    "agency's dateline": re.compile(r"^[（(【〔［]?(?:据)?(?:《(?=[^》]{2,14}》))?(?P<org>[\u4e00-\u9fffA-Za-z·\-]{1,14}?(?:社|网|台|报|新闻|之音|电视|客户端|财经))" + NAME_ENDS_BEFORE_PLACE + r"》?[ \u3000]?(?!网|客户端|新闻)[\u4e00-\u9fff]{0,8}?\d{1,2}(?:月\d{1,2})?日"
                                    # (`台泰時報10月7日曼谷電`: the place after the day, as some overseas papers sign)
                                    r"(?:电|讯|专电|报道|消息|[\u4e00-\u9fff]{2,4}?专?电(?![量力站厂网池器视影话子脑能费价]))"),
    # `中国新闻社,北京,6月18日(记者…)`: a wire's English dateline translated word for word, commas between
    "translated dateline": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?(?:社|网|台|报|新闻))[,，][ \u3000]*[\u4e00-\u9fff]{2,8}[,，][ \u3000]*"
                                      r"\d{1,2}月\d{1,2}日[ \u3000]*(?:[(（]|电|讯)"),
    # a wire's `路透旧金山8月28日 - `: the agency, the place, the day, a dash
    "wire's dateline": re.compile(r"^(?![\u4e00-\u9fff]{0,4}时间)(?P<org>[\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日[ \u3000]*[-–—][ \u3000]"),
    # (`IT之家 6 月 1 日消息`, `钛媒体App 6月1日消息`: a name in letters too, a space before the day; `机锋资讯:2025 年 7
    # 月 15 日晚些时候消息`: a colon, the year, the time of day)
    "dated report": re.compile(r"^(?!今年|去年|明年|截至|截止|据|[\u4e00-\u9fff]{0,4}时间)(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?)(?<!(?<!资)讯)(?<!电)"
                               r"(?:[（(][A-Za-z0-9.]{2,20}[)）])?[:：]?[ \u3000]?(?:(?:19|20)\d{2}[ \u3000]?年[ \u3000]?)?\d{1,2}[ \u3000]?月[ \u3000]?\d{1,2}[ \u3000]?日[ \u3000]?"
                               r"(?:(?:早些时候|晚些时候|早间|晚间|午间)[ \u3000]?)?(?:报道|讯|消息|[丨|｜])"),  # (`站长之家（ChinaZ.com）5月13日 消息`)
    # `36氪获悉，`, `证券时报记者获悉，`, `南都记者3月13日获悉，`: a lead that opens with who learnt it (and when)
    "learnt by": re.compile(r"^(?!笔者|我们|小编|网友|外界|有关|相关)(?P<org>(?:(?![从向在于据经])[\u4e00-\u9fffA-Za-z0-9]){2,12}?)(?:(?:特派|实习|见习|全媒体)?记者(?:\d{1,2}月\d{1,2}日)?)?(?:独家)?获悉[，,:：]"),
    # any name's own mark opening the lead: `C114讯 2月24日消息`, `新京报贝壳财经讯(记者…)`, `汇通财经APP讯——`,
    # `中关村在线消息:`; and a paper's report: `新京报报道，据介绍`
    "site's own mark": re.compile(r"^(?!据|根据|依据|按照)(?P<org>[\u4e00-\u9fffA-Za-z](?:(?!的)[\u4e00-\u9fffA-Za-z0-9]){1,11}?)(?<![资快简通喜音视短电])(?:(?:专讯|讯|消息)"
                                  r"(?=[ \u3000(（:：]|——|—|\d{1,2}月)|(?<![审死问应闻])(?:专讯|讯)(?=[，,]))"),  # (`证券时报e公司讯，`)
    # `雷锋网消息，`: a comma after the mark when the name ends as a publisher's does (`重磅消息，` is no name)
    # (`中国茶网资讯:`: a site's own news, named by its channel's word, before a colon)
    "publisher's own mark": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{0,11}?"
                                       r"(?:网|社|报|台|新闻|财经|客户端|APP|App))(?:(?:专讯|讯|消息)[，,]|资讯[:：])"),
    # `9月25日，CNMO注意到，`: a name in Latin letters opening the lead with what it
    # noticed or learnt (a Chinese text's subject in letters, first, is the outlet that wrote it; `CNBC报道，` cites one)
    "site's report in letters": re.compile(r"^(?:(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日)[，,][ \u3000]*)?"
                                           r"(?P<org>[A-Za-z][A-Za-z0-9]{2,15})[ \u3000]?(?:注意到|获悉|了解到|独家获悉)"),
    # `每經AI快訊,11月1日,…`: a site's flash, named as its own (not a channel's: `财经快讯`)
    "site's flash": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?快讯)(?=[,，:： \u3000]|\d{1,2}月)"),
    # (an agency's report, `路透社报道，`, is cited by someone else's article; a broadcaster's, `澳門電台報導，`,
    # opens its own: 电台, 之声, 卫视 as 电视台)
    "paper's report": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?(?:日报|晚报|早报|时报|报|网|新闻|新闻台|电视台|电台|广播|之声|之音|卫视|周刊|杂志))报道[，,:：]"),
    # `中国日报网（记者 张三）`, `潮新闻客户端 记者 张三`: a publisher's name and its reporter opening the lead
    "publisher and reporter": re.compile(r"^(?:[□■◇◆●○⊙][ \u3000]*)?(?P<org>[\u4e00-\u9fffA-Za-z0-9·\-]{1,14}?(?:新闻台|新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|电视|客户端|APP|App|经济报道))"
                                         r"(?:报道(?=[ \u3000]+(?:特派|特约|实习|驻\S{1,6})?记者))?"  # (`环球网报道 记者 张三`: the report's own credit)
                                         r"[ \u3000]*(?:[（(][ \u3000]*(?:特派|实习|见习|首席|全媒体|融媒体|融媒|资深){0,2}记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4})*[ \u3000]*[)）]"
                                         r"|[ \u3000]*(?:特派|实习|见习|首席|全媒体)?记者(?:[ \u3000]+|[ \u3000]*[|｜丨:：/／][ \u3000]*)[\u4e00-\u9fff·]{2,4}(?![\u4e00-\u9fff])"
                                         r"|(?:记者|编译)[\u4e00-\u9fff·]{2,3}(?=[ \u3000]|[／/][ \u3000]*[\u4e00-\u9fff]{0,8}(?:报道|外电|外电报道)))"),  # (`鉅亨網記者王小明 台北`, `鉅亨網編譯王小明／綜合外電`)
    # `云上大冶报道(记者 柏蔷薇)`, `红网武冈(项庆湘 报道)`: any name's mark with its reporters' credit in brackets
    # right after it opening the lead (the credit says whose reporters: no ending need tell a publisher)
    "mark and reporters": re.compile(r"^(?!据|根据|近日|日前|今日|昨日|今天|昨天|本报|本台|本网)(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?)(?<![电日])"
                                     r"(?:(?:报道|讯|消息)?[ \u3000]*[（(](?:(?:特派|实习|见习|首席|全媒体|融媒体)?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}"
                                     r"|[\u4e00-\u9fff·]{2,4}[ \u3000]*报道[)）])"
                                     r"|(?:报道|讯|消息)[ \u3000]*[（(]通讯员[ \u3000]*[\u4e00-\u9fff·]{2,4})"),  # (`云上嘉鱼报道(通讯员胥程)`: its mark says it)
    # `中國時報【記者莊曜聰╱台南報導】`, `自由時報〔記者王小明／台北報導〕`: a paper's name, then its reporter's
    # byline in brackets, where from
    "paper and bracketed byline": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,12}?(?:新闻网|新闻|日报|晚报|时报|早报|报|网|社|电视台|电台))[ \u3000]*"
                                             r"[【〔\[［](?:(?:特派|特约|实习|见习)?记者)?[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[、 \u3000][\u4e00-\u9fff·]{2,4}){0,3}"
                                             r"[ \u3000]*[╱／/|｜][ \u3000]*[\u4e00-\u9fff]{0,8}?(?:综合)?报道[】〕\]］]"),
    # `自由時報 2023/03/27 選秀狀元…`: a publisher's name and the full day, then the lead
    "publisher and day": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{1,12}?(?:新闻网|新闻|日报|晚报|时报|早报|报|网|社|电视台|客户端))[ \u3000]+"
                                    r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]+(?=[\u4e00-\u9fff])"),
    # `八打灵再也 6 月 6 日(马新社)——`: where and when, then the agency in brackets, as Malaysian papers print a wire's dateline
    "place, day and agency": re.compile(r"^[\u4e00-\u9fff]{2,8}[ \u3000]*\d{1,2}月\d{1,2}日[ \u3000]*[(（]"
                                        r"(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?(?:社|网|报|台|新闻))[)）][ \u3000]*(?:——|—|-{1,2})"),
    # `雷锋网按：`: a publisher's note above the text it publishes
    "publisher's note": re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?:网|社|报|新闻|客户端|财经))按[:：]"),
    # `区农业农村局供稿 11月16日下午，…`: the body that supplied the text, opening its lead
    "supplied by": re.compile(r"^[（(【]?(?P<org>[\u4e00-\u9fffA-Za-z]{2,14}?)[ \u3000]*(?:供稿|来稿|供图)(?:[)）】][ \u3000]*|[ \u3000]+|(?=[（(][\u4e00-\u9fff·、 ]{2,12}[)）]))(?=\S)"),
}
LEADS = (*LEAD_MARKS.values(), *LEAD_DATELINES.values())
# a forum's anti-copy watermark before the lead (`1 v' x% { R" J$ C0 o) p) v〔X記者…〕`): short runs of
# marks and letters a space apart, taken off before the lead is read
WATERMARK = re.compile(r"^(?:[!-~]{1,2} ){4,}[!-~]{0,2}(?=[〔【(（\u4e00-\u9fff])")
# a platform's account label glued before the lead (`华人号:华人头条-意大利华人头条米兰2月18日电`): the lead is
# read after it, and a dateline whose name ends in the account's names the publisher by it, whatever its ending
_ACCOUNT_LEAD = re.compile(r"^[\u4e00-\u9fff]{1,4}号[:：][ \u3000]*(?P<account>[^\s:：\-－—]{2,16}?)[ \u3000]*[-－—][ \u3000]*(?=\S)")


def account_lead(text: str) -> tuple[str, str | None]:
    """(the lead after an account's label, the publisher its dateline names by the account's name)."""
    label = _ACCOUNT_LEAD.match(text)
    if label is None:
        return text, None
    rest = text[label.end():]
    wire = re.match(r"(?P<org>[\u4e00-\u9fffA-Za-z]{0,8}?" + re.escape(label["account"]) + r")[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)", rest)
    return rest, wire["org"] if wire else None


# a mark by the kind of paper alone (`晨报讯`, `晚报讯`: the short name its own pages use) and the name
# in full beside it on the page, a word of its own (`(张三 半岛晨报、X视频首席记者李四)`): the one full
# name ending in the short one is the paper's
_KIND_ONLY = re.compile(r"[\u4e00-\u9fff]?(?:日报|晚报|晨报|早报|时报|商报|都市报|日報|晚報|晨報|早報|時報|商報)")


def fuller_name(org: str, texts: list[str]) -> str:
    """The paper's name in full when a lead names it by its kind alone and the page prints one
    longer name ending in it (a name of two to six characters before it, not inside a word)."""
    if not _KIND_ONLY.fullmatch(org):
        return org
    around = re.compile(r"(?:^|(?<=[\s(（《“「、，,:：/／|｜·]))(?P<name>[\u4e00-\u9fff]{2,6}" + re.escape(org)
                        + r")(?=[\s)）》”」、，,。:：/／|｜·]|记者|記者|讯|訊|$)")
    names = {match["name"] for text in texts for match in around.finditer(text)}
    return names.pop() if len(names) == 1 else org


# `【中央社台北四日电】`, `（中央社记者张三台北二十四日电）`: a wire's day in Chinese numerals, as the Central
# News Agency writes it; `【中新社香港三月十五日电】`: its month too, as Hong Kong's papers print the wires
_NUMERAL_DAY = re.compile(r"(?<![一二三四五六七八九十〇])(?:(?P<month>十[一二]?|[一二三四五六七八九])月)?"
                          r"(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=电|讯|专电|报道)")


def _arabic_day(match: re.Match[str]) -> str:
    month = f"{han_number(match['month'])}月" if match["month"] else ""
    return f"{month}{han_number(match['day'])}日"


def arabic_days(text: str) -> str:
    """The text with a dateline's day in Chinese numerals written in digits, as the patterns read days."""
    return _NUMERAL_DAY.sub(_arabic_day, text) if "日" in text else text


# the wire agencies, by the short names their datelines use: a name that ends in one, longer, is the
# agency's with something glued before it (`xxx中国中新社香港5月27日电`: a farm's junk); one that starts
# with one and goes on with a place is the agency's with where it filed (`【中新社香港三月十五日电】`)
_AGENCIES = r"(?:新华社|中新社|中央社|路透社|法新社|美联社|共同社|韩联社|塔斯社|德新社|安莎社|越通社|马新社)"
_AGENCY_END = re.compile(rf"(?<=.){_AGENCIES}$")
_AGENCY_START = re.compile(rf"^{_AGENCIES}(?=.)")


# an outlet's name, then where it filed from (`烟草在线沾益消息`): the place is no part of the name
_NAME_THEN_PLACE = re.compile(r"(?<=.{2})(?:在线|网|报|社|新闻)(?=[\u4e00-\u9fff]{2,4}$)")


def known_agency(org: str | None) -> str | None:
    """The agency's short name (in the page's script) when `org` ends in it after other characters, or
    starts with it before a place; an outlet's name without the place after it; else `org`."""
    if not org:
        return org
    plain = for_matching(org)
    match = _AGENCY_END.search(plain)
    if match:
        return org[match.start():]
    match = _AGENCY_START.match(plain)
    if match and is_place(plain[match.end():]):
        return org[:match.end()]
    # (every end a name may have: `广西新闻网柳州` is 广西新闻网 from 柳州, not 广西新闻 from 网柳州)
    ends = [found.end() for found in _NAME_THEN_PLACE.finditer(plain) if found.end() <= 14 and is_place(plain[found.end():])]
    return org[:ends[0]] if ends else org


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = Path(__file__).with_name("places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """A county, a city or a province (`乌鲁木齐`, `乌鲁木齐市`): where a dateline was filed, no publisher."""
    return name in _places()
