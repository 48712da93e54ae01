"""The noise generator's own vocabularies. The cleaner never imports this file.

Every list is split in two by position: `tune` (even positions) is what the cleaner was developed
against, `heldout` (odd positions) is only used for the figures that are reported.
"""
from __future__ import annotations

PLACES = """大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 铁岭 葫芦岛 通化 白山 松原 延吉 牡丹江 佳木斯 齐齐哈尔 绥化 黑河
伊春 赤峰 通辽 包头 乌海 鄂尔多斯 呼伦贝尔 邯郸 邢台 保定 沧州 衡水 廊坊 承德 张家口 秦皇岛 唐山 晋城 长治 临汾 运城
吕梁 忻州 大同 朔州 阳泉 晋中 菏泽 聊城 德州 滨州 东营 潍坊 日照 临沂 枣庄 济宁 泰安 威海 烟台 淄博 宿迁 淮安 盐城
连云港 泰州 镇江 扬州 南通 湖州 嘉兴 绍兴 金华 衢州 丽水 台州 舟山 蚌埠 阜阳 亳州 宿州 淮北 六安 安庆 池州 黄山 宣城
景德镇 萍乡 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 三明 莆田 南平 龙岩 宁德 漳州 泉州 韶关 梅州 汕尾 河源 阳江 湛江 茂名
肇庆 清远 潮州 揭阳 云浮 柳州 桂林 梧州 北海 钦州 贵港 玉林 百色 河池 来宾 崇左 遵义 六盘水 安顺 毕节 铜仁 曲靖 玉溪
保山 昭通 丽江 普洱 临沧 汉中 安康 商洛 延安 榆林 宝鸡 咸阳 渭南 铜川 天水 张掖 酒泉 嘉峪关 金昌 白银 武威 平凉 庆阳
定西 陇南 西宁 海东 石嘴山 吴忠 固原 中卫 克拉玛依 吐鲁番 哈密 喀什 阿克苏""".split()

BRANDS = """云帆优选 金鼎财富 乐购商城 星辰娱乐 鑫盛配资 速达物流 华彩彩票 博雅教育 天行者 万象汇 鸿运来 聚宝盆 百川汇 恒通宝
乐享购 优品汇 京鼎网 汇金宝 顺风盈 快乐购 美家居 好运来 金牛配资 银河娱乐 宏图网 大富翁 鼎盛平台 财神到 易购网 淘金网
金豆豆 钱多多 赢家宝 闪电贷 速融通 安心保 掌上财富 有钱花 乐分期 优信宝 旺财宝 福满堂 金元宝 聚财网 众联网 汇通达
百姓网 同城网 千家购 万家乐 好当家 乐居网 安居客栈 蓝海优选 红海商城 紫金财富 青松投资 翡翠娱乐 钻石会员 皇冠体育
黄金城 白银汇 星光大道 月光宝盒 太阳城 彩虹桥""".split()

WORDS = """发展 经济 市场 服务 企业 生活 技术 文化 健康 教育 环境 安全 管理 信息 系统 产品 资源 工作 社会 国际 投资 科技
创新 质量 能源 交通 旅游 体育 音乐 电影 汽车 手机 电脑 网络 数据 平台 金融 银行 保险 房产 时尚 美食 家居 医疗 农业
工业 物流 电商 游戏 动漫 摄影 设计 艺术 历史 地理 天气 新闻 财经 股票 基金 理财 创业 就业 招聘 培训 考试 留学 移民
签证 酒店 机票 门票 景点 美容 减肥 养生 母婴 宠物 花卉 茶叶 白酒 红酒 珠宝 手表 眼镜 服装 鞋子 箱包 玩具 文具 图书
家电 数码 相机 耳机 音箱 电视 冰箱 空调 洗衣机""".split()

