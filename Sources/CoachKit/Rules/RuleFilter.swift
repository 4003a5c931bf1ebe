/// An index from words to the rules that could match a clause containing them.
///
/// Each rule is filed under the possible first words of one element that every match must
/// use (a word, an alternative, a concept); rules without such an element are always tried.
/// Matching then runs only on rules that share a word with the clause, which keeps a step with
/// thousands of rules well under a millisecond per answer.
public struct RuleFilter: Sendable {
  private var byWord: [String: [Int]] = [:]
  private var byPrefix: [(prefix: String, rule: Int)] = []
  private var always: [Int] = []
  /// How many rules are indexed.
  public private(set) var count = 0

  /// Indexes patterns (nil stands for a rule without a pattern, which is always tried).
  public init(patterns: [Pattern?], concepts: ConceptTable) {
    count = patterns.count
    for (index, pattern) in patterns.enumerated() {
      guard let pattern, let anchors = Self.anchors(of: pattern, concepts: concepts) else {
        always.append(index)
        continue
      }
      for word in anchors {
        if word.isPrefix {
          byPrefix.append((word.text, index))
        } else {
          byWord[word.stem, default: []].append(index)
        }
      }
    }
  }

  /// The indices of the rules worth trying on a clause, in their original order.
  public func candidates(for tokens: [Token]) -> [Int] {
    var found = Set(always)
    for token in tokens {
      if let rules = byWord[token.stem] { found.formUnion(rules) }
    }
    for entry in byPrefix where tokens.contains(where: { $0.key.hasPrefix(entry.prefix) }) {
      found.insert(entry.rule)
    }
    return found.sorted()
  }

  /// The first words of the most selective element every match must use, or nil if none.
  static func anchors(of pattern: Pattern, concepts: ConceptTable) -> [Pattern.Word]? {
    var best: [Pattern.Word]?
    for element in pattern.elements {
      let words: [Pattern.Word]?
      switch element.kind {
      case .word(let word): words = [word]
      case .alternatives(let options): words = options.compactMap(\.first)
      case .concept(let name), .wordTag(let name):
        let phrases = concepts.phrases[name] ?? []
        words = phrases.isEmpty ? nil : phrases.compactMap(\.first)
      case .wildcard, .exactly, .optional: words = nil
      }
      if let words, !words.isEmpty, words.count < (best?.count ?? .max) { best = words }
    }
    return best
  }
}
