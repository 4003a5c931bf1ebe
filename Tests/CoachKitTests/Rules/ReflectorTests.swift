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
