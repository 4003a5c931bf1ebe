/// What the Tab key should do, worked out from the line and the candidates.
///
/// This is the pure part of completion; ``EditLineReader`` carries the plan out.
public enum CompletionPlan: Equatable, Sendable {
  /// Insert this text at the cursor.
  case insert(String)
  /// Several candidates share no longer prefix: show them.
  case list([String])
  /// Nothing matches: beep.
  case beep

  /// Plans the completion of the word before the cursor.
  ///
  /// The word is the text after the last space or tab. Candidates that do not start with it
  /// are dropped, and duplicates are removed. One match inserts its remainder and a space;
  /// several insert their longest common prefix, or are listed when that adds nothing.
  ///
  /// - Parameters:
  ///   - lineBeforeCursor: The edit buffer up to the cursor.
  ///   - candidates: Full words offered by the completer.
  /// - Returns: The action to take.
  public static func make(lineBeforeCursor: String, candidates: [String]) -> CompletionPlan {
    let word = currentWord(in: lineBeforeCursor)
    var seen = Set<String>()
    let matches = candidates.filter { $0.hasPrefix(word) && seen.insert($0).inserted }
    guard let first = matches.first else { return .beep }
    if matches.count == 1 {
      return .insert(String(first.dropFirst(word.count)) + " ")
    }
    let prefix = matches.dropFirst().reduce(first) { commonPrefix($0, $1) }
    if prefix.count > word.count {
      return .insert(String(prefix.dropFirst(word.count)))
    }
    return .list(matches)
  }

  /// Returns the text after the last space or tab.
  static func currentWord(in line: String) -> String {
    guard let index = line.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return line }
    return String(line[line.index(after: index)...])
  }

  private static func commonPrefix(_ lhs: String, _ rhs: String) -> String {
    String(zip(lhs, rhs).prefix { $0 == $1 }.map(\.0))
  }
}
