"""How results are ranked: the constants the manifest carries for reader.py and search.js
(measured with bench/search_quality.py), and the articles' lengths as the index stores them."""
from __future__ import annotations

import numpy as np

# BM25's k1 and b over the query's pairs, characters and words; what a term in the headline adds
# (in units of the term's idf); the bonus for two consecutive pairs of the query (ab, bc) both in
# an article (idf units); the share of the query's terms an article must have (rounded down, at
# least one); the power of the share found that scales the score (coordination); and what a
# score for the query in the other region's words is worth against the words typed (variants.py).
RANKING = {"k1": 1.2, "b": 0.75, "title": 1.0, "sequence": 0.5, "share": 1 / 3, "coord": 2.0, "variant": 0.7}
TF = (1.0, 2.5, 5.5, 10.0)  # the tf of a posting's count bucket (1, 2-3, 4-7, 8+ occurrences)


def quantised_lengths(lengths: np.ndarray) -> np.ndarray:
    """An article's length (its pairs and words) in one byte: round(8 * log2(1 + length)),
    9% steps (length_of reverses it)."""
    return np.minimum(np.floor(8 * np.log2(1 + lengths.astype(np.float64)) + 0.5), 255).astype(np.uint8)


def length_of(byte: int) -> float:
    return 2 ** (byte / 8) - 1
