/// Lays out rows of cells as aligned columns separated by two spaces.
///
/// Widths are counted in `Character`s; trailing spaces are trimmed from each line.
struct TextTable {
  /// How a column's cells are aligned.
  enum Alignment {
    case left, right
  }

  var alignments: [Alignment]

  func render(_ rows: [[String]]) -> String {
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