LATIN = """seo8 vx123 abc QQ88 xyz9 Lv7 kk68 w88 zz520 tt99 ok8 GG hk6 jj77 mm520 pp365 cc8 dd66 ee99 ff18 gg888 hh5 ii23 Kx9
bb123 AAA Zhan8 WWW9 Top1 hot8 vip888 new6 best9 Mall8 Go66 Win8 fun7 max9 pro5 ace7 star9 sun6 moon8 sky3 sea5 fly9 run4
jet7 box2 zip5 net9 app8 web6 bit3 coin8 cash5 gold9 lux7""".split()

EMOJI = """😀 😃 😄 😁 😆 😅 😂 🤣 😊 😇 🙂 🙃 😉 😌 😍 🥰 😘 😗 😙 😚 😋 😛 😝 😜 🤪 🤨 🧐 🤓 😎 🤩 🥳 😏 😒 😞 😔 😟 😕 🙁
😣 😖 😫 😩 🥺 😢 😭 😤 😠 😡 🤬 🤯 😳 🥵 🥶 😱 😨 😰 😥 😓 🤗 🤔 🤭 🤫 🤥 😶 😐 😑 😬 🙄 😯 😦 😧 😮 😲 🥱 😴 🤤 😪
😵 🤐 🥴 🤢 🤮 🤧 😷 🤒 🤕 🤑 🤠 😈 👿 👹 👺 🤡 💩 👻 💀 👽 👾 🤖 🎃 😺 😸 😹 😻 😼 😽 🙀 😿 😾 👋 🤚 🖐️ ✋ 🖖 👌 🤏
✌️ 🤞 🤟 🤘 🤙 👈 👉 👆 🖕 👇 ☝️ 👍 👎 ✊ 👊 🤛 🤜 👏 🙌 👐 🤲 🤝 🙏 ✍️ 💅 🤳 💪 🦾 🦵 🦶 👂 🦻 👃 🧠 🦷 🦴 👀 👁️ 👅
👄 💋 🩸 👶 🧒 👦 👧 🧑 👱 👨 🧔 👩 🧓 👴 👵 🙍 🙎 🙅 🙆 💁 🙋 🧏 🙇 🤦 🤷 👮 🕵️ 💂 👷 🤴 👸 👳 👲 🧕 🤵 👰 🤰 🤱
👼 🎅 🤶 🦸 🦹 🧙 🧚 🧛 🧜 🧝 🧞 🧟 💆 💇 🚶 🧍 🧎 🏃 💃 🕺 👯 🧖 🧗 🤺 🏇 ⛷️ 🏂 🏌️ 🏄 🚣 🏊 ⛹️ 🏋️ 🚴 🚵 🤸 🤼 🤽
🤾 🤹 🧘 🛀 🛌 🐶 🐱 🐭 🐹 🐰 🦊 🐻 🐼 🐨 🐯 🦁 🐮 🐷 🐸 🐵 🐔 🐧 🐦 🐤 🦆 🦅 🦉 🦇 🐺 🐗 🐴 🦄 🐝 🐛 🦋 🐌 🐞 🐜 🦟
🦗 🕷️ 🦂 🐢 🐍 🦎 🦖 🦕 🐙 🦑 🦐 🦞 🦀 🐡 🐠 🐟 🐬 🐳 🐋 🦈 🐊 🐅 🐆 🦓 🦍 🦧 🐘 🦛 🦏 🐪 🐫 🦒 🦘 🐃 🐂 🐄 🐎 🐖
🐏 🐑 🦙 🐐 🦌 🐕 🐩 🦮 🐈 🐓 🦃 🦚 🦜 🦢 🦩 🕊️ 🐇 🦝 🦨 🦡 🦦 🦥 🐁 🐀 🐿️ 🦔 🌵 🎄 🌲 🌳 🌴 🌱 🌿 ☘️ 🍀 🎍 🎋 🍃
🍂 🍁 🍄 🐚 🌾 💐 🌷 🌹 🥀 🌺 🌸 🌼 🌻 🌞 🌝 🌛 🌜 🌚 🌕 🌖 🌗 🌘 🌑 🌒 🌓 🌔 🌙 🌎 🌍 🌏 🪐 💫 ⭐ 🌟 ✨ ⚡ ☄️ 💥 🔥
🌪️ 🌈 ☀️ 🌤️ ⛅ 🌥️ ☁️ 🌦️ 🌧️ ⛈️ 🌩️ 🌨️ ❄️ ☃️ ⛄ 🌬️ 💨 💧 💦 ☔ ☂️ 🌊 🌫️ 🍏 🍎 🍐 🍊 🍋 🍌 🍉 🍇 🍓 🍈 🍒 🍑 🥭
🍍 🥥 🥝 🍅 🍆 🥑 🥦 🥬 🥒 🌶️ 🌽 🥕 🧄 🧅 🥔 🍠 🥐 🥯 🍞 🥖 🥨 🧀 🥚 🍳 🧈 🥞 🧇 🥓 🥩 🍗 🍖 🌭 🍔 🍟 🍕 🥪 🥙 🧆
🌮 🌯 🥗 🥘 🥫 🍝 🍜 🍲 🍛 🍣 🍱 🥟 🦪 🍤 🍙 🍚 🍘 🍥 🥠 🥮 🍢 🍡 🍧 🍨 🍦 🥧 🧁 🍰 🎂 🍮 🍭 🍬 🍫 🍿 🍩 🍪 🌰 🥜 🍯
🥛 🍼 ☕ 🍵 🧃 🥤 🍶 🍺 🍻 🥂 🍷 🥃 🍸 🍹 🧉 🍾 🧊 🥄 🍴 🍽️ 🥣 🥡 🥢 🧂 ⚽ 🏀 🏈 ⚾ 🥎 🎾 🏐 🏉 🥏 🎱 🪀 🏓 🏸 🏒 🏑
🥍 🏏 🥅 ⛳ 🪁 🏹 🎣 🤿 🥊 🥋 🎽 🛹 🛷 ⛸️ 🥌 🎿 🎯 🎮 🎰 🎲 🧩 ♟️ 🎭 🎨 🧵 🧶 🎼 🎤 🎧 🎷 🎸 🎹 🎺 🎻 🪕 🥁 🚗 🚕 🚙
🚌 🚎 🏎️ 🚓 🚑 🚒 🚐 🚚 🚛 🚜 🛴 🚲 🛵 🏍️ 🚨 🚔 🚍 🚘 🚖 🚡 🚠 🚟 🚃 🚋 🚞 🚝 🚄 🚅 🚈 🚂 🚆 🚇 🚊 🚉 ✈️ 🛫 🛬 💺 🚀
🛸 🚁 🛶 ⛵ 🚤 🛥️ 🛳️ ⛴️ 🚢 ⚓ ⛽ 🚧 🚦 🚥 🚏 🗺️ 🗿 🗽 🗼 🏰 🏯 🏟️ 🎡 🎢 🎠 ⛲ ⛱️ 🏖️ 🏝️ 🏜️ 🌋 ⛰️ 🏔️ 🗻 🏕️ ⛺ 🏠 🏡
⌚ 📱 📲 💻 ⌨️ 🖥️ 🖨️ 🖱️ 🖲️ 🕹️ 🗜️ 💽 💾 💿 📀 📼 📷 📸 📹 🎥 📽️ 🎞️ 📞 ☎️ 📟 📠 📺 📻 🎙️ 🎚️ 🎛️ 🧭 ⏱️ ⏲️ ⏰ 🕰️
⌛ ⏳ 📡 🔋 🔌 💡 🔦 🕯️ 🪔 🧯 🛢️ 💸 💵 💴 💶 💷 💰 💳 💎 ⚖️ 🧰 🔧 🔨 ⚒️ 🛠️ ⛏️ 🔩 ⚙️ 🧱 ⛓️ 🧲 🔫 💣 🧨 🪓 🔪 🗡️ ⚔️
🛡️ 🚬 ⚰️ ⚱️ 🏺 🔮 📿 🧿 💈 ⚗️ 🔭 🔬 🕳️ 🩹 🩺 💊 💉 🧬 🦠 🧫 🧪 🌡️ 🧹 🧺 🧻 🚽 🚰 🚿 🛁 🧼 🪒 🧽 🧴 🛎️ 🔑 🗝️ 🚪
👨‍👩‍👧 👩‍💻 👨‍🍳 🧑‍🚀 👩‍🔬 🏳️‍🌈 👍🏽 👋🏻 🙏🏿 💪🏼 🇨🇳 🇯🇵 🇺🇸 🇬🇧 🇫🇷 🇩🇪 #️⃣ 1️⃣ 2️⃣ 3️⃣ ❤️ 🧡 💛 💚 💙 💜 🖤 ♥️ ⚠️ ✅ ❌ ⭕
🔴 🟠 🟡 🟢 🔵 🟣 🟤 ⚫ ⚪ 🟥 🟧 🟨 🟩 🟦 🟪""".split()

