"""How common a word is in the language at large, not in one site: a prior for how rare a word
is in a site too small for its own counts to tell a name (孟晚舟, 积石山) from an everyday word
(公司, 地震). In a site of a few hundred articles the reports of one event are a share of it, so
the names they all use look common there; and a word of every day may be in only a few of them.

The table (`language.txt` beside this file, made by bench/language_words.py from jieba's
document frequencies, MIT) has the words used by at least one document in 3,000, with their idf;
any other word is taken as used by none."""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from digest.index.analysis import term_hashes

TABLE = Path(__file__).with_name("language.txt")
COMMON_IDF = 8.0  # ln(N / df): words used by at least one document in e^8 (about 3,000) are listed


@lru_cache(maxsize=1)
def _table() -> tuple[np.ndarray, np.ndarray]:
    """The listed words' term keys (sorted) and their shares of documents."""
    words, shares = [], []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        word, _, idf = line.rpartition(" ")
        if word:
            words.append(word)
            shares.append(math.exp(-float(idf)))
    keys = term_hashes(words)
    order = np.argsort(keys, kind="stable")
    return keys[order], np.array(shares, dtype=np.float64)[order]


def language_share(keys: np.ndarray) -> np.ndarray:
    """The share of documents that use each term (by its key, `analysis.term_hashes`) in the
    language at large; 0 for a word the table does not list."""
    known, shares = _table()
    if not len(known) or not len(keys):
        return np.zeros(len(keys))
    at = np.minimum(np.searchsorted(known, keys), len(known) - 1)
    return np.where(known[at] == keys, shares[at], 0.0)
