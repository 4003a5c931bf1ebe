import CoachKit
import Testing

@Suite struct PatternParserTests {
  /// A word test, built the way the parser builds one (`Pattern.Word` has no public init).
  private func word(_ text: String, prefix: Bool = false) -> Pattern.Kind {
    .word(PatternParser.phrase(prefix ? text + "*" : text)[0])
  }

  private func words(_ texts: String...) -> [Pattern.Word] {
    texts.flatMap { PatternParser.phrase($0) }
  }

  @Test func readsWordsAndWildcardsInOrder() throws {
    let pattern = try PatternParser.parse("* I feel *")
    #expect(pattern.elements.map(\.kind) == [.wildcard, word("i"), word("feel"), .wildcard])
    #expect(pattern.source == "* I feel *")
  }

  @Test func readsAPrefixWord() throws {
    let pattern = try PatternParser.parse("cancel*")
    #expect(pattern.elements.map(\.kind) == [word("cancel", prefix: true)])
  }

  @Test func readsExactCounts() throws {
    let pattern = try PatternParser.parse("_ _3")
    #expect(pattern.elements.map(\.kind) == [.exactly(1), .exactly(3)])
  }

  @Test func readsAlternativesWithPhrases() throws {
    let pattern = try PatternParser.parse("(mentee|ward round)")
    #expect(
      pattern.elements.map(\.kind) == [.alternatives([words("mentee"), words("ward", "round")])])
  }

  @Test func readsOptionalWords() throws {
    let pattern = try PatternParser.parse("i [really|truly] hate")
    #expect(pattern.elements[1].kind == .optional([words("really"), words("truly")]))
  }

  @Test func readsConceptsAndWordTags() throws {
    let pattern = try PatternParser.parse("* @oncall my /family *")
    #expect(pattern.elements[1].kind == .concept("oncall"))
    #expect(pattern.elements[3].kind == .wordTag("family"))
    #expect(pattern.conceptNames == ["oncall", "family"])
  }

  @Test func readsNamedCaptures() throws {
    let pattern = try PatternParser.parse("* i feel feeling=* about who=(mentee|trainee)")
    #expect(pattern.elements[3].name == "feeling")
    #expect(pattern.elements[3].kind == .wildcard)
    #expect(pattern.elements[5].name == "who")
    #expect(pattern.captureNames == ["feeling", "who"])
  }

  @Test func knowsWhichPatternsMatchEverything() throws {
    #expect(try PatternParser.parse("*").matchesEverything)
    #expect(try PatternParser.parse("* *").matchesEverything)
    #expect(try !PatternParser.parse("_").matchesEverything)
    #expect(try !PatternParser.parse("* busy *").matchesEverything)
  }

  @Test func readsConceptPhrasesWithHyphensAndPrefixes() {
    #expect(PatternParser.phrase("On-Call").map(\.text) == ["on", "call"])
    #expect(PatternParser.phrase("On-Call").map(\.isPrefix) == [false, false])
    #expect(PatternParser.phrase("cancel*").map(\.text) == ["cancel"])
    #expect(PatternParser.phrase("cancel*").map(\.isPrefix) == [true])
  }

  @Test func prefixWordsMatchAnyEnding() {
    let prefix = PatternParser.phrase("cancel*")[0]
    #expect(prefix.matches("cancelled"))
    #expect(prefix.matches("cancel"))
    #expect(!prefix.matches("can"))
    #expect(!PatternParser.phrase("care")[0].matches("career"))
    #expect(PatternParser.phrase("care*")[0].matches("career"))
  }

  struct Failure: Sendable, CustomTestStringConvertible {
    var id: String
    var pattern: String
    var message: String
    var column: Int
    var testDescription: String { id }
  }

  static let failures: [Failure] = [
    Failure(id: "an empty pattern", pattern: "  ", message: "empty", column: 1),
    Failure(id: "an unclosed (", pattern: "* (a|b *", message: "not closed", column: 3),
    Failure(id: "an unclosed [", pattern: "i [really", message: "not closed", column: 3),
    Failure(
      id: "an empty alternative", pattern: "* (a||b) *", message: "empty alternative", column: 3),
    Failure(id: "an empty optional", pattern: "* [] *", message: "empty alternative", column: 3),
    Failure(id: "_0", pattern: "* _0 *", message: "'_0'", column: 3),
    Failure(id: "_ with a non-number", pattern: "_x", message: "'_x'", column: 1),
    Failure(
      id: "a capture without an element", pattern: "* feeling=", message: "no element", column: 3),
    Failure(
      id: "a capture name with a digit first", pattern: "1x=*", message: "not a capture name",
      column: 1),
    Failure(id: "a bad element inside a capture", pattern: "* name=_0", message: "'_0'", column: 8),
    Failure(id: "a stray bracket", pattern: "* a) *", message: "out of place", column: 3),
    Failure(id: "an @ without a name", pattern: "* @ *", message: "names no concept", column: 3),
  ]

  @Test(arguments: failures)
  func rejects(_ example: Failure) {
    #expect {
      _ = try PatternParser.parse(example.pattern)
    } throws: { error in
      guard let failure = error as? PatternParser.Failure else { return false }
      return failure.message.contains(example.message) && failure.column == example.column
    }
  }
}
