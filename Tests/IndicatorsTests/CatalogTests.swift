import Foundation
import Indicators
import Testing
import Yams

@Suite struct CatalogFileTests {
    @Test func repositoryCatalogLoadsAndValidates() throws {
        let catalog = try TestFiles.catalog()
        #expect(catalog.definitions.count >= 20)
        #expect(catalog.definitions.map(\.order) == catalog.definitions.map(\.order).sorted())
        #expect(catalog.themes == IndicatorTheme.allCases, "every theme has at least one indicator")
    }

    /// The indicators issue #3 asks the catalog to start with.
    @Test(arguments: [
        "legal_understanding_persons", "model_villages_national", "model_villages_provincial", "model_villages_city",
        "model_households", "publicity_activities", "audience", "materials_distributed", "mediation_cases",
        "mediation_success_rate", "legal_aid_cases", "village_legal_advisers", "rule_of_law_lecturers",
        "legal_culture_parks", "legal_culture_corridors", "education_bases", "videos_produced",
        "programmes_produced", "funding",
    ])
    func seedIndicatorIsPresent(id: String) throws {
        #expect(try TestFiles.catalog().definition(id: id) != nil)
    }

    @Test func themesHaveChineseNamesInDisplayOrder() {
        #expect(IndicatorTheme.allCases.map(\.displayName) == [
            "人员队伍", "示范创建", "阵地建设", "宣传活动与受众", "调解与法律服务", "媒体传播", "经费及其他",
        ])
        #expect(IndicatorTheme.peopleTeams < IndicatorTheme.fundingOther)
    }

    @Test func decodesSnakeCaseYAML() throws {
        let yaml = """
            indicators:
              - id: test_indicator
                label: 测试
                theme: mediation_legal_services
                units: [件]
                order: 1
                match:
                  - all: [调解]
                    none: [兼职]
                    level: city
            """
        let file = try YAMLDecoder().decode(CatalogFile.self, from: yaml)
        let definition = try #require(file.indicators.first)
        #expect(definition.theme == .mediationLegalServices)
        #expect(definition.match == [MatchRule(all: ["调解"], none: ["兼职"], level: .city)])
        #expect(definition.priority == 0)
    }

    private func definition(_ id: String, order: Int, units: [String] = ["个"],
                            match: [MatchRule] = [MatchRule(all: ["词"])]) -> IndicatorDefinition {
        IndicatorDefinition(id: id, label: "标签", theme: .venues, units: units, match: match, order: order)
    }

    @Test func rejectsDuplicateIDs() {
        #expect(throws: CatalogError.duplicateID("parks")) {
            try IndicatorCatalog(definitions: [definition("parks", order: 1), definition("parks", order: 2)])
        }
    }

    @Test func rejectsNonASCIIIDs() {
        #expect(throws: CatalogError.invalidID("公园")) {
            try IndicatorCatalog(definitions: [definition("公园", order: 1)])
        }
        #expect(throws: CatalogError.invalidID("Parks")) {
            try IndicatorCatalog(definitions: [definition("Parks", order: 1)])
        }
    }

    @Test func rejectsEntriesThatCannotMatch() {
        #expect(throws: CatalogError.noUnits(id: "a")) {
            try IndicatorCatalog(definitions: [definition("a", order: 1, units: [])])
        }
        #expect(throws: CatalogError.noMatchRules(id: "a")) {
            try IndicatorCatalog(definitions: [definition("a", order: 1, match: [])])
        }
        #expect(throws: CatalogError.emptyRule(id: "a")) {
            try IndicatorCatalog(definitions: [definition("a", order: 1, match: [MatchRule(none: ["x"])])])
        }
    }

    @Test func rejectsDuplicateOrder() {
        #expect(throws: CatalogError.duplicateOrder(id: "b", order: 1)) {
            try IndicatorCatalog(definitions: [definition("a", order: 1), definition("b", order: 1)])
        }
    }

    @Test func errorMessagesSuggestTheFix() {
        #expect(CatalogError.noUnits(id: "a").description.contains("units:"))
    }
}
