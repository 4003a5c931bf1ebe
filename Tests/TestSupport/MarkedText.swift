/// Text with location markers such as `⟦1⟧`, for tests that check where diagnostics point.
///
/// The markers are removed from the text, and the line and column of each one are recorded:
/// the position of the character that followed the marker. Lines and columns are 1-based, and
/// columns count Unicode scalars, as the YAML parser and `SourceLocation` do.
///
/// ```swift
/// let marked = MarkedText("""
///   steps:
///     - ⟦1⟧quesiton: hello
///   """)
/// marked.text               // the YAML without the marker
/// marked.position(of: "1")  // line 2, column 5
/// ```
public struct MarkedText: Sendable {
  /// A 1-based line and column.
  public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
      self.line = line
      self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
  }

  /// The text with every marker removed.
  public let text: String
  /// Each marker's name (the text between `⟦` and `⟧`) and where it stood.
  public let markers: [String: Position]

  /// Strips the markers from `marked`, recording where each one stood.
  ///
  /// A marker name used twice keeps its first position; an unclosed `⟦` is kept as text.
  public init(_ marked: String) {
    var text = ""
    var markers: [String: Position] = [:]
    var line = 1
    var column = 1
    var scalars = marked.unicodeScalars[...]
    while let scalar = scalars.first {
      if scalar == "⟦", let close = scalars.firstIndex(of: "⟧") {
        let name = String(
          String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
        if markers[name] == nil { markers[name] = Position(line: line, column: column) }
        scalars = scalars[scalars.index(after: close)...]
        continue
      }
      text.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      scalars = scalars.dropFirst()
    }
    self.text = text
    self.markers = markers
  }

  /// Where the marker `name` stood, or nil when there is no such marker.
  public func position(of name: String) -> Position? { markers[name] }
}
