extension Reflector {
  /// The tokens reflected for a reply: the table's one-pass substitution, then the grammar put
  /// right around the pronouns it swapped.
  ///
  /// Three things a word-by-word table gets wrong are mended:
  /// - a verb that agreed with the old pronoun agrees with the new one ("you are" → "I am",
  ///   never "I are"; "I was" → "you were"), across a few adverbs ("I really was");
  /// - `you` as an object becomes `me`, not `I` ("she told you" → "she told me"), when a
  ///   preposition or a verb stands before it and no verb follows;
  /// - nothing else: words the table does not name are left exactly as typed.
  ///
  /// `substitute(_:)` stays the plain one-pass table, as DOCTOR's scan mode needs it.
  public func reflectForReply(_ tokens: [Token]) -> [Token] {
    var result = substitute(tokens)
    guard result.count == tokens.count else { return result }
    for index in result.indices where tokens[index].key != result[index].key {
      let original = tokens[index].key
      if original == "you" && result[index].key == "i" && isObject(at: index, tokens) {
        result[index] = Token(key: "me", surface: "me", isDelimiter: false)
        continue
      }
      guard let verb = verbIndex(after: index, in: tokens) else { continue }
      let agreement: [String: String]
      switch (original, result[index].key) {
      case ("you", "i"): agreement = ["are": "am", "were": "was"]
      case ("i", "you"): agreement = ["was": "were", "am": "are"]
      default: continue
      }
      if let fixed = agreement[tokens[verb].key] {
        result[verb] = Token(key: fixed, surface: fixed, isDelimiter: false)
      }
    }
    return result
  }

  /// Words that may stand between a subject and its verb without changing the agreement.
  static let adverbs: Set<String> = [
    "just", "really", "always", "never", "often", "sometimes", "usually", "still", "also", "only",
    "probably", "actually", "already", "even", "honestly", "genuinely", "simply", "truly",
    "certainly", "definitely", "obviously", "clearly", "mostly", "rarely", "hardly",
  ]

  /// Words after which `you` is an object: prepositions and verbs that take a person.
  static let objectTakers: Set<String> = [
    "to", "for", "with", "at", "about", "from", "of", "than", "like", "without", "behind",
    "before", "after", "on", "by", "into", "towards", "toward", "around", "against", "beside",
    "told", "tell", "tells", "asked", "ask", "asks", "gave", "give", "gives", "thank", "thanked",
    "help", "helped", "helps", "show", "showed", "call", "called", "text", "texted", "email",
    "emailed", "message", "messaged", "let", "make", "made", "see", "saw", "trust", "trusted",
    "like", "love", "hate", "need", "needed", "want", "wanted", "bother", "bothered", "meet",
    "met", "pay", "paid", "expect", "expected", "blame", "blamed", "miss", "missed", "reach",
  ]

  /// Words that, following `you`, make it the subject of a verb.
  static let verbsAfterSubject: Set<String> = [
    "am", "are", "were", "was", "is", "have", "had", "has", "do", "did", "does", "will", "would",
    "can", "could", "should", "shall", "might", "must", "may", "need", "know", "think", "feel",
    "said", "say", "seem", "look", "get", "got", "want", "go", "went", "make", "made",
  ]

  private func isObject(at index: Int, _ tokens: [Token]) -> Bool {
    guard index > 0, Self.objectTakers.contains(tokens[index - 1].key) else { return false }
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
    guard let next, !next.isDelimiter else { return true }
    return !Self.verbsAfterSubject.contains(next.key) && !Self.adverbs.contains(next.key)
  }

  /// The index of the verb after a subject pronoun, skipping up to two adverbs.
  private func verbIndex(after index: Int, in tokens: [Token]) -> Int? {
    var position = index + 1
    var skipped = 0
    while position < tokens.count, Self.adverbs.contains(tokens[position].key), skipped < 2 {
      position += 1
      skipped += 1
    }
    guard position < tokens.count, !tokens[position].isDelimiter else { return nil }
    return position
  }
}
