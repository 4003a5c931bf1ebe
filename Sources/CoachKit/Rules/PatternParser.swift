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
  public static func parse(_ source: String) throws(Failure) -> Pattern {
    var elements: [Pattern.Element] = []
    var offset = 0
    for piece in split(source) {
      offset = piece.column
      elements.append(try element(piece.text, column: offset))
    }
    if elements.isEmpty { throw Failure(message: "the pattern is empty", column: 1) }
    return Pattern(elements: elements, source: source)
  }

  /// Parses a list of phrases (a concept's entries or an alternative) into word tests.
  public static func phrase(_ text: String) -> [Pattern.Word] {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map { part in
      part.hasSuffix("*") && part.count > 1
        ? Pattern.Word(text: String(part.dropLast()), isPrefix: true)
        : Pattern.Word(text: String(part), isPrefix: false)
    }
  }

  private static func element(_ text: String, column: Int) throws(Failure) -> Pattern.Element {
    if let equals = text.firstIndex(of: "="), equals != text.startIndex {
      let name = String(text[..<equals])
      let rest = String(text[text.index(after: equals)...])
      guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }),
        name.first.map({ !$0.isNumber }) ?? false
      else { throw Failure(message: "'\(name)' is not a capture name", column: column) }
      guard !rest.isEmpty else {
        throw Failure(message: "the capture '\(name)' has no element after '='", column: column)
      }
      var inner = try element(rest, column: column + name.count + 1)
      inner.name = name
      return inner
    }
    return Pattern.Element(kind: try kind(text, column: column))
  }

  private static func kind(_ text: String, column: Int) throws(Failure) -> Pattern.Kind {
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
      let options = body.split(separator: "|", omittingEmptySubsequences: false).map {
        phrase(String($0))
      }
      guard !options.isEmpty, options.allSatisfy({ !$0.isEmpty }) else {
        throw Failure(message: "'\(text)' has an empty alternative", column: column)
      }
      return isOptional ? .optional(options) : .alternatives(options)
    }
    if text.contains(where: { "()[]|".contains($0) }) {
      throw Failure(message: "'\(text)' has a bracket or '|' out of place", column: column)
    }
    let words = phrase(text)
    guard words.count == 1, let word = words.first else {
      throw Failure(message: "'\(text)' is not a word", column: column)
    }
    return .word(word)
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
