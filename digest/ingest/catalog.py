"""The cleaner's rules by name, in order, with what each does and whether it is on by default.

Kept apart from the rules themselves so that the command line can list them without loading
the cleaner (every `digest` command builds the same argument parser)."""
from __future__ import annotations

RULE_INFO: tuple[tuple[str, str, bool], ...] = (
    ("escaped_breaks", "literal \\n sequences become line breaks", True),
    ("markup_tags", "HTML tags in text files are removed, a <br> or a paragraph's edge becoming a line break", True),
    ("html_entities", "&nbsp; &amp; &#8220; … in text files are decoded", True),
    ("invisible_chars", "zero-width and direction characters are removed", True),
    ("empty_markup", "image and link markup with nothing in it (![]() left by a converter) is removed", True),
    ("spaces", "indentation and odd Unicode spaces are tidied", True),
    ("emoji_markers", "emoji and symbols planted in parentheses are removed", True),
    ("planted_symbols", "runs of symbols and emoji planted inside the sentences of a page are removed", True),
    ("pinyin_leaks", "pinyin leaked in parentheses after Chinese characters is removed", True),
    ("spam_tokens", "words planted at the start of many lines are removed", True),
    ("related_blocks", "related-links and related-news blocks become report records", True),
    ("metadata_lines", "source, author, date and URL lines become front matter", True),
    ("boilerplate_patterns", "credits, disclaimers, app and follow-us pitches are removed", True),
    ("boilerplate_repeated", "lines repeated across many stories of the batch are removed", True),
    ("page_furniture", "navigation, breadcrumbs, site notices, captions and lines around the article are removed", True),
    # The title line is taken here (not a rule: an article needs one; with page_furniture on,
    # chosen among the top lines by evidence), then:
    ("headings", "bare short lines between paragraphs become ## headings", True),
    ("line_model", "lines that a model learned from real pages scores as page furniture are removed", True),
    ("fullwidth_punctuation", "ASCII ,:;!?() next to Chinese become full-width", False),
)
CHECK_NAMES = ("lost_quotes", "short_body", "not_article", "shuffled_text", "undated")
