import CoachKit
import Testing

/// `:why` in plain words: no rule names, no paths, no trace.
@Suite struct ExplanationPlainWordsTests {
  private func why(_ text: String, step: Int = 0) throws -> String {
    let scenario = try firstMeeting()
    return Explanation(scenario: scenario, stepIndex: step, text: text)
      .plainWords(voice: scenario.prompts.voice)
  }

  @Test func namesThePartRepliedToAndItsTheme() throws {
    #expect(
      try why("I'm swamped")
        == "I replied to the part where you said you are swamped, which I read as having too much on."
    )
  }

  @Test func usesOnlyTheClauseTheReplyCameFrom() throws {
    let words = try why("The weather is nice, but I'm swamped")
    #expect(words.contains("where you said you are swamped,"))
    #expect(!words.contains("weather"))
  }

  @Test func saysWhenNothingMatched() throws {
    #expect(try why("I am not swamped") == "Nothing matched, so I asked an open question.")
  }

  @Test func saysWhenTheSafetyNetCaughtIt() throws {
    #expect(try why("I want to die") == "I stopped to check you are safe.")
  }

  @Test func neverShowsRuleNamesOrPaths() throws {
    for text in ["I'm swamped", "I am not swamped", "I want to die", "hello"] {
      let words = try why(text)
      #expect(
        !words.contains("busy") && !words.contains(".yaml") && !words.contains("first-person"))
      #expect(!words.contains("\n"))
    }
  }
}
