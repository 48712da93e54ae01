"""The publisher by candidates and scores, for a page whose lines no rule reads a publisher from.

Every name-like span where pages name their publisher (the lines above the first paragraph and
the lead, the last paragraph and the lines below it) is a candidate: a run between separators,
and that run without a label before it (`来源`, `文|`, `据`) or a mark after it (`讯`, `9月26日报道`,
`记者`). Each is described by its shape (a media name's ending, letters, a person's name, digits),
its place (a line of its own, the top, the lead, the end), what stands before it (a 来源-style
label, an author's, an editor's, a bracket) and after it (a dateline, a reporter), and how often
the page repeats it. A linear score with weights fitted on the tune pages (`source_weights.json`,
written by `bench/source_fit.py` and checked leave-one-round-out) ranks them; the best stands as
the source when its score passes the file's threshold. It is the last reading: any rule's wins.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from digest.ingest.chinese import for_matching
from digest.ingest.credits import NOT_ORG, person_name
from digest.ingest.info_lines import CHANNEL
from digest.ingest.info_values import NO_SOURCE, SITE_SELF_NAME, names_no_publisher
from digest.ingest.model import Found, Line
from digest.ingest.paragraphs import first_paragraph, is_paragraph, last_paragraph

WEIGHTS = Path(__file__).with_name("source_weights.json")
TOP_LINES = 12  # lines above the first paragraph looked at (a menu above them is no credit)
LEAD_CHARS = 40  # of a paragraph, the opening (a dateline) or the end (a sign-off) looked at
TAIL_LINES = 6
MIN_CHARS, MAX_CHARS = 2, 16

_SEPARATORS = r"\s,，。；;:：|｜/／()（）【】\[\]《》「」“”\"'·•・>＞<＜~～!！?？、*＊#＃=_—\-"
_RUN = re.compile(f"[^{_SEPARATORS}]+")
_MEDIA_END = re.compile(r"(?:报|网|社|台|新闻|日报|晚报|时报|客户端|周刊|频道|之声|之音|传媒|杂志|电视|在线|发布|观察|财经|日报社|"
                        r"新闻网|资讯|科技|号|APP|App)$")
_BODY_END = re.compile(r"(?:局|委|厅|部|院|中心|公司|政府|办|协会|证券|集团|银行|研究所|大学|学会)$")
_LABEL_SOURCE = re.compile(r"(?:来源|稿源|来自|转自|出处|摘自|转载自|选自|原载|本文来自|文章来源|信息来源)[:：]?[ \u3000]*[《【「“]?$")
_LABEL_ACCORDING = re.compile(r"据[ \u3000]*[《【「“]?$")
_LABEL_AUTHOR = re.compile(r"(?:作者|文|撰文|发布人|发布者|发布|作者名|出品|出品方|媒体)[ \u3000]*[:：|｜/／]?[ \u3000]*$")
_LABEL_EDITOR = re.compile(r"(?:编辑|责编|责任编辑|校对|审核|审校|编审|监制|记者|通讯员|摄影|摄像|图|翻译|编译|主编)[ \u3000]*[:：|｜/／]?[ \u3000]*$")
_LABEL_UI = re.compile(r"(?:分享|关注|扫码|下载|标签|关键词|分类|栏目|频道|首页|位置|当前位置|阅读|浏览|点击|评论)[ \u3000]*[:：|｜/／>]?[ \u3000]*$")
_DATELINE_AFTER = re.compile(r"^[ \u3000]*(?:[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日)?(?:电|专电|讯|专讯|消息|报道|快讯|独家)")
_REPORTER_AFTER = re.compile(r"^[ \u3000]*(?:特派|实习|见习|首席|全媒体|特约)?(?:记者|通讯员)")
_DATE_AFTER = re.compile(r"^[ \u3000|｜]*(?:19|20)\d{2}[-/.年]")
_CUT_MARK = re.compile(r"(?:专讯|讯|消息|报道|报导|专电|(?<=[\u4e00-\u9fffA-Za-z])\d{1,2}月\d{1,2}日.*|(?:特派|实习|见习|首席|全媒体)?记者.*|"
                       r"(?<=[\u4e00-\u9fffA-Za-z])\d.*)$")
_LEADING_LABEL = re.compile(r"^[□■◆◇●○▲△★☆⊙]*(?:(?:本文|文章|信息|内容)?(?:来源于|来源|稿源|来自于|来自|转自|出处|摘自|转载自|选自|作者|文|图|据|发布人|发布者)[:：]?)?")
_NOT_A_NAME = re.compile(r"本报|本网|本站|本刊|本台|等|和|及|与|媒体|外电|外媒|消息|人士|网友|公众号|微信|官网|平台")
_UI_WORD = re.compile(r"首页|登录|注册|分享|下载|关注|扫码|扫一扫|返回|评论|阅读|浏览|点击|相关|推荐|热门|更多|上一篇|下一篇|打开|收藏|举报|"
                      r"版权|所有|声明|免责|联系|电话|邮箱|地址|广告|订阅|客服|网站|登陆|隐私")
_HEARSAY = re.compile(r"媒体|外媒|消息|知情|有关|相关|官方|人士|网友|网络|互联网|原创|转载|综合|本站|本网|佚名|未知|不详|小编|admin", re.I)
_NEWS_WORDS = re.compile(r"新闻|资讯|财经|科技|体育|娱乐|国际|国内|社会|军事|汽车|房产|教育|健康|旅游|文化|时政|要闻|正文|专题|视频|图片")


@dataclass(frozen=True)
class Candidate:
    name: str  # as the page prints it
    line: int  # the Line's number
    features: tuple[tuple[str, float], ...]


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(the run, the text before it, the text after it) for every run between separators; and a
    run without the label it opens with or the mark it ends with."""
    spans = []
    for match in _RUN.finditer(text):
        run, before, after = match.group(0), text[:match.start()], text[match.end():]
        spans.append((run, before, after))
        label = _LEADING_LABEL.match(run)
        if label and label.end() < len(run):
            spans.append((run[label.end():], before + run[:label.end()], after))
        cut = _CUT_MARK.search(run)
        if cut and cut.start() > 0:
            spans.append((run[:cut.start()], before, run[cut.start():] + after))
            if label and label.end() < cut.start():
                spans.append((run[label.end():cut.start()], before + run[:label.end()], run[cut.start():] + after))
    return spans


