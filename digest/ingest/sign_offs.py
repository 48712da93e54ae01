"""How a text signs off in its last lines: the publisher it names in brackets after the last
sentence (`（新华社）`, `（来源：财联社）`, `（综合自澎湃新闻、智东西）`), or the body of government
that wrote it (`（金集镇人大 李子和）`) or supplied it (`（附属和平医院供稿）`)."""
from __future__ import annotations

import re

from digest.ingest.credits import person_name

# the end mark and the editor's note a portal prints after a sign-off (`…。(工人日报) 【编辑:李岩】`, `（完）`)
EDITED_AFTER = r"(?:[ \u3000]*[（(]完[)）])?(?:[ \u3000]*[【\[(（]?(?:责任编辑|责编|编辑|校对|审核)[ \u3000]*[:：][^】\]()（）]{1,20}[】\])）]?)?"

_SIGN_OFF = re.compile(r"[（(](?:(?P<label>(?:综合整理|综合编译|综合|整理|编译|摘编|摘|转|选)自|综合|来自|[\u4e00-\u9fff]{0,4}?(?:来源|稿源)"
                       r"|(?:本文|原文|文章)?(?:经授权)?(?:转载自|转载于|原刊于|原载于|刊于|刊载于|刊登于|首发于))[:：]?[ \u3000]*|据)?"  # (`（本文轉載自風傳媒）`)
                       r"《?(?P<org>[\u4e00-\u9fffA-Za-z·\-]{1,12}?(?:社|网站|网|报|台|新闻|电视|之音|之声|视|视点|周刊|杂志|客户端|在线|发布|财经|国际|传媒))》?"
                       r"(?:[ \u3000]*(?:全媒体|首席|特约|实习|见习)?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4})*"
                       r"|[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电"  # (`(据新华社北京6月15日电)`: the agency's dateline, at the end)
                       r"|[、,，][^()（）、,，]{2,12}(?:[、,，][^()（）、,，]{2,12}){0,4}等?"  # (`(综合整理自澎湃新闻、智东西等)`: the first)
                       r"|报道|报导)?"  # (`（星島日報報道）`: a paper's report, signed)
                       r"[ \u3000]*[)）][。.]?[ \u3000|｜]*\d{0,8}" + EDITED_AFTER + "$")
# `（預警信息來源:國家預警信息發布中心）`, `(供稿:子長市文化館)`: any name after a labelled 来源 in the text's last brackets
_LABELLED_SIGN_OFF = re.compile(r"[（(](?P<label>[\u4e00-\u9fff]{0,4}?(?:来源|稿源)|供稿|供稿单位)[:：][ \u3000]*"
                                r"(?P<org>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·\-]{1,15})[ \u3000]*[)）][。.]?" + EDITED_AFTER + "$")
# `…取消其资质。【中福养老网】`: a publisher's name in square brackets ending the text, as some sites sign
_SQUARE_SIGN_OFF = re.compile(r"(?<=[。！？!?”」])[ \u3000]*【(?P<label>)(?P<org>[\u4e00-\u9fffA-Za-z·]{2,12}?(?:新闻网|新闻|日报|晚报|时报|早报|网|社|报|电视台|客户端))】[。.]?$")
# `甘肃台报道。`: an outlet's name and 报道 on a line of their own under the text, signing its report
_REPORTED_LINE = re.compile(r"^(?!据|相关|有关|本|综合|详细|深度|特别|独家)(?P<label>)(?P<org>[\u4e00-\u9fffA-Za-z]{2,10}?(?:电视台|台|日报|晚报|报|网|社|新闻))报道[。.]?$")
# `（金集镇人大 李子和）`, `(某某县 农场党群办 张三)`: a body of government (a township's congress, a
# bureau, an office) and the people who wrote for it, signing the text off: the body published it
_UNIT_SIGN_OFF = re.compile(r"[（(](?P<label>)(?P<org>[\u4e00-\u9fff]{2,12}?(?:[ \u3000][\u4e00-\u9fff]{2,10}?)?"
                            r"(?:人大|人大常委会|人民政府|政府|党委|党工委|党组|委员会|宣传部|组织部|办公室|党群办|党政办|办|局|分局|"
                            r"街道|社区|村委会|中心|站|所|法院|检察院|大队|支队|农场|林场|学校|中学|小学|医院|工会|妇联|团委|红十字会|协会|学会|商会|联合会|融媒体?))"
                            r"[ \u3000]+(?:通讯员[ \u3000]*)?(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \u3000、][\u4e00-\u9fff]{2,3}){0,3})[ \u3000]*[)）][。.]?$")
# `（附属和平医院供稿）`, `(区农业农村局 供稿)`: the body that supplied the text, signing it off
# (four characters or more: `（郭文虎 供稿）` is a person's)
_SUPPLIED_SIGN_OFF = re.compile(r"[（(](?P<label>)(?P<org>[\u4e00-\u9fffA-Za-z]{4,16}?)[ \u3000]*(?:供稿|来稿)[)）][。.]?" + EDITED_AFTER + "$")
CUT_MARK = re.compile(r"(?<=[)）])[ \u3000]*(?:\.{3,6}|…{1,2})$")
# a picture's or a figure's credit (`(图片来源:新华社)`, `(数据来源:国家统计局)`), not the text's
PICTURE_WORD = re.compile(r"图|照片|摄|视频|封面|数据|资料")


def publisher_sign_off(plain: str) -> re.Match | None:
    """A publisher's sign-off ending `plain` (Simplified), with its `org` and `label` groups."""
    return _SIGN_OFF.search(plain) or _LABELLED_SIGN_OFF.search(plain) or _SQUARE_SIGN_OFF.search(plain) or _REPORTED_LINE.match(plain)


def body_sign_off(plain: str) -> re.Match | None:
    """A body's sign-off: the unit and its writers (all of them people's names), or who supplied it."""
    match = _UNIT_SIGN_OFF.search(plain)
    names = re.split(r"[ \u3000、]", match["names"]) if match else []
    return match if names and all(person_name(name) for name in names) else _SUPPLIED_SIGN_OFF.search(plain)
