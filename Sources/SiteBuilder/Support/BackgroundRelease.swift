import Foundation

/// Lets go of `value` on another thread, so that whoever is done with a
/// large value (a whole site's model: millions of strings and arrays) need
/// not wait while it is freed. A process that exits first leaves the
/// freeing to the system.
func releaseInBackground<Value: Sendable>(_ value: consuming Value) {
    let held = value
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
}