def _region(lines: Sequence[Line]) -> list[tuple[int, str, str]]:
    """(index, text looked at, place) of the lines where pages name their publisher."""
    first = first_paragraph(lines)
    last = last_paragraph(lines)
    chosen: dict[int, tuple[int, str, str]] = {}
    for index in range(min(first, TOP_LINES)):
        chosen[index] = (index, lines[index].text, "top")
    for index in range(first, min(first + 2, len(lines))):
        chosen.setdefault(index, (index, lines[index].text[:LEAD_CHARS], "lead"))
    if last < len(lines):
        chosen.setdefault(last, (last, lines[last].text[-LEAD_CHARS:], "end"))
    for index in range(max(0, len(lines) - TAIL_LINES), len(lines)):
        text = lines[index].text
        chosen.setdefault(index, (index, text[-LEAD_CHARS:] if is_paragraph(text) else text, "end"))
    return [chosen[index] for index in sorted(chosen)]


def candidates(lines: Sequence[Line]) -> list[Candidate]:
    region = _region(lines)
    plain_lines = [for_matching(text) for _, text, _ in region]
    found: dict[tuple[str, int], Candidate] = {}
    for (index, text, place), plain in zip(region, plain_lines):
        if len(plain) != len(text):
            continue  # (positions must hold to print the name as the page does)
        whole = plain.strip()
        for run, before, after in _spans(plain):
            name = run.strip()
            if not _may_name(name):
                continue
            at = len(before) + run.find(name)
            printed = text[at:at + len(name)]
            features = _features(name, before, after, whole, index, place, plain_lines)
            key = (printed, lines[index].number)
            if key not in found or sum(v for _, v in features) > sum(v for _, v in found[key].features):
                found[key] = Candidate(printed, lines[index].number, features)
    return list(found.values())


