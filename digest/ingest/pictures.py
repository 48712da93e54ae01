"""Pictures a scraper printed as text: an image's file name where the image was, and the captions
under a gallery of them (`6.jpg`, `测体温`, `7.jpg`, `登记`): page furniture, not the article; and
a caption that is all the text a page has, which stays."""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.model import Line, Removal

# an image's file or screenshot name printed instead of the image: `微信截图_20210918150711`,
# `IMG_20230101_1200.jpg`, a picture's name with its spaces (`只為儘速復電.png`, `2 张 图.jpg`), and a Markdown image
# with nothing in it: `![]()`
IMAGE_NAME = re.compile(r"^(?:(?:微信|屏幕|手机)?截图|IMG|DSC|Screenshot|image|img|photo)[_\- ]?\d{6,}[\d_\-]*(?:\.(?:jpe?g|png|gif|webp))?$"
                         r"|^[0-9a-f]{24,64}(?:\.(?:jpe?g|png|gif|webp))?$"  # an image's hash
                         r"|^[\w\-](?:[\w\-]|[ \u3000](?=[\w\-])){0,39}\.(?:jpe?g|png|gif|webp)$"
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
