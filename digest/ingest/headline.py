"""The headline, chosen by evidence, and the lines between it and the article's text.

Among the lines above the article's first paragraph, the one that looks most like a headline
(length, no sentence in it, not a list item, not furniture or a credit) and is most confirmed (the
HTML page's title, its words in the text, an info line right under it, being the first line) is
the headline; whatever sits above it is page furniture. A headline loses the wrapping pages give
it (a portal's name, a row of keywords, a wire's dateline, a forum's tag). Between the headline and
the text, a few short lines that say nothing, and anything above a dateline that opens the text,
are furniture too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.translations import TRANSLATION_REASON, is_translation
from digest.ingest.credits import PLACED_BYLINE
from digest.ingest.chinese import HAN, for_matching, shared_pairs, squeezed, words_in_text
from digest.ingest.headline_text import CHANNEL_PREFIX, DATELINE_TITLE, GLUED_TAG, MAX_HEADLINE_CHARS, clean_headline
from digest.ingest.info_chrome import dated_words
from digest.ingest.info_lines import TITLE_LABEL, parse_info_line
from digest.ingest.info_values import CHANNEL, FUSED_DATE
from digest.ingest.layout import RULE, TWICE_REASON, article_start, furniture_reason
from digest.ingest.menus import crumb_end, over_info_line, phrases_placed_as_headline
from digest.ingest.headline_evidence import WEIGHTS, headline_features
from digest.ingest.datelines import DATELINE_START
from digest.ingest.headline_subtitle import MAX_BELOW_HEADLINE_CHARS, says_nothing, subtitle_under
from digest.ingest.headline_twins import SITE_AFTER_DASH, bare_twin, punctuated_twin
from digest.ingest.model import Found, Line, Page, Removal
from digest.ingest.publishers import bare_publisher

_CRUMB_REASON = "a breadcrumb"  # (layout.furniture_reason's, for a breadcrumb taken whole)
MAX_HEAD_LINES = 120  # a page's menus can be long: the headline is above the first paragraph
MAX_SHORT_PAGE_HEAD = 3

TEXT_LINES = 12
# a heading's word alone (`案情回顾`, `人物档案`), a piece of a sentence (`停在门口……`, `12月11日凌晨`)
_HEADING_OR_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,5}$|(?:…|\.\.)$|\d{1,2}月\d{1,2}日")
# a name alone under the headline (`陈芝`, `郑蜀炎`): a byline, by its shape (one of the commonest
# surnames, those of some nine in ten people, and a given name of one or two characters); a word alone
# there may be the text's first heading (`案情回顾`, `人物档案`): it stays; a channel's label (`新闻动态`) goes
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾"
             "夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
PERSON_NAME = re.compile(rf"(?:欧阳|司马|诸葛|上官|[{_SURNAMES}])[\u4e00-\u9fff]{{1,2}}")
MIN_COPY_CHARS = 6
MAX_AFFIX_CHARS = 30


MAX_ABOVE_DATELINE_CHARS = 30  # longer, only a caption by its shape (a lead before the dateline is text)
MAX_DATELINE_INDEX = 4


def _dateline_index(lines: tuple[Line, ...]) -> int:
    for index, line in enumerate(lines[:MAX_DATELINE_INDEX + 1]):
        if DATELINE_START.match(for_matching(line.text.strip())) and len(line.text) > 20:
            return index
    return 0


def below_headline(page: Page, headline: str = "", title: str = "") -> Page:
    """The lines between the headline (taken) and the article's first paragraph that are short and
    say nothing (an account name, a tag, `Original`, a follow prompt, a byline the rules did not
    read), or that print the headline again in pieces: furniture. A dateline (`新华社北京6月1日电`)
    and anything with a sentence in it stay. Anywhere, a line that is the headline again (as
    printed, or as the title it gives) is furniture too."""
    copies = {squeezed(text).rstrip("。.") for text in (headline, title, GLUED_TAG.sub("", title))
              if len(squeezed(text)) >= MIN_COPY_CHARS}  # (`[視頻]<the headline>`: its copy without the tag)
    # (or wrapped as the page wraps it, `标题: <the headline>`: cleaned, it is the title)
    again = [line for line in page.lines if squeezed(line.text).rstrip("。.") in copies
             # (with a site's name after a dash, as the page's title line adds it: `<the headline>-有駕`)
             or any(squeezed(line.text).startswith(copy) and SITE_AFTER_DASH.fullmatch(squeezed(line.text)[len(copy):]) for copy in copies)
             or (len(line.text) <= MAX_HEADLINE_CHARS and any(copy in squeezed(line.text) for copy in copies)
                 and squeezed(clean_headline(line.text)) in copies
                 and not DATELINE_TITLE.match(for_matching(line.text.strip())))  # (a wire's `…电 题：` opens its text)
             # the headline again at the end of a line, a dateline or a tag before it and no sentence
             # (`西安兵马俑在线1月27日讯 (抗击新型肺炎)<the headline>`) right under it: the site's own copy of it
             or (line in page.lines[:2] and not re.search(r"[。！？]", line.text)
                 and DATELINE_START.match(for_matching(squeezed(line.text))) is not None
                 and not DATELINE_TITLE.match(for_matching(line.text.strip()))
                 and any(squeezed(line.text).endswith(copy) and len(squeezed(line.text)) - len(copy) <= MAX_AFFIX_CHARS
                         for copy in copies))]
    if again:
        page = page.with_lines([line for line in page.lines if line not in again],
                               [Removal(RULE, line.number, line.text, "the headline printed again") for line in again])
    if page.lines and TITLE_LABEL.match(labelled := for_matching(page.lines[0].text.strip())) \
            and len(labelled) <= MAX_HEADLINE_CHARS + 4 and not re.search(r"。.", labelled):
        # (`标题:<another title>` right under the headline: a farm's second title for the text, no text)
        page = page.with_lines(page.lines[1:], [Removal(RULE, page.lines[0].number, page.lines[0].text, "a labelled title under the headline")])
    pieces = _pieces_below(page.lines, headline) if headline else 0
    subtitle = subtitle_under(page, headline) if not pieces else None
    if subtitle is not None:
        page = page.with_lines([line for line in page.lines if line is not subtitle],
                               [Removal(RULE, subtitle.number, subtitle.text, "the headline's subtitle")])
    if pieces:
        page = page.with_lines(page.lines[pieces:], [Removal(RULE, line.number, line.text, "the headline printed again in pieces")
                                                     for line in page.lines[:pieces]])
    dated = _dateline_index(page.lines)
    if dated:
        # a report starts at its dateline (`新华社北京6月1日电`, `红山网讯`): what sits between the
        # headline and it is captions, decks and credits
        above = [line for line in page.lines[:dated]  # (a line with a date there is an info line, left to be read)
                 if (len(line.text) <= MAX_ABOVE_DATELINE_CHARS or furniture_reason(line.text, "body"))
                 and not FUSED_DATE.search(for_matching(line.text))]
        if len(above) == dated:
            page = page.with_lines(page.lines[dated:], [Removal(RULE, line.number, line.text, "between the headline and the dateline")
                                                        for line in above])
    end = article_start(page.lines)
    if end >= len(page.lines):
        return page  # no paragraph: nothing is known to be furniture
    days = {line.number: day for line in page.lines[:end] for day in [dated_words(for_matching(line.text.strip()))] if day}
    dated_lines = [line for line in page.lines if line.number in days]
    if dated_lines:  # (they go whatever the short lines do, and do not count among them; their day is stated)
        page = page.with_lines([line for line in page.lines if line not in dated_lines],
                               [Removal(RULE, line.number, line.text, "an info line under the headline (its day and a few words)")
                                for line in dated_lines],
                               found=page.found + tuple(Found("date", days[line.number], line.number, f"line {line.number}: "
                                                              f"{line.text.strip()} under the headline") for line in dated_lines))
        end -= len(dated_lines)
    translated = [line for line in page.lines[:end] if is_translation(line.text)] if HAN.search(page.lines[end].text) else []
    if translated:  # (`'Hermès of durian': The luxury fruit cashing in…` under a Chinese headline, over Chinese text)
        page = page.with_lines([line for line in page.lines if line not in translated],
                               [Removal(RULE, line.number, line.text, TRANSLATION_REASON) for line in translated])
        end -= len(translated)
    kept: list[Line] = []
    removals: list[Removal] = []
    text_words = for_matching("".join(line.text for line in page.lines[end:end + TEXT_LINES]))
    for index, line in enumerate(page.lines):
        text = for_matching(line.text.strip())
        if index < end and says_nothing(text) and not line.heading:
            removals.append(Removal(RULE, line.number, line.text, "between the headline and the text"))
        else:
            kept.append(line)
    # one short line there may be a subtitle or a heading, unless the text never uses its words and it
    # is no heading's word nor a piece of a sentence (a counter, a byline, a credit, a stray label): a
    # page's other furniture comes in several
    alone = for_matching(removals[0].text.strip()) if removals else ""
    lone = len(removals) == 1 and (not shared_pairs(alone, text_words) and not _HEADING_OR_PIECE.search(alone)
                                   or bool(re.fullmatch(CHANNEL, alone)))  # (`新闻动态`: a channel's label)
    if len(removals) < 2 and not lone and not (removals and PERSON_NAME.fullmatch(alone)):
        return page
    named = next(((name, removal) for removal in removals for name in [bare_publisher(removal.text)] if name), None)
    found = (Found("source", named[0], named[1].line, f"line {named[1].line}: a name under the headline"),) if named else ()
    return page.with_lines(kept, removals, found=page.found + found)

@dataclass(frozen=True)
class HeadlineChoice:
    index: int  # of the page's line
    evidence: str
    subtitle: bool = False  # the line under it is its subtitle (furniture, as the page's other decks)


_NOT_HEADLINE_END = tuple("。；;：:，,、")
# `中外网 - 关注中外最新动态!`, `「X」沙巴论坛 - 沙巴人聚集之地`: a site's name, a dash and its slogan
_SITE_AND_SLOGAN = re.compile(r"^(?:[「『“][^」』”]{1,8}[」』”])?[\u4e00-\u9fffA-Za-z0-9]{1,10}(?:网|網|報|报|新闻|新聞|資訊|资讯|在线|频道|台|论坛|論壇|社区|社區)[ \u3000]*[-–—|｜][ \u3000]*\S{2,20}(?:[ \u3000]?[!！])?$")
_CREDIT_MARK = re.compile(r"[【\[][^【】\[\]]{1,16}(?:讯|专讯|独家|专稿|消息|报道)[】\]]")
_NOT_HEADLINE_START = tuple("，,、。；;：:)）」』”’")  # a line that goes on from the one before
_CREDIT_WORDS = re.compile(r"来源[:：·|｜ ]|作者[:：|｜ ]|责任编辑|责编[:：]|发布时间|记者[ \u3000]*[:：|｜]|本站作者|编辑[:：|｜]")
_CREDIT_START = re.compile(r"^(?:文|图|来源|作者|编辑|责编|责任编辑|记者|本站|撰文|采写)[ \u3000]*[:：|｜·/]")
MAX_SHOUTING_HEADLINE = 40  # a first line this short may shout (`天哪!云南居首!占了三个!…`): a headline, not sentences
# a speaker's words (`记者：…？`, `张三：…。`, `张三：…！` under a headline); a name's question or
# exclamation on the page's first line (`戴庆成:…表现如何?`) is a headline's shape
_SPEAKER = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,4}[：:].*。$|^(?:问|答|记者|主持人|[QA])[：:].*[。？！?!]$")
_NAME_ASKS = re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,4}[：:].*[？！?!]$")


def choose_headline(page: Page, html_title: str = "") -> HeadlineChoice | None:
    """Among the lines above the article's first paragraph, the one that looks most like its
    headline and is most confirmed (the page's HTML title, its words in the text, the info line
    under it). None when the page's first line is its only candidate."""
    lines = page.lines
    info_lines: dict[int, set[str]] = {}
    for found in page.found:
        if found.line is not None:
            info_lines.setdefault(found.line, set()).add(found.field)
    first_prose = article_start(lines)
    bylined = _bylined_below(lines, first_prose, info_lines)
    repeated = _repeated_below(lines, first_prose) if bylined is None and first_prose == 0 else None
    if repeated is not None:
        bylined = repeated
    if bylined is not None:
        first_prose = bylined + 1  # the prose above it is the site's description, not the article's
    # a page without a paragraph (an interview of short lines, a list): its headline is on top
    limit = min(first_prose, MAX_HEAD_LINES if first_prose < len(lines) else MAX_SHORT_PAGE_HEAD)
    if limit <= 1:
        return None
    text_after = "".join(line.text for line in lines[limit:limit + 12])
    # a line's copies the page's rules already took out (`a line the page already has`): printed again
    copies = frozenset((squeezed(removal.text), removal.line) for removal in page.removals if removal.why == TWICE_REASON)
    # (and the last parts of the breadcrumbs taken above: `首頁 » <the headline>`, the page naming its article)
    crumbs = frozenset((end, removal.line) for removal in page.removals if removal.why == _CRUMB_REASON and (end := crumb_end(removal.text)))
    best: tuple[float, int, list[str]] | None = None
    for index in range(limit):
        line = lines[index]
        if index and lines[index - 1].text.rstrip().endswith(("，", ",", "、")):
            break  # the line above goes on into this one: text broken into lines, no headline below
        evidence = _headline_evidence(line, index, lines, text_after, info_lines, html_title, copies, crumbs)
        if evidence is None:
            continue
        score, notes = evidence
        if best is None or score > best[0]:
            best = (score, index, notes)
    chosen, notes = (best[1], best[2]) if best is not None else (0, [])
    if repeated is not None and chosen != repeated and squeezed(lines[chosen].text).startswith(squeezed(lines[repeated].text)):
        chosen, notes = repeated, [f"line {lines[repeated].number}, printed twice (once with more after it)"]
    whole = _whole_above(lines, chosen)
    main = _main_above(lines, chosen, text_after, info_lines, html_title) if whole is None else None
    if whole is not None:
        notes = [*notes, f"line {lines[whole].number} is it whole, the lines under it its pieces"]
        chosen = whole
    elif main is not None:
        notes = [*notes, f"line {lines[main].number} above it is the main headline (its words all in the text), it the subtitle"]
        return HeadlineChoice(main, "; ".join(notes), subtitle=True)
    twin = punctuated_twin(lines, chosen, limit)
    if twin is not None:
        return HeadlineChoice(twin, "; ".join([*notes, f"line {lines[twin].number} is line {lines[chosen].number} "
                                                          "with its punctuation (a page title drops it)"]))
    bare = bare_twin(lines, chosen, limit)
    if bare is not None:
        return HeadlineChoice(bare, "; ".join([*notes, f"line {lines[bare].number} is line {lines[chosen].number} "
                                                        "without the name or channel a page title adds"]))
    if chosen == 0:
        return None
    return HeadlineChoice(chosen, "; ".join(notes))


