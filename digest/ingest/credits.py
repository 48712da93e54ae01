"""Credit lines: who published an article and who wrote it, printed without 来源-style labels
(`联合报／ 记者胡瑞玲／台北即时报导`, `每经记者|宋欣悦`, `本文来自微信公众号:42章经`, `石佳/中国青年报`,
`潇湘晨报记者曾永红 曹伟`). info_lines.py reads them as one kind of info line.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.dates import parse_date_text

# A whole line naming the reporters: `半月谈记者 史卫燕`, `⊙本报记者 吴晓婧 李良`, `记者 张三 通讯员 李四`.
NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、，,][\u4e00-\u9fff·]{2,4}){0,3}"
BYLINE_LINE = re.compile(
    rf"^[⊙●○◎■□◆◇▲△★☆·•]?[\u4e00-\u9fff]{{0,5}}?(?:记者|通讯员|撰稿|特约撰稿人?|撰文)[ \u3000]+(?P<names>{NAMES})"
    rf"(?:[ \u3000]+(?:通讯员|实习生|记者)[ \u3000]*{NAMES})?$"
)
PUBLISHER_END = r"(?:新闻台|新闻网|新闻|日报|晚报|时报|早报|报|网|社|台|电视|电台|之声|之音|传媒|客户端|杂志|周刊)"
DESK_ABROAD = r"驻[\u4e00-\u9fff]{1,2}"  # (`驻台`, `驻港`, `驻京`: where an outlet keeps a reporter)
# `潇湘晨报记者曾永红 曹伟`: the publisher, then its reporters (`大河报·豫视频记者 张三`: the paper, then its app;
# `读特驻台记者 张三`: whoever has a desk abroad is an outlet, whatever its name ends in),
# after the writer's role if it is given (`文丨新京报记者 张三`, `整合 新华日报·交汇点记者 徐睿翔`; 丨 is a Han
# character to a pattern, so the role is read first)
_ROLE = r"(?:(?:文|撰文|文字|采写|整理|编译|文图|图文|文/图)[ \u3000]*[/／|｜丨:：][ \u3000]*|(?:整合|综合|整理)[ \u3000]+)"
ORG_REPORTER = re.compile(rf"^{_ROLE}?(?P<org>[\u4e00-\u9fffA-Za-z·]{{1,14}}?(?:{PUBLISHER_END}(?<!驻台)|(?={DESK_ABROAD}记者)))(?:[·・•][\u4e00-\u9fffA-Za-z0-9+]{{2,8}}?(?=记者|通讯员))?[ \u3000]*(?P<more>[/／]?[\u4e00-\u9fff]{{0,4}}?)"
                           rf"(?:特派|实习|见习|首席|全媒体|特约)?(?:记者|通讯员|评论员|研究员)[ \u3000]*[:：]?[ \u3000]*(?P<names>{NAMES})"
                           rf"(?:[ \u3000]+(?:摄影|摄像|通讯员|实习生|记者|见习记者)[ \u3000]*{NAMES})*(?:[ \u3000]*[/／](?:文图|文/图|图文|摄影?|文)|[ \u3000]+(?:文/图|文图|图文|摄影?))?$")  # (`…刘争 文/图`)
# what may stand between a publisher's name and 记者 without being part of the name: `/凤网` (a
# second outlet), `社` (`潍坊日报社记者`: the paper), a rank or a desk
_NOT_NAME = re.compile(r"^(?:[/／].*|社|.*(?:部|组|室|处|站|中心)|社?(?:特约|特派|实习|见习|首席|全媒体|融媒体|融媒|文字|摄影|摄像|资深|驻[\u4e00-\u9fff]{1,3}))$")


def reporter_org(match: re.Match[str]) -> str:
    """The publisher an ORG_REPORTER match names: `总台央视记者 张三` → 总台央视 (the words before 记者
    are its name), `潍坊日报社全媒体记者` → 潍坊日报."""
    more = match["more"]
    return match["org"] + more if more and not _NOT_NAME.match(more) else match["org"]


# `记者邹浩湖北武汉报道`, `□通讯员李继敏报道`: a byline with its place, run together (no name to tell apart)
# (`本報記者石飛月 北京報道`: the name and the place a space apart)
PLACED_BYLINE = re.compile(r"^[□■◇◆●○]?(?:本报|本台)?(?:特派|实习|特约|全媒体|见习)?(?:记者|通讯员)[ \u3000]*(?:[\u4e00-\u9fff]{2,12}?"
                           r"|[\u4e00-\u9fff]{2,4}[ \u3000]+[\u4e00-\u9fff]{2,8}?)(?:报道|报导)$")
# `封面图/翻摄自苹果官网`, `图片来源：路透社`, `摄影/张三`: a picture's credit
PICTURE_CREDIT = re.compile(r"^(?:封面图|封面|题图|头图|配图|图片|照片|图|摄影|摄|视频截图|截图)(?:来源|来自|提供|源于|源自)?[ \u3000]*[/／:：|｜]"
                            r"[ \u3000]*[^\s:：/／|｜]{1,16}$")
# Credit lines: who published and who wrote, without 来源-style labels.
_ORG = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}?"
_SEP = r"[ \u3000]*[╱／/∕|｜:：][ \u3000]*"  # (∕: a division slash, ╱: a box-drawing one, printed for one)
_CREDITS = [
    # `联合报／ 记者胡瑞玲／台北即时报导`, `中央社／ 台北22日电`, `香港新闻组／香港8日电`
    # (a name with 记者 in it is no publisher's: `X記者張三/花蓮報導` is the next shape)
    re.compile(rf"^(?P<org>(?:(?!记者)[\u4e00-\u9fffA-Za-z0-9]){{2,12}}?){_SEP}(?:(?:特派|实习|特约)?记者[ \u3000]*(?P<name>{NAMES}){_SEP})?"
               r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}日)?(?:即时|综合|联合)?(?:报导|报道|专电|电|讯)$"),
    # `云海新聞網記者張三/花蓮報導`, `《望东方周刊》记者王晓 | 深圳报道`: the publisher's reporter, then where the report was filed from
    re.compile(rf"^《?(?P<org>[\u4e00-\u9fffA-Za-z0-9]{{1,14}}?{PUBLISHER_END})》?(?:特派|实习|特约|驻[\u4e00-\u9fff]{{1,4}})?记者[ \u3000]*(?P<name>{NAMES})"
               rf"{_SEP}[\u4e00-\u9fff]{{0,8}}?(?:即时|综合|联合)?(?:报导|报道)$"),
    # `记者杨庭蒝／综合报导`, `特派记者赖锦宏/北京报导联合报` (the paper signing after it)
    re.compile(rf"^(?:特派|实习|特约)?记者[ \u3000]*(?P<name>{NAMES}){_SEP}[\u4e00-\u9fff]{{0,8}}(?:报导|报道|专电|电|讯)"
               rf"(?:[ \u3000]*(?P<org>[\u4e00-\u9fffA-Za-z]{{1,10}}?{PUBLISHER_END}))?$"),
    # `每经记者|宋欣悦    每经编辑|高涵`, `南方周末记者 张三发自北京 南方周末实习生 李四` (where it was filed from; `读特驻台记者`: its desk abroad;
    # `《望东方周刊》记者王晓 | 深圳报道`: the publication by its title marks)
    re.compile(rf"^《?(?P<org>{_ORG})》?(?:专讯|讯)?[ \u3000]?(?:{DESK_ABROAD})?(?:实习|见习|特约)?记者(?:{_SEP}|[ \u3000]+)(?P<name>{NAMES}?)(?:[ \u3000]*发自[\u4e00-\u9fff]{{2,6}})?"
               rf"(?:[ \u3000]+[\u4e00-\u9fff]{{0,8}}(?:记者|编辑|责编|校对|审核|实习生|通讯员)(?:{_SEP}|[ \u3000]+){NAMES}?)*[ \u3000]*(?:报道)?$"),
    # `本文来自微信公众号:42章经(ID:myfortytwo),作者:曲凯,头图来自:视觉中国`
    re.compile(r"^(?:(?:声明|编者按|编按|编者注|编注|注)[:：][ \u3000]*)?(?:本文|本篇|文章|原文|本信息|本消息|本稿|此文)(?:来自于?|转自|来源于?|转载自|综合(?:整理)?自)[:：]?[ \u3000]*(?:微信)?(?:公众号|公号|订阅号|头条号|百家号)?[:：]?[ \u3000]*"
               r"[「“《【\[]?(?P<org>[^(（,，：:」”》】\];；。、]{1,20})[」”》】\]]?(?:(?<=[」”》】\]])(?:微信)?(?:公众号|订阅号|头条号))?(?:[(（][^)）]{0,40}[)）]?)?"
               r"(?:[,，][ \u3000]*作者[:：][ \u3000]*(?P<name>[^,，]{1,12}))?(?:[,，、].{0,60})?[;；。.]?$"),  # (`本文转自【X】;`: the note's stop; `本文综合自X、Y`: the first named)
    # `《笔尖网》文/笔尖观察`: the publication by its title marks, then its writer
    re.compile(r"^《(?P<org>[^《》\s]{2,16})》[ \u3000]*(?:文|作者|撰文)[ \u3000]*[/／:：|｜][ \u3000]*(?P<name>[^\s/／|｜]{2,12})$"),
    # `智东西(公众号:zhidxcom)`
    re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,16})[ \u3000]*[(（](?:微信)?(?:公众号|微信号|ID|id)[:：][ \u3000]*[A-Za-z0-9_-]{2,30}[)）]?$"),
    # `石佳/中国青年报`: the writer, then the publisher
    re.compile(rf"^(?!首页|主页|当前位置|位置)(?P<name>[\u4e00-\u9fff·]{{2,4}})(?<!来源)(?<!来自)(?<!自)(?<!出处)(?<!作者)(?<!编辑)(?<!公众号)(?<!微信号){_SEP}(?P<org>[\u4e00-\u9fffA-Za-z]{{1,10}}?{PUBLISHER_END})$"),  # (`首页 | 双语新闻`: a breadcrumb)
    # `摘自《人民日报》2025年6月1日`, `原载于X`
    # (`本文首发于X`, `本文经授权转载自X`: where it first appeared)
    re.compile(r"^(?:(?:注|备注|说明)[:：][ \u3000]*)?(?:本文|文章|原文|此文)?(?:经授权|经|授权)?(?:摘自|选自|引自|引述自|引用自|原载于?|原文刊于|原刊于|刊于|刊登于|刊载于|原文刊载于|转载自|转引自|节选自|首发于|原发于|首发)"
               r"[:：]?[ \u3000]*《?(?P<org>[^》\s，,。]{2,16}?)》?(?:[ \u3000]*\d{4}年.*|(?<=》)[ \u3000]*第?\d{1,4}期.{0,20}|[，,][ \u3000]*第\d{1,4}期"
               r"|(?<=》)(?:杂志|周刊|月刊)?[，,][^。，,]{0,30}[。.]?)?$"),  # (`本文原载《信报》，经作者授权转载`, `首发于《X》第789期`: the title closes the name)
    # `本文最初发表于 The Gradient ,经原作者授权,由X翻译并分享`: where it first appeared, then who
    # translated or reposted it (the original publisher is the source)
    re.compile(r"^(?:本文|文章|原文|此文)(?:最初|最早|首先|原)(?:发表|发布|刊登|刊发|刊载)(?:于|在)[:：]?[ \u3000]*《?"
               r"(?P<org>[A-Za-z][A-Za-z0-9&.'\-]*(?: [A-Za-z][A-Za-z0-9&.'\-]*){0,3}|[\u4e00-\u9fff][^》\s，,。]{1,15}?)》?"
               r"[ \u3000]*(?:[,，。;；].{0,80})?$"),
    # `本文编译自《经济学人》`, `译自：The Economist`, `本文由X编译自 Wired`: the original a translation was made from
    re.compile(r"^(?:(?:注|备注|说明|编者按)[:：][ \u3000]*)?(?:本文|文章|原文|此文)?(?:由[^，,。\s]{1,12}?)?(?:编译|翻译|译)自[:：]?[ \u3000]*《?"
               r"(?P<org>[A-Za-z][A-Za-z0-9&.'\-]*(?: [A-Za-z][A-Za-z0-9&.'\-]*){0,3}|[\u4e00-\u9fff][^》\s，,。]{1,15}?)》?"
               r"[ \u3000]*(?:[,，。;；].{0,80})?$"),
    # `某某县政府新闻稿 113/12/26 行政处新闻科…`: an issuer's press release, its day and desk after it
    re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,16}?(?:政府|公所|局|委员会|办公室|厅|署|院|公司|集团|大学|医院))新闻稿"
               r"(?:[ \u3000]+[^，,。！？!?]{0,60})?$"),
    # `北京日报微信公众号 | 记者 钱绯璠`: the publisher (or its account), then its reporter (`科技 | 作者 X`: a channel)
    re.compile(rf"^(?P<org>[\u4e00-\u9fffA-Za-z0-9]{{3,12}}?)(?:微信公众号|公众号|客户端|官方微博|微博)?{_SEP}(?:记者|作者|文)[ \u3000]*[:：]?[ \u3000]*(?P<name>{NAMES})$"),
    # `文图据新华社、中新网`: the text and pictures after these (the first named)
    re.compile(r"^[—\-－]{0,2}[ \u3000]*(?:文图|文/图|图文|文字|文)?[ \u3000]*据[ \u3000]*(?P<org>[\u4e00-\u9fffA-Za-z]{1,10}?(?:社|网|报|台|新闻|电视台))(?:[、,，及和][^，,。！？]{0,30})?$"),  # (`据X、Y等媒体报道，…`: a lead)
    # `□新华社记者`: the agency's reporters, unnamed; or its team (`□江城日报社采访组`, `X报联合调研组`)
    re.compile(rf"^[□■◇◆●○⊙]?[ \u3000]*(?P<org>[\u4e00-\u9fffA-Za-z·]{{1,14}}?{PUBLISHER_END})(?:特派|实习|见习|首席|全媒体)?"
               r"(?:记者|(?:联合|特别|专题)?(?:采访|报道|调研)(?:组|团|小组)|记者团)$"),
    # `婦女·女人觀天下 2023年5期`, `《求是》2024年第10期`: a magazine's issue line, the magazine
    re.compile(r"^《?(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z·]{1,15}?)》?[ \u3000]*(?:19|20)\d{2}年[ \u3000]*第?\d{1,2}期$"),
    # `机器之心报道`, `新智元报道 编辑：桃子`, `量子位 报道 | 公众号 QbitAI`: a line of its own naming whose report it is
    # (not where it was filed: `北京报道`, `美国纽约报道`, `综合报道`)
    re.compile(r"^(?:据[ \u3000]*)?(?!据|外媒|媒体|多家|有关|相关|美国|日本|英国|法国|德国|俄罗斯|韩国|香港|台湾|澳门|北京|上海|广州|深圳|天津|重庆|综合|联合|独家|特别|深度|现场|连续|即时)"
               r"(?P<org>(?:(?!\d{1,2}月)[\u4e00-\u9fffA-Za-z0-9]){3,12}?)(?<![省市县区日])[ \u3000]?报道(?:[ \u3000]*[|｜][ \u3000]*(?:微信)?公众号[ \u3000:：]*[A-Za-z0-9_]{2,30})?"
               r"(?:[ \u3000]+(?:编辑|作者|编译)[ \u3000]*[:：|｜][ \u3000]*[\u4e00-\u9fff·、 ]{2,16})?$"),
    # `半导体行业观察 | 来源`; `附属和平医院供稿` (out of its brackets): who supplied the text
    re.compile(rf"^(?P<org>{_ORG}){_SEP}来源$"),
    re.compile(r"^(?P<org>[\u4e00-\u9fffA-Za-z]{4,16}?)[ \u3000]*(?:供稿|来稿)$"),  # (`郭文虎 供稿`: a person's)
]
# `中時新聞網 張三`, `三立新聞網 張三 報導`, `民視新聞／張三 台北報導`, `ETtoday新聞雲 記者張三／台北報導`: the
# publisher, then its writer (a person's name: a family name first), and where the report was filed
_PLACE_REPORTED = r"(?:[ \u3000]*[／/]?[ \u3000]*[\u4e00-\u9fff]{0,4}?报[道导])?$"
_PUBLISHER_THEN_WRITER = [
    # (`通信信息报  王学成 刘陈`: two writers, a space apart)
    re.compile(rf"^(?P<org>[\u4e00-\u9fffA-Za-z0-9]{{1,12}}?(?:{PUBLISHER_END}|财经|[\u4e00-\u9fff]{{3}}报道))[ \u3000]*[／/|｜]?[ \u3000]*(?:记者[ \u3000]*)?"
               r"(?P<name>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,2}?)" + _PLACE_REPORTED),
    re.compile(r"^(?P<org>[A-Za-z][A-Za-z0-9]{1,11}[\u4e00-\u9fff]{0,4})[ \u3000]+记者[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,3})" + _PLACE_REPORTED),
    # `原创 张三 中国基金报`: a WeChat article's header without its day (writer, account)
    re.compile(r"^原创[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]+(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,16})$"),
]
_REPRINT_NOTICE = re.compile(r"转载请|请注明|未经(?:许可|授权)|版权所有|不得转载|禁止转载")
CREDITED = "credited source"  # a publisher named by a credit line: weaker than a labelled 来源
NOT_ORG = re.compile(r"^(?:本报|本台|本刊|本网|本站|本社|本文|特约|实习|见习|特派|通讯员|综合|编辑|记者|投稿|网友投稿|用户投稿|读者投稿|"
                     r"上一篇|下一篇|上一条|下一条|上一页|下一页)"  # (`上一篇 2024年11月29日`: a link to another story, its day)
                     r"|^(?:日报|晚报|早报|时报|商报|周报|报|报社|网|社|台|新闻|电视台|电台|杂志|周刊)$")  # (`晚报讯`: a kind of paper, no name)
# `香港新聞組／香港8日電`, `政治中心／綜合報導`: the paper's own desk (a beat's name and 中心, as Taiwanese papers sign)
_DESK = re.compile(r"(?:新闻组|編譯組|编译组|编辑部|编辑组|采访组|采访部|新闻部)$"
                   r"|^(?:政治|社会|国际|生活|娱乐|影剧|财经|体育|地方|综合|科技|两岸|大陆|即时|要闻|突发|调查|焦点)中心$")


def is_desk(name: str) -> bool:
    return bool(_DESK.search(name))


# a research report's credit as report sites repost it (`(报告出品方/作者:广发证券,罗佳荣,方程嫣)`): the firm
# that made it, then its analysts
REPORT_MAKER = re.compile(r"^(?:报告)?出品方[/／](?:作者|分析师)[:：][ \u3000]*(?P<org>[^,，、\s]{2,20})(?:[,，、][ \u3000]*(?P<name>[\u4e00-\u9fff·]{2,4})(?:[,，、].*)?)?$")
_LABEL_WORD = re.compile(r"(?:名称|名字|账号|帐号|昵称)$")  # `微信名称:X`: a label, not who published
# the words before 记者 that say what kind of reporter, not whose (`全媒记者 张三`, `融媒体中心记者:张三`:
# the host's own newsroom, unnamed, as `本报记者` is)
RANK_ONLY = re.compile(r"^(?:全媒体?|融媒体?|新媒体|(?:全媒体|融媒体|新闻|信息)中心|首席|资深|文字|摄影|摄像|主任|高级|前方|随行)$")


# the commonest family names: a two- or three-character name that starts with one (and does not end
# as a publisher, a town or a bureau does: `彭博社`, `白水镇`) is a person's (`张三 2024-05-13 10:30`)
_FAMILY_NAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                          "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                          # (more of the common ones, those that seldom open a word: `齊會霞`, `乔`, `聂`)
                          "齐乔伍庞颜倪庄聂翟殷詹耿焦俞柳祝阮柯纪梅童凌毕裴霍涂苗翁冉骆靳柴鲍喻祁蒲滕饶牟艾缪褚娄窦戚岑晏瞿桂佟"
                          "臧闵苟邬卞姬栾隋刁巫寇桑甄虞敖巩佘邝樊葛邢欧甘舒辛施牛鲁岳申左傅赖")


def person_name(name: str) -> bool:
    return 2 <= len(name) <= 3 and name[0] in _FAMILY_NAMES and not re.search(r"[社网报台镇局院所厅部委]$", name) \
        and bool(re.fullmatch(r"[\u4e00-\u9fff]+", name))


# `*本文系观察者网独家稿件，…未经授权，不得转载`: the publisher's own claim on its text (a copy keeps it)
_OWN_PIECE = re.compile(r"^[*＊]?[ \u3000]*(?:本文|此文|该文)(?:系|为|是)[ \u3000]*[「“]?(?!作者|笔者|本人|原作者)(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)[」”]?"
                        r"(?:独家|原创|首发|特约|专稿)+(?:稿件|稿|文章|作品|内容)?(?:[,，。;；]|$)")


def claims_piece(text: str) -> bool:
    """`本文系X独家稿件`: a site claiming the piece, a template a portal prints on every copy it hosts."""
    return bool(_OWN_PIECE.match(re.sub(r"^line \d+: ", "", text).strip()))  # (a line's text, or a finding's evidence)


# `本文由经济日报授权转载`, `经X授权发布`, `（本文由 台視新聞 授權轉載）`: who let the host print it (a person's leave, `经作者授权`, names no publisher)
_AUTHORISED_TAIL = r"[」”》]?[ \u3000]*(?:独家)?授权(?:转载|发布|刊发|刊登|转发|刊载)?(?:[,，。;；].{0,40})?$"  # (`转载` may be taken off as a button)
# (`经济日报授权转载`: the 经 of a name; `本文经X`, `经“X”`: the word)
_AUTHORISED = (re.compile(r"^(?:(?:本文|文章|此文|本篇)(?:由|经)|由|经(?=[「“《]))[ \u3000]*[「“《]?(?!作者|原作者|本人|笔者)(?P<org>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)" + _AUTHORISED_TAIL),
               re.compile(rf"^[「“《]?(?!由|经(?!济|典|观|理))(?P<org>[\u4e00-\u9fffA-Za-z0-9]{{1,12}}?{PUBLISHER_END}){_AUTHORISED_TAIL}"))
# `聲明:此文由 嘉善羅星發布 分享發布,并不意味本站贊同其觀點…`: a farm's disclaimer names the account it copied
_SHARED_BY = re.compile(r"^(?:声明[:：][ \u3000]*)?(?:此文|本文)由[ \u3000]*(?P<org>[^\s,，。:：]{2,20}?)[ \u3000]*分享发布(?:[,，。].{0,120})?$")


def shared_by(text: str) -> list[tuple[str, str]] | None:
    """The account a farm's disclaimer says it shares (`_SHARED_BY`), as credit_fields gives it, in
    the page's own characters. (Every paragraph is asked: a literal test first.)"""
    if "分享" not in text:
        return None
    text = text.strip()
    plain = for_matching(text)
    match = _SHARED_BY.match(plain)
    if match is None or NOT_ORG.match(match["org"]):
        return None
    return [(CREDITED, text[match.start("org"):match.end("org")] if len(plain) == len(text) else match["org"])]

