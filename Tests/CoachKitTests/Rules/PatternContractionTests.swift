import CoachKit
import Testing

/// Patterns are read the way answers are: a contraction written in a pattern stands for its
/// expansion and stays one element.
@Suite struct PatternContractionTests {
  static let contractions = ["don't": "do not", "i'm": "i am"]
  static let normalizer = Normalizer(contractions: contractions, delimiters: [",", "."])
  static let negation = NegationScope(negators: ["not"])

  @Test func aContractionInAPatternMatchesItsExpansionAsOneElement() throws {
    let pattern = try PatternParser.parse("* you don't *", contractions: Self.contractions)
    #expect(pattern.elements.count == 4)
    let tokens = Self.normalizer.tokens("you don't argue with me")
    let match = try #require(
      pattern.match(tokens, concepts: ConceptTable(), negation: Self.negation))
    #expect(match.capture(3).text == "don't")
    #expect(match.capture(4).text == "argue with me")
  }

  @Test func theGenericNotEndingIsExpandedToo() throws {
    let pattern = try PatternParser.parse("* shouldn't *")
    let tokens = Self.normalizer.tokens("I shouldn't have")
    #expect(pattern.match(tokens, concepts: ConceptTable(), negation: Self.negation) != nil)
  }

  @Test func phrasesExpandContractionsWordByWord() {
    let words = PatternParser.phrase("I'm Not sure", contractions: Self.contractions)
    #expect(words.map(\.text) == ["i", "am", "not", "sure"])
  }

  @Test func aConceptInsideBracketsIsRefused() {
    #expect(throws: PatternParser.Failure.self) {
      try PatternParser.parse("* (@busy|@tired) *")
    }
  }
}