MIN_MAIN_SHARED = 0.8


MIN_MAIN_CHARS = 8  # (shorter, a kicker over the headline: `10月1日起` / `调味电子烟将下架`)


def _main_above(lines: tuple[Line, ...], chosen: int, text_after: str, info_lines: dict[int, set[str]], html_title: str) -> int | None:
    """The line right above the chosen one when it is the main headline and the chosen one its
    subtitle (`省十三届人大七次会议举行第二场新闻发布会` / `5位发布人就…作主题发布`): a headline's shape,
    as many of its words in the text (nearly all), neither line a copy of the other."""
    upper = chosen - 1
    if upper < 0 or lines[chosen].number - lines[upper].number > 2:
        return None
    above, below = squeezed(lines[upper].text), squeezed(lines[chosen].text)
    if len(above) < MIN_MAIN_CHARS or above in below or below in above \
            or _headline_evidence(lines[upper], upper, lines, text_after, info_lines, html_title) is None:
        return None
    text = for_matching(text_after)
    shared_above = shared_pairs(for_matching(above), text) or 0.0
    return upper if shared_above >= max(MIN_MAIN_SHARED, shared_pairs(for_matching(below), text) or 0.0) else None


MAX_PIECES = 6


def _whole_above(lines: tuple[Line, ...], chosen: int) -> int | None:
    """A line above the chosen one that is the chosen one and the lines between run together: an
    e-paper prints its headline whole, then in the pieces of its layout (`出席…会晤` / `并对…访问` /
    `习近平抵达金奈` / `与…会见`); the whole is the headline."""
    for index in range(max(0, chosen - MAX_PIECES), chosen - 1):
        whole = squeezed(lines[index].text)
        if len(whole) >= 8 and whole == squeezed("".join(line.text for line in lines[index + 1:chosen + 1])):
            return index
    return None


