/// A reply with placeholders, compiled: literal text and the values to put between.
public struct Template: Sendable, Hashable, Codable {
  /// One piece of a template.
  public enum Segment: Sendable, Hashable, Codable {
    /// Text as written.
    case literal(String)
    /// Element N of the pattern (1-based), reflected unless `raw`.
    case capture(Int, raw: Bool)
    /// A named capture, reflected unless `raw`.
    case named(String, raw: Bool)
    /// The mentor's answer to a step, as typed.
    case answer(String)
    /// The number given at a scale step.
    case rating(String)
    /// The label chosen at a choice step.
    case choice(String)
    /// A variable's value.
    case variable(String)
    /// The themes noticed so far, in words.
    case tags
    /// The help lines (safety replies only).
    case helplines
  }

  /// The pieces in order.
  public var segments: [Segment]
  /// The template as written.
  public var source: String

  /// A template with no placeholders.
  public init(literal text: String) {
    segments = [.literal(text)]
    source = text
  }

  /// Parses `{…}` placeholders; `{{` and `}}` stand for literal braces.
  public init(parsing source: String) throws(PatternParser.Failure) {
    self.source = source
    segments = []
    var literal = ""
    var scalars = Array(source)
    scalars.append("\0")
    var index = 0
    while index < scalars.count - 1 {
      let character = scalars[index]
      if character == "{" && scalars[index + 1] == "{"
        || character == "}" && scalars[index + 1] == "}"
      {
        literal.append(character)
        index += 2
        continue
      }
      guard character == "{" else {
        literal.append(character)
        index += 1
        continue
      }
      guard let close = scalars[index...].firstIndex(of: "}") else {
        throw PatternParser.Failure(message: "a '{' is not closed", column: index + 1)
      }
      if !literal.isEmpty { segments.append(.literal(literal)) }
      literal = ""
      let body = String(scalars[(index + 1)..<close])
      segments.append(try Self.segment(body, column: index + 1))
      index = close + 1
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
  }

  private static func segment(_ body: String, column: Int) throws(PatternParser.Failure) -> Segment
  {
    let parts = body.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
    if parts.count == 2 {
      let (kind, value) = (parts[0], parts[1])
      switch kind {
      case "raw":
        if let number = Int(value) { return .capture(number, raw: true) }
        return .named(value, raw: true)
      case "answer": return .answer(value)
      case "rating": return .rating(value)
      case "choice": return .choice(value)
      case "var": return .variable(value)
      default:
        throw PatternParser.Failure(message: "'{\(body)}' is not a placeholder", column: column)
      }
    }
    if let number = Int(body) { return .capture(number, raw: false) }
    if body == "tags" { return .tags }
    if body == "helplines" { return .helplines }
    guard !body.isEmpty else {
      throw PatternParser.Failure(message: "'{}' is empty", column: column)
    }
    return .named(body, raw: false)
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text = text.dropFirst() }
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
