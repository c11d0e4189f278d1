import ContentFormat

/// The seeds' regions, as content/regions.yml lists them.
enum TestRegions {
    static let table = KnownRegions(entries: [
        .init(name: "兰州市", province: "甘肃省", level: .city),
        .init(name: "白银市", province: "甘肃省", level: .city),
        .init(name: "城关区", province: "甘肃省", parent: "兰州市", level: .district),
        .init(name: "包头市", province: "内蒙古自治区", level: .city),
        .init(name: "威海市", province: "山东省", level: .city),
    ])
}
