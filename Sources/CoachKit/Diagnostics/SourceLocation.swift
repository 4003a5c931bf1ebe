/// A place in a source file: a display path, a 1-based line and a 1-based column.
///
/// Columns count Unicode scalars, as Yams does, so a line that starts with `é` puts the next
/// character in column 2.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The path as it should be shown to the author.
  public var path: String
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// Creates a location.
  public init(path: String, line: Int, column: Int) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:column`, the form editors and compilers use.
  public var description: String { "\(path):\(line):\(column)" }

  /// `path:line`, the short form used in transcripts and `explain`.
  public var shortDescription: String { "\(path):\(line)" }
}
