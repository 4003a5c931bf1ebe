import CoachKit
import Foundation
import TestSupport
import Testing

/// The theme list of `Prompts/tags.yaml`: its reference page, and what a site can add to it.
@Suite struct ThemeCatalogueTests {
  /// One area as docs/themes.md describes it.
  struct DocumentedArea: Equatable {
    var id: String
    var name: String
    var description: String
    var isEveryStep: Bool
    var tags: [[String]]
  }

  /// The areas of the "The list" section of docs/themes.md, read from its headings and tables.
  static func documentedAreas() throws -> [DocumentedArea] {
    let text = try BundledPrompts.text("docs/themes.md")
    let list = try #require(text.range(of: "\n## The list\n"))
    let end = text.range(of: "\n## ", range: list.upperBound..<text.endIndex)?.lowerBound
    var areas: [DocumentedArea] = []
    for line in text[list.upperBound..<(end ?? text.endIndex)].split(separator: "\n") {
      if line.hasPrefix("### "), let open = line.firstIndex(of: "(") {
        let id = line[open...].trimmingCharacters(in: CharacterSet(charactersIn: "()`"))
        let name = line.dropFirst(4)[..<open].trimmingCharacters(in: .whitespaces)
        areas.append(
          DocumentedArea(id: id, name: name, description: "", isEveryStep: false, tags: []))
      } else if line.hasPrefix("| `") {
        let cells = line.split(separator: "|").map {
          $0.trimmingCharacters(in: CharacterSet(charactersIn: " `"))
        }
        areas[areas.count - 1].tags.append(cells)
      } else if line.hasPrefix("*Every step*") {
        areas[areas.count - 1].isEveryStep = true
      } else if !line.hasPrefix("|"), !areas.isEmpty, areas[areas.count - 1].description.isEmpty {
        areas[areas.count - 1].description = String(line.dropLast())
      }
    }
    return areas
  }

  @Test func theReferencePageSaysWhatTheTagsFileSays() throws {
    let (prompts, diagnostics) = try BundledPrompts.load()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let catalogue = try #require(prompts).themes
    let fromFile = catalogue.areas.map { area in
      DocumentedArea(
        id: area.id, name: area.name,
        description: area.description.prefix(1).uppercased() + area.description.dropFirst(),
        isEveryStep: area.isEveryStep,
        tags: area.tags.map { [$0.id, $0.name, $0.description] })
    }
    let documented = try Self.documentedAreas()
    #expect(documented.count == fromFile.count)
    for (file, page) in zip(fromFile, documented) {
      #expect(file == page, "docs/themes.md differs from Prompts/tags.yaml for area '\(file.id)'")
    }
  }

  @Test func theBundledListHasTheSafetyTagsCheckedAtEveryStep() throws {
    let catalogue = try #require(try BundledPrompts.load().0).themes
    for tag in ["safety.crisis", "safety.other-at-risk", "wellbeing.exhaustion"] {
      #expect(catalogue.area(of: tag) == "safety")
    }
    #expect(catalogue.everyStepAreas == ["safety"])
    #expect(catalogue.isKnown("x-mine"))
    #expect(!catalogue.isKnown("x-"))
    #expect(!catalogue.isKnown("doubt.imposter"))
  }

  /// The fixture prompts with extra text appended to the tags and themes files.
  static func extended(tags: String, themes: String = "") throws -> (Prompts?, [Diagnostic]) {
    func file(_ name: String, adding extra: String = "") throws -> PromptsLoader.File {
      let url = FixturePrompts.folder.appendingPathComponent(name)
      return PromptsLoader.File(
        text: try String(contentsOf: url, encoding: .utf8) + extra, path: name)
    }
    let names = PromptsLoader.fileNames
    return PromptsLoader.load(
      voice: try file(names.voice), tags: try file(names.tags, adding: tags),
      themes: try file(names.themes, adding: themes), safety: try file(names.safety),
      helpLines: try file(names.helpLines))
  }

  @Test func aSiteAddsAnAreaAndATagWithoutARebuild() throws {
    let (loaded, diagnostics) = try Self.extended(
      tags: """

          research:
            name: Research
            description: mentoring around research work
            tags:
              northgate.grant-pressure:
                name: grant deadlines
                description: grant or publication deadlines crowd out mentoring

        """,
      themes: """
          - id: grants
            area: research
            match: "* grant *"
            tags: [northgate.grant-pressure]

        """)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let prompts = try #require(loaded)
    #expect(prompts.themes.areaNames.last == "research")
    #expect(prompts.voice.tagNames["northgate.grant-pressure"] == "grant deadlines")
    let yaml = """
      id: grants
      title: Grants
      area: research
      summary: A site's own area.
      minutes: 5
      version: 1
      steps:
        - id: ask
          question: What gets in the way?
          rules:
            - match: "* deadline *"
              tags: [northgate.grant-pressure]
              reply: Deadlines are real.
        - id: done
          end: true
          say: "Noticed: {tags}."
      """
    let (compiled, found) = ScenarioCompiler.compile(yaml, path: "grants.yaml", prompts: prompts)
    #expect(found.isEmpty, "\(found.map(\.description))")
    var engine = Engine(scenario: try #require(compiled))
    _ = engine.start()
    let outputs = engine.handle(.answer("the grant deadline takes all my time"))
    #expect(outputs.flatMap(\.tags).contains("northgate.grant-pressure"))
    #expect(outputs.map(\.text).contains("Noticed: grant deadlines."))
  }

  @Test(arguments: [
    ("  Time:\n    name: T\n    tags: {}\n", "the area id 'Time'"),
    ("  other:\n    name: O\n    tags: {}\n", "not be 'other'"),
    (
      "  more:\n    name: M\n    tags:\n      loose:\n        name: L\n        description: D\n",
      "'prefix.name'"
    ),
    (
      "  more:\n    name: M\n    tags:\n      doubt.impostor:\n        name: L\n        description: D\n",
      "listed twice"
    ),
    (
      "  more:\n    name: M\n    tags:\n      more.thing:\n        description: D\n",
      "has no 'name'"
    ),
  ])
  func refusesAMalformedSiteAddition(extra: String, message: String) throws {
    let (prompts, diagnostics) = try Self.extended(tags: "\n" + extra)
    #expect(prompts == nil)
    #expect(diagnostics.contains { $0.message.contains(message) }, "\(diagnostics.map(\.message))")
  }
}
