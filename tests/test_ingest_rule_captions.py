"""Photo captions told by what only a caption says (issue 13, branch `furn13`, checked
leave-one-round-out): where a person stands in the picture, `图为…` as one clause, the day a photo
was taken with its year, the picture's giver in brackets after a long caption's last sentence. Each with the text it must keep."""
from __future__ import annotations

import pytest

from digest.ingest.layout import furniture_reason
from digest.ingest.pictures import CAPTION


@pytest.mark.parametrize("line", [
    "出征仪式上,南方报业传媒集团党委书记、社长黄常开(左)为采访队伍授旗。",
    "總理李顯龍(68歲,中)剛在行動黨德義支部與團隊成員彙合。",
    "筹备会主席李晓薇(左4)赠送水果篮给主宾。",
    "华医心诚全职专家张灵教授查房(中)",
    "由左至右中華會館主席鄺振強陳榮良伉儷、副主席李毛",
    "图为进村途中经过的黄栗树水库",
    "图为三星堆遗址考古发掘现场5号“祭祀坑”出土的残缺的金面具。",
    "一列试运行的动车组列车从郑西高铁三门峡附近的一座特大型桥梁上驶过(2010年1月16日摄)。",
    # a long caption with its picture's giver in brackets after its last sentence
    "鮪延繩釣漁船依材質分為鐵殼、玻璃纖維強化塑膠(Fiber-reinforced plastic,FRP),依主要捕撈魚種不同分為大目鮪組與長鰭鮪組。"
    "漁船噸數約700噸,單船船員人數為15~36人。(圖片提供/台灣區鮪魚公會)",
    # said and signed (`图为…。X社发 NAME 摄`), or credited as a photo's giver (round t, branch `furn15`)
    "图为武警官兵在塌方现场清理道路。新华社发 李强 摄",
    "图为中午时分,抢修人员打通半幅路面,困在路上的车辆开始缓慢通行。中新社发 刘海 摄",
    "使用无人机喷洒农药的过程。照片提供 / 某某科技",
    "公司执行长在实验室里。照片提供/受访者",
])
def test_captions_by_what_only_a_caption_says(line):
    assert furniture_reason(line, "body") == CAPTION


@pytest.mark.parametrize("line", [
    # a caption run into the text, or a sentence that opens with the words
    "图为MRYAN古沙获网友喜爱的家居品牌在此次网络评比中，众多知名品牌汇聚一堂，接受网友的公正裁决。",
    "图为 颁奖现场恭喜各位获奖嘉宾！",
    "图为何物，至今无人知晓，专家们仍在研究。",
    # a bracket that is no place in a picture
    "该公司(中国)有限公司今年营收增长两成。",
    "左起第一位的选手最终获得了冠军，这让观众们十分意外。" * 5,
    # a long paragraph with its writer's credit in brackets after it
    "台東縣長饒慶鈴17日率縣府建設處、農業處團隊視察各項災害修復及河道疏濬工程,要求各單位把握汛期前的時間。" * 2 + "(文/記者王大明)",
])
def test_text_with_those_words_stays(line):
    assert furniture_reason(line, "body") is None


@pytest.mark.parametrize("line", ["人民廣場地鐵站周邊調整示意圖。", "航天兩大集團部分參會委員在人民大會堂前合影", "中介與租客的聊天記錄",
                                  "通报截图 通报截图"])
def test_a_caption_that_names_its_kind_of_picture(line):
    # one clause that ends on what picture it is (fourteenth session, branch `furn14`)
    assert furniture_reason(line, "body") == CAPTION


@pytest.mark.parametrize("line", ["会后，全体与会代表在大楼前合影。", "网友晒出的聊天记录显示，房东拒绝退还押金。",
                                  "100张不应错过的图表", "记者对比了两张示意图：新方案把站台南移了二十米。",
                                  # a text pointing at its figure is no caption's credit (round zb's tune page zb004)
                                  "截至2025年7月末,中國鋼材價格指數(CSPI)為95.87點,環比上升6.36點,升幅為7.11%。(見下圖)",
                                  "今年前三季度，新能源汽车销量增长明显（如图）。"])
def test_sentences_that_mention_a_picture_stay(line):
    assert furniture_reason(line, "body") is None
