"""Menus and breadcrumbs: a site's navigation, told by its shape (a home word and separators, a
row of short menu words), and the headline a breadcrumb may end with."""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from digest.ingest.chinese import for_matching, words_in_text
from digest.ingest.info_lines import LABEL
from digest.ingest.info_values import CHANNEL_WORDS, FUSED_DATE
from digest.ingest.model import Line

_HOME = r"(?:首页|主页|网站首页|新闻首页|[您你]?的?(?:当前|现在)?(?:的|所在)?(?:位置|所在位置)|Home|HOME|home)"
_CRUMB_SEPARATOR = re.compile(r"[ \u3000]*(?:>>?|›|»|→|＞|/|／|\\|>)[ \u3000]*")
MIN_CRUMB_HEADLINE_CHARS = 12  # a crumb this long is no channel name
_CRUMB_END = r"(?:正文|详情|内容|文章|详细内容|阅读|新闻详情|文章详情|内容详情)"
_GLUED_CRUMB = re.compile(rf"^{_HOME}[:：]?[ \u3000]*[\u4e00-\u9fffA-Za-z ]{{0,24}}?{_CRUMB_END}?$")


def is_breadcrumb(text: str) -> bool:
    """`首页 > 新闻 > 正文`, `您的位置：首页 / 国内`, `首页财经新闻文章正文`."""
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part]
    if len(parts) >= 2 and all(len(part) <= 10 for part in parts[:-1]) and len(text) <= 100:
        if re.match(_HOME, parts[0]) or re.fullmatch(_CRUMB_END, parts[-1]) or _NAMED_HOME_CRUMB.fullmatch(parts[0]):
            return True  # (its last part may be the headline itself; `彭水首页>新闻频道>乡镇>`: a home named after the site)
    if len(text) <= 30 and re.match(rf"^{_HOME}", text) and not re.search(r"[，,。！？!?]", text):
        return bool(_GLUED_CRUMB.match(text)) or len(text.split()) >= 2
    # under its label (`您当前位置:`) a crumb may be a site's long name (`荷泽市-中国菏泽市-菏泽新闻网 > 县区新闻`):
    # the label says what the line is
    label = _POSITION_LABEL.match(text)
    parts = [part for part in _CRUMB_SEPARATOR.split(text[label.end():]) if part] if label else []
    return len(parts) >= 2 and len(text) <= 100 and all(len(part) <= MAX_LABELLED_CRUMB for part in parts) \
        and not re.search(r"[，,。！？!?]", text)


MAX_LABELLED_CRUMB = 24


_POSITION_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}?位置是?[ \u3000]*[:：]?[ \u3000]*")  # `您所在的位置:`, `当前位置：`


# `盘锦号首页 > 首页头条 > 图片新闻`, `彭水首页>新闻频道>乡镇>`: a breadcrumb whose home link names the site
_NAMED_HOME_WORD = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}(?:首页|主页)"
_NAMED_HOME_CRUMB = re.compile(_NAMED_HOME_WORD)
_NAMED_HOME = re.compile(rf"^{_NAMED_HOME_WORD}(?:[ \u3000]*(?:>>?|›|»|→|＞)[ \u3000]*[^>›»→＞]{{1,10}}){{1,4}}$")


def breadcrumb_root(text: str) -> str | None:
    """The site a breadcrumb starts from when it names it (`促记网 > 社会 > 正文`, `您的位置：东南网 > 国内`):
    the host's own name, not a home word (`首页`) nor a channel's."""
    if not is_breadcrumb(text.strip()) and not _NAMED_HOME.match(text.strip()):
        return None  # (asked with its label: `您的位置：` says what the line is)
    text = _POSITION_LABEL.sub("", text.strip())
    parts = [part for part in _CRUMB_SEPARATOR.split(text) if part]
    root = re.sub(r"[ \u3000]*(?:首页|主页)$", "", parts[0]).strip() if len(parts) >= 2 else ""
    if not 2 <= len(root) <= 12 or re.match(_HOME, root) or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", root):
        return None
    return root


def breadcrumb_channels(text: str) -> set[str]:
    """The channels a breadcrumb passes through after its first part (`當前位置:首頁 > 醫院概況 > 醫院新聞`:
    醫院概況, 醫院新聞), as the site names its own sections."""
    if not is_breadcrumb(text.strip()):
        return set()
    return {part.strip() for part in _CRUMB_SEPARATOR.split(_POSITION_LABEL.sub("", text.strip()))[1:] if part.strip()}


def breadcrumb_headline(text: str) -> str | None:
    """The headline a breadcrumb ends with (`您的当前位置:首页 > 焦点 > 国庆假期 近千名大学生… 正文`),
    when its last part reads as one: long, no sentence in it."""
    parts = [part for part in _CRUMB_SEPARATOR.split(text.strip()) if part]
    last = re.sub(rf"[ \u3000]*{_CRUMB_END}$", "", parts[-1]).strip() if len(parts) >= 3 else ""
    if MIN_CRUMB_HEADLINE_CHARS <= len(last) <= 60 and not re.search(r"[。！？!?；;]", last[:-1]) \
            and not _is_info(last):
        return last
    return None


def _is_info(text: str) -> bool:
    """A breadcrumb's last part that is the page's info, no headline: its date first, or a field's
    label (`… > 精选百科 > 2025-04-07 22:59:06 来源:`)."""
    plain = for_matching(text)
    return bool(FUSED_DATE.match(plain) or LABEL.search(plain))


