import CoachKit
import Foundation
import TestSupport
import Testing

/// `report:` on steps: what the group report does with their answers, and its checks.
@Suite struct ReportRoleTests {
  static func steps(_ extra: String = "") -> String {
    scenarioHeader + """
      steps:
        - id: goal
          question: What do you want from today?
          report: goal
          rules:
            - match: "*"
              reply: Thank you.
        - id: before
          ask: scale
          question: How ready are you?
          scale: {min: 1, max: 7}
          report: rating-before
        - id: calm-before
          ask: scale
          question: How calm are you?
          scale: {min: 1, max: 5}
          report: {role: rating-before, pair: calm}
        - id: plan
          question: What will you do?
          report: next-step
        - id: after
          ask: scale
          question: And now?
          scale: {min: 1, max: 7}
          report: rating-after
        - id: calm-after
          ask: scale
          question: And how calm now?
          scale: {min: 1, max: 5}
          report: {role: rating-after, pair: calm}
      \(extra)
        - id: done
          end: true
      """
  }

  @Test func readsTheRolesOfSteps() throws {
    let scenario = try scenario(Self.steps())
    #expect(
      scenario.steps.map(\.report) == [
        ReportRole(.goal), ReportRole(.ratingBefore), ReportRole(.ratingBefore, pair: "calm"),
        ReportRole(.nextStep), ReportRole(.ratingAfter), ReportRole(.ratingAfter, pair: "calm"),
        nil,
      ])
    #expect(ScenarioCompiler.reportWarnings(for: scenario).isEmpty)
  }

  @Test func anAcceptedAnswerCarriesItsStepsRole() throws {
    var engine = startedEngine(try scenario(Self.steps()))
    func records(_ outputs: [Output]) -> [AnswerRecord] {
      outputs.compactMap { if case .answer(let record) = $0.kind { record } else { nil } }
    }
    #expect(records(engine.say("to feel ready")).map(\.report) == [ReportRole(.goal)])
    let refused = records(engine.say("eleven and a half"))
    #expect(refused.map(\.accepted) == [false])
    #expect(refused.map(\.report) == [nil])
    #expect(records(engine.say("3")).map(\.report) == [ReportRole(.ratingBefore)])
    #expect(records(engine.say("2")).map(\.report) == [ReportRole(.ratingBefore, pair: "calm")])
  }

  @Test(arguments: [
    ("  - id: x\n    question: Q?\n    report: next-steps\n", "did you mean 'next-step'?"),
    ("  - id: x\n    question: Q?\n    report: rating-after\n", "needs an 'ask: scale' step"),
    ("  - id: x\n    question: Q?\n    report: {role: goal, pair: calm}\n", "take a 'pair'"),
    (
      "  - id: x\n    ask: scale\n    question: Q?\n    scale: {min: 1, max: 7}\n    report: rating-after\n",
      "step 'after' already has 'report: rating-after'"
    ),
    (
      "  - id: x\n    ask: scale\n    question: Q?\n    scale: {min: 1, max: 7}\n    report: {role: rating-before, pair: lonely}\n",
      "'report: rating-before' of pair 'lonely' has no step with 'report: rating-after'"
    ),
  ])
  func refusesARoleThatCannotWork(step: String, message: String) throws {
    let (_, diagnostics) = try compile(Self.steps(step))
    let texts = diagnostics.map { ([$0.message] + $0.notes).joined(separator: " ") }
    #expect(texts.contains { $0.contains(message) }, "\(texts)")
    #expect(diagnostics.contains { $0.severity == .error })
  }

  @Test func warnsWhenAPairsScalesDiffer() throws {
    let yaml = Self.steps().replacingOccurrences(
      of: "question: And how calm now?\n    scale: {min: 1, max: 5}",
      with: "question: And how calm now?\n    scale: {min: 1, max: 7}")
    let (scenario, diagnostics) = try compile(yaml)
    #expect(scenario != nil)
    #expect(diagnostics.map(\.code) == [.unpairedRating])
    #expect(diagnostics.first?.severity == .warning)
  }

  @Test func warnsOfEachReportSectionAScenarioCannotFill() throws {
    let bare = try scenario(
      Self.steps().replacingOccurrences(of: "report: next-step", with: "themes: none"))
    #expect(
      ScenarioCompiler.reportWarnings(for: bare).map(\.message) == [
        "no step has 'report: next-step', so the report's next steps will be empty for this scenario"
      ])
    let noRatings = try scenario(
      scenarioHeader + """
        themes: none
        steps:
          - id: plan
            question: What will you do?
            report: next-step
          - id: done
            end: true
        """)
    let warnings = ScenarioCompiler.reportWarnings(for: noRatings)
    #expect(warnings.map(\.code) == [.emptyReportSection, .emptyReportSection])
    #expect(warnings[0].message.contains("no before and after ratings"))
    #expect(warnings[1].message.contains("themes will be empty"))
    #expect(warnings[1].location.line == 1)
  }
}
