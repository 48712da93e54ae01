"""Stories: how a report's figures and days are read, from round w of bench/events/ (collected
blind): a wind's force is no quake's magnitude, an English word before a number no product
model, a day far ahead (a ship's due day) no day the report reports, the next day's dateline of
a report telling the other's day no second event, and two reports that each name another day
as the day they report no weak evidence of one event; and of round x, a report telling of a
development after another was filed (a funeral's notice after a death) another event. Each rule:
two reports one story or not."""
from __future__ import annotations

from datetime import datetime, timedelta


from digest.index.cohesion import WEAK
from digest.index.specifics import conflicting, specifics
from digest.index.stories import StoryDoc, link_kind, weak_link
from support.stories import TZ, filed, no_shingles, story_doc

def test_a_winds_force_is_no_magnitude():
    """Two reports of one typhoon's landfall name its winds at other places (`最大风力16级` where
    it landed, `8~10级、阵风12级` at sea): one event; two quakes' magnitudes and a game's two
    levels still conflict."""
    day = datetime(2019, 8, 10, 9, tzinfo=TZ)
    landfall = story_doc("a", day, "8月10日1时45分，台风利奇马在温岭登陆，登陆时中心附近最大风力16级，临海15公里外水位暴涨。")
    warning = story_doc("b", day + timedelta(hours=4), "8月10日，山东发布台风预警：利奇马中心附近最大风力13级，海峡8~10级、阵风12级，距临海15公里。")
    assert not conflicting(landfall.specifics, warning.specifics, filed(landfall, warning))
    assert link_kind(landfall, warning, 0.29, no_shingles, lambda: 10) == "event"
    quake, other = story_doc("c", day, "积石山县发生6.2级地震，116人遇难"), story_doc("d", day, "青海发生5.1级地震，116人转移")
    assert conflicting(quake.specifics, other.specifics) and link_kind(quake, other, 0.29, no_shingles, lambda: 10) is None
    level, cap = story_doc("e", day, "7级以上的玩家可以摆摊"), story_doc("f", day, "角色开放129级等级上限")
    assert conflicting(level.specifics, cap.specifics)


def test_english_words_before_numbers_are_no_models():
    """`at 2 pm`, `next 30 to 45 min` (an English caption in a Chinese report) and `Steam222万人`
    (a count) name no product, so they do not set a report apart from another of the summit or
    the game's launch; a model spaced in capitals (`EOS 5D`) and two flights still do."""
    found = specifics("Reporters prepare at the JW Marriott Hotel",
                      "The presser moved up 2 hours to start at 2 pm; talks wrap up in next 30 to 45 min. "
                      "《黑神话》Steam222万人同时在线，佳能EOS 5D，新冠COVID-19")
    assert not any(s.endswith("型号") and not s.startswith("EOS5D") for s in found), found
    assert "EOS5D型号" in found and "222万" in found
    day = datetime(2019, 2, 28, 12, tzinfo=TZ)
    caption = StoryDoc("a", day, frozenset(), found)
    summit = story_doc("b", day, "河内峰会提前结束，双方未签署任何协议。S570相机")
    assert not conflicting(caption.specifics - {"EOS5D型号"}, summit.specifics)
    assert conflicting(caption.specifics, summit.specifics), "two models named still conflict"


def test_a_day_far_ahead_is_not_the_day_a_report_reports():
    """A report of a ship's grounding filed 3月25日 that names only its due day (`原定3月31日抵達`)
    does not conflict with one that names the day it reports; two that each name days of their
    own far apart still do."""
    grounded = story_doc("a", datetime(2021, 3, 25, 9, tzinfo=TZ), "長賜號擱淺，堵塞蘇伊士運河，原定3月31日抵達鹿特丹。")
    stopped = story_doc("b", datetime(2021, 3, 26, 9, tzinfo=TZ), "新华社开罗3月25日电 苏伊士运河暂停通航，长赐号救援或需数周。")
    assert not conflicting(grounded.specifics, stopped.specifics, filed(grounded, stopped))
    assert link_kind(grounded, stopped, 0.3, no_shingles, lambda: 14) == "event"
    assert conflicting(grounded.specifics, stopped.specifics), "without the filing days, the days still say two events"
    later = story_doc("c", datetime(2021, 3, 31, 9, tzinfo=TZ), "3月31日，长赐号抵达苦湖。")
    assert link_kind(later, stopped, 0.3, no_shingles, lambda: 14) is None


def test_the_next_days_dateline_telling_the_others_day_is_one_event():
    """Beirut's evening of 8月10日 is Beijing's 8月11日: a report dated `8月11日电` that tells of
    `10日晚` and one dated `8月10日电` report one resignation; two datelines a day apart with no such
    day told are two of an agency's pieces, as before."""
    tenth = datetime(2020, 8, 10, 23, tzinfo=TZ)
    next_day = story_doc("a", tenth + timedelta(hours=2), "海外网8月11日电 据外媒消息，当地时间10日晚7点30分左右，黎巴嫩总理宣布政府辞职，爆炸已致158人死亡")
    same_day = story_doc("b", tenth, "新华社贝鲁特8月10日电 黎巴嫩总理迪亚卜宣布政府集体辞职，爆炸已致158人死亡")
    assert not conflicting(next_day.specifics, same_day.specifics, filed(next_day, same_day))
    assert link_kind(next_day, same_day, 0.31, no_shingles, lambda: 11) == "event"
    silent = story_doc("c", tenth + timedelta(hours=2), "海外网8月11日电 据外媒消息，黎巴嫩总理宣布政府辞职，爆炸已致158人死亡")
    assert conflicting(silent.specifics, same_day.specifics, filed(silent, same_day))
    assert link_kind(silent, same_day, 0.31, no_shingles, lambda: 11) is None


