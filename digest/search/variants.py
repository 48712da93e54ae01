"""Regional words: one thing written with other words in Taiwan and on the mainland (英伟达 /
輝達, 芯片 / 晶片, 人工智能 / 人工智慧, 新西兰 / 紐西蘭, 奥巴马 / 歐巴馬), which folding characters
one by one cannot join.

The table is OpenCC's TWPhrases (`TWPhrases.txt` beside this file, Apache-2.0, from
https://github.com/BYVoid/OpenCC, data/dictionary/; the phrases of its `s2twp` conversion),
folded as the index is, both directions. A query is searched as typed and, when it holds a
phrase of the table, once more with every such phrase (longest first, left to right) written the
other way; an article's score is the larger of its score for the query and its score for the
other wording times `variant` (ranking.RANKING) and the ratio of the wordings' sums of idf (the
one with more or rarer terms would score more), so that the words typed win a tie and a wrong
reading of a phrase (OpenCC's table is made for software: 发布 -> 释出) costs little.
search.js does the same with the table the manifest carries (`variants`)."""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from digest.search.terms import code_points

TABLE = Path(__file__).with_name("TWPhrases.txt")


def fold_text(text: str) -> str:
    """NFKC, lowercase and Traditional -> Simplified, as the index folds text (search.js: fold)."""
    points, _kinds = code_points(unicodedata.normalize("NFKC", text))
    return "".join(map(chr, points.tolist()))


@functools.cache
def variant_pairs() -> tuple[tuple[str, str], ...]:
    """(mainland, Taiwan) phrases of the table, folded, where the two differ, in its order (a
    single character is left out: other_wording looks for two or more)."""
    pairs: dict[tuple[str, str], None] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        for target in targets.split():
            pair = (fold_text(source), fold_text(target))
            if pair[0] != pair[1] and min(map(len, pair)) > 1 and not set("| ") & set(pair[0] + pair[1]):
                pairs[pair] = None
    return tuple(pairs)


def variants_text() -> str:
    """variant_pairs for the manifest: `mainland taiwan` pairs joined by `|` (no phrase of the
    table has either)."""
    return "|".join(f"{first} {second}" for first, second in variant_pairs())


def variant_map(text: str) -> dict[str, str]:
    """Each phrase of a variants_text -> its other form, both directions (the first pair that
    names a phrase wins)."""
    mapping: dict[str, str] = {}
    for pair in filter(None, text.split("|")):
        first, second = pair.split(" ")
        mapping.setdefault(first, second)
        mapping.setdefault(second, first)
    return mapping


def other_wording(folded: str, mapping: dict[str, str]) -> str | None:
    """A folded query with every phrase of `mapping` in it replaced (longest match, left to
    right), or None when it holds none."""
    longest = max(map(len, mapping), default=0)
    out: list[str] = []
    at, changed = 0, False
    while at < len(folded):
        for size in range(min(longest, len(folded) - at), 1, -1):
            other = mapping.get(folded[at:at + size])
            if other is not None:
                out.append(other)
                at += size
                changed = True
                break
        else:
            out.append(folded[at])
            at += 1
    return "".join(out) if changed else None
