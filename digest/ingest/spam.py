"""Rule `spam_tokens`: a word planted at the start of the title and of most lines of a page.

Site farms stamp pages with a token (a place name, a brand, any word, a Latin string) glued to the
start of lines, with or without a space. No list of words can know them; their *distribution*
gives them away:

* the token opens many lines of the page (lines that otherwise start with anything at all, so the
  token is a "closed" prefix: no longer prefix holds most of those lines),
* it seldom occurs anywhere else on the page (a subject the article is about is mentioned
  mid-sentence too; a planted stamp is not),
* it is not a speaker label (`记者：`, `问：`), which is followed by punctuation,
* a Han token followed by a space at the start of a line is unnatural in Chinese text, and
  the same token found planted on other pages of the batch counts as well.
Only line-initial occurrences are removed: a legitimate mention inside a sentence stays."""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from digest.ingest.model import Line, Page, Removal
from digest.ingest.stamps import stamp_hints, strip_batch_stamps, strip_stamps
from digest.ingest.chinese import HAN, for_matching

MAX_TOKEN = 12
MIN_SHARE = 0.15  # of the page's lines, the least a token opens (with other evidence) to count
MAX_SET_APART = 6  # a longer line opening set apart by a space is a phrase (a repeated title), not a word
_BULLET = re.compile(r"^(?:[-*•·▪●○◆◇■□▶►>→»]+[ \u3000]*)")
_LABEL_PUNCT = set("：:，,、。；;")
_SPACES = " \u3000\u00a0"
_WORD_START = re.compile(r"[\u3400-\u9fffA-Za-z0-9“「『《(（]")
# What follows a sentence end inside a line: the next sentence's first characters.
_SENTENCE_START = re.compile(r"(?<=[。！？])[”’」』）)]*[ \u3000]*([^\n。！？”’」』）)]{1,12})")


