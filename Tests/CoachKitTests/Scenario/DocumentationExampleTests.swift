import CoachKit
import Foundation
import TestSupport
import Testing

/// The worked example of docs/scenario-format.md is a real scenario: it must stay valid.
@Suite struct DocumentationExampleTests {
  static func workedExample() throws -> String {
    let docs = FixturePrompts.fixturesFolder.appendingPathComponent(
      "../../../docs/scenario-format.md")
    let text = try String(contentsOf: docs.standardizedFileURL, encoding: .utf8)
    let start = try #require(text.range(of: "```yaml\nid: first-meeting"))
    let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
    return String(text[text.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
  }

  @Test func theWorkedExampleCompilesWithoutProblems() throws {
    let (scenario, diagnostics) = ScenarioCompiler.compile(
      try Self.workedExample(), path: "scenario-format.md", prompts: try FixturePrompts.load())
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(scenario?.id == "first-meeting")
  }

  @Test func theWorkedExampleRepliesAsDocumented() throws {
    let (compiled, _) = ScenarioCompiler.compile(
      try Self.workedExample(), path: "scenario-format.md", prompts: try FixturePrompts.load())
    var engine = Engine(scenario: try #require(compiled))
    _ = engine.start()
    let replies = engine.handle(.answer("I am swamped this month")).filter { $0.kind == .reply }
    #expect(
      replies.map(\.text) == ["You sound swamped. The first meeting can be short and still count."])
    #expect(engine.currentStep.id == "confidence")
  }
}
