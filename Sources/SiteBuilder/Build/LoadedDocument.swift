import ContentFormat

extension SiteSession {
    /// One report file as last read, and what became of it.
    ///
    /// The document and what was made of it are held by reference: a
    /// session looks its documents up, and lists them, tens of thousands of
    /// times in a large site's build, and each look copies the entry. Held
    /// inline they made an entry 912 bytes and some forty references to
    /// count; held so, an entry is a few words.
    struct LoadedDocument: Sendable {
        var bytes: [UInt8]
        var diagnostics: [Diagnostic]
        /// In a session that keeps no sources, the Markdown until it is rendered (the document's body is empty).
        var pendingBody: PendingBody?
        private var heldDocument: Held<ReportDocument>?
        private var heldValid: Held<ValidReport>?
        private var heldRendered: Held<RenderedReport>?

        init(bytes: [UInt8], document: ReportDocument?, diagnostics: [Diagnostic],
             valid: ValidReport? = nil, rendered: RenderedReport? = nil, pendingBody: PendingBody? = nil) {
            self.bytes = bytes
            self.diagnostics = diagnostics
            self.pendingBody = pendingBody
            self.document = document
            self.valid = valid
            self.rendered = rendered
        }

        var document: ReportDocument? {
            get { heldDocument?.value }
            set { heldDocument = newValue.map(Held.init) }
        }

        /// Made when the report is first needed, dropped when the file or the settings change.
        var valid: ValidReport? {
            get { heldValid?.value }
            set { heldValid = newValue.map(Held.init) }
        }

        var rendered: RenderedReport? {
            get { heldRendered?.value }
            set { heldRendered = newValue.map(Held.init) }
        }
    }
}

/// A value that is only ever replaced whole, held by reference.
private final class Held<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