# Lines a portal adds; `{site}`, `{app}`, `{name}`, `{phone}` are filled in per copy.
BOILERPLATE = [
    "本文来自{site}，转载请注明出处。", "更多精彩资讯，请下载{app}客户端！", "责任编辑：{name}", "（责任编辑：{name}）",
    "扫描二维码，关注{site}官方微信", "声明：本文仅代表作者个人观点，与本站立场无关。", "投资有风险，入市需谨慎。",
    "编辑：{name} 校对：{name}", "海量行情，尽在{app}APP", "欢迎关注{site}公众号，获取更多资讯",
    "点击下方“阅读原文”查看更多", "【{site}】专业财经资讯平台，每日更新，敬请关注！", "本站所有内容均来自网络，如有侵权请联系删除",
    "文中观点仅供参考，不构成投资建议", "想了解更多？戳这里！", "↓↓↓ 长按识别二维码 ↓↓↓", "分享到：微信 微博 QQ空间",
    "——END——", "打开{app}，阅读体验更佳", "{site}，让资讯更有价值", "本文系{site}独家稿件，未经授权不得转载",
    "版权所有 © {site}", "新闻热线：400-{phone}", "每日财经早知道，尽在{site}", "关注我们，第一时间获取最新资讯",
    "看新闻，上{site}", "{site}，懂你的新闻客户端", "特别提示：本文不构成任何投资建议", "审核：{name}",
    "免责声明：文章内容仅供参考，据此操作风险自担。", "炒期货就来{app}，实时行情，一键下单，助您把握每一次机会！",
    "{app}——你身边的资讯专家", "下载{app}，领取新人红包", "（本文首发于{site}）", "图片来源：{site}",
    "本文为{site}原创，转载须经授权", "每天三分钟，读懂财经圈——{site}", "值班编辑：{name}",
]
SITES = """金融界 东方财富网 和讯网 同花顺财经 新浪财经 网易财经 搜狐财经 腾讯新闻 凤凰网 中金在线 证券之星 全景网 财华社
界面财经 投资快报 财经头条 资讯速递 今日观察 每日看点 全球视野 热点追踪 新闻早班车 晨报网 晚报网""".split()
APPS = """金融界 东方财富 同花顺 新浪财经 网易新闻 搜狐新闻 腾讯新闻 凤凰新闻 今日头条 一点资讯 趣头条 看点快报 天天快报
掌上资讯 快讯宝 财经通 股市通 新闻通""".split()
NAMES = """张伟 王芳 李娜 刘洋 陈静 杨磊 赵敏 黄强 周杰 吴霞 徐军 孙丽 马超 朱婷 胡斌 郭华 何平 高峰 林涛 罗琳 郑浩 梁燕
谢明 宋佳""".split()

