import Foundation

/// Turns an answer into tokens and clauses: the text the rules read.
///
/// Steps, in order: Unicode compatibility folding (NFKC), curly quotes and dashes made plain,
/// lower-casing for the match key, contractions expanded from the table ("i'm" → "i am"),
/// punctuation split into separate tokens, and clauses split at the delimiters.
public struct Normalizer: Sendable {
  /// Contractions and their expansions, lower case (`"can't": "can not"`).
  public var contractions: [String: String]
  /// The tokens that end a clause.
  public var delimiters: Set<String>

  /// Creates a normaliser with the given tables.
  public init(contractions: [String: String], delimiters: Set<String>) {
    self.contractions = contractions
    self.delimiters = delimiters
  }

  /// The answer as tokens, delimiters included.
  public func tokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    for raw in words(of: fold(text)) {
      let word = raw.hasPrefix("'") ? String(raw.drop { $0 == "'" }) : raw
      guard !word.isEmpty else { continue }
      let key = word.lowercased()
      if let expansion = contractions[key] {
        // The first word carries the contraction as typed, the rest carry nothing, so that
        // quoting the mentor gives back "don't", while the rules read "do not".
        for (index, part) in expansion.split(separator: " ").enumerated() {
          tokens.append(Token(key: String(part), surface: index == 0 ? word : ""))
        }
      } else if key.hasSuffix("n't") && key.count > 3 {
        tokens.append(Token(key: String(key.dropLast(3)), surface: word))
        tokens.append(Token(key: "not", surface: ""))
      } else if key.hasSuffix("'s") && key.count > 2 {
        tokens.append(Token(key: String(key.dropLast(2)), surface: String(word.dropLast(2))))
        tokens.append(Token(key: "'s", surface: "'s"))
      } else if key.hasSuffix("'") && key.count > 1 {
        tokens.append(Token(key: String(key.dropLast()), surface: String(word.dropLast())))
      } else {
        let quote = CharacterSet(charactersIn: "'")
        let trimmed = key.trimmingCharacters(in: quote)
        guard !trimmed.isEmpty else { continue }
        tokens.append(
          Token(
            key: trimmed, surface: word.trimmingCharacters(in: quote),
            isDelimiter: delimiters.contains(trimmed)))
      }
    }
    return tokens
  }

  /// The answer split into clauses at the delimiters; empty clauses are dropped.
  public func clauses(_ text: String) -> [[Token]] {
    Self.clauses(of: tokens(text))
  }

  /// Splits tokens into clauses at delimiter tokens.
  public static func clauses(of tokens: [Token]) -> [[Token]] {
    tokens.split(whereSeparator: \.isDelimiter).map(Array.init)
  }

  private func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") }) { return text }
    var folded = text.precomposedStringWithCompatibilityMapping
    let replacements: [(String, String)] = [
      ("\u{2018}", "'"), ("\u{2019}", "'"), ("\u{201B}", "'"), ("`", "'"), ("\u{00B4}", "'"),
      ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{2013}", "-"), ("\u{2014}", "-"),
      ("\u{2026}", "."),
    ]
    for (from, to) in replacements where folded.contains(from) {
      folded = folded.replacingOccurrences(of: from, with: to)
    }
    return folded
  }

  /// Splits text into words (letters, digits, inner apostrophes) and single punctuation marks
  /// that can be delimiters; other punctuation only separates words.
  private func words(of text: String) -> [String] {
    var words: [String] = []
    var current = ""
    func flush() {
      if !current.isEmpty { words.append(current) }
      current = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "'" {
        current.append(character)
      } else {
        flush()
        if !character.isWhitespace, delimiters.contains(String(character)) {
          words.append(String(character))
        }
      }
    }
    flush()
    return words
  }
}
