"""Headlines on round u's tune pages (branch `head16`), each shape written as made-up lines: an
e-paper's page label whose page number has a section's letter (`第A01版:封面`, u086) is no headline."""
from __future__ import annotations

import pytest

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


@pytest.mark.parametrize("line", ["第A01版:封面", "第B12版：要闻", "第a3版"])
def test_an_e_paper_page_label_with_a_sections_letter_is_no_headline(line):
    article = clean_text("\n".join([line, "", TITLE, "", *PARAGRAPHS]) + "\n")
    assert article.title == TITLE and body_text(article) == PARAGRAPHS


def test_a_headline_naming_a_page_is_still_the_headline():
    title = "第A1版的故事:报纸如何排版"  # (more than a label: a headline's words after it)
    article = clean_text("\n".join([title, "", *PARAGRAPHS]) + "\n")
    assert article.title == title
