import CoachKit
import TestSupport
import Testing

@Suite struct ReflectorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var reflected: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(id: "my becomes your", input: "my rota", reflected: "your rota"),
    Case(id: "i am becomes you are", input: "I am tired", reflected: "you are tired"),
    Case(id: "you becomes I", input: "you help me", reflected: "I help you"),
    Case(id: "swaps both ways in one pass", input: "you and i", reflected: "I and you"),
    Case(id: "your becomes my, not back again", input: "your idea", reflected: "my idea"),
    Case(id: "leaves other words as typed", input: "the Ward round", reflected: "the Ward round"),
    Case(id: "reflects an expanded contraction", input: "I'm stuck", reflected: "you are stuck"),
  ]

  @Test(arguments: cases)
  func reflects(_ example: Case) throws {
    let voice = try FixturePrompts.load().voice
    let tokens = voice.normalizer.tokens(example.input)
    #expect(voice.reflector.reflect(tokens) == example.reflected)
  }

  @Test func substitutesKeysSoScanModeMatchesTheReflectedWords() {
    let reflector = Reflector(table: ["i": "you", "am": "are"])
    let tokens = [Token(key: "i", surface: "I"), Token(key: "am", surface: "am")]
    #expect(reflector.substitute(tokens).map(\.key) == ["you", "are"])
  }
}

@Suite struct ReflectorGrammarTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var reflected: String
    var testDescription: String { input }
  }

  static let cases: [Case] = [
    Case(
      input: "they said you are not much older than us",
      reflected: "they said I am not much older than you"),
    Case(input: "you were right", reflected: "I was right"),
    Case(input: "I was out of my depth", reflected: "you were out of your depth"),
    Case(input: "I really was lost", reflected: "you really were lost"),
    Case(input: "you're kind", reflected: "I am kind"),
    Case(input: "she told you", reflected: "she told me"),
    Case(input: "I will get back to you", reflected: "you will get back to me"),
    Case(input: "you know what I mean", reflected: "I know what you mean"),
    Case(input: "she is very organised", reflected: "she is very organised"),
    Case(
      input: "I'm scared I'll give her bad advise",
      reflected: "you are scared you will give her bad advise"),
  ]

  @Test(arguments: cases)
  func reflectsWithAgreement(_ example: Case) throws {
    let voice = try BundledPrompts.prompts().voice
    let tokens = voice.normalizer.tokens(example.input)
    #expect(voice.reflector.reflect(tokens) == example.reflected)
    #expect(ReplyGrammar.problems(in: voice.reflector.reflect(tokens)).isEmpty)
  }

  @Test func scanModeSubstitutionStaysOnePass() throws {
    let voice = try BundledPrompts.prompts().voice
    let tokens = voice.normalizer.tokens("you are")
    #expect(voice.reflector.substitute(tokens).text == "I are")
  }
}
