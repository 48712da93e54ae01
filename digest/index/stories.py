"""Stories: reports of the same event, grouped. One clustering for the whole site.

Two articles are linked when they are
* copies: most of the shorter one's text is in the longer one (5-character shingles of the
  normalised text, so Traditional/Simplified, punctuation and spacing do not matter), and their
  content is similar; whatever their dates, or
* reports of one event: published within a few days of each other (or filed: a reprint keeps
  its agency dateline, `12月19日电`; or telling of days just before filing: `reported_days`), and
  - with content so close that it can only be one event, or
  - similar content and two tags a person gave both, or
  - similar content and the event's specifics in common (digest.index.specifics: the amounts,
    counts and days it states: `6.2级`, `116人`, `12月18日`), or
  - similar content and several words in common that few of the site's articles use (the names
    of its people, places and things: rare by the idf buckets of the vectors, so an edit that
    moves a word's bucket re-examines its rows, with the language's share of the word as a
    prior, digest.index.language, for the small site whose own counts tell too little; or, for
    the words either headline uses, few of the articles within NEAR_DAYS of the pair: `rare_near`), or
  - some similar content, a specific and a few rare words in common, and the same day told by
    both texts as the day they report (`own_days`: not a dateline's, an agency files many pieces);
  unless their specifics conflict: each states a dateline's day, a magnitude, a match's score,
  a product's model, a flight, or up front a price or a model, and none is shared; or the days they
  name are all far apart (a templated series of different events: digest.index.specifics), unless
  one names only days it recalls and the other the day it reports; or one tells of a development
  after the other was filed (`develops`: a later day it reports, a day to come its headline
  announces: the funeral after a death) and they share no precise figure (`developing`).
  Real coverage, measured: bench/story_quality.py (independent reports of 78 real events in
  different words, follow-ups and templated series, mixed into THUCNews).
Less evidence (`weak_link`; not names alone between reports that each tell another day as the
day they report) lets an article join a story it is close to as a whole: it must
reach two of its reports; and three reports every two of which share a specific and names few
articles use, or many such names (`CORROBORATED`), are a story of their own: independent short reports of one event
(a quake's magnitude and its county) that no pair of them proves alone. A story is a group of
linked articles, split where it is only a chain (digest.index.cohesion). Its id is the slug of its earliest article, so it does not change when
unrelated articles come and go.

Headlines alone are no evidence: series of near-template articles (fund launches, game
updates, earthquake bulletins) share their headline words and much of their vocabulary while
reporting different events (bench/index_quality.py --same-day).

`StoryGraph` keeps the candidate pairs (similar enough in either article's neighbour list), the
verdict on each and the groups, and after an update re-examines only the pairs and groups that
the changed articles touch.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from collections.abc import Callable, Iterable

import numpy as np

from digest.forked import forked_map
from digest.index.analysis import prepare_text
from digest.index.cohesion import CORROBORATED, WEAK, cohesive_groups, connected
from digest.index.specifics import (RECALLED_DAYS, common, conflicting, develops, filed_days, own_days, precise,
                                    reported_days, told_apart)

SHINGLE_CHARS = 5
# From this many candidate pairs a full computation asks for their verdicts on all cores (a
# pair costs ~0.4 ms; 722 pairs at 10,000 articles, ~47,000 at 100,000).
PARALLEL_PAIRS = 4000
COPY_CONTAINMENT = 0.6  # share of the shorter text's shingles found in the longer one
COPY_MIN_SIMILARITY = 0.4  # ... with related content, so shared boilerplate alone is no copy
EVENT_WINDOW_DAYS = 3
REACH_DAYS = EVENT_WINDOW_DAYS + RECALLED_DAYS  # filed further apart, no two reported days are in the window
EVENT_SIMILARITY = 0.8  # content this close within the window: the same event
EVENT_SHARED_TAGS = 2  # ... or this many tags in common in the front matter ...
EVENT_MIN_SIMILARITY = 0.25  # ... over content at least this close
# Independent reports of one event share its specifics (below) as well as its words:
EVENT_SPECIFICS_SIMILARITY = 0.2  # content this close and two specifics in common ...
EVENT_SPECIFICS = 2
EVENT_CLOSE_SIMILARITY = 0.4  # ... or this close and one in common
EVENT_RARE_SIMILARITY = 0.25  # ... or this close and sharing this many words few articles use:
EVENT_RARE_WORDS = 6  #   the names of its people, places and things
RARE_SHARE = 1 / 256  # a word is rare in the site when at most this share of its articles use it,
LANGUAGE_ARTICLES = 2048  # ... the language's share of it counting as this many articles (a prior),
RARE_MAX_ARTICLES = 8  # ... and no more than this many use it (more would join a busy site's series)
RARE_MIN_ARTICLES = 4  # a headline's word is rare when this many articles use it, in a small site
# ... and a word of at most twice that many articles that either headline uses is rare for a pair
# when at most this many of them are dated within NEAR_DAYS of either report: the names of an event
# that the storyline's other events, months or years away, use too (other quakes of one country,
# other summits); a body's other words, rare in a sparse month, are the storyline's too
NEAR_SITE_ARTICLES = 2 * RARE_MAX_ARTICLES
NEAR_MAX_ARTICLES = 6
NEAR_DAYS = 30
# Weak links and links that corroborate (what they count for: digest.index.cohesion):
WEAK_SIMILARITY = 0.1  # content this close within the window, no conflict, and a specific ...
WEAK_RARE_WORDS = 3  # ... or this many rare words in common (WEAK);
CORROBORATED_RARE_WORDS = 2  # a specific and this many (CORROBORATED) ...
CORROBORATING_RARE_WORDS = 12  # ... or, without a specific, this many over content as close as two specifics ask
CANDIDATE_SIMILARITY = min(COPY_MIN_SIMILARITY, EVENT_MIN_SIMILARITY, EVENT_SIMILARITY, EVENT_SPECIFICS_SIMILARITY, WEAK_SIMILARITY)

NOT_TEXT = re.compile(r"[^\u3400-\u9fffa-z0-9]+")  # what shingles and template runs leave out
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class StoryDoc:
    """What story linking reads about one article."""

    key: str  # slug
    date: datetime
    tags: frozenset[str]  # slugs of the tags a person gave it
    specifics: frozenset[str] = frozenset()  # see `specifics`


@dataclass
class Template:
    """What tells a templated series from one event (digest.index.templates), asked of a pair
    only when needed: whether two copies are filled in differently up front, and whether their
    headlines name things apart. Each is computed once."""

    filled: Callable[[], bool] = lambda: False
    apart: Callable[[], bool] = lambda: False
    _known: dict[str, bool] = field(default_factory=dict)

    def filled_differently(self) -> bool:
        return self._ask("filled", self.filled)

    def names_apart(self) -> bool:
        return self._ask("apart", self.apart)

    def _ask(self, key: str, question: Callable[[], bool]) -> bool:
        if key not in self._known:
            self._known[key] = question()
        return self._known[key]


def shingles(text: str) -> np.ndarray:
    """Sorted unique 64-bit hashes of the 5-character runs of the normalised text."""
    chars = NOT_TEXT.sub("", prepare_text(text).lower())
    if len(chars) < SHINGLE_CHARS:
        chars = chars.ljust(SHINGLE_CHARS, "_") if chars else ""
    return np.unique(run_hashes(chars))


def run_hashes(chars: str) -> np.ndarray:
    """A 64-bit hash of the SHINGLE_CHARS-character run starting at each position of `chars`."""
    if len(chars) < SHINGLE_CHARS:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE_CHARS + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_CHARS):
        hashes = hashes * _MIX + codes[offset:offset + count]
    return hashes


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger one."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / min(len(a), len(b))


def close_in_time(ours: list[datetime], theirs: list[datetime], window: int = EVENT_WINDOW_DAYS) -> bool:
    """Whether two articles' days (`filed_days`) are within the event window."""
    return any(abs((x - y).total_seconds()) <= window * 86400 for x in ours for y in theirs)


