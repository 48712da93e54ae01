"""A page scraped as one line: its headline, set apart by spaces, runs into its lead
(`成都至香港高铁列车开通 黄强宣布开通 在…之际,…`) or into its info (`…跟進調查 (20:21) 發佈於 1 年 前
2024 年 10 月 31 日 By 明報 記協…表示,…`). The headline is the words before the first clause or the
first date; the info between states the page's date (and who published it); the lead stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.chinese import HAN, for_matching
from digest.ingest.dates import DAY_IN_DIGITS, SPACED_DATE, parse_date_text
from digest.ingest.datelines import DATELINE_START
from digest.ingest.headline_text import MAX_HEADLINE_CHARS
from digest.ingest.info_lines import parse_info_line

_CLAUSE = re.compile(r"[，,。！？!?；;：:、]")
_INFO_START = re.compile(r"^(?:[(（]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[)）]?$|(?:19|20)\d{2}(?:$|年|[-/.]\d)|(?:发布|发表)于?$|By$|by$)")
_INFO_DATE = re.compile(DAY_IN_DIGITS)
_INFO_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
# a content system's labelled field after the date (`发布者:daijun`, `来源:X台`, `浏览次数:12657`, `内容提要:`):
# a short label, a colon and a value with no clause in it; the info's
_INFO_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：][^，,。！？!?；;：:、]{0,20}$")
# the info may start with its labelled source, no date in it (`… 来源:中国温泉旅游度假网 作者:佚名 今年…`)
_INFO_SOURCE = re.compile(r"^(?:来源|出处|稿源)[:：][^，,。！？!?；;：:、]{2,20}$")
# a headline's colon between two phrases (`中江富兴:百亩竹林育山珍`): no clause's end
_HEADLINE_COLON = re.compile(r"^[^，,。！？!?；;：:、]{2,}[:：][^，,。！？!?；;：:、]{2,}$")
_POSTER_RANK = re.compile(r"^[A-Za-z]{0,2}\d{0,2}(?:管理员|超级版主|版主|站长|楼主|小编|会员|博主)$")  # (`V管理員`, `LV3会员`)
_INFO_BY = re.compile(r"(?:^|\s)(?:By|by)\s+(?P<name>[^\s\d]{2,12})$")
_LEAD_MARK = re.compile(r"\d{1,2}日(?:电|讯|报道|消息)$")
MAX_RUN_IN_WORDS = 6
MIN_RUN_IN_WORD = 6  # (names one after another, `习近平 李克强 王沪宁`, are no headline)
MAX_RUN_IN_INFO = 60
MIN_RUN_IN_LEAD = 30


@dataclass(frozen=True)
class RunIn:
    headline: str
    info: str  # the info between the headline and the lead ('' when none)
    lead: str
    date: str | None  # what the info states
    source: str | None


def run_in_headline(text: str) -> RunIn | None:
    """The headline, info and lead of a first line that runs its headline into its text, when the
    words before the first clause are a headline (and a dated info after it), or when the headline
    is glued to its info's label or to its lead's mark; else None."""
    return _spaced_run_in(text) or _glued_run_in(text.strip())


# a headline glued, no space, to its labelled publication date (`…园区发表时间:2024-01-31 09:38 1月22日,…`)
# or to its lead's own mark (`…守護健康未來本網訊 通訊員 X 4月24日,…`): the headline ends there
_GLUED_INFO = re.compile(r"^(?P<head>.{8,80}?)(?P<info>(?:发表|發表|发布|發布|發佈)(?:时间|時間|日期)[:：][ \u3000]*" + DAY_IN_DIGITS
                         + r"(?:[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)[ \u3000]*(?P<lead>\S.{29,})$")
_GLUED_MARK = re.compile(r"^(?P<head>.{8,80}?)(?P<lead>本(?:网|網|报|報|台|刊)(?:讯|訊)[ \u3000(（].{29,})$")


def _glued_run_in(text: str) -> RunIn | None:
    """(A space before the label or the mark: the spaced reading's, or clean_headline's.)"""
    glued = _GLUED_INFO.match(text) or _GLUED_MARK.match(text)
    if glued is None:
        return None
    head = glued["head"].strip()
    plain = for_matching(head)
    if head != glued["head"] or not re.search(r"[\u4e00-\u9fff」”》)）\d]$", head) or re.search(r"[。！？!?]", plain) or DATELINE_START.match(plain) \
            or not all(plain.count(left) == plain.count(right) for left, right in ("()", "（）", "【】", "「」", "“”", "《》")):
        return None
    info = glued.groupdict().get("info") or ""
    day = parse_date_text(re.sub(r"^\D+", "", for_matching(info))) if info else None
    if info and day is None:
        return None
    return RunIn(head, info, glued["lead"], day, None)


def _spaced_run_in(text: str) -> RunIn | None:
    words = list(re.finditer(r"\S+", text.strip()))
    text = text.strip()
    # (a date after a clause in the word is the lead's: `为进一步…意识,…2024年10月10日,一场…`)
    plains = [SPACED_DATE.sub("", for_matching(word.group(0))) for word in words]
    # (the lead's own dateline after the info is the lead's: `… 来源:UKER Top News 中英网11月8日讯 中国民用航空…`)
    marks = [index > 0 and bool(_LEAD_MARK.search(plain)) for index, plain in enumerate(plains)]
    info_word = [not mark and bool(_INFO_START.match(plain) or _INFO_SOURCE.match(plain)
                                   or (dated := _INFO_DATE.search(plain)) and not _CLAUSE.search(plain[:dated.start()]))
                 for plain, mark in zip(plains, marks)]
    head = next((index for index, word in enumerate(words[:MAX_RUN_IN_WORDS + 1])
                 if info_word[index] or _CLAUSE.search(word.group(0))), None)
    # (a colon between a headline's phrases when a dated info follows them: `中江富兴:百亩竹林育山珍 鲜嫩春笋采收忙 2022/4/11 …`)
    dated_at = next((index for index, word in enumerate(words[:MAX_RUN_IN_WORDS + 1])
                     if info_word[index] or _CLAUSE.search(word.group(0)) and not _HEADLINE_COLON.match(for_matching(word.group(0)))), None)
    if dated_at and info_word[dated_at]:
        head = dated_at
    if head and info_word[head]:  # (after the date, the labelled fields are the info's too)
        for index in range(head + 1, len(words)):
            if not info_word[index]:
                if not _INFO_FIELD.match(for_matching(words[index].group(0))):
                    break
                info_word[index] = True
    if not head or head > MAX_RUN_IN_WORDS or max(len(word.group(0)) for word in words[:head]) < MIN_RUN_IN_WORD:
        return None
    lead_at = next((index for index in range(head, len(words)) if not info_word[index] and (_CLAUSE.search(words[index].group(0)) or marks[index])), None)
    if lead_at is None:
        return None
    if lead_at > head:  # (a site's or a poster's name in Latin letters beside the date is the info's: `… i-Cable 2023年01月21日`,
        # and the poster's rank: `… shiyingbao V管理員 /2023-06-19/191閱讀`)
        while head > 1 and (not HAN.search(words[head - 1].group(0)) or _POSTER_RANK.match(for_matching(words[head - 1].group(0)))):
            head -= 1
    headline = text[:words[head - 1].end()]
    info = text[words[head].start():words[lead_at].start()].strip() if lead_at > head else ""
    lead = text[words[lead_at].start():]
    if not _run_in_cut(headline, lead, MIN_LEAD_CLAUSE if not info else MIN_DATED_LEAD_CLAUSE) or len(info) > MAX_RUN_IN_INFO:
        return None
    day, labelled = None, None
    if info:
        plain = SPACED_DATE.sub("", for_matching(info))
        dated, clock = _INFO_DATE.search(plain), _INFO_TIME.search(plain)
        day = parse_date_text(dated.group(0) + (" " + clock.group(0) if clock else "")) if dated else None
        labelled = next((word for word in plain.split() if _INFO_SOURCE.match(word)), None)
        if day is None and labelled is None:
            return None  # (what sits between is not the page's info)
    named = _INFO_BY.search(info)
    # (the labelled source read as any info line's is: `来源:网络` names no one)
    source = named["name"] if named else next((value for kind, value in parse_info_line(labelled) or () if kind == "source"), None) if labelled else None
    return RunIn(headline, info, lead, day, source)


def _run_in_cut(headline: str, lead: str, min_clause: int) -> bool:
    """Whether a headline ends and a lead starts at this space: the headline is no dateline
    (`中新网7月16日电`, `(澳門電台消息)`) and closes its brackets, no number is cut (`…于12 月`), and the lead opens
    with a clause of its own (`宣布，…` goes on from the line before it), at least `min_clause` long or saying when (`昨日，…`)."""
    plain, opening = for_matching(headline), for_matching(lead)
    clause = _CLAUSE.search(opening)
    return (8 <= len(headline) <= MAX_HEADLINE_CHARS and len(lead) >= MIN_RUN_IN_LEAD
            and not DATELINE_START.match(plain) and not re.search(r"\d{1,2}日(?:电|讯|报道|消息)|(?:[电讯]|消息)[)）】\]]?$|^[(（【\[][^)）】\]]{2,14}报道[)）】\]]$|^本(?:报|网|台|刊)(?:专讯|讯)", plain)
            and all(plain.count(left) == plain.count(right) for left, right in ("()", "（）", "【】", "「」", "“”", "《》"))
            and not (plain[-1].isdigit() and opening[:1] in "年月日时号点")
            and not plain.endswith("的")  # (`医保基金作为人民群众的 “看病钱”…`: a sentence goes on past a space)
            and bool(re.match(r"[\u4e00-\u9fff【「“《(（\[]", opening)) and clause is not None
            and (clause.start() >= min_clause or bool(_LEAD_DAY.match(opening))))


# a lead's first clause that says when (`昨日,记者从…`, `5月3日,…`): short, and surely a lead's
_LEAD_DAY = re.compile(r"^(?:昨日|昨天|今日|今天|近日|日前|前日|前天|日内|(?:\d{1,2}月)?\d{1,2}日)[，,]")


MIN_LEAD_CLAUSE = 6
MIN_DATED_LEAD_CLAUSE = 2  # (a dated info between says where the lead starts: its first clause may be short, `食过春笋,`)
