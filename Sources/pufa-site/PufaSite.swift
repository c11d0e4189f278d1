import ArgumentParser

@main
struct PufaSite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pufa-site",
        abstract: "Build a static site of legal-publicity (普法) reports: summary pages per region and indicator tables across regions.",
        discussion: """
        A project folder holds content/ (site.yml, regions.yml, indicators.yml, reports/*.md) \
        and Templates/ (Mustache templates and assets/). 'pufa-site build' writes the site to public/.
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, ImportCommand.self, IndicatorsCommand.self, CheckCommand.self],
        defaultSubcommand: nil
    )
}
