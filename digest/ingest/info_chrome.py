"""What pages print around an info line's fields, taken off before they are read: a bullet, a font
switch before them; the page's buttons after them (`字号：大 中 小`, `打印`, `| 顯示全部樓層 |閱讀模式`, in
Traditional too); a forum poster's place (`IP:- 香港`); the brackets or a table cell's bars around the
whole line, the spaces an encoding turned into question marks between its fields. And a line
of a day and a few words nothing reads as fields, which only its place under a headline says is an
info line."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.dates import parse_date_text
from digest.ingest.info_values import FUSED_DATE

# buttons printed after an info line: `字号：大 中 小` (`图片字号:`: a picture's too), `打印`, `分享到`, `【字体：大 中 小】`, `【 大 中 小 】 【 打印 】`,
# `参与评论()人`, `我要评论(0)`, a comment counter (`共有评论 0 条`, `3条评论`); a forum poster's place among them
# (`IP:- 香港`, `IP属地：北京`)
UI_TAIL = re.compile(r"(?:[ \u3000|｜【\[】\]•·]*(?:(?:图片[ \u3000]*(?=字号|字体))?(?:字号|字体)[:：]?[ \u3000]*[【\[]?(?:[大中小][ \u3000]*){0,3}[】\]]?|打印本页|打印|扫码分享|扫一扫分享|分享到|分享至|分享|"
                      r"收藏|关闭窗口|关闭|纠错|举报|检举|[【\[][ \u3000]*[大中小](?:[ \u3000]*[大中小]){1,2}[ \u3000]*[】\]]|(?:我要|参与)?(?:评论|讨论)[ \u3000]*[(（][ \u3000]*\d*[ \u3000]*[)）]人?|我要评论|我来说两句|发表评论|(?:共有?)?(?:评论|跟帖|留言)[ \u3000]*\d+[ \u3000]*条|\d+[ \u3000]*条(?:评论|跟帖|留言)|评论|转载|返回原文|返回列表|返回顶部|显示全部楼层|阅读模式|只看该作者|倒序浏览|电梯直达|(?<![A-Za-z])IP(?:属地)?[:：][ \u3000]*[-–]?[ \u3000]*[\u4e00-\u9fff]{0,8}|如有侵权(?:问题)?[,，]?请?(?:与我们)?联系(?:我们|本站)?(?:删除)?|[大中小])[:：]?(?=[ \u3000|｜【\[】\]]|$))+[ \u3000】\]]*$")
_BULLET = re.compile(r"^[•·●◆◇■□▪►▶▌▍█◎○⊙★☆▲△※\-*]+[ \u3000]*")
_UI_HEAD = re.compile(r"^[【\[]?(?:字号|字体)[:：]?[ \u3000]*(?:[大中小][ \u3000]*){1,3}[】\]]?[ \u3000|｜]*")  # `【字体：大 中 小】 来源：…`


# a portal's link to a name's microblog, printed after the name (`环球时报[微博]单仁平`): a space between fields
_MICROBLOG_MARK = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[ \u3000]*[\[(（][ \u3000]*微博[ \u3000]*[\])）]")


# the space between fields that an encoding turned into question marks (`17:14:17??來源:X`, `張三?來源:X`)
_MANGLED_SPACE = re.compile(r"(?<=\d)\?{1,4}(?=[ \u3000\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\?{1,4}(?=(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯|记者|記者)[:：])")


def without_chrome(text: str) -> str:
    """The line without its bullet, font switch, poster's place and buttons (and the bars of the
    table cell it was printed in: `| 2021-05-06 … 我來說兩句 |`)."""
    text = _MICROBLOG_MARK.sub(" ", _UI_HEAD.sub("", _BULLET.sub("", _MANGLED_SPACE.sub(" ", text.strip(" \u3000|｜")))))
    buttons = UI_TAIL.search(for_matching(text))
    return text[:buttons.start()] if buttons and len(for_matching(text)) == len(text) else UI_TAIL.sub("", text)


MAX_DATED_WORD = 8
MAX_DATED_WORDS = 4


def dated_words(text: str) -> str | None:
    """A full date with a few short words around it and no sentence (`網絡整理 2024-03-31`, `舉報
    2025-03-10`, `博主:admin admin 2024-07-01 22:04:39 379 0条评论`): under the headline, the page's
    info line, whatever its words are (the parser asks for labels it knows; here the place says it):
    the day it states, or None."""
    match = FUSED_DATE.search(text)
    if re.search(r"[。！？!?，,；;]", text) or not match:
        return None
    words = FUSED_DATE.sub(" ", text).split()
    if 0 < len(words) <= MAX_DATED_WORDS and all(len(word) <= MAX_DATED_WORD for word in words):
        return parse_date_text(match.group(0).replace("T", " "))
    return None


BRACKETS = "【】[]()（）〔〕<>《》"


def without_outer_brackets(text: str) -> str:
    """The line without the brackets around it (`【来源：X】`), but a closing mark whose opening one
    stays inside (`来源:中国经济网—《经济日报》`: the paper's title marks are the value's)."""
    inner = text.strip(BRACKETS).strip()
    tail = text[len(text.rstrip(BRACKETS)):]  # (the marks taken off its end)
    head = text[:len(text) - len(text.lstrip(BRACKETS))]  # (and off its start: `《笔尖网》文/X`, the title's own)
    for left, right in ("《》", "（）", "()", "【】"):
        if right in tail and inner.count(left) > inner.count(right):
            inner += right
        elif left in head and inner.count(right) > inner.count(left):
            inner = left + inner
    return inner


_BRACKETED_LABEL = re.compile(r"[\[【〔［]([\u4e00-\u9fff]{2,6})[\]】〕］](?=[ \u3000]*[:：])")
_BRACKETED_VALUE = re.compile(r"(?<=[:：])[ \u3000]*[\[［]([^\[\]［］]{1,30})[\]］]")


# a field's label in brackets with no colon after it (`【来源】 南方+客户端`, `[作者] 张三`): the brackets stand for it
_BRACKETED_BARE_LABEL = re.compile(r"[\[【〔［](?P<label>[\u4e00-\u9fff]{2,4})[\]】〕］][ \u3000]*(?=[^\s:：\]】〕］])")
_BARE_LABELS = re.compile(r"(?:来源|稿源|出处|作者|记者|编辑|责任编辑|责编|发布时间|发布日期|时间|日期)$")


def without_field_brackets(text: str) -> str:
    """An info line's labels out of their brackets (`[时间]:2018-02-17 [来源]:人民网`, `【来源】 X`), and its
    values when a site's template brackets every one (`来源:[黄石日报] 日期:[2025-10-27 09:42]`)."""
    text = _BRACKETED_LABEL.sub(r"\1", text)
    text = _BRACKETED_BARE_LABEL.sub(lambda bare: bare["label"] + "：" if _BARE_LABELS.match(for_matching(bare["label"])) else bare.group(0), text)
    unbracketed, values = _BRACKETED_VALUE.subn(r"\1", text)
    return unbracketed if values >= 2 else text


