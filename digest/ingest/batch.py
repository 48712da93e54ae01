"""Cross-document statistics: what one page cannot tell, the batch can.

* A token found planted on two or more pages of the batch is looked for, with weaker evidence,
  on every page (a farm stamps all its pages with the same word).
* When many pages of the batch were found stamped, the batch is a content farm's: on a short page
  the survey found nothing on, a word opening the title and another line is a stamp too.
* A line found on many *different* stories (near-duplicates count once) is boilerplate: a
  portal's footer, an ad, a slogan, whatever its wording. Lines learned this way are remembered
  in the ingest state for later, smaller batches.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from digest.ingest.boilerplate import template_keys
from digest.ingest.clean import Survey
from digest.ingest.dedup import group_keys
from digest.ingest.rules import BatchStats

MIN_PAGES_FOR_TOKEN = 2
MIN_HINTED_PAGES = 3  # pages a token opens lines of, too few on each to count there
FARM_SHARE = 0.2  # of the pages, found stamped on their own: the batch is a content farm's
MIN_PAGES_FOR_FARM = 5
MIN_STORIES_FOR_LINE = 3
SHARE_OF_STORIES_FOR_LINE = 0.002  # in a big batch a line must be on more than three stories
MIN_LINE_CHARS = 4
MAX_LINE_CHARS = 100  # a long paragraph found twice is a story's background, not furniture
MIN_STORIES_FOR_TEMPLATE = 6  # a line with a varying part (a site or app name) must be on more stories


def learn_from_batch(surveys: list[Survey], similarity: float, remembered: frozenset[str] = frozenset()) -> BatchStats:
    tokens = planted_tokens(surveys)
    stamped = sum(1 for survey in surveys if survey.spam_tokens)
    farm = len(surveys) >= MIN_PAGES_FOR_FARM and stamped >= FARM_SHARE * len(surveys)
    return BatchStats(spam_tokens=tokens, boilerplate=repeated_lines(surveys, similarity) | remembered, farm=farm)


def planted_tokens(surveys: list[Survey]) -> frozenset[str]:
    """Tokens found planted on two pages; or on one, and opening lines of others that say little
    else about it; or opening lines of several pages and hardly ever mentioned there otherwise."""
    found = Counter(token for survey in surveys for token in set(survey.spam_tokens))
    hinted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for survey in surveys:
        for token, openings, elsewhere in survey.token_hints:
            hinted[token].append((openings, elsewhere))
    tokens = {token for token, pages in found.items() if pages >= MIN_PAGES_FOR_TOKEN}
    for token, hints in hinted.items():
        openings = sum(opened for opened, _ in hints)
        share = openings / (openings + sum(other for _, other in hints))
        if (found[token] and share >= 0.8) or (len(hints) >= MIN_HINTED_PAGES and share >= 0.9):
            tokens.add(token)
    return frozenset(tokens)


def repeated_lines(surveys: list[Survey], similarity: float) -> frozenset[str]:
    if len(surveys) < MIN_STORIES_FOR_LINE:
        return frozenset()
    story_of = group_keys(((str(index), survey.sketch) for index, survey in enumerate(surveys)), similarity)
    stories: dict[str, set[str]] = defaultdict(set)
    headline_of: dict[str, set[str]] = defaultdict(set)
    variants: dict[str, set[str]] = defaultdict(set)
    for index, survey in enumerate(surveys):
        story = story_of[str(index)]
        for key in survey.line_keys:
            if MIN_LINE_CHARS <= len(key) <= MAX_LINE_CHARS:
                stories[key].add(story)
            for template in template_keys(key):
                stories[template].add(story)
                variants[template].add(key)
        if survey.title_key:
            headline_of[survey.title_key].add(story)
    needed = max(MIN_STORIES_FOR_LINE, math.ceil(SHARE_OF_STORIES_FOR_LINE * len(set(story_of.values()))))
    # The headline of a story (of one or two of them) is no boilerplate, however often other
    # pages list it under related news; a line that tops many stories is.
    learned = set()
    for key, found_in in stories.items():
        if key in variants:  # a template: `每天三分钟，读懂财经圈——<site>` with several sites
            headline = any(headline_of.get(variant) for variant in variants[key])
            if not headline and len(found_in) >= max(MIN_STORIES_FOR_TEMPLATE, 2 * needed) and len(variants[key]) >= 2:
                learned.add(key)
        elif len(found_in) >= needed and not 0 < len(headline_of.get(key, ())) < MIN_STORIES_FOR_LINE:
            learned.add(key)
    return frozenset(learned)

