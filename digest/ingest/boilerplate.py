"""Rules `boilerplate_patterns` and `boilerplate_repeated`: portal furniture that is not the article.

Patterns describe *kinds* of lines (an editor credit, an original-title note, a disclaimer, a
call to download an app or scan a code, a sales pitch, navigation words), never one portal's
wording. A line is only ever removed whole. What the patterns miss, the batch finds: the same
line on many different stories of one batch is boilerplate (`batch.py` counts it).
"""
from __future__ import annotations

import re

from digest.ingest.chinese import for_matching
from digest.ingest.model import Found, Line, Page, Removal

MAX_PROMO_CHARS = 70
MAX_NOTICE_LINE_CHARS = 120
# words only a reprint or copyright notice uses, whatever the length of its line
_STRONG_NOTICE = re.compile(r"转载请(?:注明|标注|标明)|请注明出处|如若转载|二次转载|禁止转载|不得转载|谢绝转载|未经(?:许可|授权)[，,]?(?:不得|禁止|请勿)|"
                            r"版权所有|All [Rr]ights [Rr]eserved")
# `特别声明：以上内容…为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。` and its English twin
# `上述信息由云杰机电设备工程有限公司提供,…免费咨询热线:400-…`: a business portal's sponsor under its page
_SUPPLIED_INFO = re.compile(r"^(?:以上|上述|本)(?:信息|内容|资讯|文章|页面)由[^。，,]{2,40}?提供")
_HOSTING_PLATFORM = re.compile(r"仅提供信息(?:存储|发布)(?:空间)?服务|(?:信息|内容)均?为用户(?:自由|自行)?(?:发布|上传|提供)[^。]{0,30}(?:风险自负|自行承担|自行判断)|[Oo]nly provides information storage")
# A site's notice about itself, however long its sentences: it names the site (or the account) and
# says two different things of rights, reprints, views or deletion (`本网站所刊载信息,不代表…观点。…务经书面授权。`,
# `*本网站有关内容转载自合法授权网站,如果您认为…侵犯了您的权益,`); a footer's licence numbers; a
# comment box's rules (`…的评论都将会被删除,您的账号将禁止评论。`)
_SITE_SELF = re.compile(r"本网站|本网|本站|本平台|本公众号|本号|本刊|[Tt]his (?:web)?site")
_RIGHTS_WORDS = re.compile(r"转载|版权|侵权|侵犯|权益|授权|删除|观点|立场|许可|声明|来源于网络|免责|[Cc]opyright|reprint|authenticity")
_FOOTER_LICENCE = re.compile(r"ICP[备证]|公网安备|视听节目许可证|增值电信业务经营许可证|Copyright[ \u3000]*(?:©|\(c\)|&copy;)|©[ \u3000]*(?:19|20)\d{2}")
# `主办单位: 麻城市融媒体中心`, `主管:中共随州市委宣传部 主办:随州日报社`: who runs the site, as every Chinese
# government or news site prints it (labels read in Simplified characters)
# (or said after the owner: `…新闻官方网站,中共邵阳市委宣传部主管主办`)
_IMPRINT = re.compile(r"^(?:网站)?(?:主管|主办|承办|协办|运营|运维|技术支持|技术服务)(?:单位)?[ \u3000]*[:：][ \u3000]*\S"
                      r"|^(?=.*网站)(?!.*由).*[\u4e00-\u9fff](?:主管主办|主管|主办)$"  # (not `本次活动由…政府主办。`)
                      r"|^[^。，,]{0,40}国内统一(?:刊号|连续出版物号)[:：]?[ \u3000]*CN[ \u3000]*-?\d{2}[-－]?\d{4}")  # (a paper's: `X报社 出版 国内统一刊号:CN52-0013`)
MAX_IMPRINT_CHARS = 160
_COMMENT_RULES = re.compile(r"(?:评论|留言)[^。]{0,30}(?:将会?被删除|禁止评论|不代表本)|(?:本网站?|本站|本平台)有权删除[^。]{0,60}(?:评论|留言)")
MAX_SITE_NOTICE_CHARS = 300
_NOTICE_HINT = re.compile(r"本网|本站|本平台|本公众号|本号|本刊|[Tt]his (?:web)?site|ICP|公网安备|许可证|[Cc]opyright|©|评论|留言")
_EDGE = " \u3000【】[]()（）〔〕<>＜＞《》-—=~*#_|｜·•"
# A site's care notice under a story of suicide or despair, set apart by a mark or the outlet's name,
# its hotlines on the same line or under it (`●《ETNEWS新聞雲》提醒您，請給自己機會：` over the numbers;
# `※珍惜生命，自殺不能解決問題…可撥打安心專線1925`). A report's own sentence on a hotline opens with neither
# mark nor name. (A hotline's row alone, `生命線協談專線：1995`, was tried as a contact line: it took a
# holdout page's text.)
_CARE_NOTICE = re.compile(r"^(?:[●※★☆◎■◆▲]+|《[^》]{2,16}》)[ \u3000]*[^。]{0,30}?(?:提醒您|关心您|请给自己(?:一[个次])?机会|珍惜生命|"
                          r"自杀防治|防止自杀|情绪困扰|心理援助)")
