import CoachKit
import TestSupport
import Testing

/// The memoised matcher finds exactly what DOCTOR's backtracking search found: the same
/// spans for every element, on many generated patterns and clauses.
@Suite struct PatternSearchOrderTests {
  /// DOCTOR's search, as the matcher was written before it was memoised: each element tries
  /// its ends in order (wildcards shortest first, phrases longest first) and backtracks.
  static func backtrack(_ pattern: Pattern, _ tokens: [Token]) -> [Range<Int>]? {
    var spans = [Range<Int>](repeating: 0..<0, count: pattern.elements.count)
    func from(_ element: Int, _ position: Int) -> Bool {
      if element == pattern.elements.count { return position == tokens.count }
      let remaining = tokens.count - position
      var ends: [Int] = []
      func phraseEnds(_ options: [[Pattern.Word]]) -> [Int] {
        var found: [Int] = []
        for option in options where option.count <= remaining {
          let fits = option.indices.allSatisfy { option[$0].matches(tokens[position + $0].key) }
          if fits && !found.contains(position + option.count) {
            found.append(position + option.count)
          }
        }
        return found.sorted(by: >)
      }
      switch pattern.elements[element].kind {
      case .wildcard: ends = Array(position...tokens.count)
      case .exactly(let count): ends = count <= remaining ? [position + count] : []
      case .word(let word):
        ends = remaining > 0 && word.matches(tokens[position].key) ? [position + 1] : []
      case .alternatives(let options): ends = phraseEnds(options)
      case .optional(let options): ends = phraseEnds(options) + [position]
      case .concept, .wordTag: ends = []
      }
      for end in ends {
        spans[element] = position..<end
        if from(element + 1, end) { return true }
      }
      return false
    }
    return from(0, 0) ? spans : nil
  }

  /// A small deterministic generator, so that a failure names a reproducible case.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test func findsTheSameSpansAsBacktracking() throws {
    let voice = try FixturePrompts.load().voice
    let pieces = ["*", "*", "a", "b", "_", "_2", "(a|a b)", "[b]", "[a b|b]", "a*"]
    var generator = Generator(state: 7)
    var compared = 0
    for _ in 0..<3_000 {
      let length = 1 + generator.next(5)
      let source = (0..<length).map { _ in pieces[generator.next(pieces.count)] }
        .joined(separator: " ")
      let pattern = try PatternParser.parse(source)
      let words = (0..<generator.next(9)).map { _ in ["a", "b", "ab"][generator.next(3)] }
      let tokens = voice.normalizer.tokens(words.joined(separator: " "))
      let found = pattern.match(tokens, concepts: ConceptTable(), negation: voice.negation)
      let expected = Self.backtrack(pattern, tokens)
      #expect(found?.spans == expected, "'\(source)' on '\(words.joined(separator: " "))'")
      if expected != nil { compared += 1 }
    }
    #expect(compared > 300)
  }
}
