import Foundation
import TestSupport
import Testing

/// `test --try`: the replies a sample answer gets, with what each element matched.
@Suite struct TryAnswerTests {
  @Test func printsWhatEachElementMatchedAndEveryReplyInTurn() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["test", "--try", "I am completely swamped", "--step", "opening", "first-meeting"]
        + EndToEnd.fixtureOptions, input: "")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        Step 'opening' of first-meeting: I am completely swamped
        Rule busy (\(EndToEnd.scenarioFile.path):18)
        Pattern '* @busy *':
          {1} '*' matched "I am completely"
          {2} '@busy' matched "swamped"
          {3} '*' matched ""
        Replies, in turn:
          You sound swamped. Let's keep it manageable.
          Being swamped is real. We'll keep it small.
        Tags: time.overload
        Next step: confidence

        """)
  }

  @Test func takesAScenarioFileAndSaysWhenNoRuleReplies() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["test", "--try", "hello", EndToEnd.scenarioFile.path, "--prompts", EndToEnd.prompts.path],
      input: "")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasSuffix(
        "No rule replies; the coach asks: Tell me more about the meeting itself.\n"))
  }

  @Test func refusesAStepThatReadsNoText() throws {
    let coach = try BinaryRunner()
    let result = try coach.run(
      ["test", "--try", "5", "--step", "confidence", "first-meeting"] + EndToEnd.fixtureOptions,
      input: "")
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("has no free-text step 'confidence' (free-text steps: opening, step)"))
  }
}