# `（本文转载自合作伙伴《X》，未经授权，不得转载）`: the title it was reprinted from, whatever notice follows
_REPRINTED_TITLED = re.compile(r"^[（(]?(?:本文|此文|该文|文章)?(?:经授权)?(?:转载自|转自)(?:合作伙伴|合作媒体|合作单位)?[ \u3000]*"
                               r"《(?P<org>[^《》\s]{2,16})》(?:[,，。;；][^()（）]{0,40})?[)）]?$")


# `如需转载请务必注明出处：快科技`, `本文版权归FT中文网所有，未经允许不得转载`: the site a notice names as
# the text's owner (a copy keeps its original's notice; not `版权归原作者所有`, which names nobody)
_CLAIMANT = r"[「“《]?(?!原|作者|本|相关|其|我|该|网站|各|权利人|著作权人)(?P<org>[\u4e00-\u9fffA-Za-z0-9+]{2,16}?)[」”》]?"
_CLAIMED = (re.compile(r"^[(（]?[^。，,]{0,12}?注明(?:出处|来源)(?:为|是)?[:：]?[ \u3000]*" + _CLAIMANT + r"[)）]?[。.!！]?$"),
            re.compile(r"^[(（]?(?:版权声明[:：][ \u3000]*)?(?:本文|本条新闻|本条|此文|本稿|文章|所有|本作品的?)?版权(?:归|属于?|归属|为)[ \u3000]*" + _CLAIMANT
                       + r"(?:或相关(?:著作)?权利?人)?所有(?:[,，;；].{0,80})?[)）]?[。.]?$"),  # (`本作品的版权为南方周末或相关著作权人所有`)
            # `湛江云媒客户端原创，未经授权不得转载`: the outlet's claim on its own piece, with the notice
            re.compile(r"^[(（]?" + _CLAIMANT + r"(?:独家|原创|首发)+(?:稿件|稿|文章|作品|内容)?[,，。;；]?[ \u3000]*(?:未经|转载|禁止|不得|严禁|如需|谢绝).{0,40}$"))


