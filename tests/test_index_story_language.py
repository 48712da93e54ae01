"""Stories: how rare a word is, in a site too small for its own counts to tell. The language's
share of a word (digest/index/language.py, from jieba's document frequencies) is a prior on the
site's count: the names one event's reports all use stay rare in a site of a few hundred
reports, an everyday word in a few of them is not, and a large site's own count decides."""
from __future__ import annotations

import numpy as np

from digest.index.analysis import term_hashes
from digest.index.language import language_share
from digest.index.stories import RARE_MAX_ARTICLES, rare


def share(*words: str) -> np.ndarray:
    return language_share(term_hashes(list(words)))


def test_the_language_knows_everyday_words_not_names():
    """Words many documents use have a share; names of people, places and things have none, nor
    has a word the table never saw."""
    company, quake, name, place, ship = share("公司", "地震", "孟晚舟", "积石山", "长赐号")
    assert company > quake > 0
    assert name == place == ship == 0.0


def test_an_events_names_stay_rare_in_a_small_site():
    """A site of 726 reports (a power of two above: 1024): the names of an event its eight reports
    all use are rare; before the prior, more than four articles made any word common there. An
    everyday word (公司) in as few articles is not rare, nor a name in more than eight."""
    names, company = share("李家超", "公司")
    assert rare(np.array([8.0, 4.0]), np.array([names, names]), 1024).all()
    assert not rare(np.array([4.0]), np.array([company]), 1024).any()
    assert not rare(np.array([11.3]), np.array([names]), 1024).any()


def test_a_rounds_names_stay_rare_in_a_site_of_150_reports():
    """One collecting round alone (170 reports: 256): its events' names, in up to eight reports
    each, are rare; before the prior, four was the most."""
    name = float(share("长赐号")[0])
    assert rare(np.array([8.0, 5.66]), np.array([name, name]), 256).all()


def test_a_tiny_sites_everyday_words_are_not_rare():
    """In a site of 50 articles, a word of every day that three of them use says nothing of one
    event (before the prior it was rare: at most four articles); a name in three is rare."""
    company, name = share("公司", "孟晚舟")
    found = rare(np.array([2.83, 2.83]), np.array([company, name]), 64)
    assert found.tolist() == [False, True]


def test_a_large_sites_own_count_decides():
    """At 100,000 articles (131,072) a word is rare in about 1/256 of them (512), whatever the language
    says of a name; a busy site of 2,000 never counts more than RARE_MAX_ARTICLES (a series)."""
    name = float(share("孟晚舟")[0])
    assert rare(np.array([362.0, 724.0]), np.array([name, name]), 131072).tolist() == [True, False]
    assert rare(np.array([float(RARE_MAX_ARTICLES)]), np.array([name]), 2048).all()
    assert not rare(np.array([11.3]), np.array([name]), 2048).any()