_CARE_HOTLINES = re.compile(r"(?:专线|热线|拨打|致电)[^。]{0,20}?\d{3,}")
MAX_CARE_NOTICE_CHARS = 200
MAX_CARE_HEAD_CHARS = 40  # (the notice's opening line alone, its numbers under it)
# a pointer to another column or story, arrows and a call to read it (`>>>立即瀏覽【移民百答】欄目：…`, `>>>即讀【…】`)
_READ_ON = re.compile(r"^(?:>{2,}|》{2,}|＞{2,}|→|▶|►|»)[ \u3000]*(?:立即|马上|即|点击|点此)?(?:浏览|阅读|读|看|查看|收看|了解)")
MAX_READ_ON_CHARS = 120
# a credit alone on its line in brackets, under the text (`（記者楊熠 通訊員劉永豪）`, `（苑光友）`,
# `（据新华社北京6月15日电）`): who wrote it, or the wire it came over, with its day (`（据外媒报道）`, hearsay, is text)
_NAME = r"[\u4e00-\u9fff·]{2,4}"  # a person's name in a credit
_ROLE = r"(?:(?:本报|本台|本网|特约|实习|见习)?记者|通讯员|作者|撰文|文|摄影|摄)"
_WRITER = rf"{_ROLE}?[ \u3000]*{_NAME}"
# (or the body it came from and its people: `（中国日报湖南记者站 冯志伟 朱友芳）`, `（宿州市红十字会 齐会霞）`)
_BODY = r"[\u4e00-\u9fff]{2,14}(?:站|台|社|报|网|会|中心|局|办|委|部|院|所|队)"
_BRACKETED_CREDIT = re.compile(rf"^[(（](?:据[\u4e00-\u9fff]{{2,16}}?(?:\d{{1,2}}月)?\d{{1,2}}日(?:电|讯)|"
                               rf"{_WRITER}(?:[ \u3000、，,]+{_WRITER})*|{_BODY}(?:[ \u3000]+{_NAME})+)[)）]$")
# an app's download link for a platform (`iPhone:https://apple.co/…`, `Android 版：https://…`)
_APP_LINK = re.compile(r"^(?:iPhone|iPad|iOS|IOS|Android|android|安卓|苹果|App ?Store|Google ?Play|华为|小米)(?:[ \u3000]*(?:版|用户|手机))?[ \u3000]*[:：][ \u3000]*"
                       r"(?:https?://|www\.)\S+$")
# Credits and contacts: short lines that start with their label.
_CREDIT = re.compile(
    r"^(?:责任编辑|责编|(?:报纸|网络|网站|新媒体|文字|值班|实习)?编辑|校对|审核|审校|审稿|签发|监制|统筹|策划|排版|插画|插图|漫画|绘图|摄像|制作|美编|制表|制图|原标题|原题|图片来源|图源|题图|封面图|配图|"
    r"视频来源|本文来源|本文转载|本文转自|文章来源|投稿邮箱|新闻热线|报料热线|爆料热线|(?:全国统一|全国|统一)?(?:客服热线|服务热线)|热线电话|热线|"
    r"客服电话|联系电话|联系方式|合作联系|"
    # an ad desk's contact, whom and how to reach: `广告合作联系站长QQ:908819363`, `商务合作请联系微信：…`
    r"(?:商务合作|广告合作|广告投放|合作洽谈)(?:请|敬请)?(?:联系|咨询|致电)?(?:站长|客服|我们|小编|本站|本网)?(?:QQ|qq|微信|电话|手机|邮箱|Email|E-mail)?|"
    r"(?:视频|图片|摄影|拍摄|制作|剪辑|设计|海报|配音|视频拍摄|视频制作|(?:一审|二审|三审|终审|初审|复审)(?:编辑)?)"
    r"(?:[/、／](?:视频|图片|摄影|拍摄|制作|剪辑|设计|海报|配音|文字|编辑))*)"
    r"[ \u3000]*[:：;；]|^(?:原标题|原题)[)）]"  # (`责任编辑;白岚`: a semicolon typed for the colon; `(原题)X`, its bracket taken off)
)
# a self-media post's credits, the label and a bar (`编辑 | 陈彩娴`, `運營 | 芋頭`, `编辑整理|田育珍 猿辅导`):
# only labels no channel uses (`视频 | …` opens a headline), and a short value that is no sentence
_BAR_CREDIT = re.compile(
    r"^(?:责任编辑|责编|编辑整理|文字整理|整理|编辑|主编|运营|排版|美编|校对|审核|审校|监制|统筹|策划|出品人?|出品社区|出品平台|"
    r"分享嘉宾|演讲嘉宾|嘉宾|制图|插图|设计|视觉|作图)[ \u3000]*[|｜丨][ \u3000]*[^。！？!?，,；;|｜丨]{1,30}$")
