import Foundation
import Review
import TestSupport
import Testing
import Transcript

/// A report that reads right: scales by their own range, choices by their label, safety
/// decisions as such, steps in the scenario's order and anonymous sessions counted apart.
@Suite struct GroupReportReadingTests {
  /// One session of a small scenario: opening (text) → before (scale 1–7) → path (choice:
  /// 1 → fast, 2 → slow) → the branch step → after (scale).
  static func session(
    _ id: String, name: String?, choice: Int, branch: String, safety: Bool = false,
    marked: Bool = true
  ) throws -> SessionLog {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: id,
          scenario: ScenarioInfo(id: "small", version: "1", hash: "00", title: "Small"),
          mode: .practice, name: name, program: "0.1.0")))
    let scale = marked ? ScaleRange(min: 1, max: 7, low: "not at all", high: "completely") : nil
    func ask(_ step: String) throws {
      try sink.append(.said(CoachSaid(step: step, text: "Question at \(step)?", kind: .question)))
    }
    try ask("opening")
    try sink.append(.answered(Answer(step: "opening", input: "I feel stretched", kind: .text)))
    if safety {
      try sink.append(
        .answered(
          Answer(step: "opening", input: "I cannot go on", kind: .text, tags: ["safety.crisis"])))
      try sink.append(
        .safety(SafetyFlag(step: "opening", input: "I cannot go on", tags: ["safety.crisis"])))
      try sink.append(
        .said(CoachSaid(step: "opening", text: "Would you like to pause?", kind: .question)))
      try sink.append(
        .answered(
          Answer(
            step: "opening", input: "no", kind: .choice, value: 2,
            decision: marked ? Answer.safetyPause : nil)))
      try ask("opening")
    }
    func rate(_ step: String, _ value: Int) throws {
      try ask(step)
      try sink.append(
        .answered(
          Answer(
            step: step, input: String(value), kind: .scale, value: value,
            report: "rating-" + step, scale: scale)))
    }
    try rate("before", 3)
    try ask("path")
    let labels = ["The fast way", "The slow way"]
    try sink.append(
      .answered(
        Answer(
          step: "path", input: String(choice), kind: .choice, value: choice,
          label: marked ? labels[choice - 1] : nil)))
    try ask(branch)
    try sink.append(.answered(Answer(step: branch, input: "a plan", kind: .text)))
    try rate("after", 6)
    try sink.append(.ended(completed: true))
    return try sink.sessionLog(url: URL(fileURLWithPath: "/s/\(id).jsonl"))
  }

  static let outline = ScenarioOutline(
    id: "small", steps: ["opening", "before", "path", "fast", "slow", "after"],
    scales: [
      "before": ScaleRange(min: 1, max: 7, low: "not at all", high: "completely"),
      "after": ScaleRange(min: 1, max: 7, low: "not at all", high: "completely"),
    ],
    choices: ["path": ["The fast way", "The slow way"]])

  static func logs(marked: Bool) throws -> [SessionLog] {
    [
      try session("s1", name: "Ana", choice: 1, branch: "fast", marked: marked),
      try session("s2", name: nil, choice: 2, branch: "slow", safety: true, marked: marked),
      try session("s3", name: nil, choice: 1, branch: "fast", marked: marked),
      try session("s4", name: "ana", choice: 2, branch: "slow", marked: marked),
    ]
  }

  @Test(arguments: [true, false])
  func readsMarkedAndOlderTranscriptsAlike(marked: Bool) throws {
    let outlines = marked ? [:] : ["small": Self.outline]
    let report = GroupReport(logs: try Self.logs(marked: marked), outlines: outlines)
    // Choices by their label.
    let path = try #require(report.steps.first { $0.id == "path" })
    #expect(
      path.entries.map(\.text) == [
        "The fast way", "The slow way", "The fast way", "The slow way",
      ])
    // The "no" to the pause question decides the safety event; it is no answer to the step.
    #expect(report.safety.map(\.decision) == [.wentOn])
    let opening = try #require(report.steps.first { $0.id == "opening" })
    #expect(!opening.entries.map(\.text).contains("no"))
    #expect(opening.question == "Question at opening?")
    // Ratings on their own scale.
    #expect(report.ratings.allSatisfy { $0.scale?.min == 1 && $0.scale?.max == 7 })
    // Steps in the scenario's order: both branches before the closing rating.
    #expect(report.steps.map(\.id) == ["opening", "before", "path", "fast", "slow", "after"])
    // Ana and ana are one person; the two sessions without a name are counted apart.
    #expect(report.peopleCount == 1)
    #expect(report.anonymousCount == 2)
  }

  @Test func ordersStepsByTheWalkedPathsWithoutTheScenarioFile() throws {
    let report = GroupReport(logs: try Self.logs(marked: true))
    #expect(report.steps.map(\.id) == ["opening", "before", "path", "fast", "slow", "after"])
  }

  @Test func theChartsAxisRunsOverTheScalesOwnRange() throws {
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(
      GroupReport(logs: try Self.logs(marked: true)))
    let chart = try #require(
      html.range(of: "aria-labelledby=\"ratings-chart-title").map { html[$0.lowerBound...] })
    let svg = chart.components(separatedBy: "</svg>")[0]
    let ticks = svg.components(separatedBy: "text-anchor=\"middle\">").dropFirst().compactMap {
      Int($0.prefix { $0.isNumber })
    }
    #expect(ticks == Array(1...7))
    #expect(svg.contains("on a scale from 1 (not at all) to 7 (completely)"))
    #expect(html.contains("1 person by name and 2 anonymous sessions"))
    #expect(html.contains("<td>chose to go on</td>"))
    let markdown = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(
      GroupReport(logs: try Self.logs(marked: true)))
    #expect(markdown.contains("Rated on a scale from 1 (not at all) to 7 (completely)."))
    #expect(markdown.contains("| Ana | s1 | 3 of 7 | 6 of 7 | +3 |"))
  }

  @Test func ratingsArePairedAndLabelledByPair() throws {
    let html = ReportRenderer(format: .html, timeZone: Samples.utc).render(
      GroupReport(logs: [try GroupReportRolesTests.withRoles()]))
    #expect(html.contains("<h3>calm</h3>"))
    #expect(html.contains("<th scope=\"col\">Rating</th>"))
    #expect(
      html.contains("<title id=\"ratings-chart-2-title\">Self-ratings before and after: calm"))
    let markdown = ReportRenderer(format: .markdown, timeZone: Samples.utc).render(
      GroupReport(logs: [try GroupReportRolesTests.withRoles()]))
    #expect(markdown.contains("| Person | Session | Rating | Before | After | Change |"))
    #expect(markdown.contains("| Eve | 20261125-170000-feedback-0001 | calm | 4 | 6 | +2 |"))
  }

  @Test func aWorkshopParticipantSetAsideIsShownAsSuch() throws {
    let sink = InMemoryTranscriptSink()
    try sink.append(
      .started(
        SessionStarted(
          session: "w1",
          scenario: ScenarioInfo(id: "small", version: "1", hash: "00", title: "Small"),
          mode: .workshop, participants: ["Ana", "Ben"], workshop: "W1", program: "0.1.0")))
    try sink.append(
      .answered(Answer(step: "opening", input: "I cannot go on", kind: .text)), who: "Ben")
    try sink.append(.safety(SafetyFlag(step: "opening", input: "I cannot go on")), who: "Ben")
    try sink.append(.paused(reason: PauseReason(rawValue: "safety")), who: "Ben")
    try sink.append(.answered(Answer(step: "opening", input: "busy", kind: .text)), who: "Ana")
    let report = GroupReport(logs: [try sink.sessionLog(url: URL(fileURLWithPath: "/s/w1.jsonl"))])
    #expect(report.safety.map(\.decision) == [.setAside])
    #expect(report.safety.first?.decision?.words == "set aside from the room")
  }
}
