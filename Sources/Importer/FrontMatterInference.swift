import ContentFormat

/// Fills the front matter from the text, the page around it and the
/// regions table; the user's flags win over all of them. Whatever stays
/// unknown is listed in `missing`, so the user knows what to fill in.
struct FrontMatterInference {
    let structure: ReportStructure
    let metadata: PageMetadata
    let regions: KnownRegions
    let options: ImportOptions
    private(set) var missing: [MissingField] = []
    private(set) var warnings: [String] = []

    init(structure: ReportStructure, metadata: PageMetadata, regions: KnownRegions, options: ImportOptions) {
        self.structure = structure
        self.metadata = metadata
        self.regions = regions
        self.options = options
    }

    mutating func frontMatter(path: String) throws(ImportError) -> FrontMatter {
        let title = inferTitle(path: path)
        let region = try inferRegion(title: title, path: path)
        var frontMatter = FrontMatter(title: title, region: region.name)
        frontMatter.province = options.province ?? region.province
        frontMatter.parent = region.parent
        warnIfParentUnknown(region)
        frontMatter.level = region.level
        frontMatter.date = options.date ?? inferDate()
        frontMatter.year = reportYear(title: title, date: frontMatter.date)
        frontMatter.period = TextFacts.period(in: title + "\n" + bodyText,
                                              year: frontMatter.year ?? Self.yearReportedOn(frontMatter.date))
        frontMatter.source = options.sourceName ?? metadata.bestSource ?? issuer
        frontMatter.sourceURL = metadata.url
        frontMatter.slug = nil
        listMissing(in: frontMatter)
        return frontMatter
    }

    /// All running text, for facts read from the report's own words.
    var bodyText: String {
        structure.blocks.map(\.text).joined(separator: "\n")
    }

    private var subtitle: String? {
        structure.blocks.first { $0.kind == .subtitle }?.text
    }

    /// The first paragraph that is more than a date or a time: （2024年11月26日） under a
    /// paper's issuers is when it was given, and 08:00 over a broadcast's first words when
    /// they were said, not its first words.
    private var firstParagraph: String? {
        structure.blocks.first { block in
            block.kind == .paragraph && !DateText.isDateOnly(Self.withoutParentheses(block.text))
                && block.text.unicodeScalars.contains(where: \.isHan)
        }?.text
    }

    private static func withoutParentheses(_ text: String) -> String {
        guard let first = text.first, let last = text.last, "（(".contains(first), "）)".contains(last) else { return text }
        return String(text.dropFirst().dropLast())
    }

    /// The office that signed the report (`喀什地区司法局` over its date, at
    /// the end or under the title): its source when the page names none.
    private var issuer: String? {
        let signatures = structure.blocks.filter { $0.kind == .signature }
        return signatures.lazy.flatMap { $0.text.split(separator: "\n") }
            .first { !DateText.isDateOnly(String($0)) }.map { Self.withoutCompiledBy(String($0)) }
    }

    /// 涪溪市普法办编印: a bulletin's office, without the word that says it compiled the issue.
    private static func withoutCompiledBy(_ line: String) -> String {
        for word in ["编印", "编", "印发", "主办"] where line.hasSuffix(word) {
            let office = String(line.dropLast(word.count))
            if office.wholeMatch(of: LineRules.officeName) != nil { return office }
        }
        return line
    }

    // MARK: Fields

    /// The year the report speaks for, when it is not the date's: a year its
    /// title names (酒泉市2023年法治宣传教育工作总结, published in January 2024)
    /// or the note under it (（2023年度）), else, without a date, the latest year the text reports on.
    private func reportYear(title: String, date: ReportDate?) -> Int? {
        let periodNote = subtitle.flatMap { StructureBuilder.isPeriodNote($0) ? TextFacts.reportYear(in: $0) : nil }
        let year = options.year ?? TextFacts.reportYear(in: title) ?? periodNote
            ?? (date == nil ? TextFacts.reportYear(in: bodyText) : nil)
        return year == date?.year ? nil : year
    }