def within_window(a: StoryDoc, b: StoryDoc) -> bool:
    """Whether two articles were filed within the event window, or report days that are (the
    days before filing their texts name: `reported_days`)."""
    days = filed(a, b)
    return close_in_time(*days) or close_in_time(days[0] + reported_days(a.specifics, days[0]),
                                                 days[1] + reported_days(b.specifics, days[1]))


def filed(a: StoryDoc, b: StoryDoc) -> tuple[list[datetime], list[datetime]]:
    """The days two articles were filed (`filed_days`)."""
    return filed_days(a.date, a.specifics), filed_days(b.date, b.specifics)


def rare(articles: np.ndarray, language: np.ndarray, reference: int) -> np.ndarray:
    """Whether words are rare in a site of `reference` articles (a power of two), used by
    `articles` of them (bucketed counts) and by a `language` share of documents at large
    (digest.index.language): at most RARE_SHARE of the articles use it, as the site's count tells
    with the language's share as a prior worth LANGUAGE_ARTICLES articles, and no more than
    RARE_MAX_ARTICLES (or RARE_SHARE of a large site's). A small site's own count tells too
    little: the names of one event all its reports use (8 of 700) look common in it, an everyday
    word in 3 of 50 articles rare; a large site's count decides."""
    share = (articles + LANGUAGE_ARTICLES * language) / (reference + LANGUAGE_ARTICLES)
    return (share <= RARE_SHARE) & (articles <= max(RARE_MAX_ARTICLES, reference * RARE_SHARE))