MAX_CREDIT_CHARS = 60
# an editorial chain of roles and names (the brackets are stripped before): `编辑/王伟琰 审核/李昕`,
# `松花江网编辑 孙淑萍 初审 齐源 复审 李明丹 终审 王久权`: two roles at least, each with its name
_CHAIN_ROLE = r"(?:责任编辑|责编|编辑|校对|审核|审校|审稿|初审|复审|终审|一审|二审|三审|监制|统筹|签发|值班编辑)"
_CHAIN_LINK = rf"{_CHAIN_ROLE}[ \u3000]*[/／:：]?[ \u3000]*{_NAME}"  # a role and its name
_NEXT_LINK = rf"[ \u3000、，,;；|｜?]+{_CHAIN_LINK}"  # (`?`: a space an encoding mangled)
_CREDIT_CHAIN = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?{_CHAIN_LINK}(?:{_NEXT_LINK})+$")
# three roles or more, each with its name, end the line: a chain whatever a mangled encoding left
# before it (`?。ㄋ苫ńW網編輯 孫淑萍 初審 齊源 復審 李明丹 終審 王久權`)
_LONG_CHAIN = re.compile(rf"^\S{{0,16}}?{_CHAIN_LINK}(?:{_NEXT_LINK}){{2,}}$")
# an outlet or a desk, a writer maybe, then the editor: `千岛湖新闻网 责任编辑:徐满萍`, `国际中心/张立德 编撰 责任编辑/陈`
_OUTLET_EDITOR = re.compile(rf"^{_BODY}(?:[ \u3000/／]+[^ \u3000/／]{{1,8}}){{0,2}}[ \u3000/／]+(?:责任编辑|责编)[ \u3000]*[/／:：]?[ \u3000]*[\u4e00-\u9fff·]{{1,4}}$")
# a desk's or a studio's credit for a video: `新华社音视频部制作`, `某某融媒体中心出品`
_DESK_CREDIT = re.compile(r"^(?![^在由的了是把被]*[在由的了是把被])[\u4e00-\u9fff]{2,14}(?:部|中心|工作室|团队|频道)(?:联合)?(?:制作|出品|监制)$")
# Notices: a labelled disclaimer, which says what such notices say.
_NOTICE_LABEL_WORDS = r"(?:文章|本文|本站|本网|网站)?(?:免责声明|广告声明|特别声明|版权声明|法律声明|转载声明|版权说明|反侵权公告|版权公告|侵权声明|声明|风险提示|特别提示|特别提醒|重要提示|温馨提示)"
_NOTICE_LABEL = re.compile(rf"^{_NOTICE_LABEL_WORDS}(?:[\]】][ \u3000]*[:：]?|[ \u3000]*[:：])")
_NOTICE_WORDS = re.compile(r"仅供参考|供仅参考|不构成|风险|版权|转载|观点|立场|责任|授权|侵权|来源于网络|网络收集|据此操作|自担|权益|删除|撤下|稿酬")
MAX_NOTICE_CHARS = 300
_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原题)[ \u3000]*[:：][ \u3000]*(?P<title>.+)$")
# what a QR code is there for, on a follow-us or app notice
_QR_CALL = (r"(?:关注|下载|识别|添加|加入|订阅|领取|阅读|观看|收看|收听|进群|加群|入群|了解|查看|获取|分享|报名|打开|访问|浏览|体验|"
            r"购买|咨询|参与|预约|登录|注册|联系|留言|投稿|赞赏|打赏|转发|收藏|进入)")
