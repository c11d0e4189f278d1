#if canImport(_FoundationICU)
// The ICU that Foundation's `applyingTransform` runs on Linux; its C functions carry a
// `swift_` prefix (ICU's symbol renaming).
import _FoundationICU

extension LiteralRules {
    /// The rules of ICU's transliterator `id`, read from the ICU that Foundation uses.
    ///
    /// Nil unless the rules are all literal and are all there is to the transliterator: its
    /// printed rules omit a global filter, so the scalars ICU says it may change, with and
    /// without its filter, must be exactly the scalars of the keys.
    init?(icuTransliterator id: String) {
        var status = U_ZERO_ERROR
        let idUnits = Array(id.utf16)
        guard let transliterator = swift_utrans_openU(
            idUnits, Int32(idUnits.count), UTRANS_FORWARD, nil, 0, nil, &status
        ) else { return nil }
        defer { swift_utrans_close(transliterator) }

        guard status.rawValue <= U_ZERO_ERROR.rawValue,
              let rulesText = Self.rulesText(of: transliterator), let rules = LiteralRules(icuRules: rulesText),
              Self.sourceSet(of: transliterator, ignoringFilter: false) == rules.keyScalars,
              Self.sourceSet(of: transliterator, ignoringFilter: true) == rules.keyScalars
        else { return nil }
        self = rules
    }

    private static func rulesText(of transliterator: UnsafeMutablePointer<UTransliterator?>) -> String? {
        var status = U_ZERO_ERROR
        let length = swift_utrans_toRules(transliterator, 0, nil, 0, &status)
        guard status == U_BUFFER_OVERFLOW_ERROR || status == U_ZERO_ERROR, length > 0 else { return nil }
        var units = [UInt16](repeating: 0, count: Int(length) + 1)
        status = U_ZERO_ERROR
        let written = swift_utrans_toRules(transliterator, 0, &units, Int32(units.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, written == length else { return nil }
        return String(decoding: units[..<Int(written)], as: UTF16.self)
    }

    /// The scalars the transliterator may change, as a Swift set (nil on any ICU error).
    private static func sourceSet(
        of transliterator: UnsafeMutablePointer<UTransliterator?>, ignoringFilter: Bool
    ) -> Set<Unicode.Scalar>? {
        guard let set = swift_uset_openEmpty() else { return nil }
        defer { swift_uset_close(set) }
        var status = U_ZERO_ERROR
        swift_utrans_getSourceSet(transliterator, ignoringFilter ? 1 : 0, set, &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        var scalars = Set<Unicode.Scalar>()
        for index in 0..<swift_uset_getItemCount(set) {
            var start: Int32 = 0, end: Int32 = 0
            status = U_ZERO_ERROR
            // Items are ranges, then strings (length > 0); a transliterator's source set has no strings.
            guard swift_uset_getItem(set, index, &start, &end, nil, 0, &status) == 0,
                  status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
            for value in start...end {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
                scalars.insert(scalar)
            }
        }
        return scalars
    }
}
#endif