@dataclass(frozen=True)
class TokenEvidence:
    token: str
    openings: int  # lines it opens
    lines: int  # lines on the page
    elsewhere: int  # occurrences not opening a line
    spaced: int  # openings where a Han token is followed by a space
    title: bool  # it opens the first line (the title)
    separated: int = 0  # openings where any token is followed by a space and then a Han character
    sentence_starts: int = 0  # sentences inside lines that the token opens
    sentences: int = 0  # sentences that start inside lines (after 。！？)
    stamped: bool = False  # an emoji marker sat right after it at the start of a line
    echoes: int = 0  # lines that go on, after it, the way the title does (a title repeated as a lead)
    on_topic: float = 0.0  # share of its character pairs that the page's text uses elsewhere
    pronoun_starts: int = 0  # sentences inside lines that a third-person pronoun opens (他認為…)

    @property
    def share(self) -> float:
        return self.openings / max(1, self.lines)

    @property
    def exclusive(self) -> float:
        return self.openings / (self.openings + self.elsewhere)

    @property
    def opens_lines_not_sentences(self) -> bool:
        """A word the article is about opens its sentences about as often as its lines; a planted
        word opens lines only (the sentences inside a paragraph were never stamped)."""
        return self.sentences >= 5 and self.unopened_sentences <= 0.05

    @property
    def unopened_sentences(self) -> float:
        """How likely it is, were the token a word that opens this page's sentences as often as
        it opens its lines, that it opens as few of the sentences inside the lines as it does
        (a binomial tail): small for a planted token, which opens lines only."""
        share, count = min(self.share, 0.99), self.sentences
        # a person the text is about (and names inside its sentences too) opens a paragraph by name
        # and the next sentences as 他 (`李安認為…。他說…`): those count as its own
        opened = self.sentence_starts + (self.pronoun_starts if self.elsewhere >= 2 and self.han else 0)
        return sum(math.comb(count, k) * share ** k * (1 - share) ** (count - k) for k in range(opened + 1))

    @property
    def set_apart(self) -> bool:
        """A short word followed by a space at the start of the title and of another line (not a
        lead that repeats the title): unnatural in Chinese text, even for a word the page uses."""
        return self.title and self.spaced - self.echoes >= 2 and len(self.token) <= MAX_SET_APART

    @property
    def strongly_exclusive(self) -> bool:
        """Rarely mentioned elsewhere. Where the lines are single sentences, a subject opening
        many of them (胡锦涛说…, 胡锦涛指出…) is normal: then the bar is higher, and the title, a
        space after the token or a majority of the lines must speak for it too."""
        if self.sentences >= 5:
            return self.exclusive >= 0.7
        if self.exclusive >= 0.85 and (self.title or self.spaced >= 1 or self.stamped or self.share >= 0.5):
            return True
        return self.exclusive == 1.0 and self.openings >= 4  # never once inside a sentence

    def planted(self) -> bool:
        """Evidence from this page alone."""
        if self.stamped and self.exclusive >= 0.6 and (self.openings >= 2 or self.separated):
            return True  # `词(🏮) 正文`: a word, an emoji marker, a space, at the start of a line
        if self.openings < 2:
            return False
        if len(self.token) >= MIN_TOPIC_TOKEN and self.on_topic >= MIN_ON_TOPIC and not self.spaced:
            return False  # `港區全國人大代表吳秋北表示…` on a page about 全國人大 and its 代表團: the subject of its lines
        if self.set_apart and self.exclusive >= 0.3:
            return True
        if (self.spaced - self.echoes >= 2 and self.share >= 0.2 and len(self.token) <= MAX_SET_APART
                and (self.exclusive >= 0.9 or self.spaced - self.echoes >= 3)):
            return True  # lines (not the title) open with it set apart: two, and it is nowhere else, or more
        if self.openings >= 4 and self.share >= 0.5 and self.exclusive >= 0.4 and self.unopened_sentences <= 0.01:
            return True  # half the lines, and none of the sentences inside them: a word the page uses, planted
        if self.openings >= 4 and self.exclusive >= 0.9 and self.unopened_sentences <= 0.05:
            return True  # it opens lines, never the sentences inside them
        if self.openings >= 3 and self.share >= 0.35 and (
                self.strongly_exclusive or (self.exclusive >= 0.7 and self.opens_lines_not_sentences)):
            return True
        if self.openings >= 3 and self.share >= 0.25 and self.exclusive >= 0.9 and self.opens_lines_not_sentences:
            return True
        if self.openings >= 5 and self.share >= MIN_SHARE and self.exclusive >= 0.9 and self.opens_lines_not_sentences:
            return True  # a long page (related news, teasers, dates) thins the share out
        if self.exclusive < 0.6:
            return False
        if self.openings == 2:
            # a short page: the title and one more line, both stamped with the token and a space,
            # or the token carried an emoji marker
            return self.title and self.exclusive >= 0.6 and (
                (self.separated - self.echoes == 2 and len(self.token) <= MAX_SET_APART) or self.stamped)
        return self.share >= MIN_SHARE and (self.spaced >= 1 or (self.title and self.exclusive >= 0.8))

    def planted_given_batch(self) -> bool:
        """Weaker evidence is enough for a token found planted on other pages of the batch: the
        title and a line, or three lines, and not much else; or one line, nowhere else on the page,
        when the token cannot be the start of a longer word there. A common word glued to a line
        or two is no evidence at all: 投资者 is not 投资 + 者, nor 金融界 金融 + 界."""
        if self.openings >= 3 and self.exclusive >= 0.4 and not self.sentence_starts and self.unopened_sentences <= 0.01:
            return True  # a word the page uses too, but it opens many lines and none of their sentences
        if self.openings >= 2:
            return self.exclusive >= 0.6 and (self.openings >= 3 or self.spaced >= 1 or self.title or not self.han)
        if (self.stamped and self.elsewhere <= 2) or (self.separated >= 1 and not self.elsewhere):
            return True
        # one line: a word that cannot be the start of a longer one, seldom mentioned (a subject is)
        return self.elsewhere <= 1 and (len(self.token) >= 3 or not self.han)

    @property
    def han(self) -> bool:
        """Ends in a Han character, so it could be the start of a longer word."""
        return bool(HAN.match(self.token[-1]))

    def planted_in_farm(self) -> bool:
        """In a batch where many pages are stamped, a word opening the title and another line
        of a short page, and little else, is stamped too."""
        return (self.title and self.openings >= 2 and self.share >= 0.2 and self.exclusive >= 0.65
                and len(self.token) <= MAX_SET_APART)

    def planted_in_farm_given_batch(self) -> bool:
        """On a page of a farm's batch with no other stamp, a token of the batch opening a third
        of the lines and mentioned nowhere else (the farm stamps most lines; a common word that
        opens a line or two of a longer page, 投资者…, is not it)."""
        return self.openings >= 2 and self.share >= 1 / 3 and self.exclusive == 1.0

    def describe(self) -> str:
        return f"opens {self.openings} of {self.lines} lines, {self.elsewhere} other mention(s)"