def rare_near(articles: np.ndarray, language: np.ndarray, reference: int) -> np.ndarray:
    """Whether words that are not `rare` in the site may be rare around a pair's days: used by at
    most NEAR_SITE_ARTICLES of its articles (bucketed counts) and no commoner in the language than
    a rare word may be (the count of articles around the days decides: `IndexState.rare_words`)."""
    return (articles <= NEAR_SITE_ARTICLES) & (LANGUAGE_ARTICLES * language <= RARE_SHARE * (reference + LANGUAGE_ARTICLES))


def link_kind(a: StoryDoc, b: StoryDoc, similarity: float, shingles_of: Callable[[str], np.ndarray],
              rare_words: Callable[[], int] = lambda: 0, template: Template | None = None) -> str | None:
    """'copy', 'event', 'apart' (a template filled twice: no link of any kind) or None for two
    articles of the given content similarity. `rare_words()`: how many words both use that are
    rare in the site; `template`: what tells a templated series (both asked only when needed)."""
    template = template or Template()
    if similarity >= COPY_MIN_SIMILARITY and containment(shingles_of(a.key), shingles_of(b.key)) >= COPY_CONTAINMENT:
        return "apart" if template.filled_differently() else "copy"
    if not within_window(a, b):
        return None
    if similarity >= EVENT_SIMILARITY:
        return "event"
    if similarity >= EVENT_MIN_SIMILARITY and len(a.tags & b.tags) >= EVENT_SHARED_TAGS:
        return "event"
    if conflicting(a.specifics, b.specifics, filed(a, b)) or template.names_apart():
        return None
    shared = common(a.specifics, b.specifics)
    if developing(a, b):
        return None  # a later development of the storyline: another event
    if (similarity >= EVENT_SPECIFICS_SIMILARITY and shared >= EVENT_SPECIFICS) or \
            (similarity >= EVENT_CLOSE_SIMILARITY and shared >= 1):
        return "event"
    if similarity >= EVENT_RARE_SIMILARITY and rare_words() >= EVENT_RARE_WORDS:
        return "event"
    if similarity >= WEAK_SIMILARITY and shared and rare_words() >= WEAK_RARE_WORDS:
        days = filed(a, b)
        if own_days(a.specifics, days[0]) & own_days(b.specifics, days[1]):
            return "event"  # both name the same day as the day they report, and the same rare names
    return None


