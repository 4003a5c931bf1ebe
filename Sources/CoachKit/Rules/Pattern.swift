/// A compiled word pattern: the `match` of a rule.
///
/// Elements are numbered from 1, left to right, as in DOCTOR's decomposition rules; a reply's
/// `{4}` is what element 4 matched.
public struct Pattern: Sendable, Hashable {
  /// One word test: a whole word, or a prefix written `word*`.
  public struct Word: Sendable, Hashable {
    /// The lower-case word or prefix.
    public var text: String
    /// Whether any word starting with `text` matches.
    public var isPrefix: Bool
    /// The stem of `text` (``Stemmer``); a whole word matches any token with this stem.
    public private(set) var stem: String

    /// Creates a word test.
    public init(text: String, isPrefix: Bool) {
      self.text = text
      self.isPrefix = isPrefix
      stem = isPrefix ? text : Stemmer.stem(text)
    }

    /// Whether the token passes this test: a prefix starts its key; a whole word is its key
    /// or, `byStem`, shares its stem ("cancel" finds "cancelled", "cancelling", "cancellation").
    public func matches(_ token: Token, byStem: Bool = true) -> Bool {
      if isPrefix { return token.key.hasPrefix(text) }
      return token.key == text || (byStem && token.stem == stem)
    }

    /// Whether a word, given by its key, passes this test.
    public func matches(_ key: String) -> Bool { matches(Token(key: key, surface: key)) }
  }

  /// What one element matches.
  public enum Kind: Sendable, Hashable {
    /// One given word (or prefix).
    case word(Word)
    /// Any number of words, including none.
    case wildcard
    /// Exactly this many words.
    case exactly(Int)
    /// One of the phrases.
    case alternatives([[Word]])
    /// Any phrase of the named concept.
    case concept(String)
    /// One word of the named concept.
    case wordTag(String)
    /// One of the phrases, or nothing.
    case optional([[Word]])
  }

  /// One element, with its capture name if it has one.
  public struct Element: Sendable, Hashable {
    /// What the element matches.
    public var kind: Kind
    /// The name of the capture, from `name=element`.
    public var name: String?

    /// Whether the element matches chosen words rather than anything (wildcards).
    public var isSpecific: Bool {
      switch kind {
      case .wildcard, .exactly: false
      default: true
      }
    }
  }

  /// The elements in order.
  public var elements: [Element]
  /// The pattern as written.
  public var source: String

  /// The concepts the pattern names, for validation.
  public var conceptNames: [String] {
    elements.compactMap {
      switch $0.kind {
      case .concept(let name), .wordTag(let name): name
      default: nil
      }
    }
  }

  /// The capture names the pattern defines.
  public var captureNames: [String] { elements.compactMap(\.name) }

  /// Whether the pattern matches every clause (only wildcards that can match nothing).
  public var matchesEverything: Bool {
    elements.allSatisfy { if case .wildcard = $0.kind { true } else { false } }
  }
}

extension Pattern.Element {
  /// The element as a pattern writes it, with its capture name.
  public var written: String {
    let body: String
    switch kind {
    case .word(let word): body = word.text + (word.isPrefix ? "*" : "")
    case .wildcard: body = "*"
    case .exactly(let count): body = count == 1 ? "_" : "_\(count)"
    case .alternatives(let phrases): body = "(" + Self.phrases(phrases) + ")"
    case .concept(let name): body = "@" + name
    case .wordTag(let name): body = "/" + name
    case .optional(let phrases): body = "[" + Self.phrases(phrases) + "]"
    }
    return name.map { "\($0)=\(body)" } ?? body
  }

  private static func phrases(_ phrases: [[Pattern.Word]]) -> String {
    phrases.map { phrase in
      phrase.map { $0.text + ($0.isPrefix ? "*" : "") }.joined(separator: " ")
    }.joined(separator: "|")
  }
}

extension Pattern {
  /// What each `{N}` stands for: `{1} is '*', {2} is 'i', ...`.
  public var numbering: String {
    elements.enumerated().map { "{\($0.offset + 1)} is '\($0.element.written)'" }
      .joined(separator: ", ")
  }
}