def _pieces_below(lines: tuple[Line, ...], headline: str) -> int:
    """How many lines under the headline are its pieces, in order (see _whole_above)."""
    whole, joined = squeezed(headline), ""
    for count, line in enumerate(lines[:MAX_PIECES], 1):
        joined += squeezed(line.text)
        if not joined or not whole.startswith(joined):
            return 0
        if joined == whole:
            return count if count >= 2 else 0
    return 0


MAX_DESCRIPTION_LINES = 4
MAX_DESCRIPTION_CHARS = 150
MIN_SHARED_PAIRS = 0.3


def _bylined_below(lines: tuple[Line, ...], first_prose: int, info_lines: dict[int, set[str]]) -> int | None:
    """A headline-shaped line right under the page's first sentences, with the page's first dated
    info line under it (`udn高屏離島新聞：報導…的生活百態。` / `林邊公所悄搬家 鄉民洽公撲空` /
    `Sep 28th 2014, 19:48`): the sentences above are the site's description."""
    dated = [number for number, fields in info_lines.items() if "date" in fields]
    if not dated or first_prose >= len(lines) or min(dated) < lines[first_prose].number:
        return None
    for index in range(first_prose + 1, min(len(lines) - 1, first_prose + 1 + MAX_DESCRIPTION_LINES)):
        above = lines[first_prose:index]
        if sum(len(line.text) for line in above) > MAX_DESCRIPTION_CHARS \
                or sum(1 for line in above if HAN.search(line.text) and re.search(r"[。！？]", line.text)) > 1:
            return None  # (a description is a sentence or two on one line; more is the article's text)
        text = for_matching(lines[index].text.strip())
        if not 6 <= len(text) <= MAX_HEADLINE_CHARS or re.search(r"[。！？!?；;，,：:]$|。.", text):
            continue
        after = for_matching("".join(line.text for line in lines[index + 1:index + 6]))
        if any(lines[index].number < number < lines[index + 1].number for number in dated) \
                and (shared_pairs(text, after) or 0.0) >= MIN_SHARED_PAIRS:
            return index  # (a headline's words come back in its text)
    return None


