import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// Goals, next steps and before and after ratings from the report roles answers carry.
@Suite struct GroupReportRolesTests {
  /// A practice session of a scenario whose steps have `report:` roles but none of the old
  /// conventional ids: the goal, two rating pairs (the calm one answered twice), a next step.
  static func withRoles() throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261125-170000-feedback-0001",
          scenario: ScenarioInfo(id: "feedback", version: "1", hash: "00", title: "Feedback"),
          mode: .practice, name: "Eve", program: "0.1.0")))
    func answer(
      _ step: String, _ input: String, value: Int? = nil, report: String?, pair: String? = nil
    ) throws {
      try sink.append(
        .answered(
          Answer(
            step: step, input: input, kind: value == nil ? .text : .scale, value: value,
            report: report, pair: pair)))
    }
    try answer("aim", "give clearer feedback", report: "goal")
    try answer("sure-start", "3", value: 3, report: "rating-before")
    try answer("calm-start", "2", value: 2, report: "rating-before", pair: "calm")
    try answer("calm-start", "4", value: 4, report: "rating-before", pair: "calm")
    try answer("next-step", "an aside that is not the next step", report: nil)
    try answer("action", "ask her on Friday how it landed", report: "next-step")
    try answer("sure-end", "5", value: 5, report: "rating-after")
    try answer("calm-end", "6", value: 6, report: "rating-after", pair: "calm")
    try answer("extra", "7", value: 7, report: nil)
    try sink.append(.ended(completed: true))
    return try sink.sessionLog(url: URL(fileURLWithPath: "/s/20261125-170000-feedback-0001.jsonl"))
  }

  @Test func takesGoalsNextStepsAndRatingsFromRoles() throws {
    let report = GroupReport(logs: [try Self.withRoles()])
    #expect(report.goals.map(\.text) == ["give clearer feedback"])
    #expect(report.nextSteps.map(\.text) == ["ask her on Friday how it landed"])
    #expect(
      report.ratings.map { [$0.pair ?? "-", "\($0.before)", "\($0.after)"] } == [
        ["-", "3", "5"], ["calm", "4", "6"],
      ])
  }

  @Test func oldSessionsKeepTheConventionsBesideNewOnes() throws {
    let report = GroupReport(logs: [try Samples.practice(), try Self.withRoles()])
    #expect(
      report.nextSteps.map(\.text) == [
        "=SUM(A1) book a meeting", "ask her on Friday how it landed",
      ])
    #expect(report.ratings.map(\.person) == ["Dana", "Eve", "Eve"])
    #expect(report.ratings.first.map { [$0.before, $0.after] } == [4, 7])
  }

  @Test func showsGoalsOnlyWhenThereAreAny() throws {
    let renderer = ReportRenderer(format: .markdown, timeZone: Samples.utc)
    let withGoals = renderer.render(GroupReport(logs: [try Self.withRoles()]))
    #expect(withGoals.contains("## Goals\n\n- **Eve:** give clearer feedback\n"))
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(
      GroupReport(logs: [try Self.withRoles()]))
    #expect(html.contains("<h2 id=\"goals-heading\">Goals</h2>"))
    let without = renderer.render(GroupReport(logs: [try Samples.practice()]))
    #expect(!without.contains("## Goals"))
  }
}
