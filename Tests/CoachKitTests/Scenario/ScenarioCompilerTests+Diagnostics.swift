import CoachKit
import TestSupport
import Testing

/// Where each diagnostic points, checked with markers in the YAML.
@Suite struct ScenarioDiagnosticLocationTests {
  @Test func pointsAtAnUnknownKeyAndSuggestsTheNearest() throws {
    let source = MarkedText(
      scenarioHeader + """
        steps:
          - id: a
            ⟦1⟧quesiton: Hello?
            next: done
          - id: done
            end: true
        """)
    let (_, diagnostics) = try compile(source.text)
    expectDiagnostics(
      diagnostics, in: source, [ExpectedDiagnostic(.unknownKey, at: "1", message: "'quesiton'")])
    #expect(diagnostics.first?.notes == ["did you mean 'question'?"])
  }

  @Test func pointsAtTheMappingThatLacksAKey() throws {
    try expectDiagnostics(
      compiling: """
        ⟦1⟧id: test
        title: A test
        area: time
        minutes: 5
        version: 1
        steps:
          - ⟦2⟧say: No id here.
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.missingKey, at: "1", message: "'summary'"),
        ExpectedDiagnostic(.missingKey, at: "2", message: "'id'"),
      ])
  }

  @Test func pointsAtValuesOfTheWrongKind() throws {
    try expectDiagnostics(
      compiling: """
        id: test
        title: A test
        area: ⟦1⟧tme
        summary: S.
        minutes: ⟦2⟧ten
        version: 1
        steps:
          - id: a
            ask: ⟦3⟧txt
            question: Hello?
            discuss: ⟦4⟧soon
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.badValue, at: "1", message: "'area'"),
        ExpectedDiagnostic(.badValue, at: "2", message: "whole number"),
        ExpectedDiagnostic(.badValue, at: "3", message: "'ask'"),
        ExpectedDiagnostic(.badValue, at: "4", message: "'discuss'"),
      ])
  }

  @Test func pointsAtTheSecondOfTwoStepsWithOneID() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: a
            say: One.
          - id: ⟦1⟧a
            say: Two.
          - id: done
            end: true
        """,
      [ExpectedDiagnostic(.duplicateID, at: "1", message: "'a'")])
  }

  @Test func pointsAtUnknownStepsInNextStartAndChoices() throws {
    let source = MarkedText(
      scenarioHeader + """
        start: ⟦1⟧begining
        steps:
          - id: beginning
            question: Which?
            choices:
              - label: One
                next: ⟦2⟧dnoe
          - id: other
            say: Hi.
            next: ⟦3⟧nowhere
          - id: done
            end: true
        """)
    let (_, diagnostics) = try compile(source.text)
    expectDiagnostics(
      diagnostics, in: source,
      [
        ExpectedDiagnostic(.unknownStep, at: "1", message: "'begining'"),
        ExpectedDiagnostic(.unknownStep, at: "2", message: "'dnoe'"),
        ExpectedDiagnostic(.unknownStep, at: "3", message: "'nowhere'"),
      ])
    #expect(diagnostics.first?.notes == ["did you mean 'beginning'?"])
  }

  @Test func pointsAtGraphProblems() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: a
            question: Stop or go on?
            choices:
              - label: Stop
                next: done
              - label: Go on
                next: last
          - id: done
            end: true
          - ⟦1⟧id: lost
            say: Nobody comes here.
            next: done
          - ⟦2⟧id: last
            question: And then?
        """,
      [
        ExpectedDiagnostic(.unreachableStep, at: "1", message: "'lost'"),
        ExpectedDiagnostic(.deadEnd, at: "2", message: "'last'"),
      ])
  }

  @Test func pointsAtEachLoopWithNoWayToTheEnd() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: a
            question: Stop, go on or stay?
            choices:
              - label: Stop
                next: done
              - label: Go on
                next: b
              - label: Stay
                next: d
          - ⟦1⟧id: b
            question: What else?
            next: c
          - id: c
            question: And after that?
            rules:
              - match: "* again *"
                reply: Once more.
                next: b
            next: b
          - ⟦2⟧id: d
            say: Round we go.
            next: d
          - id: done
            end: true
          - ⟦3⟧id: last
            say: Nothing after me.
        """,
      [
        ExpectedDiagnostic(
          .noWayToEnd, at: "1",
          message:
            "steps 'b' and 'c' lead only to one another, never to a step with 'end: true'"),
        ExpectedDiagnostic(.noWayToEnd, at: "2", message: "step 'd' leads only back to itself"),
        ExpectedDiagnostic(.unreachableStep, at: "3", message: "'last'"),
        ExpectedDiagnostic(.deadEnd, at: "3", message: "'last'"),
      ])
  }

  @Test func pointsAtTheScenarioWhenThereIsNoEnding() throws {
    try expectDiagnostics(
      compiling: "⟦1⟧" + scenarioHeader + """
        steps:
          - id: a
            question: Again?
            next: a
        """,
      [ExpectedDiagnostic(.noEnding, at: "1")])
  }

  @Test func pointsAtPatternProblems() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        concepts:
          ⟦3⟧oncall: [on call, "@shfit"]
        steps:
          - id: a
            question: Hello?
            rules:
              - match: "⟦1⟧* @bussy *"
                reply: Busy.
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.unknownConcept, at: "1", message: "'bussy'"),
        ExpectedDiagnostic(.unknownConcept, at: "3", message: "'@shfit'"),
      ])
  }

  @Test func pointsAtTheUnreadablePartOfAPlainPattern() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: a
            question: Hello?
            rules:
              - match: i ⟦1⟧(a|b c
                reply: Open.
          - id: done
            end: true
        """,
      [ExpectedDiagnostic(.badPattern, at: "1", message: "not closed")])
  }

  @Test func pointsAtTheUnreadablePartOfAQuotedPattern() throws {
    let source = MarkedText(
      scenarioHeader + """
        steps:
          - id: a
            question: Hello?
            rules:
              - match: "* ⟦1⟧(a|b *"
                reply: Open.
          - id: done
            end: true
        """)
    let (_, diagnostics) = try compile(source.text)
    expectDiagnostics(
      diagnostics, in: source, [ExpectedDiagnostic(.badPattern, at: "1", message: "not closed")])
  }

  @Test func pointsAtTheSecondOfTwoKeywordsWithOneName() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        keywords:
          - key: what
            rules:
              - match: "*"
                reply: Why do you ask?
          - ⟦1⟧key: what
            rules:
              - match: "*"
                reply: What do you think?
        steps:
          - id: done
            end: true
        """,
      [ExpectedDiagnostic(.duplicateID, at: "1", message: "'what'")])
  }

  @Test func pointsAtTheSecondOfTwoRulesWithOneID() throws {
    let source = MarkedText(
      scenarioHeader + """
        steps:
          - id: a
            question: Hello?
            rules:
              - id: busy
                match: "* busy *"
                reply: Busy.
              - ⟦1⟧id: busy
                match: "* swamped *"
                reply: Swamped.
          - id: done
            end: true
        """)
    let (_, diagnostics) = try compile(source.text)
    expectDiagnostics(diagnostics, in: source, [ExpectedDiagnostic(.duplicateID, at: "1")])
  }

  @Test func pointsAtReplyProblems() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: a
            question: Hello?
            rules:
              - match: "* busy *"
                reply: "⟦1⟧You sound {7}."
              - match: "* tired *"
                reply: "⟦2⟧You said {feeling}."
              - match: "* late *"
                reply: "⟦3⟧You said {answer:nowhere}."
              - match: "* rota *"
                reply: "⟦4⟧Your rating was {rating:a}."
              - match: "* nights *"
                reply: "⟦5⟧Nights {oops:1}."
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.captureOutOfRange, at: "1", message: "{7}"),
        ExpectedDiagnostic(.captureOutOfRange, at: "2", message: "{feeling}"),
        ExpectedDiagnostic(.unknownPlaceholder, at: "3", message: "'nowhere'"),
        ExpectedDiagnostic(.unknownPlaceholder, at: "4", message: "scale"),
        ExpectedDiagnostic(.badPattern, at: "5", message: "not a placeholder"),
      ])
  }

  @Test func pointsAtRuleProblems() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        keywords:
          - key: what
            rules:
              - goto: ⟦1⟧wat
        steps:
          - id: a
            question: Hello?
            rules:
              - match: "* busy *"
                tags: [⟦2⟧time.overlaod]
                reply: Busy.
              - match: "* tired *"
                when: ⟦3⟧tired <> yes
                reply: Tired.
              - ⟦4⟧match: "* late *"
              - match: "*"
                reply: Anything.
              - ⟦5⟧match: "* rota *"
                reply: Never.
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.unknownKeyword, at: "1", message: "goto: wat"),
        ExpectedDiagnostic(.unknownTag, at: "2", message: "'time.overlaod'"),
        ExpectedDiagnostic(.badCondition, at: "3", message: "'tired <> yes'"),
        ExpectedDiagnostic(.ruleWithoutEffect, at: "4"),
        ExpectedDiagnostic(.hiddenRule, at: "5", message: "'a#5'"),
      ])
  }

  @Test func pointsAtScaleRepliesThatCanNeverBeUsed() throws {
    try expectDiagnostics(
      compiling: scenarioHeader + """
        steps:
          - id: rate
            question: How ready?
            scale: {min: 1, max: 7}
            replies:
              - range: ⟦1⟧5-3
                reply: Empty.
              - ⟦2⟧range: 8-9
                reply: Outside.
              - range: 1-7
                reply: All.
              - ⟦3⟧range: 2-4
                reply: Covered.
          - id: done
            end: true
        """,
      [
        ExpectedDiagnostic(.unmatchableScaleReply, at: "1", message: "empty"),
        ExpectedDiagnostic(.unmatchableScaleReply, at: "2", message: "outside the scale 1-7"),
        ExpectedDiagnostic(.unmatchableScaleReply, at: "3", message: "already covered"),
      ])
  }

  @Test func pointsAtMalformedYAML() throws {
    let source = MarkedText(
      """
      id: test
      title: "A test
      ⟦1⟧
      """)
    let (scenario, diagnostics) = try compile(source.text)
    #expect(scenario == nil)
    #expect(diagnostics.map(\.code) == [.yamlSyntax])
    #expect(diagnostics.first?.location.line == source.position(of: "1")?.line)
  }
}
