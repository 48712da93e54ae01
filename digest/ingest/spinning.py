"""Machine-spun text: what the synonym spinners of content farms leave behind.

A spinner rewrites a copied article word by word from a fixed table of "synonyms", so that the copy
no longer matches the original: `人` becomes `东说念主`, `通过` becomes `经由过程`, `观众` becomes
`不雅众`, `重点` becomes `沉点`, `熟悉的朋友` becomes `相熟的敌人`. Each table is used by many farms,
and its output has two kinds of marks:

- forms no edited Chinese text contains (`东说念主`, `可以或许`, `花费者`, `工做`): strong evidence;
- real words in a place a writer would not put them (`处所政府` for 地方政府, `相干部分暗示` for
  相关部门表示, `宇宙各地` for 全国各地): each is evidence, written with the context that makes
  it odd, so that the word in its own sense (`处所` "place", `宇宙` "universe") is not counted.

A homophone spinner (written to slip past keyword filters) changes function characters instead:
的 -> 得, 在 -> 再, 我 -> 硪. Its mark is statistical: a function-word profile no edited text has
(`_homophones`).

One odd phrase proves nothing (a quote, a pun, a typo); a spun article has many, because the
spinner replaces every word it knows. So the evidence is the number of *different* odd forms and
their weight: `SPUN_SCORE` or more flags the text, and the warning names the forms seen with the
word each stands for. The weights and the threshold were set on clean news (THUCNews, CCF 2019 web
news, the real pages of bench/real/: no clean article reaches the threshold) and the spun pages of
bench/real/ and of CCF 2019 (bench/README.md, "Spun and shuffled text").

What a keyword farm pushes into the pages it copies (its keywords, its headline's pieces, a betting
site's name) is in stuffing.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.chinese import simplified, traditional_only

# (core, pattern, the word it stands for, weight). The core is a literal every match contains:
# one pass of a literal-only pattern finds the cores (fast, ~15 µs for 4,000 characters), and only
# the patterns of the cores found run. Weight 2 = a form edited Chinese does not contain, 1 = a real
# word in a context that makes it a spinner's; lookarounds keep the word's own senses.
_SIGNATURES: tuple[tuple[str, str, str, int], ...] = (
    # the `东说念主` spinner (人 -> 东说念主, 道 -> 说念, 全国 -> 宇宙 or 寰宇, 死亡 -> 示寂, 模型 -> 模子, 研究 -> 商榷...)
    ("东说念主", "东说念主", "人", 2),
    ("说念", "(?<!小)说念(?![叨书经])", "道", 2),
    ("况兼", "况兼", "而且", 2),
    ("坐窝", "坐窝", "立刻", 2),
    ("关联词", "关联词(?!语)", "然而", 2),
    ("褂讪", "褂讪", "不变", 2),
    ("淌若", "淌若", "如果", 2),
    ("委果", "委果", "确实", 2),
    ("宇宙", "宇宙(?:各地|东说念主|人民|人大|政协|两会|范围内)", "全国", 2),
    ("示寂", "(?<![僧师尚尼佛])示寂", "死亡", 1),
    ("泉源", "泉源(?![乡村镇县])", "来源", 1),
    ("握住", "(?<!把)握住(?:了)?(?:疫情|局势|态势|风险|火势|局面|价格|成本|节奏|情绪)", "控制", 2),
    ("昆季", "昆季", "兄弟", 1),
    ("好意思", "(?<!不)好意思(?=[国丽食元术女景味妙满观容颜])", "美", 2),
    ("线路", "(?:他|她|我|并|还|也|曾|则|均|都|亦|对此)线路(?=[称说,，:：])", "表示", 2),
    ("柔和", "(?:受到|引起|粗俗|广泛|高度|密切|持续|引发|备受)柔和", "关注", 2),
    ("粗俗", "粗俗(?:柔和|关注|应用|认同|存在|使用|好评|传播|欢迎|赞誉|支持|参与)", "广泛", 2),
    ("畴前", "畴前", "以前", 1),
    ("迩来", "迩来", "最近", 1),
    ("眷注", "眷注", "关注", 1),
    ("咫尺", "(?<![近在远])咫尺(?![之天])", "目前", 1),
    ("模子", "(?:大|开源|语言|预训练|多模态)模子", "模型", 2),
    ("名次榜", "名次榜", "排行榜", 1),
    ("寰宇", "寰宇(?:要点|各地|范围|人民|东说念主)", "全国", 2),
    ("实际室", "要点实际室|实际室主任", "重点实验室", 2),
    ("商榷", "商榷(?:所|院|员|中心|团队|标明)", "研究", 2),
    ("空洞", "空洞(?:评分|得分|实力|排名|指数)", "综合", 2),
    ("贯穿", "阅读贯穿", "阅读理解", 2),
    # the old 伪原创 table (通过 -> 经由过程, 能够 -> 可以或许, 观 -> 不雅, 大 -> 年夜...)
    ("经由过程", "经由过程", "通过", 2),
    ("缘故原由", "缘故原由", "原因", 2),
    ("羁系", "羁系", "监管", 2),
    ("发念头", "发念头(?:总成|舱|盖|排量|型号|功率|技术|故障|缸体)|(?:汽车|柴油|汽油|航空)发念头", "发动机", 2),
    ("监视治理", "监视治理", "监督管理", 2),
    ("实验召回", "实验召回", "实施召回", 2),
    ("可以或许", "可以或许", "能够", 2),
    ("查询拜访", "查询拜访", "调查", 2),
    ("标的目的", "(?<!中)标的目的", "方向", 2),
    ("场合排场", "场合排场", "局面", 2),
    ("花费者", "花费者", "消费者", 2),
    ("逛戏", "逛戏", "游戏", 2),
    ("旅逛", "旅逛", "旅游", 2),
    ("不雅", "(?:[参景客主悲乐宏微外直壮围]不雅|不雅[众察点看念感])", "观", 2),
    ("年夜", "(?:[重庞强伟扩加巨宏广远盛]年夜|年夜[量家学会型约多部概幅众意夫门街厅爷妈陆])", "大", 2),
    ("不必然", "不必然", "不一定", 2),
    ("德律风", "德律风", "电话", 2),
    ("如不美观", "如不美观", "如果", 2),
    ("摆布", "(?<=[0-9０-９一二三四五六七八九十百千万号日岁])摆布", "左右", 2),
    ("半永远", "半永远", "半永久", 2),
    ("不睬", "(?<!理)不睬", "不理", 1),
    ("搜检", "搜检", "检查", 1),
    ("司理", "总司理", "总经理", 2),
    ("查抄", "(?:做|去|体检|身体|妇科)查抄|查抄(?:成果|结果|报告|身体|出)", "检查", 2),
    ("良多", "良多(?:人|男人|女人|患者|网友|市民|家长|企业|公司|玩家)", "很多", 2),
    ("筹算", "筹算", "打算", 1),
    ("配景", "配景", "背景", 1),
    ("黉舍", "黉舍", "学校", 2),
    ("生齿", "生齿", "人口", 2),
    ("鼎新", "(?<!革故)鼎新", "改革", 1),
    ("戎行", "戎行", "军队", 1),
    ("构和", "(?<![机结架])构和", "谈判", 1),
    ("讯断", "讯断", "判决", 2),
    ("影戏", "(?<!皮)影戏", "电影", 1),
    ("发卖", "发卖", "销售", 1),
    ("相干", "相干(?:部分|部门|政策|规定|法律|人员|企业|行业|信息|资料|事宜)", "相关", 2),
    ("部分暗示", "部分暗示", "部门表示", 2),
    ("事变", "(?:太平|平安)事变", "安全事故", 2),
    ("变乱", "变乱", "事故", 1),
    ("根柢", "根柢", "根本", 1),
    ("病院", "(?<![小心神])病院", "医院", 1),
    ("立异", "立异(?:成果|能力|驱动|发展|型)", "创新", 2),
    ("出格", "出格(?:是|长|多|大|重要|注意)", "特别", 2),
    ("财产", "(?:工业|文化|旅游|新兴|支柱|主导)财产", "产业", 2),
    ("时期意思", "(?:高档|高级)?时期意思", "时代意义", 2),
    ("撑持", "撑持(?:集成|多种|全部|所有)", "支持", 2),
    ("平易近", "(?:[市村公农居网股移难选]平易近|人平易近(?!人)|平易近(?:警|生|众|营|间|族|主|意|俗|宿|航|事|法|政|企|办|兵))", "民", 2),
    ("每团体", "每团体", "每个人", 2),
    ("海内", "海内(?=市场|经济|企业|游客|航线|消费|需求|疫情|旅游|发展|节奏|同行|首)", "国内", 1),
    ("不外", r"(?:^|(?<=[，,。；;！？\s]))不外(?![乎是])", "不过", 1),
    ("次要", "次要(?:包括|是|有|用于|来自|集中|负责|任务|目标|内容|方式|措施|做法|经验)", "主要", 1),
    ("假寓", "假寓", "定居", 1),
    ("笼盖", "笼盖", "覆盖", 1),
    ("不齐全统计", "不齐全统计", "不完全统计", 2),
    ("平安", "食物平安|平安(?:生产|隐患|监管)", "安全", 2),
    ("办事区", "(?:高速|公路)办事区", "服务区", 2),
    ("火车坐", "火车坐(?!位)", "火车站", 1),
    ("部分", "(?:有关|相关|职能|监管|主管|政府|各)部分(?=[负责表示要对已将在的和])", "部门", 1),
    # the 5118-style table (已经 -> 曾经, 覆盖 -> 笼罩, 国家 -> 国度, 中心 -> 核心, 表示 -> 示意, 普通 -> 个别)
    ("笼罩", "(?:曾经|已经|已|全面|基本|根本)笼罩(?:了)?(?=\\d|全国|全省|全市|城区|县|乡|农村|所有|各)", "覆盖", 2),
    ("国度", "国度(?=高速|级|标准|政策|统计|发改|主席|领导人|安全|机关|部委|重点|电网|公园|图书馆|大剧院|体育场)", "国家", 2),
    ("行政核心", "行政核心", "行政中心", 2),
    ("示意", "(?<=[0-9日])示意(?=[,，:：])|(?:局长|部长|主任|总理|经理|董事长|发言人|负责人|专家|教授)示意(?=[,，:：])", "表示", 1),
    ("个别", "个别(?=国道|省道|高校|本科|公路|门诊)", "普通", 1),
    # the farm table of `工做`, `沉点`, `次要做物` (作 -> 做, 重 -> 沉, 主要 -> 次要, 生产 -> 出产...)
    ("工做", "(?<!手)工做", "工作", 2),
    ("合做", "(?<![手])合做(?:机制|社|伙伴|共赢|关系|项目|模式|交流)", "合作", 2),
    ("沉点", "沉点", "重点", 2),
    ("偏沉", "偏沉", "偏重", 2),
    ("挑和", "挑和", "挑战", 2),
    ("做物", "做物(?!证)", "作物", 2),
    ("结实无力", "结实无力", "扎实有力", 2),
    ("蹈厉奋发", "蹈厉奋发", "踔厉奋发", 2),
    ("深切", "深切(?:进修|推进|贯彻|开展|实施|落实|学习)", "深入", 2),
    ("进修贯彻", "进修贯彻", "学习贯彻", 2),
    ("出产", "出产(?:环境|情况|安全|生活|经营|企业|任务|形势|日子|太平)", "生产", 2),
    ("办事", "(?:社会化|公共|政务|金融)办事", "服务", 2),
    ("处所", "处所(?:政府|党委|财政|债券|经济|步履|两会)", "地方", 2),
    ("提拔步履", "提拔步履", "提升行动", 2),
    ("完美", "完美(?:机制|制度|体系|政策|法规|垦地)", "完善", 2),
    ("鼎力度", "更鼎力度", "更大力度", 2),
    ("坚苦", "坚苦", "困难", 1),
    ("农人", "农人(?!节)", "农民", 1),
    # a newer table (建设 -> 创造, 提高 -> 行进, 能力 -> 才华, 美好 -> 夸姣, 基础 -> 根底...)
    ("创造", "(?:电网|设施|设备|工程|基地|党风廉政|生态文明)创造(?![了出性力价条机奇财就])", "建设", 2),
    ("行进", "行进(?:电网|能力|水平|效率|质量|服务|保障|才华)", "提高", 2),
    ("才华", "(?:抗灾|供电|服务|保障|创新|生产|管理|治理)才华", "能力", 2),
    ("根底", "根底(?:设备|设施|建设)", "基础", 2),
    ("定见", "定见》", "意见", 2),
    ("夸姣", "夸姣", "美好", 1),
    ("南边", "南边(?:电网|航空|日报|都市报)", "南方", 2),
    # the table of `音讯` and `显现` (消息 -> 音讯, 显示 -> 显现, 今年 -> 本年, 历史 -> 前史, 技术 -> 技能,
    # 资本 -> 本钱, 公开 -> 揭露, 农村 -> 乡村, 往年 -> 终年, 结束 -> 完毕, 重点 -> 要点, 管理 -> 办理,
    # 研究 -> 研讨, 市场 -> 商场)
    ("音讯", "(?:[网社台榜]|日报|晚报)音讯|音讯(?:称|显示|显现|人士)", "消息", 2),
    ("显现", "(?:数据|统计|调查|报告|结果|资料|信息|进展|进度|APP|查询|监测|公告|财报|研究|记录)显现", "显示", 2),
    ("揭露", "揭露(?:募股|发行|招股|上市|征求|招标)", "公开", 2),
    ("前史", "前史(?:正|上|性|遗留|新高|最高|最低)", "历史", 2),
    ("技能", "技能(?:盈余|红利|进步|转向|立异|革新|路线|研发|创新)", "技术", 2),
    ("本钱", "本钱(?:继续|市场|押注|寒冬|运作|助力|加持|涌入)", "资本", 2),
    ("农业乡村部", "农业乡村部", "农业农村部", 2),
    ("终年", "(?:比|较|于|同)终年(?=[快慢高低多少同])", "往年", 2),
    ("完毕", "根本完毕", "基本结束", 2),
    ("满意收官", "满意收官", "圆满收官", 2),
    ("要点", "要点(?:麦区|地区|区域|领域|项目|工程|任务|人群|行业|企业)", "重点", 2),
    ("办理司", "办理司(?!法)", "管理司", 2),
    ("研讨院", "研讨院", "研究院", 1),
    ("商场", "(?:电影|资本|金融|股票|债券|期货|劳动力)商场", "市场", 2),
    # the table of `食物平安` and `不及格` (监督 -> 监视, 不合格 -> 不及格, 通报 -> 传递, 控制 -> 节制, 处置 -> 措置)
    ("监视抽", "监视抽(?:检|查|样)", "监督抽检", 2),
    ("不及格", "(?:抽检|抽查|检验|检测|产品|食品|食物)不及格", "不合格", 2),
    ("传递", "传递(?:显示|称|指出)|(?:总局|部门|部分|通报)传递", "通报", 2),
    ("节制", "严酷节制|节制(?:风险|价格|疫情|成本)", "严格控制", 2),
    ("措置", "(?:核查|依法|妥善|应急|及时)措置", "处置", 2),
    # homophone spinners, written to slip past keyword filters (我 -> 硪, 因为 -> 因偽, 好友 -> hao友)
    ("硪", "硪", "我", 2),
    ("偽", "因[偽伪](?!造|装)", "因为", 2),
    ("hao友", "hao友", "好友", 2),
    # the SegmentFault-mirror spinner (熟悉 -> 相熟, 朋友 -> 敌人, 项目 -> 我的项目, 系统 -> 零碎...)
    ("相熟的敌人", "相熟的敌人", "熟悉的朋友", 2),
    ("我的项目", "(?<=[的个该此本新正式各])我的项目", "项目", 2),
    ("零碎", "零碎(?:稳定|架构|设计|性能|资源|治理|管理|环境)", "系统", 2),
    ("全副", "全副(?:采纳|应用|都|的)", "全部", 2),
    ("老本", "(?:升高|降落|节俭|升高沟通)老本", "成本", 2),
    ("帮忙", "心愿(?:能|可能)(?:够)?帮忙", "希望能帮助", 2),
    ("稳固", "(?:宽泛|稳固)(?:和|的)(?:稳固|宽泛)", "广泛/稳定", 2),
)

_CORES = re.compile("|".join(sorted({re.escape(core) for core, _, _, _ in _SIGNATURES}, key=len, reverse=True)))
_BY_CORE: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
for _index, (_core, _pattern, _, _) in enumerate(_SIGNATURES):
    _BY_CORE.setdefault(_core, []).append((_index, re.compile(_pattern)))
_CANTONESE = re.compile("[嘅喺佢咗唔哋冇嗰啲]")
SPUN_SCORE = 4  # the weight of different odd forms that makes a text spun
MAX_CHARS = 4000  # enough to tell: a spinner marks every paragraph


@dataclass(frozen=True)
class Spinning:
    score: int  # the summed weight of the different odd forms seen
    forms: tuple[tuple[str, str], ...]  # (form as seen, the word it stands for), first seen first

    @property
    def spun(self) -> bool:
        return self.score >= SPUN_SCORE

    def evidence(self, limit: int = 12) -> str:
        shown = "、".join(f"{form}({word})" for form, word in self.forms[:limit])
        more = f" and {len(self.forms) - limit} more" if len(self.forms) > limit else ""
        return f"{shown}{more}"


def _homophones(text: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    """The function-word profile of a homophone spinner: 的, the commonest character of written
    Chinese, replaced by 得 (and 在 by 再). In real text 得 is far rarer than 的 (in the 3,000
    THUCNews and CCF news items, 得 never reaches 8 with fewer than four times as many 的).
    Cantonese writes 嘅 for 的 and uses 得 freely (唔得, 記得): text with its particles is left alone."""
    de, dei = text.count("的"), text.count("得")
    if dei < 8 or 4 * de > dei or _CANTONESE.search(text):
        return 0, ()
    evidence = (f"得×{dei}", f"的×{de}")
    zai, zai_again = text.count("在"), text.count("再")
    if zai_again > zai:
        return SPUN_SCORE, (evidence, (f"再×{zai_again}", f"在×{zai}"))
    return SPUN_SCORE // 2, (evidence,)



def spinning(text: str) -> Spinning:
    """The odd forms a spinner left in `text` (its first MAX_CHARS characters). A farm may turn
    the spun copy into Traditional characters (`東說念主`): such text is read in Simplified ones."""
    text = text[:MAX_CHARS]
    if not traditional_only().isdisjoint(text):
        text = simplified(text)
    profile, profile_forms = _homophones(text)
    cores = set(_CORES.findall(text))
    if not cores:
        return Spinning(profile, profile_forms)
    seen: dict[int, tuple[int, str]] = {}  # signature -> (first position, form)
    for core in cores:
        for index, pattern in _BY_CORE[core]:
            match = pattern.search(text)
            if match:
                seen[index] = (match.start(), match.group())
    order = sorted(seen, key=lambda index: seen[index][0])
    forms = profile_forms + tuple((seen[index][1], _SIGNATURES[index][2]) for index in order)
    return Spinning(profile + sum(_SIGNATURES[index][3] for index in order), forms)
