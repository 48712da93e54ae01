"""Rule `line_model`: the page furniture the shape rules leave, as a model learned from real pages
scores it.

The rules before it describe kinds of lines one by one; the real pages of thousands of sites
carry more kinds than rules can name. This rule reads each line left in the text with a logistic
regression fitted to the hand-checked gold of the real-page test set (bench/real/, its tune split
only): the line's character 1-3-grams, the end of the line above it, and its shape (length,
position from the top and the bottom, a sentence end, digits, spaces, a heading, a colon or bar).
A line it reads (not a paragraph, not a whole sentence: `scored`) that it scores at the model's
threshold or more is taken out and reported with its score.

Measured leave-one-round-out (a model fitted without the round it scores), on rounds nobody
tuned on, and on the holdout: at this threshold it takes out furniture the rules missed and
nearly no text (bench/README.md, the eighteenth session's section; refitted with rounds zb and zc in
the nineteenth's, with rounds ze to zzd in the twenty-third's, with rounds zze to zzzzzd in the twenty-eighth's). `bench/real/train_line_model.py` fits it again and writes `line_model.json`.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from digest.ingest.model import Line, Page, Removal
from digest.ingest.paragraphs import table_cells

RULE = "line_model"
MODEL_FILE = Path(__file__).with_name("line_model.json")
MAX_GRAM = 3
TAIL_CHARS = 6  # the end of the line above: `…相关阅读:`, `…编辑:` tell what comes under them
ABOVE, SHAPE = "above:", "shape:"  # the names of those features and of the shape's
# a longer line is a paragraph, which the rules before read well, and scoring one costs the most (its
# characters are half the text); of the lines the model takes on the real set, one in 200 is longer
MAX_LINE_CHARS = 120
# a whole sentence of some length is the text's, whatever its words (an English sentence of a
# bilingual text, a lead): the model takes labels, names, rows and notices
MIN_SENTENCE_CHARS = 20
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[。！？!?…”」』）)]$")
_WHOLE_SENTENCE = re.compile(r"[。！？!?….][”」』）)\"']?$")
SHAPES = ("size", "under_10", "under_20", "under_40", "over_80", "first", "top_3", "last", "bottom_3", "place",
          "sentence_end", "digits", "spaces", "heading", "list_mark", "colon", "bar", "full_stop", "comma", "short_above")


def _key(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def line_keys(lines: list[Line]) -> list[str]:
    """Each line's text as the model matches it, made once for a page."""
    return [_key(line.text) for line in lines]


def _gram_counts(text: str) -> Counter[str]:
    return Counter(text[start:start + size] for size in range(1, MAX_GRAM + 1) for start in range(len(text) - size + 1))


def _above(keys: list[str], index: int) -> str:
    return "^" + (keys[index - 1][-TAIL_CHARS:] if index else "")


def _shape(lines: list[Line], keys: list[str], index: int) -> tuple[float, ...]:
    """`keys`: each line's text as matched (`_key`), made once for the page."""
    line, key, raw = lines[index], keys[index], lines[index].text.strip()
    above = keys[index - 1] if index else ""
    size, count = len(key), len(lines)
    return tuple(float(value) for value in (
        min(size, 200) / 200, size < 10, size < 20, size < 40, size > 80, index == 0, index < 3,
        count - index <= 1, count - index <= 3, index / max(1, count - 1), bool(_SENTENCE_END.search(raw)),
        sum(char.isdigit() for char in key) / max(1, size), raw.count(" ") / max(1, len(raw)), line.heading,
        raw.startswith(("-", "*", "•")), "：" in raw or ":" in raw, "|" in raw or "丨" in raw, "。" in key,
        "，" in key or "," in key, 0 < len(above) < 20))


def scored(text: str) -> bool:
    """Lines the model reads: not a paragraph, not a sentence."""
    text = text.strip()
    return len(text) <= MAX_LINE_CHARS and not (len(text) >= MIN_SENTENCE_CHARS and _WHOLE_SENTENCE.search(text))


def _scaled(counts: Counter[str]) -> float:
    """Counts scaled to unit length: a long line is not more of a kind."""
    return math.sqrt(sum(count * count for count in counts.values())) or 1.0


def line_features(lines: list[Line], index: int, keys: list[str] | None = None) -> dict[str, float]:
    """What the model reads of `lines[index]`, by name, for the fitting (`furniture_scores` sums the
    same without the names)."""
    keys = keys if keys is not None else line_keys(lines)
    own, above = _gram_counts(keys[index]), _gram_counts(_above(keys, index))
    own_length, above_length = _scaled(own), _scaled(above)
    features = {gram: count / own_length for gram, count in own.items()}
    features.update((ABOVE + gram, count / above_length) for gram, count in above.items())
    features.update((SHAPE + name, value) for name, value in zip(SHAPES, _shape(lines, keys, index)))
    return features


@dataclass(frozen=True)
class _Weights:
    grams: dict[str, float]
    above: dict[str, float]
    shape: tuple[float, ...]
    intercept: float
    threshold: float


@lru_cache(maxsize=1)
def _model() -> _Weights:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    weights: dict[str, float] = data["weights"]
    return _Weights({name: value for name, value in weights.items() if not name.startswith((ABOVE, SHAPE))},
                    {name[len(ABOVE):]: value for name, value in weights.items() if name.startswith(ABOVE)},
                    tuple(weights.get(SHAPE + name, 0.0) for name in SHAPES), data["intercept"], data["threshold"])


def _gram_sum(text: str, weights: dict[str, float]) -> float:
    counts = _gram_counts(text)
    return sum(weights.get(gram, 0.0) * count for gram, count in counts.items()) / _scaled(counts)


def furniture_scores(lines: list[Line]) -> list[float]:
    model = _model()
    keys = line_keys(lines)
    cells = table_cells(lines)  # (a table's cells, one to a line: the text's, whatever their words)
    scores = []
    for index, line in enumerate(lines):
        if not scored(line.text) or index in cells:
            scores.append(0.0)
            continue
        total = (model.intercept + _gram_sum(keys[index], model.grams) + _gram_sum(_above(keys, index), model.above)
                 + sum(weight * value for weight, value in zip(model.shape, _shape(lines, keys, index))))
        scores.append(1 / (1 + math.exp(-max(-30.0, min(30.0, total)))))
    return scores


def remove_model_furniture(page: Page, ctx: object) -> Page:
    lines = list(page.lines)
    if len(lines) < 2:
        return page  # a one-line text is the text
    threshold = _model().threshold
    scores = furniture_scores(lines)
    kept = [line for line, score in zip(lines, scores) if score < threshold]
    if not kept:
        return page  # (never the whole text)
    return page.with_lines(kept, [Removal(RULE, line.number, line.text, f"the line model scores it furniture ({score:.2f})")
                                  for line, score in zip(lines, scores) if score >= threshold])


def with_model_lines(page: Page) -> tuple[Line, ...]:
    """The page's lines with those this rule took put back, in their order."""
    taken = [Line(removal.line, removal.text) for removal in page.removals if removal.rule == RULE]
    return tuple(sorted([*page.lines, *taken], key=lambda line: line.number)) if taken else page.lines
