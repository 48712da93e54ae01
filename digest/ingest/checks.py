"""Warnings for the curator: what ingest cannot fix and must not guess.

Each check is named and switchable (`ingest: checks: {shuffled_text: false}`). A serious warning
makes the article a draft, so a person looks at it before it is published.
"""
from __future__ import annotations

import operator
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from collections.abc import Callable
from difflib import SequenceMatcher

from digest.ingest.chinese import NOT_HAN, for_matching, simplified, traditional_only
from digest.ingest.model import DateGuess, Line, Warning
from digest.ingest.paragraphs import schedule_rows
from digest.ingest.spinning import SPUN_SCORE, spinning
from digest.ingest.stuffing import betting_sites, cut_clauses, stuffed_connectors, title_pieces

_SPEECH_COLON = re.compile(
    r"(?:表示|说|称|指出|强调|透露|认为|坦言|直言|回应|介绍|写道|问道|答道|提到|宣布|告诉记者|回忆|感叹|补充|解释|警告|呼吁)[:：]$"
)
# what a quote opens with, after `…表示：`
_QUOTE_START = re.compile(r"^[“「『\"'‘《]")
# Chinese characters, and everything else
_NOT_FOUND = re.compile(
    r"404|Not Found|not found|页面不存在|页面未找到|找不到(?:该|此|您要的)?页面|访问的页面|无法访问|已被删除|已删除|"
    r"Access Denied|Forbidden|请开启JavaScript|请启用JavaScript|验证码|Service Unavailable|服务器错误|502 Bad Gateway"
)
# (not a word the character opens: `地方`, `了解`, `得到`, `着力`, `的确`)
_PARTICLE_START = re.compile(r"(?:^|[。！？])(?:的(?![确士])|了(?![解结却然])|着(?![力重手眼急实陆装想])|"
                             r"地(?![方区铁震点址图球面下上产价块段税质理形势域标名处带步位狱毯])|得(?![到出知益分以失奖主])|吗|呢|吧)(?=[\u4e00-\u9fff])")
MIN_BODY_CHARS = 60
MIN_SHUFFLE_CHARS = 200
_LIST_ITEM = re.compile(r"[•●▪◆■][^•●▪◆■。！？\n]{0,40}")  # a bulleted item, up to the next
MAX_SHUFFLE_CHARS = 1500  # enough to tell; a long article need not be read to the end
STUFFED_INSERTS = 3  # fragments pushed into a paragraph the page also prints clean (clean pages: at most 1)
_STUFFED_PARAGRAPHS = 12  # the top of the page: where a farm prints its summary above the stuffed copy
_STUFFED_MIN, _STUFFED_MAX = 30, 600  # Han characters of a paragraph compared (the cost stays small)


@dataclass(frozen=True)
class Draft:
    """What the checks look at."""

    title: str
    lines: tuple[Line, ...]
    date: DateGuess
    planted: tuple[str, ...] = ()  # runs of symbols the rule `planted_symbols` took out of the lines
    decks: tuple[str, ...] = ()  # summaries taken out above the text that repeats them (a stuffer's clean copy too)

    @cached_property
    def text(self) -> str:  # every check reads it: joined once
        return "".join(line.text for line in self.lines)

    @cached_property
    def simplified_lines(self) -> tuple[str, ...]:  # the spinner's and the stuffer's marks are read so: converted once
        joined = "\n".join(line.text for line in self.lines)
        return tuple((joined if traditional_only().isdisjoint(joined) else simplified(joined)).split("\n"))

    @cached_property
    def title_pieces(self) -> dict[int, list[tuple[int, int]]]:  # the check and the copy's sketch read it: found once
        return title_pieces(self.title, [line.text for line in self.lines])


def lost_quotes(draft: Draft) -> list[Warning]:
    """`…表示:` followed by text that is not the quote: the quote was an image or an embed."""
    warnings = []
    for index, line in enumerate(draft.lines):
        if not _SPEECH_COLON.search(for_matching(line.text)):
            continue
        following = draft.lines[index + 1].text if index + 1 < len(draft.lines) else ""
        if not _QUOTE_START.match(following):
            said = line.text if len(line.text) <= 30 else "…" + line.text[-29:]
            warnings.append(Warning("lost_quotes", line.number,
                                    f"lost quote: “{said}” is not followed by what was said (kept as is)"))
    return warnings


def short_body(draft: Draft) -> list[Warning]:
    chars = len(re.sub(r"\s", "", draft.text))
    if chars < MIN_BODY_CHARS:
        return [Warning("short_body", None, f"suspiciously short body: {chars} characters", serious=True)]
    return []


