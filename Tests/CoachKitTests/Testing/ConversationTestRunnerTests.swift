import CoachKit
import TestSupport
import Testing

@Suite struct ConversationTestRunnerTests {
  private func run(_ yaml: String) throws -> ConversationTestRunner.Result {
    let (file, diagnostics) = ConversationTestFile.load(yaml, path: "first-meeting.tests.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    return ConversationTestRunner.run(try #require(file), on: try firstMeeting())
  }

  @Test func passesTestsWhoseExpectationsHold() throws {
    let result = try run(
      """
      scenario: first-meeting
      tests:
        - name: a busy mentor is reflected and moves on
          turns:
            - say: I am completely swamped this month
              tags: [time.overload]
              not-tags: [doubt.impostor]
              reply-contains: swamped
              reply-not-contains: fraud
              step: confidence
            - say: "9"
              reply-contains: "1 (not at all ready) to 7"
              step: confidence
        - name: a test can begin later and use commands
          start: confidence
          turns:
            - say: ":skip"
              step: format
            - say: ":back"
              step: confidence
            - say: "2"
              reply-contains: [honest, How would you like to meet?]
      """)
    #expect(result.tests == 2)
    #expect(result.turns == 5)
    #expect(result.failedTests == 0)
    #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
  }

  @Test func reportsEachFailedExpectationAtItsTurn() throws {
    let source = MarkedText(
      """
      scenario: first-meeting
      tests:
        - name: wrong on purpose
          turns:
            - say: I am swamped
              step: confidence
            - ⟦1⟧say: "5"
              tags: [doubt.impostor]
              reply-contains: brilliant
              step: wrap-up
        - name: right
          turns:
            - say: I am swamped
      """)
    let result = try run(source.text)
    let position = try #require(source.position(of: "1"))
    #expect(result.tests == 2)
    #expect(result.failedTests == 1)
    #expect(result.failures.count == 3)
    for failure in result.failures {
      #expect(failure.test == "wrong on purpose")
      #expect(failure.turn == 2)
      #expect(
        [failure.location.line, failure.location.column] == [position.line, position.column])
    }
    let messages = result.failures.map(\.message)
    #expect(
      messages[0].hasPrefix("expected tag 'doubt.impostor'\n    said:     5\n    got tags: none"))
    #expect(
      messages[1].hasPrefix(
        "expected the coach's words to contain 'brilliant'\n    coach said:\n    | "))
    #expect(messages[2] == "expected to reach step 'wrap-up', but the session is at 'format'")
    #expect(
      result.failures[2].description
        == "first-meeting.tests.yaml:\(position.line):\(position.column): error: test 'wrong on purpose', turn 2: "
        + messages[2])
  }

  @Test func reportsAnUnexpectedTagAndWords() throws {
    let result = try run(
      """
      scenario: first-meeting
      tests:
        - name: unexpected
          turns:
            - say: I am swamped
              not-tags: [time.overload]
              reply-not-contains: SWAMPED
      """)
    #expect(result.failures.map(\.message.first) == ["d", "d"])
    #expect(result.failures[0].message.hasPrefix("did not expect tag 'time.overload'"))
    #expect(
      result.failures[1].message.hasPrefix("did not expect the coach's words to contain 'SWAMPED'"))
  }

  @Test func reportsAStartThatIsNotAStep() throws {
    let result = try run(
      """
      scenario: first-meeting
      tests:
        - name: lost
          start: confdence
          turns:
            - say: "5"
      """)
    #expect(result.failures.count == 1)
    #expect(result.failures.first?.turn == 0)
    #expect(
      result.failures.first?.message
        == "'start' names 'confdence', which is not a step of 'first-meeting'")
  }

  @Test func eachTestBeginsAFreshSession() throws {
    let result = try run(
      """
      scenario: first-meeting
      tests:
        - name: first
          turns:
            - say: I am swamped
              step: confidence
        - name: second
          turns:
            - say: I am swamped
              reply-contains: You sound swamped
              step: confidence
      """)
    #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
  }

  @Test func pointsAtMistakesInATestsFile() throws {
    let source = MarkedText(
      """
      scenario: first-meeting
      tests:
        - name: typo
          turns:
            - say: hello
              ⟦1⟧reply-contain: hi
            - ⟦2⟧step: opening
      """)
    let (file, diagnostics) = ConversationTestFile.load(source.text, path: "t.yaml")
    expectDiagnostics(
      diagnostics, in: source,
      [
        ExpectedDiagnostic(.unknownKey, at: "1", message: "'reply-contain'"),
        ExpectedDiagnostic(.missingKey, at: "2", message: "'say'"),
      ])
    #expect(file?.tests.first?.turns.count == 1)
  }

  @Test func anEmptyTestsFileIsReported() {
    let (file, diagnostics) = ConversationTestFile.load("", path: "t.yaml")
    #expect(file == nil)
    #expect(diagnostics.map(\.code) == [.missingKey])
  }
}
