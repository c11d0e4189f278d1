import ContentFormat

/// The region a report speaks for: a 市/区/县/州/盟 named in its title or
/// first sentence, looked up in the editable table `content/regions.yml`.
struct RegionGuess: Sendable, Equatable {
    var name: String
    var province: String?
    var parent: String?
    var level: RegionLevel?
    /// Found in regions.yml, so province, parent and level can be trusted.
    var isKnown: Bool
}

enum RegionInference {
    /// Looks through `texts` in order (title, subtitle, first paragraph) and
    /// returns the first region named: a known one if any text names one,
    /// else a guess from the shape of a place name.
    static func region(in texts: [String], known: KnownRegions) -> RegionGuess? {
        for text in texts {
            if let entry = earliestKnownMention(in: text, known: known) {
                if let district = districtNamedAfter(entry, in: text) { return district }
                return RegionGuess(name: entry.name, province: entry.province, parent: entry.parent,
                                   level: entry.level, isKnown: true)
            }
        }
        for (index, text) in texts.enumerated() {
            let place = placeNameGuess(in: text)
            if place == nil, let province = provinceGuess(in: text),
               var local = texts[(index + 1)...].lazy.compactMap(addressGuess).first {
                // 湖南省民主法治示范村创建申报材料 over 申报单位：澧岚县金塘镇杨柳湾村: the title
                // names the level of an award, the address names the place applying for it.
                local.province = province.name
                return local
            }
            if var guess = place ?? provinceGuess(in: text) {
                guess.province = guess.province ?? provinceNamedBefore(guess, in: texts)
                return guess
            }
        }
        return nil
    }

