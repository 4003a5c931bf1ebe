/// Finds an answer's main clause and reflects it, so the coach can say back what was said.
///
/// A clause qualifies when it is a plain statement with its own subject and verb: it starts
/// (after fillers such as "honestly" or "well", and hedges such as "probably", which are kept)
/// with a subject pronoun or a short noun phrase followed by a verb, it is not a question, and it
/// does not speak of "you" (in a mentor's answer that is the mentee's reported words, or the
/// generic "you", and reflecting either would misread it). The first clause that qualifies is
/// reflected with `Reflector.reflectForReply(_:)` and checked with `ReplyGrammar`; when none
/// qualifies, or the result is not clean, there is no paraphrase.
public struct Paraphraser: Sendable {
  /// The reflection table and its grammar.
  public var reflector: Reflector
  /// Creates a paraphraser.
  public init(reflector: Reflector) { self.reflector = reflector }

  /// The longest clause, in words, that is said back whole; a longer one is cut at a
  /// conjunction, or not paraphrased.
  public static let maximumWords = 18

  /// The reflected main clause of an answer's tokens (delimiters included), starting in lower
  /// case unless it starts with "I", without closing punctuation; nil when no clause qualifies.
  public func paraphrase(_ tokens: [Token]) -> String? {
    var start = 0
    while start < tokens.count {
      var end = start
      while end < tokens.count && !tokens[end].isDelimiter { end += 1 }
      let closer = end < tokens.count ? tokens[end].key : nil
      if closer != "?", let text = statement(Array(tokens[start..<end])) { return text }
      start = end + 1
    }
    return nil
  }

  private func statement(_ clause: [Token]) -> String? {
    var words = clause.filter {
      $0.key.first.map { $0.isLetter || $0.isNumber || $0 == "'" } ?? false
    }
    while let first = words.first, Self.fillers.contains(first.key) { words.removeFirst() }
    if words.count >= 3, words[0].key == "to", words[1].key == "be", words[2].key == "honest" {
      words.removeFirst(3)
    }
    guard words.count >= 3, !words.contains(where: { Self.secondPerson.contains($0.key) }),
      let verb = verbPosition(words)
    else { return nil }
    if words.count > Self.maximumWords {
      guard
        let cut = words.indices.first(where: {
          $0 > verb + 1 && $0 <= Self.maximumWords && Self.conjunctions.contains(words[$0].key)
        })
      else { return nil }
      words = Array(words[..<cut])
    }
    while let last = words.last, Self.conjunctions.contains(last.key) || last.key == "to" {
      words.removeLast()
    }
    var reflected = reflector.reflectForReply(words)
    if let first = reflected.first, first.key != "i", Self.lowerable.contains(first.key) {
      reflected[0].surface = first.surface.lowercased()
    }
    let text = reflected.text
    return ReplyGrammar.problems(in: text).isEmpty ? text : nil
  }

  /// The index of the clause's verb when it opens with a subject and a verb, else nil.
  private func verbPosition(_ words: [Token]) -> Int? {
    var index = 0
    while index < words.count, Self.hedges.contains(words[index].key) { index += 1 }
    guard index < words.count, !Self.questionWords.contains(words[index].key) else { return nil }
    var subjectEnd: Int
    if Self.subjects.contains(words[index].key) {
      subjectEnd = index + 1
    } else if Self.determiners.contains(words[index].key) {
      // A short noun phrase: "my mentee", "the last two meetings".
      subjectEnd = index + 1
      while subjectEnd < words.count, subjectEnd - index <= 3,
        !Self.isVerb(words[subjectEnd].key, afterNoun: true)
      {
        subjectEnd += 1
      }
      guard subjectEnd > index + 1 else { return nil }
    } else {
      return nil
    }
    while subjectEnd < words.count, Reflector.adverbs.contains(words[subjectEnd].key) {
      subjectEnd += 1
    }
    guard subjectEnd < words.count else { return nil }
    let candidate = words[subjectEnd].key
    let isNoun = !Self.subjects.contains(words[index].key)
    if isNoun ? Self.isVerb(candidate, afterNoun: true) : !Self.notVerbs.contains(candidate) {
      return subjectEnd
    }
    return nil
  }

  private static func isVerb(_ word: String, afterNoun: Bool) -> Bool {
    auxiliaries.contains(word)
      || (afterNoun && (word.hasSuffix("ed") || commonVerbs.contains(word)))
  }

  /// Words at the start of a clause that carry no meaning to say back.
  static let fillers: Set<String> = [
    "honestly", "well", "um", "erm", "er", "uh", "ok", "okay", "yeah", "yes", "so", "oh", "tbh",
    "and", "also", "basically", "anyway", "hmm", "right", "look", "sure", "obviously", "frankly",
  ]
  /// Hedges that may stand before the subject and are kept.
  static let hedges: Set<String> = ["probably", "maybe", "perhaps", "possibly", "sometimes"]
  /// Words that make the clause speak to or about "you": not paraphrased.
  static let secondPerson: Set<String> = ["you", "your", "yours", "yourself", "yourselves", "ya"]
  static let questionWords: Set<String> = [
    "what", "why", "how", "when", "where", "who", "which", "whether", "if", "whose",
  ]
  static let subjects: Set<String> = ["i", "we", "she", "he", "they", "it", "there", "everyone"]
  static let determiners: Set<String> = ["my", "our", "her", "his", "their", "the", "this"]
  /// Words that may be said in lower case at the start of the paraphrase.
  static let lowerable: Set<String> =
    subjects.union(determiners).union(hedges).union(["you", "your", "me"])
  static let auxiliaries: Set<String> = [
    "am", "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "will", "would",
    "can", "could", "should", "shall", "might", "must", "may", "keeps", "kept", "gets", "got",
    "seems", "seemed", "feels", "felt", "needs", "wants", "tends",
  ]
  static let commonVerbs: Set<String> = [
    "goes", "comes", "takes", "makes", "says", "said", "runs", "ran", "thinks", "knows", "knew",
    "books", "cancels", "sends", "sent", "asks", "told", "tells", "expects", "messages", "texts",
  ]
  /// Words that cannot follow a subject pronoun as its verb: the clause is a fragment.
  static let notVerbs: Set<String> = [
    "a", "an", "the", "my", "our", "her", "his", "their", "and", "or", "of", "to", "in", "on",
    "at", "for", "with", "as", "than", "that", "who", "which", "i", "we", "she", "he", "they",
    "it", "me", "him", "them", "us", "too", "either", "both", "all",
  ]
  static let conjunctions: Set<String> = [
    "and", "because", "so", "which", "who", "when", "while", "although", "though", "as", "or",
    "since", "cause", "until", "unless", "if",
  ]
}
