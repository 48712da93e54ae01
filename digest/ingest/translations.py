"""A translation above a Chinese text: the headline (or the lead) in English or Spanish, printed
between the page's headline and its first paragraph (`China Says it Surpassed Japan as No. 2 Economy`,
`'Hermès of durian': The luxury fruit cashing in on…`).

A bilingual page's own paragraphs (English under each Chinese one) are its text: only the lines
above the first paragraph are judged, and only when that paragraph is Chinese. The page's first line
is its headline, whatever its language.
"""
from __future__ import annotations

import re

from digest.ingest.chinese import HAN

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\-]*")
MIN_WORDS = 4
MAX_HAN = 2  # a name or a mark in Han characters left in a translated line (`No. 2`, none here)
TRANSLATION_REASON = "a translation of the headline or the lead (another language, above the text)"


def translated_lines(texts: list[str], first_prose: int) -> dict[int, str]:
    """Index -> reason for the lines in another script between the top line and a Chinese first paragraph."""
    if first_prose >= len(texts) or len(HAN.findall(texts[first_prose])) < len(texts[first_prose]) / 2:
        return {}
    # (a line that ends as a sentence does may be the first paragraph of a bilingual text: it stays)
    return {index: TRANSLATION_REASON for index in range(1, first_prose)
            if len(_WORD.findall(texts[index])) >= MIN_WORDS and len(HAN.findall(texts[index])) <= MAX_HAN
            and not texts[index].rstrip().endswith((".", "!", "?"))}
