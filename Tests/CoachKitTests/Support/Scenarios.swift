import CoachKit
import Foundation
import TestSupport
import Testing

/// The header every inline test scenario shares; append `steps:` and the rest.
let scenarioHeader = """
  id: test
  title: A test
  area: time
  summary: A scenario written inside a test.
  minutes: 5
  version: 1

  """

/// Compiles inline YAML with the fixture prompts.
func compile(_ yaml: String, path: String = "test.yaml") throws -> (Scenario?, [Diagnostic]) {
  ScenarioCompiler.compile(yaml, path: path, prompts: try FixturePrompts.load())
}

/// Compiles inline YAML that must have no errors, or fails the test.
func scenario(
  _ yaml: String, path: String = "test.yaml",
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Scenario {
  let (scenario, diagnostics) = try compile(yaml, path: path)
  let errors = diagnostics.filter { $0.severity == .error }
  #expect(errors.isEmpty, "\(errors.map(\.description))", sourceLocation: sourceLocation)
  return try #require(scenario, sourceLocation: sourceLocation)
}

/// A text file under `Tests/CoachKitTests/Fixtures`.
func fixtureText(_ relativePath: String) throws -> String {
  try String(
    contentsOf: FixturePrompts.fixturesFolder.appendingPathComponent(relativePath),
    encoding: .utf8)
}

/// The `first-meeting` fixture scenario, compiled.
func firstMeeting() throws -> Scenario {
  try scenario(try fixtureText("first-meeting.yaml"), path: "first-meeting.yaml")
}

/// An engine that has been started on the scenario.
func startedEngine(_ scenario: Scenario) -> Engine {
  var engine = Engine(scenario: scenario)
  _ = engine.start()
  return engine
}

extension Engine {
  /// Answers the current question.
  mutating func say(_ text: String) -> [Output] { handle(.answer(text)) }
}

extension Array where Element == Output {
  /// The texts of outputs of one kind.
  func texts(_ isKind: (Output.Kind) -> Bool) -> [String] {
    filter { isKind($0.kind) }.map(\.text)
  }

  /// The texts of rule and scale replies.
  var replies: [String] { texts { if case .reply = $0 { true } else { false } } }
  /// The texts of fallback questions (and remembered replies).
  var fallbacks: [String] { texts { if case .fallback = $0 { true } else { false } } }
  /// The texts of notices.
  var notices: [String] { texts { if case .notice = $0 { true } else { false } } }
  /// The texts of retries.
  var retries: [String] { texts { if case .retry = $0 { true } else { false } } }
  /// The texts of safety replies.
  var safetyReplies: [String] { texts { if case .safety = $0 { true } else { false } } }
  /// The texts of questions.
  var questions: [String] { texts { if case .question = $0 { true } else { false } } }
  /// The texts of `say` paragraphs.
  var sayings: [String] { texts { if case .say = $0 { true } else { false } } }
  /// The text of the closing summary.
  var summary: String? { texts { if case .summary = $0 { true } else { false } }.first }

  /// The answer records.
  var records: [AnswerRecord] {
    compactMap { if case .answer(let record) = $0.kind { record } else { nil } }
  }

  /// Whether an output of the `ended` kind is present.
  var hasEnded: Bool { contains { if case .ended = $0.kind { true } else { false } } }
  /// Whether an output of the `paused` kind is present.
  var hasPaused: Bool { contains { if case .paused = $0.kind { true } else { false } } }
}
