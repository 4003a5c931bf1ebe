import Testing

@testable import CoachKit

/// Choices named as people type them, read by `ChoiceReader` against the bundled labels.
@Suite struct ChoiceReaderTests {
  static let lens = [
    "I feel I do not know enough to help", "I compare myself with other mentors",
    "I worry my advice could harm their career",
  ]
  static let rhythm = [
    "A short meeting every two weeks", "A longer meeting once a month",
    "Honestly, I am not sure I can commit to anything regular yet",
  ]
  static let hat = [
    "When and how my mentee can reach me", "Being both mentor and assessor",
    "A problem that is beyond my role as a mentor",
  ]

  struct Case: Sendable, CustomTestStringConvertible {
    var labels: [String]
    var text: String
    var reading: ChoiceReader.Reading
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(labels: lens, text: "2", reading: .choice(1)),
    Case(labels: lens, text: "2.", reading: .choice(1)),
    Case(labels: lens, text: "option 3", reading: .choice(2)),
    Case(labels: lens, text: "number two i think", reading: .choice(1)),
    Case(labels: lens, text: "the second one", reading: .choice(1)),
    Case(labels: lens, text: "the last one", reading: .choice(2)),
    Case(labels: lens, text: "first", reading: .choice(0)),
    Case(labels: lens, text: "comparing myself with others", reading: .choice(1)),
    Case(labels: lens, text: "comparing myself", reading: .choice(1)),
    Case(labels: lens, text: "not knowing enough", reading: .choice(0)),
    Case(labels: lens, text: "harming her career with bad advice", reading: .choice(2)),
    Case(labels: lens, text: "2, comparing myself", reading: .choice(1)),
    Case(labels: lens, text: "I compare myself with other mentors", reading: .choice(1)),
    Case(labels: lens, text: "1 or 2", reading: .unclear),
    Case(labels: lens, text: "the first or the second", reading: .unclear),
    Case(labels: lens, text: "comparing myself, and worrying about my advice", reading: .unclear),
    Case(labels: lens, text: "3, comparing myself", reading: .unclear),
    Case(labels: lens, text: "5", reading: .unclear),
    Case(labels: lens, text: "none of them really", reading: .none),
    Case(labels: rhythm, text: "every two weeks", reading: .choice(0)),
    Case(labels: rhythm, text: "once a month honestly", reading: .choice(1)),
    Case(labels: rhythm, text: "not sure I can commit", reading: .choice(2)),
    Case(labels: rhythm, text: "a meeting", reading: .none),
    Case(labels: hat, text: "being her assessor too", reading: .choice(1)),
    Case(labels: hat, text: "something beyond my role", reading: .choice(2)),
    Case(labels: hat, text: "when she can reach me", reading: .choice(0)),
  ]

  @Test(arguments: cases)
  func readsTheChoiceNamed(_ example: Case) {
    #expect(ChoiceReader(labels: example.labels).read(example.text) == example.reading)
  }
}
