import Testing

@testable import CoachKit

/// Numbers as people type them at a scale question, read by `NumberReader`.
@Suite struct NumberReaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var numbers: [Int]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "4", numbers: [4]),
    Case(text: "propably a 4, i'm ok at it", numbers: [4]),
    Case(text: "4 still", numbers: [4]),
    Case(text: "probably a 4", numbers: [4]),
    Case(text: "I'd say five", numbers: [5]),
    Case(text: "5/7", numbers: [5]),
    Case(text: "5 / 7 i think", numbers: [5]),
    Case(text: "3 out of 7", numbers: [3]),
    Case(text: "six out of seven", numbers: [6]),
    Case(text: "3 or 4", numbers: [3, 4]),
    Case(text: "3-4", numbers: [3, 4]),
    Case(text: "between 3 and 4", numbers: [3, 4]),
    Case(text: "3/4", numbers: [3, 4]),
    Case(text: "-1", numbers: [-1]),
    Case(text: "ok - 4", numbers: [4]),
    Case(text: "4.5", numbers: [4, 5]),
    Case(text: "2 years in, I'd say a 3", numbers: [3]),
    Case(text: "we meet every two weeks, so 5", numbers: [5]),
    Case(text: "after 8pm it's a 2", numbers: [2]),
    Case(text: "4th time she cancelled", numbers: []),
    Case(text: "one", numbers: [1]),
    Case(text: "probably one", numbers: [1]),
    Case(text: "no one has ever asked", numbers: []),
    Case(text: "the second one", numbers: []),
    Case(text: "one of the hardest things", numbers: []),
    Case(text: "4 seems right", numbers: [4]),
    Case(text: "quite ready", numbers: []),
  ]

  @Test(arguments: cases)
  func findsTheNumbersMeantAsAnAnswer(_ example: Case) {
    #expect(NumberReader(maximum: 7).numbers(in: example.text) == example.numbers)
  }

  @Test func aSlashIsTheScaleOnlyWhenItEndsAtTheMaximum() {
    #expect(NumberReader(maximum: 10).numbers(in: "7/10") == [7])
    #expect(NumberReader(maximum: 10).numbers(in: "7/8") == [7, 8])
    #expect(NumberReader(maximum: nil).numbers(in: "7/8") == [7])
  }
}
