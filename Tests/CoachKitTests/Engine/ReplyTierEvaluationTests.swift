import CoachKit
import Foundation
import TestSupport
import Testing

/// Measures how well the bundled scenarios answer what mentors actually wrote, at every
/// free-text step, on the answers of `Fixtures/replies/*.tsv`.
///
/// Each line is `scenario<TAB>step<TAB>answer<TAB>acceptable`, where `acceptable` lists the
/// replies that would fit the answer, decided when the answer was written: a step rule's id,
/// `tag:TAG` (a reply written for that theme, the step's own or the shared one) or `paraphrase`.
/// A reply *fits* when its source is acceptable and `ReplyGrammar` finds nothing wrong with its
/// text. A reply *misreads* when a rule, theme reply or paraphrase answered but its source is
/// not acceptable (or its text is broken). A fallback question neither fits nor misreads: it is
/// generic. `held-out.tsv` was written and committed before any tuning and never tuned on.
///
/// Set `REPLY_EVALUATION_REPORT=FILE` to write every answer, its reply and its verdict to FILE.
@Suite struct ReplyTierEvaluationTests {
  struct Answer {
    var line: Int
    var scenario: String
    var step: String
    var text: String
    var acceptable: Set<String>
  }

  struct Verdict {
    var answer: Answer
    var source: String
    var reply: String
    var problems: [String]
    var fits: Bool { problems.isEmpty && answer.acceptable.contains(source) }
    var misreads: Bool { source != "fallback" && !fits }
  }

  /// The repository root: `Tests/CoachKitTests/Engine/<this file>`, three folders up.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func scenarios() throws -> [String: Scenario] {
    let prompts = try BundledPrompts.prompts()
    var result: [String: Scenario] = [:]
    for id in ["self-doubt", "time-management", "boundaries"] {
      let path = "Scenarios/\(id).yaml"
      let source = try text(path)
      let (compiled, found) = ScenarioCompiler.compile(source, path: path, prompts: prompts)
      #expect(!found.hasErrors, "\(found.map(\.description))")
      result[id] = compiled
    }
    return result
  }

  static func answers(_ name: String) throws -> [Answer] {
    try text("Tests/CoachKitTests/Fixtures/replies/\(name)").split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated().compactMap { index, line in
      guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(columns.count == 4, "\(name):\(index + 1) needs four tab-separated columns")
      guard columns.count == 4 else { return nil }
      return Answer(
        line: index + 1, scenario: columns[0], step: columns[1], text: columns[2],
        acceptable: Set(columns[3].split(separator: " ").map(String.init)))
    }
  }

  /// The source of a reply as the labels name it: a rule id, `tag:TAG`, `paraphrase`, or
  /// `fallback`.
  static func source(of output: Output) -> String {
    guard output.kind == .reply, let rule = output.rule else {
      return output.kind == .safety ? "safety" : "fallback"
    }
    if let range = rule.id.range(of: "tag:") { return String(rule.id[range.lowerBound...]) }
    return rule.id
  }

  static func evaluate(_ name: String) throws -> [Verdict] {
    let scenarios = try scenarios()
    return try answers(name).map { answer in
      let scenario = try #require(scenarios[answer.scenario], "no scenario '\(answer.scenario)'")
      let index = try #require(scenario.stepIndex(answer.step), "no step '\(answer.step)'")
      var engine = Engine(scenario: scenario)
      _ = engine.start()
      engine.jump(to: index)
      let outputs = engine.handle(.answer(answer.text))
      let said = outputs.first {
        switch $0.kind {
        case .reply, .fallback, .safety, .notice: true
        default: false
        }
      }
      let reply = said?.text ?? ""
      return Verdict(
        answer: answer, source: said.map(source(of:)) ?? "fallback", reply: reply,
        problems: ReplyGrammar.problems(in: reply))
    }
  }

  /// Per step (`scenario/step`), the share of answers with a fitting reply.
  static func shares(_ verdicts: [Verdict]) -> [(step: String, fitting: Int, total: Int)] {
    var order: [String] = []
    var counts: [String: (Int, Int)] = [:]
    for verdict in verdicts {
      let key = "\(verdict.answer.scenario)/\(verdict.answer.step)"
      if counts[key] == nil { order.append(key) }
      let (fitting, total) = counts[key, default: (0, 0)]
      counts[key] = (fitting + (verdict.fits ? 1 : 0), total + 1)
    }
    return order.map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1 ?? 0) }
  }

  static func report(_ name: String, _ verdicts: [Verdict]) {
    guard let path = ProcessInfo.processInfo.environment["REPLY_EVALUATION_REPORT"] else { return }
    var lines = ["# \(name)", ""]
    for (step, fitting, total) in shares(verdicts) {
      lines.append("\(step)\t\(fitting)/\(total)")
    }
    lines.append("")
    for verdict in verdicts {
      let mark = verdict.fits ? "ok" : verdict.misreads ? "MISREAD" : "generic"
      lines.append(
        "\(mark)\t\(verdict.answer.scenario)/\(verdict.answer.step)\t\(verdict.answer.text)\t"
          + "\(verdict.source)\t\(verdict.reply)\t\(verdict.problems.joined(separator: "; "))")
    }
    let text = lines.joined(separator: "\n") + "\n"
    let url = URL(fileURLWithPath: path)
    let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    try? (existing + text).write(to: url, atomically: true, encoding: .utf8)
  }

  static func check(
    _ name: String, minimumShare: Double, maximumMisreads: Int = 0, minimumCount: Int = 100
  ) throws {
    let verdicts = try evaluate(name)
    report(name, verdicts)
    #expect(verdicts.count >= minimumCount)
    let misreads = verdicts.filter(\.misreads)
    for verdict in misreads where misreads.count > maximumMisreads {
      Issue.record(
        """
        \(name):\(verdict.answer.line): "\(verdict.answer.text)" got \(verdict.source): \
        "\(verdict.reply)" \(verdict.problems)
        """)
    }
    for (step, fitting, total) in shares(verdicts) {
      #expect(
        Double(fitting) >= minimumShare * Double(total),
        "\(name): \(step) has a fitting reply for \(fitting) of \(total) answers")
    }
  }

  @Test func tuningAnswersGetFittingReplies() throws {
    try Self.check("tuning.tsv", minimumShare: 0.75)
  }

  /// The held-out answers, measured once after tuning, keep at least that run's figures.
  ///
  /// That run: 161 of 200 fitting, 16 misread by the labels, 23 generic; every step at least
  /// 4 of 8. The thresholds guard those figures, so a change that makes things worse fails. The target is 90% at every step and no misreading; see the
  /// issue note for the per-step figures and the worst replies.
  @Test func heldOutAnswersGetFittingReplies() throws {
    try Self.check("held-out.tsv", minimumShare: 0.5, maximumMisreads: 16)
  }

  /// The second held-out set (session 2), written and committed before it was measured once.
  ///
  /// That run: 59 of 75 fitting, 9 misread by the labels, 7 generic; every step at least 1 of
  /// 3. The thresholds keep those figures (the target stays 90% and no misreading).
  @Test func secondHeldOutAnswersGetFittingReplies() throws {
    try Self.check(
      "held-out-2.tsv", minimumShare: 0.33, maximumMisreads: 9, minimumCount: 75)
  }
}