def opening(text: str) -> int:
    """Offset where a line's own words start, after a list bullet."""
    match = _BULLET.match(text)
    return match.end() if match else 0


_RUN = re.compile(rf"[\u3400-\u9fffA-Za-z0-9]{{1,{MAX_TOKEN}}}")


def _leading_run(text: str) -> str:
    """The line's first word characters (at most MAX_TOKEN): where a token could be."""
    match = _RUN.match(text)
    return match.group(0) if match else ""


def leading_word(text: str) -> str:
    """A line's first word characters after any bullet: where a planted token would sit."""
    return _leading_run(text[opening(text):])


_NUMERAL_PHRASE = re.compile(r"^[0-9]+(?:[\u3400-\u9fff]|$)")  # 12月, 2017年, 5人: a date or a count
_CAPTION_OPENING = re.compile(r"^(?:图|圖)(?:为|為|中|注|說|说)")  # `图为…`: captions say so at their start, no farm planted it


def _token_shaped(token: str) -> bool:
    return len(token) >= 2 and not _NUMERAL_PHRASE.match(token) and not _CAPTION_OPENING.match(token)


def find_candidates(texts: list[str], stamps: tuple[str, ...] = (), keep: frozenset[str] = frozenset()) -> list[TokenEvidence]:
    """Line-initial prefixes that could be planted tokens, with their evidence, best first.

    A planted token is followed by anything at all, so the lines it opens go on in many
    different ways right after it; a prefix of it does not (the lines all go on with the
    token's next character), nor does a longer prefix (fewer lines share it). Prefixes that
    open fewer than three lines are only weighed when they open the title (or are in `keep`).
    A line the page shows again (a headline repeated above the text) is one line."""
    openings = [text[opening(text):] for text in dict.fromkeys(texts)]
    counts: Counter[str] = Counter()
    gaps: Counter[str] = Counter()  # openings where a space follows the prefix
    next_chars: dict[str, set[str]] = defaultdict(set)
    for text in openings:
        run = _leading_run(text)
        for length in range(2, len(run) + 1):  # one character is never a token
            prefix = run[:length]
            counts[prefix] += 1
            # what comes next, past any space (a token is often followed by one)
            next_chars[prefix].add(text[length:].lstrip(_SPACES)[:1])
        if len(run) >= 2 and text[len(run):len(run) + 1] in _SPACES[:2] and _WORD_START.match(text[len(run) + 1:len(run) + 2]):
            gaps[run] += 1
    title_run = _leading_run(openings[0]) if openings else ""
    # The least any rule below accepts: three lines and a sixth of the page, or the title and one more.
    least = max(3, len(openings) * MIN_SHARE)  # or two lines where it is set apart by a space
    third = len(openings) / 3  # or two lines that are a third of a short page
    # A planted token is followed by at least two different things (or set apart by a space); a
    # common opening that always goes on the same way (`第1号新闻：`) is a phrase, and so is every
    # prefix of it.
    # ... and, on three lines or more, by three different things: `中新網`, `中新網首頁|…`, `中新社…電`
    # is a name's start, not a stamp (a line that goes on as the title does is the title again)
    def varied(token: str, count: int) -> bool:
        if gaps[token] >= 2:
            return True
        echoes = sum(text.startswith(openings[0][:len(token) + 3]) for text in openings[1:]) if title_run.startswith(token) else 0
        return len(next_chars[token]) >= min(3, max(2, count - echoes))

    ranked = sorted(((len(next_chars[token]), count, len(token), token) for token, count in counts.items()
                     if ((count >= least and varied(token, count))
                         or (count >= 2 and (title_run.startswith(token) or gaps[token] >= 2 or count >= third)
                             and varied(token, count))
                         or token in keep or token in stamps) and _token_shaped(token)),
                    reverse=True)
    if not ranked:
        return []
    page = _PageText(openings)
    found = [_evidence(token, page, token in stamps) for _distinct, _count, _length, token in ranked]
    return [evidence for evidence in found if not _not_planted(evidence.token, openings)]


