/// Swaps first and second person, word by word in one pass ("my rota" → "your rota").
public struct Reflector: Sendable {
  /// Lower-case word → replacement.
  public var table: [String: String]

  /// Creates a reflector from a substitution table.
  public init(table: [String: String]) { self.table = table }

  /// The tokens reflected for a reply, as readable text: substituted once, with the grammar
  /// around swapped pronouns put right (see `reflectForReply(_:)`).
  public func reflect(_ tokens: [Token]) -> String { reflectForReply(tokens).text }

  /// The tokens with each word's key and surface substituted once.
  ///
  /// A contraction ("I'm": `i` carrying the surface, then `am` with none) is substituted as a
  /// whole: when any of its words changes, each is spelt out ("you are").
  public func substitute(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(tokens.count)
    var index = 0
    while index < tokens.count {
      var end = index + 1
      while end < tokens.count && tokens[end].surface.isEmpty { end += 1 }
      let group = tokens[index..<end]
      if group.contains(where: { table[$0.key] != nil }) {
        for token in group {
          let replacement = table[token.key]
          let surface = replacement ?? (group.count > 1 ? token.key : token.surface)
          result.append(
            Token(
              key: replacement?.lowercased() ?? token.key, surface: surface,
              isDelimiter: token.isDelimiter))
        }
      } else {
        result += group
      }
      index = end
    }
    return result
  }
}