    private mutating func inferTitle(path: String) -> String {
        // An e-mail's first lines are a forwarder's note; its subject names what it carries.
        if let subject = metadata.mailSubject, !subject.isEmpty { return withoutColumnTag(subject) }
        if let title = structure.title { return withoutColumnTag(title) }
        // A gazette's page opens with the end of the document before: the first heading
        // that names a document (凤岐市人民政府 关于…工作情况的通报) is the report's title.
        if let heading = structure.blocks.first(where: { block in
            if case .heading = block.kind { return block.text.wholeMatch(of: Self.documentTitle) != nil }
            return false
        }) { return heading.text }
        // No headline on the page: the first sentence stands in, and the user is told.
        // A saved page's head may name it.
        if let title = metadata.title { return title }
        // A stray 。 before it is no sentence; a text of nothing but marks gives the file's name.
        let first = firstParagraph ?? structure.blocks.first?.text ?? ""
        let sentences = first.split(whereSeparator: { "。！？!?".contains($0) }).map { String($0.prefix(60)).trimmingSpaces }
        missing.append(MissingField(key: "title", hint: "no headline found; the first sentence stands in — write the report's title"))
        return sentences.first { !$0.isEmpty }.map(withoutColumnTag) ?? fileName(of: path)
    }

    /// 关于…的通报, 关于…情况的报告: an official document's title.
    private static var documentTitle: Regex<Substring> { #/.{0,30}关于.{2,60}(?:通报|报告|通知|意见|决定|总结)/# }

    /// 【工作动态】…, 【法治乡村·年终晒账本】…: the title without the column a news page files the story under.
    private func withoutColumnTag(_ title: String) -> String {
        guard let column = title.prefixMatch(of: #/【[^】]{1,12}】\s*/#), column.range.upperBound < title.endIndex
        else { return title }
        return String(title[column.range.upperBound...])
    }

    private func fileName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return name }
        return String(name[..<dot])
    }

