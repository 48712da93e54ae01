"""A photo caption by its own shape: a credit in brackets or after its last sentence (`(新华社记者 X 摄)`,
`…合影。李庚伟摄`, `…。路透社`), a mark that opens it (`▲`, `图为…`, `图一.`), where a person stands in the
picture (`黄常开(左)`), a clause that names what picture it is (`…示意图`). `layout.furniture_reason`
asks it wherever the line is; a headline's own mark that it has pictures (`…(组图)`) is no caption,
and nor is a text pointing at its figure (`…降幅为1.16%。(见下图)`)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from digest.ingest.chinese import for_matching
from digest.ingest.model import Line

_CAPTION_CREDIT = re.compile(
    r"(?:[(（](?!文[/／])(?![^（()）]{0,40}(?:文[/／]?图|图[/／]?文))(?!(?:详|参)?[见如][上下左右前后附]?图)(?=[^（()）]{0,40}(?:图|照|摄|截|撷取|取自|翻拍|Getty|EPA))[^（()）]{1,40}[)）]"
    r"|(?<=[\u4e00-\u9fff])[(（](?:\d{4}年)?\d{1,2}月\d{1,2}日摄[)）]。"  # (`…的意见(5月4日摄)。`: the day it was taken, the sentence's end after it)
    r"|(?<=[。！])[(（][^（()）]{1,16}提供[)）]"
    # the credit in angle brackets, or a giver's name unbracketed after the last sentence: `…同樂。〈記者吳素珍攝〉`, `…启动。恩平市委宣传部提供`
    r"|(?<=[。！])[ \u3000]*[〈〔<＜][^〈〉〔〕<>＜＞]{1,20}(?:摄|提供)[〉〕>＞]$|(?<=[。！])[ \u3000]*(?:[^\s。，,！？由]{3,16}提供|[^\s。，,！？由]{2,16}供图)$"
    r"|(?<=.)(?:图|照片|图片|图源|摄影|视频|影片)(?:提供)?[ \u3000]*[／/|｜][^。，,]{1,30}"  # (`…过程。照片提供 / 某科技`)
    # after the picture's sentence (an outlet in quotes before the name: `…雪人。 “哈报手机记者” 王洪艳摄`): `…假。(中央气象局提供)`, `…合影。李庚伟摄`, `…官邸。摄于29日，东京`, `…海报。来源:X截图`, `…演练。 图源:X`
    # (`…音乐会。照片由张天宇提供。`, `…外表。 © 張恒嘉攝 / 台灣媽祖魚保育聯盟提供`: its giver, said so, or its copyright mark)
    r"|(?<=[。！])[ \u3000]*(?:(?:照片|图片|相片|图)均?由[^\s。，,！？]{2,16}(?:提供|拍摄|摄)。?|©[^。！？]{1,40})"
    r"|(?<=[。！])[ \u3000]*(?:图源网络|图片来[源自]于?网络|[\u4e00-\u9fff]{2,3}社发|资料图片?|资料照片|档案照片)"

    r"|(?<=[。！)）])[ \u3000]*(?:(?:[“\"「『][^”\"」』]{1,12}[”\"」』][ \u3000]*)?[\u4e00-\u9fff·]{2,4}[ \u3000]*摄影?|摄于[^。]{1,30}|(?:图源|图片来源)[:：][^。，,]{1,30}|来源[:：][^。，,]{1,30}?(?:截图|截屏))"
    # (its giver or photographer under a label, after the last sentence or a space: `…篇章。圖片提供:財團法人罕見疾病基金會。`,
    # `…季风杯比赛   摄影: Choo Yut Shing, Flickr。`)
    r"|(?:(?<=[。！])|(?<=[\u4e00-\u9fff])[ \u3000]+)(?:摄影|拍摄|图片提供|照片提供|图片来源)[ \u3000]*[:：][ \u3000]*[^。！？:：]{1,40}。?"
    r"|[／/](?:摄影?|摄)(?:报道)?)$"  # (`…4列。邱晶 张卓群/摄影报道`)
)
_PHOTOGRAPHER = r"[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}"  # (a two-character name spaced out: `記者 周 密攝`)
_CAPTION_END = re.compile(rf"(?:(?:记者|通讯员|摄影记者|特约摄影)[ \u3000]*{_PHOTOGRAPHER}(?:[ 、]{_PHOTOGRAPHER})*[ \u3000]*摄(?:影)?"
                          # (a picture's clause, then its agency a space apart: `人们在…庙会上游玩 新华社 摄`)
                          r"|^[^，,；;。！？]{6,40}?(?<=[\u4e00-\u9fff])[ \u3000]+[\u4e00-\u9fff]{2,3}社[ \u3000]*摄"
                          r"|图片(?:来自|来源)[^，。]{0,30}|[，,][ \u3000]*图片"  # and one clause naming what picture it is (`…调整示意图。`, `…合影`)
                          r"|^[^，,；;。！？:：]{2,28}(?:示意图|截图|合影|合照|聊天记录|效果图|航拍图|资料图|全景图)。?"
                          r"|^图为.*[。！][^。！？]{1,16}(?:摄影?|供稿|供图|提供))$")  # (`图为…。中新社发 刘永 摄`, `…。 新华社供稿`: said and signed, either alone is not enough)
# a headline's own mark that it has pictures: `…(组图)`, `…（图）`
_GALLERY_MARK = re.compile(r"[(（](?:组|多|附|高清|大)?(?:图|图片|图文|视频)(?:集)?[)）]$")
# (`(上图)给力迎新标语`, `图为进村途中经过的水库`: one clause, no more; a bare `(图)` may open a lead; `頂圖圖說：`, `图片说明：`: a caption's label)
_CAPTION_START = re.compile(r"^(?:[▲△▼▽↑↓]|(?:[顶首头题上下左右]图)?(?:图注|图说|图片说明)[：:]|图为[^，,。！？!?\s]{2,48}。?$|[(（](?:上|下|左|右)图[一二三四五六\d]?[)）]"
                            r"|图[一二三四五六七八九十\d]{1,2}[ \u3000]*[.．、:：](?![ \u3000]*图)|图[一二三四五六七八九十\d]{1,2}[ \u3000]+(?=[^\d\s/]))")  # (`图一.梁冰主席致欢迎词`, `圖一 根據…整理之…分佈`: its number)
# where a person stands in the picture: `黄常开(左)`, `李显龙(68岁,中)`, `李晓薇(左4)`, `由左至右…`
_IN_THE_PICTURE = re.compile(r"[(（](?:[^()（）]{1,12}[，,、])?(?:左|右|中|前排|后排)(?:[一二三四五六七八九十]|\d{1,2})?起?[)）]|^(?:由左至右|由左到右|左起|右起)")
# a picture's credit alone on its line: `照片取自网络`, `图片来源 新华社`, `图由X提供`
_PHOTO_CREDIT = re.compile(r"^(?:照片|图片|相片|图)[ \u3000]*(?:取自|来自|来源|提供)[ \u3000:：]*[^，。,！？]{1,20}$"
                           r"|^[\u4e00-\u9fff·]{1,4}(?:[ \u3000][\u4e00-\u9fff]{1,3})?[ \u3000]*摄[(（][\u4e00-\u9fffA-Za-z]{2,10}[)）]$"  # (`张淼龙摄(人民视觉)`: its credit alone)
                           r"|^(?:照片|图片|相片|图)均?由[^，。,！？]{2,20}(?:提供|拍摄|摄)。?$")  # (`圖由林芝市林草局提供`)
MAX_CAPTION_CHARS, MAX_CREDITED_CAPTION_CHARS = 100, 240  # (a caption; one signed after its last sentence)
# `…阿根廷罰球進球時全場歡呼。路透社`: a photo agency's credit after the caption's last sentence (a text
# cites an agency in its sentences, it does not sign a paragraph with it)
_PHOTO_CREDIT_END = re.compile(r"(?<=[。！”])[ \u3000]*(?:路透社|法新社|美联社|欧新社|欧洲新闻图片社|EPA|AFP|Reuters|AP|Getty Images)$")
# `…15~36人。(圖片提供/台灣區鮪魚公會)`: the picture's giver in brackets, its word first, after the last sentence
_BRACKETED_CREDIT_END = re.compile(r"(?<=[。！])[ \u3000]*[(（](?:图片提供|图片来源|照片提供|图源|图|摄影|摄)[/／:：][^()（）]{1,20}[)）]$")
# `…典禮。視覺中國 ?圖`: a photo agency's credit after one short sentence, its 供/供图 mangled
_AGENCY_CREDIT = re.compile(r"(?<=[。！])[ \u3000]*(?:视觉中国|东方IC|图虫创意|IC ?photo)[ \u3000]*[?？]?[ \u3000]*(?:供图|图)?$")
MAX_AGENCY_CAPTION_CHARS = 50


def is_caption(core: str) -> bool:
    """Whether a line (as matched, trimmed) is a photo caption by its shape alone."""
    if len(core) <= MAX_CAPTION_CHARS and (_CAPTION_CREDIT.search(core) or _CAPTION_START.match(core)
                                            or _CAPTION_END.search(core) or _PHOTO_CREDIT.match(core) or _IN_THE_PICTURE.search(core)) \
            and not _GALLERY_MARK.search(core):
        return True
    if len(core) <= MAX_AGENCY_CAPTION_CHARS and _AGENCY_CREDIT.search(core):
        return True  # (longer, a paragraph the picture's credit was glued to: text)
    if len(core) <= MAX_CREDITED_CAPTION_CHARS and (_PHOTO_CREDIT_END.search(core) or _BRACKETED_CREDIT_END.search(core)):
        return True  # (a long caption, signed by its agency after its last sentence)
    return False


# a photo story's caption closing with its photographer's credit (`…垃圾減量50%。新華社記者 彭昭之 攝【1】【2】`), or
# with the agency that sent the picture out (`沈光勇 摄 (贵州图片库发)`, `新华社发(吕羡林 摄)`): on a page that is
# the caption alone, that outlet published it; under an article, it is a picture's
_PHOTO_STORY_CREDIT = re.compile(r"(?:^|[。！？!?\s])[(（]?(?P<org>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:特派|实习|见习|首席|全媒体)?记者[ \u3000]*"
                           r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、][\u4e00-\u9fff·]{2,4})?[ \u3000]*摄影?[)）]?(?:[ \u3000]*【\d{1,2}】)*$"
                           r"|(?:^|[。！？!?\s])(?:[\u4e00-\u9fff·]{2,4}[ \u3000]*摄[ \u3000]*)?[(（](?P<sender>[\u4e00-\u9fffA-Za-z]{2,10}?)发[)）]$"
                           r"|^(?P<agency>[\u4e00-\u9fffA-Za-z]{2,10}?)发[ \u3000]*[(（][\u4e00-\u9fff·]{2,4}[ \u3000]*摄[)）]$")
MAX_PHOTO_STORY = 600  # characters: a caption or a few
MIN_CAPTION = 12


def photo_story_credit(lines: Sequence[Line], plain: str) -> tuple[int, int] | None:
    """Where in `plain` (a line's, Simplified) the outlet a photo story credits is named, when the
    page is one: short, one or two lines of text or every one of them a credited caption."""
    match = _PHOTO_STORY_CREDIT.search(plain)
    if match is None or sum(len(line.text) for line in lines) > MAX_PHOTO_STORY:
        return None
    texts = [line for line in lines if len(line.text) >= MIN_CAPTION]
    if len(texts) > 2 and not all(_PHOTO_STORY_CREDIT.search(for_matching(line.text.rstrip())) for line in texts):
        return None
    group = next(name for name in ("org", "sender", "agency") if match[name])
    return match.span(group)
