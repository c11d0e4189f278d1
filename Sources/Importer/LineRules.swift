/// Rules that remove whole lines: the parts of a web page around a report.
/// Each rule is a pattern of web chrome, never a string from one site.
enum LineRules {
    /// The rule that removes this (already space-unified) line, or nil to keep it.
    static func rule(for line: String) -> CleaningRule? {
        let trimmed = line.trimmingSpaces
        guard !trimmed.isEmpty else { return nil }
        if isImageFileName(trimmed) { return .imageFileName }
        // 图片: where a copied WeChat article had a picture. Its caption, if any, says
        // 图为 itself; the line after it is as often the next paragraph or a headline.
        if trimmed == "图片" { return .imagePlaceholder }
        if trimmed.count <= 20, trimmed.wholeMatch(of: siteNamePattern) != nil { return .siteChrome }
        // 澧川新闻网 | 澧川日报官方网站: a site's names side by side (the bar may be gone as table debris).
        if trimmed.count <= 40, trimmed.contains(siteNameSeparator),
           trimmed.split(separator: siteNameSeparator).allSatisfy({ $0.wholeMatch(of: siteNamePattern) != nil }) {
            return .siteChrome
        }
        if isNumberBadge(trimmed) { return .numberBadge }
        if trimmed.wholeMatch(of: slideFurniture) != nil { return .pageFurniture }
        if RecordingTranscript.isSpeakerLabel(trimmed) || RecordingTranscript.isTranscriptionNotice(trimmed)
            || RecordingTranscript.isLength(trimmed) { return .timestamps }
        if trimmed.count <= 80, trimmed.wholeMatch(of: weChatHeader) != nil || trimmed.wholeMatch(of: appHeader) != nil {
            return .pageMetadata
        }
        if trimmed.count <= 60, trimmed.wholeMatch(of: weChatAccount) != nil || trimmed.wholeMatch(of: weChatSent) != nil {
            return .pageMetadata
        }
        if let rule = chromeOrMetadataRule(trimmed) { return rule }
        if isDocumentHead(trimmed) { return .documentHead }
        if isContact(trimmed) { return .contact }
        if isCopyright(trimmed) { return .copyright }
        if isByline(trimmed) { return .byline }
        return nil
    }

    // MARK: Chrome and metadata: lines made only of such pieces