HEADERS = """相关链接 相关新闻 相关阅读 延伸阅读 猜你喜欢 推荐阅读 热门推荐 大家都在看 为你推荐 精彩推荐 往期回顾 热点新闻
更多阅读 相关报道 你可能感兴趣 今日热点 编辑推荐 24小时热文 本周热门 热文排行 相关文章 最新资讯 热门文章 看点推荐""".split()
HEADER_STYLES = ["{h}", "{h}：", "{h}:", "【{h}】", "▲{h}", ">>{h}", "—— {h} ——", "[{h}]", "■ {h}", "{h} >"]

SOURCES = """新华网 人民网 央视新闻 澎湃新闻 界面新闻 财新网 第一财经 21世纪经济报道 经济观察报 证券时报 中国证券报 上海证券报
每日经济新闻 新京报 南方都市报 北京青年报 环球时报 观察者网 虎嗅网 36氪 钛媒体 华尔街见闻 财联社 格隆汇 中新网 光明网
央广网 国际在线 中国日报网 封面新闻 红星新闻 潮新闻 极目新闻 上游新闻 大河报 齐鲁晚报 扬子晚报 钱江晚报 羊城晚报 楚天都市报""".split()
SOURCE_STYLES = ["来源:{s}", "来源：{s}", "文章来源：{s}", "本文来源：{s}", "来源：{s}　作者：{a}", "{d} {t} 来源：{s}",
                 "【来源：{s}】", "稿源：{s}", "来源于：{s}", "出处：{s}", "{d} {t}　来源：{s}　编辑：{a}", "转自：{s}",
                 "来源：{s} | 作者：{a}", "(来源：{s})", "信息来源：{s}", "发布时间：{d} {t} 来源：{s}"]

