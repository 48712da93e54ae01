"""Rule line_model: the furniture the shape rules leave, as a model fitted to the real pages' gold
scores it. It takes out what it scores high, says so with the score, and leaves the text alone."""
from __future__ import annotations

import json
import math

import pytest

from digest.ingest.line_model import MODEL_FILE, RULE, furniture_scores, line_features, remove_model_furniture, scored
from digest.ingest.model import Line, Page
from digest.ingest.rules import RuleContext
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text, raw_article

SITE_LINE = "在线英语听力室官网：http://www.tingroom.com/"  # a site's name and address under the text
ISSUE_LINE = "2023/02/11 第8072期 | 訂閱/退訂 | 看歷史報份"  # a newsletter's issue line above it


def model_removals(article) -> list:
    return [removal for removal in article.removals if removal.rule == RULE]


def test_a_site_line_the_rules_leave_is_taken_out_and_reported_with_its_score():
    article = clean_text(raw_article(TITLE, PARAGRAPHS, tail=[SITE_LINE]))
    assert body_text(article) == PARAGRAPHS
    [removal] = model_removals(article)
    assert removal.text == SITE_LINE
    assert removal.why.startswith("the line model scores it furniture (0.")


def test_switched_off_the_line_stays():
    article = clean_text(raw_article(TITLE, PARAGRAPHS, tail=[SITE_LINE]), rules={RULE: False})
    assert body_text(article) == [*PARAGRAPHS, SITE_LINE]
    assert not model_removals(article)


def test_an_article_without_furniture_loses_nothing():
    article = clean_text(raw_article(TITLE, PARAGRAPHS))
    assert body_text(article) == PARAGRAPHS
    assert not model_removals(article)


def test_a_line_it_takes_still_dates_the_article():
    """What a model takes is weaker evidence than a rule: the day the line names is still the text's."""
    article = clean_text("\n\n".join([TITLE, ISSUE_LINE, *PARAGRAPHS]) + "\n")
    assert ISSUE_LINE not in body_text(article)
    assert [removal.text for removal in model_removals(article)] == [ISSUE_LINE]
    assert (article.date.value, article.date.confidence) == ("2023-02-11", "low")


def test_it_never_takes_the_whole_text():
    """A text the model reads as nothing but furniture stays whole: a page is never emptied by a guess."""
    page = Page("page.txt", tuple(Line(number, text) for number, text in enumerate([SITE_LINE, ISSUE_LINE], start=1)))
    assert min(furniture_scores(list(page.lines))) >= 0.8  # (every line over the threshold)
    assert remove_model_furniture(page, RuleContext()) == page


def test_the_scores_are_the_fitted_model_over_the_named_features():
    """The rule sums the weights without the features' names; the fitting reads them by name: the same."""
    weights = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    lines = [Line(number, text, heading=number == 3) for number, text in
             enumerate([ISSUE_LINE, *PARAGRAPHS[:2], "相关阅读", SITE_LINE, "上一篇：男子醉驾被查"], start=1)]
    for index, score in enumerate(furniture_scores(lines)):
        if not scored(lines[index].text):
            assert score == 0.0  # (a paragraph or a whole sentence: not read)
            continue
        total = weights["intercept"] + sum(weights["weights"].get(name, 0.0) * value for name, value in line_features(lines, index).items())
        assert score == pytest.approx(1 / (1 + math.exp(-total)), abs=1e-9)
