import CoachKit
import Foundation
import TestSupport
import Testing

/// Runs the realistic mentor answers of `Fixtures/answers/*.tsv` through the bundled `Prompts/`
/// and `Scenarios/time-management.yaml`, at the opening step (which uses `themes: all`), and
/// checks that the shared theme rules and the safety net recognise them.
///
/// Each line of a `.tsv` file is `text<TAB>expected tags<TAB>forbidden tags`, the tags
/// comma-separated; lines starting with `#` are comments.
@Suite struct BundledPromptsRecognitionTests {
  /// One line of the answers file.
  private struct Answer {
    var file: String
    var line: Int
    var text: String
    var expected: [String]
    var forbidden: [String]
  }

  /// One answer and the tags the coach gave it (with `safety.crisis` when the net caught it).
  private struct Reading {
    var answer: Answer
    var tags: Set<String>
  }

  /// The repository root: `Tests/CoachKitTests/Themes/<this file>`, three folders up.
  private static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  private static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
  }

  private static func prompts() throws -> Prompts {
    let (prompts, diagnostics) = try BundledPrompts.load()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    return try #require(prompts)
  }

  private static func scenario() throws -> Scenario {
    let path = "Scenarios/time-management.yaml"
    let (scenario, diagnostics) = ScenarioCompiler.compile(
      try text(path), path: path, prompts: try prompts())
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    return try #require(scenario)
  }

  private static func answers() throws -> [Answer] {
    let folder = "Tests/CoachKitTests/Fixtures/answers"
    let names = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent(folder).path
    ).filter { $0.hasSuffix(".tsv") }.sorted()
    #expect(names.contains("mentor-answers.tsv"))
    return try names.flatMap { try answers(in: "\(folder)/\($0)", name: $0) }
  }

  private static func answers(in path: String, name: String) throws -> [Answer] {
    var answers: [Answer] = []
    for (index, line) in try text(path).split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      #expect(columns.count == 3, "\(name):\(index + 1) needs three tab-separated columns")
      func tags(_ column: Int) -> [String] {
        guard column < columns.count else { return [] }
        return columns[column].split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
      }
      answers.append(
        Answer(
          file: name, line: index + 1, text: columns[0], expected: tags(1), forbidden: tags(2)))
    }
    return answers
  }

  /// Every answer read once, shared by the tests below.
  private static let cachedReadings = Result { () throws(any Error) -> [Reading] in
    try readUncached()
  }

  private static func readings() throws -> [Reading] { try cachedReadings.get() }

  private static func readUncached() throws -> [Reading] {
    let scenario = try scenario()
    return try answers().map { answer in
      let explanation = Explanation(scenario: scenario, stepIndex: 0, text: answer.text)
      var tags = Set(explanation.interpretation.tags)
      if explanation.interpretation.safetyRule != nil { tags.insert("safety.crisis") }
      return Reading(answer: answer, tags: tags)
    }
  }

  private static func describe(_ reading: Reading) -> String {
    let tags = reading.tags.sorted().joined(separator: ", ")
    let answer = reading.answer
    return "\(answer.file):\(answer.line): \"\(answer.text)\" got [\(tags)]"
  }

  @Test func theAnswersFileIsVaried() throws {
    let answers = try Self.answers()
    #expect(answers.filter { $0.file == "mentor-answers.tsv" }.count >= 150)
    let crises = answers.filter { $0.expected.contains("safety.crisis") }
    let lookAlikes = answers.filter { $0.forbidden.contains("safety.crisis") }
    #expect(crises.count >= 25)
    #expect(lookAlikes.count >= 25)
    let negated = answers.filter {
      !$0.forbidden.isEmpty && !$0.forbidden.contains("safety.crisis")
    }
    #expect(negated.count >= 20)
  }

  @Test func recognisesAtLeastNinetyFivePercentOfTheExpectedTags() throws {
    let readings = try Self.readings()
    var expected = 0
    var missed: [String] = []
    for reading in readings {
      for tag in reading.answer.expected {
        expected += 1
        if !reading.tags.contains(tag) { missed.append("missed \(tag): \(Self.describe(reading))") }
      }
    }
    let recall = Double(expected - missed.count) / Double(max(expected, 1))
    #expect(
      recall >= 0.95,
      "recall \(recall) (\(expected - missed.count) of \(expected))\n\(missed.joined(separator: "\n"))"
    )
  }

  @Test func noForbiddenTagFires() throws {
    let violations = try Self.readings().flatMap { reading in
      reading.answer.forbidden.filter { reading.tags.contains($0) }.map {
        "forbidden \($0): \(Self.describe(reading))"
      }
    }
    #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
  }

  @Test func theSafetyNetCatchesExactlyTheFirstPersonCrises() throws {
    let wrong = try Self.readings().filter { reading in
      reading.answer.expected.contains("safety.crisis") != reading.tags.contains("safety.crisis")
    }.map { reading in
      let what = reading.answer.expected.contains("safety.crisis") ? "missed crisis" : "false alarm"
      return "\(what): \(Self.describe(reading))"
    }
    #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
  }
}
