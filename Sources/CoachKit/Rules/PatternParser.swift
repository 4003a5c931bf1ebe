import Foundation

/// Reads the pattern language of docs/scenario-format.md into a `Pattern`.
public enum PatternParser {
  /// Why a pattern could not be read; the message is for the scenario author.
  public struct Failure: Error, Sendable, Equatable {
    /// A sentence saying what is wrong.
    public var message: String
    /// The 1-based column within the pattern text where the problem is.
    public var column: Int
  }

  /// Parses `source`; throws a `Failure` naming the problem and its column.
  ///
  /// A contraction written in a pattern ("don't") stands for its expansion ("do not"), as the
  /// answer is read that way, and stays one element, so the numbering of the others is kept.
  ///
  /// - Parameters:
  ///   - source: The pattern as written.
  ///   - contractions: The contractions table the answers are normalised with.
  /// - Returns: The compiled pattern.
  /// - Throws: A `Failure` naming the problem and its column.
  public static func parse(_ source: String, contractions: [String: String] = [:]) throws(Failure)
    -> Pattern
  {
    var elements: [Pattern.Element] = []
    var offset = 0
    for piece in split(source) {
      offset = piece.column
      elements.append(try element(piece.text, column: offset, contractions))
    }
    if elements.isEmpty { throw Failure(message: "the pattern is empty", column: 1) }
    return Pattern(elements: elements, source: source)
  }

  /// Parses a phrase (a concept's entry or an alternative) into word tests, with
  /// contractions expanded as answers are ("can't" → `can not`).
  public static func phrase(_ text: String, contractions: [String: String] = [:]) -> [Pattern.Word]
  {
    // Scalars, not Foundation's `contains(_:)`, which searches through NSString.
    let lowered = text.lowercased()
    let folded =
      lowered.unicodeScalars.contains("\u{2019}")
      ? String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
      : lowered
    return folded.split(whereSeparator: { $0 == " " || $0 == "-" }).flatMap {
      part -> [Pattern.Word] in
      if part.hasSuffix("*") && part.count > 1 {
        return [Pattern.Word(text: String(part.dropLast()), isPrefix: true)]
      }
      let word = String(part)
      if let expansion = contractions[word] {
        return expansion.split(separator: " ").map {
          Pattern.Word(text: String($0), isPrefix: false)
        }
      }
      if word.hasSuffix("n't") && word.count > 3 {
        return [
          Pattern.Word(text: String(word.dropLast(3)), isPrefix: false),
          Pattern.Word(text: "not", isPrefix: false),
        ]
      }
      return [Pattern.Word(text: word, isPrefix: false)]
    }
  }

  private static func element(_ text: String, column: Int, _ contractions: [String: String])
    throws(Failure) -> Pattern.Element
  {
    if let equals = text.firstIndex(of: "="), equals != text.startIndex {
      let name = String(text[..<equals])
      let rest = String(text[text.index(after: equals)...])
      guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
        name.first.map({ !$0.isNumber }) ?? false
      else { throw Failure(message: "'\(name)' is not a capture name", column: column) }
      guard !rest.isEmpty else {
        throw Failure(message: "the capture '\(name)' has no element after '='", column: column)
      }
      var inner = try element(rest, column: column + name.count + 1, contractions)
      inner.name = name
      return inner
    }
    return Pattern.Element(kind: try kind(text, column: column, contractions))
  }

  private static func kind(_ text: String, column: Int, _ contractions: [String: String])
    throws(Failure) -> Pattern.Kind
  {
    if text == "*" { return .wildcard }
    if text.hasPrefix("_") {
      let count = text == "_" ? 1 : Int(text.dropFirst())
      guard let count, count > 0 else {
        throw Failure(
          message: "'\(text)' should be '_' or '_' and a count of 1 or more", column: column)
      }
      return .exactly(count)
    }
    if text.hasPrefix("@") || text.hasPrefix("/") {
      let name = String(text.dropFirst())
      guard !name.isEmpty else {
        throw Failure(message: "'\(text)' names no concept", column: column)
      }
      return text.hasPrefix("@") ? .concept(name) : .wordTag(name)
    }
    if text.hasPrefix("(") || text.hasPrefix("[") {
      let isOptional = text.hasPrefix("[")
      let close: Character = isOptional ? "]" : ")"
      guard text.hasSuffix(String(close)), text.count >= 2 else {
        throw Failure(message: "'\(text.first ?? "(")' is not closed", column: column)
      }
      let body = text.dropFirst().dropLast()
      let parts = body.split(separator: "|", omittingEmptySubsequences: false)
      if parts.contains(where: { $0.hasPrefix("@") || $0.hasPrefix("/") }) {
        throw Failure(
          message:
            "'\(text)' names a concept inside brackets; write each as its own rule, or list the words",
          column: column)
      }
      let options = parts.map { phrase(String($0), contractions: contractions) }
      guard !options.isEmpty, options.allSatisfy({ !$0.isEmpty }) else {
        throw Failure(message: "'\(text)' has an empty alternative", column: column)
      }
      return isOptional ? .optional(options) : .alternatives(options)
    }
    if text.contains(where: { "()[]|".contains($0) }) {
      throw Failure(message: "'\(text)' has a bracket or '|' out of place", column: column)
    }
    let words = phrase(text, contractions: contractions)
    guard let word = words.first else {
      throw Failure(message: "'\(text)' is not a word", column: column)
    }
    // A contraction is one element that matches its expansion.
    return words.count == 1 ? .word(word) : .alternatives([words])
  }

  /// Splits at spaces outside brackets, keeping each piece's 1-based column.
  private static func split(_ source: String) -> [(text: String, column: Int)] {
    var pieces: [(String, Int)] = []
    var current = ""
    var start = 1
    var depth = 0
    for (index, scalar) in source.unicodeScalars.enumerated() {
      let character = Character(scalar)
      if character == " " && depth == 0 {
        if !current.isEmpty { pieces.append((current, start)) }
        current = ""
        continue
      }
      if current.isEmpty { start = index + 1 }
      if character == "(" || character == "[" { depth += 1 }
      if character == ")" || character == "]" { depth = max(0, depth - 1) }
      current.append(character)
    }
    if !current.isEmpty { pieces.append((current, start)) }
    return pieces
  }
}
