"""A page's widgets, by what each is: a read-on link, a player's clock, a previous/next link, a view
counter, a reading time, an empty comment box, a prompt to like or sign in. Each is a whole line of
a shape no text takes (`layout.furniture_reason` asks them, wherever the line is)."""
from __future__ import annotations

import re

# a page's widgets, by what each is: `请继续往下阅读`, `00:00 / 03:25`, `上一篇：…`, `1234 次阅读`
# a forum post's note that it was edited, and when: `本帖最后由 X 于 2020-1-1 12:00 编辑` (not who published it, nor when)
FORUM_EDIT_NOTE = re.compile(r"^本帖最后由[ \u3000]*\S{1,30}?[ \u3000]*于[ \u3000]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?"
                             r"[ \u3000]*(?:[AaPp][Mm])?[ \u3000]*编辑$")
# an e-paper's page menu (`PDF阅读 上一版 下一版 版面导航`), after its page's label or its reader's download
EPAPER_MENU = r"(?:PDF版?阅读|PDF|上一版|下一版|版面导航|返回目录)"
WIDGETS = {
    # (a list entry's date before it: `2025-08-12阅读全文 >>`)
    "a read-on link": re.compile(r"^(?:广告[ \u3000]*|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \u3000]*)?(?:更多内容)?(?:请)?(?:继续(?:往下|向下)?阅读|往下阅读|向下阅读|展开全文|展开阅读全文|点击展开|阅读全文|查看全文|"
        r"点击查看全文|(?:往下|向下)看更多(?:文章|内容|新闻)?|剩余\d+%未读|在 ?\S{1,12} ?(?:查看|上查看|观看)|查看原文|原文链接)[ \u3000]*[.。…>›»]*$"),
    # a paywall's count of what was read and what is left: `您已閱讀6%(591字),剩餘94%(10094字)…訂閱以繼續…`
    "a paywall": re.compile(r"^[您你]?已(?:阅读|读)[ \u3000]*\d{1,3}%.{0,20}剩[余馀][ \u3000]*\d{1,3}%.{0,60}(?:订阅|登录|付费|会员).{0,40}$"),
    # `分享給朋友 | www.digg.com www.technorati.com www.yahoo.com …`: bookmarking sites by their addresses, a label before them
    "sharing links": re.compile(r"^[^。，,:：]{0,12}?(?:[ \u3000|｜,，、]*(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}/?){3,}(?:[ \u3000]+www\.?)?[ \u3000|｜…]*$"),  # (the row cut off at its end)
    # a Q&A page's labels (`最佳回答`), a comment box's rules (`您的观点仅代表您本人,请文明发言…`), an e-paper's reader
    # download and page menu (`pdf阅读器免费下载 版面导航`)
    "a Q&A page's label": re.compile(r"^(?:最佳回答|最佳答案|其他回答|其他答案|推荐回答|网友回答)[:：]?$"),
    "a comment box's rules": re.compile(r"^[您你]的(?:观点|评论|言论|发言)仅代表[您你]?(?:本人|个人).{0,40}$|^请?文明(?:发言|评论|上网)[，,。!！]?.{0,30}$"),
    "an e-paper's menu": re.compile(rf"(?i)^(?:pdf|adobe reader)?[ \u3000]*阅读器?(?:免费)?下载(?:[ \u3000]*{EPAPER_MENU})*$"),
    "a gallery's counter": re.compile(r"^(?:图|圖|图片|圖片)[ \u3000]*\d{1,3}[ \u3000]*/[ \u3000]*\d{1,3}$"),  # `图6/32`
    # a font size switch: `字体:默认超大`, `字號:大 中 小`
    "a font size switch": re.compile(r"^[•·]?[ \u3000]*(?:调整|選擇|选择)?(?:字体|字體|字号|字號)(?:大小)?[:：]?[ \u3000]*"
                                     r"(?:[【\[]?(?:默认|默認|超大|特大|大|中|小|标准|標準)[号號]?[】\]]?[ \u3000|｜]*){2,}$"),  # (`调整字体: 【大号】【中号】【小号】`)
    "an IP address": re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$"),
    "an attachment's counter": re.compile(r"^[(（][^()（）]{0,60}下载次数[:：][ \u3000]*\d+[)）]$"),  # `(xx.jpg, 下载次数: 83)`
    "a player's clock": re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*/[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?$"),
    "a previous/next link": re.compile(r"^[•·]?[ \u3000]*(?:>>|»|›|<<|«)?[ \u3000]*(?:上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇|上一主题|下一主题|上一帖|下一帖|"
                                       r"上一则|下一则|上[ \u3000]*/[ \u3000]*下一篇\S{0,4})(?:文章|新闻|内容)?(?:[ \u3000]*[:：].*|[ \u3000]+\S.*)?$"
                                       r"|^(?:<<|«|‹)?[ \u3000]*(?:Next|Previous|Prev|NEXT|PREVIOUS)[ \u3000]+(?:Article|Post|Story|Entry|ARTICLE|POST)[ \u3000]*(?:>>|»|›)?(?:[:：].*)?$"),
    # a pager: `1/4 下一页 上一页 首页 尾页`, `共4页 1 2 3 4 下一页` (a page word among its numbers)
    "a pager": re.compile(r"^(?=.*(?:上一页|下一页|尾页|末页))(?:(?:\d{1,3}[ \u3000]*/[ \u3000]*\d{1,3}|\d{1,3}|共\d{1,3}页|第\d{1,3}页|首页|尾页|末页|"
                          r"上一页|下一页|上页|下页|跳转|\[\d{1,3}\]|\.{3}|…)[ \u3000|｜]*){2,}$"),
    # a prompt to like or sign in: `喜欢就按个赞吧!!!`, `Please login first!`
    "a prompt": re.compile(r"^(?:(?:喜欢|觉得不错|觉得有用)(?:的话|就|请)?|喜欢(?:我们|本站|小编)?的(?:文章|内容)吗?[?？!！]?[ \u3000]*)(?:请)?(?:点|按|给)(?:个|一个)?(?:赞|在看)[吧哦呀啦]?[!！~～。.]*$"
                           # a call to tip or share when the post helped: `如果覺得這篇文章對您有幫助,請打賞支持一下!`
                           r"|^(?:如果|若)?[您你]?(?:觉得|认为)(?:这篇|本篇|此篇|本|该)?(?:文章|内容)?(?:对[您你](?:有所?帮助|有用)|有所?帮助|不错|有用)(?:的话)?[，,]?[ \u3000]*"
                           r"(?:请|就|欢迎|可以)?(?:打赏|赞赏|点赞|转发|分享|收藏)[^。！？!?]{0,8}[!！~～。.]*$"
                           # a farm's closing formula: `以上就是关于【…】的相关消息了,希望对大家有所帮助!`
                           r"|^以上(?:就是|便是|是)(?:关于)?.{1,60}?的?(?:相关)?(?:消息|内容|信息|介绍|资讯)了?[，,][ \u3000]*希望(?:能)?对(?:大家|您|你|各位)有所?帮助[!！~～。.]*$"
                           # (`本文就为大家分享到这里,希望小伙伴们会喜欢。`, `…的相关信息分享结束,感谢你的耐心阅读,希望对你有所帮助。`)
                           r"|^(?:本文|今天|关于).{0,60}?(?:分享|介绍)(?:到这里|就到这里|结束)了?[，,][ \u3000]*(?:感谢[^，,。]{0,10}阅读[，,][ \u3000]*)?"
                           r"希望(?:能)?(?:对(?:大家|您|你|各位|小伙伴们?)有所?帮助|(?:大家|小伙伴们?)(?:会|能)?喜欢)[!！~～。.]*$"
                           # a wall over the rest of the text: `[登陆后可查看全文]`, `登录后阅读全文`
                           r"|^[\[【(（]?(?:请)?(?:登录|登陆|登入|注册)(?:后|以后)?(?:才能|可以?|即可|方可)?(?:查看|阅读|浏览|观看)(?:全文|完整内容|更多内容)[\]】)）]?$"
                           r"|^(?:[Pp]lease )?(?:[Ll]og ?in|[Ss]ign ?in|LOG ?IN)(?: first| to (?:comment|reply|continue))?[!.]*$"
                           # an English theme's sign-in box: `Welcome! Login in to your account`, `Remember me Lost your password?`
                           r"|^Welcome! (?:Log ?in|Sign ?in)(?: in)? to your account$|^(?:Remember [Mm]e[ \u3000]*)?(?:Lost|Forgot) your password\?$"),
    # a forum thread's chrome: its edit note (`本帖最后由 X 于 2020-1-1 12:00 编辑`), a post's place (`楼主`, `沙发`, `12#`),
    # its buttons (`只看该作者`, `使用道具 举报`), the thread's counts (`查看: 1234|回复: 5`)
    "a forum's chrome": re.compile(FORUM_EDIT_NOTE.pattern + r"|^(?:楼主|沙发|板凳|地板|\d{1,4}[#楼])$"
                                    r"|^(?=.*(?:只看该作者|只看楼主|使用道具|发表回复|快速回复|回帖奖励|电梯直达|倒序浏览|显示全部楼层|发新话题|回复该主题|發新話題|回覆該主題))"
                                    r"(?:(?:只看该作者|只看楼主|使用道具|举报|回复|引用|发表回复|快速回复|回帖奖励|电梯直达|倒序浏览|阅读模式|显示全部楼层|"
                                    r"发新话题|回复该主题|發新話題|回覆該主題|发帖|發帖|"
                                    r"返回顶部|返回列表|收藏|分享|评分|点评|支持|反对|复制链接)[ \u3000|｜]*)+$"
                                    r"|^查看[:：][ \u3000]*[\d,]+[ \u3000]*[|｜][ \u3000]*回[复覆][:：][ \u3000]*[\d,]+$"
                                    # the reply form's row under a thread (`本版积分规则 发表回复 回帖并转播 回帖后跳转到最后一页`)
                                    r"|^(?=.*(?:本版积分规则|回帖并转播|回帖后跳转到最后一页))(?:(?:本版积分规则|发表回复|回帖并转播|回帖后跳转到最后一页|"
                                    r"高级模式|使用高级模式)[ \u3000|｜]*)+$"),
    # a BBS post's header and footer, as the Chinese boards print them (`发信人: knox (诺克斯), 信区: Science`,
    # `发信站: 水木社区 (Mon Jun 30 2002)`, `※ 来源:·水木社区 http://… ·[FROM: 61.141.215.43]`, `※ 修改:·X 于 …`)
    "a BBS post's header": re.compile(r"^(?:发信人|信区|发信站|转信站|整理人)[ \u3000]*[:：].{0,80}$|^※[ \u3000]*(?:来源|修改|转载|转寄)[ \u3000]*[:：].{0,120}$"),
    # a social network page's header, as an archive of its posts copies it (`朱立倫。 1,007,733 個讚 · 14,441 人正在談論這個。政治人物`)
    "a social page's counts": re.compile(r"^.{0,30}?\d[\d,.万]*[ \u3000]*个赞[ \u3000]*[·•・][ \u3000]*\d[\d,.万]*[ \u3000]*人正在谈论这个[。.]?.{0,20}$"),
    # a company's row of its other sites and apps in a footer (`軟媒旗下網站: IT之家 最會買 …`)
    "a sister sites row": re.compile(r"^[\u4e00-\u9fffA-Za-z]{1,12}旗下(?:网站|软件|媒体|产品|品牌|APP|App|应用)[:：][^。，,！？!?]{2,160}$"),
    # a blog's feed links under a post (Blogger's `張貼留言 (Atom)`, `訂閱: 文章 (Atom)`)
    "a feed link": re.compile(r"^(?:订阅[^:：]{0,8}[:：]?[ \u3000]*)?(?:(?:发布|张贴|发表)?(?:留言|评论|文章|意见)[ \u3000]*[(（](?:Atom|RSS)[)）][ \u3000]*)+$"),
    # a file attached to a notice, by its name (`附件:浙江省低收入农户小额信贷贴息资金审核表.xlsx`, `附件2：申报表.docx`)
    "an attachment": re.compile(r"^(?:相关)?附件[\d一二三四五六七八九十]{0,2}[:：.、]?[ \u3000]*[^。！？]{1,80}\.(?:docx?|xlsx?|pdf|zip|rar|7z|wps|et|pptx?|txt|ofd)$", re.IGNORECASE),
    # a content system's digest of the text printed under it (`Hash:e760aaf645953d4cd708d6833f235d43f4b3e848`)
    "a content hash": re.compile(r"^(?:[Hh]ash|HASH|MD5|md5|SHA-?1|sha1)[ \u3000]*[:：][ \u3000]*[0-9a-fA-F]{16,64}$"),
    # what a page's software prints of its own work: `GMT+8, 2025-5-4 02:18 , Processed in 0.132397 second(s), 22 queries .`,
    # `页面执行时间 0.0123 秒`
    "the page's build time": re.compile(r"(?i)^(?:GMT[+-]\d{1,2},[ \u3000]*[\d\- :]+,[ \u3000]*)?processed in [\d.]+ ?second\(?s?\)?.{0,40}$"
                                        r"|^(?:本?页面)?(?:执行|生成|加载|运行)(?:时间|耗时|用时)[:：]?[ \u3000]*[\d.]+[ \u3000]*(?:秒|毫秒|ms|s)\S{0,20}$"),
    # a comment form's cancel button with what is printed around it: `你好X,欢迎发表评论 取消回复`; the
    # note a blog's comment form prints (`您的电子邮箱地址不会被公开。 必填项已用 * 标注`, `你的電郵地址並不會被公開。
    # 必要欄位標記為 *`); a closed one (`抱歉,评论功能暂时关闭!`, `评论已关闭。`)
    "a comment form": re.compile(r"^.{0,30}取消回复$"
                                 r"|^[您你]?的?(?:电子邮箱|电子邮件|电子信箱|电邮|邮箱|email|Email|E-mail)(?:地址|位址)?[ \u3000]*(?:并|将)?不会被?(?:公开|公布|发布)[。.]?"
                                 r"(?:[ \u3000]*(?:必填|必要|必需)(?:项|栏位|字段|栏)?(?:已用|已|均)?(?:标记为|标示为|标注为|用)?[ \u3000]*\*[ \u3000]*(?:标注|标记|标示)?[。.]?)?$"
                                 r"|^(?:抱歉|对不起)?[，,]?[ \u3000]*(?:评论|留言)(?:功能)?(?:暂时|已经?|已被)?(?:关闭|停用)[了]?[.。!！]*$"),
    # a site's greeting on top of its pages: `欢迎来到X官方网站!`, `歡迎光臨X網`, `欢迎访问X论坛`
    # (or the site's name, then its welcome: `村网通总站 蔡庄村 141679.nync.com 欢迎您!`)
    "a site's greeting": re.compile(r"^(?:欢迎|热烈欢迎)[您你]?(?:来到|访问|光临|进入|莅临)[ \u3000]*\S{1,20}?(?:网|网站|官网|站|平台|论坛|社区|首页|主页|博客)[!！~～。.]*$"
                                    r"|^[^。，,！!？?:：“”「」]{2,40}?[ \u3000]*欢迎[您你][!！~～。.]*$"),
    "a reactions poll": re.compile(r"^[您你]?(?:看到|读完|看完)(?:此篇|本篇|这篇|此|本)?文章(?:时|后)?的?(?:感受|心情)(?:是)?[:：]?$"),
    "an age notice": re.compile(r"^(?:这篇|本篇)?文章(?:是)?(?:在|于|發表於|发表于)?[ \u3000]*\d+[ \u3000]*(?:年|个月|天)前(?:刊登|发表|发布)$"),
    "a row of hashtags": re.compile(r"^(?:#[^\s#]{1,16}#?[ \u3000]*){2,}$"),
    # (or the label word alone, where an ad stood between two paragraphs, set off by rules or arrows
    # as the page draws it: `推广`, `— 广告 —`, `▼ 广告 ▼`)
    "a sponsor's label": re.compile(r"^(?:From our sponsors|Sponsored|Sponsored by.{0,30}|Advertisement|ADVERTISEMENT|Ads by.{0,30}|赞助商?内容|推广内容|广告推广)$"
                                    r"|^[—\-－–~～·•▼▲▽△■□◆◇↓↑ \u3000]*(?:广告|推广|赞助|AD|Ad|Ads)[—\-－–~～·•▼▲▽△■□◆◇↓↑ \u3000]*$"),
    # a row of a page's buttons, no more (`分享`, `取消分享`, `关注微博`, `生成海报`, `参与评论`, `打印 | 关闭`):
    # a button names an action on the page; a bare `评论` or `关注` may head a column and is left alone
    "a row of buttons": re.compile(r"^(?=.{2,40}$)(?!(?:评论|关注)$)(?:(?:分享(?:到|至)?|取消分享|一键分享|关注(?:我们|微博|微信|公众号)?|生成海报|"
                                   r"参与评论|发表评论|我要评论|查看评论|写评论|评论|点赞|收藏|打印(?:本页|此文)?|关闭(?:窗口|本页)?|举报|纠错|转发|"
                                   r"复制链接|返回顶部|返回首页|返回列表|写问题|写文章|写回答|我要提问|我要发帖|发帖|发布文章|"
                                   r"展开|收起|菜单|展开全文|收起全文|保护视力色[:：]?|顶一下|踩一下|恢复窄屏|切换宽屏|宽屏阅读)[ \u3000|｜/·、]*)+$"),
    # a row of buttons with their counts: `赞 (0)`, `点赞(12) 收藏(3)`
    "a button's counter": re.compile(r"^(?:(?:赞|点赞|喜欢|收藏|分享|评论|踩|打赏|转发)[ \u3000]*[(（]\d{1,6}[)）][ \u3000]*)+$"),
    # a forum poster's stats beside the post (`用戶註冊天數 2553`, `签到天数: 374 天`, `鲜花(18) 鸡蛋(0)`)
    "a forum poster's stats": re.compile(r"^(?:用户)?(?:注册|失踪|在线|签到|登录)天数[ \u3000]*[:：]?[ \u3000]*\d+[ \u3000]*天?$"
                                         r"|^鲜花[(（]\d+[)）][ \u3000]*鸡蛋[(（]\d+[)）]$"),
    "a view or comment counter": re.compile(r"^\d{1,4}(?:,\d{3,4})*[ \u3000]*(?:次阅读|次浏览|人阅读|人浏览|阅读|浏览|次播放|条评论|评论|人参与|次|则留言|条留言)$"
        r"|^(?:人气|阅读|浏览|点击|热度|阅读量|浏览量|点击量|评论|评论数|点赞)[:：]?[ \u3000]*\d+$"
        r"|^[\u4e00-\u9fff]{0,4}\d+[ \u3000]*人已?(?:围观|阅读|浏览|看过)$"  # `百科98256人已围观`
        r"|预计(?:需要)?(?:花费)?[ \u3000]*\d+[ \u3000]*分钟|阅读(?:需要|时间)?约?[ \u3000]*\d+[ \u3000]*分钟"
        r"|^共[ \u3000]*\d+[ \u3000]*字[，,]?[ \u3000]*(?:需|预计)?(?:浏览|阅读)?(?:约|需要)?[ \u3000]*\d+[ \u3000]*分钟$"
        # how long the text is and how long it takes, or a row of counts: `全文共9839字,阅读大约需要23分钟`,
        # `阅读完需:约 25 分钟`, `本文字数:7664 字`, `阅读数:979   本文字数:301`
        # (in brackets too, its length about so much: `(本文约8000字,阅读全文大约需要7分钟)`)
        r"|^[(（【]?(?:全文|本文|(?:本篇|这篇|此篇|本|这)?文章)?[共约]?[ \u3000]*\d+[ \u3000]*字[，,]?[ \u3000]*(?:阅读|读完|看完)[^\d，,。]{0,6}\d+[ \u3000]*分钟[)）】]?$"
        r"|^(?:阅读|读完|看完)(?:完|本文|全文)?(?:需要?|约需|大约需要)[:：]?[ \u3000]*约?[ \u3000]*\d+[ \u3000]*分钟$"
        r"|^(?:(?:全文|本文|文章)?(?:字数|阅读数|阅读量|浏览数|浏览量|评论数)[:：][ \u3000]*\d{1,3}(?:,?\d{3})*[ \u3000]*字?[ \u3000]*)+$"),
    # a comment box with nothing in it, or its call: `暂时没有评论`, `暂无评论,快抢沙发吧~`, `欢迎 发表评论:`
    "an empty comment box": re.compile(r"^(?:暂时|目前|当前|还)?(?:没有|暂无|无)(?:任何)?(?:评论|留言|回复|公告)(?:[，,。.!！~～ \u3000]*(?:快来|快|赶快|来)?(?:抢沙发|发表(?:第一[个条])?评论|评论|说两句)[^，,。]{0,6})?[.。!！~～…]*$"
                                       r"|^(?:评论|留言)(?:已|被)关闭[.。!！]?$"  # (`評論被關閉。`: comments closed)
                                       r"|^欢迎[ \u3000]*(?:发表|发表您的)?(?:评论|留言)[:：]?$"
                                       # its prompt: `有话要说...`, `说点什么吧`, `写下你的评论…`
                                       r"|^(?:(?:我)?有话要?说|说点什么|写下[你您]的(?:评论|留言|想法)|发表[你您]的(?:看法|评论)|我来说两句"
                                       r"|评论一下|我[来要]评(?:论|价|鉴)|我要留言)[吧…. 。.]*$"
                                       # its counts on one line, `评论 0人参与,0条评论`, and its box's length, `200 / 200 (评价多于10个字)`
                                       r"|^(?:评论|留言)?[ \u3000]*(?:\d+[ \u3000]*(?:人参与|条评论|人评论|条留言)[，,、 \u3000]*){2,}$"
                                       r"|^\d{1,4}[ \u3000]*/[ \u3000]*\d{1,4}[ \u3000]*[(（][^()（）]{0,16}字[)）]$"),
    # a line that only says where the text starts: `以下为文章正文:`, `正文如下`
    "a mark where the text starts": re.compile(r"^(?:以下[为是]|下面[为是])(?:文章|本文)?正文(?:内容)?[:：]?$|^正文(?:如下|开始)[:：]?$"),
    # a site's search box: its prompt, its button (`请输入关键词 搜索`, `输入关键字`, `站内搜索`; a bare `搜索`
    # is left to the rules that read it beside the page's other chrome)
    "a search box": re.compile(r"^(?:请)?(?:输入|键入)(?:您要搜索的|要搜索的|搜索)?(?:关键词|关键字|搜索内容|内容)[.。…]*[ \u3000]*(?:搜索|搜 索|查询|Search)?$"
                               r"|^(?:站内搜索|全站搜索)[:：]?$"),
    # a weather widget on top of the page: `北京 晴 12℃~25℃`, `今日天气：多云 18°C`
    "a weather widget": re.compile(r"^(?:今[日天]天气[:：]?)?[ \u3000]*[\u4e00-\u9fff]{0,6}[ \u3000]*(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪|雾|霾)"
                                   r"(?:转(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|雾))?[ \u3000]*-?\d{1,2}(?:℃|°C?)?(?:[ \u3000]*[~～\-/][ \u3000]*-?\d{1,2}(?:℃|°C?))?"
                                   r"(?:[ \u3000]*\S{0,8}风\S{0,4})?$"),
    # a rating box's labels, each alone on its line: `评分`, `0分`
    "a rating box": re.compile(r"^(?:评分|打分|评星|星级评分)[:：]?$|^(?:10|\d)(?:\.\d)?[ \u3000]*分$"),
}
