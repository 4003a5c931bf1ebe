import Testing

@testable import CoachKit

/// The reading order of an answer's clauses: a clause that turns against the others first.
@Suite struct ContrastOrderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var order: [Int]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "She could do the booking", order: [0]),
    Case(text: "She could do the booking but I'd rather keep it", order: [1, 0]),
    Case(text: "She could do the booking, but I'd rather keep it", order: [1, 0]),
    Case(text: "the booking, though I still do it", order: [1, 0]),
    Case(text: "Still, I'd keep the booking myself. She is new", order: [1, 0, 2]),
    Case(text: "I do the notes. However she books the room", order: [1, 0]),
    Case(text: "I still do the booking, she's only a student", order: [0, 1]),
    Case(text: "she does the notes, that said I book it, and she chases", order: [1, 0, 2]),
    Case(text: "not yet, she is new", order: [0, 1]),
    Case(text: "We try to do fortnightly but it slips", order: [0, 1]),
  ]

  @Test(arguments: cases)
  func readsTheTurningClauseFirst(_ example: Case) throws {
    let normalizer = try AnswerFixtures.prompts().voice.normalizer
    let tokens = normalizer.tokens(example.text)
    #expect(ContrastOrder.order(tokens) == example.order)
    #expect(Set(example.order).count == normalizer.clauses(example.text).count)
  }
}
