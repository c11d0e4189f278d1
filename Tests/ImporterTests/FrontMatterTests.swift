import ContentFormat
import Testing
@testable import Importer

/// Front matter inferred from the text, the page and regions.yml, and overridden by flags.
@Suite struct FrontMatterTests {
    func importing(_ text: String, options: ImportOptions = ImportOptions(), regions: KnownRegions = TestRegions.table) throws -> ImportedReport {
        try ReportImporter(regions: regions).importReport(text: text, path: "t.txt", options: options)
    }

    /// A digest's items each begin with their county (汉坪区:…): the first is no subtitle, and
    /// the office that compiled the digest, not the first item's county, gives the region.
    @Test func aDigestOfCountiesSpeaksForTheCityThatCompiledIt() throws {
        let report = try importing("""
        普法快讯(2024年第11期)
        发布时间:2024-06-14 09:32  来源:荆阳市普法办

        汉坪区:禁毒宣传进广场
        6月12日,汉坪区开展禁毒主题法治宣传活动,发放资料3,200余份。

        白湖县:“法律明白人”骨干集中充电
        6月11日,白湖县培训“法律明白人”骨干260名。

        石潭县:调解化解土地流转纠纷
        今年以来,石潭县共排查化解矛盾纠纷87件。
        """, regions: KnownRegions())
        #expect(report.frontMatter.region == "荆阳市")
        #expect(!report.blocks.contains { $0.kind == .subtitle })
    }

    @Test func districtOfACityComesFromTheTable() throws {
        let report = try importing("2023年11月,兰州市城关区司法局荣获“甘肃省行政复议体制改革先进集体”称号。\n今年以来,兰州市城关区紧紧围绕总要求开展工作。")
        #expect(report.frontMatter.region == "城关区")
        #expect(report.frontMatter.parent == "兰州市")
        #expect(report.frontMatter.level == .district)
        #expect(report.frontMatter.province == "甘肃省")
        #expect(report.frontMatter.year == 2023)
        #expect(report.missingFields.contains { $0.key == "title" })
    }

    @Test func aDistrictMissingFromTheTableUnderAKnownCityIsTheRegion() throws {
        let report = try importing("兰州市皋兰县“八五”普法中期评估报告\n\n自“八五”普法规划实施以来,皋兰县开展普法。")
        #expect(report.frontMatter.region == "皋兰县")
        #expect(report.frontMatter.parent == "兰州市")
        #expect(report.frontMatter.province == "甘肃省")
        #expect(report.frontMatter.level == .county)
        // A city's own report, and a city before a word that only looks like a place, stay the city's.
        #expect(try importing("兰州市普法工作报告\n\n今年以来,兰州市开展普法。").frontMatter.region == "兰州市")
        #expect(try importing("兰州市全市普法工作报告\n\n今年以来,兰州市开展普法。").frontMatter.region == "兰州市")
    }

    @Test func aProvincesOwnReportIsTheProvinces() throws {
        let report = try importing("甘肃省2023年法治宣传教育工作报告\n\n2023年,全省14个市州、86个县市区全部建成法治文化公园。")
        #expect(report.frontMatter.region == "甘肃省")
        #expect(report.frontMatter.province == "甘肃省")
        #expect(report.frontMatter.level == .province)
        #expect(RegionInference.provinceGuess(in: "内蒙古自治区普法工作综述")?.name == "内蒙古自治区")
        // A city after the province is the more specific region; a count of cities is no place.
        #expect(RegionInference.provinceGuess(in: "甘肃省嘉峪关市普法工作") == nil)
        #expect(RegionInference.placeNameGuess(in: "全省14个市州") == nil)
    }

