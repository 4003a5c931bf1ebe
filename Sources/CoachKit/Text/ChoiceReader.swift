import Foundation

/// Finds which of a question's choices a person named: by its number ("2", "option 2"), its
/// place ("the second one", "the last"), or its words ("comparing myself with others").
///
/// Words count only where they belong to one choice alone (a word two labels share tells them
/// nothing apart), compared by stem. When the answer names two different choices, or a number
/// outside the list, nothing is chosen, so the question is asked again.
struct ChoiceReader {
  /// The choices' labels, in order.
  var labels: [String]

  /// What the answer names.
  enum Reading: Equatable {
    /// Exactly one choice (0-based).
    case choice(Int)
    /// Two or more different choices, or a number that is not a choice.
    case unclear
    /// No choice at all.
    case none
  }

  private static let ordinals: [String: Int] = [
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
  ]

  /// Words that say nothing about which choice is meant.
  private static let stopWords: Set<String> = [
    "i", "me", "my", "myself", "a", "an", "the", "and", "or", "to", "of", "with", "in", "on",
    "at", "for", "is", "am", "are", "be", "it", "that", "this", "one", "do", "not", "no",
    "can", "could", "would", "their", "them", "they", "she", "he", "her", "his", "feel",
    "think", "option", "choice", "number", "probably", "maybe", "yes", "yeah", "about", "what",
    "when", "how", "so", "just", "really", "most", "which", "these", "those", "because",
    "honestly", "tbh", "actually", "basically", "definitely", "guess", "suppose", "prefer",
    "rather", "like", "well", "um", "hmm", "go", "pick", "choose", "id", "ill", "say",
  ]

  /// Reads `text`.
  func read(_ text: String) -> Reading {
    // The whole label, or the start of one label only, as typed ("on a" for "On a call").
    let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let lowered = labels.map { $0.lowercased() }
    if !typed.isEmpty, typed.contains(where: \.isLetter) {
      if let exact = lowered.firstIndex(of: typed) { return .choice(exact) }
      let starts = lowered.indices.filter { lowered[$0].hasPrefix(typed) }
      if starts.count == 1 { return .choice(starts[0]) }
      if starts.count > 1 { return .unclear }
    }
    var named = Set<Int>()
    let count = labels.count
    for number in NumberReader(maximum: count).numbers(in: text) {
      guard (1...max(count, 1)).contains(number) else { return .unclear }
      named.insert(number - 1)
    }
    let tokens = NumberReader.tokens(text).map(\.text)
    for (index, word) in tokens.enumerated() {
      if let place = Self.ordinals[word], place <= count {
        named.insert(place - 1)
      } else if word == "last", index + 1 == tokens.count || tokens[index + 1] == "one" {
        named.insert(count - 1)
      }
    }
    named.formUnion(labelsNamed(by: tokens))
    switch named.count {
    case 0: return .none
    case 1: return named.first.map(Reading.choice) ?? .none
    default: return .unclear
    }
  }

  /// The labels whose own words the answer uses: the one with the most, if it has at least
  /// one and no other label comes close enough to be meant too.
  private func labelsNamed(by tokens: [String]) -> Set<Int> {
    let stems = labels.map { label in
      Set(NumberReader.tokens(label).map(\.text).filter(Self.isContent).map(Stemmer.stem))
    }
    let answer = Set(tokens.filter(Self.isContent).map(Stemmer.stem))
    var scores: [Int] = []
    for (index, own) in stems.enumerated() {
      let others = stems.enumerated().filter { $0.offset != index }.reduce(Set<String>()) {
        $0.union($1.element)
      }
      scores.append(own.subtracting(others).intersection(answer).count)
    }
    return Set(scores.indices.filter { scores[$0] > 0 })
  }

  private static func isContent(_ word: String) -> Bool {
    word.count > 1 && !stopWords.contains(word) && !word.allSatisfy(\.isNumber)
  }
}
