import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// The report lists the two kinds of safety event apart: the mentor's own crisis, and
/// someone else at risk.
@Suite struct SafetyKindsReportTests {
  private static func log() throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "20261202-100000-time-management-0a0b", scenario: Samples.scenario,
          mode: .practice, name: "Dana", program: "0.1.0")))
    try sink.append(
      .safety(
        SafetyFlag(
          step: "situation", input: "my mentee told me she wants to die",
          tags: ["safety.other-at-risk", "boundary.beyond-scope"])))
    try sink.append(
      .safety(SafetyFlag(step: "goal", input: "I want to disappear", tags: ["safety.crisis"])))
    return try sink.sessionLog(
      url: URL(fileURLWithPath: "/s/20261202-100000-time-management-0a0b.jsonl"))
  }

  private static func report() throws -> GroupReport {
    GroupReport(logs: [try log()], title: "Safety")
  }

  @Test func splitsTheEventsByKind() throws {
    let (own, others) = try Self.report().safetyByKind
    #expect(own.map(\.text) == ["I want to disappear"])
    #expect(others.map(\.text) == ["my mentee told me she wants to die"])
  }

  @Test func theMarkdownReportListsTheKindsUnderTheirOwnHeadings() throws {
    let text = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(try Self.report())
    let own = try #require(text.range(of: "### The mentor's own safety"))
    let others = try #require(text.range(of: "### Someone else at risk (act today)"))
    let crisis = try #require(text.range(of: "I want to disappear"))
    let mentee = try #require(text.range(of: "my mentee told me she wants to die"))
    #expect(own.lowerBound < crisis.lowerBound && crisis.lowerBound < others.lowerBound)
    #expect(others.lowerBound < mentee.lowerBound)
    #expect(text.contains("2 safety events."))
  }

  @Test func theHTMLReportCaptionsEachKind() throws {
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(try Self.report())
    #expect(
      html.contains("The mentor&#39;s own safety") || html.contains("The mentor's own safety"))
    #expect(html.contains("Someone else at risk: answers that called for action today"))
  }

  @Test func aSafetyEventWithoutAKindIsTheMentorsOwnCrisis() throws {
    let line = #"{"input":"I can't go on","step":"feelings","tags":["safety-risk"]}"#
    let flag = try JSONDecoder().decode(SafetyFlag.self, from: Data(line.utf8))
    #expect(flag.kind == .crisis)
    let other = SafetyFlag(step: "s", input: "x", tags: ["safety.other-at-risk"])
    #expect(other.kind == .otherAtRisk)
    let encoded = String(decoding: try JSONEncoder().encode(other), as: UTF8.self)
    #expect(encoded.contains(#""kind":"other-at-risk""#))
    #expect(try JSONDecoder().decode(SafetyFlag.self, from: Data(encoded.utf8)) == other)
  }
}
