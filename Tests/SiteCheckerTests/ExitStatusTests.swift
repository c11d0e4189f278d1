import ArgumentParser
import Testing
@testable import pufa_site

/// Errors make `pufa-site check` exit with 1; warnings alone leave it at 0.
@Suite struct ExitStatusTests {
    @Test func errorsFailTheCommand() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        try project.report("lanzhou", body: "见[附件](files/missing.pdf)。")
        let command = try CheckCommand.parse(["--source", project.root.path, "--build", "--quiet"])
        #expect(throws: ExitCode.failure) { try command.run() }
    }

    @Test func warningsAloneDoNot() throws {
        let project = try CheckProject()
        defer { project.cleanUp() }
        // No source and no site built: two warnings.
        try project.report("lanzhou", frontMatter: "year: 2024", body: "正文。")
        let command = try CheckCommand.parse(["--source", project.root.path, "--quiet"])
        #expect(project.check().warnings == 2)
        try command.run()
    }
}

/// `pufa-site build --base-url` is checked like `base_url` in site.yml, before anything is built.
@Suite struct BaseURLOptionTests {
    @Test func anAddressThatIsNoSiteAddressIsRefused() {
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--base-url", "https://example.org/pufa/../x/"]) }
        #expect(throws: (any Error).self) { try BuildCommand.parse(["--base-url", "example.org/pufa/"]) }
    }

    @Test func aSiteAddressOrNoneIsAccepted() throws {
        #expect(try BuildCommand.parse(["--base-url", "https://example.org/pufa/"]).baseURL == "https://example.org/pufa/")
        #expect(try BuildCommand.parse(["--base-url", ""]).baseURL == "")
    }
}