def not_article(draft: Draft) -> list[Warning]:
    """An error page, a login wall, a page of links: not an article at all."""
    text = draft.text
    han = len(NOT_HAN.sub("", text))
    if not draft.title:
        return [Warning("not_article", None, "no title line", serious=True)]
    if _NOT_FOUND.search(draft.title) or (len(text) < 400 and _NOT_FOUND.search(text)):
        return [Warning("not_article", None, "looks like an error page, not an article", serious=True)]
    if text and han / len(text) < 0.2 and len(text) > 40:
        return [Warning("not_article", None, f"little Chinese text ({han} of {len(text)} characters)", serious=True)]
    return []


def shuffled_text(draft: Draft) -> list[Warning]:
    """Shuffled or machine-spun text. A synonym spinner leaves phrases no writer would use
    (`东说念主` for 人, `经由过程` for 通过, `相干部分暗示` for 相关部门表示): several different
    ones make the text spun (spinning.py), and the warning names them. A keyword stuffer prints a
    paragraph clean and again with its keywords pushed in (`_stuffed_copy`); a rewriter stuffs
    connectors (`其实,`, `反过来看,`) in as paragraphs of their own, or keyword lines between the
    clauses of a sentence, or a betting site's name into its sentences (stuffing.py), or runs of
    symbols between its words (`planted_symbols` removes them and the check says so: such a page
    is a farm's). Shuffled text keeps the characters but loses the words: in real text the same character pairs (words) recur far more
    often than in a random arrangement of the same characters, and particles such as 的 and 了 do
    not start sentences."""
    spun = spinning("".join(draft.simplified_lines))
    if spun.spun:
        return [Warning("shuffled_text", None,
                        f"text looks machine-spun: {len(spun.forms)} phrase(s) a synonym spinner leaves "
                        f"(score {spun.score}, {SPUN_SCORE} flags): {spun.evidence()}; kept as is", serious=True)]
    betting = betting_sites(draft.simplified_lines)
    if betting:
        return [Warning("shuffled_text", None,
                        f"text looks stuffed: a betting site's name was pushed into it ({'、'.join(betting[:4])}); "
                        "kept as is", serious=True)]
    if draft.planted:
        shown = " ".join(draft.planted[:4])
        return [Warning("shuffled_text", None,
                        f"text looks stuffed: {len(draft.planted)} run(s) of symbols were planted inside its "
                        f"sentences ({shown} …); they were removed, the text kept", serious=True)]
    stuffed = _stuffed_copy(draft) or _title_pieces(draft)
    if stuffed:
        return stuffed
    connectors = stuffed_connectors(line.text for line in draft.lines)
    if connectors:
        return [Warning("shuffled_text", None,
                        f"text looks stuffed by a rewriter: {len(connectors)} connector(s) standing as paragraphs "
                        f"of their own ({'、'.join(connectors[:6])}); kept as is", serious=True)]
    cut = cut_clauses(line.text for line in draft.lines)
    if cut:
        return [Warning("shuffled_text", None,
                        f"text looks keyword-stuffed: {cut} paragraphs start with a clause mark (lines were pushed in "
                        f"between its clauses); kept as is", serious=True)]
    return _shuffled(draft)


def _stuffed_copy(draft: Draft) -> list[Warning]:
    """A keyword-stuffing farm prints a paragraph clean (a summary) and again with fragments of
    its keywords pushed in at clause starts (`国庆北京青年报记者…,假期近千假日期间,学生心…`):
    the second is the first with several short insertions and nothing else changed. A page that
    prints a paragraph twice prints it the same, or cut off, or reworded (a replacement, not an
    insertion)."""
    # (a summary taken out as the page's deck is the clean copy still: evidence, not text)
    paragraphs = [NOT_HAN.sub("", text)[:_STUFFED_MAX] for text in (*draft.decks, *(line.text for line in draft.lines[:_STUFFED_PARAGRAPHS]))]
    paragraphs = [text for text in paragraphs if len(text) >= _STUFFED_MIN]
    pairs = {text: {text[i:i + 2] for i in range(len(text) - 1)} for text in paragraphs}
    for clean in paragraphs:
        for stuffed in paragraphs:
            if len(stuffed) < len(clean) + 2 * STUFFED_INSERTS or len(pairs[clean] & pairs[stuffed]) < 0.6 * len(pairs[clean]):
                continue
            # a stuffer's fragments are its keywords, pushed in again and again (or the headline's
            # words); a writer who expands a paragraph adds words of their own, once
            inserted = [piece for piece in _insertions(clean, stuffed)
                        if piece in draft.title or draft.text.count(piece) >= 2]
            if len(inserted) >= STUFFED_INSERTS:
                shown = "、".join(inserted[:8])
                return [Warning("shuffled_text", None,
                                f"text looks keyword-stuffed: a paragraph is printed again with {len(inserted)} "
                                f"fragment(s) pushed in ({shown}); kept as is", serious=True)]
    return []