_NOTICE = re.compile(
    r"(?:转载请注明|转载请联系|未经(?:书面)?(?:许可|授权)[^。！？]{0,16}(?:转载|复制|使用|摘编|刊登|传播|镜像|翻印|不得)|版权所有|版权归|侵权必究|侵删|如有侵权|不代表本(?:站|网|平台)|代表(?:本(?:站|网|平台))?赞同其(?:观点|立场)|仅代表作者(?:本人|个人)?(?:的)?(?:观点|立场)|"
    r"仅供(?:读者|网友|用户|大家)?参考|不构成[^。！？]{0,16}?投资建议|投资有风险|由第三[方人]软[件体]翻译|入市需谨慎|阅读原文|返回搜狐|查看更多|点击(?:关注|订阅|下载|阅读)|^点击(?:查看|进入)|点击(?:查看|进入)(?:[>》›»]|$)|"
    # (a QR code only with what to do with it: a story about fake codes on bikes is text)
    rf"(?:扫码|扫一扫|扫描|长按)[^。]{{0,12}}{_QR_CALL}|二维码[^。]{{0,10}}{_QR_CALL}|(?:关注|下载|添加|识别|打开|访问)[^。]{{0,10}}二维码|^(?:扫码|扫一扫)|"
    r"^(?:文章|本文|微信|手机|QQ)?(?:扫一扫|扫码|二维码)[^，,。]{0,6}$|长按(?:识别|关注)|欢迎(?:关注|订阅|转发|投稿)|关注(?:我们(?=[，,。.！!、\s]|$)|公众号|微信)|Copyright|copyright|"
    r"All [Rr]ights [Rr]eserved|请注明出处|二次转载|禁止转载|不得转载|谢绝转载|如需转载|加入.{0,12}好友|"
    r"点击上方|点击下方|后台回复|设为星标|请[^。，,]{0,4}(?:点赞|点个赞|在看|转发|分享)[、，,和与及]+(?:点赞|在看|转发|分享|收藏|关注)|星标(?:我们|公众号|一起)|分享让更多人|更多新闻请搜|授权提供|"
    # a call to follow the site on a social network (`LIKE我们的官方脸书网页…`, `请加入我们的FacebookTwitter…`)
    r"(?:加入|关注|追踪|[Ll]ike|LIKE|赞好|按赞)我们的.{0,8}?(?:脸书|[Ff]acebook|Twitter|推特|微博|Instagram|YouTube|Telegram|LINE)|^(?:[Ll]ike|LIKE)[ \u3000]*[A-Za-z0-9]{2,20}[ \u3000]*(?:[Ff]acebook|脸书)|"
    # a page asking whoever owns a text to have the webmaster take it down (`…请及时与站长取得联系,及时删除`)
    r"(?:联系|通知|告知)站长|与站长[^。，,]{0,6}联系|"
    r"打开[\u4e00-\uffffA-Za-z]{2,8}?(?:新闻|APP|App|app|客户端)[ \u3000]*(?:查看|阅读|体验|看)|"  # `打开网易新闻 查看精彩图片`
    # what a page says to a reader it does not serve (`您的IE浏览器版本太低`, `请通过…客户端浏览查看`,
    # `请先登录再进行评论`), and a feed's footer (`The post … first appeared on …`)
    # (a reader sent to the app, asked to pay or to click a corner's button; an old page's Flash or rebuilding notice)
    r"扫描到手机|新闻随时看|仅对[^。，,]{0,8}会员开放|如需查看完整内容|转载请(?:附上|保留|标明)|(?:点击|点一下|点下)[^。，,]{0,8}(?:右上角|右下角|左下角|下方|上方)的?(?:推荐|关注|赞|收藏)|"
    r"需要较?新版本的[ \u3000]*Adobe Flash|获取[ \u3000]*Adobe Flash Player|(?:网站|本站|本网)?正在(?:改版|升级|维护)(?:升级)?中|"
    r"浏览器版本(?:太|过)低|不允许直接阅读|请通过.{0,16}?客户端(?:浏览|查看|阅读)|请先登录(?:后|再)?(?:进行)?(?:评论|发表|查看|回复)|"
    r"^The post .{1,200} first appeared on )"
)
_NAVIGATION = re.compile(
    r"^(?:(?:完|END|End|end|THE END|我要评论|发表评论|打印本页|打印|关闭窗口|关闭|返回顶部|返回首页|返回列表|上一篇|下一篇|"
    r"分享到|分享至|分享|转播到腾讯微博|转播到|收藏|点赞|在看|转发|举报|纠错|字号|大|中|小|更多|TOP|top|微信|微博|朋友圈|QQ空间|QQ|"
    r"豆瓣|复制链接|视频介绍|听新闻|听全文|A\+|A-|A－|查看全文|[Ll]oading(?:\.{1,3}|…)?|参与讨论|阅读|评论[ \u3000]*[(（]\d*[)）]?|\d+[ \u3000]*条(?:评论|留言|回复)|编者按|\d{1,3}%[ \u3000]*[(（]\d+[)）]?|[(（]共\d{1,3}页[)）]?|(?:全部|查看)评论[ \u3000]*[(（]?\d*[)）]?|网友评论[ \u3000]*\d*[ \u3000]*条|没有留言|张贴留言|发表留言|Login Form|"
    # the networks a share bar names (`分享至Facebook 分享至Line 分享至X`), a print or forward button
    r"Facebook|facebook|Line|LINE|Twitter|X|Plurk|Telegram|WhatsApp|Threads|Email|E-mail|列印|友善列印|转寄)[ \u3000|｜/:：…]*)+$"
    # a player's or a page's status message: `登录超时,稍后再试`, `加载中…`
    r"|^(?:登录超时|加载中|正在加载|加载失败|网络(?:错误|异常|不给力))[ \u3000,，.。…!！]*(?:请?稍后(?:再试|重试)|请?重试)?[.。…!！]*$"
)
# a theme's link for screen readers, printed first: `跳至内容`, `跳到主要內容區塊`, `Skip to main content`
# (`按Enter到主內容區`: the accessible sites' form, a key to press first)
_SKIP_LINK = re.compile(r"^(?:(?:按|按下)?[ \u3000]*[Ee]nter[ \u3000]*(?:键|鍵)?[ \u3000]*)?(?:跳至|跳到|跳转到|跳转至|到|至|前往)[ \u3000]*(?:主要|主)?(?:内容|正文)(?:区块|区域|区)?$|"
                        r"^[Ss]kip to (?:the )?(?:main )?content$")
