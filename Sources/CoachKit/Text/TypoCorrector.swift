import Synchronization

/// Puts right one-letter slips in longer words ("propably", "scedule", "advise" for the noun)
/// against the words the rules look for, without touching real words.
///
/// A word of five letters or more that is not in the English word list and not one the rules
/// know is replaced by the one word of the rules' vocabulary it is one edit away from (a letter
/// added, dropped, changed, or two letters swapped); when two are that close, or the word list
/// is empty, nothing changes. A real word is never changed, except for a few well-known slips
/// after a word that needs a noun ("bad advise" → "bad advice"). A corrected word is quoted
/// back corrected; the transcript keeps the answer as typed.
public struct TypoCorrector: Sendable {
  /// The words the rules look for, built the first time an answer is corrected: the shared
  /// theme rules they include are compiled off the start-up path (``Prompts/prepare()``), so
  /// building them when the scenario is compiled would make the first question wait for them.
  private let words: Words
  /// Whether a word is English, so never corrected; nil for no correction at all.
  let isWord: (@Sendable (String) -> Bool)?

  /// The words the rules look for, five letters or longer.
  var vocabulary: Set<String> { words.index.vocabulary }
  /// Vocabulary words by length, for the search.
  private var byLength: [Int: [String]] { words.index.byLength }

  /// The vocabulary and its index by length, computed once on first use.
  private final class Words: Sendable {
    typealias Index = (vocabulary: Set<String>, byLength: [Int: [String]])
    private let make: @Sendable () -> Set<String>
    private let built = Mutex<Index?>(nil)

    init(_ make: @escaping @Sendable () -> Set<String>) { self.make = make }

    var index: Index {
      built.withLock { built in
        if let built { return built }
        let kept = make().filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        let index = (kept, Dictionary(grouping: kept, by: \.count))
        built = index
        return index
      }
    }
  }

  /// Real-word slips, corrected only after a word that needs a noun.
  static let nounSlips: [String: String] = ["advise": "advice", "devise": "device"]
  static let beforeNoun: Set<String> = [
    "bad", "good", "wrong", "poor", "terrible", "useful", "my", "the", "some", "any", "her",
    "his", "their", "your", "our", "of", "career", "practical", "give", "giving", "gave",
  ]

  /// No correction at all.
  public static let none = TypoCorrector(vocabulary: [], isWord: nil)

  /// A corrector for these rule words, with a test of whether a (lower-case) word is English.
  public init(vocabulary: Set<String>, isWord: (@Sendable (String) -> Bool)?) {
    self.init(vocabularyOnFirstUse: { vocabulary }, isWord: isWord)
  }

  /// A corrector whose vocabulary is gathered the first time an answer is corrected.
  public init(
    vocabularyOnFirstUse vocabulary: @escaping @Sendable () -> Set<String>,
    isWord: (@Sendable (String) -> Bool)?
  ) {
    words = Words(vocabulary)
    self.isWord = isWord
  }

  /// The tokens with slips put right.
  public func correct(_ tokens: [Token]) -> [Token] {
    guard isWord != nil, !vocabulary.isEmpty else { return tokens }
    var result = tokens
    for (index, token) in tokens.enumerated() where !token.isDelimiter {
      let before = index > 0 ? tokens[index - 1].key : ""
      if let fixed = correction(of: token.key, after: before) {
        result[index] = Token(key: fixed, surface: fixed)
      }
    }
    return result
  }

  /// The word `word` was meant to be, or nil to leave it.
  func correction(of word: String, after before: String) -> String? {
    guard let isWord else { return nil }
    if let noun = Self.nounSlips[word], Self.beforeNoun.contains(before) { return noun }
    guard word.count >= 5, word.allSatisfy(\.isLetter), !vocabulary.contains(word) else {
      return nil
    }
    let near = (word.count - 1...word.count + 1).flatMap { byLength[$0] ?? [] }.filter {
      Self.isOneEditApart(Array(word), Array($0))
    }
    // The word list is consulted last, only for a word that could be a slip.
    guard near.count == 1, !isWord(word) else { return nil }
    return near[0]
  }

  /// Whether two words differ by one added, dropped or changed letter, or two swapped letters.
  static func isOneEditApart(_ first: [Character], _ second: [Character]) -> Bool {
    if first.count == second.count {
      let differences = first.indices.filter { first[$0] != second[$0] }
      if differences.count == 1 { return true }
      return differences.count == 2 && differences[1] == differences[0] + 1
        && first[differences[0]] == second[differences[1]]
        && first[differences[1]] == second[differences[0]]
    }
    let (short, long) = first.count < second.count ? (first, second) : (second, first)
    guard long.count == short.count + 1 else { return false }
    var index = 0
    while index < short.count && short[index] == long[index] { index += 1 }
    return short[index...] == long[(index + 1)...]
  }
}
