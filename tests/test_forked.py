"""digest.forked: one function over many inputs in forked workers, the same answers as in this
process, and inputs that read the same cached things kept together."""
from __future__ import annotations

import os
import random

from digest.forked import forked_map, split_inputs


def _square_and_pid(value: int) -> tuple[int, int]:
    return value * value, os.getpid()


def _answers(results):
    return [answer for answer, _pid in results]


def test_the_same_answers_in_order_with_or_without_workers():
    inputs = [(value,) for value in range(500)]
    serial = forked_map(_square_and_pid, inputs, min_inputs=10**9)
    assert {pid for _answer, pid in serial} == {os.getpid()}
    positions = [random.Random(7).random() for _ in inputs]
    for near in (None, lambda: positions):
        assert _answers(forked_map(_square_and_pid, inputs, min_inputs=1, near=near)) == _answers(serial)


def test_each_part_is_a_run_of_neighbouring_inputs():
    near = [random.Random(3).choice([5.0, 1.0, 3.0, 2.0]) + index / 10**6 for index in range(1001)]
    parts = split_inputs(len(near), 4, near)
    assert sorted(index for part in parts for index in part) == list(range(1001))
    assert [len(part) for part in parts] == [251, 251, 251, 248]
    for part, following in zip(parts, parts[1:]):
        assert max(near[i] for i in part) < min(near[i] for i in following)


def test_without_positions_parts_are_dealt_like_cards():
    assert split_inputs(7, 2) == [[0, 2, 4, 6], [1, 3, 5]]
    assert split_inputs(10, 4) == [[0, 4, 8], [1, 5, 9], [2, 6], [3, 7]]
    assert split_inputs(1, 4) == [[0]]