# A sales pitch calls on the reader (an imperative, "for you", an app or account to go to) and
# praises itself; a headline that merely says 全面 or 关注 is not one.
_CALL = re.compile(
    r"点我|请关注|就看|就上|就用|就找|就选|尽在|助您|为您|帮您|带您|让您|给您|助你|帮你|带你|立即|马上|戳|下载|订阅|扫码|点击|APP|App|app|客户端|公众号|"
    r"小程序|领取|开户|认准|速来|速看|打开|登录|注册|安装"
)
_GOES_ON = re.compile(r"[，,][^，,。！？!?]{10,}")
_PRAISE = re.compile(r"权威|专业|及时|全面|精准|海量|独家|一手|抢先|免费|首选|研报|机会[!！]|福利|关注|精彩|最新|实时|深度|"
                     r"更佳|更好|更多|体验|红包|新人|好礼|一站式|低费率|低佣金|超低|优惠")

def _core(text: str) -> str:
    return text.strip(_EDGE)


# what a website's disclaimer says of what it carries (`侵删`, `仅供读者参考`, `未对该内容进行证实`, `不作任何保证`):
# words of rights only where a website speaks of itself (a magazine's report may doubt a claim so)
_DISCLAIMER_WORDS = re.compile(r"侵删|仅供(?:读者)?参考|不作任何保证|不承担[^，,。]{0,6}责任|真实性|权利人|未[^，,。]{0,6}证实")
_WEBSITE_SELF = re.compile(r"本网站|本站|本平台")
_RIGHTS_OR_DISCLAIMER = re.compile(f"{_RIGHTS_WORDS.pattern}|{_DISCLAIMER_WORDS.pattern}")


def _site_notice(core: str) -> bool:
    """The site named and two different words of rights, and every sentence a notice's (a page
    run into one line with `…请联系本站删除!` at its end is an article, not a notice)."""
    rights = _RIGHTS_OR_DISCLAIMER if _WEBSITE_SELF.search(core) else _RIGHTS_WORDS
    if not _SITE_SELF.search(core) or len(set(rights.findall(core))) < 2:
        return False
    sentences = [part for part in re.split(r"[。！!？?]", core) if len(part.strip()) > 10]
    return all(_SITE_SELF.search(part) or rights.search(part) for part in sentences)


# a site's accounts named alone on their line, the codes to scan gone (`某某网微博、微信`, `某某号微信公众平台`): on
# the first line, an item's headline about the account (`某某移动微信公众号` over how to find it)
_ACCOUNTS = re.compile(r"^[^\s，,。！？:：、]{2,16}(?:微信公众平台|微信公众号|官方微信|官方微博|微博、微信|微信、微博)$")
ACCOUNTS_REASON = "a site's accounts named alone"
NAVIGATION_REASON = "navigation words"  # (a share bar, a menu: story_lists.py reads the article closed under it)