def _may_name(name: str) -> bool:
    """Whether a run can be a publisher's name at all: not a placeholder, a channel, hearsay, a
    site's self-description, nor two characters of Han (`新闻`, `中心`)."""
    return MIN_CHARS <= len(name) <= MAX_CHARS and bool(re.search(r"[\u4e00-\u9fffA-Za-z]", name)) \
        and not re.fullmatch(r"[\d\W_]+|[A-Za-z]|[\u4e00-\u9fff]{2}", name) and not NOT_ORG.match(name) \
        and not NO_SOURCE.match(name) and not names_no_publisher(name) and not SITE_SELF_NAME.search(name) \
        and not re.fullmatch(CHANNEL, name) and not _NOT_A_NAME.search(name)


def _features(name: str, before: str, after: str, whole: str, index: int, place: str, texts: list[str]) -> tuple[tuple[str, float], ...]:
    before, after = before.rstrip(), after.lstrip()
    latin = bool(re.search(r"[A-Za-z]", name))
    features = {
        "bias": 1.0,
        "media_end": float(bool(_MEDIA_END.search(name))),
        "body_end": float(bool(_BODY_END.search(name))),
        "latin": float(latin),
        "all_latin": float(bool(re.fullmatch(r"[A-Za-z0-9.\- ]+", name))),
        "digit": float(bool(re.search(r"\d", name))),
        "person": float(person_name(name)),
        "short": float(len(name) <= 3),
        "long": float(len(name) >= 9),
        "ui_word": float(bool(_UI_WORD.search(name))),
        "hearsay": float(bool(_HEARSAY.search(name))),
        "news_word": float(bool(_NEWS_WORDS.search(name)) and not _MEDIA_END.search(name)),
        "label_source": float(bool(_LABEL_SOURCE.search(before[-12:]))),
        "label_according": float(bool(_LABEL_ACCORDING.search(before[-4:]))),
        "label_author": float(bool(_LABEL_AUTHOR.search(before[-8:]))),
        "label_editor": float(bool(_LABEL_EDITOR.search(before[-8:]))),
        "label_ui": float(bool(_LABEL_UI.search(before[-8:]))),
        "bracket": float(before[-1:] in ("【", "《", "[", "「", "“")),
        "paren": float(before[-1:] in ("(", "（")),
        "dateline_after": float(bool(_DATELINE_AFTER.match(after))),
        "reporter_after": float(bool(_REPORTER_AFTER.match(after))),
        "date_after": float(bool(_DATE_AFTER.match(after))),
        "sentence_after": float(after[:1] in ("。", "！", "？", "，", ",")),
        "whole_line": float(name == whole),
        "line_start": float(not before.strip()),
        "first_line": float(index == 0),
        "top": float(place == "top"),
        "lead": float(place == "lead"),
        "end": float(place == "end"),
        "repeated": math.log1p(sum(name in text for text in texts) - 1),
    }
    return tuple(sorted((key, value) for key, value in features.items() if value))


@cache
def _weights() -> tuple[dict[str, float], float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.is_file() else {}
    return dict(data.get("weights", {})), float(data.get("threshold", math.inf))


def score(candidate: Candidate, weights: dict[str, float]) -> float:
    return sum(weights.get(key, 0.0) * value for key, value in candidate.features)


def scored_source(lines: Sequence[Line], weights: dict[str, float] | None = None, threshold: float | None = None) -> Found | None:
    """The best candidate as a `scored_source` (taken when no other reading names a source), or None
    when none scores above the threshold."""
    if weights is None or threshold is None:
        weights, threshold = _weights()
    best = max(((score(candidate, weights), candidate) for candidate in candidates(lines)), key=lambda pair: pair[0], default=None)
    if best is None or best[0] < threshold:
        return None
    value, candidate = best
    return Found("scored_source", candidate.name, candidate.line,
                 f"line {candidate.line}: the best-scored name ({value:.2f}: {', '.join(key for key, _ in candidate.features)})")