SPLITS = ("tune", "heldout")


# Shapes, stars and dingbats a farm may plant instead of emoji (`--markers other`).
SYMBOLS = """★ ☆ ◆ ◇ ■ □ ▲ △ ● ◎ ✿ ❀ ✦ ✧ ❖ ⬟ ⬢ ☀ ☂ ♛ ♞ ✪ ❂ ⚑ ☯ ✈ ♻ ⬙ ❄ ☘ ✺ ❉""".split()
# Brackets other than parentheses around a marker (`--markers other`).
BRACKETS = [("[", "]"), ("【", "】"), ("〔", "〕"), ("{", "}"), ("<", ">"), ("［", "］"), ("(", ")"), ("（", "）")]


def pick(values: list[str], split: str) -> list[str]:
    """The half of a vocabulary that belongs to a split."""
    return values[SPLITS.index(split)::2]


# A third vocabulary of furniture (`--furniture other`), written apart from the cleaner's rules and
# from the lists above: other portals' wording for the same kinds of lines (credits, notices, calls
# to follow, share rows, reprint lines), other headers over related items, other shapes of the
# source line (unlabelled beside a date, after a bar or a slash), other names. Split like the rest.
# No line here names an origin other than the source line's (`本文转载自X`, `X出品` would: the
# cleaner may then take X for the publisher, rightly).
OTHER_BOILERPLATE = [
    "部分内容来源于网络，版权归原作者所有，如有侵权请告知删除。", "【免责声明】本文仅代表作者本人观点，与{site}无关。",
    "关注{site}微博，获取第一手资讯", "更多内容请关注{site}微信公众号", "感谢阅读，欢迎分享给更多朋友", "微信扫一扫，分享到朋友圈",
    "监制：{name}", "一审：{name} 二审：{name} 三审：{name}", "返回{site}，查看更多", "打开{app}APP，阅读全文",
    "新闻爆料热线：0{phone}", "商务合作请联系：{name} {phone}", "如需转载请与{site}联系", "喜欢这篇文章？点个“在看”吧",
    "↑点击上方蓝字关注我们", "长按二维码 关注{app}", "{site}新闻客户端，24小时不间断更新", "第一时间获取财经资讯，请关注{app}", "本期编辑 {name}",
    "版权声明：本文为{site}原创作品，未经许可禁止转载。", "点击关注，第一时间了解最新动态", "温馨提示：市场有风险，投资需谨慎。",
    "—— 完 ——", "主编：{name}　终审：{name}", "策划：{name}　统筹：{name}", "本网站郑重声明：所载数据仅供参考，风险自负。",
    "举报/反馈", "文章纠错", "赞赏 收藏 转发", "想看更多好文章，请下载{app}", "欢迎在评论区留言讨论", "（本文作者系{site}特约评论员）",
]
OTHER_SITES = """东方网 大众网 荆楚网 红网 华龙网 北青网 千龙网 中国青年网 北方网 东北网 齐鲁网 浙江在线 南海网 舜网 四川在线
金羊网 胶东在线 中华网 环球网 海外网""".split()
OTHER_APPS = """澎湃 上观新闻 南方+ 封面 九派新闻 潇湘晨报 大象新闻 正观新闻 川观新闻 掌上春城 冀云 甘肃新闻""".split()
OTHER_NAMES = """王磊 李强 张敏 刘芳 陈晨 杨帆 赵阳 黄丽 周涛 吴昊 徐静 孙悦 马琳 朱磊 胡月 郭婷 何勇 高远 林芳 罗斌""".split()
OTHER_HEADERS = """相关推荐 热门资讯 相关内容 更多精彩 近期热点 同类文章 推荐文章 阅读排行 精选推荐 点击排行 新闻推荐
网友还在看 猜你感兴趣 热点关注""".split()
OTHER_HEADER_STYLES = ["◆ {h} ◆", "【{h}】", "▼{h}", "● {h}", "{h}：", "≡ {h}", "<{h}>", "*{h}*", "{h}——", "▍{h}"]
OTHER_SOURCES = """大众日报 四川日报 湖北日报 解放日报 文汇报 新民晚报 华商报 三湘都市报 长江日报 南方日报 北京日报 法治日报
工人日报 科技日报 证券日报 中国经营报 时代周报 IT之家 雷锋网 量子位 机器之心 智东西""".split()
OTHER_SOURCE_STYLES = ["消息来源：{s}", "稿件来源：{s}", "新闻来源：{s}", "来源 | {s}", "来源/{s}", "{d} {t}　{s}",
                       "时间：{d} {t}　来源：{s}", "发布日期：{d}　来源：{s}　浏览次数：{n}", "作者：{a}　来源：{s}　时间：{d}",
                       "本文转自{s}", "转载自：{s}", "原文来源：{s}", "文/{a}　来源/{s}", "{s} {d} {t}"]