# A site's promise or slogan to its reader, said as the site (`我们会为你更新本地以及国际的最新消息!`,
# `因為你,我們得以前進,你的支持是我們的動力`, `传播灌云资讯,分享灌云生活。`, `打造灌云权威公众服务平台!`):
# under the text only (a self-media post opens by speaking so to its reader)
_PROMISE = re.compile(r"^(?:同时[，,]|因为[你您][，,])?我们.{0,16}?(?:为|给|向|帮|带)[你您](?!们).{2,40}$|[你您](?!们)的支持(?:就)?是我们(?:的|最大的)?(?:前进的)?动力"
                      r"|^(?:传播|分享|服务|打造)[^，,。！!]{2,12}[，,][ \u3000]*(?:传播|分享|服务|打造)[^，,。！!]{2,12}[。！!]?$|^打造[^，,。！!]{2,20}平台[。！!]?$")
MAX_PROMISE_CHARS = 60


def site_promise(text: str) -> bool:
    """A line under the text in which the site speaks to its reader of itself (see _PROMISE)."""
    core = for_matching(text).strip(" \u3000•·-—")
    return len(core) <= MAX_PROMISE_CHARS and not core.startswith(("“", "「", '"')) and bool(_PROMISE.search(core))


# a web address, its dots perhaps written as colons (`c85:com-www:c85:com`, a farm's stamp)
_ADDRESS = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:[.:][A-Za-z0-9-]+)*[.:](?:com|cn|net|org|cc|top|vip|xyz|info|me|tv|hk|tw|io|co)(?![A-Za-z0-9])(?:/[!-~]*)?")
MAX_ADDRESS_NAME = 12


def _address_line(core: str) -> bool:
    """A line of web addresses and at most a short name (`🀄️宝博棋牌手机版🎊 www.x.com`): no text. (Not an
    e-mail address or a labelled one, `论文地址:https://…`: a contact or a reference the text gives.)"""
    if "@" in core:
        return False
    rest, addresses = _ADDRESS.subn("", core)
    if re.search(r"[\u4e00-\u9fff][ \u3000]*[:：]", rest):
        return False
    name = re.sub(r"[\W_]", "", rest)
    return addresses > 0 and len(name) <= MAX_ADDRESS_NAME and not re.search(r"[，,。！？!?]", rest)


def boilerplate_reason(text: str) -> str | None:
    """Why a whole line is portal boilerplate, or None."""
    plain = for_matching(text).strip()  # (with the marks and brackets that _core takes off: some shapes start with them)
    core = _core(plain)
    if not core:
        return "decoration only"
    if (_CREDIT.match(core) or _BAR_CREDIT.match(core) or _DESK_CREDIT.match(core) or _CREDIT_CHAIN.match(core) or _LONG_CHAIN.match(core)
            or _OUTLET_EDITOR.match(core)) \
            and len(core) <= MAX_CREDIT_CHARS:
        return "a credit or contact line"
    if _NOTICE_LABEL.match(core) and len(core) <= MAX_NOTICE_CHARS and _NOTICE_WORDS.search(core):
        return "a disclaimer"
    care = _CARE_NOTICE.match(plain)
    if care and (len(core) <= MAX_CARE_HEAD_CHARS or (len(core) <= MAX_CARE_NOTICE_CHARS and _CARE_HOTLINES.search(core))):
        return "a care notice (hotlines to call)"
    if len(core) <= MAX_READ_ON_CHARS and _READ_ON.match(plain):
        return "a link to another column or story"
    if _BRACKETED_CREDIT.match(plain):
        return "a credit or contact line"
    if _APP_LINK.match(core):
        return "an app's download link"
    if _ACCOUNTS.match(core):
        return ACCOUNTS_REASON
    if _address_line(core):
        return "a web address"
    if _SKIP_LINK.match(core):
        return "a skip-to-content link"  # (from the page's first line too: no headline says it)
    if _NAVIGATION.match(core):
        return NAVIGATION_REASON
    if len(core) <= MAX_IMPRINT_CHARS and _IMPRINT.match(core):
        return "the site's imprint (who runs it)"
    if len(core) <= MAX_SITE_NOTICE_CHARS and _HOSTING_PLATFORM.search(core):
        return "a platform's disclaimer (it only hosts what its users post)"
    if len(core) <= MAX_SITE_NOTICE_CHARS and _SUPPLIED_INFO.match(core) and re.search(r"\d{3,}[-—]?\d{3,}|https?://|www\.", core):
        return "a sponsor's line (who supplied the page, how to reach them)"
    if len(core) <= MAX_NOTICE_LINE_CHARS and _STRONG_NOTICE.search(core):
        return "a reprint or copyright notice"
    if len(core) <= MAX_SITE_NOTICE_CHARS and _NOTICE_HINT.search(core) \
            and (_FOOTER_LICENCE.search(core) or _COMMENT_RULES.search(core) or _site_notice(core)):
        return "a site's notice (rights, licence, comment rules)"
    if len(core) <= MAX_PROMO_CHARS:
        if _NOTICE.search(core):
            return "a reprint, disclaimer or follow-us notice"
        calls = {match.group(0) for match in _CALL.finditer(core)}
        praise = {match.group(0) for match in _PRAISE.finditer(core)}
        quoted = core.startswith(("“", "「", '"'))
        enough = len(calls) >= 2 or (calls and len(praise) >= 2)
        if core.endswith("。"):  # a pitch shouts or trails off; a sentence that ends calmly needs more
            enough = len(calls) >= 2 and len(praise) >= 2
        elif _GOES_ON.search(core):  # (a clause that goes on describing, `打开X App,地图显示的…`: a report, unless it praises)
            enough = enough and bool(praise)
        if not quoted and enough:
            return "a sales pitch (" + "、".join(sorted(calls | praise)) + ")"
    return None


