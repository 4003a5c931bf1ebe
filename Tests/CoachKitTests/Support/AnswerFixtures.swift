import CoachKit
import Foundation
import TestSupport
import Testing

/// Realistic mentor answers in `.tsv` files, read through the bundled `Prompts/` and
/// `Scenarios/time-management.yaml` at the opening step (which uses `themes: all`).
///
/// Each line of a `.tsv` file is `text<TAB>expected tags<TAB>forbidden tags`, the tags
/// comma-separated; lines starting with `#` are comments.
enum AnswerFixtures {
  /// One line of an answers file.
  struct Answer {
    var file: String
    var line: Int
    var text: String
    var expected: [String]
    var forbidden: [String]
  }

  /// One answer and the tags the coach gave it (with `safety.crisis` when the net caught it).
  struct Reading {
    var answer: Answer
    var tags: Set<String>

    /// The answer, where it comes from and the tags it got, for a failure message.
    var description: String {
      let tags = tags.sorted().joined(separator: ", ")
      return "\(answer.file):\(answer.line): \"\(answer.text)\" got [\(tags)]"
    }
  }

  static let root = BundledPrompts.root

  static func text(_ relativePath: String) throws -> String {
    try BundledPrompts.text(relativePath)
  }

  static func prompts() throws -> Prompts {
    let (prompts, diagnostics) = try BundledPrompts.load()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    return try #require(prompts)
  }

  /// The three bundled scenarios of `Scenarios/`, compiled once with the bundled prompts.
  private static let bundledScenarios = Result { () throws(any Error) -> [String: Scenario] in
    let shared = try Self.prompts()
    var scenarios: [String: Scenario] = [:]
    for id in ["time-management", "self-doubt", "boundaries"] {
      let path = "Scenarios/\(id).yaml"
      let (scenario, diagnostics) = ScenarioCompiler.compile(
        try text(path), path: path, prompts: shared)
      #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
      let compiled = try #require(scenario)
      scenarios[id] = compiled
    }
    return scenarios
  }

  /// A bundled scenario.
  static func bundled(_ id: String) throws -> Scenario {
    let scenarios = try bundledScenarios.get()
    return try #require(scenarios[id], "no bundled scenario '\(id)'")
  }

  /// The bundled scenario the answers are read in.
  static let bundledScenario = Result { () throws(any Error) -> Scenario in
    try bundled("time-management")
  }

  /// The answers of every `.tsv` file in a folder under `Tests/CoachKitTests/Fixtures`.
  static func answers(inFolder name: String) throws -> [Answer] {
    let folder = "Tests/CoachKitTests/Fixtures/\(name)"
    let names = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent(folder).path
    ).filter { $0.hasSuffix(".tsv") }.sorted()
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

  /// Reads every answer in the bundled scenario.
  static func read(_ answers: [Answer]) throws -> [Reading] {
    let scenario = try bundledScenario.get()
    return answers.map { answer in
      let explanation = Explanation(scenario: scenario, stepIndex: 0, text: answer.text)
      var tags = Set(explanation.interpretation.tags)
      if explanation.interpretation.safetyRule != nil { tags.insert("safety.crisis") }
      return Reading(answer: answer, tags: tags)
    }
  }
}