    /// A place named as in an address, a township right after it (澧岚县金塘镇杨柳湾村):
    /// a place for certain, which a verb before a 县 (抽查县) is not.
    static func addressGuess(in text: String) -> RegionGuess? {
        guard let place = placeMentions(in: text).first(where: { mention in
            text[mention.range.upperBound...].prefixMatch(of: #/[\p{Script=Han}]{2,4}?(?:镇|乡|街道)/#) != nil
        }) else { return nil }
        return RegionGuess(name: place.name, province: nil, parent: nil, level: level(of: place.name), isKnown: false)
    }

    /// 河北省沧澜县人民法院 in the foreword of a report whose title names 沧澜县 alone: the
    /// province written right before the region, or before its city (河北省承德市沧澜县).
    static func provinceNamedBefore(_ guess: RegionGuess, in texts: [String]) -> String? {
        for text in texts {
            for mention in text.ranges(of: guess.name) {
                let before = text[..<mention.lowerBound]
                for province in provinceLevelNames {
                    guard let named = before.range(of: province, options: .backwards) else { continue }
                    let between = before[named.upperBound...]
                    if between.isEmpty || between.wholeMatch(of: cityName) != nil { return province }
                }
            }
        }
        return nil
    }

    /// 甬川市东澜区司法局 in a text whose title names 东澜区 alone: the city written right
    /// before the district or county.
    static func cityNamedBefore(_ name: String, in texts: [String]) -> String? {
        for text in texts {
            for mention in text.ranges(of: name) {
                let before = String(text[..<mention.lowerBound])
                guard let city = placeMentions(in: before).last, city.range.upperBound == before.endIndex,
                      level(of: city.name) == .city else { continue }
                return city.name
            }
        }
        return nil
    }

    /// The city between a province and a county (承德市 in 河北省承德市沧澜县).
    private static var cityName: Regex<Substring> { #/[\p{Script=Han}]{2,4}(?:市|州|盟|地区)/# }

    /// The provinces and autonomous regions, the regions above every city the
    /// site compares (a 直辖市's districts have their city as province).
    static let provinceLevelNames = [
        "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
        "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
        "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
        "北京市", "天津市", "上海市", "重庆市",
    ]

    static var provincePattern: Regex<(Substring, Substring)> { #/([\p{Script=Han}]{2,3}省|[\p{Script=Han}]{2,6}?自治区)/# }

    /// 甘肃省 named with no city or district after it (甘肃省2023年法治宣传教育工作报告):
    /// the province's own report, a region of its own province.
    static func provinceGuess(in text: String) -> RegionGuess? {
        guard let match = text.firstMatch(of: provincePattern) else { return nil }
        let name = String(match.output.1)
        guard isPlaceName(name), text[match.range.upperBound...].prefixMatch(of: #/[\p{Script=Han}]{1,4}?(?:市|区|县|州|盟|旗)/#) == nil
        else { return nil }
        return RegionGuess(name: name, province: name, parent: nil, level: .province, isKnown: false)
    }

    /// The known region named first in `text`; at the same place the most
    /// specific wins, so 兰州市城关区 is the district, not the city.
    static func earliestKnownMention(in text: String, known: KnownRegions) -> KnownRegions.Entry? {
        let candidates = known.mentions(in: text).compactMap { entry -> (entry: KnownRegions.Entry, offset: Int, length: Int)? in
            if entry.parent != nil, let range = text.range(of: entry.qualifiedName) {
                return (entry, text.distance(from: text.startIndex, to: range.lowerBound), entry.qualifiedName.count)
            }
            guard let range = mention(of: entry, in: text) else { return nil }
            // 城关区 alone may be this table's 城关区; 拉萨市城关区 names another one.
            if entry.parent != nil, let before = text[..<range.lowerBound].last, "市州盟".contains(before) { return nil }
            return (entry, text.distance(from: text.startIndex, to: range.lowerBound), text.distance(from: range.lowerBound, to: range.upperBound))
        }
        return candidates.min { ($0.offset, -$0.length, $0.entry.name) < ($1.offset, -$1.length, $1.entry.name) }?.entry
    }

    /// Where `text` first names the entry, in full or, for an autonomous area, for short (临夏州).
    static func mention(of entry: KnownRegions.Entry, in text: String) -> Range<String.Index>? {
        let full = text.range(of: entry.name)
        let short = entry.shortName.flatMap { text.range(of: $0) }
        guard let full else { return short }
        guard let short else { return full }
        return short.lowerBound < full.lowerBound ? short : full
    }

    /// 张掖市甘州区 with only 张掖市 in the table: the district or county named
    /// right after a known city is the more specific region, in its province.
    static func districtNamedAfter(_ city: KnownRegions.Entry, in text: String) -> RegionGuess? {
        guard city.level == .city, city.parent == nil, let mention = mention(of: city, in: text),
              let match = text[mention.upperBound...].prefixMatch(of: phraseStartPlacePattern) else { return nil }
        let name = String(match.output.1)
        guard isPlaceName(name), level(of: name) != .city else { return nil }
        return RegionGuess(name: name, province: city.province, parent: city.name, level: level(of: name), isKnown: false)
    }

    /// Words that end in 市/区/县 without being places.
    static let commonWordsEndingLikePlaces: Set<String> = [
        "城市", "超市", "都市", "上市", "股市", "门市", "夜市", "集市", "全市", "本市", "该市", "我市", "各市", "市市",
        "社区", "园区", "景区", "小区", "城区", "市区", "辖区", "片区", "校区", "新区", "山区", "牧区", "矿区", "街区",
        "全区", "本区", "该区", "我区", "各区", "开发区", "高新区", "示范区", "保护区", "功能区", "试验区", "实验区",
        "工业区", "风景区", "服务区", "自治区", "全县", "本县", "该县", "我县", "各县", "郡县", "市县", "区县",
        // 全面依法治市委员会: governing by law, not a place.
        "法治市", "法治区", "法治县", "法治州", "法治旗",
        "农村地区", "偏远地区", "边远地区", "贫困地区", "民族地区", "边疆地区", "重点地区", "其他地区",
    ]

    /// \p{Script=Han}, not \p{Han}: the latter also takes 、, 。, 《 and 「 (their script
    /// extensions include Han), and read 市委、市政府 as the place 委、市.
    static var placePattern: Regex<(Substring, Substring)> { #/([\p{Script=Han}]{2}(?:市|区|县|州|盟|旗))/# }

    /// A longer name, up to four characters and its suffix (景德镇市,
    /// 鄂尔多斯市, 喀什地区): only where a phrase starts can text tell where
    /// such a name begins.
    static var phraseStartPlacePattern: Regex<(Substring, Substring)> {
        #/([\p{Script=Han}]{2,4}?(?:地区|市|区|县|州|盟|旗))/#
    }

    /// The places `text` names, in order: names of two characters and a
    /// suffix anywhere, longer ones where a phrase starts (the text's start,
    /// after a space, a digit or punctuation, or after 年).
    static func placeMentions(in text: String) -> [(name: String, range: Range<String.Index>)] {
        var mentions: [(name: String, range: Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let startsPhrase = index == text.startIndex || startsPhrase(after: text[..<index])
            let phraseStart = startsPhrase ? text[index...].prefixMatch(of: phraseStartPlacePattern) : nil
            if let match = phraseStart, isPlaceName(String(match.output.1)) {
                mentions.append((String(match.output.1), match.range))
                index = match.range.upperBound
            } else if let match = phraseStart, commonWordsEndingLikePlaces.contains(String(match.output.1)) {
                // 农村地区: no place, and no place inside it (村地区).
                index = match.range.upperBound
            } else if let match = text[index...].prefixMatch(of: placePattern), isPlaceName(String(match.output.1)) {
                mentions.append((String(match.output.1), match.range))
                index = match.range.upperBound
            } else {
                index = text.index(after: index)
            }
        }
        return mentions
    }

    /// After a space, a digit, punctuation, a year (2023年) or a larger place
    /// (甘肃省, 内蒙古自治区, 包头市): where a place's name may begin.
    static func startsPhrase(after text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        return !last.isHan || "年省市州盟".unicodeScalars.contains(last) || text.hasSuffix("自治区")
    }

    /// A name of two characters and a suffix (`包头市`, `城关区`), or a longer
    /// one where a phrase starts (`景德镇市`), with a preceding city as its
    /// parent (`兰州市城关区`). Others are left to regions.yml, since text
    /// alone cannot tell where they begin.
    static func placeNameGuess(in text: String) -> RegionGuess? {
        let places = placeMentions(in: text)
        guard let first = places.first else { return nil }
        let name = first.name
        let level = level(of: name)
        // 拉萨市城关区: the district right after its city is the more specific region.
        if level == .city, places.count > 1, places[1].range.lowerBound == first.range.upperBound {
            let district = places[1].name
            if self.level(of: district) != .city {
                return RegionGuess(name: district, province: nil, parent: name, level: self.level(of: district), isKnown: false)
            }
        }
        return RegionGuess(name: name, province: nil, parent: nil, level: level, isKnown: false)
    }

    static func isPlaceName(_ name: String) -> Bool {
        // Function words, date words, the suffixes themselves, 全/本/该/各/我 (全市, 本区),
        // measure words (14个市州), 访 of an interview's subtitle (——访溪峪县司法局局长), and the
        // ends of offices' names (办公室和县司法局: no 室和县).
        let stopCharacters = Set("的在和与及了是对为把将被从向于年月日省市区县州盟旗全本该各我个座所家访室局厅处科院部委办".unicodeScalars)
        guard let first = name.unicodeScalars.first, !stopCharacters.contains(first) else { return false }
        // 中共澄岭县委: the Party's committee of the county, whose name follows 中共.
        guard !name.hasPrefix("中共") else { return false }
        // 记者就全市, 部分市: words around 全市 or of a share (部分, 其他), and function words
        // inside, name no place.
        guard !name.unicodeScalars.dropFirst().contains(where: { innerStopCharacters.contains($0) }),
              !sharesOfPlaces.contains(where: { name.hasPrefix($0) }),
              !(name.unicodeScalars.dropLast().last.map(wholeAreaWords.contains) ?? false) else { return false }
        // 甘肃省兰州, 区县: a larger place's suffix inside is two names, or none.
        let suffixLength = name.hasSuffix("地区") ? 2 : 1
        guard !name.unicodeScalars.dropLast(suffixLength).contains(where: { "省市区县".unicodeScalars.contains($0) }) else { return false }
        // 桂香里社区, 滨江小区: a neighbourhood, an estate or a park is no region of the site.
        return !commonWordsEndingLikePlaces.contains(name) && !smallAreaEndings.contains(where: name.hasSuffix)
    }

    private static let smallAreaEndings = ["社区", "小区", "园区", "景区", "校区", "街区", "片区", "辖区", "城区"]

    private static let innerStopCharacters = Set("的就在对把将被了是与及从向于为".unicodeScalars)
    /// 全市, 本区, 该县: the whole of the place the text is about, before its suffix.
    private static let wholeAreaWords = Set("全本该各我".unicodeScalars)
    private static let sharesOfPlaces = ["部分", "多数", "少数", "个别", "其他", "其余", "相关", "有关", "周边", "沿海", "重点", "所有", "全部"]

    static func level(of name: String) -> RegionLevel {
        name.hasSuffix("地区") ? .city : name.hasSuffix("区") ? .district : name.hasSuffix("县") || name.hasSuffix("旗") ? .county : .city
    }
}
