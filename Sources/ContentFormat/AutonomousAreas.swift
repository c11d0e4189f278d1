/// Autonomous prefectures and counties are named in full in tables
/// (临夏回族自治州, 积石山保安族东乡族撒拉族自治县) and short in reports (临夏州,
/// 积石山县): the name without its peoples and 自治.
enum AutonomousAreas {
    /// The 56 peoples of China, as area names write them.
    static let peoples: [String] = [
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
        "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族",
        "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
        "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
        "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    ].sorted { $0.count > $1.count }

    /// 临夏回族自治州 → 临夏州, 积石山保安族东乡族撒拉族自治县 → 积石山县; nil for
    /// any other name, or when no name is left before the peoples.
    static func shortName(of name: String) -> String? {
        for suffix in ["自治州", "自治县", "自治旗"] where name.hasSuffix(suffix) {
            var rest = String(name.dropLast(suffix.count))
            var strippedAny = false
            while let people = peoples.first(where: { rest.hasSuffix($0) && rest.count > $0.count }) {
                rest.removeLast(people.count)
                strippedAny = true
            }
            guard strippedAny, rest.count >= 2 else { return nil }
            return rest + String(suffix.last!)
        }
        return nil
    }
}
