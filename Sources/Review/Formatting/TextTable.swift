/// Lays out rows of cells as aligned columns separated by two spaces.
///
/// Widths are counted in `Character`s; trailing spaces are trimmed from each line.
public struct TextTable: Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: Sendable {
    /// Cells start at the column's left edge.
    case left
    /// Cells end at the column's right edge.
    case right
  }

  /// One alignment per column.
  public var alignments: [Alignment]

  /// Creates a table layout with one alignment per column.
  public init(alignments: [Alignment]) { self.alignments = alignments }

  /// The rows as aligned lines, each ending with a newline.
  public func render(_ rows: [[String]]) -> String {
    var widths = Array(repeating: 0, count: alignments.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    return rows.map { row in
      let cells = row.enumerated().map { index, cell in
        let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
        return alignments[index] == .right ? padding + cell : cell + padding
      }
      var line = cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      return line + "\n"
    }.joined()
  }
}