def weak_link(a: StoryDoc, b: StoryDoc, similarity: float, rare_words: Callable[[], int] = lambda: 0,
              template: Template | None = None) -> int:
    """Some evidence of one event, not enough alone: within the window, no conflict, and a
    specific or a few rare words in common (WEAK), or both (CORROBORATED); else 0. Names alone
    are no evidence when each report names another day as the day it reports (`told_apart`)."""
    if similarity < WEAK_SIMILARITY or not within_window(a, b) or conflicting(a.specifics, b.specifics, filed(a, b)):
        return 0
    if template is not None and template.names_apart():
        return 0
    if developing(a, b):
        return 0
    if common(a.specifics, b.specifics):
        return CORROBORATED if rare_words() >= CORROBORATED_RARE_WORDS else WEAK
    if told_apart(a.specifics, b.specifics, filed(a, b)):
        return 0  # names alone, and each names another day as the day it reports
    rare = rare_words()
    if similarity >= EVENT_SPECIFICS_SIMILARITY and rare >= CORROBORATING_RARE_WORDS:
        return CORROBORATED
    return WEAK if rare >= WEAK_RARE_WORDS else 0


def developing(a: StoryDoc, b: StoryDoc) -> bool:
    """Whether one report tells of a development after the other was filed (`develops`: a later
    day it reports, a day to come its headline announces), and they share no precise figure
    (a quake's toll, `32602人`, which a rescue reported days later repeats)."""
    return develops(a.specifics, b.specifics, filed(a, b)) and not precise(a.specifics & b.specifics)