def _title_pieces(draft: Draft) -> list[Warning]:
    """The headline cut into pieces pushed in front of a paragraph's clauses (stuffing.title_pieces)."""
    pieces = [draft.lines[index].text[start:end] for index, spans in draft.title_pieces.items() for start, end in spans]
    if not pieces:
        return []
    return [Warning("shuffled_text", None,
                    f"text looks keyword-stuffed: the headline's pieces were pushed in, in its order, at "
                    f"{len(pieces)} clause starts ({'、'.join(pieces[:8])}); kept as is", serious=True)]


def _insertions(clean: str, stuffed: str) -> list[str]:
    """The short pieces (2-8 characters) that `stuffed` adds inside `clean`, when most of `clean`
    is kept and little else changed (a cut-off end aside); else none."""
    ops = SequenceMatcher(None, clean, stuffed, autojunk=False).get_opcodes()
    kept = [index for index, op in enumerate(ops) if op[0] == "equal"]
    if not kept or sum(ops[index][2] - ops[index][1] for index in kept) < 0.6 * len(clean):
        return []
    inner = ops[kept[0]:kept[-1] + 1]
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in inner if tag in ("replace", "delete"))
    if changed > 0.1 * len(clean):
        return []
    return [stuffed[j1:j2] for tag, _, _, j1, j2 in inner if tag == "insert" and 2 <= j2 - j1 <= 8]


def _shuffled(draft: Draft) -> list[Warning]:
    # (the items of a list, `• 基隆市:正常上班上課` twenty times, or a schedule's rows are no sentences: prose only)
    rows = schedule_rows(draft.lines)
    text = "\n".join(line.text for index, line in enumerate(draft.lines) if index not in rows) if rows else draft.text
    prose = _LIST_ITEM.sub("", text[:4 * MAX_SHUFFLE_CHARS])
    han = NOT_HAN.sub("", prose[:2 * MAX_SHUFFLE_CHARS])[:MAX_SHUFFLE_CHARS]
    if len(han) < MIN_SHUFFLE_CHARS:
        return []
    observed = _repeated_pairs(han)
    # What chance gives with these characters: a pair (a, b) turns up about n·p(a)·p(b) times,
    # and summed over all pairs the repeats come to about (n·Σp²)²/2.
    size = len(han)
    counts = Counter(han).values()
    square_sum = sum(map(operator.mul, counts, counts)) / (size * size)
    expected = max(1.0, (size * square_sum) ** 2 / 2)
    ratio = observed / expected
    sentences = max(1, len(re.findall(r"[。！？]", draft.text)))
    particle_starts = len(_PARTICLE_START.findall("\n".join(draft.simplified_lines)))  # (`地點` is `地点`, a word, no particle)
    if ratio < 1.25 or particle_starts / sentences > 0.2:
        return [Warning("shuffled_text", None,
                        f"text looks shuffled or machine-spun (word pairs recur {ratio:.2f}x chance; "
                        f"{particle_starts} sentence(s) start with a particle)", serious=True)]
    return []


def _repeated_pairs(text: str) -> int:
    """How many of the text's character pairs repeat an earlier one. Each pair is one 64-bit
    number (two UTF-32 code units), read in C from the encoded text: pairs at even offsets
    from one view, at odd offsets from another."""
    count = len(text)
    data = text.encode("utf-32-le")
    even = memoryview(data[:count // 2 * 8]).cast("Q")
    odd = memoryview(data[4:4 + (count - 1) // 2 * 8]).cast("Q")
    return (count - 1) - len(set(even).union(odd))


def undated(draft: Draft) -> list[Warning]:
    if draft.date.confidence == "none":
        return [Warning("undated", None, "no date found: the file's date was used; set `date:`", serious=True)]
    return []


CHECKS: dict[str, Callable[[Draft], list[Warning]]] = {
    "lost_quotes": lost_quotes,
    "short_body": short_body,
    "not_article": not_article,
    "shuffled_text": shuffled_text,
    "undated": undated,
}


def run_checks(draft: Draft, enabled: dict[str, bool]) -> tuple[Warning, ...]:
    warnings: list[Warning] = []
    for name, check in CHECKS.items():
        if enabled.get(name, True):
            warnings.extend(check(draft))
    return tuple(warnings)