class _PageText:
    """What every candidate's evidence is weighed against, computed once per page."""

    def __init__(self, openings: list[str]) -> None:
        self.openings = openings
        self.whole = "\n".join(openings)
        self.sentence_openers = _SENTENCE_START.findall(self.whole)


def _evidence(token: str, page: _PageText, stamped: bool = False) -> TokenEvidence:
    openings, whole = page.openings, page.whole
    opened = [text for text in openings if text.startswith(token)]
    # what follows a space after the token, when it is a word (not `版权所有 ©`)
    after_space = [text[len(token) + 1] for text in opened
                   if len(text) > len(token) + 1 and text[len(token)] in _SPACES and _WORD_START.match(text[len(token) + 1])]
    sentence_openers = page.sentence_openers
    return TokenEvidence(
        token=token,
        openings=len(opened),
        lines=len(openings),
        elsewhere=whole.count(token) - len(opened),
        spaced=len(after_space) if HAN.match(token[-1]) else 0,
        title=bool(openings) and openings[0].startswith(token),
        separated=sum(1 for char in after_space if HAN.match(char) or char in "“「『《"),
        sentence_starts=sum(1 for start in sentence_openers if start.startswith(token)),
        sentences=len(sentence_openers),
        stamped=stamped,
        echoes=_echoes(token, opened),
        on_topic=_on_topic(token, whole),
        pronoun_starts=sum(1 for start in sentence_openers if start.startswith(("他", "她"))),
    )


MIN_TOPIC_TOKEN = 4
MIN_ON_TOPIC = 0.5


def _on_topic(token: str, whole: str) -> float:
    """How much of a token the page's text says elsewhere, pair by pair: a planted word is
    foreign to the text (`彩神app`), a long subject shares its words with it (`港區全國人大代表`
    on a page about 全國人大 and 代表團)."""
    pairs = {token[i:i + 2] for i in range(len(token) - 1) if HAN.match(token[i]) and HAN.match(token[i + 1])}
    if not pairs:
        return 0.0
    rest = whole.replace(token, "\n")
    return sum(pair in rest for pair in pairs) / len(pairs)


_WORDS = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


def _echoes(token: str, opened: list[str]) -> int:
    """Lines (after the first) that go on after the token the way the first line (the title)
    does: a lead paragraph that repeats the title."""
    if len(opened) < 2:
        return 0
    heads = [_WORDS.sub("", text[len(token):])[:4] for text in opened]
    return sum(1 for head in heads[1:] if len(head) == 4 and head == heads[0])


_NUMBERED = re.compile(r"[一二三四五六七八九十\d]{1,3}[：:、.．）)]")
# a line going on from its subject: a verb of saying or announcing no sentence starts with (`证监会表示，…`),
# read in Simplified characters
_PREDICATE = re.compile(r"^(?:(?:表示|指出|强调|透露|回应|宣布|公布|发布|证实|否认|坦言|直言|呼吁|提醒|称)(?:了|[，,：:“「])"
                        r"|(?:昨天|今天|昨日|今日|日前|近日|\d{1,2}日)(?:公布|发布|宣布|表示|召开|印发|通报|晚间公告|公告)"
                        r"|[(（](?:\d{6}|\d{4,5}|[A-Z]{1,5})\.(?:SH|SZ|HK|BJ|US|N|O)[)）])")  # (`安源煤业(600397.SH)…`: a listed company's code)


def _not_planted(token: str, openings: list[str]) -> bool:
    """Words of the page's own open its lines: a speaker label (`记者：`) or a numbered heading
    (`流行款式一：`) opens most of them the same way; a subject opens one that goes on with its verb
    (`证监会表示，`), which a planted word never does."""
    followers = [text[len(token):] for text in openings if text.startswith(token)]
    labels = sum(1 for rest in followers if rest[:1] in _LABEL_PUNCT or _NUMBERED.match(rest))
    return labels * 2 > len(followers) or any(_PREDICATE.match(for_matching(rest[:16])) for rest in followers)


