"""Chinese-aware text helpers: slugs, summaries, reading time."""
from __future__ import annotations

from digest.text import count_words, make_summary, reading_minutes, slugify


def test_slug_transliterates_chinese_to_pinyin():
    assert slugify("谷歌出走") == "gu-ge-chu-zou"
    assert slugify("Meta入股Scale AI") == "meta-ru-gu-scale-ai"
    assert slugify("2025年AI大会") == "2025-nian-ai-da-hui"


def test_slug_is_never_empty_and_stable():
    first = slugify("🚀🚀", fallback_seed="content/a.md")
    assert first.startswith("x-") and len(first) == 10
    assert slugify("🚀🚀", fallback_seed="content/a.md") == first
    assert slugify("🚀🚀", fallback_seed="content/b.md") != first
    assert slugify("！？。") != ""


def test_slug_is_ascii_and_bounded():
    slug = slugify("人工智能" * 40)
    assert slug.isascii() and len(slug) <= 80 and not slug.endswith("-")
    assert slugify("Ｆｕｌｌ　Ｗｉｄｔｈ") == "full-width"


def test_summary_cuts_at_a_sentence_end():
    text = "第一句话说明了事件。第二句话补充了细节！第三句话很长" + "很长" * 60 + "。"
    assert make_summary(text, 40) == "第一句话说明了事件。第二句话补充了细节！"


def test_summary_keeps_closing_quotes_with_the_sentence():
    text = "他说：“我们会继续合作。”随后离开了会场，" + "后面还有很多内容" * 20
    assert make_summary(text, 30) == "他说：“我们会继续合作。”"


def test_summary_of_one_long_sentence_is_cut_with_an_ellipsis():
    text = "这是一个没有句号的超长句子" * 20
    summary = make_summary(text, 50)
    assert summary.endswith("…") and len(summary) == 51


def test_short_text_is_its_own_summary():
    assert make_summary("短文。", 120) == "短文。"


def test_reading_time_counts_chinese_characters_and_latin_words_separately():
    assert count_words("OpenAI 发布了 GPT-5 模型") == (5, 2)
    assert reading_minutes("字" * 400) == 1
    assert reading_minutes("字" * 401) == 2
    assert reading_minutes("word " * 440) == 2
    assert reading_minutes("字" * 200 + " word" * 110) == 1  # half a minute of each
    assert reading_minutes("") == 1