    static var chromePieces: [Regex<Substring>] { [
        // A video's counts, each on its own line (评论 2186, 收藏 4860, 分享 3512), before
        // the share widget below takes 分享 and leaves the number.
        #/(?:评论|收藏|分享|转发|获赞|点赞)\s+[\d,，.]+万?\+?/#,
        #/欢迎您?(?:访问|光临|来到|进入)\S*/#,
        #/今天是\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?/#,
        #/(?:今天是\s*)?(?:星期|礼拜)[一二三四五六日天]/#,
        #/(?:字号|字体|文字)\s*[:：]?(?:\s*[【\[]?(?:[大中小默认]|[Aa][+\-]?)[】\]]?)*/#,
        #/(?:颜色|背景色?)\s*[:：]/#,
        // 分享到：微信 微博 QQ空间: a share widget, with the places it shares to, however set apart.
        #/[【\[]?(?:分享到|分享)[】\]]?(?:\s*[:：])?(?:[\s|｜\/、，,]*(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|抖音|今日头条|豆瓣|人人网|Facebook|WhatsApp|Twitter|LINE|Line|Telegram|X))*/#,
        #/[【\[]?(?:打印本页|打印此页|打印文章|打印|列印本页|列印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|返回首页|返回列表|返回目录|返回|收藏本页|加入收藏|收藏|复制链接|我要纠错|纠错|设为首页|设为主页)[】\]]?/#,
        // A list's pages (首页 上一页 1 2 3 下一页 尾页), the browser a site asks for, and
        // its visitor counter (您是本站第18,352,906位访问者).
        #/上一页(?:\s*\d{1,4})*\s*下一页|尾页|末页/#,
        // A gallery's pager (上一张  1/12  下一张  ▶ 自动播放) and the counter over each picture (3/12).
        #/上一张(?:\s*\d{1,3}\s*\/\s*\d{1,3})?\s*下一张|[▶►]?\s*自动播放|\d{1,3}\s*\/\s*\d{1,3}/#,
        #/(?:建议|推荐)[^。]{0,10}\d{3,4}\s*[×xX＊*]\s*\d{3,4}[^。]{0,40}/#,
        #/您是(?:本站|本网站|本网)?第\s*[\d,，]+\s*位(?:访问者|访客)/#,
        // [音乐], [广告]: what a broadcast's transcript notes in place of speech.
        #/\[\p{Script=Han}{1,4}\]/#,
        // 【大】【中】【小】: the text size buttons without their label.
        #/(?:[【\[][大中小][】\]]\s*){2,3}/#,
        #/(?:上一篇|下一篇|上一条|下一条)\s*[:：].*|[【\[](?:上一篇|下一篇|上一条|下一条)[】\]]\s*[:：]?.*/#,
        // An e-paper's page links: < 上一版　下一版 >　返回目录　PDF版下载; 往期回顾 (past issues)
        // only among them, since alone it heads a WeChat page's other articles.
        #/(?:(?:上一版|下一版|版面导航|往期回顾|返回目录|PDF版(?:下载)?)\s*[|｜]?\s*){2,}/#,
        #/[<＜‹«]?\s*(?:上一版|下一版)\s*[>＞›»]?|PDF版下载|PDF下载|PDF版|版面导航/#,
        // 当前位置, 您的位置, 您现在的位置, 您当前所在位置, 所在的位置: where the page sits in the site.
        #/(?:您(?:当前|现在)?(?:所在)?的?|当前(?:所在)?的?|所在的?)位置\s*[:：]?.*/#,
        #/首页\s*(?:[>＞»›]|-->).*/#,
        // 首页　时政　区县　民生　法治　文旅: a site's menu on one line, from its home page on.
        #/首页(?:\s+[\p{Script=Han}A-Za-z]{2,5}){3,}/#,
        // 永州新闻网 > 县区频道 > 潇川 > 正文: a breadcrumb that does not start at 首页.
        #/[^\s>＞»›]{2,12}(?:\s*[>＞»›]\s*[^\s>＞»›]{1,12}){2,}/#,
        // A site's menus: its versions (无障碍, 长者模式, 简体, 繁體), the reader's account,
        // and a government site's sections, on a line of their own.
        #/首页|无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化|简体|繁體|繁体|English|登录|注册|手机版|手机看新闻|数字报|投稿/#,
        #/政务公开|政务服务|互动交流|政民互动|新闻发布|新闻中心|信息公开|办事服务|公众参与|数据开放|走进\p{Script=Han}{2,4}/#,
        #/扫一扫\S*/#,
        // 查看更多 >: a dashboard's or a list's link to the rest of it.
        #/查看更多\s*[>＞»›]*/#,
        #/(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*[\d,，]*\s*次?/#,
        // 评价：满意（4.8分）: how a reader rated the reply under a citizen's message.
        #/(?:评价|满意度评价)\s*[:：]\s*(?:非常满意|基本满意|不满意|满意|一般|未评价)(?:\s*[(（][\d.]+分[)）])?/#,
        // 相关链接：国务院 | 山东省人民政府: a government site's links to others, on one line.
        #/(?:相关链接|友情链接)\s*[:：].+|(?:相关链接|相关阅读|相关新闻|相关文章|延伸阅读)\s*[:：]?/#,
        // A WeChat article's own chrome: the call to follow the account, the reading
        // count without a colon (阅读 3862, 阅读 10万+), the image placeholder a copy
        // leaves, the end mark and the buttons under the article.
        #/(?:点击|点)(?:上方)?蓝字\S*|关注我们|(?:阅读|浏览)(?:量|数)?\s+[\d,，.]+万?\+?/#,
        // A Weibo page's counts: an account's (粉丝8.6万  关注412  转评赞28.3万), a post's
        // (转发 87    评论 23    赞 356), two or more together, before a lone 赞 is taken
        // below; a video's plays under it (3.4万次观看); the account's tabs
        // (首页  微博  视频  相册  超话); and a post's time and device (24-12-8 17:20 来自 微博 weibo.com).
        #/(?:(?:粉丝|关注|转评赞|转发|评论|获赞|点赞|赞)\s*[\d,，.]+万?\+?\s*){2,}/#,
        #/[\d,，.]+万?\+?次(?:观看|播放)/#,
        #/全部微博|搜索TA的微博|超话|相册|微博|视频|原创|图片|文章/#,
        #/(?:\d{2,4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自\s+.{1,30}/#,
        // Its counts under the article (阅读 1.2万 赞 318 在看 57).
        #/(?:在看|点赞|赞)\s*[\d,，.]+万?\+?/#,
        #/(?:轻触)?阅读原文|在看|点赞|写留言|赞赏|预览时标签不可点|微信扫一扫\S*|[—\-－]*\s*END\s*[—\-－]*/#,
        // A news app's share page: its calls to open the app (打开APP 阅读体验更佳, 打开APP，参与评论),
        // the fold (展开全文, 展开剩余62%), an advert's label and link, and the report button.
        #/打开\s*(?:APP|App|app|客户端)[，,]?\s*\p{Script=Han}{0,12}|阅读体验更佳|展开全文|展开剩余\s*\d{1,2}%|广告|了解详情\s*[>＞»›]*|举报|分享至/#,
        // The collections the article is in (收录于合集 #民法典宣传月 16个).
        #/收录于(?:合集|话题)(?:\s*#\S+)*(?:\s*\d+个)?/#,
        // A file offered for download: 附件：1.2023年普法工作统计表.xlsx.
        #/附件(?:下载)?\s*\d*\s*[:：].*\.(?i:xlsx?|docx?|pdf|wps|et|zip|rar)/#,
        // After the pieces above that hold their words (关注我们, 关注412, 搜索TA的微博): a video
        // site's follow button and search box (搜索你感兴趣的视频, 请输入关键词), the accounts a post
        // mentions (@蒲溪司法 @蒲溪普法), the series a video is in (合集 | 普法进行时 · 第38集)
        // and the note over a machine-made transcript (文稿(AI生成,仅供参考)).
        #/关注|搜索\p{Script=Han}{0,10}|请输入(?:关键词|关键字|搜索内容)|(?:@[^\s@]{1,20}\s*){2,}|合集\s*[|｜:：]?.{0,30}?第\s*\d+\s*集/#,
        #/(?:文稿|字幕|文字稿)?\s*[(（]\s*AI生成[^)）]{0,12}[)）]/#,
    ] }

