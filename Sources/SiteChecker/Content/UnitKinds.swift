/// What a unit counts, for comparing figures across regions. Units are
/// already normalised by the extractor (万人 → 人, 万元 → 元, 场(次) → 场次),
/// so only words that count the same thing differently are grouped here.
enum UnitKinds {
    /// Measure words that count the same thing: 1410名 and 2779人 are both
    /// people; 5个 and 3处 bases, 74个 and 70家 offices, are both things.
    private static let groups: [(kind: String, units: Set<String>)] = [
        ("people", ["人", "名", "位"]),
        ("occurrences", ["场", "场次", "次"]),
        ("rounds", ["轮", "轮次", "期", "批", "班"]),
        ("things", ["个", "家", "所", "处", "座", "部", "件", "项", "条", "份", "册", "本", "篇", "集",
                    "首", "幅", "张", "套", "台", "辆", "块", "间", "档", "支", "起", "宗", "部门"]),
    ]

    /// Units of one kind share a key; every other unit is its own kind,
    /// 人次 (attendances) apart from 人 (people), a bare number apart from all.
    static func kind(of unit: String) -> String {
        groups.first { $0.units.contains(unit) }?.kind ?? "unit:\(unit)"
    }

    static func display(_ unit: String) -> String {
        unit.isEmpty ? "no unit" : unit
    }
}