def with_address_apart(text: str) -> str:
    """An address glued to the name before it set apart (`来源:安康日报http://…`)."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?=https?://)", " ", text)


# a label set out over the width of two characters (`來 源:新華網`, `作 者：张三`, `编　辑:`, `时 间:`), as a template aligns it
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(?:([来來作编編记記责責稿点點浏瀏])[ \u3000]+([源者辑輯编編击擊览覽])"
                           r"|([时時日发發])[ \u3000]+([间間期布]))(?=[ \u3000]*[:：])")


def labels_closed_up(text: str) -> str:
    """The line with its labels written close (`來 源:` as `來源:`)."""
    return _SPACED_LABEL.sub(lambda label: "".join(filter(None, label.groups())), text) if " " in text or "\u3000" in text else text


# a label and its value with a space between (`作者 张三`), read in Simplified characters
_SPACED_FIELD = re.compile(r"(?<![\u4e00-\u9fff])(作者|记者|编辑|责编|来源|通讯员|实习生)[ \u3000]+(?=[\u4e00-\u9fffA-Za-z])")
# a two-character name spaced to the width of three (`邰 有`, `刘 惠`), among other names
_SPACED_NAME = re.compile(r"(?<=[ \u3000])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?=[ \u3000]|$)")


def values_closed_up(text: str) -> str:
    """The pieces of an info line with each label joined to its value (`作者：张三`) and each name
    written close (`邰有`)."""
    return _SPACED_NAME.sub(r"\1\2", _SPACED_FIELD.sub(r"\1：", text))


# a row of a table of labels and values (`| 索 引 号 | 008478033/2021-0985 | 发布机构 | 苍溪县政府 |`), as a
# government site prints a document's particulars: each label is a word of two to six characters
_TABLE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


def table_row_as_fields(text: str) -> str:
    """A table's row of labels and values as an info line (`索引号:008478033/2021-0985 发布机构:苍溪县政府`);
    any other line as it is."""
    if text.count("|") + text.count("｜") < 3:
        return text
    cells = [cell.strip() for cell in re.split(r"[|｜]", text.strip().strip("|｜"))]
    labels = [re.sub(r"[ \u3000]", "", cell) for cell in cells[0::2]]
    if len(cells) < 4 or len(cells) % 2 or not all(cells) or not all(_TABLE_LABEL.fullmatch(label) for label in labels):
        return text
    return " ".join(f"{label}:{value}" for label, value in zip(labels, cells[1::2]))
