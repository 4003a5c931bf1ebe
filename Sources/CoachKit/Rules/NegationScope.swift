/// Decides whether matched words are negated: a negating word shortly before them.
///
/// A negator counts when it stands within `window` tokens before the first word of a
/// specific element, with no scope-ending word (such as `and` or `because`) between, and is not
/// itself matched by a specific element of the pattern.
public struct NegationScope: Sendable {
  /// Words that negate (`not`, `no`, `never`...).
  public var negators: Set<String>
  /// Words that end a negation's reach (`and`, `because`, `so`...).
  public var breakers: Set<String>
  /// How many tokens back a negator reaches.
  public var window: Int

  /// Creates the scope rules.
  public init(negators: Set<String>, breakers: Set<String> = Self.defaultBreakers, window: Int = 5)
  {
    self.negators = negators
    self.breakers = breakers
    self.window = window
  }

  /// Conjunctions that start a new thought, beyond which a negation does not reach.
  public static let defaultBreakers: Set<String> = [
    "and", "because", "so", "although", "though", "while", "since", "if", "yet", "whereas",
    "cause", "as",
  ]

  func isNegated(spans: [Range<Int>], elements: [Pattern.Element], tokens: [Token]) -> Bool {
    var covered = Set<Int>()
    for (index, element) in elements.enumerated() where element.isSpecific {
      covered.formUnion(spans[index])
    }
    for (index, element) in elements.enumerated() where element.isSpecific {
      let span = spans[index]
      guard !span.isEmpty else { continue }
      var position = span.lowerBound - 1
      while position >= 0 && position >= span.lowerBound - window {
        let key = tokens[position].key
        if breakers.contains(key) { break }
        if negators.contains(key) && !covered.contains(position) { return true }
        position -= 1
      }
    }
    return false
  }
}
