import CoachKit
import Foundation
import TestSupport
import Testing

/// The worked example of docs/scenario-format.md and its tests block are a real scenario and
/// real tests: with the bundled prompts, the scenario must be clean and the tests must pass
/// exactly as a facilitator would copy them.
@Suite struct DocumentationExampleTests {
  /// The YAML block of the docs that starts with `first`.
  static func block(startingWith first: String) throws -> String {
    let text = try BundledPrompts.text("docs/scenario-format.md")
    let start = try #require(text.range(of: "```yaml\n" + first))
    let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
    return String(text[text.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
  }

  static func workedExample() throws -> Scenario {
    let (prompts, problems) = try BundledPrompts.load()
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    let (scenario, diagnostics) = ScenarioCompiler.compile(
      try block(startingWith: "id: first-meeting"), path: "first-meeting.yaml",
      prompts: try #require(prompts))
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    return try #require(scenario)
  }

  @Test func theWorkedExampleCompilesWithoutProblemsAndFillsTheReport() throws {
    let scenario = try Self.workedExample()
    #expect(scenario.id == "first-meeting")
    #expect(ScenarioCompiler.reportWarnings(for: scenario).isEmpty)
  }

  @Test func theWorkedExampleRepliesAsDocumented() throws {
    var engine = Engine(scenario: try Self.workedExample())
    _ = engine.start()
    let replies = engine.handle(.answer("I am swamped this month")).filter { $0.kind == .reply }
    #expect(
      replies.map(\.text) == ["You sound swamped. The first meeting can be short and still count."])
    #expect(engine.currentStep.id == "confidence")
  }

  @Test func theWorkedTestsPassAsWritten() throws {
    let (file, diagnostics) = ConversationTestFile.load(
      try Self.block(startingWith: "scenario: first-meeting"), path: "first-meeting.tests.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let result = ConversationTestRunner.run(try #require(file), on: try Self.workedExample())
    #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
    #expect(result.tests == 2)
    #expect(result.turns == 5)
  }
}