# End-of-article furniture, glued to the last sentence or on a line of its own: a return link
# (`返回搜狐，查看更多`), an editor's credit with or without a name, a button (`点亮↓`), and an end mark
# (`—end—`, `-END-`) with the share, follow and contact appeals after it.
_RETURN_LINK = r"返回[\u4e00-\u9fff]{1,6}[，,]?[ \u3000]*查看更多"
_EDITOR_CREDIT = r"(?:责任编辑|责编)[ \u3000]*[:：][ \u3000]*[\u4e00-\u9fffA-Za-z·_]{0,10}"
_BUTTON = r"(?:点亮|点赞|在看|分享|转发|收藏)[↓↑👇▼]*"
_END_MARK = r"[-—–=_*]{1,3}[ \u3000]*(?:end|END|End|THE END|完)[ \u3000]*[-—–=_*]{1,3}"
_APPEAL = re.compile(r"关注|转发|分享|投稿|二维码|长按|点赞|在看|朋友圈|公众号|订阅|版权|联系|合作|来源|编辑")
MAX_APPEAL_CHARS = 300
_CREDITS_TAIL = re.compile(
    rf"(?:^|(?<=[。！？!?…”」』）)~]))[ \u3000]*(?P<tail>(?:(?:{_BUTTON})?{_RETURN_LINK}|{_EDITOR_CREDIT}|[ \u3000])*"
    rf"(?:{_RETURN_LINK}|{_EDITOR_CREDIT})[ \u3000]*)$")
# a portal's return link is furniture wherever the line's text stops (an address, a URL, a credit)
_RETURN_TAIL = re.compile(rf"(?P<tail>(?:{_BUTTON})?{_RETURN_LINK}(?:[ \u3000]*{_EDITOR_CREDIT})?[ \u3000]*)$")
_END_MARK_TAIL = re.compile(rf"(?P<tail>{_END_MARK}(?P<after>.{{0,{MAX_APPEAL_CHARS}}}))$")


def furniture_tail(text: str) -> int | None:
    """Where the end-of-article furniture at the end of a line starts (0: the whole line is
    furniture), or None. After an end mark only appeals may follow (or nothing)."""
    match = _CREDITS_TAIL.search(text) or _RETURN_TAIL.search(text)
    if not match:
        match = _END_MARK_TAIL.search(text)
        if match and match["after"].strip() and not _APPEAL.search(match["after"]):
            return None
    if not match:
        return None
    return match.start("tail") if text[:match.start("tail")].strip() else 0


def _cut_furniture_tail(line: Line) -> tuple[Line | None, Removal | None]:
    start = furniture_tail(line.text)
    if start is None:
        return line, None
    removal = Removal("boilerplate_patterns", line.number, line.text[start:].strip(),
                      "end-of-article furniture (a return link, an editor's credit, an end mark and appeals)")
    return (Line(line.number, line.text[:start].rstrip(), line.heading) if start else None), removal