def credit_fields(text: str) -> list[tuple[str, str]] | None:
    own = (_OWN_PIECE.match(text) or _AUTHORISED[0].match(text) or _AUTHORISED[1].match(text) or _REPRINTED_TITLED.match(text)
           or next(filter(None, (claim.match(text) for claim in _CLAIMED)), None)) if len(text) <= 160 else None
    if own and not NOT_ORG.match(own["org"]) and not person_name(own["org"]):
        return [(CREDITED, own["org"])]
    if len(text) > 100 or _REPRINT_NOTICE.search(text):
        return None  # `本文来自X，转载请注明出处`: the host's own notice, not who wrote it
    if PLACED_BYLINE.match(text) or PICTURE_CREDIT.match(text):
        return [("label", "")]  # (a picture's credit names who made or supplied the picture, not the article)
    for pattern in _CREDITS:
        match = pattern.match(text)
        if not match:
            continue
        fields: list[tuple[str, str]] = []
        org = match.groupdict().get("org")
        if org and not NOT_ORG.match(org) and not _LABEL_WORD.search(org) and not is_desk(org) and not RANK_ONLY.match(org.strip()):
            fields.append((CREDITED, org.strip()))
        if match.groupdict().get("name"):
            fields.append(("author", match["name"].strip()))
        if org and is_desk(org):
            fields.append(("label", ""))  # (the desk's line is still an info line)
        if fields:
            return fields
    for pattern in _PUBLISHER_THEN_WRITER:
        match = pattern.match(text)
        if match and all(person_name(name) for name in re.split(r"[ \u3000、]+", match["name"])) and not NOT_ORG.match(match["org"]):
            return [(CREDITED, match["org"]), ("author", match["name"])]
    return None