MAX_TEASER_LINES = 3


def _repeated_below(lines: tuple[Line, ...], first_prose: int) -> int | None:
    """A headline-shaped line under a page's first sentences (the page opens with them) that it prints twice there
    (`中學生凌晨被鎖港鐵彩虹站內 … 結局曝光:↓↓↓↓` / `中學生凌晨被鎖港鐵彩虹站內 … 結局曝光`): the
    headline, shown once more; the sentences above it are a teaser."""
    for index in range(first_prose + 1, min(len(lines) - 1, first_prose + 1 + MAX_TEASER_LINES + 1)):
        text = squeezed(lines[index].text)
        if not 8 <= len(text) <= MAX_HEADLINE_CHARS or re.search(r"[。！？!?；;，,：:]$|。.", text):
            continue
        others = [squeezed(line.text) for line in lines[first_prose:index + 2] if line is not lines[index]]
        after = for_matching("".join(line.text for line in lines[index + 1:index + 1 + MAX_TEASER_LINES * 2]))
        if any(other.startswith(text) and len(other) - len(text) <= MAX_BELOW_HEADLINE_CHARS for other in others) \
                and (shared_pairs(for_matching(text), after) or 0.0) >= MIN_SHARED_PAIRS:
            return index  # (a caption printed under every picture is no headline: the text is not about its words)
    return None