def test_reports_naming_other_days_as_theirs_are_no_weak_evidence():
    """The drills announced `今(4)日` in answer to a visit of 8月2日 share the visitor's names with
    its reports (and nothing else), but each names another day as the day it reports: no weak
    link, so the drills' report stays with the drills' reports and out of the visit's story.
    Reports of one day (or the next), or sharing a figure, keep their weak links."""
    visit_day = datetime(2022, 8, 2, 23, tzinfo=TZ)
    visits = [story_doc(f"v{i}", visit_day + timedelta(hours=i), "裴洛西专机2日晚抵台，82岁") for i in range(3)]
    drills = story_doc("d", visit_day + timedelta(days=2), "為報復裴洛西訪台，解放軍宣布自今(4)日起實彈射擊，9.5公里")
    assert all(weak_link(drills, visit, 0.2, lambda: 8) == 0 for visit in visits)
    drills_reports = [story_doc(f"r{i}", visit_day + timedelta(days=2, hours=i), "东部战区8月4日在台湾海峡实施远程火力实弹射击")
                      for i in range(2)]
    assert all(link_kind(drills, report, 0.33, no_shingles, lambda: 9) == "event" for report in drills_reports)
    # a precise figure in common still is some evidence: a quake's rescue, reported three days on
    # with its toll (with the magnitude alone it is a development after the quake's report:
    # test_a_development_after_a_report_was_filed_is_another_event)
    quake = story_doc("q", datetime(2022, 9, 5, 13, tzinfo=TZ), "今(5)日12时52分，泸定县发生6.8级地震，115人遇难")
    rescue = story_doc("s", datetime(2022, 9, 8, 13, tzinfo=TZ), "8日上午，泸定6.8级地震115人遇难，被困者获救")
    assert weak_link(quake, rescue, 0.2, lambda: 1) == WEAK
    next_day = story_doc("n", visit_day + timedelta(days=1), "裴洛西今(3)日上午前往立法院，82岁")
    assert weak_link(next_day, visits[0], 0.2, lambda: 8) >= WEAK  # (corroborated: 82岁 and the names)


def test_a_development_after_a_report_was_filed_is_another_event():
    """Round x's death and the notice of the funeral (a follow-up by the gold): filed a day and two
    later, the notice's headline announces a day to come (`12月6日`) the death's reports do not
    name, so the age and the names they share make no link; nor does a report of a state won on
    the 9th join the election's reports of the 6th. Reports of one day announcing different days
    ahead stay one event (a delisting on 8月25日, a law in force on 5月24日), and so does a
    rescue reported days after the quake with its toll, a precise figure, in common."""
    death_day = datetime(2022, 11, 30, 9, tzinfo=TZ)
    death = story_doc("a", death_day, "江泽民同志于2022年11月30日12时13分在上海逝世，享年96岁", "江泽民病逝享耆寿96岁")
    notice = story_doc("b", death_day + timedelta(days=1), "江泽民同志追悼大会12月6日在人民大会堂举行，享年96岁",
                       "江泽民追悼大会12月6日在京举行")
    assert link_kind(death, notice, 0.36, no_shingles, lambda: 9) is None
    assert weak_link(death, notice, 0.2, lambda: 4) == 0
    same_day = story_doc("c", death_day + timedelta(hours=5), "江泽民11月30日在上海逝世，享年96岁，死因曝光")
    assert link_kind(death, same_day, 0.36, no_shingles, lambda: 9) == "event"
    election = story_doc("e", datetime(2024, 11, 6, 9, tzinfo=TZ), "11月6日，川普确认胜选，拿下宾州、北卡")
    swept = story_doc("f", datetime(2024, 11, 9, 9, tzinfo=TZ), "美东时间9日晚，川普拿下亚利桑那，横扫七个摇摆州")
    assert link_kind(election, swept, 0.29, no_shingles, lambda: 9) is None
    delisted = story_doc("g", datetime(2025, 8, 12, 20, tzinfo=TZ), "中国恒大12日公告，将于8月25日起除牌")
    halted = story_doc("h", datetime(2025, 8, 13, 9, tzinfo=TZ), "中国恒大股份8月22日为最后交易日，8月25日除牌",
                       "恒大8月25日下市")
    assert link_kind(delisted, halted, 0.3, no_shingles, lambda: 9) == "event"
    quake = story_doc("q", datetime(2022, 9, 5, 13, tzinfo=TZ), "今(5)日12时52分，泸定县发生6.8级地震，已致93人遇难")
    rescue = story_doc("s", datetime(2022, 9, 8, 13, tzinfo=TZ), "8日上午，泸定6.8级地震已致93人遇难，被困者获救")
    assert link_kind(quake, rescue, 0.3, no_shingles, lambda: 9) is None, "93: two digits, and the 8th is new"
    rescue = story_doc("s", datetime(2022, 9, 8, 13, tzinfo=TZ), "8日上午，泸定6.8级地震已致115人遇难，被困者获救")
    quake = story_doc("q", datetime(2022, 9, 5, 13, tzinfo=TZ), "今(5)日12时52分，泸定县发生6.8级地震，已致115人遇难")
    assert link_kind(quake, rescue, 0.3, no_shingles, lambda: 9) == "event"
