import Foundation
import Synchronization

/// Lets go of `value` on another thread, so that whoever is done with a
/// large value (a whole site's model: millions of strings and arrays) need
/// not wait while it is freed. A process that exits first leaves the
/// freeing to the system.
func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    let held = HeldValue(value)
    DispatchQueue.global(qos: .utility).async { held.drop() }
}

/// A value emptied by whichever thread drops it. The caller's copy of the
/// block, released after `async` returns, may be the last reference to
/// the block's context: were the value captured there directly, a worker
/// quick to run the block would leave the freeing to the caller after all.
private final class HeldValue<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: consuming Value) {
        self.value = Mutex(value)
    }

    func drop() {
        value.withLock { $0 = nil }
    }
}
