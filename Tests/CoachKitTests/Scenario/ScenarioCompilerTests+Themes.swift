import CoachKit
import Foundation
import TestSupport
import Testing

/// How a scenario uses the theme list: tags, areas, `themes:` and its own tags' names.
@Suite struct ScenarioThemesTests {
  static func header(area: String, extra: String = "") -> String {
    """
    id: test
    title: A test
    area: \(area)
    summary: A scenario written inside a test.
    minutes: 5
    version: 1
    \(extra)

    """
  }

  static let steps = """
    steps:
      - id: ask
        question: What worries you?
        rules:
          - match: "* plan *"
            reply: Good.
      - id: done
        end: true
        say: "Noticed: {tags}."
    """

  @Test func anUnknownTagListsTheValidTagsWithTheNearest() throws {
    let (_, diagnostics) = try compile(
      scenarioHeader + """
        steps:
          - id: ask
            question: What worries you?
            rules:
              - match: "* busy *"
                tags: [time.overlaod]
                reply: You sound busy.
          - id: done
            end: true
        """)
    let diagnostic = try #require(diagnostics.first { $0.code == .unknownTag })
    #expect(diagnostic.notes.first == "did you mean 'time.overload'?")
    #expect(
      diagnostic.notes.contains { $0.hasPrefix("time: time.overload, time.clinical-conflict") })
    #expect(
      diagnostic.notes.contains { $0.hasPrefix("safety: safety.crisis, safety.other-at-risk") })
    #expect(diagnostic.notes.last == "or a tag of this scenario's own, such as 'x-overlaod'")
  }

  @Test func anAreaOfTheListIsAcceptedAndAnyOtherRefusedWithTheList() throws {
    let (_, good) = try compile(Self.header(area: "boundaries") + Self.steps)
    #expect(good.isEmpty, "\(good.map(\.description))")
    let (_, bad) = try compile(Self.header(area: "boundries") + Self.steps)
    let diagnostic = try #require(bad.first)
    #expect(diagnostic.code == .badValue)
    #expect(diagnostic.message.contains("self-doubt, time, boundaries, safety, other"))
    #expect(diagnostic.notes == ["did you mean 'boundaries'?"])
  }

  @Test func areaOtherWithoutThemesIsAWarningAndAnExplicitChoiceSilencesIt() throws {
    let (plain, warned) = try compile(Self.header(area: "other") + Self.steps)
    #expect(warned.map(\.code) == [.noSharedThemes])
    #expect(warned.first?.severity == .warning)
    #expect(plain?.steps[0].themeAreas == [])
    let (none, quiet) = try compile(Self.header(area: "other", extra: "themes: none") + Self.steps)
    #expect(quiet.isEmpty)
    #expect(none?.steps[0].themeAreas == [])
    let (chosen, _) = try compile(
      Self.header(area: "other", extra: "themes: [time, self-doubt]") + Self.steps)
    #expect(chosen?.steps[0].themeAreas == ["time", "self-doubt"])
  }

  @Test func theScenarioThemesAreTheDefaultForItsSteps() throws {
    var engine = startedEngine(
      try scenario(Self.header(area: "self-doubt", extra: "themes: all") + Self.steps))
    let tags = engine.say("I am swamped and feel a fraud").flatMap(\.tags)
    #expect(Set(tags) == ["time.overload", "doubt.impostor"])
  }

  @Test func everyStepAreasTagAnswersWhateverTheStepsThemes() throws {
    let (tagsExtra, themesExtra) = (
      "",
      "  - id: tired\n    area: safety\n    match: \"* burnt out *\"\n    tags: [wellbeing.exhaustion]\n"
    )
    let (loaded, diagnostics) = try ThemeCatalogueTests.extended(
      tags: tagsExtra, themes: themesExtra)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let yaml = Self.header(area: "other", extra: "themes: none") + Self.steps
    let (compiled, _) = ScenarioCompiler.compile(
      yaml, path: "test.yaml", prompts: try #require(loaded))
    var engine = Engine(scenario: try #require(compiled))
    _ = engine.start()
    #expect(engine.say("I am burnt out").flatMap(\.tags) == ["wellbeing.exhaustion"])
  }

  @Test func aScenarioNamesItsOwnTagsForSummaries() throws {
    let yaml =
      Self.header(area: "time", extra: "tags:\n  x-step: a concrete next step\n  x-quiet: quiet")
        + """
        steps:
          - id: ask
            question: What will you do?
            rules:
              - match: "* plan *"
                tags: [x-step, x-unnamed]
                reply: Good.
          - id: done
            end: true
            say: "Noticed: {tags}."
        """
    var engine = startedEngine(try scenario(yaml))
    #expect(engine.say("a plan").map(\.text).contains("Noticed: a concrete next step."))
    let (_, bad) = try compile(Self.header(area: "time", extra: "tags: {step: words}") + Self.steps)
    #expect(bad.map(\.code) == [.unknownTag])
  }
}