    /// A title that names a province as an award's level over the address of the
    /// place applying for it: the place, in that province. A county after a verb is no address.
    @Test func anApplicationsAddressOutranksItsAwardsProvince() throws {
        let report = try importing("附件2\n\n湖南省民主法治示范村（社区）创建申报材料\n\n申报单位：澧岚县金塘镇杨柳湾村（盖章）\n\n一、村基本情况\n\n杨柳湾村位于澧岚县金塘镇东南部，全村共培育“法律明白人”31名。")
        #expect(report.frontMatter.region == "澧岚县")
        #expect(report.frontMatter.province == "湖南省")
        #expect(report.frontMatter.level == .county)
        let notice = try importing("湖南省2023年民主法治示范村复核情况的通报\n\n省司法厅组织人员分赴各地，实地抽查县（市、区）示范村120个。")
        #expect(notice.frontMatter.region == "湖南省")
        #expect(RegionInference.addressGuess(in: "实地抽查县（市、区）示范村") == nil)
    }

    /// Names longer than two characters are read where a phrase starts: the
    /// text's start, after punctuation, a year or a larger place.
    @Test func longerPlaceNamesWhereAPhraseStarts() throws {
        let guesses = [
            "景德镇市：“法治宣传+”模式让普法更接地气", "喀什地区2021年度法治宣传教育工作情况报告",
            "鄂尔多斯市东胜区：多措并举推进普法", "包头市昆都仑区普法工作综述", "甘肃省兰州新区普法工作",
            "2023年张家界市普法工作总结", "内蒙古自治区乌兰察布市普法工作",
        ].map { RegionInference.placeNameGuess(in: $0) }
        #expect(guesses.map { $0?.name } == ["景德镇市", "喀什地区", "东胜区", "昆都仑区", "兰州新区", "张家界市", "乌兰察布市"])
        #expect(guesses.map { $0?.parent } == [nil, nil, "鄂尔多斯市", "包头市", nil, nil, nil])
        #expect(guesses.map { $0?.level } == [.city, .city, .district, .district, .district, .city, .city])
        // After a comma a phrase starts; no province is half a name, and no common word holds a place.
        #expect(RegionInference.placeNameGuess(in: "今年以来，景德镇市开展普法")?.name == "景德镇市")
        #expect(RegionInference.placeNameGuess(in: "甘肃省兰州市普法工作")?.name == "兰州市")
        #expect(RegionInference.placeNameGuess(in: "全地区培养法律明白人") == nil)
        #expect(RegionInference.placeNameGuess(in: "农村地区普法工作") == nil)
    }

    /// Reports name an autonomous prefecture for short (临夏州); regions.yml names it in full.
    @Test func anAutonomousPrefecturesShortName() throws {
        let table = KnownRegions(entries: [KnownRegions.Entry(name: "临夏回族自治州", province: "甘肃省", level: .city)])
        let county = try importing("临夏州积石山县：“普法+”助力灾后重建\n\n今年以来,积石山县开展普法。", regions: table)
        #expect(county.frontMatter.region == "积石山县")
        #expect(county.frontMatter.parent == "临夏回族自治州")
        #expect(county.frontMatter.province == "甘肃省")
        let prefecture = try importing("临夏州2023年普法工作综述\n\n今年以来,临夏州开展普法。", regions: table)
        #expect(prefecture.frontMatter.region == "临夏回族自治州")
        #expect(table.entry(named: "临夏州")?.name == "临夏回族自治州")
    }

    /// A parent read only from the text stops the build until it is known: the user is told.
    @Test func anUnknownParentIsKeptWithAWarning() throws {
        let report = try importing("拉萨市城关区普法工作综述\n\n今年以来,拉萨市城关区开展普法。", regions: KnownRegions())
        #expect(report.frontMatter.parent == "拉萨市")
        #expect(report.warnings.contains { $0.contains("parent 拉萨市 is not in content/regions.yml") })
        let known = try importing("兰州市城关区普法工作综述\n\n今年以来,城关区开展普法。")
        #expect(!known.warnings.contains { $0.contains("parent") })
    }

    @Test func aDistrictOfTheSameNameUnderAnotherCityIsNotTaken() throws {
        let report = try importing("拉萨市城关区普法工作综述\n\n今年以来,拉萨市城关区开展普法。")
        #expect(report.frontMatter.region == "城关区")
        #expect(report.frontMatter.parent == "拉萨市")
        #expect(report.frontMatter.level == .district)
        #expect(report.frontMatter.province == nil)
        #expect(report.warnings.contains { $0.contains("regions.yml") })
    }

