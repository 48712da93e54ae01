"""Ingest on all 1,998 items of inews-ccf2019, real scraped text, as a new user feeds them
(bench/ingest_inews.py; the corpus is not redistributed: ../shared/corpus/inews-ccf2019/). About
5 s with two workers. No article is dated in the future or written without a title, and the
hand-checked sample loses no more real text than it does today."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import ingest_inews

pytestmark = pytest.mark.skipif(not ingest_inews.INEWS.is_dir(), reason="needs shared/corpus/inews-ccf2019")


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    work = tmp_path_factory.mktemp("inews")
    names, result, project = ingest_inews.ingest(work)
    return names, result, project


def test_every_item_gets_an_article_with_a_title_and_no_future_date(ingested):
    names, result, project = ingested
    figures = ingest_inews.measure(names, result, project, datetime.now())
    assert len(names) == 1998 and not figures["failed"]
    assert figures["future"] == [] and figures["empty"] == []


def test_the_sampled_items_lose_no_more_real_text(ingested):
    names, result, project = ingested
    sample = ingest_inews.sample_names(names)
    lost, _removed, known = ingest_inews.sample_loss(result, project, sample, ingest_inews.load_gold())
    assert known > 0 and lost <= 24, f"{lost} characters of real text lost on the sample (24 when the gold was made)"