def detect_tokens(texts: list[str], batch_tokens: frozenset[str] = frozenset(),
                  stamps: tuple[str, ...] = (), farm: bool = False) -> list[TokenEvidence]:
    """Tokens planted on this page: of each family of nested prefixes, the best-ranked that passes.
    `farm`: many pages of the batch were found stamped; when nothing else is found, weaker
    evidence will do (a farm stamps a page with one token)."""
    return choose_tokens(find_candidates(texts, stamps, batch_tokens), batch_tokens, farm)


def choose_tokens(candidates: list[TokenEvidence], batch_tokens: frozenset[str] = frozenset(),
                  farm: bool = False) -> list[TokenEvidence]:
    passing = [ev for ev in candidates if ev.planted() or (ev.token in batch_tokens and ev.planted_given_batch())]
    if not passing and farm:
        passing = [ev for ev in candidates if ev.planted_in_farm()
                   or (ev.token in batch_tokens and ev.planted_in_farm_given_batch())][:1]
    chosen: list[TokenEvidence] = []
    for ev in passing:
        if not any(ev.token.startswith(kept.token) or kept.token.startswith(ev.token) for kept in chosen):
            chosen.append(ev)
    return chosen


def hints_of(candidates: list[TokenEvidence], chosen: list[TokenEvidence]) -> tuple[tuple[str, int, int], ...]:
    """Openings the page alone does not prove planted, but that could be: the batch adds them up
    (the same word opening a line or two of several pages, and little else, is a farm's stamp)."""
    if chosen:
        return ()  # one stamp a page
    return tuple((ev.token, ev.openings, ev.elsewhere) for ev in candidates if ev.openings >= 2 and ev.exclusive >= 0.6)


def strip_token(text: str, token: str) -> str | None:
    """The line without the planted token at its start, or None when it does not start with it."""
    start, end = opening(text), opening(text) + len(token)
    if not text[start:].startswith(token) or text[end:end + 1] in _LABEL_PUNCT:
        return None
    return text[:start] + text[end:].lstrip(_SPACES)


def strip_spam_tokens(page: Page, ctx: object) -> Page:
    batch = getattr(ctx, "batch", None)
    batch_tokens = getattr(batch, "spam_tokens", frozenset())
    resumed = getattr(ctx, "resumed", False)
    # The survey already removed what the page alone shows: only the batch's tokens are new, and
    # only if one of them opens a line; in a farm's batch, only if the survey saw a weak opening.
    # (stamps.py: stamps in forms the distribution below does not read; on the second pass, the batch's tokens in them)
    page = strip_batch_stamps(page if resumed else strip_stamps(page), batch_tokens)
    # In a batch where many pages were found stamped, a page the survey found nothing on is
    # looked at again with the farm's habits in mind (one stamp a page: not after a token).
    farm = bool(getattr(batch, "farm", False)) and not page.spam_tokens
    if resumed and not (farm and page.token_hints) and not _opens_a_line(page, batch_tokens):
        return page
    candidates = find_candidates([line.text for line in page.lines], page.stamps, batch_tokens)
    found = choose_tokens(candidates, batch_tokens, farm)
    if resumed:
        found = [ev for ev in found if ev.token in batch_tokens or farm]  # only what the batch adds
    else:
        page = page.replace(token_hints=hints_of(candidates, found) + (() if found else stamp_hints(page)))
    if not found:
        return page
    page = _remove(page, found)
    return page.replace(spam_tokens=page.spam_tokens + tuple(ev.token for ev in found))


def _opens_a_line(page: Page, tokens: frozenset[str]) -> bool:
    """Whether one of the tokens opens a line of the page (a set lookup per prefix of each
    line's first word: the batch may know hundreds of tokens)."""
    words = [leading_word(line.text) for line in page.lines] if tokens else []
    return any(word[:length] in tokens for word in words for length in range(2, len(word) + 1))


def _remove(page: Page, found: list[TokenEvidence]) -> Page:
    lines: list[Line] = []
    removals: list[Removal] = []
    for line in page.lines:
        text = line.text
        for ev in found:
            stripped = strip_token(text, ev.token)
            if stripped is not None:
                removals.append(Removal("spam_tokens", line.number, ev.token, ev.describe()))
                text = stripped
        if text.strip():
            lines.append(Line(line.number, text, line.heading))
    return page.with_lines(lines, removals)
