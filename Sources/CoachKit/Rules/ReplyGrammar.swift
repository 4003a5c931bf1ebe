import Foundation

/// Checks a reply, as it will be shown, for the broken English that filling templates and
/// reflecting pronouns can produce.
///
/// The checks are narrow on purpose, so that a reply they pass is not thereby proved right, but
/// one they flag is wrong: a pronoun with a verb that does not agree ("I are", "you was"), a
/// subject with no verb before its adjective ("your mentee very organised"), an empty quotation,
/// a word said twice, and stray spaces.
public enum ReplyGrammar {
  /// The problems found in `text`, in words; empty when none.
  public static func problems(in text: String) -> [String] {
    var problems: [String] = []
    if text.contains("\"\"") { problems.append("an empty quotation") }
    if text.contains("  ") { problems.append("two spaces in a row") }
    for mark in [" .", " ,", " ?", " !", " ;"] where text.contains(mark) {
      problems.append("a space before '\(mark.dropFirst())'")
    }
    // Words, with each sentence-ending mark kept as a word of its own so that no check
    // reaches across a sentence ("…of it. It is…").
    let words = text.lowercased().replacingOccurrences(of: ".", with: " . ")
      .replacingOccurrences(of: "?", with: " . ").replacingOccurrences(of: "!", with: " . ")
      .split { !$0.isLetter && $0 != "'" && $0 != "." }.map(String.init)
    for (index, word) in words.enumerated().dropFirst() {
      let previous = words[index - 1]
      if word == previous, word != ".", !allowedRepeats.contains(word) {
        problems.append("'\(word)' twice in a row")
      }
      // "each of you is": a pronoun after "of" is not the subject.
      if let verbs = disagreeing[previous], verbs.contains(word),
        index < 2 || !["of", "than", "like", "for"].contains(words[index - 2])
      {
        problems.append("'\(previous) \(word)' does not agree")
      }
      // "So your mentee very organised": a subject that opens the sentence, with no verb.
      if previous == "mentee", index >= 2, words[index - 2] == "your",
        index == 2 || words[index - 3] == "so", verblessAfterSubject.contains(word)
      {
        problems.append("'your mentee \(word)' has no verb")
      }
    }
    return problems
  }

  /// Verbs that never follow each pronoun.
  static let disagreeing: [String: Set<String>] = [
    "i": ["are", "is", "has"],
    "you": ["am", "is", "was", "has"],
    "we": ["am", "is", "was", "has"],
    "they": ["am", "is", "was", "has"],
    "he": ["am", "are", "were"],
    "she": ["am", "are", "were"],
    "me": ["am", "are", "is", "was", "were"],
  ]

  /// Words that, straight after a subject, show its verb went missing.
  static let verblessAfterSubject: Set<String> = [
    "very", "so", "quite", "too", "not", "more", "less", "rather", "pretty", "only",
  ]

  /// Words that may honestly come twice ("had had", "that that").
  static let allowedRepeats: Set<String> = ["had", "that", "is", "do", "very", "really", "so"]
}
