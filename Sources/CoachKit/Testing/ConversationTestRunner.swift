/// Runs conversation tests against a compiled scenario.
public enum ConversationTestRunner {
  /// One failed expectation.
  public struct Failure: Sendable, CustomStringConvertible {
    /// The turn's location.
    public var location: SourceLocation
    /// The test's name.
    public var test: String
    /// The 1-based turn number.
    public var turn: Int
    /// What went wrong, with expected and actual values.
    public var message: String

    /// `path:line:col: error: test 'name', turn N: message`.
    public var description: String {
      "\(location): error: test '\(test)', turn \(turn): \(message)"
    }

    /// The same, as a warning that does not fail the test.
    public var warningDescription: String {
      "\(location): warning: test '\(test)', turn \(turn): \(message) [broken-reply]"
    }
  }

  /// What running a file's tests found.
  public struct Result: Sendable {
    /// Tests run.
    public var tests = 0
    /// Turns run.
    public var turns = 0
    /// Tests with at least one failure.
    public var failedTests = 0
    /// Every failure.
    public var failures: [Failure] = []
    /// Replies whose text `ReplyGrammar` finds broken: warnings, not failures.
    public var warnings: [Failure] = []
  }

  /// Runs every test of a file on the scenario.
  public static func run(_ file: ConversationTestFile, on scenario: Scenario) -> Result {
    var result = Result()
    for test in file.tests {
      result.tests += 1
      let before = result.failures.count
      run(test, on: scenario, into: &result)
      if result.failures.count > before { result.failedTests += 1 }
    }
    return result
  }

  private static func run(
    _ test: ConversationTest, on scenario: Scenario, into result: inout Result
  ) {
    var engine = Engine(scenario: scenario)
    _ = engine.start()
    if let start = test.start {
      guard let index = scenario.stepIndex(start.value) else {
        result.failures.append(
          Failure(
            location: start.location, test: test.name, turn: 0,
            message: "'start' names '\(start.value)', which is not a step of '\(scenario.id)'"))
        return
      }
      engine.jump(to: index)
    }
    for (number, turn) in test.turns.enumerated() {
      result.turns += 1
      let input: Input =
        switch turn.say {
        case ":back": .back
        case ":skip": .skip
        default: .answer(turn.say)
        }
      let outputs = engine.handle(input)
      var tags: [String] = []
      for case .answer(let record) in outputs.map(\.kind) { tags += record.tags }
      let words = outputs.filter { $0.kind != .facilitatorNote }.map(\.text).filter { !$0.isEmpty }
        .joined(separator: "\n")
      for output in outputs where output.kind == .reply {
        let problems = ReplyGrammar.problems(in: output.text)
        guard !problems.isEmpty else { continue }
        result.warnings.append(
          Failure(
            location: turn.location, test: test.name, turn: number + 1,
            message: "the reply \"\(output.text)\" reads wrong: \(problems.joined(separator: "; "))"
          ))
      }
      for message in check(turn, tags: tags, words: words, step: engine.currentStep.id) {
        result.failures.append(
          Failure(location: turn.location, test: test.name, turn: number + 1, message: message))
      }
    }
  }

  private static func check(
    _ turn: ConversationTest.Turn, tags: [String], words: String, step: String
  ) -> [String] {
    var messages: [String] = []
    let shown = tags.isEmpty ? "none" : tags.joined(separator: ", ")
    for tag in turn.tags where !tags.contains(tag) {
      messages.append("expected tag '\(tag)'\n    said:     \(turn.say)\n    got tags: \(shown)")
    }
    for tag in turn.notTags where tags.contains(tag) {
      messages.append(
        "did not expect tag '\(tag)'\n    said:     \(turn.say)\n    got tags: \(shown)")
    }
    let lowered = words.lowercased()
    for text in turn.replyContains where !lowered.contains(text.lowercased()) {
      messages.append("expected the coach's words to contain '\(text)'\n" + quote(words))
    }
    for text in turn.replyNotContains where lowered.contains(text.lowercased()) {
      messages.append("did not expect the coach's words to contain '\(text)'\n" + quote(words))
    }
    if let expected = turn.step, expected != step {
      messages.append("expected to reach step '\(expected)', but the session is at '\(step)'")
    }
    return messages
  }

  private static func quote(_ words: String) -> String {
    "    coach said:\n"
      + words.split(separator: "\n", omittingEmptySubsequences: false).map { "    | \($0)" }.joined(
        separator: "\n")
  }
}
