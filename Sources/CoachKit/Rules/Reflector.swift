/// Swaps first and second person, word by word in one pass ("my rota" → "your rota").
public struct Reflector: Sendable {
  /// Lower-case word → replacement.
  public var table: [String: String]

  /// Creates a reflector from a substitution table.
  public init(table: [String: String]) { self.table = table }

  /// The tokens with each word substituted once, as readable text.
  public func reflect(_ tokens: [Token]) -> String { substitute(tokens).text }

  /// The tokens with each word's key and surface substituted once.
  public func substitute(_ tokens: [Token]) -> [Token] {
    tokens.map { token in
      guard let replacement = table[token.key] else { return token }
      return Token(
        key: replacement.lowercased(), surface: replacement, isDelimiter: token.isDelimiter)
    }
  }
}
