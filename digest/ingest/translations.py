"""A translation above a Chinese text: the headline (or the lead) in English or Spanish, printed
between the page's headline and its first paragraph (`China Says it Surpassed Japan as No. 2 Economy`,
`'Hermès of durian': The luxury fruit cashing in on…`).

A bilingual page's own paragraphs (English under each Chinese one) are its text: only the lines
between the headline and a Chinese text are judged (headline.below_headline), and a line that ends
as a sentence does (`… economy.`) may be the first of those paragraphs: it stays.
"""
from __future__ import annotations

import re

# four or more words of a Latin script, twenty characters or more, no Han character or CJK punctuation,
# not ended as a sentence (`… economy.`, `…,`, a closing quote)
_TRANSLATION = re.compile(r"(?=(?:.*?[A-Za-zÀ-ÿ]{2,}){4})[^\u3400-\u9fff\u3000-\u303f\uff00-\uffef]{20,}(?<![.!?;:,\"'”’)])")
TRANSLATION_REASON = "a translation of the headline or the lead (another language, above the text)"


def is_translation(text: str) -> bool:
    """A line in another language, as a headline or a lead translated for the page reads."""
    return _TRANSLATION.fullmatch(text.strip()) is not None