class StoryGraph:
    """Candidate pairs of rows, the links among them and the connected groups.

    `linked(a, b, similarity)` decides a pair (rows a < b): a kind of link or 0; it is asked again
    only when one of the two rows is marked dirty."""

    def __init__(self, linked: Callable[[int, int, float], int], order: Callable[[int], Any] | None = None,
                 may_link: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None,
                 dated: Callable[[np.ndarray], np.ndarray] | None = None):
        self.linked = linked
        # For a full computation: candidate pairs (arrays a, b, similarity) -> False for those
        # `linked` certainly turns down, answered at once for all (at 100,000 articles 1.3
        # million pairs, nearly all of them far apart in time).
        self.may_link = may_link
        self.order = order  # of rows, for ties (see `cohesive_groups`)
        # rows -> their articles' dates (POSIX times): in worker processes, the pairs of a few
        # days go to the same worker, which reads (and caches) those articles' specifics once
        self.dated = dated
        self.partners: dict[int, dict[int, float]] = {}  # row -> candidate partner -> similarity
        # row -> the partners its own list named when last seen (int32: at 100,000 articles the
        # graph names ~1.3 million pairs, and sets of Python ints took ~0.4 GB with a count per pair)
        self.from_list: dict[int, np.ndarray] = {}
        self.links: dict[int, dict[int, int]] = {}  # row -> linked row -> its kind of link
        self.group_of: dict[int, tuple[int, ...]] = {}  # row -> its group's rows (groups of 2+)

    def compute_all(self, lists: np.ndarray, sims: np.ndarray, threshold: int) -> None:
        self.partners, self.from_list, self.links, self.group_of = {}, {}, {}, {}
        rows, slots = np.nonzero(sims >= threshold)
        others, similarity = lists[rows, slots], sims[rows, slots]
        starts = np.flatnonzero(np.diff(rows, prepend=-1))
        self.from_list = dict(zip(rows[starts].tolist(), np.split(others.astype(np.int32), starts[1:])))
        # Every pair both ways, once (a pair both lists name is there twice; its similarity is
        # the same both ways), by row: each row's partners are a run.
        first, second = np.concatenate([rows, others]), np.concatenate([others, rows])
        key = first * max(len(lists), 1) + second
        order = np.argsort(key, kind="stable")
        once = order[np.concatenate([[True], key[order][1:] != key[order][:-1]])] if len(order) else order
        first, second, similarity = first[once], second[once], np.concatenate([similarity, similarity])[once]
        runs = np.flatnonzero(np.diff(first, prepend=-1)).tolist() + [len(first)]
        named, weights = second.tolist(), similarity.tolist()
        self.partners = {row: dict(zip(named[start:end], weights[start:end]))
                         for row, start, end in zip(first[runs[:-1]].tolist(), runs, runs[1:])}
        # The links: each pair once (a < b), in any order (see `cohesive_groups`).
        ahead = first < second
        first, second, similarity = first[ahead], second[ahead], similarity[ahead]
        if self.may_link is not None:
            keep = self.may_link(first, second, similarity)
            first, second, similarity = first[keep], second[keep], similarity[keep]
        pairs = list(zip(first.tolist(), second.tolist(), similarity.tolist()))
        dated = self.dated
        near = (lambda: dated(first).tolist()) if dated is not None else None
        for (a, b, _similarity), kind in zip(pairs, forked_map(self.linked, pairs, PARALLEL_PAIRS, near)):
            if kind:
                self.links.setdefault(a, {})[b] = self.links.setdefault(b, {})[a] = kind
        self._regroup(set(self.links))

    def _name(self, row: int, other: int, similarity: int) -> tuple[int, int]:
        self.partners.setdefault(row, {})[other] = similarity
        self.partners.setdefault(other, {})[row] = similarity
        return min(row, other), max(row, other)

    def _unname(self, row: int, other: int, names: Callable[[int, int], bool]) -> tuple[int, int]:
        """Row's list no longer names other: they stay partners while other's list names row."""
        if not names(other, row):
            self.partners[row].pop(other, None)
            self.partners[other].pop(row, None)
        return min(row, other), max(row, other)

    def update(self, lists: np.ndarray, sims: np.ndarray, threshold: int, relisted: Iterable[int],
               dirty: set[int]) -> set[int]:
        """`relisted`: rows whose neighbour list changed (gone rows included); `dirty`: rows
        whose link verdicts may have changed (content, date or tags changed, or gone). Returns
        the rows whose group changed."""
        def names(row: int, other: int) -> bool:  # (the lists as they are now)
            return bool(((lists[row] == other) & (sims[row] >= threshold)).any()) if row < len(lists) else False

        examine: set[tuple[int, int]] = set()
        for row in relisted:
            now = {int(o): int(s) for o, s in zip(lists[row].tolist(), sims[row].tolist()) if o >= 0 and s >= threshold}
            before = set(self.from_list.pop(row, np.zeros(0, np.int32)).tolist())
            if now:
                self.from_list[row] = np.array(list(now), dtype=np.int32)
            for other in before - set(now):
                examine.add(self._unname(row, other, names))
            for other, similarity in now.items():
                if other not in before:
                    examine.add(self._name(row, other, similarity))
                else:
                    self.partners[row][other] = self.partners[other][row] = similarity
        for row in dirty:
            for other in self.partners.get(row, {}):
                examine.add((min(row, other), max(row, other)))
            for other in list(self.links.get(row, ())):
                examine.add((min(row, other), max(row, other)))
        touched: set[int] = set(dirty)
        for a, b in examine:
            was = self.links.get(a, {}).get(b, 0)
            similarity = self.partners.get(a, {}).get(b)
            now = self.linked(a, b, similarity) if similarity is not None else 0
            if was != now:
                touched |= {a, b}
                if now:
                    self.links.setdefault(a, {})[b] = self.links.setdefault(b, {})[a] = now
                else:
                    self.links[a].pop(b, None)
                    self.links[b].pop(a, None)
        region = set(touched)
        for row in touched:
            region.update(self.group_of.get(row, ()))
        before = {row: self.group_of.get(row) for row in region}
        self._regroup(region)
        return {row for row in region if self.group_of.get(row) != before[row]}

    def _regroup(self, region: set[int]) -> None:
        """Connected groups of the rows in `region` (closed under links)."""
        for row in region:
            self.group_of.pop(row, None)
        for part in connected(region, self.links):
            for row in part:
                self.group_of.pop(row, None)
            for members in cohesive_groups(part, self.links, self.order):
                for row in members:
                    self.group_of[row] = members

    def groups(self) -> Iterable[tuple[int, ...]]:
        return set(self.group_of.values())
