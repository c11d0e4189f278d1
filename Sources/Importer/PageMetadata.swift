/// What the page around the report says about it: the publishing site,
/// the publication date, the byline, a link. Read from the lines the
/// cleaning rules removed, so nothing useful is lost with the chrome.
struct PageMetadata: Sendable, Equatable {
    var source: String?
    var siteName: String?
    var byline: String?
    /// The agency a story's lead names (襄江融媒讯, 兰州日报讯): 襄江融媒, 兰州日报.
    var newsAgency: String?
    var publishedDate: (year: Int, month: Int, day: Int)?
    var url: String?
    /// The headline a saved page's head gives, for when the text shows none.
    var title: String?
    /// The offices an official document is addressed to (汝川县委政法委、县司法局：), which
    /// name the region above a township's own report.
    var addressees: String?
    /// Where the publisher is (地址：澴阳市澴城区楚风大道188号), from the page's footer.
    var address: String?
    /// The subject of the e-mail that first carried the report (a forward's own comes before it).
    var mailSubject: String?

    static func == (lhs: PageMetadata, rhs: PageMetadata) -> Bool {
        lhs.source == rhs.source && lhs.siteName == rhs.siteName && lhs.byline == rhs.byline
            && lhs.newsAgency == rhs.newsAgency && lhs.url == rhs.url
            && lhs.title == rhs.title && lhs.addressees == rhs.addressees && lhs.mailSubject == rhs.mailSubject
            && lhs.address == rhs.address
            && lhs.publishedDate?.year == rhs.publishedDate?.year && lhs.publishedDate?.month == rhs.publishedDate?.month
            && lhs.publishedDate?.day == rhs.publishedDate?.day
    }

    /// The best source name found: 来源 first, then the site named in its
    /// own notices (`非法治甘肃网`, `欢迎访问…网`), then the byline, then the
    /// agency its lead names.
    var bestSource: String? { source ?? siteName ?? byline ?? newsAgency }

    static func read(removed: [Removal], allLines: [String]) -> PageMetadata {
        var metadata = PageMetadata()
        var writtenDate: (year: Int, month: Int, day: Int)?
        // The headers of the last message in the text, the one the others forward.
        var mail = MailHeaders()
        for removal in removed where removal.wholeLine {
            let line = removal.text
            switch removal.rule {
            case .mailHeader:
                mail.read(line)
            case .pageMetadata:
                if metadata.source == nil, let match = line.firstMatch(of: sourcePattern) ?? line.firstMatch(of: accountPattern) {
                    metadata.source = cleanName(String(match.output.1))
                }
                // An office named without a label, beside the day it published the page.
                if metadata.source == nil, line.contains(LineRules.unlabelledDateTime),
                   let office = line.split(separator: " ").first(where: { $0.wholeMatch(of: LineRules.officeName) != nil }) {
                    metadata.source = String(office)
                }
                // 统计时段：2025年5月1日—5月31日: the period a bulletin's figures cover, no day it was published.
                let dated = line.replacing(statisticsPeriod, with: " ")
                let labelledDates = dated.matches(of: datePattern)
                for match in labelledDates {
                    // 成文日期, the day a disclosed document was written: only when no day of publication is given.
                    let date = DateText.numbers(in: String(match.output.2))
                    if match.output.1 != nil { writtenDate = writtenDate ?? date } else { metadata.publishedDate = metadata.publishedDate ?? date }
                }
                // `2023-06-12 09:15 来源：…`: a date with no label beside the labelled pieces.
                if metadata.publishedDate == nil, labelledDates.isEmpty, let match = dated.firstMatch(of: LineRules.unlabelledDateTime) {
                    metadata.publishedDate = DateText.numbers(in: String(match.output))
                }
            case .copyright, .contact:
                if metadata.siteName == nil { metadata.siteName = siteName(inNotice: line) }
                if metadata.address == nil, let match = line.firstMatch(of: addressPattern) {
                    metadata.address = String(match.output.1)
                }
            case .siteChrome:
                if metadata.siteName == nil, let match = line.firstMatch(of: welcomePattern) {
                    metadata.siteName = cleanName(String(match.output.1))
                } else if metadata.siteName == nil, line.wholeMatch(of: LineRules.siteNamePattern) != nil
                            || line.count <= 12 && line.wholeMatch(of: LineRules.siteHeaderName) != nil {
                    // 湖南普法网 over the site's chrome (`TextCleaner.siteHeader`): chrome, so a site's name.
                    metadata.siteName = cleanName(line)
                }
            case .documentHead where line.hasSuffix("：") || line.hasSuffix(":"):
                if metadata.addressees == nil { metadata.addressees = line }
            case .byline:
                if metadata.byline == nil {
                    metadata.byline = line.wholeMatch(of: LineRules.creditPattern).map { String($0.output.1) } ?? line.trimmingSpaces
                }
            default:
                break
            }
        }
        if metadata.publishedDate == nil { metadata.publishedDate = writtenDate ?? mail.sent }
        metadata.mailSubject = mail.subject
        metadata.addressees = metadata.addressees ?? mail.recipients
        if metadata.source == nil, let sender = mail.sender, sender.wholeMatch(of: LineRules.officeName) != nil {
            metadata.source = sender
        }
        metadata.newsAgency = removed.lazy.filter { $0.rule == .byline && !$0.wholeLine }
            .compactMap { $0.text.prefixMatch(of: InlineCleaning.newsLead)?.output.1.map(String.init) }.first
        metadata.url = allLines.lazy.compactMap { $0.firstMatch(of: urlPattern).map { String($0.output) } }.first
        return metadata
    }

