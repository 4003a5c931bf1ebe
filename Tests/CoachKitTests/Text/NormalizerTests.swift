import CoachKit
import Testing

@Suite struct NormalizerTests {
  static let normalizer = Normalizer(
    contractions: ["i'm": "i am", "can't": "can not", "won't": "will not", "i've": "i have"],
    delimiters: [",", ".", ";", "!", "?", "but"])

  struct Case: Sendable, CustomTestStringConvertible {
    var id: String
    var input: String
    var clauses: String
    var testDescription: String { id }
  }

  /// Each case's clauses, as match keys, separated by ` | `.
  static let cases: [Case] = [
    Case(id: "lower-cases words", input: "I Am BUSY", clauses: "i am busy"),
    Case(id: "expands a contraction from the table", input: "I'm busy", clauses: "i am busy"),
    Case(id: "expands can't as can not", input: "I can't cope", clauses: "i can not cope"),
    Case(id: "expands won't as will not", input: "I won't go", clauses: "i will not go"),
    Case(id: "splits other n't words into not", input: "I don't know", clauses: "i do not know"),
    Case(id: "makes curly apostrophes plain", input: "I\u{2019}m tired", clauses: "i am tired"),
    Case(id: "splits words at an en dash", input: "on\u{2013}call", clauses: "on call"),
    Case(id: "splits words at a hyphen", input: "On-Call nights", clauses: "on call nights"),
    Case(id: "folds compatibility ligatures", input: "\u{FB01}ne", clauses: "fine"),
    Case(
      id: "folds full-width letters", input: "\u{FF22}\u{FF35}\u{FF33}\u{FF39}", clauses: "busy"),
    Case(id: "splits a possessive 's", input: "my mentee's rota", clauses: "my mentee 's rota"),
    Case(id: "splits clauses at a comma", input: "fine, tired", clauses: "fine | tired"),
    Case(
      id: "splits clauses at . ; ! ?", input: "a. b; c! d? e", clauses: "a | b | c | d | e"),
    Case(id: "splits clauses at the word but", input: "busy but OK", clauses: "busy | ok"),
    Case(
      id: "treats an ellipsis as a full stop", input: "tired\u{2026} very", clauses: "tired | very"),
    Case(id: "drops empty clauses", input: "busy,, . tired", clauses: "busy | tired"),
    Case(
      id: "drops other punctuation", input: "busy (really) \"swamped\"",
      clauses: "busy really swamped"),
    Case(id: "gives nothing for blank text", input: "  \n ", clauses: ""),
  ]

  @Test(arguments: cases)
  func normalises(_ example: Case) {
    let clauses = Self.normalizer.clauses(example.input)
    #expect(clauses.map(\.keyText).joined(separator: " | ") == example.clauses)
  }

  @Test func keepsTheSurfaceSpellingForReplies() {
    let tokens = Self.normalizer.tokens("I'm on My Rota")
    #expect(tokens.map(\.surface) == ["I'm", "", "on", "My", "Rota"])
    #expect(tokens.map(\.key) == ["i", "am", "on", "my", "rota"])
    #expect(tokens.text == "I'm on My Rota")
  }

  @Test func keepsAContractionAsTypedWhileRulesReadItsExpansion() {
    let tokens = Self.normalizer.tokens("Can't")
    #expect(tokens.map(\.surface) == ["Can't", ""])
    #expect(tokens.map(\.key) == ["can", "not"])
  }

  @Test func reflectsAContractionWordByWord() {
    let reflector = Reflector(table: ["i": "you", "am": "are"])
    #expect(reflector.reflect(Self.normalizer.tokens("I'm tired")) == "you are tired")
    #expect(reflector.reflect(Self.normalizer.tokens("can't sleep")) == "can't sleep")
  }

  @Test func marksDelimitersAndKeepsThemInTokens() {
    let tokens = Self.normalizer.tokens("busy, but fine")
    #expect(tokens.map(\.isDelimiter) == [false, true, true, false])
  }

  @Test func joinsTokensAsReadableTextWithPossessivesAttached() {
    #expect(Self.normalizer.tokens("my mentee's rota").text == "my mentee's rota")
  }

  @Test func stripsSingleQuotesAroundAWord() {
    #expect(Self.normalizer.tokens("I said 'busy' today").keyText == "i said busy today")
  }
}