    private mutating func inferRegion(title: String, path: String) throws(ImportError) -> RegionGuess {
        if let name = options.region {
            if let entry = regions.entry(named: name) {
                return RegionGuess(name: entry.name, province: entry.province, parent: entry.parent, level: entry.level, isKnown: true)
            }
            warnings.append("region \(name) is not in content/regions.yml; add it there so its province and level are known")
            return RegionGuess(name: name, province: nil, parent: nil, level: nil, isKnown: false)
        }
        // Last, the office that signed it (禾澄区鸣溪街道桂香里社区居民委员会 under a community's title),
        // the source the page names (来源 | 桐溪县司法局 under a WeChat post), and the offices a
        // township's report is addressed to (汝川县委政法委、县司法局：).
        let lead = firstParagraph.map { String($0.prefix(200)) }
        // Then the site's name over its chrome (岚川市人民政府门户网站 over a board of its citizens'
        // messages). Last of all, the place the publisher's address names first: a city paper's
        // city (地址：澴阳市澴城区…), whose story says only 我市.
        let publisher = metadata.address.flatMap { RegionInference.placeMentions(in: $0).first?.name }
        // A digest's first item names its own county; the office that compiled it speaks for them all.
        var texts = (isDigestOfPlaces
            ? [title, subtitle, metadata.source, issuer, lead, metadata.addressees, metadata.siteName, publisher]
            : [title, subtitle, lead, issuer, metadata.source, metadata.addressees, metadata.siteName, publisher]).compactMap { $0 }
        // A city paper's story of 全市 or 我市 is its city's, whichever district its lead opens in;
        // any other story of the paper's is its city's only when nothing else names a place.
        if let city = papersCity {
            let ofTheWholeCity = [title, subtitle].contains { $0?.contains(#/全市|我市/#) ?? false }
            if ofTheWholeCity { texts.insert(city, at: 0) } else { texts.append(city) }
        }
        guard var guess = RegionInference.region(in: texts, known: regions) else { throw .noRegion(path: path) }
        // 东澜区 in a wiki page's title, 甬川市东澜区司法局 over it: the district's city.
        if !guess.isKnown, guess.parent == nil, guess.level == .district || guess.level == .county {
            guess.parent = RegionInference.cityNamedBefore(guess.name, in: structure.blocks.map(\.text))
        }
        if !guess.isKnown {
            warnings.append("region \(guess.name) was read from the text but is not in content/regions.yml; check it, add it to regions.yml, or pass --region")
        }
        return guess
    }

    /// 鹤岭市 for a story of 鹤岭日报 (its source or site), when the text names the city so.
    private var papersCity: String? {
        guard let paper = [metadata.source, metadata.siteName].lazy.compactMap({ $0?.prefixMatch(of: Self.cityPaper) }).first
        else { return nil }
        let city = paper.output.1 + "市"
        return structure.blocks.contains { $0.text.contains(city) } ? String(city) : nil
    }

    /// 鹤岭日报, 澴阳晚报数字报: a city's paper, named after it.
    private static var cityPaper: Regex<(Substring, Substring)> { #/(\p{Script=Han}{2,3}?)(?:日报|晚报|都市报)/# }

    /// A digest of items from the places below the region (汉坪区:禁毒宣传进广场, 白湖县:…):
    /// three or more blocks that begin with different places, each before a colon.
    private var isDigestOfPlaces: Bool {
        var places: Set<String> = []
        for block in structure.blocks {
            guard let label = block.text.prefixMatch(of: #/([^:：]{2,12})[:：]./#),
                  let place = RegionInference.placeMentions(in: String(label.output.1)).first else { continue }
            places.insert(place.name)
            if places.count >= 3 { return true }
        }
        return false
    }

    /// A parent read only from the text names no region the build knows, and
    /// the build stops at it. It is written all the same (a district without
    /// it could be taken for another of its name), and the user is told.
    private mutating func warnIfParentUnknown(_ region: RegionGuess) {
        guard let parent = region.parent, !region.isKnown, regions.entry(named: parent) == nil else { return }
        warnings.append("parent \(parent) is not in content/regions.yml either: add it there "
            + "(or import a report of \(parent)), or the build stops at this report")
    }

    /// The year a report dated `date` most likely speaks for: a year's review
    /// comes out from its December to the next March, so one dated in the
    /// first quarter speaks for the year before.
    static func yearReportedOn(_ date: ReportDate?) -> Int? {
        guard let date else { return nil }
        return date.month <= 3 ? date.year - 1 : date.year
    }

    /// 发布时间 on the page, else the date under the closing signature, else
    /// the day a report was delivered, under its title (——2023年10月24日在…会议上).
    private func inferDate() -> ReportDate? {
        if let published = metadata.publishedDate,
           let date = ReportDate(year: published.year, month: published.month, day: published.day) {
            return date
        }
        if let signature = structure.blocks.last(where: { $0.kind == .signature }),
           let signed = DateText.numbers(in: signature.text) {
            return ReportDate(year: signed.year, month: signed.month, day: signed.day)
        }
        guard let subtitle = structure.blocks.first(where: { $0.kind == .subtitle }),
              subtitle.text.hasPrefix("—") || subtitle.text.hasPrefix("－") || subtitle.text.hasPrefix("-"),
              let delivered = DateText.numbers(in: subtitle.text) else { return nil }
        return ReportDate(year: delivered.year, month: delivered.month, day: delivered.day)
    }

    private mutating func listMissing(in frontMatter: FrontMatter) {
        if frontMatter.province == nil {
            missing.append(MissingField(key: "province", hint: "add the region to content/regions.yml or pass --province"))
        }
        if frontMatter.level == nil {
            missing.append(MissingField(key: "level", hint: "add the region to content/regions.yml (city, district or county)"))
        }
        if frontMatter.date == nil {
            let known = frontMatter.year.map { "only the year \($0) was found in the text; " } ?? "no date or year found; "
            missing.append(MissingField(key: "date", hint: known + "pass --date YYYY-MM-DD if the publication date is known"))
        }
        if frontMatter.source == nil {
            missing.append(MissingField(key: "source", hint: "no 来源, site name, byline or signature on the page; pass --source-name"))
        }
        if frontMatter.sourceURL == nil {
            missing.append(MissingField(key: "source_url", hint: "no link in the text; add the page's address by hand"))
        }
        if frontMatter.period == nil {
            missing.append(MissingField(key: "period", hint: "the text names no five-year plan (七五, 八五)"))
        }
    }
}
