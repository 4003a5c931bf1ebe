import Foundation

extension Engine {
  /// Keeps the answer a step's summary line will quote: the mentor's real words at that step.
  ///
  /// The first answer a rule or a theme recognised stands; later answers at the step (a
  /// follow-up's "monday", a retort) do not replace it. Before any answer is recognised, the
  /// first substantial one is kept: not a number, a single word, a question to the coach or a
  /// retort such as "I just said that".
  mutating func keepForSummary(_ text: String, step: String, recognised: Bool) {
    let hasRecognised = core.recognisedAnswers?.contains(step) ?? false
    guard !hasRecognised else { return }
    if recognised {
      core.answers[step] = text
      core.recognisedAnswers = (core.recognisedAnswers ?? []).union([step])
    } else if core.answers[step] == nil && Self.isSubstantial(text) {
      core.answers[step] = text
    }
  }

  /// Replaces the words a summary quotes for `step`, as the mentor corrected them at the end.
  ///
  /// - Parameters:
  ///   - step: A free-text step's id.
  ///   - text: The corrected words.
  /// - Returns: The summary again, with the correction.
  public mutating func correctSummary(step: String, to text: String) -> String {
    core.answers[step] = text
    core.recognisedAnswers = (core.recognisedAnswers ?? []).union([step])
    return ending(at: core.step)
  }

  /// The words the summary quotes for `step`, if any.
  public func summaryAnswer(at step: String) -> String? { core.answers[step] }

  /// Whether an answer nothing recognised is still worth quoting back.
  static func isSubstantial(_ text: String) -> Bool {
    let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
    guard words.count >= 2, words.contains(where: { $0.contains(where: \.isLetter) }) else {
      return false
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.hasSuffix("?") { return false }
    let lowered = trimmed.lowercased()
    return !retorts.contains { lowered.contains($0) }
  }

  /// Phrases that answer the coach rather than the question.
  private static let retorts = [
    "i just said", "i already said", "i told you", "as i said", "i said that", "already told you",
  ]
}
