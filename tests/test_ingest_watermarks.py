"""A forum's anti-copy watermark: lines of random sign-and-letter pairs, a row with the forum's host
among them, and runs glued onto text lines, which together make a page watermarked."""
from __future__ import annotations

from digest.ingest.watermarks import watermarks
from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text

ROW = "' Z% l0 j. o! k9 b"
HOST_ROW = "2 f0 F- G, s; y, Q& d. g% q4 \\5 X someforum.de7 r. ^- A, V- z$ ?4 x"
GLUED = '" l# ]" f$ d+ ?+ T6 P' + PARAGRAPHS[2]


def test_two_rows_and_a_glued_run_make_a_watermarked_page_whose_rows_go():
    lines = [TITLE, PARAGRAPHS[0], ROW, PARAGRAPHS[1], HOST_ROW, GLUED, *PARAGRAPHS[3:]]
    whole, glued = watermarks(lines)
    assert whole == {2, 4} and set(glued) == {5}
    body = body_text(clean_text("\n".join(lines)))
    assert ROW not in body and HOST_ROW not in body
    assert PARAGRAPHS[0] in body and any(PARAGRAPHS[2] in text for text in body)


def test_one_row_alone_is_no_watermark_and_words_and_numbers_are_none():
    assert watermarks([TITLE, ROW, *PARAGRAPHS]) == (set(), {})
    assert watermarks(["A B C D 据介绍", "1 2 3 4 5", "U S A 2 0", *PARAGRAPHS]) == (set(), {})


def test_a_forums_jammer_without_spaces_goes_with_its_short_pieces():
    # (zf014: a Discuz forum's jammer runs between a thread's lines, the same trick without spaces)
    lines = [TITLE, PARAGRAPHS[0], "bg^<e}{<H", PARAGRAPHS[1], "pL2{zW`FDh", "!9_'_8", "sP", PARAGRAPHS[2], ";]W@W1)$", "^", *PARAGRAPHS[3:]]
    body = body_text(clean_text("\n".join(lines)))
    assert body == PARAGRAPHS


def test_code_like_lines_alone_make_no_jammer():
    # two short runs of signs are a formula or a smiley, and a page without three keeps every such line
    lines = [TITLE, PARAGRAPHS[0], "C++", "a+b=c;", PARAGRAPHS[1], "OK", "AI", *PARAGRAPHS[2:]]
    assert watermarks(lines) == (set(), {})
    assert "a+b=c;" in body_text(clean_text("\n".join(lines)))