def crumb_end(text: str) -> str:
    """A breadcrumb's last part (`首頁 » <the headline>`), squeezed; '' when it has one part."""
    parts = [part for part in _CRUMB_SEPARATOR.split(text.strip()) if part]
    return re.sub(r"\s+", "", parts[-1]) if len(parts) >= 2 else ""


def is_navigation(text: str) -> bool:
    """A row of menu words (`生活 生活焦点`, `新闻 体育 财经 娱乐`, `Home News World`, `关于我们 | 联系我们 | 网站地图`)."""
    # (`在线投稿 (限新闻稿件,…) | 设为首页 | 加入收藏`: a note in brackets beside a link is the link's; `Talk853.com`: a site's)
    parts = [part.strip() for part in re.split(r"[|｜]", re.sub(r"[(（][^()（）]{1,30}[)）]", "", text))]
    if len(parts) >= 3 and all(0 < len(part) <= 10 or re.fullmatch(r"[A-Za-z0-9\-]+\.(?:com|net|org|cn|hk|mo|tw)", part) for part in parts):
        return True
    words = text.split()
    if len(words) >= 2 and all(len(word) <= 6 for word in words) and not re.search(r"[，,。！？!?：:]", text):
        # (two words of five or six characters are a headline's halves: `点燃青春激情 共筑精神家园`)
        return len(words) >= 3 or all(not re.search(r"\d", word) and len(word) <= 4 for word in words) and len(text) <= 16
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z &/|·-]{0,40}", text)) and len(text.split()) <= 5


MIN_MENU_ROW_WORDS = 10


def is_menu_row(text: str) -> bool:
    """A long row of short words between bars, none with a number (`义马市| 南澳县| 新田县| …|`: a farm's
    stuffed place names, a site's link row): however long, no paragraph; a table's row has its figures."""
    parts = [part.strip() for part in re.split(r"[|｜]", text.strip(" \u3000|｜"))]
    return len(parts) >= MIN_MENU_ROW_WORDS and all(0 < len(part) <= 10 and not re.search(r"\d", part) for part in parts)


def no_menu_here(texts: list[str], index: int, text_lines: list[str]) -> bool:
    """Whether the line at `index` (its words, spaces taken out), though its words stand apart like
    a menu's, is the headline: the text is about its words (`特首 明日 前往廣深`), or the breadcrumb right
    above it ends with it (`首页 > 新闻天中 抢收抢烘 颗粒归仓` over `抢收抢烘 颗粒归仓`: the crumbs name
    the page's own headline last)."""
    above, key = (texts[index - 1], texts[index]) if index > 0 else ("", texts[index])
    return words_in_text(key, text_lines) or (len(key) >= 6 and len(above) > len(key) and above.endswith(key)
                                              and is_breadcrumb(above[:-len(key)] + " " + key))



# a headline's phrases set apart by spaces (`赛技能 展风采`, `供应紧 鸡蛋价格走高 记者产地探访 揭开涨价真相`):
# words of three Han characters or more, none a channel's or a menu's word (`新闻中心 政务公开`) nor a
# credit (`记者 张三`, `记者张三`, `王五摄`)
_MENU_WORD_END = re.compile(rf"(?:{CHANNEL_WORDS}|频道|中心|我们|服务|公开|导航|论坛|社区|博客|互动|地图|登录|注册|下载|搜索|留言|联系)$")
_CREDIT_WORD = re.compile(r"^(?:本报|本報)?(?:记者|記者|编辑|編輯|通讯员|通訊員|作者|摄影|攝影)[\u4e00-\u9fff]{0,3}$|(?:摄|攝|报道|報道|报导|報導|供稿)$")


MAX_LABEL_ABOVE = 6  # (`行情分析`: a channel's label over the headline)
MAX_INFO_GAP = 3  # input lines from a headline down to its info line (blank lines between)


def headline_phrases(text: str, above: list[str]) -> bool:
    """Whether a row of words that stand apart like a menu's is a headline's phrases instead: the
    caller knows the article's text starts right under it (a menu sits above a headline), and no
    line above it but a label was kept (`above`: a longer one may be the headline, the row a widget's)."""
    words = for_matching(text).split()
    return all(len("".join(line.split())) <= MAX_LABEL_ABOVE for line in above) and 2 <= len(words) <= 5 and all(re.fullmatch(r"[\u4e00-\u9fff]{3,8}", word) and not _MENU_WORD_END.search(word)
                                        and not _CREDIT_WORD.search(word) for word in words)


def phrases_placed_as_headline(text: str, above: list[str], over_text: bool, over_info: bool) -> bool:
    """Whether a row of words apart like a menu's is a headline's phrases by where it stands: right
    over the article's text with only labels kept above it, or right over its info line whatever is
    above (`古戏下乡 文化惠民` over `发表日期:…`)."""
    return (over_text and headline_phrases(text, above)) or (over_info and headline_phrases(text, []))


def over_info_line(lines: Sequence[Line], index: int, info_numbers: Collection[int]) -> bool:
    """Whether what stands right under the line at `index`, before the next line kept, is an info line
    the rules read (`古戏下乡 文化惠民` over `发表日期:2018-12-04`): a menu sits above a headline, an
    info line under it."""
    below = lines[index + 1].number if index + 1 < len(lines) else lines[index].number + MAX_INFO_GAP
    return any(lines[index].number < number <= min(below, lines[index].number + MAX_INFO_GAP) for number in info_numbers)