def is_credit_line(text: str) -> bool:
    """A short line of credits (`文 | 来源·车市在线 本站作者`) that no rule read as an info line."""
    plain = for_matching(text.strip())
    return len(plain) <= 40 and (bool(_CREDIT_START.match(plain)) or len(_CREDIT_WORDS.findall(plain)) >= 2
                                 or PLACED_BYLINE.match(plain) is not None)  # (`本報記者石飛月 北京報道`)


MAX_NAME_CHARS = 12


def _phrases_over_text(text: str, index: int, lines: tuple[Line, ...], info_lines: dict[int, set[str]]) -> bool:
    return phrases_placed_as_headline(text, [line.text for line in lines[:index]], article_start(lines) == index + 1,
                                      over_info_line(lines, index, info_lines))  # (as the page_furniture rule reads them)


def _headline_evidence(line: Line, index: int, lines: tuple[Line, ...], text_after: str, info_lines: dict[int, set[str]],
                       html_title: str, copies: frozenset[tuple[str, int]] = frozenset(),
                       crumbs: frozenset[tuple[str, int]] = frozenset()) -> tuple[float, list[str]] | None:
    text = line.text.strip()
    plain = for_matching(text)
    if not 4 <= len(text) <= MAX_HEADLINE_CHARS or plain.endswith(_NOT_HEADLINE_END) or plain.endswith(("——", "--")) \
            or plain.startswith(_NOT_HEADLINE_START):
        return None
    reason = furniture_reason(text, "head")
    if (reason and not (reason == "navigation" and (words_in_text(text, text_after) or _phrases_over_text(text, index, lines, info_lines)))) \
            or re.fullmatch(r"[\d\s年月日:：\-/.]+", text):
        return None  # (words apart like a menu's that the text is about, or a headline's phrases right over it, are a headline's)
    # (a short line that shouts, `全线告急！特大洪水会再现？…(组图)`: a headline, not sentences)
    exclaims = len(re.findall(r"[！？!?](?=.)", plain)) >= 2 and len(plain) > MAX_SHOUTING_HEADLINE
    if re.search(r"。[^”」』\"')）]", plain) or exclaims or ((_SPEAKER.match(plain) or (index and _NAME_ASKS.match(plain))) and not CHANNEL_PREFIX.match(plain)):
        return None  # sentences, or a speaker's words (`记者：…`; a channel's stamp `焦点新闻：…` is no speaker): text
    if _CREDIT_WORDS.search(plain) or parse_info_line(text):
        return None  # a credit or info line the rules did not take: furniture, not a headline
    if _CREDIT_MARK.fullmatch(plain):
        return None  # a report's mark (`【青島新聞網獨家】`, `[本报讯]`): it opens the text, under the headline
    if plain.startswith(("——", "—", "--")) or _SITE_AND_SLOGAN.match(plain):
        return None  # a subtitle (its headline is above it), or a site's name and its slogan
    if (len(re.findall(r"[,，、]", plain)) >= 4 and not plain.endswith(("？", "?", "！", "!"))) or len(re.findall(r"(?<=\S)[-－](?=\S)", plain)) >= 4:
        return None  # a list of keywords (`小草av-中日韩毛片-…`: a spam page's keywords, one dash apart); a question is no list
    if len(squeezed(plain)) <= MAX_NAME_CHARS and f"《{squeezed(plain)}》" in squeezed(for_matching(text_after)):
        return None  # a name the text quotes as a paper's or a work's (`晚点LatePost` / `…对《晚点 LatePost》分享…`): who published it
    features, notes = headline_features(line, index, lines, text_after, info_lines, html_title, copies, crumbs)
    return sum(WEIGHTS[name] * value for name, value in features.items()), notes or [f"line {line.number}"]

