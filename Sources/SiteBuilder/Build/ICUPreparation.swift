import ContentFormat
import Foundation
import Indicators

/// ICU's transliterators are made the first time they are used: Any-Latin
/// for slugs, and the Hant-Hans rules for Traditional reports (read from ICU
/// and checked against it). Together they are most of a small site's build.
/// They are made on a thread of their own while the content is read.
enum ICUPreparation {
    static func start() {
        Thread.detachNewThread {
            Slug.prepare()
            _ = ScriptNormaliser.traditionalToSimplified.changes([])
        }
    }
}
