"""Pictures a scraper printed as text: an image's file name where the image was, and the captions
under a gallery of them (`6.jpg`, `测体温`, `7.jpg`, `登记`): page furniture, not the article."""
from __future__ import annotations

import re

# an image's file or screenshot name printed instead of the image: `微信截图_20210918150711`,
# `IMG_20230101_1200.jpg`, a picture's name with its spaces (`只為儘速復電.png`, `2 张 图.jpg`), and a Markdown image
# with nothing in it: `![]()`
IMAGE_NAME = re.compile(r"^(?:(?:微信|屏幕|手机)?截图|IMG|DSC|Screenshot|image|img|photo)[_\- ]?\d{6,}[\d_\-]*(?:\.(?:jpe?g|png|gif|webp))?$"
                         r"|^[0-9a-f]{24,64}(?:\.(?:jpe?g|png|gif|webp))?$"  # an image's hash
                         r"|^[\w\-](?:[\w\-]|[ \u3000](?=[\w\-])){0,39}\.(?:jpe?g|png|gif|webp)$|^!\[[^\]]{0,40}\]\([^)]{0,200}\)$", re.IGNORECASE)
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
