import Foundation
import Transcript

/// Reads the mentor's answer to "How did it go?": a number, or words that start with a
/// plain outcome ("not yet", "partly", "done").
enum FollowUpAnswer {
  /// Whether the line skips the question: empty, `skip`, or a session command other than
  /// `:quit`.
  static func skips(_ line: String) -> Bool {
    let text = line.lowercased()
    if let command = SessionCommand(line: line) { return command != .quit }
    return text.isEmpty || ["skip", "pass", "s", "no thanks", "rather not say"].contains(text)
  }

  /// Whether the line is only an outcome: a number or one of the outcome phrases, nothing
  /// more.
  static func isBare(_ line: String) -> Bool {
    let text = normalised(line)
    return ["1", "2", "3"].contains(text) || phrases.contains { $0.1.contains(text) }
  }

  private static func normalised(_ line: String) -> String {
    line.lowercased().replacingOccurrences(of: "’", with: "'")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
  }

  /// The outcome the line states, or nil when it says something else.
  static func outcome(_ line: String) -> FollowUpOutcome? {
    let text = normalised(line)
    switch text {
    case "1": return .done
    case "2": return .partly
    case "3": return .notYet
    default: break
    }
    // Not-yet phrases first: "i did not" must not read as "i did".
    for (outcome, phrases) in phrases where phrases.contains(where: { starts(text, with: $0) }) {
      return outcome
    }
    return nil
  }

  private static let phrases: [(FollowUpOutcome, [String])] = [
    (
      .notYet,
      [
        "not yet", "no", "nope", "not", "i did not", "i didn't", "didn't", "did not",
        "i haven't", "i have not", "haven't", "not really",
      ]
    ),
    (
      .partly,
      ["partly", "partially", "part of it", "some of it", "half", "sort of", "kind of", "a bit"]
    ),
    (.done, ["done", "yes", "yep", "i did", "did it", "all done", "i have done it"]),
  ]

  /// Whether `text` starts with `phrase` followed by the end or a non-letter.
  private static func starts(_ text: String, with phrase: String) -> Bool {
    guard text.hasPrefix(phrase) else { return false }
    return text.dropFirst(phrase.count).first.map { !$0.isLetter } ?? true
  }
}
