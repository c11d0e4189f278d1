import Foundation

extension Array where Element: Sendable {
    /// `map` on all cores. Results keep the input order, which is what keeps
    /// the output deterministic however the work is scheduled.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        // Each result is made in its own slot of the array returned, not in
        // an array of optionals copied out after: results can be large (a
        // loaded report is close to a kilobyte), and there are thousands.
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration initialises only its own slot, so no two threads
            // touch the same memory; every iteration has run when this returns.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.baseAddress! + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}