# a paper's issue line under its article on the paper's site (`本报记者 崔丽 《 中国青年报 》( 2011年08月26日 04 版)`,
# `《人民日报》（2024年05月13日 第04版）`): the paper, the day, the page
# (`《X报》2022年03月30日第16版`: the day and its page without brackets; `《X》2020年11月特刊 | 主题`: a
# magazine's month and its theme, the publication and no day)
_PAPER_ISSUE = re.compile(rf"^(?:(?:本报)?记者[ \u3000]*(?P<names>{NAMES})[ \u3000]+)?《[ \u3000]*(?P<paper>[^《》]{{2,16}}?)[ \u3000]*》[ \u3000]*"
                          r"(?:[(（][ \u3000]*(?P<day>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \u3000]*(?:第?[ \u3000]*\d{1,3}[ \u3000]*版)?[ \u3000]*[)）]"
                          r"|(?P<page_day>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \u3000]*第?[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版"
                          r"|(?:19|20)\d{2}年[ \u3000]*\d{1,2}月[ \u3000]*(?:特刊|号|刊)(?:[ \u3000]*[|｜丨][ \u3000]*[^|｜丨]{1,16})?)$")


def paper_issue(text: str) -> list[tuple[str, str]] | None:
    """The paper, the day and the reporters an issue line names; None when the line is not one."""
    issue = _PAPER_ISSUE.match(text.strip())
    stated = issue and (issue["day"] or issue["page_day"])
    day = parse_date_text(stated) if stated else None
    if not issue or (stated and not day):
        return None
    return [("source", issue["paper"])] + ([("date", day)] if day else []) + ([("author", issue["names"])] if issue["names"] else [])
