"""Rules escaped_breaks, html_entities, invisible_chars, empty_markup, spaces: characters that are not text."""
from __future__ import annotations

from test_ingest_helpers import PARAGRAPHS, TITLE, body_text, clean_text


def test_escaped_breaks_split_a_dumped_line():
    text = f"{TITLE}\n{PARAGRAPHS[0]}\\n{PARAGRAPHS[1]}\\n\\n{PARAGRAPHS[2]}\n"
    article = clean_text(text)
    assert body_text(article) == PARAGRAPHS[:3]
    assert any(r.rule == "escaped_breaks" and r.line == 2 for r in article.removals)


def test_escaped_breaks_off_keeps_the_backslashes():
    text = f"{TITLE}\n{PARAGRAPHS[0]}\\n{PARAGRAPHS[1]}\n"
    assert "\\\\n" in clean_text(text, rules={"escaped_breaks": False}).body


def test_html_entities_are_decoded_in_text_files():
    text = f"{TITLE}\n他说&ldquo;好&rdquo;&nbsp;AT&amp;T，R&D 部门&#8220;扩张&#x201D;。\n"
    assert body_text(clean_text(text)) == ["他说“好” AT&T，R&D 部门“扩张”。"]


def test_html_entities_off_leaves_them():
    text = f"{TITLE}\n他说&ldquo;好&rdquo;。\n"
    assert "&ldquo;" in clean_text(text, rules={"html_entities": False}).body


def test_invisible_characters_go_but_emoji_sequences_hold():
    text = f"{TITLE}\n报\u200b道\u200c指\ufeff出，全家福👨\u200d👩\u200d👧很\u00ad温馨。\n"
    article = clean_text(text)
    assert body_text(article) == ["报道指出，全家福👨\u200d👩\u200d👧很温馨。"]
    assert [r.text for r in article.removals if r.rule == "invisible_chars"] == ["U+00AD U+200B U+200C U+FEFF"]


def test_spaces_full_width_indentation_and_odd_spaces_are_tidied():
    text = f"\u3000\u3000{TITLE}\r\n\u3000\u3000{PARAGRAPHS[0]}\r\n\t\u00a0 \r\n\u3000{PARAGRAPHS[1]}\u00a0\u00a0\r\n"
    article = clean_text(text)
    assert article.title == TITLE
    assert body_text(article) == PARAGRAPHS[:2]


def test_empty_image_and_link_markup_goes_and_the_headline_after_it_is_found():
    # A converter that lost a picture leaves `![]()` at the top of the page, before the headline.
    text = f"![]() {TITLE}\n{PARAGRAPHS[0]}[](https://example.com/x)\n![]()\n{PARAGRAPHS[1]}\n"
    article = clean_text(text)
    assert article.title == TITLE
    assert body_text(article) == [PARAGRAPHS[0], PARAGRAPHS[1]]
    assert [(r.line, r.text) for r in article.removals if r.rule == "empty_markup"] == [
        (1, "![]()"), (2, "[](https://example.com/x)"), (3, "![]()")]
    assert clean_text(text, rules={"empty_markup": False}).title != TITLE


def test_question_marks_that_stand_for_a_lost_indent_go_and_are_reported():
    # an indent's full-width spaces turned into `?` by a conversion to an encoding without them
    text = f"{TITLE}\n????\n??? {PARAGRAPHS[0]}\n?“{PARAGRAPHS[1]}”\n?4月6日，{PARAGRAPHS[2]}\n"
    article = clean_text(text)
    assert body_text(article) == [PARAGRAPHS[0], f"“{PARAGRAPHS[1]}”", f"4月6日，{PARAGRAPHS[2]}"]
    assert [r.text for r in article.removals if r.rule == "spaces"] == ["????", "???", "?", "?"]


def test_a_question_mark_inside_a_line_or_before_latin_text_stays():
    lines = ["他问：为什么?我们也不知道答案。", "?? what is this", "？？？网友纷纷表示看不懂这个操作。"]
    article = clean_text("\n".join([TITLE, *PARAGRAPHS[:2], *lines]))
    assert body_text(article)[2:] == lines
