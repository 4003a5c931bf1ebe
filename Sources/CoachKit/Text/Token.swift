/// One word or punctuation mark of a normalised answer.
public struct Token: Hashable, Sendable, Codable {
  /// The normalised form used for matching: lower case, compatibility-folded.
  public var key: String
  /// The form shown back to the mentor (the original spelling, or a contraction's expansion).
  public var surface: String
  /// Whether this token ends a clause (`,` `.` `;` `!` `?` or the word `but`).
  public var isDelimiter: Bool

  /// Creates a token.
  public init(key: String, surface: String, isDelimiter: Bool = false) {
    self.key = key
    self.surface = surface
    self.isDelimiter = isDelimiter
  }
}

extension Array where Element == Token {
  /// The tokens joined as readable text: words with spaces, `'s` and the like attached.
  public var text: String {
    var result = ""
    for token in self where !token.surface.isEmpty {
      if !result.isEmpty && !token.surface.hasPrefix("'") { result += " " }
      result += token.surface
    }
    return result
  }

  /// The match keys joined with spaces.
  public var keyText: String { map(\.key).joined(separator: " ") }
}
