"""Sources read on round t's tune pages (branch `head15`), each shape written as made-up lines: the
publication spoken to named as a paper and its site joined by a dot (`告诉X报·X网记者`)."""
from __future__ import annotations

import pytest

from digest.ingest.interviewers import interviewer
from digest.ingest.model import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(("text", "org"), [
    ("今年51岁的王老师在这所小学任教。他告诉江城报·江城网记者,当年学校有500多名学生。", "江城报·江城网"),
    ("他告诉江城日报记者,当年学校有500多名学生。", "江城日报"),
])
def test_a_paper_and_its_site_joined_by_a_dot_are_the_publication_spoken_to(text, org):
    found = interviewer(_lines("小学的变迁", text))
    assert found is not None and found.value == org


def test_a_dot_between_a_paper_and_a_person_joins_no_name():
    # (`告诉X报·张三`: no reporter after it, so nobody was told as a publication's reporter)
    assert interviewer(_lines("小学的变迁", "他告诉江城报·张三,当年学校有500多名学生。")) is None
