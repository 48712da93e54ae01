"""Pictures a scraper printed as text: an image's file name where the image was, and the captions
under a gallery of them (`6.jpg`, `测体温`, `7.jpg`, `登记`), a picture's label printed at each picture
(`巡河现场` under two paragraphs): page furniture, not the article; and a caption that is all the
text a page has, which stays."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.model import Line, Removal
from digest.ingest.paragraphs import is_paragraph

# an image's file or screenshot name printed instead of the image: `微信截图_20210918150711`,
# `IMG_20230101_1200.jpg`, a picture's name with its spaces (`只為儘速復電.png`, `2 张 图.jpg`), and a Markdown image
# with nothing in it: `![]()`
IMAGE_NAME = re.compile(r"^(?:(?:微信|屏幕|手机)?截图|IMG|DSC|Screenshot|image|img|photo)[_\- ]?\d{6,}[\d_\-]*(?:\.(?:jpe?g|png|gif|webp))?$"
                         r"|^[0-9a-f]{24,64}(?:\.(?:jpe?g|png|gif|webp))?$"  # an image's hash
                         r"|^[\w\-](?:[\w\-]|[ \u3000](?=[\w\-])){0,47}\.(?:jpe?g|png|gif|webp)\)?$"
                         r"|^!\[[^\]]{0,40}\]\((?:[^)]{0,200}|data:image/[^)]*)\)$"
                         # an image element a converter left with only its address in it (a data URI, however long):
                         # `<image>data:image/svg+xml,…</image>`, `<img>![](https://…)</img>`
                         r"|^<(image|img|figure)>[ ]*(?:data:image/|https?://|!\[)[^<]*</\1>$", re.IGNORECASE)
CAPTION = "a photo caption"
MAX_FILE_CAPTION_CHARS = 20
MIN_GALLERY = 3
_SENTENCE_END = ("。", "！", "？", "!", "?", "…", "」", "”", "』", '"', "'", "）", ")")


def gallery_captions(plain: list[str], texts: list[str]) -> set[int]:
    """Indexes of the short lines each under a picture's file name (`plain`: the lines as matched,
    `texts`: without spaces), when the page prints a gallery of them: one file name over a short
    line may be a subheading after a picture."""
    found = {index for index in range(1, len(plain)) if IMAGE_NAME.match(plain[index - 1])
             and 0 < len(texts[index]) <= MAX_FILE_CAPTION_CHARS and not texts[index].endswith(_SENTENCE_END)}
    return found if len(found) >= MIN_GALLERY else set()


# a picture's label is a short noun phrase: a speaker's name (two or three characters) opens each of
# their turns, and a longer line shown again is likelier an unpunctuated subheading or sentence
MIN_LABEL_CHARS, MAX_LABEL_CHARS = 4, 8
MIN_LABEL_COPIES, MAX_LABEL_COPIES = 2, 3  # (more: a transcript's or a list's own marker)
MIN_SENTENCE_CHARS = 20  # a line above one copy, ending a sentence: the text's
_LABEL_STOPS = re.compile(r"[。！？，,；;：:、]")


def _ends_sentence(text: str) -> bool:
    return is_paragraph(text) or len(text) >= MIN_SENTENCE_CHARS and text.endswith(_SENTENCE_END)


def repeated_labels(texts: list[str], first_prose: int) -> set[int]:
    """Indexes of a short label (`巡河现场`, `狮城演唱会`: no sentence, no clause) the page prints two
    or three times, each time under a paragraph of the text or above the text's start: a picture's
    caption at every picture, or a section's banner, not a subheading (the text has each once).
    A refrain or a verse's line has short lines around it; a heading its own words once (twice
    when the page prints its whole text twice: the same lines around both)."""
    found: dict[str, list[int]] = {}
    for index, key in enumerate(texts):
        if MIN_LABEL_CHARS <= len(key) <= MAX_LABEL_CHARS and not _LABEL_STOPS.search(key):
            found.setdefault(key, []).append(index)
    return {index for places in found.values() if MIN_LABEL_COPIES <= len(places) <= MAX_LABEL_COPIES
            and all(index < first_prose or (index > 0 and _ends_sentence(texts[index - 1])) for index in places)
            and any(index >= first_prose for index in places) and not _printed_twice(texts, places) for index in places}


def _printed_twice(texts: list[str], places: list[int]) -> bool:
    """The copies have the same line above or below them: the text printed twice, its subheadings with it."""
    return any(len({texts[index + step] if 0 <= index + step < len(texts) else "" for index in places}) < len(places) for step in (-1, 1))


MIN_ALT_CHARS, MAX_ALT_CHARS = 4, 30
_WORDS = re.compile(r"[\W_]+")


def alt_text_over(line: str, caption: str) -> bool:
    """`贵州修文猕猴桃` over `▲贵州修文猕猴桃`, `四川猕猴桃基地` over `(本文配图为四川猕猴桃基地果园)`: a short
    line, no sentence, whose words the caption right under it says again: the picture's alt text,
    printed where the image was, its caption under it (a subheading is not said again by a caption)."""
    words = _WORDS.sub("", line)
    return MIN_ALT_CHARS <= len(words) <= MAX_ALT_CHARS and not line.rstrip().endswith(_SENTENCE_END) \
        and words in _WORDS.sub("", caption)


MIN_TEXT_CHARS = 100  # less text than this left under the headline: the page is little more than its captions
MIN_CAPTION_TEXT = 30
# `图为…`: a caption that says it is one is never the text, however little text the page has
_SAYS_PICTURE = re.compile(r"^[ \u3000]*图为")


def captions_kept_when_all_text(kept: list[Line], removals: list[Removal]) -> tuple[list[Line], list[Removal]]:
    """A page whose text is mostly a picture's caption (`10月5日，…宣布…。新华社记者 王成云 摄`, the
    article cut short around it): the caption is the text, it stays."""
    if sum(len(line.text) for line in kept[1:]) >= MIN_TEXT_CHARS:
        return kept, removals
    captions = [r for r in removals if r.why == CAPTION and len(r.text) >= MIN_CAPTION_TEXT
                and not _SAYS_PICTURE.match(for_matching(r.text))]
    if not captions:
        return kept, removals
    restored = sorted([*kept, *(Line(r.line, r.text) for r in captions)], key=lambda line: line.number)
    return restored, [r for r in removals if r not in captions]