    /// The heading of the other articles a WeChat page lists under the article, and of
    /// the readers' comments under a post or a video (全部评论(2186), 精选留言): the
    /// report ends there.
    static var recommendationsHeader: Regex<Substring> {
        #/[\p{So}\s▼▲·]*(?:喜欢此内容的人还喜欢|往期推荐|往期回顾|往期精彩|精彩推荐|推荐阅读|猜你喜欢|(?:全部|精彩|热门)评论\s*[(（]?[\d,，]*[)）]?|精选留言)[\p{So}\s▼▲·]*/#
    }

    /// The heading of the other stories a news page lists after the article.
    static var relatedStoriesHeader: Regex<Substring> {
        #/[【\[]?(?:相关新闻|相关阅读|相关链接|相关文章|相关报道|延伸阅读)[】\]]?\s*[:：]?/#
    }

    /// One story of such a list: a short title with a bullet before it or its date after it
    /// (`· 全县17个镇同步开展“宪法晨读”活动　2024-12-03`).
    static func isRelatedStory(_ line: String) -> Bool {
        guard line.count <= 80 else { return false }
        return line.prefixMatch(of: #/[·•●▪◆■\-－*]\s*\S/#) != nil
            || line.firstMatch(of: #/\S\s*[(（]?\d{4}[-.\/年]\d{1,2}[-.\/月]\d{1,2}日?[)）]?$/#) != nil
    }

    /// The line over a WeChat article: 原创, the account's name (often twice), the day
    /// and time it was sent and the province it was sent from
    /// (`原创 漳源司法 漳源司法 2025年01月08日 17:30 湖北`). The time sets it apart
    /// from a report's own signature, which gives a day but no time.
    static var weChatHeader: Regex<Substring> {
        #/(?:原创\s+)?(?:[\p{Script=Han}A-Za-z0-9·]{2,20}\s+){1,3}\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?:\s+[\p{Script=Han}]{2,3})?/#
    }

    /// The line under a news app's headline: the app, the day and time, and the province
    /// the post came from (`中原快讯客户端  2025-03-18 09:42  来自河南`).
    static var appHeader: Regex<Substring> {
        #/[\p{Script=Han}A-Za-z0-9·]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+来自\s*[\p{Script=Han}]{2,3}/#
    }

    /// The same header over two lines, as a phone shows it: 原创 and the account's names
    /// (`原创 云峤司法 云峤司法`), then the day, the time and the province
    /// (`2024年07月08日 18:05 福建`).
    static var weChatAccount: Regex<Substring> {
        #/原创(?:\s+[\p{Script=Han}A-Za-z0-9·]{2,20}){1,3}/#
    }

    static var weChatSent: Regex<Substring> {
        #/\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?:\s+[\p{Script=Han}]{2,3})?/#
    }

    /// A name that ends in 网 or 平台 (荆阳普法网, 江西省政府数据开放平台): a site's only where the
    /// page shows it is, over the site's chrome (`TextCleaner.siteHeader`); a headline may end so too.
    static var siteHeaderName: Regex<Substring> { #/\p{Script=Han}{2,10}(?:网|平台)/# }

    /// A site's own name standing alone on its line: 平凉市人民政府门户网站,
    /// 甘肃政法网, 法治甘肃网. Only names a site has: a headline may end in 网
    /// too (织密基层普法网).
    static var siteNamePattern: Regex<Substring> {
        #/[\p{Script=Han}]{2,16}(?:门户网站|网站|门户网|(?:政府|政务|政法|法治|法制|司法|新闻)网)|法治[\p{Script=Han}]{2,3}网|[\p{Script=Han}]{2,8}(?:日报|晚报|报)(?:数字报|电子报|电子版)/#
    }

    private static var siteNameSeparator: Regex<Substring> { #/\s*[|｜丨]\s*|\s+/# }

    /// Labelled pieces of a page's metadata, including the table a government
    /// site puts over a document it discloses (索引号, 发文机关, 成文日期, 标题).
    static var metadataPieces: [Regex<Substring>] { [
        // 08:00—08:30: when a programme was on air, before its label takes the day.
        #/\d{1,2}:\d{2}\s*[—\-－–~～至]\s*\d{1,2}:\d{2}/#,
        // 作者：唐晓岚 蒋一鸣: a label of people, with several names spaced apart.
        // A newspaper's page (第05版：法治·民生, 版面：第05版　法治·民生).
        #/(?:版面\s*[:：]\s*)?第\s*\d{1,3}\s*版(?:\s*[:：]?\s*[\p{Script=Han}·]{2,12})?/#,
        #/[【\[]?(?:作者|责任编辑|责编|美术编辑|美编|编辑|审核|审校|校对)\s*[:：]\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}(?!\p{Script=Han}|\s*[:：])){1,3}[】\]]?/#,
        // 蒲溪县融媒体中心官方账号: who posted a video, as its platform vouches for them.
        #/[\p{Script=Han}A-Za-z0-9]{2,20}(?:官方账号|官方帐号)/#,
        #/[【\[]?(?:信息来源|文章来源|稿件来源|来源|作者|责任编辑|责编|美术编辑|美编|版式设计|版式|编辑|审核|审校|校对|播出时间|首播时间|转写时间|发言人数|说话人数|本期主题|主持人|嘉宾|录音整理|整理|发布时间|发布日期|发表时间|更新时间|时间|日期|原文链接|原文地址|本文链接|网址|索引号|主题分类|体裁分类|组配分类|主题词|发文机关|发布机构|成文日期|生效日期|文号|发文字号|公开方式|公开范围|公开时限|有效性|标\s*题|报送单位|填报单位|编报单位|统计时段|统计时间|统计周期)\s*[:：]\s*(?:https?:\/\/\S+|[^\s:：【】\[\]]*)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[】\]]?/#,
    ] }

    /// `记者 王晓明`, `通讯员 李婷、张强`: the people named in a byline
    /// (`作者：记者 王晓明 通讯员 李婷`), taken only beside a labelled piece:
    /// a byline alone on its line is the `.byline` rule's.
    static var bylineRoles: Regex<Substring> {
        #/(?:本报|本台|特约|实习)*(?:记者|通讯员|实习生|摄影|摄像)\s*[:：]?\s*[\p{Script=Han}]{2,4}(?:[、，,][\p{Script=Han}]{2,4})*/#
    }

    /// `2023-06-12 09:15` without a label: page metadata only beside a labelled
    /// piece (`2023-06-12 09:15 来源：嘉峪关日报`), since a date alone on its
    /// line may be the report's own, under its signature.
    static var unlabelledDateTime: Regex<Substring> {
        #/\d{4}\s*[-.\/年]\s*\d{1,2}\s*[-.\/月]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/#
    }

    static func chromeOrMetadataRule(_ line: String) -> CleaningRule? {
        // Long lines are report text even when they mention 打印 or 来源.
        guard line.count <= 160 else { return nil }
        var rest = line
        var sawMetadata = false
        if line.contains(bylineRoles) {
            // Before the labels, which would take 作者：记者 and leave the name.
            let withoutRoles = line.replacing(bylineRoles, with: " ")
            if metadataPieces.contains(where: withoutRoles.contains) { rest = withoutRoles }
        }
        for piece in metadataPieces where rest.contains(piece) {
            sawMetadata = true
            rest = rest.replacing(piece, with: " ")
        }
        if sawMetadata { rest = rest.replacing(unlabelledDateTime, with: " ") }
        var sawChrome = false
        for piece in chromePieces where rest.contains(piece) {
            sawChrome = true
            rest = rest.replacing(piece, with: " ")
        }
        guard sawMetadata || sawChrome else { return nil }
        // 金川区司法局 2024-01-08 10:12:36 浏览次数：268: the publisher and the day, beside chrome.
        if !sawMetadata, rest.contains(unlabelledDateTime) {
            let undated = rest.replacing(unlabelledDateTime, with: " ").trimmingSpaces
            if undated.isEmpty || undated.wholeMatch(of: officeName) != nil {
                sawMetadata = true
                rest = ""
            }
        }
        guard !rest.unicodeScalars.contains(where: \.isWordLike) else { return nil }
        return sawMetadata ? .pageMetadata : .siteChrome
    }

    /// A presentation's outline: each slide's number (幻灯片 3, 第3张幻灯片, Slide 3) and the label
    /// over its speaker's notes (备注：), each on a line of its own.
    static var slideFurniture: Regex<Substring> {
        #/(?:幻灯片|[Ss]lide)\s*\d{1,3}|第\s*\d{1,3}\s*张(?:幻灯片)?|(?:演讲者)?备注\s*[:：]|[Nn]otes\s*:/#
    }

    /// 金川区司法局, 兰州市人民政府: an office that publishes, named beside a page's date.
    static var officeName: Regex<Substring> {
        #/[\p{Script=Han}（）()]{2,24}?(?:司法局|司法厅|局|厅|委员会|委|办公室|办|人民政府|政府|法院|检察院|司法所|派出所|中心|协会|工会|科|处)/#
    }

    // MARK: An official document's head

    /// The number an office gives a document (涪南教联〔2025〕7号, 某府发[2024]12号), alone on
    /// its line, the marks that say how to handle it (内部资料), and the offices a report is
    /// addressed to (市委、市政府：, 区委全面依法治区委员会办公室：).
    static func isDocumentHead(_ line: String) -> Bool {
        guard line.count <= maximumAddresseesLength else { return false }
        guard line.count <= 40 else { return isLongListOfAddressees(line) }
        if line.wholeMatch(of: documentNumber) != nil || line.wholeMatch(of: handlingMarks) != nil
            || line.wholeMatch(of: disclosureNote) != nil { return true }
        guard line.hasSuffix("：") || line.hasSuffix(":"), line.wholeMatch(of: addressees) != nil else { return false }
        return addresseeWords.contains { line.contains($0) }
    }

    private static let maximumAddresseesLength = 120

    /// A notice sent to every office (各镇（街道）党（工）委、政府（办事处），县委各部门，…，驻县各单位：).
    /// A line this long may be a sentence that ends in a colon, so every office in it must end
    /// in an office's word.
    private static func isLongListOfAddressees(_ line: String) -> Bool {
        guard line.hasSuffix("：") || line.hasSuffix(":"), line.wholeMatch(of: addressees) != nil else { return false }
        let offices = line.dropLast().split(whereSeparator: { "、，,".contains($0) })
        return offices.count >= 3 && offices.allSatisfy { office in
            let name = office.replacing(#/[（(][^（()）]*[)）]$/#, with: "")
            return officeEndings.contains { name.hasSuffix($0) }
        }
    }

    private static let officeEndings = ["委", "政府", "部门", "单位", "团体", "机关", "委员会", "办公室", "局", "厅", "院", "办", "处", "所", "党组", "党委"]

    /// How a document is to be handled, over its title: 内部资料　注意保存, 秘密★1年, 特急.
    static var handlingMarks: Regex<Substring> {
        #/(?:(?:内部资料|内部刊物|内部参阅|注意保存|妥善保管|请勿外传|秘密|机密|绝密|特急|加急|平急)(?:\s*★\s*[0-9一二三四五六七八九十]+\s*年)?\s*)+/#
    }

    /// Whether a document is made public, under its signature: （此件公开发布）, (此件主动公开).
    static var disclosureNote: Regex<Substring> {
        #/[（(]\s*(?:此件|本件)\s*(?:公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开)\s*[)）]/#
    }

    static var documentNumber: Regex<Substring> {
        #/[\p{Script=Han}]{2,12}\s*[〔［\[]\s*\d{4}\s*[〕］\]]\s*\d{1,4}\s*号/#
    }

    /// Offices and their heads, joined by 、 or ，, ending in a colon, with no figure.
    static var addressees: Regex<Substring> {
        #/[\p{Script=Han}（）()]{2,30}(?:[、，,][\p{Script=Han}（）()]{2,30})*\s*[:：]/#
    }

    private static let addresseeWords = ["委员会", "办公室", "人民政府", "政府", "人大常委会", "常委会", "市委", "区委", "县委", "州委", "党委", "党组", "领导"]

    // MARK: Notices

    static let copyrightMarkers = [
        "版权所有", "版权声明", "Copyright", "COPYRIGHT", "copyright", "©", "ICP备", "ICP证", "公网安备",
        "转载自其它媒体", "转载自其他媒体", "转载请注明", "本网注明", "不代表本网", "对外版权", "未经授权", "未经许可不得",
    ]

    /// A site's footer: who runs it (主办单位：…, 技术支持：…) and its code under
    /// the government-site guideline (网站标识码). Labelled, so a sentence
    /// about who organised an event (活动由市司法局主办) stays.
    static var footerPattern: Regex<Substring> {
        #/(?:主办单位|承办单位|协办单位|主办|承办|技术支持|运维单位|运行维护|网站标识码|网站识别码)\s*[:：]/#
    }

    static func isCopyright(_ line: String) -> Bool {
        line.count <= 300 && copyrightMarkers.contains { line.contains($0) }
            || line.count <= 160 && line.contains(footerPattern)
            || isOperator(line)
    }

    /// 荆阳市司法局主办 under a site's name: the office that runs the site, alone on its line
    /// (not 由市司法局主办, what an event's sentence says).
    static func isOperator(_ line: String) -> Bool {
        guard line.count <= 24, line.hasSuffix("主办") || line.hasSuffix("承办"), !line.contains("由") else { return false }
        return String(line.dropLast(2)).trimmingSpaces.wholeMatch(of: officeName) != nil
    }

    static var contactPattern: Regex<Substring> { #/(?:联系电话|联系方式|咨询电话|咨询热线|服务热线|热线电话|热线|电话|传真|电子邮箱|邮箱|电子邮件|[Ee]-?mail|邮编|邮政编码|通讯地址|地址)\s*[:：]|联系我们/# }

    static func isContact(_ line: String) -> Bool {
        line.count <= 120 && line.contains(contactPattern)
    }

    // MARK: Bylines, images, badges

    /// 本报记者●王祯, 溪峪融媒记者 陈思 林晓雨: who wrote the story, for the paper or the
    /// county's media centre (融媒), alone on its line.
    static var bylinePattern: Regex<Substring> {
        #/^(?:本报|本台|本刊|本网|新华社|\p{Script=Han}{2,8}?(?:融媒体中心|融媒体|融媒|日报社|日报|晚报|广播电视台|电视台|新闻网|新闻中心|新闻客户端|客户端))?(?:特约|实习)?(?:记者|通讯员|实习生|撰稿)[\s●·•:：|｜]*[\p{Script=Han}●·•、\s]{1,30}$/#
    }

    static func isByline(_ line: String) -> Bool {
        line.count <= 40 && (line.wholeMatch(of: bylinePattern) != nil || line.wholeMatch(of: creditPattern) != nil)
    }

    /// `（西峰区司法局供稿）`: who sent the story in, closing it.
    static var creditPattern: Regex<(Substring, Substring)> {
        #/[（(]\s*([\p{Script=Han}]{2,30}?)\s*(?:供稿|供图|来稿|投稿|提供)\s*[）)]/#
    }

    static var imagePattern: Regex<Substring> { #/[^\s/\\]{1,60}\.(?i:jpe?g|png|gif|bmp|webp|tiff?)/# }

    /// `1.jpg`, `IMG_2041.JPG`: a picture's file name standing alone.
    static func isImageFileName(_ line: String) -> Bool {
        line.wholeMatch(of: imagePattern) != nil
    }

    /// A lone `2` or `03`: a number drawn as a badge beside a section title.
    static func isNumberBadge(_ line: String) -> Bool {
        line.count <= 2 && line.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
}

extension Unicode.Scalar {
    /// Letters, digits and Han characters: what makes a line more than chrome.
    var isWordLike: Bool {
        isHan || properties.isAlphabetic || ("0"..."9").contains(self)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
