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

  /// The tokens element `number` matched, ready to show: a contraction that the capture's edge
  /// cuts in two is spelt out, so "she's" captured without its "is" shows "she", and the "is"
  /// captured alone shows "is" rather than nothing.
  public func displayCapture(_ number: Int) -> [Token] {
    guard number >= 1, number <= spans.count else { return [] }
    let span = spans[number - 1]
    var result = Array(tokens[span])
    guard !result.isEmpty else { return result }
    func spelt(_ token: Token) -> Token {
      Token(key: token.key, surface: token.key == "i" ? "I" : token.key)
    }
    // The answer's first word, capitalised only because it starts the answer, reads in lower
    // case inside a reply ("So you would like to be better…"); names and "I" keep theirs.
    if span.lowerBound == 0, let first = result.first,
      Self.sentenceStarters.contains(first.key), first.surface.first?.isUppercase == true
    {
      result[0].surface = first.surface.lowercased()
    }
    var index = 0
    while index < result.count, result[index].surface.isEmpty {
      result[index] = spelt(result[index])
      index += 1
    }
    if span.upperBound < tokens.count, tokens[span.upperBound].surface.isEmpty,
      let head = result.lastIndex(where: { !$0.surface.isEmpty })
    {
      for position in head..<result.count { result[position] = spelt(result[position]) }
    }
    return result
  }

  /// Common words that start an answer only with a capital because they start it.
  static let sentenceStarters: Set<String> = [
    "be", "feel", "get", "become", "ask", "tell", "say", "book", "send", "talk", "speak", "have",
    "make", "keep", "try", "set", "put", "agree", "use", "let", "give", "take", "bring", "help",
    "email", "message", "write", "stop", "start", "the", "a", "an", "my", "our", "her", "his",
    "their", "she", "he", "they", "we", "it", "this", "that", "there", "maybe", "probably",
    "perhaps", "just", "only", "not", "no", "nothing", "everything", "all", "some", "more",
    "less", "being", "having", "feeling", "asking", "telling", "listening", "explaining",
    "working", "weekly", "monthly", "fortnightly", "every", "each", "once", "twice", "after",
    "before", "during", "within", "by", "via", "through", "to", "for", "with", "when", "if",
  ]

  /// Words that cannot end a quoted phrase: a capture ending in one reads as cut off ("ruin
  /// her", "too young to").
  public static let danglingWords: Set<String> = [
    "a", "an", "the", "my", "your", "her", "his", "their", "our", "its", "to", "of", "for",
    "with", "and", "or", "in", "on", "at", "as", "than", "that", "about", "be", "being", "been",
    "from", "into", "by", "very", "so", "too", "more", "most", "not", "i", "we", "they", "she",
    "he", "is", "am", "are", "was", "were", "will", "would", "can", "could", "should", "have",
    "has", "had", "do", "does", "did", "this", "these", "those", "some", "any", "no", "if",
  ]

  /// What element `number` matched, extended over the words after it until it ends as a phrase
  /// can, by at most four words and never past the clause: for a capture placed in quotes.
  public func phraseCapture(_ number: Int) -> [Token] {
    guard number >= 1, number <= spans.count else { return [] }
    var span = spans[number - 1]
    guard !span.isEmpty else { return [] }
    var extra = 0
    while extra < 4, span.upperBound < tokens.count, !tokens[span.upperBound].isDelimiter,
      Self.danglingWords.contains(tokens[span.upperBound - 1].key)
        || tokens[span.upperBound].surface.isEmpty
    {
      span = span.lowerBound..<(span.upperBound + 1)
      extra += 1
    }
    return PatternMatch(spans: [span], tokens: tokens, isNegated: isNegated).displayCapture(1)
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
      return remaining > 0 && word.matches(tokens[position], byStem: concepts.matchesStems)
        ? [position + 1] : []
    case .alternatives(let options):
      return ConceptTable.ends(
        of: options, in: tokens, from: position, byStem: concepts.matchesStems)
    case .optional(let options):
      return ConceptTable.ends(
        of: options, in: tokens, from: position, byStem: concepts.matchesStems) + [position]
    case .concept(let name):
      return concepts.ends(of: name, in: tokens, from: position)
    case .wordTag(let name):
      return concepts.ends(of: name, in: tokens, from: position).filter { $0 == position + 1 }
    }
  }
}