# Layouts the generator otherwise never plants (`--layout other`), written apart from the cleaner's
# rules: the source named at the end of the text, an info line above the title or a date fused to a
# view count, a headerless list of dated related items, an ad line between paragraphs, lines spaced
# with `&nbsp;` or full-width spaces. Split like the rest; `{s}` is the source, `{d}`/`{t}` a date
# and time, `{m}`/`{day}` month and day, `{y}` the year, `{n}` a count.
LAYOUT_END_SOURCES = ["（来源：{s}）", "本文来源：{s}", "({s})", "来源：{s}", "（{s}）", "(来源:{s})", "本文来源于{s}",
                      "（文章来源：{s}）"]
LAYOUT_INFO_ABOVE = ["{d} {t} · 阅读 {n}", "{d} {t}", "{y}年{m}月{day}日 {t}", "{d} {t}　阅读：{n}", "{d}　{t}",
                     "{y}/{m}/{day} {t} 浏览 {n}"]
LAYOUT_VIEWS = ["{y}/{m}/{day} 阅读({n})", "{m}-{day} {n}阅", "{d} 浏览：{n}次", "{y}.{m}.{day} {t} 阅读数 {n}",
                "{d} {t} | {n}人阅读", "{m}月{day}日 {t} 阅读 {n}"]
LAYOUT_RELATED_DATES = ["{title} {d}", "[{m}-{day}] {title}", "{title}（{m}-{day}）", "{d} {title}", "{title}　{m}/{day}",
                        "· {title} {y}-{m}-{day}"]
LAYOUT_ADS = ["广告", "— 广告 —", "点击图片 进入下一页", "（广告位招租）", "AD", "▼ 广告 ▼", "推广", "继续阅读下文 ↓",
              "扫码领取福利", "展开全文"]
