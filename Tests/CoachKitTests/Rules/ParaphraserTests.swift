import CoachKit
import TestSupport
import Testing

@Suite struct ParaphraserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var paraphrase: String?
    var testDescription: String { input }
  }

  static let cases: [Case] = [
    Case(input: "Everything really, she's very organised.", paraphrase: "she's very organised"),
    Case(
      input: "I think I should still do the booking, she's only a student.",
      paraphrase: "you think you should still do the booking"),
    Case(
      input: "I'm scared I'll give her bad advise and ruin her career",
      paraphrase: "you are scared you will give her bad advise and ruin her career"),
    Case(input: "Honestly, we never talked about it", paraphrase: "you never talked about it"),
    Case(
      input: "Probably I was too quick to help", paraphrase: "probably you were too quick to help"),
    Case(input: "My mentee keeps cancelling", paraphrase: "your mentee keeps cancelling"),
    // Not paraphrased: a question, a fragment, the mentee's words to the mentor, too short.
    Case(input: "What if I say the wrong thing?", paraphrase: nil),
    Case(input: "Everything really", paraphrase: nil),
    Case(input: "they said you are not much older than us", paraphrase: nil),
    Case(input: "I agree", paraphrase: nil),
    Case(input: "When she cried in clinic I froze", paraphrase: nil),
  ]

  @Test(arguments: cases)
  func paraphrasesTheMainClause(_ example: Case) throws {
    let voice = try BundledPrompts.prompts().voice
    let paraphraser = Paraphraser(reflector: voice.reflector)
    #expect(paraphraser.paraphrase(voice.normalizer.tokens(example.input)) == example.paraphrase)
  }

  @Test func cutsALongClauseAtAConjunction() throws {
    let voice = try BundledPrompts.prompts().voice
    let text =
      "I keep saying yes to every single request she sends me because I worry she will think I do not care about her at all"
    let paraphrase = Paraphraser(reflector: voice.reflector).paraphrase(
      voice.normalizer.tokens(text))
    #expect(paraphrase == "you keep saying yes to every single request she sends you")
  }
}

@Suite struct ReplyGrammarTests {
  @Test(arguments: [
    "So your mentee said I are not much older than you.", "So your mentee very organised.",
    "You said \"\".", "That is  odd.", "So you was right.", "I hear that that the the plan works.",
  ])
  func flagsBrokenText(_ text: String) {
    #expect(!ReplyGrammar.problems(in: text).isEmpty)
  }

  @Test(arguments: [
    "So I am not much older than you.", "So your mentee is very organised.",
    "It means each of you is working from your own guess.",
    "That is a lot to carry. It is not a failing.", "It can teach your mentee more than a guess.",
  ])
  func passesSoundText(_ text: String) {
    #expect(ReplyGrammar.problems(in: text).isEmpty)
  }
}
