/// The words one pattern matched in a clause: a span of tokens per element.
public struct PatternMatch: Sendable, Hashable {
  /// The token range each element matched, in element order.
  public var spans: [Range<Int>]
  /// The clause the spans index into.
  public var tokens: [Token]
  /// Whether a negating word stands before the matched words.
  public var isNegated: Bool

  /// The tokens element `number` (1-based) matched.
  public func capture(_ number: Int) -> [Token] {
    guard number >= 1, number <= spans.count else { return [] }
    return Array(tokens[spans[number - 1]])
  }

  /// The first token index matched by a specific (non-wildcard) element, for ordering rules
  /// by where their words come in the answer.
  public func firstSpecificIndex(in pattern: Pattern) -> Int {
    guard pattern.elements.contains(where: \.isSpecific) else { return 0 }
    var first = tokens.count
    for (index, element) in pattern.elements.enumerated()
    where element.isSpecific && !spans[index].isEmpty {
      first = min(first, spans[index].lowerBound)
    }
    return first
  }
}

extension Pattern {
  /// Matches the whole clause, trying the shortest wildcard spans first (as DOCTOR did).
  ///
  /// - Parameters:
  ///   - tokens: one clause, without delimiters.
  ///   - concepts: the concepts `@name` and `/name` refer to.
  ///   - negation: the negation rules; the match records whether it is negated.
  /// - Returns: the spans, or nil when the pattern does not match.
  public func match(_ tokens: [Token], concepts: ConceptTable, negation: NegationScope)
    -> PatternMatch?
  {
    var spans = [Range<Int>](repeating: 0..<0, count: elements.count)
    guard matchFrom(0, 0, tokens, concepts, &spans) else { return nil }
    let negated = negation.isNegated(spans: spans, elements: elements, tokens: tokens)
    return PatternMatch(spans: spans, tokens: tokens, isNegated: negated)
  }

  private func matchFrom(
    _ element: Int, _ position: Int, _ tokens: [Token], _ concepts: ConceptTable,
    _ spans: inout [Range<Int>]
  ) -> Bool {
    if element == elements.count { return position == tokens.count }
    let remaining = tokens.count - position
    var ends: [Int]
    switch elements[element].kind {
    case .wildcard:
      ends = Array(position...tokens.count)
    case .exactly(let count):
      ends = count <= remaining ? [position + count] : []
    case .word(let word):
      ends = remaining > 0 && word.matches(tokens[position].key) ? [position + 1] : []
    case .alternatives(let options):
      ends = ConceptTable.ends(of: options, in: tokens, from: position)
    case .optional(let options):
      ends = ConceptTable.ends(of: options, in: tokens, from: position) + [position]
    case .concept(let name):
      ends = concepts.ends(of: name, in: tokens, from: position)
    case .wordTag(let name):
      ends = concepts.ends(of: name, in: tokens, from: position).filter { $0 == position + 1 }
    }
    for end in ends {
      spans[element] = position..<end
      if matchFrom(element + 1, end, tokens, concepts, &spans) { return true }
    }
    return false
  }
}
