/// Runs of neighbouring lines that share a shape (a menu's words, a transcript's
/// timed subtitles), of which only those at least `minimum` long are kept: fewer
/// may be the report's own lines that happen to look so.
struct LineRuns {
    let minimum: Int
    /// The indices of the lines in every run long enough, so far.
    private(set) var kept = Set<Int>()
    private var current: [Int] = []

    init(minimum: Int) {
        self.minimum = minimum
    }

    /// The line at `index` continues the current run.
    mutating func extend(with index: Int) {
        current.append(index)
    }

    /// The current run ends; it is kept if it is long enough.
    mutating func end() {
        if current.count >= minimum { kept.formUnion(current) }
        current = []
    }
}
