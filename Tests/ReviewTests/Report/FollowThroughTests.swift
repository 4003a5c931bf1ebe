import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// The report's follow-through: how planned next steps went, per person and for the group.
@Suite struct FollowThroughTests {
  /// A practice by `name` that starts with follow-ups of the given outcomes.
  static func practice(_ name: String, _ outcomes: [FollowUpOutcome?]) throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261202-090000-self-doubt-\(name)", scenario: Samples.scenario,
          mode: .practice, name: name, program: "0.1.0")))
    for outcome in outcomes {
      try sink.append(
        .followUp(
          FollowUp(
            earlier: "earlier", step: "next-step", plan: "book a <b>meeting</b>",
            outcome: outcome, text: outcome == nil ? "we met" : nil)))
    }
    return try sink.sessionLog()
  }

  static func report() throws -> GroupReport {
    GroupReport(logs: [
      try practice("Ben", [.done]), try practice("Ana", [.partly, .notYet]),
      try practice("Ben", [.declined]), try practice("Cy", [nil]), try Samples.practice(),
    ])
  }

  @Test func countsEachPersonsOutcomesAndTheGroups() throws {
    let followThrough = try Self.report().followThrough
    #expect(followThrough.people.map(\.person) == ["Ana", "Ben", "Cy"])
    #expect(followThrough.people.map(\.total) == [2, 2, 1])
    let group = followThrough.group
    let counts: [Int] = [group.done, group.partly, group.notYet, group.declined, group.wordsOnly]
    #expect(counts == [1, 1, 1, 1, 1])
    #expect(group.answered == 3)
  }

  @Test func theMarkdownReportHasAFollowThroughTable() throws {
    let text = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(try Self.report())
    #expect(
      text.contains(
        """
        ## Follow-through

        5 planned next steps were followed up at the next practice; of the 3 with an answer, 2 were done or partly done (66%).

        | Person | Done | Partly | Not yet | Declined | In words only |
        | --- | --- | --- | --- | --- | --- |
        | Ana | 0 | 1 | 1 | 0 | 0 |
        | Ben | 1 | 0 | 0 | 1 | 0 |
        | Cy | 0 | 0 | 0 | 0 | 1 |
        | Everyone | 1 | 1 | 1 | 1 | 1 |
        """))
  }

  @Test func theHTMLReportHasAFollowThroughSectionAndNoneWithoutFollowUps() throws {
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(try Self.report())
    #expect(html.contains("<h2 id=\"follow-through-heading\">Follow-through</h2>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">Everyone</th><td class=\"number\">1</td><td class=\"number\">1</td>"
      ))
    #expect(!html.contains("<b>meeting"))
    let none = GroupReport(logs: [try Samples.practice()])
    #expect(!ReportRenderer(format: .html).render(none).contains("Follow-through"))
    #expect(!ReportRenderer(format: .markdown).render(none).contains("Follow-through"))
  }
}
