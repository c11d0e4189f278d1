// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "pufa-site",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pufa-site", targets: ["pufa-site"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // System libraries: each is imported by exactly one module.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        // libxml2's table of HTML's named character references (&nbsp;, &ldquo;).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // The content format shared by the builder and the importer.
        .target(
            name: "ContentFormat",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Chinese quantities, the indicator catalog, fact extraction. Links the ICU that
        // Foundation uses on Linux to read its Hant-Hans rules (TraditionalToSimplified.swift).
        .target(name: "Indicators", linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        // Mustache templates compiled into programs that write bytes; swift-mustache is
        // their reference, and renders what the compiler does not cover.
        .target(
            name: "CompiledMustache",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")]
        ),
        // Finding the bytes HTML, JSON and CSV escape, eight bytes at a time.
        .target(name: "ByteScan"),
        // libcmark wrapper: Markdown → HTML with heading ids and in-place marks.
        .target(name: "Markdown", dependencies: ["CCmark", "ByteScan"]),
        // load → validate → extract → render → model → views → templates → stage → swap.
        .target(
            name: "SiteBuilder",
            dependencies: [
                "ByteScan", "ContentFormat", "Indicators", "Markdown", "CompiledMustache",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `pufa-site check`: lints the content and the built site. Only the CLI depends on it.
        .target(name: "SiteChecker", dependencies: ["ContentFormat", "Markdown", "SiteBuilder"]),
        // Raw web text or a saved page → content Markdown with front matter.
        .target(
            name: "Importer",
            dependencies: ["ContentFormat", "Indicators", "COpenCC", "CLibXML2", .product(name: "Yams", package: "Yams")]
        ),
        // `pufa-site serve`: Hummingbird, file watching, live reload.
        .target(
            name: "PreviewServer",
            dependencies: [
                "SiteBuilder", "Markdown",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The command line only: arguments, progress output, exit codes.
        .executableTarget(
            name: "pufa-site",
            dependencies: [
                "SiteBuilder", "SiteChecker", "Importer", "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc in place of glibc's allocator: a build makes and frees
            // millions of small strings and arrays on every core, and glibc's
            // malloc and free were a tenth of its CPU (10,000 reports: 17.0 s
            // of CPU with glibc, 15.5 s with jemalloc; Debian libjemalloc-dev).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),

        .testTarget(
            name: "ContentFormatTests",
            dependencies: ["ContentFormat", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "IndicatorsTests",
            dependencies: [
                "Indicators",
                "Importer",
                "ContentFormat",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Labelled"]
        ),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(
            name: "ByteScanTests",
            dependencies: ["ByteScan", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "CompiledMustacheTests",
            dependencies: [
                "CompiledMustache",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: [
                "SiteBuilder",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "SiteCheckerTests",
            dependencies: ["SiteChecker", "SiteBuilder", "pufa-site", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ImporterTests", dependencies: ["Importer", "Indicators"]),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: ["PreviewServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
