"""Cross-document statistics: what one page cannot tell, the batch can.

* A token found planted on two or more pages of the batch is looked for, with weaker evidence,
  on every page (a farm stamps all its pages with the same word).
* When many pages of the batch were found stamped, the batch is a content farm's: on a short page
  the survey found nothing on, a word opening the title and another line is a stamp too.
* When many pages carried planted marks (emoji in brackets, runs of symbols), the batch is a farm
  that marks its copies: a lone emoji between two characters of a page is its mark too.
* A line found on many *different* stories (near-duplicates count once) is boilerplate: a
  portal's footer, an ad, a slogan, whatever its wording. Lines learned this way are remembered
  in the ingest state for later, smaller batches.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from digest.ingest.boilerplate import template_keys
from digest.ingest.clean import MAX_KEY_CHARS, MIN_KEY_CHARS, Survey
from digest.ingest.dedup import DuplicateIndex
from digest.ingest.rules import BatchStats

MIN_PAGES_FOR_TOKEN = 2
MIN_HINTED_PAGES = 3  # pages a token opens lines of, too few on each to count there
FARM_SHARE = 0.2  # of the pages, found stamped on their own: the batch is a content farm's
MIN_PAGES_FOR_FARM = 5
MIN_STORIES_FOR_LINE = 3
SHARE_OF_STORIES_FOR_LINE = 0.002  # in a big batch a line must be on more than three stories
MIN_LINE_CHARS = MIN_KEY_CHARS  # the survey keeps the keys of such lines only
MAX_LINE_CHARS = MAX_KEY_CHARS  # a long paragraph found twice is a story's background, not furniture
MIN_STORIES_FOR_TEMPLATE = 6  # a line with a varying part (a site or app name) must be on more stories


def learn_from_batch(surveys: list[Survey], similarity: float, remembered: frozenset[str] = frozenset()) -> BatchStats:
    learner = BatchLearner(similarity)
    for survey in surveys:
        learner.add(survey)
    return learner.result(remembered)


class BatchLearner:
    """What the batch teaches, gathered survey by survey as the surveys come in: the grouping of
    near-duplicate stories and the counting of lines and tokens run while later files are still
    being read, and `result` only weighs the counts."""

    def __init__(self, similarity: float) -> None:
        self._index = DuplicateIndex(similarity)
        self._story_of: dict[str, str] = {}
        self._found: Counter[str] = Counter()  # token -> pages it was found planted on
        self._hinted: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._stamped = 0  # pages found stamped on their own
        self._marked = 0  # pages with planted marks taken out
        self._stories: dict[str, set[str]] = defaultdict(set)  # line or template key -> stories
        self._headline_of: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[str, set[str]] = defaultdict(set)  # template key -> line keys

    def add(self, survey: Survey) -> None:
        key = str(len(self._story_of))
        match = self._index.find(survey.sketch)
        story = self._story_of[match[0]] if match else key
        self._story_of[key] = story
        self._index.add(key, survey.sketch)
        self._found.update(set(survey.spam_tokens))
        self._stamped += bool(survey.spam_tokens)
        self._marked += survey.marked
        for token, openings, elsewhere in survey.token_hints:
            self._hinted[token].append((openings, elsewhere))
        for line in survey.line_keys:
            if MIN_LINE_CHARS <= len(line) <= MAX_LINE_CHARS:
                self._stories[line].add(story)
            for template in template_keys(line):
                self._stories[template].add(story)
                self._variants[template].add(line)
        if survey.title_key:
            self._headline_of[survey.title_key].add(story)

    def result(self, remembered: frozenset[str] = frozenset()) -> BatchStats:
        pages = len(self._story_of)
        lines = self._repeated_lines() if pages >= MIN_STORIES_FOR_LINE else frozenset()

        def farms(count: int) -> bool:  # (found on a farm's share of a batch big enough to tell)
            return pages >= MIN_PAGES_FOR_FARM and count >= FARM_SHARE * pages

        return BatchStats(spam_tokens=self._planted_tokens(), boilerplate=lines | remembered,
                          farm=farms(self._stamped), marked=farms(self._marked))

    def _planted_tokens(self) -> frozenset[str]:
        """Tokens found planted on two pages; or on one, and opening lines of others that say
        little else about it; or opening lines of several pages and hardly ever mentioned there
        otherwise."""
        found = self._found
        tokens = {token for token, pages in found.items() if pages >= MIN_PAGES_FOR_TOKEN}
        for token, hints in self._hinted.items():
            openings = sum(opened for opened, _ in hints)
            share = openings / (openings + sum(other for _, other in hints))
            if (found[token] and share >= 0.8) or (len(hints) >= MIN_HINTED_PAGES and share >= 0.9):
                tokens.add(token)
        return frozenset(tokens)

    def _repeated_lines(self) -> frozenset[str]:
        needed = max(MIN_STORIES_FOR_LINE, math.ceil(SHARE_OF_STORIES_FOR_LINE * len(set(self._story_of.values()))))
        # The headline of a story (of one or two of them) is no boilerplate, however often other
        # pages list it under related news; a line that tops many stories is.
        headline_of, variants = self._headline_of, self._variants
        learned = set()
        for key, found_in in self._stories.items():
            if key in variants:  # a template: `每天三分钟，读懂财经圈——<site>` with several sites
                headline = any(headline_of.get(variant) for variant in variants[key])
                if not headline and len(found_in) >= max(MIN_STORIES_FOR_TEMPLATE, 2 * needed) and len(variants[key]) >= 2:
                    learned.add(key)
            elif len(found_in) >= needed and not 0 < len(headline_of.get(key, ())) < MIN_STORIES_FOR_LINE:
                learned.add(key)
        return frozenset(learned)
