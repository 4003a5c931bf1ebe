import CoachKit
import TestSupport
import Testing

@Suite struct ScenarioCompilerTests {
  @Test func compilesTheFirstMeetingFixture() throws {
    let scenario = try firstMeeting()
    #expect(scenario.id == "first-meeting")
    #expect(scenario.title == "Your first meeting")
    #expect(scenario.area == "time")
    #expect(scenario.minutes == 10)
    #expect(scenario.version == 1)
    #expect(scenario.steps.map(\.id) == ["opening", "confidence", "format", "step", "wrap-up"])
    #expect(scenario.steps.map(\.ask) == [.text, .scale, .choice, .text, .none])
    #expect(scenario.startIndex == 0)
    let scale = try #require(scenario.steps[1].scale)
    #expect([scale.min, scale.max] == [1, 7])
    #expect([scale.low, scale.high] == ["not at all ready", "completely ready"])
    #expect(scenario.steps[1].scaleReplies.map(\.range) == [1...3, 4...7])
    #expect(scenario.steps[2].choices.map(\.label) == ["In person", "On a video call"])
    #expect(scenario.steps[4].isEnd)
  }

  @Test func resolvesStepReferencesToIndices() throws {
    let scenario = try firstMeeting()
    #expect(scenario.steps[0].next.map(\.step) == [1])
    #expect(scenario.steps[2].choices.flatMap { $0.next.map(\.step) } == [3, 3])
    #expect(scenario.stepIndex("wrap-up") == 4)
    #expect(scenario.stepIndex("nowhere") == nil)
  }

  @Test func namesUnnamedRulesAfterTheirStep() throws {
    let scenario = try firstMeeting()
    let ids = scenario.steps[0].rules.compactMap { item -> String? in
      if case .plain(let rule) = item { return rule.reference.id }
      return nil
    }
    #expect(ids == ["busy", "opening#2", "opening#3"])
  }

  @Test func infersWhatAStepAsksFromItsKeys() throws {
    let scenario = try scenario(
      scenarioHeader + """
        steps:
          - id: pick
            question: Which?
            choices: [One, Two]
          - id: rate
            question: How much?
            scale: {min: 0, max: 3}
          - id: free
            question: Why?
          - id: done
            end: true
        """)
    #expect(scenario.steps.map(\.ask) == [.choice, .scale, .text, .none])
    #expect(scenario.steps[1].scale?.low == "0")
  }

  @Test func usesTheScenarioAreaForThemesUnlessAStepSaysOtherwise() throws {
    let scenario = try scenario(
      scenarioHeader + """
        steps:
          - id: a
            question: One?
          - id: b
            question: Two?
            themes: [self-doubt, boundaries]
          - id: c
            question: Three?
            themes: all
          - id: done
            end: true
        """)
    #expect(scenario.steps[0].themeAreas == ["time"])
    #expect(scenario.steps[1].themeAreas == ["self-doubt", "boundaries"])
    #expect(scenario.steps[2].themeAreas == ["self-doubt", "time", "boundaries", "safety"])
  }

  @Test func honoursStartAndReadsDiscussTimes() throws {
    let scenario = try scenario(
      scenarioHeader + """
        start: b
        steps:
          - id: a
            say: Hello.
            discuss: 1m30s
          - id: b
            say: Hi.
            discuss: 90s
            next: a
          - id: done
            end: true
        """)
    #expect(scenario.startIndex == 1)
    #expect(scenario.steps.map(\.discussSeconds) == [90, 90, nil])
  }

  @Test func throwsEveryProblemFromLoad() throws {
    let prompts = try FixturePrompts.load()
    let text =
      scenarioHeader + """
        steps:
          - id: a
            quesiton: Hello?
            next: nowhere
          - id: done
            end: true
        """
    #expect {
      _ = try ScenarioCompiler.load(text, path: "bad.yaml", prompts: prompts)
    } throws: { error in
      guard let error = error as? ScenarioLoadError else { return false }
      return error.diagnostics.map(\.code) == [.unknownKey, .unknownStep]
    }
  }

  @Test func returnsWarningsBesideTheScenario() throws {
    let prompts = try FixturePrompts.load()
    let text =
      scenarioHeader + """
        steps:
          - id: a
            say: Hello.
            next: done
          - id: lost
            say: Nobody comes here.
          - id: done
            end: true
        """
    let (scenario, warnings) = try ScenarioCompiler.load(text, path: "warn.yaml", prompts: prompts)
    #expect(scenario.id == "test")
    #expect(warnings.map(\.code) == [.unreachableStep])
    #expect(warnings.map(\.severity) == [.warning])
    #expect(!warnings.hasErrors)
  }

  @Test func describesADiagnosticAsFileLineColumn() {
    let diagnostic = Diagnostic(
      .error, .unknownKey, "'quesiton' is not a key of a step",
      at: CoachKit.SourceLocation(path: "s.yaml", line: 3, column: 5))
    #expect(
      diagnostic.description == "s.yaml:3:5: error: 'quesiton' is not a key of a step [unknown-key]"
    )
    #expect(diagnostic.location.shortDescription == "s.yaml:3")
  }

  @Test func reportsEveryProblemInSourceOrder() throws {
    let text =
      scenarioHeader + """
        steps:
          - id: a
            quesiton: Hello?
            rules:
              - match: "* @bussy *"
                tags: [time.overlaod]
          - id: a
            end: true
        """
    let first = try compile(text).1
    let second = try compile(text).1
    #expect(first == second)
    let places = first.map { [$0.location.line, $0.location.column] }
    #expect(places == places.sorted { $0.lexicographicallyPrecedes($1) })
    #expect(
      Set(first.map(\.code)).isSuperset(of: [
        .unknownKey, .unknownConcept, .unknownTag, .duplicateID,
      ]))
  }
}
