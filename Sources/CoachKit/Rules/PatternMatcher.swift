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
  /// The result is the one DOCTOR's backtracking search finds (each element tries its ends
  /// in order: shortest first for wildcards, longest first for phrases), but every
  /// (element, position) pair is decided at most once, and a wildcard's scan for where the
  /// rest can start is shared between the positions it starts from. The cost is therefore
  /// linear in the clause's length times the pattern's length, whatever the pattern.
  ///
  /// - Parameters:
  ///   - tokens: one clause, without delimiters.
  ///   - concepts: the concepts `@name` and `/name` refer to.
  ///   - negation: the negation rules; the match records whether it is negated.
  /// - Returns: the spans, or nil when the pattern does not match.
  public func match(_ tokens: [Token], concepts: ConceptTable, negation: NegationScope)
    -> PatternMatch?
  {
    var search = MatchSearch(elements: elements, tokens: tokens, concepts: concepts)
    guard search.succeeds(0, 0) else { return nil }
    var spans = [Range<Int>](repeating: 0..<0, count: elements.count)
    var position = 0
    for element in elements.indices {
      guard let end = search.firstEnd(element, position) else { return nil }
      spans[element] = position..<end
      position = end
    }
    let negated = negation.isNegated(spans: spans, elements: elements, tokens: tokens)
    return PatternMatch(spans: spans, tokens: tokens, isNegated: negated)
  }
}

/// The memoised search behind ``Pattern/match(_:concepts:negation:)``.
///
/// `outcome[e][p]` records whether elements `e...` can match tokens `p...` to the end; for a
/// wildcard element, `nextStart[e][p]` records the first position at or after `p` where the
/// following elements can match, which is where the wildcard's shortest span ends.
private struct MatchSearch {
  let elements: [Pattern.Element]
  let tokens: [Token]
  let concepts: ConceptTable
  let width: Int
  /// 0 unknown, 1 fails, 2 succeeds; indexed `element * width + position`.
  var outcome: [UInt8]
  /// For wildcard elements: -1 unknown, `width` none, else the first good end.
  var nextStart: [Int32]

  init(elements: [Pattern.Element], tokens: [Token], concepts: ConceptTable) {
    self.elements = elements
    self.tokens = tokens
    self.concepts = concepts
    width = tokens.count + 1
    outcome = [UInt8](repeating: 0, count: (elements.count + 1) * width)
    nextStart = [Int32](repeating: -1, count: elements.count * width)
  }

  /// Whether elements `element...` match tokens `position...` exactly to the end.
  mutating func succeeds(_ element: Int, _ position: Int) -> Bool {
    if element == elements.count { return position == tokens.count }
    let slot = element * width + position
    switch outcome[slot] {
    case 1: return false
    case 2: return true
    default: break
    }
    let found = firstEnd(element, position) != nil
    outcome[slot] = found ? 2 : 1
    return found
  }

  /// The first end, in DOCTOR's order of trying, from which the rest of the pattern matches.
  mutating func firstEnd(_ element: Int, _ position: Int) -> Int? {
    if case .wildcard = elements[element].kind {
      let end = wildcardEnd(element, position)
      return end < width ? end : nil
    }
    for end in ends(element, position) where succeeds(element + 1, end) { return end }
    return nil
  }

  /// The end of a wildcard's shortest span that lets the next elements match.
  ///
  /// That is the first position at or after `position` from which the next elements match, or
  /// `width` when there is none. Positions scanned are filled in on the way back, so each is
  /// scanned once per wildcard element.
  private mutating func wildcardEnd(_ element: Int, _ position: Int) -> Int {
    let base = element * width
    var scan = position
    var answer = width
    while scan < width {
      let known = nextStart[base + scan]
      if known >= 0 {
        answer = Int(known)
        break
      }
      if succeeds(element + 1, scan) {
        answer = scan
        break
      }
      scan += 1
    }
    for filled in position..<min(scan + 1, width) { nextStart[base + filled] = Int32(answer) }
    return answer
  }

  /// The ends element `element` can reach from `position`, in the order DOCTOR tried them.
  private func ends(_ element: Int, _ position: Int) -> [Int] {
    let remaining = tokens.count - position
    switch elements[element].kind {
    case .wildcard:
      return Array(position...tokens.count)
    case .exactly(let count):
      return count <= remaining ? [position + count] : []
    case .word(let word):
      return remaining > 0 && word.matches(tokens[position].key) ? [position + 1] : []
    case .alternatives(let options):
      return ConceptTable.ends(of: options, in: tokens, from: position)
    case .optional(let options):
      return ConceptTable.ends(of: options, in: tokens, from: position) + [position]
    case .concept(let name):
      return concepts.ends(of: name, in: tokens, from: position)
    case .wordTag(let name):
      return concepts.ends(of: name, in: tokens, from: position).filter { $0 == position + 1 }
    }
  }
}