    /// The headers of one message; a sender's line starts the next message's.
    private struct MailHeaders {
        var sender: String?
        var recipients: String?
        var subject: String?
        var sent: (year: Int, month: Int, day: Int)?

        mutating func read(_ line: String) {
            guard let (field, value) = MailMessage.field(of: line) else { return }
            switch field {
            case .sender:
                self = MailHeaders()
                sender = MailMessage.names(value)
            case .recipient: recipients = MailMessage.names(value)
            case .subject: subject = MailMessage.subject(value)
            case .sent: sent = DateText.numbers(in: value)
            case .copy, .attachment: break
            }
        }
    }

    /// A saved page's head fills what the visible lines did not say; its
    /// address comes first, as the page's own.
    mutating func fill(from head: PageHead) {
        url = head.address ?? url
        title = head.title
        source = source ?? head.source
        siteName = siteName ?? head.siteName
        if publishedDate == nil, let date = head.publishedDate { publishedDate = (date.year, date.month, date.day) }
    }

    /// 报送单位：, a bulletin's reporting office, is its source as 来源 is a page's.
    static var sourcePattern: Regex<(Substring, Substring)> {
        #/(?:信息来源|文章来源|稿件来源|来源|发文机关|发布机构|报送单位|填报单位|编报单位)\s*[:：]\s*([^\s【】\[\]]+)/#
    }
    /// 蒲溪县融媒体中心官方账号: the office whose account posted a video.
    static var accountPattern: Regex<(Substring, Substring)> {
        #/([\p{Script=Han}A-Za-z0-9]{2,20}?)(?:官方账号|官方帐号)/#
    }
    /// 地址：澴阳市澴城区楚风大道188号, 通讯地址: the publisher's address.
    static var addressPattern: Regex<(Substring, Substring)> { #/(?:通讯地址|联系地址|地址)\s*[:：]\s*(\S+)/# }
    /// 统计时段：2025年5月1日—5月31日: the period a bulletin's figures cover.
    static var statisticsPeriod: Regex<Substring> { #/(?:统计时段|统计时间|统计周期)\s*[:：]\s*\S*/# }
    /// A labelled date: published (发布时间, 日期) or, with 成文 before it, written
    /// (生效日期, the day it takes effect, counts as written too).
    static var datePattern: Regex<(Substring, Substring?, Substring)> { #/(成文|生效)?(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(\d{4}\s*[-.\/年]\s*\d{1,2}\s*[-.\/月]\s*\d{1,2})/# }
    static var welcomePattern: Regex<(Substring, Substring)> { #/欢迎您?(?:访问|光临|来到|进入)([\p{Script=Han}A-Za-z0-9]{2,20}?(?:网站|网|门户))/# }
    static var urlPattern: Regex<Substring> { #/https?:\/\/[A-Za-z0-9\-._~:\/?#\[\]@!$&'()*+,;=%]+/# }
    /// A site's name in a notice about itself: `来源:XXX(非法治甘肃网)`, `法治甘肃网对外版权…`.
    static var exceptSitePattern: Regex<(Substring, Substring)> { #/[(（]非([\p{Script=Han}A-Za-z0-9]{2,20})[)）]/# }
    /// Not 网 that begins 网络 (北京微梦创科网络技术有限公司, a platform's operator), nor the
    /// police's record of the site (湘公网安备43010502000417号).
    static var siteNamePattern: Regex<(Substring, Substring)> { #/([\p{Script=Han}]{2,12}?(?:网站|网(?!络|安备)|报社|日报|电视台))/# }

    static func siteName(inNotice line: String) -> String? {
        if let match = line.firstMatch(of: exceptSitePattern) { return cleanName(String(match.output.1)) }
        for match in line.matches(of: siteNamePattern) {
            let name = String(match.output.1)
            // 本网 is how a site calls itself; the name we want is spelled out.
            if name.hasPrefix("本") || name.hasPrefix("凡本") || name.contains("其它") || name.contains("其他") { continue }
            return name
        }
        return nil
    }

    private static func cleanName(_ name: String) -> String? {
        let trimmed = name.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