    @Test func cityInTheTitleWins() throws {
        let report = try importing("兰州市紧扣“三个关键点”推动普法依法治理工作提质增效\n其中,兰州市城关区法治文明实践中心被评为基地。")
        #expect(report.frontMatter.region == "兰州市")
        #expect(report.frontMatter.level == .city)
    }

    @Test func unknownRegionIsGuessedWithAWarning() throws {
        let report = try importing("酒泉市法治宣传教育工作综述\n\n今年以来,酒泉市深入开展普法工作。", regions: KnownRegions())
        #expect(report.frontMatter.region == "酒泉市")
        #expect(report.frontMatter.province == nil)
        #expect(report.warnings.contains { $0.contains("regions.yml") })
        #expect(report.missingFields.contains { $0.key == "province" })
    }

    @Test func noRegionAtAllIsAnError() {
        #expect(throws: ImportError.noRegion(path: "t.txt")) {
            try importing("法治宣传教育工作综述\n\n今年以来,深入开展普法工作。", regions: KnownRegions())
        }
    }

    /// \p{Han} also takes the ideographic comma and full stop: 镇党委、社区 names no place 委、社区.
    @Test func punctuationIsNoPartOfAPlace() {
        #expect(throws: ImportError.noRegion(path: "t.txt")) {
            try importing("桂溪镇司法所2025年工作总结\n\n2025年，在县司法局和镇党委、社区的指导下开展工作。", regions: KnownRegions())
        }
    }

    /// Words before 全市 or of a share (部分市), and function words inside (记者就全市,
    /// 记者从省), are no place: such a text names none, and import asks for one.
    @Test func wordsAroundASuffixAreNoPlace() throws {
        for text in ["让法治阳光照进百姓身边\n\n记者就全市普法工作采访了局长。",
                     "普法落地生根\n\n记者走访了部分市县。记者从省司法厅获悉，全省开展活动4.2万场。"] {
            #expect(throws: ImportError.noRegion(path: "t.txt")) { try importing(text, regions: KnownRegions()) }
        }
        #expect(RegionInference.isPlaceName("景德镇市"))
        #expect(RegionInference.isPlaceName("鄂尔多斯市"))
        #expect(!RegionInference.isPlaceName("访石泉县"), "——访石泉县司法局局长: the interview's verb")
        #expect(RegionInference.placeNameGuess(in: "——访石泉县司法局局长李明")?.name == "石泉县")
        #expect(!RegionInference.isPlaceName("月湖社区"), "a neighbourhood is no region of the site")
        let community = try importing("月湖社区2024年度工作总结\n临江区东门街道月湖社区居民委员会\n2024年12月18日\n社区今年开展普法活动12场。")
        #expect(community.frontMatter.region == "临江区", "the office that signed names the district")
        #expect(!RegionInference.isPlaceName("中共石泉县"))
        let post = try importing("白河司法2024年度回顾\n全年开展法治宣传活动900+场。\n来源 | 白河县司法局\n编辑 | 周敏")
        #expect(post.frontMatter.region == "白河县", "the source the page names names the county")
        #expect(post.frontMatter.source == "白河县司法局")
        #expect(!post.body.contains("周敏"))
    }

    /// An official document's head: its number and its addressees are no text, and the
    /// issuers on one line and 关于… on the next make one title.
    @Test func anOfficialDocumentsHead() throws {
        let text = "苍梧县教联〔2025〕4号\n\n苍梧县教育局　苍梧县司法局\n关于2024年度法治进校园工作情况的报告\n县委、县政府：\n2024年，全县开展法治讲座120场。"
        let report = try importing(text, regions: KnownRegions())
        #expect(report.frontMatter.title == "苍梧县教育局 苍梧县司法局关于2024年度法治进校园工作情况的报告")
        #expect(report.frontMatter.region == "苍梧县")
        #expect(!report.body.contains("〔2025〕"))
        #expect(!report.body.contains("县委、县政府"))
        #expect(report.removals.contains { $0.rule == .documentHead && $0.text == "县委、县政府：" })
        // An addressee with its text on the same line stays (市人大常委会: 4月27日,…).
        #expect(LineRules.rule(for: "市人大常委会: 4月27日,市人大常委会听取了报告。") == nil)
    }

    /// Whether a document is made public, under its signature, is no text: the office over
    /// the date signed it, and names the region a title of 全市 does not.
    @Test func aDisclosureNoteUnderTheSignature() throws {
        let text = "关于2024年度全市普法工作考核情况的通报\n\n各县、区普法办：\n\n全年开展法治宣传活动5,620场次。\n\n淮岭市普法办\n2025年2月14日\n\n（此件公开发布）\n"
        let report = try importing(text, regions: KnownRegions())
        #expect(report.frontMatter.region == "淮岭市")
        #expect(report.frontMatter.source == "淮岭市普法办")
        #expect(!report.body.contains("此件公开发布"))
        #expect(LineRules.rule(for: "(此件主动公开)") == .documentHead)
        #expect(LineRules.rule(for: "此件公开发布后，各地认真学习。") == nil, "a sentence about it stays")
    }

    /// A cover's two offices, each on its line over the month they issued it: one dateline.
    @Test func twoOfficesOverTheDateUnderTheTitle() throws {
        let text = "凤栖市2024年普法工作年度报告\n凤栖市全面依法治市委员会守法普法协调小组办公室\n凤栖市司法局\n2025年1月\n2024年，全市开展法治宣传活动6,800余场次。"
        let report = try importing(text, regions: KnownRegions())
        #expect(report.blocks.first?.kind == .signature)
        #expect(report.blocks.first?.text == "凤栖市全面依法治市委员会守法普法协调小组办公室\n凤栖市司法局\n2025年1月")
        #expect(report.frontMatter.source == "凤栖市全面依法治市委员会守法普法协调小组办公室")
        let uncosigned = try importing("凤栖市2024年普法工作年度报告\n凤栖市司法局\n一、总体情况\n2025年1月\n全市开展活动6,800余场次。", regions: KnownRegions())
        #expect(uncosigned.blocks.first?.kind != .signature, "a heading between the office and the date")
    }

    @Test func anOfficeOverWhatItReportsForAYear() throws {
        let report = try importing("东川区司法局\n2025年工作总结和2026年工作要点\n\n2025年，区司法局开展宣传活动80场。", regions: KnownRegions())
        #expect(report.frontMatter.title == "东川区司法局2025年工作总结和2026年工作要点")
    }

    /// A WeChat account's name over the article's header line is the account, not the headline.
    @Test func aWeChatAccountsNameOverItsHeader() throws {
        let text = "澄溪普法\n澄溪县司法局 2025年01月08日 17:30 湖北\n澄溪县：普法宣传进万家\n2024年，全县开展宣传活动120场。"
        let report = try importing(text, regions: KnownRegions())
        #expect(report.frontMatter.title == "澄溪县：普法宣传进万家")
        #expect(report.frontMatter.date?.description == "2025-01-08")
    }

    @Test func flagsOverrideWhatIsInferred() throws {
        let options = ImportOptions(region: "城关区", province: "甘肃省", date: ReportDate(iso: "2023-12-20"), sourceName: "城关区司法局")
        let report = try importing("兰州市普法工作报告\n\n今年以来,兰州市开展普法。", options: options)
        #expect(report.frontMatter.region == "城关区")
        #expect(report.frontMatter.parent == "兰州市")
        #expect(report.frontMatter.date?.description == "2023-12-20")
        #expect(report.frontMatter.source == "城关区司法局")
    }

    @Test func yearFlagWhenNoDate() throws {
        let report = try importing("兰州市普法工作报告\n\n今年以来,兰州市开展普法。", options: ImportOptions(year: 2021))
        #expect(report.frontMatter.year == 2021)
        #expect(report.frontMatter.date == nil)
    }

    @Test func aYearInTheTitleThatIsNotTheDatesIsKept() throws {
        let summary = try importing("酒泉市2023年法治宣传教育工作总结\n发布时间：2024-01-15\n\n2023年,酒泉市开展普法。")
        #expect(summary.frontMatter.date?.description == "2024-01-15")
        #expect(summary.frontMatter.year == 2023)
        #expect(summary.frontMatter.effectiveYear == 2023)
        // The date's own year, or a year only the body names, adds nothing beside the date.
        let sameYear = try importing("酒泉市2023年法治宣传教育工作总结\n发布时间：2023-12-28\n\n2023年,酒泉市开展普法。")
        #expect(sameYear.frontMatter.date?.description == "2023-12-28")
        #expect(sameYear.frontMatter.year == nil)
        let untitledYear = try importing("酒泉市法治宣传教育工作总结\n发布时间：2024-01-15\n\n2023年,酒泉市开展普法。")
        #expect(untitledYear.frontMatter.year == nil)
    }

    @Test func withoutADateTheTitlesYearWinsOverTheBodys() throws {
        let report = try importing("凉州区司法局2022年工作总结\n\n今年以来,凉州区开展普法。2023年将继续推进。")
        #expect(report.frontMatter.year == 2022)
        #expect(report.frontMatter.date == nil)
    }

    @Test func yearFlagBesideADate() throws {
        let options = ImportOptions(date: ReportDate(iso: "2024-01-15"), year: 2023)
        let report = try importing("兰州市普法工作报告\n\n今年以来,兰州市开展普法。", options: options)
        #expect(report.frontMatter.date?.description == "2024-01-15")
        #expect(report.frontMatter.year == 2023)
    }

    @Test func reportYearSkipsTargets() {
        #expect(TextFacts.reportYear(in: "2023年,包头市被确定为试点。到2025年全面建成。") == 2023)
        #expect(TextFacts.reportYear(in: "《2022年白银市普法依法治理工作要点》,2022年共命名") == 2022)
        #expect(TextFacts.reportYear(in: "没有年份") == nil)
        #expect(TextFacts.reportYear(in: "2023年,全区举办讲座215场。力争2024年举办不少于250场。") == 2023)
        #expect(TextFacts.reportYear(in: "澳门特区普法工作报告（2023）") == 2023)
        #expect(TextFacts.reportYear(in: "依据陇司发〔2025〕3号文件") == nil, "a document number is no year spoken for")
    }

    @Test func periodFromThePlanNamed() {
        #expect(TextFacts.period(in: "纵深推进“八五”普法规划") == "八五")
        #expect(TextFacts.period(in: "临夏州深化「八五」普法") == "八五")
        #expect(TextFacts.period(in: "关于全市“七五”普法决议和规划贯彻实施情况") == "七五")
        #expect(TextFacts.period(in: "关于深入开展第八个五年法治宣传教育的决议") == "八五")
        #expect(TextFacts.period(in: "“十四五”规划开局之年") == nil)
        let both = "2025年是“八五”普法规划的收官之年。2026年是“九五”普法规划的开局之年。"
        #expect(TextFacts.period(in: both) == "九五", "ties go to the later plan")
        #expect(TextFacts.period(in: both, year: 2025) == "八五", "unless one named spans the report's year")
        #expect(TextFacts.period(in: "“七五”普法", year: 2025) == "七五", "a plan named alone, whatever the year")
        #expect(TextFacts.years(of: "八五") == 2021...2025)
        #expect(TextFacts.years(of: "七五") == 2016...2020)
    }

    @Test func sourceURLWhenALinkIsPresent() throws {
        let report = try importing("兰州市普法工作报告\n原文链接: http://www.example.gov.cn/art/2024/12/1.html\n今年以来,兰州市开展普法。")
        #expect(report.frontMatter.sourceURL == "http://www.example.gov.cn/art/2024/12/1.html")
        #expect(!report.body.contains("http"))
    }

    @Test func welcomeLineNamesTheSite() throws {
        let report = try importing("歡迎訪問甘肅政法網(wǎng) 今天是 2024年12月23日 星期一\n\n白银市法治宣传教育工作综述\n\n今年以来,白银市开展普法。")
        #expect(report.frontMatter.source == "甘肃政法网")
        #expect(report.frontMatter.title == "白银市法治宣传教育工作综述")
        // The day the page was copied is not the report's date.
        #expect(report.frontMatter.date == nil)
    }
}