# A notice's label alone on its line (`声明`, `反侵权公告:`) over the notice: the lines under it that
# each speak of rights (`一、凡注明来源为…版权均属…`, `根据《著作权法》…未经书面许可…`) go with it; a label
# that nothing of the kind follows is left (an article may quote a statement under `声明：`).
_LABEL_ALONE = re.compile(rf"^{_NOTICE_LABEL_WORDS}(?:[及和与、]{_NOTICE_LABEL_WORDS})?[ \u3000]*[:：]?$")  # (`重要提示及免责声明`)
_NOTICE_LINE = re.compile(f"{_RIGHTS_OR_DISCLAIMER.pattern}|著作权|法律责任|追究")


def notices_under_labels(texts: list[str]) -> set[int]:
    """The indexes of the notice labels alone on their lines and of the rights lines under each."""
    taken: set[int] = set()
    for index, text in enumerate(texts):
        if index == 0 or not _LABEL_ALONE.match(_core(for_matching(text).strip())):
            continue
        end = index + 1
        while end < len(texts) and _NOTICE_LINE.search(for_matching(texts[end])):
            end += 1
        if end > index + 1:
            taken.update(range(index, end))
    return taken


def remove_boilerplate_patterns(page: Page, ctx: object) -> Page:
    kept: list[Line] = []
    removals: list[Removal] = []
    found: list[Found] = []
    notices = notices_under_labels([line.text for line in page.lines])
    for index, line in enumerate(page.lines):
        if index in notices:
            removals.append(Removal("boilerplate_patterns", line.number, line.text, "a notice under its label (声明, 反侵权公告)"))
            continue
        if index > 0:  # (the furniture first: a sentence it is glued to is text, however short)
            cut, tail = _cut_furniture_tail(line)
            removals.extend([tail] if tail else [])
            if cut is None:
                continue
            line = cut
        reason = boilerplate_reason(line.text) if index > 0 or len(page.lines) == 1 else _top_reason(line.text)
        if reason is None:
            kept.append(line)
            continue
        removals.append(Removal("boilerplate_patterns", line.number, line.text, reason))
        original = _ORIGINAL_TITLE.match(_core(line.text))
        if original:
            found.append(Found("original_title", original["title"].strip(), line.number, f"line {line.number}"))
    if not removals:
        return page
    return page.with_lines(kept, removals, found=page.found + tuple(found))


def _top_reason(text: str) -> str | None:
    """The first line is normally the headline: only a line that is boilerplate beyond doubt
    (a credit or a pitch) is taken from there."""
    reason = boilerplate_reason(text)
    return reason if reason and not reason.startswith("navigation") and reason != ACCOUNTS_REASON else None


def line_key(text: str) -> str:
    """What two copies of a boilerplate line share: no spaces, any digits alike."""
    return re.sub(r"\d+", "0", re.sub(r"\s+", "", text))


TEMPLATE_CHARS = 8
MAX_KEYED_CHARS = 300  # a line this long has no key the batch learns (those are 100 characters at most)
_TEMPLATE_LINE = range(12, 41)  # short lines only: a long line is prose, however it starts
SHORT_TEMPLATE_CHARS = 5
_SHORT_TEMPLATE_LINE = range(7, 17)  # `看新闻，上<site>`, `（本文首发于<site>）`, `<site>，让资讯更有价值`


def template_keys(key: str) -> tuple[str, ...]:
    """A short line's head and tail: boilerplate that names a varying site or app shares one
    (a very short line shares a shorter one)."""
    keys: tuple[str, ...] = ()
    if len(key) in _SHORT_TEMPLATE_LINE:
        keys = ("short-head:" + key[:SHORT_TEMPLATE_CHARS], "short-tail:" + key[-SHORT_TEMPLATE_CHARS:])
    if len(key) in _TEMPLATE_LINE:
        keys += ("head:" + key[:TEMPLATE_CHARS], "tail:" + key[-TEMPLATE_CHARS:])
    return keys


def remove_repeated_lines(page: Page, ctx: object) -> Page:
    learned = getattr(getattr(ctx, "batch", None), "boilerplate", frozenset())
    if not learned:
        return page
    kept: list[Line] = []
    removals: list[Removal] = []
    for index, line in enumerate(page.lines):
        if index == 0 or len(line.text) > MAX_KEYED_CHARS:
            kept.append(line)  # the headline (a title other pages share is still this page's title), or prose
            continue
        key = line_key(line.text)
        if key in learned or any(template in learned for template in template_keys(key)):
            removals.append(Removal("boilerplate_repeated", line.number, line.text, "the same line is on many other stories"))
        else:
            kept.append(line)
    if not removals:
        return page
    return page.with_lines(kept, removals)
