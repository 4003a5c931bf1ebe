/// One word or punctuation mark of a normalised answer.
public struct Token: Hashable, Sendable, Codable {
  /// The normalised form used for matching: lower case, compatibility-folded.
  public var key: String
  /// The form shown back to the mentor (the original spelling, or a contraction's expansion).
  public var surface: String
  /// Whether this token ends a clause (`,` `.` `;` `!` `?` or the word `but`).
  public var isDelimiter: Bool
  /// The key's stem (``Stemmer``): words of a pattern match tokens with the same stem.
  public private(set) var stem: String

  /// Creates a token; its stem is worked out from the key.
  public init(key: String, surface: String, isDelimiter: Bool = false) {
    self.key = key
    self.surface = surface
    self.isDelimiter = isDelimiter
    stem = Stemmer.stem(key)
  }

  private enum CodingKeys: String, CodingKey { case key, surface, isDelimiter }

  /// Decodes a token's key, surface and delimiter flag; the stem is worked out again.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      key: try container.decode(String.self, forKey: .key),
      surface: try container.decode(String.self, forKey: .surface),
      isDelimiter: try container.decode(Bool.self, forKey: .isDelimiter))
  }

  /// Encodes the key, surface and delimiter flag.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(key, forKey: .key)
    try container.encode(surface, forKey: .surface)
    try container.encode(isDelimiter, forKey: .isDelimiter)
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
